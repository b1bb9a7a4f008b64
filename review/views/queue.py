"""The inspectors' queue: flagged calls not yet fully reviewed, critical first."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from pipeline.model import CATEGORIES
from review.auth import User
from review.views.base import ctx, form_float, render, require
from warehouse import review_queries
from warehouse.review_queries import QueueFilter

router = APIRouter()

STATUSES = ("open", "done", "all")


def _filter(request: Request) -> QueueFilter:
    q = request.query_params
    status = q.get("status") or "open"
    category = q.get("category") or None
    severity = q.get("severity") or None
    return QueueFilter(
        date=q.get("date") or None, team=q.get("team") or None, agent=q.get("agent") or None,
        category=category if category in CATEGORIES else None,
        severity=severity if severity in ("critical", "major", "minor") else None,
        score_min=form_float(q.get("score_min")), score_max=form_float(q.get("score_max")),
        status=status if status in STATUSES else "open")


@router.get("/queue")
def queue_page(request: Request, user: User = require("queue")) -> Response:
    c = ctx(request)
    f = _filter(request)
    try:
        page = max(1, int(request.query_params.get("page") or 1))
    except ValueError:
        page = 1
    size = c.settings.review.page_size
    with c.warehouse.read() as con:
        rows, total = review_queries.queue(con, f, user.team_scope, size, (page - 1) * size)
        options = review_queries.queue_options(con, user.team_scope)
    for r in rows:
        r["url"] = c.urls.call(r["recording_id"])
    filters = {k: v for k, v in vars(f).items()}
    pages = max(1, -(-total // size))
    return render(request, "queue.html", {
        "page": "queue", "filters": filters, "options": options, "rows": rows, "total": total,
        "page_no": page, "pages": pages, "categories": list(CATEGORIES),
        "prev_url": c.urls.queue(**filters, page=page - 1) if page > 1 else None,
        "next_url": c.urls.queue(**filters, page=page + 1) if page < pages else None,
    }, user)
