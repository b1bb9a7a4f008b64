"""Copy what the weekly report needs into an in-memory DuckDB, holding the file briefly.

DuckDB lets one process write a file, and a reader's lock keeps the writer out. The
report therefore attaches the warehouse read-only, copies the week's attributed calls
and findings, last week's totals and small reference tables into memory, and
detaches: the nightly flow waits at most for that copy (a second or two per million
calls), never for the aggregation or the rendering.
"""
from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import duckdb

from warehouse import db as wdb
from warehouse.weeks import IsoWeek

log = logging.getLogger(__name__)

#: Top-scored calls whose utterances are copied (the 录音分享会's good examples).
BEST_CANDIDATES = 60


def load_week(db_path: str | Path, week: IsoWeek, timezone: str,
              rulebook_version: str | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory database for ``week`` and the week before.

    Tables: ``calls`` and ``findings`` (this week's rows),
    ``prev_groups`` (last week's totals per day, agent, team and shift),
    ``prev_categories`` (last week's calls per category), ``nightly``, ``agents``,
    ``shifts``, ``membership``, ``rostered``, ``best_utterances``, ``models``.
    """
    ZoneInfo(timezone)  # fail early, naming the zone, rather than inside SQL
    con = duckdb.connect()
    con.execute(f"SET TimeZone = '{timezone}'")
    prev = week.previous()
    p = {"d0": prev.monday, "d1": week.sunday, "mon": week.monday}
    t0 = time.perf_counter()
    with wdb.attached(con, db_path) as wh:
        con.execute(f"USE {wh}")      # the macros resolve their tables in the current catalog
        try:
            source = facts_from(con, prev.monday, week.sunday, rulebook_version)
            _run(con, f"""
                CREATE TABLE memory.main.calls AS
                SELECT recording_id, call_id, call_date, started_at, agent_id, agent_name,
                       team, shift, on_leave, leave_type, leave_span, rulebook_id,
                       rulebook_version, status, score, grade, n_hits
                FROM {source.sql}""", {**p, **source.params, "first": week.monday,
                                       "last": week.sunday})
            # last week only as totals per day, agent, team and shift (for the changes)
            _run(con, f"""
                CREATE TABLE memory.main.prev_groups AS
                SELECT call_date, agent_id, team, shift, count(*) AS calls,
                       count(score) AS scored, sum(score) AS score_sum,
                       count(*) FILTER (WHERE status = 'failed') AS failed,
                       count(*) FILTER (WHERE status = 'asr_unreliable') AS unreliable,
                       count(*) FILTER (WHERE status = 'too_short') AS too_short,
                       count(*) FILTER (WHERE n_hits > 0) AS flagged,
                       count(*) FILTER (WHERE on_leave) AS on_leave
                FROM {source.sql}
                GROUP BY ALL""", {**p, **source.params, "first": prev.monday,
                                  "last": prev.sunday})
            prev_hits, hp = _prev_hits_join(wh, source, prev.monday, prev.sunday)
            _run(con, f"""
                CREATE TABLE memory.main.prev_categories AS
                SELECT h.category, count(DISTINCT h.recording_id) AS calls
                FROM {prev_hits} GROUP BY 1""", hp)
        finally:
            con.execute("USE memory")
        # Findings are copied for the reported week only; last week needs just the
        # number of calls per category.
        cur_hits, hp = _hits_join(wh, source)
        _run(con, f"""
            CREATE TABLE findings AS
            SELECT h.recording_id, h.idx, h.rule_id, h.category, h.severity, h.start_s,
                   h.evidence, h.confidence, c.agent_id, c.team, c.score
            FROM {cur_hits}""", hp)
        _run(con, f"""
            CREATE TABLE nightly AS
            SELECT call_date, arg_max(n_discovered, started_at) AS n_discovered
            FROM {wh}.runs WHERE kind = 'nightly' AND status IN ('ok', 'partial')
             AND call_date BETWEEN $d0 AND $d1 GROUP BY call_date""", p)
        con.execute(f"CREATE TABLE agents AS SELECT agent_id, name, hire_date FROM {wh}.agents")
        con.execute(f"CREATE TABLE shifts AS SELECT shift, start_min FROM {wh}.shifts")
        con.execute(f"CREATE TABLE membership AS SELECT agent_id, team, valid_from, valid_to "
                    f"FROM {wh}.team_membership")
        _run(con, f"""
            CREATE TABLE rostered AS
            SELECT DISTINCT agent_id FROM {wh}.roster WHERE work_date BETWEEN $mon AND $d1""", p)
        con.execute(f"""
            CREATE TABLE best_utterances AS
            WITH best AS (SELECT recording_id FROM calls WHERE status = 'ok'
                          AND score IS NOT NULL
                          ORDER BY score DESC, n_hits, recording_id LIMIT {BEST_CANDIDATES})
            SELECT u.recording_id, u.idx, u.role, u.start_s, u.text
            FROM {wh}.utterances u SEMI JOIN best USING (recording_id)""")
        con.execute(f"""
            CREATE TABLE models AS
            SELECT DISTINCT asr_model FROM {wh}.transcripts t
            SEMI JOIN calls c USING (recording_id)
            WHERE asr_model IS NOT NULL""")
    log.info("copied %s calls of %s (and the totals of %s) in %.2fs",
             f"{_count(con, 'calls'):,}", week, prev, time.perf_counter() - t0)
    return con


@dataclass(frozen=True)
class FactsSource:
    """Where the attributed calls of a date range come from.

    Attributes:
        sql: FROM clause (macro call, maybe with a WHERE) for the days ``$first`` to
            ``$last``.
        params: its extra parameters.
        only: (rulebook_id, rulebook_version) when every call in the range has that one
            version: hits can then be joined on recording_id alone (the version is a
            scan filter), which is a third faster than the three-column key.
    """

    sql: str
    params: dict[str, Any]
    only: tuple[str, str] | None


def facts_from(con: duckdb.DuckDBPyConnection, first: date, last: date,
               rulebook_version: str | None) -> FactsSource:
    """The attributed calls of [first, last], newest rulebook version per call unless
    ``rulebook_version`` is given. Runs with the warehouse as the current catalog.

    The common case, one rulebook version in the range, also skips the newest-version
    window (a sort of every call).
    """
    query = ("SELECT DISTINCT rulebook_id, rulebook_version FROM call_results "
             "WHERE call_date BETWEEN ? AND ?")
    params: list[Any] = [first, last]
    if rulebook_version:
        query += " AND rulebook_version = ?"
        params.append(rulebook_version)
    versions = con.execute(query + " LIMIT 2", params).fetchall()
    only = versions[0] if len(versions) == 1 else None
    if rulebook_version:
        return FactsSource("call_facts_all_between($first, $last) WHERE rulebook_version = $rbv",
                           {"rbv": rulebook_version}, only)
    if len(versions) > 1:
        return FactsSource("call_facts_between($first, $last)", {}, None)
    return FactsSource("call_facts_all_between($first, $last)", {}, only)


def _hits_join(wh: str, source: FactsSource) -> tuple[str, dict[str, Any]]:
    """FROM/JOIN/WHERE for the hits of the reported week's calls (table ``calls``)."""
    if source.only:
        return (f"{wh}.hits h JOIN (SELECT recording_id, agent_id, team, score FROM calls) c "
                "ON h.recording_id = c.recording_id "
                "WHERE h.rulebook_id = $rb_id AND h.rulebook_version = $rb_version "
                "AND h.category <> 'agent_on_leave'",
                {"rb_id": source.only[0], "rb_version": source.only[1]})
    return (f"{wh}.hits h JOIN calls c "
            "ON h.recording_id = c.recording_id AND h.rulebook_id = c.rulebook_id "
            "AND h.rulebook_version = c.rulebook_version "
            "WHERE h.category <> 'agent_on_leave'", {})


def _prev_hits_join(wh: str, source: FactsSource, first: date, last: date
                    ) -> tuple[str, dict[str, Any]]:
    """FROM/JOIN/WHERE for last week's hits (its calls are not copied); runs with the
    warehouse as the current catalog, like the macros it may call."""
    if source.only:
        return (f"{wh}.hits h SEMI JOIN (SELECT recording_id FROM {wh}.call_results "
                "WHERE call_date BETWEEN $p0 AND $p1) c ON h.recording_id = c.recording_id "
                "WHERE h.rulebook_id = $rb_id AND h.rulebook_version = $rb_version "
                "AND h.category <> 'agent_on_leave'",
                {"rb_id": source.only[0], "rb_version": source.only[1], "p0": first, "p1": last})
    return (f"{wh}.hits h JOIN (SELECT recording_id, rulebook_id, rulebook_version "
            "FROM call_facts_between($p0, $p1)) c "
            "ON h.recording_id = c.recording_id AND h.rulebook_id = c.rulebook_id "
            "AND h.rulebook_version = c.rulebook_version "
            "WHERE h.category <> 'agent_on_leave'", {"p0": first, "p1": last})


def _run(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, Any]) -> None:
    """Execute with the named parameters the statement uses (DuckDB rejects extras)."""
    used = set(re.findall(r"\$(\w+)", sql))
    con.execute(sql, {k: v for k, v in params.items() if k in used})


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
