"""Appeals: team leads see their teams' appeals, inspectors rule (final)."""
from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from review.auth import User
from review.views.base import CSRF, NotFound, check_team, ctx, done, render, require
from warehouse import review_queries, review_store

router = APIRouter()


@router.get("/appeals")
def appeals_page(request: Request, user: User = require("appeals.view")) -> Response:
    c = ctx(request)
    status = request.query_params.get("status") or None
    if status not in (None, "open", "upheld", "overturned"):
        status = None
    with c.warehouse.read() as con:
        rows = review_queries.appeals(con, status, user.team_scope)
    for r in rows:
        r["call_url"] = c.urls.call(r["recording_id"], r["start_s"])
        r["rule_url"] = c.urls.appeal_rule(r["appeal_id"])
        r["message"] = c.rule_messages.get(r["rule_id"], "")
    return render(request, "appeals.html", {
        "page": "appeals", "appeals": rows, "status": status,
        "can_rule": user.can("appeal.rule"),
        "n_open": sum(r["status"] == "open" for r in rows)}, user)


@router.post("/appeals/{appeal_id}/ruling", dependencies=CSRF)
def rule(request: Request, appeal_id: int, ruling: str = Form(""), comment: str = Form(""),
         back: str = Form(""), user: User = require("appeal.rule")) -> Response:
    c = ctx(request)
    with c.warehouse.read() as con:
        appeal = review_store.get_appeal(con, appeal_id)
    if appeal is None:
        raise NotFound("申诉不存在")
    check_team(user, appeal["team"])
    with c.warehouse.write() as con:
        review = review_store.rule_appeal(con, appeal_id, ruling, comment.strip(), user.username,
                                          c.scorecard)
    target = c.urls.call(appeal["recording_id"]) + f"#f{appeal['hit_idx']}" \
        if back == "call" else c.urls.appeals()
    return done(request, target, {"review": review, "appeal_id": appeal_id, "ruling": ruling})
