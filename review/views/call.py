"""The call page (player, two-lane transcript, findings, score breakdown) and the
actions taken on it: verdicts, manual N/A scores, appeals, examples."""
from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from review.auth import User
from review.views.base import (CSRF, NotFound, ReviewContext, check_team, ctx, done, form_float,
                               render, require)
from warehouse import review_queries, review_store
from warehouse.review_store import Key

router = APIRouter()

#: Findings about the whole call (nothing to point at in the transcript).
_WHOLE_CALL_METHODS = {"absence", "metadata"}
_EVIDENCE_SPLIT = re.compile(r"[((]")


def _evidence_words(f: dict[str, Any]) -> str | None:
    if f["method"] not in ("exact", "pinyin", "regex", "semantic") or not f["evidence"]:
        return None
    words = _EVIDENCE_SPLIT.split(f["evidence"], 1)[0].strip()
    return words or None


def _segments(text: str, marks: list[tuple[int, int, int]]) -> list[dict[str, Any]]:
    """Text pieces; ``finding`` is set on pieces a finding's words cover."""
    out, pos = [], 0
    for s, e, idx in sorted(marks):
        if s < pos:
            continue
        if s > pos:
            out.append({"text": text[pos:s], "finding": None})
        out.append({"text": text[s:e], "finding": idx})
        pos = e
    if pos < len(text):
        out.append({"text": text[pos:], "finding": None})
    return out


def _lanes(utts: list[dict[str, Any]], found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each utterance with the findings that point at it and its highlighted words."""
    for u in utts:
        u["findings"] = []
        marks: list[tuple[int, int, int]] = []
        for f in found:
            if f["method"] in _WHOLE_CALL_METHODS or f["start_s"] is None:
                continue
            if f["role"] not in ("unknown", u["role"]) and u["role"] != "unknown":
                continue
            end = f["end_s"] if f["end_s"] is not None else f["start_s"]
            if not (u["start_s"] < end + 0.05 and u["end_s"] > f["start_s"] - 0.05):
                continue
            words = _evidence_words(f)
            if f["method"] == "acoustic" and not words:
                continue
            u["findings"].append(f["idx"])
            if words:
                pos = u["text"].find(words)
                if pos >= 0:
                    marks.append((pos, pos + len(words), f["idx"]))
        severities = [f["severity"] for f in found if f["idx"] in u["findings"]]
        u["severity"] = min(severities, key=review_queries.SEVERITY_RANK.get) if severities else None
        u["segments"] = _segments(u["text"], marks)
    return utts


def call_page_data(c: ReviewContext, detail: dict[str, Any], user: User) -> dict[str, Any]:
    rec = detail["recording"]
    rid = rec["recording_id"]
    found = detail["findings"]
    urls = c.urls
    for f in found:
        appeal = f["appeal"]
        f["message"] = c.rule_messages.get(f["rule_id"], "")
        f["whole_call"] = f["method"] in _WHOLE_CALL_METHODS
        f["can_verdict"] = user.can("verdict") and appeal is None
        f["can_appeal"] = user.can("appeal.file") and appeal is None and f["verdict"] != "rejected"
        f["can_rule"] = bool(user.can("appeal.rule") and appeal and appeal["status"] == "open")
        f["final"] = bool(appeal and appeal["status"] != "open")
        f["verdict_url"] = urls.verdict(rid, f["idx"])
        f["appeal_url"] = urls.appeal_file(rid, f["idx"])
        f["rule_url"] = urls.appeal_rule(appeal["appeal_id"]) if appeal else None
    items: list[dict[str, Any]] = []
    reviewed = None
    if detail["key"]:
        manual = {k: v["earned"] for k, v in detail["manual_scores"].items()}
        reviewed = review_store.rescore(review_store.standing_hits(found), c.scorecard,
                                        rec["duration_s"], manual)
        machine = {it["item_id"]: it for it in detail["score_items"]}
        for it in reviewed["items"]:
            m = machine.get(it["item_id"], {})
            entry = detail["manual_scores"].get(it["item_id"])
            items.append({**it, "machine_earned": m.get("earned"),
                          "machine_status": m.get("status", it["status"]),
                          "manual": entry,
                          "can_score": user.can("manual_score") and m.get("status") == "na",
                          "score_url": urls.manual_score(rid, it["item_id"])})
    result = detail["result"] or {}
    review = detail["review"]
    key: Key | None = tuple(detail["key"]) if detail["key"] else None  # type: ignore[assignment]
    return {
        "page": "call", "recording": rec, "result": result, "findings": found,
        "score_items": items, "review": review,
        "machine": {"score": result.get("score"), "grade": result.get("grade"),
                    "critical_failed": result.get("critical_failed")},
        "reviewed": {"score": review["reviewed_score"] if review else result.get("score"),
                     "grade": review["reviewed_grade"] if review else result.get("grade"),
                     "status": review["status"] if review else "pending",
                     "changed": bool(review) and (review["reviewed_score"] != result.get("score"))},
        "scorecard_mismatch": bool(key and key[1:] != (c.rulebook_id, c.rulebook_version)),
        "utterances": _lanes(detail["utterances"], found),
        "examples": detail["examples"],
        "audio_url": urls.audio(rid),
        "add_example_url": urls.add_example(rid),
        "can_mark_example": user.can("examples.edit"),
        "key": detail["key"],
    }


@router.get("/calls/{recording_id}")
def call_page(request: Request, recording_id: str, user: User = require("call.view")) -> Response:
    c = ctx(request)
    with c.warehouse.read() as con:
        detail = review_queries.call_detail(con, recording_id)
    if detail is None:
        raise NotFound("通话不存在")
    check_team(user, detail["recording"]["team"])
    data = call_page_data(c, detail, user)
    data["start_at"] = form_float(request.query_params.get("t"))
    return render(request, "call.html", data, user)


def _call_key(c: ReviewContext, user: User, recording_id: str) -> Key:
    with c.warehouse.read() as con:
        src = review_queries.audio_source(con, recording_id)
        key = review_store.current_key(con, recording_id)
    if src is None or key is None:
        raise NotFound("通话不存在")
    check_team(user, src["team"])
    return key


@router.post("/calls/{recording_id}/findings/{idx}/verdict", dependencies=CSRF)
def set_verdict(request: Request, recording_id: str, idx: int, verdict: str = Form(""),
                comment: str = Form(""), user: User = require("verdict")) -> Response:
    c = ctx(request)
    key = _call_key(c, user, recording_id)
    with c.warehouse.write() as con:
        review = review_store.set_verdict(con, key, idx, verdict, comment.strip(), user.username,
                                          c.scorecard)
    return done(request, c.urls.call(recording_id) + f"#f{idx}", {"review": review})


@router.post("/calls/{recording_id}/findings/{idx}/appeal", dependencies=CSRF)
def file_appeal(request: Request, recording_id: str, idx: int, reason: str = Form(""),
                user: User = require("appeal.file")) -> Response:
    c = ctx(request)
    key = _call_key(c, user, recording_id)
    with c.warehouse.write() as con:
        appeal_id = review_store.file_appeal(con, key, idx, reason, user.username)
    return done(request, c.urls.call(recording_id) + f"#f{idx}", {"appeal_id": appeal_id})


@router.post("/calls/{recording_id}/items/{item_id}/score", dependencies=CSRF)
def manual_score(request: Request, recording_id: str, item_id: str, earned: str = Form(""),
                 comment: str = Form(""), user: User = require("manual_score")) -> Response:
    c = ctx(request)
    key = _call_key(c, user, recording_id)
    value = form_float(earned)
    with c.warehouse.write() as con:
        review = review_store.set_manual_score(con, key, item_id, value, comment.strip(),
                                               user.username, c.scorecard)
    return done(request, c.urls.call(recording_id) + "#score", {"review": review})


@router.post("/calls/{recording_id}/examples", dependencies=CSRF)
def add_example(request: Request, recording_id: str, kind: str = Form(""),
                start_s: str = Form(""), end_s: str = Form(""), note: str = Form(""),
                user: User = require("examples.edit")) -> Response:
    c = ctx(request)
    with c.warehouse.read() as con:
        src = review_queries.audio_source(con, recording_id)
    if src is None:
        raise NotFound("通话不存在")
    check_team(user, src["team"])
    s, e = form_float(start_s), form_float(end_s)
    with c.warehouse.write() as con:
        example_id = review_store.add_example(con, recording_id, kind, s, e, note, user.username)
    return done(request, c.urls.call(recording_id) + "#examples", {"example_id": example_id})

