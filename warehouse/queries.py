"""Read-side queries used by the CLI summary (reports come in their own module)."""
from __future__ import annotations

from typing import Any

import duckdb


def run_summary(con: duckdb.DuckDBPyConnection, call_date: str, rulebook_id: str,
                rulebook_version: str) -> dict[str, Any]:
    """Counts, flagged calls per category and average score/grade per agent for a date."""
    params = [call_date, rulebook_id, rulebook_version]
    status = dict(con.execute(
        "SELECT status, count(*) FROM call_results WHERE call_date = ? AND rulebook_id = ? "
        "AND rulebook_version = ? GROUP BY status", params).fetchall())
    flagged = con.execute(
        "SELECT h.category, count(DISTINCT h.recording_id) FROM hits h JOIN call_results c "
        "USING (recording_id, rulebook_id, rulebook_version) WHERE c.call_date = ? AND "
        "c.rulebook_id = ? AND c.rulebook_version = ? GROUP BY 1 ORDER BY 2 DESC, 1", params
    ).fetchall()
    agents = con.execute(
        "SELECT coalesce(r.agent_id, '?') AS agent_id, any_value(r.agent_name), "
        "any_value(r.team), count(*) FILTER (WHERE c.score IS NOT NULL), avg(c.score), "
        "count(*) FILTER (WHERE c.grade = '不合格') "
        "FROM call_results c JOIN recordings r USING (recording_id) "
        "WHERE c.call_date = ? AND c.rulebook_id = ? AND c.rulebook_version = ? "
        "GROUP BY 1 ORDER BY 1", params).fetchall()
    return {"status": status, "flagged": flagged, "agents": agents}


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    tables = ["recordings", "transcripts", "utterances", "call_results", "hits", "score_items",
              "runs"]
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
