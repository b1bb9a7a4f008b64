"""Trainers' examples and the sharing-pack export."""
from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from review.auth import User
from review.pack import build_pack
from review.views.base import CSRF, ReviewContext, ctx, done, render, require
from warehouse import review_queries, review_store
from warehouse.review_store import ReviewError

router = APIRouter()


@router.get("/examples")
def examples_page(request: Request, user: User = require("examples.view")) -> Response:
    c = ctx(request)
    with c.warehouse.read() as con:
        rows = review_queries.examples(con, teams=user.team_scope)
    for r in rows:
        r["call_url"] = c.urls.call(r["recording_id"], r["start_s"])
        r["delete_url"] = c.urls.delete_example(r["example_id"])
    return render(request, "examples.html", {
        "page": "examples", "examples": rows, "pack_url": c.urls.pack(),
        "can_edit": user.can("examples.edit"), "can_export": user.can("pack.export"),
        "padding": c.settings.review.clip_padding_s}, user)


@router.post("/examples/{example_id}/delete", dependencies=CSRF)
def delete_example(request: Request, example_id: int,
                   user: User = require("examples.edit")) -> Response:
    c = ctx(request)
    with c.warehouse.write() as con:
        review_store.delete_example(con, example_id, user.username)
    return done(request, c.urls.examples(), {"deleted": example_id})


@router.post("/examples/pack", dependencies=CSRF)
async def export_pack(request: Request, user: User = require("pack.export")) -> Response:
    form = await request.form()
    try:
        ids = sorted({int(v) for v in form.getlist("example_id")})
    except ValueError:
        raise ReviewError("invalid", "示例编号不正确") from None
    data = await run_in_threadpool(_export, ctx(request), ids, user)
    stamp = datetime.now().strftime("%Y%m%d_%H%M")
    return Response(data, media_type="application/zip", headers={
        "Content-Disposition": f"attachment; filename=\"callqa_pack_{stamp}.zip\"; "
                               f"filename*=UTF-8''{quote(f'录音分享会_{stamp}.zip')}"})


def _export(c: ReviewContext, ids: list[int], user: User) -> bytes:
    data = build_pack(c.warehouse, c.settings, c.templates, ids, user.team_scope)
    with c.warehouse.write() as con:
        review_store.audit(con, user.username, "pack.export", None, "examples",
                           None, {"example_ids": ids, "bytes": len(data)})
    return data
