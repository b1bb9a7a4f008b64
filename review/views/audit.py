"""The audit log (read-only: the log is append-only)."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from review.auth import User
from review.views.base import ctx, render, require
from warehouse import review_queries

router = APIRouter()


@router.get("/audit")
def audit_page(request: Request, user: User = require("audit")) -> Response:
    c = ctx(request)
    rid = request.query_params.get("recording_id") or None
    with c.warehouse.read() as con:
        rows = review_queries.audit_entries(con, rid, limit=500)
    for r in rows:
        r["call_url"] = c.urls.call(r["recording_id"]) if r["recording_id"] else None
    return render(request, "audit.html", {"page": "audit", "entries": rows,
                                          "recording_id": rid}, user)
