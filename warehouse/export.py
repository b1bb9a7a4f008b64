"""Export a week for BI tools: calls, findings and score items as Parquet or CSV.

Rows carry the same attribution as the report (team and shift as of the call's start,
``on_leave``), from the newest rulebook version per recording unless one is given.
DuckDB writes the files straight from the attached warehouse (read-only, no rows
through Python); times are in the centre's time zone.
"""
from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb

from warehouse import db as wdb
from warehouse.snapshot import facts_from
from warehouse.weeks import IsoWeek

FORMATS = ("parquet", "csv")

_CALLS = """
    SELECT recording_id, call_id, call_date, started_at,
           strftime(timezone($tz, started_at), '%Y-%m-%d %H:%M:%S') AS started_local,
           agent_id, agent_name, hire_date, team, team_source, shift, shift_date, on_leave,
           leave_type, rulebook_id, rulebook_version, status, score, grade, critical_failed,
           n_hits, duration_s, file_name
    FROM {facts}"""

_FINDINGS = """
    SELECT h.recording_id, c.call_id, c.call_date, c.agent_id, c.agent_name, c.team, c.shift,
           h.rulebook_id, h.rulebook_version, h.idx, h.rule_id, h.category, h.severity, h.role,
           h.start_s, h.end_s, h.evidence, h.method, h.confidence
    FROM hits h JOIN {facts} c
      ON h.recording_id = c.recording_id AND h.rulebook_id = c.rulebook_id
     AND h.rulebook_version = c.rulebook_version
    UNION ALL
    SELECT recording_id, call_id, call_date, agent_id, agent_name, team, shift, rulebook_id,
           rulebook_version, NULL, 'derived.agent_on_leave', 'agent_on_leave', 'flag', 'agent',
           NULL, NULL, '坐席当天请假(' || leave_type || ' ' || leave_span || '),通话仍记在其工号下',
           'metadata', 1.0
    FROM {facts} WHERE on_leave"""

_SCORE_ITEMS = """
    SELECT s.*, c.call_date, c.agent_id, c.team, c.shift
    FROM score_items s JOIN {facts} c
      ON s.recording_id = c.recording_id AND s.rulebook_id = c.rulebook_id
     AND s.rulebook_version = c.rulebook_version"""


def export_week(db_path: str | Path, week: IsoWeek, fmt: str, out_dir: str | Path,
                timezone: str, rulebook_version: str | None = None) -> dict[str, Path]:
    """Write ``callqa-<week>-{calls,findings,score_items}.<fmt>``; returns the paths."""
    if fmt not in FORMATS:
        raise ValueError(f"format '{fmt}' is not one of {', '.join(FORMATS)}")
    ZoneInfo(timezone)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    params: dict[str, object] = {"first": week.monday, "last": week.sunday, "tz": timezone}
    option = "FORMAT parquet, COMPRESSION zstd" if fmt == "parquet" else "FORMAT csv, HEADER"
    paths = {}
    con = duckdb.connect()
    try:
        con.execute(f"SET TimeZone = '{timezone}'")
        with wdb.attached(con, db_path) as wh:
            con.execute(f"USE {wh}")     # the macros resolve their tables in the current catalog
            try:
                source = facts_from(con, week.monday, week.sunday, rulebook_version)
                facts = source.sql
                params.update(source.params)
                for name, template in (("calls", _CALLS), ("findings", _FINDINGS),
                                       ("score_items", _SCORE_ITEMS)):
                    sql = template.replace("{facts}", f"({_select(facts)})")
                    path = out / f"callqa-{week.label}-{name}.{fmt}"
                    used = {k: v for k, v in params.items() if f"${k}" in sql}
                    con.execute(f"COPY ({sql}) TO '{_sql_str(path)}' ({option})", used)
                    paths[name] = path
            finally:
                con.execute("USE memory")
    finally:
        con.close()
    return paths


def _select(source: str) -> str:
    return f"SELECT * FROM {source}"


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")
