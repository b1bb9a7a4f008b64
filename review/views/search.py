"""Transcript search for trainers (words, pinyin-tolerant) with call filters."""
from __future__ import annotations

import logging
import threading

from fastapi import APIRouter, Request
from fastapi.responses import Response

from pipeline.model import CATEGORIES
from review.auth import User
from review.views.base import ReviewContext, ctx, form_float, render, require
from warehouse import review_queries, search

log = logging.getLogger(__name__)
router = APIRouter()


BATCH = 2000
_refreshing = threading.Lock()


def ensure_index(c: ReviewContext) -> None:
    """Bring the search index up to date when the warehouse changed since the last look.

    Batches of ``BATCH`` utterances: the slow part (jieba, pinyin) runs between short
    write transactions, one per batch, so the nightly flow is never locked out for long
    (an utterance that changes meanwhile is fixed by the next refresh). One refresh at a
    time; a search that comes while another request refreshes uses the index as it is.
    """
    with c.warehouse.read() as con:
        sig = search.index_signature(con)
    if sig == c.search_signature:
        return
    if not _refreshing.acquire(blocking=False):
        return
    try:
        added = 0
        with c.warehouse.write() as con:
            stale = search.stale_docs(con)
            search.remove_docs(con, stale)
        with c.warehouse.read() as con:
            pending = search.pending_utterances(con)
        for i in range(0, len(pending), BATCH):
            docs = search.analyse(pending[i:i + BATCH])
            with c.warehouse.write() as con:
                search.add_docs(con, docs)
            added += len(docs)
        if added or stale:
            log.info("search index: %d utterances added, %d removed", added, len(stale))
        c.search_signature = sig
    finally:
        _refreshing.release()


@router.get("/search")
def search_page(request: Request, user: User = require("search")) -> Response:
    c = ctx(request)
    p = request.query_params
    category = p.get("category") or None
    role = p.get("role") or None
    query = search.SearchQuery(
        q=(p.get("q") or "").strip()[:200],
        category=category if category in CATEGORIES else None,
        team=p.get("team") or None, agent=p.get("agent") or None,
        role=role if role in ("agent", "customer", "unknown") else None,
        date_from=p.get("date_from") or None, date_to=p.get("date_to") or None,
        score_min=form_float(p.get("score_min")), score_max=form_float(p.get("score_max")))
    try:
        page = max(1, int(p.get("page") or 1))
    except ValueError:
        page = 1
    size = c.settings.review.page_size
    ensure_index(c)
    with c.warehouse.read() as con:
        found = search.search(con, query, user.team_scope, size, (page - 1) * size)
        options = review_queries.queue_options(con, user.team_scope)
    for r in found["results"]:
        r["url"] = c.urls.call(r["recording_id"], r["start_s"])
    filters = dict(vars(query))
    pages = max(1, -(-found["total"] // size))
    return render(request, "search.html", {
        "page": "search", "filters": filters, "options": options, "categories": list(CATEGORIES),
        "results": found["results"], "total": found["total"], "parts": found["parts"],
        "truncated": found.get("truncated", False),
        "page_no": page, "pages": pages,
        "prev_url": c.urls.search(**filters, page=page - 1) if page > 1 else None,
        "next_url": c.urls.search(**filters, page=page + 1) if page < pages else None,
    }, user)
