"""Read-side queries of the review workbench: queue, call, appeals, calibration, audit,
examples. Each takes a cursor and, where it lists calls, ``teams``: ``None`` for
every team, else only calls of those teams (team leads)."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any, Sequence

import duckdb

from warehouse.review_store import (Key, appeals_for_call, call_review, current_key, findings,
                                    manual_scores)

SEVERITY_RANK = {"critical": 0, "major": 1, "minor": 2}


def _team_clause(teams: Sequence[str] | None, column: str = "rec.team") -> tuple[str, list[Any]]:
    if teams is None:
        return "", []
    if not teams:
        return " AND false", []
    return f" AND {column} IN ({', '.join('?' for _ in teams)})", list(teams)


def _rows(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


# --------------------------------------------------------------------- queue

@dataclass
class QueueFilter:
    """Queue filters; ``status``: ``open`` (not fully reviewed), ``done`` or ``all``."""

    date: str | None = None
    team: str | None = None
    agent: str | None = None
    category: str | None = None
    severity: str | None = None
    score_min: float | None = None
    score_max: float | None = None
    status: str = "open"


_QUEUE_SQL = """
WITH res AS (
    SELECT * FROM (
        SELECT * FROM call_results WHERE true {date_where}
        QUALIFY row_number() OVER (PARTITION BY recording_id
                                   ORDER BY scored_at DESC, rulebook_version DESC) = 1)
    WHERE status = 'ok' AND n_hits > 0
), hs AS (
    SELECT h.recording_id,
           min(CASE h.severity WHEN 'critical' THEN 0 WHEN 'major' THEN 1 ELSE 2 END) AS sev_rank,
           count(*) FILTER (WHERE h.severity = 'critical') AS n_critical,
           count(*) AS n_findings,
           count(v.verdict) AS n_ruled,
           count(*) FILTER (WHERE v.verdict = 'rejected') AS n_rejected,
           list(DISTINCT h.category ORDER BY h.category) AS categories,
           list(DISTINCT h.severity) AS severities
    FROM hits h
    JOIN res USING (recording_id, rulebook_id, rulebook_version)
    LEFT JOIN finding_verdicts v
      ON v.recording_id = h.recording_id AND v.rulebook_id = h.rulebook_id
     AND v.rulebook_version = h.rulebook_version AND v.hit_idx = h.idx
     AND v.rule_id = h.rule_id AND v.start_s IS NOT DISTINCT FROM h.start_s
    GROUP BY h.recording_id
)
SELECT res.recording_id, strftime(res.call_date, '%Y-%m-%d') AS call_date, rec.agent_id,
       rec.agent_name, rec.team, rec.started_at, rec.duration_s, res.score, res.grade,
       res.critical_failed, cr.reviewed_score, cr.reviewed_grade, hs.sev_rank, hs.n_critical,
       hs.n_findings, hs.n_ruled, hs.n_rejected, hs.categories,
       CASE WHEN hs.n_ruled = hs.n_findings THEN 'done'
            WHEN hs.n_ruled > 0 THEN 'in_progress' ELSE 'pending' END AS review_status,
       count(*) OVER () AS total_rows
FROM res
JOIN recordings rec USING (recording_id)
JOIN hs USING (recording_id)
LEFT JOIN call_reviews cr USING (recording_id, rulebook_id, rulebook_version)
WHERE true {where}
ORDER BY hs.sev_rank, hs.n_critical DESC, res.score ASC NULLS LAST, rec.started_at,
         res.recording_id
"""


def queue(con: duckdb.DuckDBPyConnection, f: QueueFilter, teams: Sequence[str] | None = None,
          limit: int = 100, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Flagged calls, critical findings first, then the lowest machine score."""
    date_where, date_params = "", []
    if f.date:
        date_where, date_params = " AND call_date = ?::DATE", [f.date]
    where, params = _team_clause(teams)
    if f.team:
        where += " AND rec.team = ?"
        params.append(f.team)
    if f.agent:
        where += " AND (rec.agent_id = ? OR rec.agent_name = ?)"
        params += [f.agent, f.agent]
    if f.category:
        where += " AND list_contains(hs.categories, ?)"
        params.append(f.category)
    if f.severity:
        where += " AND list_contains(hs.severities, ?)"
        params.append(f.severity)
    if f.score_min is not None:
        where += " AND res.score >= ?"
        params.append(f.score_min)
    if f.score_max is not None:
        where += " AND res.score <= ?"
        params.append(f.score_max)
    if f.status == "open":
        where += " AND hs.n_ruled < hs.n_findings"
    elif f.status == "done":
        where += " AND hs.n_ruled = hs.n_findings"
    sql = _QUEUE_SQL.format(where=where, date_where=date_where)
    params = date_params + params
    rows = _rows(con.execute(f"{sql} LIMIT {int(limit)} OFFSET {int(offset)}", params))
    if rows:
        total = rows[0]["total_rows"]
    else:
        total = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
    for r in rows:
        r.pop("total_rows")
    return rows, int(total)


def queue_options(con: duckdb.DuckDBPyConnection,
                  teams: Sequence[str] | None = None) -> dict[str, list[Any]]:
    """Values offered in the queue and search filters (only what the user may see)."""
    where, params = _team_clause(teams)
    base = f"FROM recordings rec WHERE true {where}"
    dates = [r[0] for r in con.execute(
        f"SELECT DISTINCT strftime(rec.call_date, '%Y-%m-%d') {base} AND rec.call_date IS NOT NULL "
        "ORDER BY 1 DESC", params).fetchall()]
    team_list = [r[0] for r in con.execute(
        f"SELECT DISTINCT rec.team {base} AND rec.team IS NOT NULL ORDER BY 1", params).fetchall()]
    agents = [{"agent_id": r[0], "agent_name": r[1]} for r in con.execute(
        f"SELECT rec.agent_id, any_value(rec.agent_name) {base} AND rec.agent_id IS NOT NULL "
        "GROUP BY 1 ORDER BY 1", params).fetchall()]
    return {"dates": dates, "teams": team_list, "agents": agents}


# --------------------------------------------------------------------- one call

def recording(con: duckdb.DuckDBPyConnection, recording_id: str) -> dict[str, Any] | None:
    cur = con.execute(
        "SELECT recording_id, strftime(call_date, '%Y-%m-%d') AS call_date, file_path, file_name, "
        "call_id, agent_id, agent_name, team, started_at, direction, hangup_by, channel_layout, "
        "duration_s, codec FROM recordings WHERE recording_id = ?", [recording_id])
    rows = _rows(cur)
    return rows[0] if rows else None


def utterances(con: duckdb.DuckDBPyConnection, recording_id: str,
               with_words: bool = False) -> list[dict[str, Any]]:
    cols = "idx, role, channel, start_s, end_s, text" + (", words" if with_words else "")
    rows = _rows(con.execute(f"SELECT {cols} FROM utterances WHERE recording_id = ? "
                             "ORDER BY start_s, idx", [recording_id]))
    if with_words:
        for r in rows:
            r["words"] = json.loads(r["words"]) if r["words"] else []
    return rows


def call_detail(con: duckdb.DuckDBPyConnection, recording_id: str) -> dict[str, Any] | None:
    """Everything the call page shows; None if the recording is unknown."""
    rec = recording(con, recording_id)
    if rec is None:
        return None
    key = current_key(con, recording_id)
    result = None
    items: list[dict[str, Any]] = []
    found: list[dict[str, Any]] = []
    manual: dict[str, dict[str, Any]] = {}
    review = None
    if key:
        result = _rows(con.execute(
            "SELECT rulebook_id, rulebook_version, status, error, score, grade, critical_failed, "
            "n_hits, scored_at FROM call_results WHERE recording_id = ? AND rulebook_id = ? AND "
            "rulebook_version = ?", list(key)))[0]
        items = _rows(con.execute(
            "SELECT item_id, section, name, weight, earned, status, rule_ids FROM score_items "
            "WHERE recording_id = ? AND rulebook_id = ? AND rulebook_version = ?", list(key)))
        for it in items:
            it["rule_ids"] = json.loads(it["rule_ids"]) if it["rule_ids"] else []
        found = findings(con, key)
        manual = manual_scores(con, key)
        review = call_review(con, key)
    return {"recording": rec, "key": list(key) if key else None, "result": result,
            "score_items": items, "findings": found, "manual_scores": manual,
            "review": review, "utterances": utterances(con, recording_id),
            "examples": examples(con, recording_id=recording_id)}


def audio_source(con: duckdb.DuckDBPyConnection, recording_id: str) -> dict[str, Any] | None:
    row = con.execute("SELECT file_path, team, codec FROM recordings WHERE recording_id = ?",
                      [recording_id]).fetchone()
    return {"file_path": row[0], "team": row[1], "codec": row[2]} if row else None


# --------------------------------------------------------------------- appeals

def appeals(con: duckdb.DuckDBPyConnection, status: str | None = None,
            teams: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Appeals with their finding; open ones first, newest first."""
    where, params = _team_clause(teams, "a.team")
    if status:
        where += " AND a.status = ?"
        params.append(status)
    return _rows(con.execute(
        "SELECT a.appeal_id, a.recording_id, a.hit_idx, a.rule_id, a.agent_id, a.team, a.reason, "
        "a.filed_by, a.filed_at, a.status, a.ruling_comment, a.ruled_by, a.ruled_at, "
        "h.category, h.severity, h.start_s, h.end_s, h.evidence, rec.agent_name "
        "FROM appeals a LEFT JOIN hits h ON h.recording_id = a.recording_id AND "
        "h.rulebook_id = a.rulebook_id AND h.rulebook_version = a.rulebook_version AND "
        "h.idx = a.hit_idx LEFT JOIN recordings rec ON rec.recording_id = a.recording_id "
        f"WHERE true {where} ORDER BY a.status = 'open' DESC, a.filed_at DESC, a.appeal_id DESC",
        params))


# --------------------------------------------------------------------- calibration

def wilson_interval(k: int, n: int, z: float = 1.96) -> tuple[float, float] | None:
    """95 % Wilson score interval of the share k/n (None without data)."""
    if n <= 0:
        return None
    p = k / n
    den = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return max(0.0, centre - half), min(1.0, centre + half)


def calibration(con: duckdb.DuckDBPyConnection, date_from: str | None = None,
                date_to: str | None = None) -> list[dict[str, Any]]:
    """Per rule: findings, how many inspectors ruled on, and the share they confirmed."""
    where, params = "", []
    if date_from:
        where += " AND r.call_date >= ?::DATE"
        params.append(date_from)
    if date_to:
        where += " AND r.call_date <= ?::DATE"
        params.append(date_to)
    rows = _rows(con.execute(
        "SELECT h.rule_id, any_value(h.category) AS category, any_value(h.severity) AS severity, "
        "count(*) AS n_findings, count(v.verdict) AS n_reviewed, "
        "count(*) FILTER (WHERE v.verdict = 'confirmed') AS n_confirmed, "
        "count(*) FILTER (WHERE v.verdict = 'rejected') AS n_rejected, "
        "count(*) FILTER (WHERE v.source = 'appeal') AS n_by_appeal "
        "FROM hits h JOIN review_results r USING (recording_id, rulebook_id, rulebook_version) "
        "LEFT JOIN finding_verdicts v ON v.recording_id = h.recording_id AND "
        "v.rulebook_id = h.rulebook_id AND v.rulebook_version = h.rulebook_version AND "
        "v.hit_idx = h.idx AND v.rule_id = h.rule_id AND v.start_s IS NOT DISTINCT FROM h.start_s "
        f"WHERE true {where} GROUP BY h.rule_id", params))
    for r in rows:
        n = r["n_reviewed"]
        r["confirm_rate"] = round(r["n_confirmed"] / n, 4) if n else None
        ci = wilson_interval(r["n_confirmed"], n)
        r["confirm_ci"] = [round(ci[0], 4), round(ci[1], 4)] if ci else None
    rows.sort(key=lambda r: (r["confirm_rate"] is None, r["confirm_rate"] or 0.0,
                             -r["n_reviewed"], r["rule_id"]))
    return rows


# --------------------------------------------------------------------- audit, examples

def audit_entries(con: duckdb.DuckDBPyConnection, recording_id: str | None = None,
                  limit: int = 200) -> list[dict[str, Any]]:
    where, params = "", []
    if recording_id:
        where, params = "WHERE recording_id = ?", [recording_id]
    rows = _rows(con.execute(
        "SELECT audit_id, logged_at, actor, action, recording_id, target, before, after FROM audit_log "
        f"{where} ORDER BY audit_id DESC LIMIT {int(limit)}", params))
    for r in rows:
        r["before"] = json.loads(r["before"]) if r["before"] else None
        r["after"] = json.loads(r["after"]) if r["after"] else None
    return rows


def examples(con: duckdb.DuckDBPyConnection, recording_id: str | None = None,
             ids: Sequence[int] | None = None,
             teams: Sequence[str] | None = None) -> list[dict[str, Any]]:
    where, params = _team_clause(teams)
    if recording_id:
        where += " AND e.recording_id = ?"
        params.append(recording_id)
    if ids is not None:
        if not ids:
            return []
        where += f" AND e.example_id IN ({', '.join('?' for _ in ids)})"
        params += [int(i) for i in ids]
    return _rows(con.execute(
        "SELECT e.example_id, e.recording_id, e.start_s, e.end_s, e.kind, e.note, e.created_by, "
        "e.created_at, strftime(rec.call_date, '%Y-%m-%d') AS call_date, rec.agent_id, "
        "rec.agent_name, rec.team, rec.duration_s FROM review_examples e "
        "JOIN recordings rec USING (recording_id) "
        f"WHERE e.deleted_at IS NULL {where} ORDER BY e.created_at DESC, e.example_id DESC",
        params))


__all__ = ["QueueFilter", "queue", "queue_options", "recording", "utterances", "call_detail",
           "audio_source", "appeals", "calibration", "wilson_interval", "audit_entries",
           "examples", "appeals_for_call", "Key"]
