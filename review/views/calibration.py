"""Calibration: per rule, the share of findings inspectors confirmed.

The signal for which rules to trust (and let auto-fail) and which to fix. A rule
needs ``MIN_REVIEWED`` ruled findings before it gets a verdict; then the lower
end of the 95 % Wilson interval decides: ≥ ``TRUST_AT`` 可信, below ``FIX_BELOW``
(upper end) 需修正, otherwise 观察.
"""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from review.auth import User
from review.views.base import ctx, render, require
from warehouse import review_queries

router = APIRouter()

MIN_REVIEWED = 5
TRUST_AT = 0.8
FIX_BELOW = 0.7


def signal(row: dict) -> str:
    ci = row["confirm_ci"]
    if row["n_reviewed"] < MIN_REVIEWED or ci is None:
        return "样本不足"
    if ci[0] >= TRUST_AT:
        return "可信"
    if ci[1] < FIX_BELOW:
        return "需修正"
    return "观察"


@router.get("/calibration")
def calibration_page(request: Request, user: User = require("calibration")) -> Response:
    c = ctx(request)
    q = request.query_params
    date_from, date_to = q.get("date_from") or None, q.get("date_to") or None
    with c.warehouse.read() as con:
        rows = review_queries.calibration(con, date_from, date_to)
    for r in rows:
        r["message"] = c.rule_messages.get(r["rule_id"], "")
        r["signal"] = signal(r)
    return render(request, "calibration.html", {
        "page": "calibration", "rules": rows, "date_from": date_from, "date_to": date_to,
        "min_reviewed": MIN_REVIEWED, "trust_at": TRUST_AT, "fix_below": FIX_BELOW}, user)
