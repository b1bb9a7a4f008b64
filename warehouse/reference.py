"""Reference data from CSV: agents, dated team membership, shifts, roster, leave.

Each import is all-or-nothing: every bad row is reported by file and line, and a file
with any problem changes nothing (one transaction; database checks such as unknown
agents or overlapping roster periods run inside it before COMMIT). Local dates and
times are turned into absolute instants with the centre's time zone, so the
warehouse views attribute calls without knowing the zone (see migration 0002).

What an import replaces:
  agents   upsert by agent_id
  teams    the file is the full membership history of the agents it lists
  shifts   upsert by name; roster periods of changed shifts are recomputed
  roster   the listed (date, agent) days; a shift of 休 / 休息 / off (or empty) = day off
  leave    upsert by (agent, type, start, end); filed late, it flags earlier calls too
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import duckdb

from warehouse.csvrows import CsvRow, Problem, parse_clock, parse_date, parse_moment, read_rows

#: Leave types of the centre's absence rules (003).
LEAVE_TYPES: tuple[str, ...] = ("事假", "病假", "年假", "婚假", "产假", "陪产假", "丧假",
                                "培训假", "出差假")
DAY_OFF = ("", "休", "休息", "off", "OFF")
KINDS: tuple[str, ...] = ("agents", "teams", "shifts", "roster", "leave")
MAX_SHOWN = 50


class ReferenceImportError(ValueError):
    """A reference file was rejected; ``problems`` name each file and line."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line))
        shown = [str(p) for p in self.problems[:MAX_SHOWN]]
        if len(self.problems) > MAX_SHOWN:
            shown.append(f"… and {len(self.problems) - MAX_SHOWN} more")
        super().__init__(f"{len(self.problems)} problem(s), nothing imported:\n"
                         + "\n".join(shown))


@dataclass
class ImportResult:
    """What an import did (printed by ``callqa import``)."""

    kind: str
    file: str
    rows: int
    calls_flagged: int | None = None   # leave: stored calls now flagged agent_on_leave

    def summary(self) -> str:
        text = f"{self.file}: {self.rows} {self.kind} row(s) imported"
        if self.calls_flagged is not None:
            text += f"; {self.calls_flagged} stored call(s) of these agents fall in leave periods"
        return text


@dataclass(frozen=True)
class _Kind:
    required: tuple[str, ...]
    optional: tuple[str, ...]
    aliases: dict[str, str]
    columns: tuple[tuple[str, str], ...]         # staging columns after 'line'
    parse: Callable[[CsvRow], tuple]
    key: Callable[[tuple], Any] | None           # duplicate check within the file
    apply: Callable[[duckdb.DuckDBPyConnection, str, str], list[Problem]]


def import_reference(con: duckdb.DuckDBPyConnection, kind: str, path: str | Path,
                     timezone: str) -> ImportResult:
    """Validate ``path`` and load it in one transaction, or raise ReferenceImportError."""
    if kind not in KINDS:
        raise ValueError(f"unknown reference kind '{kind}': one of {', '.join(KINDS)}")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"centre_timezone '{timezone}' is not a known time zone") from None
    spec = _KINDS[kind]
    path = Path(path)
    name = str(path)
    rows, problems = read_rows(path, spec.required, spec.optional, spec.aliases)
    parsed: list[tuple] = []
    for row in rows:
        try:
            parsed.append((row.line, *spec.parse(row)))
        except ValueError as exc:
            problems.append(Problem(name, row.line, str(exc)))
    problems += _duplicates(name, parsed, spec.key)
    if kind == "teams":
        problems += _team_overlaps(name, parsed)
    if problems:
        raise ReferenceImportError(problems)

    con.execute("BEGIN TRANSACTION")
    try:
        _stage(con, spec.columns, parsed)
        problems = spec.apply(con, timezone, name)
        if problems:
            raise ReferenceImportError(problems)
        result = ImportResult(kind, name, len(parsed))
        if kind == "leave":
            result.calls_flagged = con.execute(
                "SELECT count(*) FROM call_attribution a JOIN recordings r USING (recording_id) "
                "WHERE a.on_leave AND r.agent_id IN (SELECT agent_id FROM ref_stage)").fetchone()[0]
        con.execute("DROP TABLE ref_stage")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return result


# ---------------------------------------------------------------- row parsers

def _text(row: CsvRow, column: str) -> str:
    value = row.get(column)
    if not value:
        raise ValueError(f"{column} is empty")
    return value


def _parse_agent(row: CsvRow) -> tuple:
    hire = row.get("hire_date")
    return (_text(row, "agent_id"), _text(row, "name"),
            parse_date(hire, "hire_date") if hire else None)


def _parse_team(row: CsvRow) -> tuple:
    start = parse_date(_text(row, "valid_from"), "valid_from")
    end_text = row.get("valid_to")
    end = parse_date(end_text, "valid_to") if end_text else None
    if end is not None and end < start:
        raise ValueError(f"valid_to {end} is before valid_from {start}")
    return _text(row, "agent_id"), _text(row, "team"), start, end


def _parse_shift(row: CsvRow) -> tuple:
    start_text, end_text = _text(row, "start"), _text(row, "end")
    start, end = parse_clock(start_text, "start"), parse_clock(end_text, "end")
    if start % 1440 == end % 1440:
        raise ValueError(f"start {start_text} and end {end_text} are the same time")
    if end <= start:
        end += 1440                     # crosses midnight: ends on the next day
    return _text(row, "shift"), start_text, end_text, start, end


def _parse_roster(row: CsvRow) -> tuple:
    shift = row.get("shift")
    return (parse_date(_text(row, "date"), "date"), _text(row, "agent_id"),
            None if shift in DAY_OFF else shift)


def _parse_leave(row: CsvRow) -> tuple:
    leave_type = _text(row, "leave_type")
    if leave_type not in LEAVE_TYPES:
        raise ValueError(f"leave_type '{leave_type}' is not one of {' '.join(LEAVE_TYPES)}")
    starts, ends = _text(row, "start"), _text(row, "end")
    start, _ = parse_moment(starts, "start")
    end, whole_day = parse_moment(ends, "end")
    if whole_day:
        end += timedelta(days=1)        # an end date means the whole of that day
    if end <= start:
        raise ValueError(f"end {ends} is not after start {starts}")
    return _text(row, "agent_id"), leave_type, starts, ends, start, end, row.get("note") or None


# ---------------------------------------------------------------- file checks

def _duplicates(name: str, parsed: list[tuple], key: Callable[[tuple], Any] | None
                ) -> list[Problem]:
    if key is None:
        return []
    first: dict[Any, int] = {}
    problems = []
    for row in parsed:
        k = key(row)
        if k in first:
            problems.append(Problem(name, row[0], f"duplicate of line {first[k]} "
                                                  f"({', '.join(map(str, k))})"))
        else:
            first[k] = row[0]
    return problems


def _team_overlaps(name: str, parsed: list[tuple]) -> list[Problem]:
    """Dated membership: one team at a time per agent."""
    problems = []
    by_agent: dict[str, list[tuple]] = {}
    for row in parsed:
        by_agent.setdefault(row[1], []).append(row)
    for agent, rows in by_agent.items():
        rows.sort(key=lambda r: r[3])
        for prev, cur in zip(rows, rows[1:]):
            if prev[4] is None or prev[4] >= cur[3]:
                problems.append(Problem(name, cur[0], f"{agent} is in {prev[2]} until "
                                        f"{prev[4] or 'further notice'} (line {prev[0]}), "
                                        f"so cannot join {cur[2]} on {cur[3]}"))
    return problems


# ---------------------------------------------------------------- database

def _stage(con: duckdb.DuckDBPyConnection, columns: tuple[tuple[str, str], ...],
           parsed: list[tuple]) -> None:
    """The validated rows as a temporary table, loaded column-wise (fast for big rosters)."""
    cols = [("line", "INTEGER"), *columns]
    values = [list(c) for c in zip(*parsed)] if parsed else [[] for _ in cols]
    select = ", ".join(f"unnest(?::{typ}[]) AS {col}" for col, typ in cols)
    con.execute("DROP TABLE IF EXISTS ref_stage")
    con.execute(f"CREATE TEMP TABLE ref_stage AS SELECT {select}", values)


def _unknown(con: duckdb.DuckDBPyConnection, name: str, column: str, table: str,
             what: str, hint: str) -> list[Problem]:
    rows = con.execute(
        f"SELECT line, {column} FROM ref_stage WHERE {column} IS NOT NULL AND "
        f"{column} NOT IN (SELECT {column} FROM {table}) ORDER BY line").fetchall()
    return [Problem(name, line, f"unknown {what} '{value}' ({hint})") for line, value in rows]


def _unknown_agents(con: duckdb.DuckDBPyConnection, name: str) -> list[Problem]:
    return _unknown(con, name, "agent_id", "agents", "agent", "import agents first")


def _apply_agents(con: duckdb.DuckDBPyConnection, tz: str, name: str) -> list[Problem]:
    con.execute("INSERT OR REPLACE INTO agents SELECT agent_id, name, hire_date, "
                "current_timestamp FROM ref_stage")
    return []


def _apply_teams(con: duckdb.DuckDBPyConnection, tz: str, name: str) -> list[Problem]:
    problems = _unknown_agents(con, name)
    if problems:
        return problems
    con.execute("DELETE FROM team_membership WHERE agent_id IN (SELECT agent_id FROM ref_stage)")
    con.execute(
        "INSERT INTO team_membership SELECT agent_id, team, valid_from, valid_to, "
        "timezone(?, CAST(valid_from AS TIMESTAMP)), "
        "timezone(?, CAST(valid_to + 1 AS TIMESTAMP)) FROM ref_stage", [tz, tz])
    return []


_ROSTER_TIMES = ("timezone(?, CAST(work_date AS TIMESTAMP) + INTERVAL (s.start_min) MINUTE), "
                 "timezone(?, CAST(work_date AS TIMESTAMP) + INTERVAL (s.end_min) MINUTE)")


def _apply_shifts(con: duckdb.DuckDBPyConnection, tz: str, name: str) -> list[Problem]:
    con.execute("INSERT OR REPLACE INTO shifts SELECT shift, start_time, end_time, start_min, "
                "end_min, current_timestamp FROM ref_stage")
    changed = con.execute(
        "SELECT r.work_date, r.agent_id, r.shift, "
        f"{_ROSTER_TIMES} FROM roster r JOIN shifts s USING (shift) "
        "WHERE r.shift IN (SELECT shift FROM ref_stage)", [tz, tz]).fetchall()
    if changed:
        con.execute("DELETE FROM roster WHERE shift IN (SELECT shift FROM ref_stage)")
        con.executemany("INSERT INTO roster VALUES (?, ?, ?, ?, ?)", changed)
    return _roster_overlaps(con, name, "s.shift = a.shift OR s.shift = b.shift",
                            "these shift hours make")


def _apply_roster(con: duckdb.DuckDBPyConnection, tz: str, name: str) -> list[Problem]:
    problems = _unknown_agents(con, name) + _unknown(
        con, name, "shift", "shifts", "shift", "import shifts first, or use 休 for a day off")
    if problems:
        return problems
    con.execute("DELETE FROM roster WHERE (work_date, agent_id) IN "
                "(SELECT (work_date, agent_id) FROM ref_stage)")
    con.execute(f"INSERT INTO roster SELECT DISTINCT work_date, agent_id, shift, {_ROSTER_TIMES} "
                "FROM ref_stage JOIN shifts s USING (shift)", [tz, tz])
    return _roster_overlaps(con, name, "(s.work_date = a.work_date AND s.agent_id = a.agent_id "
                            "AND s.shift = a.shift) OR (s.work_date = b.work_date AND "
                            "s.agent_id = b.agent_id AND s.shift = b.shift)", "this row makes")


def _roster_overlaps(con: duckdb.DuckDBPyConnection, name: str, touches: str,
                     what: str) -> list[Problem]:
    """An agent works one shift at a time: periods that overlap are rejected."""
    rows = con.execute(
        "SELECT min(s.line), a.agent_id, a.work_date, a.shift, b.work_date, b.shift "
        "FROM roster a JOIN roster b ON a.agent_id = b.agent_id "
        " AND (a.work_date < b.work_date OR (a.work_date = b.work_date AND a.shift < b.shift)) "
        " AND a.start_at < b.end_at AND b.start_at < a.end_at "
        f"JOIN ref_stage s ON {touches} "
        "GROUP BY ALL ORDER BY 1").fetchall()
    return [Problem(name, line, f"{what} {agent}'s {d1} {s1} overlap {d2} {s2}")
            for line, agent, d1, s1, d2, s2 in rows]


def _apply_leave(con: duckdb.DuckDBPyConnection, tz: str, name: str) -> list[Problem]:
    problems = _unknown_agents(con, name)
    if problems:
        return problems
    con.execute("INSERT OR REPLACE INTO leave_periods SELECT agent_id, leave_type, starts, ends, "
                "timezone(?, start_local), timezone(?, end_local), note, current_timestamp "
                "FROM ref_stage", [tz, tz])
    return []


_KINDS: dict[str, _Kind] = {
    "agents": _Kind(
        ("agent_id", "name"), ("hire_date",),
        {"工号": "agent_id", "坐席工号": "agent_id", "姓名": "name", "入职日期": "hire_date"},
        (("agent_id", "VARCHAR"), ("name", "VARCHAR"), ("hire_date", "DATE")),
        _parse_agent, lambda r: (r[1],), _apply_agents),
    "teams": _Kind(
        ("agent_id", "team", "valid_from"), ("valid_to",),
        {"工号": "agent_id", "班组": "team", "开始日期": "valid_from", "结束日期": "valid_to"},
        (("agent_id", "VARCHAR"), ("team", "VARCHAR"), ("valid_from", "DATE"),
         ("valid_to", "DATE")),
        _parse_team, lambda r: (r[1], r[3]), _apply_teams),
    "shifts": _Kind(
        ("shift", "start", "end"), (),
        {"班次": "shift", "开始时间": "start", "结束时间": "end", "开始": "start", "结束": "end"},
        (("shift", "VARCHAR"), ("start_time", "VARCHAR"), ("end_time", "VARCHAR"),
         ("start_min", "INTEGER"), ("end_min", "INTEGER")),
        _parse_shift, lambda r: (r[1],), _apply_shifts),
    "roster": _Kind(
        ("date", "agent_id", "shift"), (),
        {"日期": "date", "工号": "agent_id", "班次": "shift"},
        (("work_date", "DATE"), ("agent_id", "VARCHAR"), ("shift", "VARCHAR")),
        _parse_roster, lambda r: (r[1], r[2], r[3] or "休"), _apply_roster),
    "leave": _Kind(
        ("agent_id", "leave_type", "start", "end"), ("note",),
        {"工号": "agent_id", "假别": "leave_type", "请假类型": "leave_type", "开始": "start",
         "结束": "end", "开始时间": "start", "结束时间": "end", "备注": "note"},
        (("agent_id", "VARCHAR"), ("leave_type", "VARCHAR"), ("starts", "VARCHAR"),
         ("ends", "VARCHAR"), ("start_local", "TIMESTAMP"), ("end_local", "TIMESTAMP"),
         ("note", "VARCHAR")),
        _parse_leave, lambda r: (r[1], r[2], r[5], r[6]), _apply_leave),
}
