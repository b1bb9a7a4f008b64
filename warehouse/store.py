"""Writes: runs and per-call results, idempotent by key.

A call's rows are replaced in one transaction (delete by key, insert), so a re-run
of a date leaves exactly one set of rows per recording and rulebook version, and
a crash mid-call leaves the previous rows intact.
"""
from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from pipeline.model import CallResult


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, kind: str, call_date: str | None,
              rulebook_id: str, rulebook_version: str, asr_model: str,
              settings: dict[str, Any], flow_run_id: str | None = None) -> None:
    con.execute(
        "INSERT INTO runs (run_id, kind, call_date, started_at, status, rulebook_id, "
        "rulebook_version, asr_model, settings, flow_run_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [run_id, kind, call_date, _now(), "running", rulebook_id, rulebook_version, asr_model,
         _json(settings), flow_run_id])


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, status: str,
               counts: dict[str, int], message: str | None = None) -> None:
    con.execute(
        "UPDATE runs SET finished_at = ?, status = ?, n_discovered = ?, n_sampled = ?, n_ok = ?, "
        "n_failed = ?, n_asr_unreliable = ?, n_too_short = ?, n_flagged = ?, message = ? "
        "WHERE run_id = ?",
        [_now(), status, counts.get("discovered"), counts.get("sampled"), counts.get("ok"),
         counts.get("failed"), counts.get("asr_unreliable"), counts.get("too_short"),
         counts.get("flagged"), message, run_id])


def save_result(con: duckdb.DuckDBPyConnection, result: CallResult, run_id: str) -> None:
    """Replace everything stored for this recording (and rulebook version) with ``result``."""
    r = result.record
    rid = r.recording_id
    key = [rid, result.rulebook_id, result.rulebook_version]
    now = _now()
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM recordings WHERE recording_id = ?", [rid])
        con.execute(
            "INSERT INTO recordings VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [rid, r.call_date, r.file, Path(r.file).name, result.audio_sha256, r.call_id,
             r.agent_id, r.agent_name, r.team, r.started_at, r.direction, r.hangup_by,
             r.channel_layout, result.channel_layout, result.duration_s,
             result.asr.get("codec"), _json(r.extra), run_id, now])
        con.execute("DELETE FROM transcripts WHERE recording_id = ?", [rid])
        con.execute("DELETE FROM utterances WHERE recording_id = ?", [rid])
        if result.status != "failed":
            con.execute(
                "INSERT INTO transcripts VALUES (?,?,?,?,?,?,?,?,?)",
                [rid, result.audio_sha256, result.asr.get("model"),
                 _json(result.asr.get("options")), _json(result.asr.get("notes", [])),
                 _json(result.asr.get("dropped", [])), _json(result.asr.get("diarization")),
                 _json(result.acoustics), now])
            if result.utterances:
                con.executemany(
                    "INSERT INTO utterances VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [[rid, i, u.role, u.channel, u.start_s, u.end_s, u.text, u.avg_logprob,
                      u.no_speech_prob, _json([asdict(w) for w in u.words])]
                     for i, u in enumerate(result.utterances)])
        for table in ("call_results", "hits", "score_items"):
            con.execute(f"DELETE FROM {table} WHERE recording_id = ? AND rulebook_id = ? "
                        "AND rulebook_version = ?", key)
        score = result.score
        con.execute(
            "INSERT INTO call_results VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [*key, r.call_date, run_id, result.status, result.error,
             score.score if score else None, score.grade if score else None,
             score.critical_failed if score else None, len(result.hits),
             _json(result.timings), now])
        if result.hits:
            con.executemany(
                "INSERT INTO hits VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [[*key, i, h.rule_id, h.category, h.severity, h.role, h.start_s, h.end_s,
                  h.evidence, h.method, h.confidence] for i, h in enumerate(result.hits)])
        if score and score.items:
            con.executemany(
                "INSERT INTO score_items VALUES (?,?,?,?,?,?,?,?,?,?)",
                [[*key, it.item_id, it.section, it.name, it.weight, it.earned, it.status,
                  _json(it.rule_ids)] for it in score.items])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def prune_date(con: duckdb.DuckDBPyConnection, call_date: str, rulebook_id: str,
               rulebook_version: str, keep_ids: list[str]) -> int:
    """After a complete run of a date, drop that date's results for recordings the run
    no longer covers (e.g. the sampling changed), so the date holds this run's set only."""
    keep = set(keep_ids)
    rows = con.execute("SELECT recording_id FROM call_results WHERE call_date = ? AND "
                       "rulebook_id = ? AND rulebook_version = ?",
                       [call_date, rulebook_id, rulebook_version]).fetchall()
    stale = [rid for (rid,) in rows if rid not in keep]
    if stale:
        con.execute("BEGIN TRANSACTION")
        for rid in stale:
            for table in ("call_results", "hits", "score_items"):
                con.execute(f"DELETE FROM {table} WHERE recording_id = ? AND rulebook_id = ? "
                            "AND rulebook_version = ?", [rid, rulebook_id, rulebook_version])
        con.execute("COMMIT")
    return len(stale)
