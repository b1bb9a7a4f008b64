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
    # agent_on_leave is derived from the leave periods (a flag, not a hit); teams are
    # the dated membership as of each call's start, else the metadata team
    flagged = con.execute(
        "SELECT category, count(DISTINCT recording_id) FROM ("
        " SELECT h.category, h.recording_id FROM hits h JOIN call_results c "
        " USING (recording_id, rulebook_id, rulebook_version) WHERE c.call_date = $d AND "
        " c.rulebook_id = $rb AND c.rulebook_version = $v "
        " UNION ALL SELECT 'agent_on_leave', a.recording_id "
        " FROM call_attribution_between(CAST($d AS DATE), CAST($d AS DATE)) a "
        " JOIN call_results c USING (recording_id) "
        " WHERE a.on_leave AND c.call_date = $d AND c.rulebook_id = $rb "
        " AND c.rulebook_version = $v) GROUP BY 1 ORDER BY 2 DESC, 1",
        {"d": call_date, "rb": rulebook_id, "v": rulebook_version}).fetchall()
    agents = con.execute(
        "SELECT coalesce(r.agent_id, '?') AS agent_id, any_value(r.agent_name), "
        "any_value(coalesce(a.team, r.team)), count(*) FILTER (WHERE c.score IS NOT NULL), "
        "avg(c.score), count(*) FILTER (WHERE c.grade = '不合格') "
        "FROM call_results c JOIN recordings r USING (recording_id) "
        "LEFT JOIN call_attribution_between(CAST(? AS DATE), CAST(? AS DATE)) a "
        "USING (recording_id) "
        "WHERE c.call_date = ? AND c.rulebook_id = ? AND c.rulebook_version = ? "
        "GROUP BY 1 ORDER BY 1", [call_date, call_date, *params]).fetchall()
    return {"status": status, "flagged": flagged, "agents": agents}


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    tables = ["recordings", "transcripts", "utterances", "call_results", "hits", "score_items",
              "runs"]
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
