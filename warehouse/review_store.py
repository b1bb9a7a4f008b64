"""What people decide about the machine's findings, and the one owner of the file
in the web process.

``ReviewWarehouse`` is the workbench's only way into DuckDB: requests share one
open database (cheap cursors), writes go one at a time in a transaction, and the
file is released when the workbench is idle for ``linger_s`` (or has held it for
``MAX_HOLD_S`` without a pause), so the nightly flow can take its write lock.

The write functions below never touch the machine's rows (``call_results``,
``hits``, ``score_items``); every change appends to ``audit_log`` with who, when,
the state before and the state after. Errors meant for the user carry a Chinese
message (``ReviewError``).
"""
from __future__ import annotations

import atexit
import json
import threading
import weakref
import time
from contextlib import ExitStack, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

import duckdb

from pipeline.model import RuleHit
from pipeline.scoring import as_scorecard, grade_for, score_call
from qa_rules.scorecard import Scorecard
from warehouse import db as wdb

ROLES: tuple[str, ...] = ("inspector", "trainer", "team_lead", "admin")
VERDICTS: tuple[str, ...] = ("confirmed", "rejected")
RULINGS: tuple[str, ...] = ("upheld", "overturned")
EXAMPLE_KINDS: tuple[str, ...] = ("good", "bad")
MAX_HOLD_S = 10.0

Key = tuple[str, str, str]   # recording_id, rulebook_id, rulebook_version


class ReviewError(Exception):
    """A request the workbench refuses; ``message`` is shown to the user (Chinese)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code          # not_found | conflict | invalid | forbidden
        self.message = message


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)


# --------------------------------------------------------------------- the handle

class ReviewWarehouse:
    """Shared, short-lived access to the warehouse file for one web process."""

    def __init__(self, path: str | Path, linger_s: float = 2.0,
                 retry_s: float = wdb.LOCK_RETRY_S, max_hold_s: float = MAX_HOLD_S):
        self.path = Path(path)
        self.linger_s = linger_s
        self.retry_s = retry_s
        self.max_hold_s = max_hold_s
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._stack: ExitStack | None = None
        self._users = 0
        self._opened = 0.0
        self._last = 0.0
        self._timer: threading.Timer | None = None
        self.opens = 0            # how often the file was opened (tests, measurements)
        ref = weakref.ref(self)
        atexit.register(lambda: ref() is not None and ref().close())  # type: ignore[union-attr]

    def _acquire(self) -> duckdb.DuckDBPyConnection:
        with self._lock:
            if self._con is None:
                stack = ExitStack()
                self._con = stack.enter_context(wdb.connect(self.path, retry_s=self.retry_s))
                self._stack = stack
                self._opened = time.monotonic()
                self.opens += 1
            self._users += 1
            return self._con

    def _release(self) -> None:
        with self._lock:
            self._users -= 1
            self._last = time.monotonic()
            if self._users > 0:
                return
            if self.linger_s <= 0 or self._last - self._opened >= self.max_hold_s:
                self._close_locked()
                return
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.linger_s, self._close_if_idle)
            self._timer.daemon = True
            self._timer.start()

    def _close_if_idle(self) -> None:
        with self._lock:
            if self._users == 0 and time.monotonic() - self._last >= self.linger_s * 0.9:
                self._close_locked()

    def _close_locked(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._stack is not None:
            self._stack.close()
        self._con, self._stack = None, None

    @property
    def is_open(self) -> bool:
        return self._con is not None

    def close(self) -> None:
        with self._lock:
            self._close_locked()

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor on the shared database (for queries)."""
        con = self._acquire()
        cur = con.cursor()
        try:
            yield cur
        finally:
            cur.close()
            self._release()

    @contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor inside a transaction; writers take turns (one writer at a time)."""
        with self._write_lock, self.read() as cur:
            cur.execute("BEGIN TRANSACTION")
            try:
                yield cur
            except BaseException:
                cur.execute("ROLLBACK")
                raise
            cur.execute("COMMIT")


# --------------------------------------------------------------------- audit log

def audit(con: duckdb.DuckDBPyConnection, actor: str, action: str,
          recording_id: str | None = None, target: str | None = None,
          before: Any = None, after: Any = None) -> None:
    """Append one entry. The log is append-only: nothing in callqa updates or deletes it."""
    con.execute("INSERT INTO audit_log (logged_at, actor, action, recording_id, target, before, after) "
                "VALUES (?,?,?,?,?,?,?)",
                [_now(), actor, action, recording_id, target, _json(before), _json(after)])


# --------------------------------------------------------------------- users

def _user_row(row: Sequence[Any] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    keys = ("username", "display_name", "role", "teams", "password_hash", "active",
            "session_epoch")
    out = dict(zip(keys, row))
    out["teams"] = json.loads(out["teams"]) if out["teams"] else []
    return out


def get_user(con: duckdb.DuckDBPyConnection, username: str) -> dict[str, Any] | None:
    return _user_row(con.execute(
        "SELECT username, display_name, role, teams, password_hash, active, session_epoch "
        "FROM review_users WHERE username = ?", [username]).fetchone())


def list_users(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    rows = con.execute("SELECT username, display_name, role, teams, password_hash, active, "
                       "session_epoch FROM review_users ORDER BY username").fetchall()
    return [_user_row(r) for r in rows]  # type: ignore[misc]


def _public_user(u: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if u is None:
        return None
    return {k: u[k] for k in ("username", "display_name", "role", "teams", "active")}


def add_user(con: duckdb.DuckDBPyConnection, username: str, role: str, password_hash: str,
             display_name: str | None = None, teams: Sequence[str] = (),
             actor: str = "cli") -> dict[str, Any]:
    if role not in ROLES:
        raise ReviewError("invalid", f"unknown role '{role}': one of {', '.join(ROLES)}")
    if not username or not username.replace("_", "").replace("-", "").replace(".", "").isalnum():
        raise ReviewError("invalid", "user names use letters, digits, '.', '_' and '-'")
    if role == "team_lead" and not teams:
        raise ReviewError("invalid", "a team lead needs at least one --team")
    if get_user(con, username) is not None:
        raise ReviewError("conflict", f"user '{username}' exists")
    now = _now()
    con.execute("INSERT INTO review_users VALUES (?,?,?,?,?,?,?,?,?)",
                [username, display_name or username, role, _json(list(teams)), password_hash,
                 True, 0, now, now])
    user = get_user(con, username)
    audit(con, actor, "user.add", target=f"user:{username}", after=_public_user(user))
    return user  # type: ignore[return-value]


def _require_user(con: duckdb.DuckDBPyConnection, username: str) -> dict[str, Any]:
    user = get_user(con, username)
    if user is None:
        raise ReviewError("not_found", f"no user '{username}'")
    return user


def set_password(con: duckdb.DuckDBPyConnection, username: str, password_hash: str,
                 actor: str = "cli") -> None:
    """New password; every open session of the user ends."""
    _require_user(con, username)
    con.execute("UPDATE review_users SET password_hash = ?, session_epoch = session_epoch + 1, "
                "updated_at = ? WHERE username = ?", [password_hash, _now(), username])
    audit(con, actor, "user.passwd", target=f"user:{username}")


def set_active(con: duckdb.DuckDBPyConnection, username: str, active: bool,
               actor: str = "cli") -> None:
    """Disable (or re-enable) a user; disabling ends every open session."""
    before = _public_user(_require_user(con, username))
    con.execute("UPDATE review_users SET active = ?, session_epoch = session_epoch + 1, "
                "updated_at = ? WHERE username = ?", [active, _now(), username])
    audit(con, actor, "user.enable" if active else "user.disable", target=f"user:{username}",
          before=before, after=_public_user(get_user(con, username)))


# --------------------------------------------------------------------- findings

def current_key(con: duckdb.DuckDBPyConnection, recording_id: str) -> Key | None:
    """The scoring the workbench shows for a recording: its newest result."""
    row = con.execute("SELECT recording_id, rulebook_id, rulebook_version FROM review_results "
                      "WHERE recording_id = ?", [recording_id]).fetchone()
    return tuple(row) if row else None  # type: ignore[return-value]


_FINDINGS_SQL = """
SELECT h.idx, h.rule_id, h.category, h.severity, h.role, h.start_s, h.end_s, h.evidence,
       h.method, h.confidence, v.verdict, v.comment, v.source, v.decided_by, v.decided_at
FROM hits h
LEFT JOIN finding_verdicts v
  ON v.recording_id = h.recording_id AND v.rulebook_id = h.rulebook_id
 AND v.rulebook_version = h.rulebook_version AND v.hit_idx = h.idx AND v.rule_id = h.rule_id
 AND v.start_s IS NOT DISTINCT FROM h.start_s
WHERE h.recording_id = ? AND h.rulebook_id = ? AND h.rulebook_version = ?
ORDER BY h.start_s NULLS FIRST, h.idx
"""

_FINDING_KEYS = ("idx", "rule_id", "category", "severity", "role", "start_s", "end_s",
                 "evidence", "method", "confidence", "verdict", "comment", "source",
                 "decided_by", "decided_at")


def findings(con: duckdb.DuckDBPyConnection, key: Key) -> list[dict[str, Any]]:
    """The machine's findings of one scoring with their current verdicts and appeals."""
    rows = [dict(zip(_FINDING_KEYS, r)) for r in con.execute(_FINDINGS_SQL, list(key)).fetchall()]
    appeals = appeals_for_call(con, key)
    for f in rows:
        mine = [a for a in appeals if a["hit_idx"] == f["idx"] and a["rule_id"] == f["rule_id"]]
        f["appeal"] = mine[-1] if mine else None
    return rows


_APPEAL_KEYS = ("appeal_id", "recording_id", "rulebook_id", "rulebook_version", "hit_idx",
                "rule_id", "agent_id", "team", "reason", "filed_by", "filed_at", "status",
                "ruling_comment", "ruled_by", "ruled_at")


def appeals_for_call(con: duckdb.DuckDBPyConnection, key: Key) -> list[dict[str, Any]]:
    rows = con.execute(f"SELECT {', '.join(_APPEAL_KEYS)} FROM appeals WHERE recording_id = ? "
                       "AND rulebook_id = ? AND rulebook_version = ? ORDER BY appeal_id",
                       list(key)).fetchall()
    return [dict(zip(_APPEAL_KEYS, r)) for r in rows]


def get_appeal(con: duckdb.DuckDBPyConnection, appeal_id: int) -> dict[str, Any] | None:
    row = con.execute(f"SELECT {', '.join(_APPEAL_KEYS)} FROM appeals WHERE appeal_id = ?",
                      [appeal_id]).fetchone()
    return dict(zip(_APPEAL_KEYS, row)) if row else None


def _finding(con: duckdb.DuckDBPyConnection, key: Key, idx: int) -> dict[str, Any]:
    for f in findings(con, key):
        if f["idx"] == idx:
            return f
    raise ReviewError("not_found", "该发现不存在")


def manual_scores(con: duckdb.DuckDBPyConnection, key: Key) -> dict[str, dict[str, Any]]:
    rows = con.execute("SELECT item_id, earned, comment, scored_by, scored_at FROM manual_scores "
                       "WHERE recording_id = ? AND rulebook_id = ? AND rulebook_version = ?",
                       list(key)).fetchall()
    return {r[0]: {"earned": r[1], "comment": r[2], "scored_by": r[3], "scored_at": r[4]}
            for r in rows}


def call_review(con: duckdb.DuckDBPyConnection, key: Key) -> dict[str, Any] | None:
    keys = ("reviewed_score", "reviewed_grade", "critical_failed", "n_findings", "n_confirmed",
            "n_rejected", "status", "updated_by", "updated_at")
    row = con.execute(f"SELECT {', '.join(keys)} FROM call_reviews WHERE recording_id = ? AND "
                      "rulebook_id = ? AND rulebook_version = ?", list(key)).fetchone()
    return dict(zip(keys, row)) if row else None


# --------------------------------------------------------------------- rescoring

def rescore(hits: Sequence[RuleHit], scorecard: Scorecard | Mapping[str, Any],
            duration_s: float | None, manual: Mapping[str, float]) -> dict[str, Any]:
    """The reviewed score: ``score_call`` over the findings that stand, plus the
    inspector's points for N/A items (which then count in the denominator).

    A critical finding in an auto-fail item still fails the call (score 0)."""
    card = as_scorecard(scorecard)
    result = score_call(list(hits), card, duration_s)
    items = []
    for it in result.items:
        earned, status = it.earned, it.status
        if it.earned is None and it.item_id in manual:
            earned, status = float(manual[it.item_id]), "manual"
        items.append({"item_id": it.item_id, "section": it.section, "name": it.name,
                      "weight": it.weight, "earned": earned, "status": status,
                      "rule_ids": list(it.rule_ids)})
    if result.score is None and not result.items:          # too short: not scored
        return {"score": None, "grade": None, "critical_failed": False, "items": items}
    scorable = sum(i["weight"] for i in items if i["earned"] is not None)
    if result.critical_failed:
        score, grade = 0.0, card.failing_grade
    elif scorable <= 0:
        score, grade = None, None
    else:
        score = round(100.0 * sum(i["earned"] or 0.0 for i in items) / scorable, 2)
        grade = grade_for(score, card)
    return {"score": score, "grade": grade, "critical_failed": result.critical_failed,
            "items": items}


def standing_hits(found: Sequence[Mapping[str, Any]]) -> list[RuleHit]:
    """Findings that count for the reviewed score: all but the rejected ones
    (a finding nobody has ruled on yet keeps the machine's judgement)."""
    return [RuleHit(f["rule_id"], f["category"], f["severity"], f["role"],
                    f["start_s"] or 0.0, f["end_s"] or 0.0, f["evidence"] or "", f["method"],
                    f["confidence"] if f["confidence"] is not None else 1.0)
            for f in found if f["verdict"] != "rejected"]


def recompute(con: duckdb.DuckDBPyConnection, key: Key, scorecard: Scorecard | Mapping[str, Any],
              actor: str) -> dict[str, Any]:
    """Recompute and store the reviewed score of one call; returns the new row."""
    found = findings(con, key)
    duration = con.execute("SELECT duration_s FROM recordings WHERE recording_id = ?",
                           [key[0]]).fetchone()
    manual = {k: v["earned"] for k, v in manual_scores(con, key).items()}
    s = rescore(standing_hits(found), scorecard, duration[0] if duration else None, manual)
    n_conf = sum(f["verdict"] == "confirmed" for f in found)
    n_rej = sum(f["verdict"] == "rejected" for f in found)
    status = "done" if n_conf + n_rej == len(found) else "in_progress"
    con.execute("INSERT OR REPLACE INTO call_reviews VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [*key, s["score"], s["grade"], s["critical_failed"], len(found), n_conf, n_rej,
                 status, actor, _now()])
    return call_review(con, key)  # type: ignore[return-value]


def _score_state(con: duckdb.DuckDBPyConnection, key: Key) -> dict[str, Any]:
    r = call_review(con, key)
    if r is None:
        row = con.execute("SELECT score, grade FROM call_results WHERE recording_id = ? AND "
                          "rulebook_id = ? AND rulebook_version = ?", list(key)).fetchone()
        return {"score": row[0], "grade": row[1]} if row else {}
    return {"score": r["reviewed_score"], "grade": r["reviewed_grade"]}


# --------------------------------------------------------------------- verdicts

def set_verdict(con: duckdb.DuckDBPyConnection, key: Key, idx: int, verdict: str,
                comment: str | None, actor: str, scorecard: Scorecard | Mapping[str, Any],
                ) -> dict[str, Any]:
    """Confirm or reject one finding (an inspector's review) and rescore the call."""
    if verdict not in VERDICTS:
        raise ReviewError("invalid", "结论只能是「确认」或「驳回」")
    f = _finding(con, key, idx)
    appeal = f["appeal"]
    if appeal and appeal["status"] != "open":
        raise ReviewError("conflict", "该发现的申诉已裁决,裁决为最终结论,不能再修改")
    if appeal and appeal["status"] == "open":
        raise ReviewError("conflict", "该发现有待裁决的申诉,请在申诉中裁决")
    return _write_verdict(con, key, f, verdict, comment, actor, scorecard, "review",
                          "verdict.set")


def _write_verdict(con: duckdb.DuckDBPyConnection, key: Key, f: Mapping[str, Any], verdict: str,
                   comment: str | None, actor: str, scorecard: Scorecard | Mapping[str, Any],
                   source: str, action: str, extra: Mapping[str, Any] | None = None,
                   ) -> dict[str, Any]:
    before = {"verdict": f["verdict"], "comment": f["comment"], **_score_state(con, key)}
    con.execute("INSERT OR REPLACE INTO finding_verdicts VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [*key, f["idx"], f["rule_id"], f["start_s"], verdict, comment or None, source,
                 actor, _now()])
    review = recompute(con, key, scorecard, actor)
    after = {"verdict": verdict, "comment": comment or None, "score": review["reviewed_score"],
             "grade": review["reviewed_grade"], **(extra or {})}
    audit(con, actor, action, key[0], f"hit:{f['idx']}:{f['rule_id']}", before, after)
    return review


def set_manual_score(con: duckdb.DuckDBPyConnection, key: Key, item_id: str,
                     earned: float | None, comment: str | None, actor: str,
                     scorecard: Scorecard | Mapping[str, Any]) -> dict[str, Any]:
    """Score an N/A item by hand (``earned=None`` clears it back to N/A)."""
    card = as_scorecard(scorecard)
    spec = next((it for sec in card.sections for it in sec.items if it.id == item_id), None)
    if spec is None:
        raise ReviewError("not_found", "评分项不存在")
    if spec.machine:
        raise ReviewError("invalid", "只有机器无法评分(N/A)的项目可以人工评分")
    if earned is not None and not (0 <= earned <= spec.weight):
        raise ReviewError("invalid", f"得分必须在 0 到 {spec.weight:g} 之间")
    before_row = manual_scores(con, key).get(item_id)
    before = {"earned": before_row["earned"] if before_row else None,
              "comment": before_row["comment"] if before_row else None,
              **_score_state(con, key)}
    if earned is None:
        con.execute("DELETE FROM manual_scores WHERE recording_id = ? AND rulebook_id = ? AND "
                    "rulebook_version = ? AND item_id = ?", [*key, item_id])
    else:
        con.execute("INSERT OR REPLACE INTO manual_scores VALUES (?,?,?,?,?,?,?,?)",
                    [*key, item_id, float(earned), comment or None, actor, _now()])
    review = recompute(con, key, card, actor)
    after = {"earned": earned, "comment": comment or None, "score": review["reviewed_score"],
             "grade": review["reviewed_grade"]}
    audit(con, actor, "manual_score.set" if earned is not None else "manual_score.clear",
          key[0], f"item:{item_id}", before, after)
    return review


# --------------------------------------------------------------------- appeals

def file_appeal(con: duckdb.DuckDBPyConnection, key: Key, idx: int, reason: str,
                actor: str) -> int:
    """A team lead appeals one finding for the agent; returns the appeal id."""
    reason = (reason or "").strip()
    if not reason:
        raise ReviewError("invalid", "请填写申诉理由")
    f = _finding(con, key, idx)
    if f["appeal"] is not None:
        raise ReviewError("conflict", "该发现已有申诉,每个发现只能申诉一次")
    if f["verdict"] == "rejected":
        raise ReviewError("conflict", "该发现已被驳回,无需申诉")
    rec = con.execute("SELECT agent_id, team FROM recordings WHERE recording_id = ?",
                      [key[0]]).fetchone() or (None, None)
    appeal_id = con.execute(
        "INSERT INTO appeals (recording_id, rulebook_id, rulebook_version, hit_idx, rule_id, "
        "agent_id, team, reason, filed_by, filed_at, status) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
        "RETURNING appeal_id",
        [*key, idx, f["rule_id"], rec[0], rec[1], reason, actor, _now(), "open"]).fetchone()[0]
    audit(con, actor, "appeal.file", key[0], f"appeal:{appeal_id}",
          {"verdict": f["verdict"]}, {"appeal_id": appeal_id, "hit": idx, "reason": reason,
                                      "status": "open"})
    return int(appeal_id)


def rule_appeal(con: duckdb.DuckDBPyConnection, appeal_id: int, ruling: str,
                comment: str | None, actor: str, scorecard: Scorecard | Mapping[str, Any],
                ) -> dict[str, Any]:
    """An inspector rules: ``upheld`` (the finding stands, confirmed) or ``overturned``
    (the finding is rejected). Final: neither the appeal nor the verdict changes again."""
    if ruling not in RULINGS:
        raise ReviewError("invalid", "裁决只能是「维持」或「撤销」")
    appeal = get_appeal(con, appeal_id)
    if appeal is None:
        raise ReviewError("not_found", "申诉不存在")
    if appeal["status"] != "open":
        raise ReviewError("conflict", "该申诉已裁决,裁决为最终结论")
    key: Key = (appeal["recording_id"], appeal["rulebook_id"], appeal["rulebook_version"])
    f = _finding(con, key, appeal["hit_idx"])
    if f["rule_id"] != appeal["rule_id"]:
        raise ReviewError("conflict", "该通话已重新质检,申诉对应的发现已不存在")
    con.execute("UPDATE appeals SET status = ?, ruling_comment = ?, ruled_by = ?, ruled_at = ? "
                "WHERE appeal_id = ?", [ruling, comment or None, actor, _now(), appeal_id])
    verdict = "confirmed" if ruling == "upheld" else "rejected"
    return _write_verdict(con, key, f, verdict, comment, actor, scorecard, "appeal",
                          "appeal.rule", {"appeal_id": appeal_id, "ruling": ruling})


# --------------------------------------------------------------------- examples

def add_example(con: duckdb.DuckDBPyConnection, recording_id: str, kind: str,
                start_s: float | None, end_s: float | None, note: str | None,
                actor: str) -> int:
    """A trainer marks a call (or the stretch ``start_s``–``end_s``) as a good or bad example."""
    if kind not in EXAMPLE_KINDS:
        raise ReviewError("invalid", "示例类型只能是「好例子」或「坏例子」")
    if (start_s is None) != (end_s is None):
        raise ReviewError("invalid", "请同时填写开始和结束时间,或都不填(整通通话)")
    if start_s is not None and end_s is not None:
        if start_s < 0 or end_s <= start_s:
            raise ReviewError("invalid", "结束时间必须晚于开始时间")
    if con.execute("SELECT count(*) FROM recordings WHERE recording_id = ?",
                   [recording_id]).fetchone()[0] == 0:
        raise ReviewError("not_found", "通话不存在")
    example_id = con.execute(
        "INSERT INTO review_examples (recording_id, start_s, end_s, kind, note, created_by, "
        "created_at) VALUES (?,?,?,?,?,?,?) RETURNING example_id",
        [recording_id, start_s, end_s, kind, (note or "").strip() or None, actor, _now()]
    ).fetchone()[0]
    audit(con, actor, "example.add", recording_id, f"example:{example_id}", None,
          {"kind": kind, "start_s": start_s, "end_s": end_s, "note": note})
    return int(example_id)


def delete_example(con: duckdb.DuckDBPyConnection, example_id: int, actor: str) -> None:
    row = con.execute("SELECT recording_id, kind, start_s, end_s, note FROM review_examples "
                      "WHERE example_id = ? AND deleted_at IS NULL", [example_id]).fetchone()
    if row is None:
        raise ReviewError("not_found", "示例不存在")
    con.execute("UPDATE review_examples SET deleted_at = ? WHERE example_id = ?",
                [_now(), example_id])
    audit(con, actor, "example.delete", row[0], f"example:{example_id}",
          {"kind": row[1], "start_s": row[2], "end_s": row[3], "note": row[4]}, None)
