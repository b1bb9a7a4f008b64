"""The ``runs`` table beyond the nightly flow: report runs, and which nights are missing.

Every scheduled run records itself (kind, start, end, counts, rulebook and model
versions, status), so an operator can see from the database alone what ran, and the
scheduled nightly flow can catch up the days that have no finished run.
"""
from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import duckdb

from warehouse import store

FINISHED = ("ok", "partial")


def start_report_run(con: duckdb.DuckDBPyConnection, run_id: str, monday: date,
                     settings: dict[str, Any], flow_run_id: str | None = None) -> None:
    """A 'running' row for a weekly report (call_date = the week's Monday)."""
    store.start_run(con, run_id, "report", monday.isoformat(), "", "", "", settings,
                    flow_run_id=flow_run_id)


def finish_report_run(con: duckdb.DuckDBPyConnection, run_id: str, status: str,
                      counts: dict[str, int], rulebook_versions: list[str],
                      asr_models: list[str], details: dict[str, Any],
                      message: str | None = None) -> None:
    """Close the row with the week's counts, what produced the results and the outputs."""
    ids = sorted({v.split(" ", 1)[0] for v in rulebook_versions})
    versions = [v.split(" ", 1)[-1] for v in rulebook_versions]
    con.execute("BEGIN TRANSACTION")
    try:
        store.finish_run(con, run_id, status, {
            "discovered": counts.get("recorded"), "sampled": counts.get("sampled"),
            "ok": counts.get("scored"), "failed": counts.get("failed"),
            "asr_unreliable": counts.get("asr_unreliable"),
            "too_short": counts.get("too_short"), "flagged": counts.get("flagged")}, message)
        con.execute("UPDATE runs SET rulebook_id = ?, rulebook_version = ?, asr_model = ?, "
                    "details = ? WHERE run_id = ?",
                    [",".join(ids), ",".join(versions), ",".join(asr_models),
                     json.dumps(details, ensure_ascii=False, default=str), run_id])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def nightly_dates_without_run(con: duckdb.DuckDBPyConnection, first: date, last: date
                              ) -> list[date]:
    """Days in [first, last] with no finished (ok or partial) nightly run."""
    done = {d for (d,) in con.execute(
        "SELECT DISTINCT call_date FROM runs WHERE kind = 'nightly' AND status IN (?, ?) "
        "AND call_date BETWEEN ? AND ?", [*FINISHED, first, last]).fetchall()}
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    return [d for d in days if d not in done]
