"""The workbench app: ``create_app(settings)`` wires context, middleware and pages.

Server-rendered (FastAPI + Jinja2, autoescaped), no build step, no inline
scripts (the Content-Security-Policy forbids them). Pages live in ``views/``,
one module per page kind; every URL comes from ``urls.Urls``; every page has a
JSON twin (``?format=json`` or the path plus ``.json``).
"""
from __future__ import annotations

import json
import logging
import threading
from datetime import datetime
from datetime import timezone as dt_timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from callqa.settings import Settings
from qa_rules.engine import load_rulebook
from review import labels
from review.auth import COOKIE_NAME, ROLE_LABELS, SessionCodec, load_or_create_secret
from review.urls import Urls
from review.views import (appeals, audio, audit, base, calibration, call, examples, login, queue,
                          search)
from review.views.base import (CsrfFailed, Forbidden, LoginRequired, NotFound, ReviewContext,
                               wants_json)
from warehouse.review_store import ReviewError, ReviewWarehouse

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
STATUS = {"not_found": 404, "conflict": 409, "invalid": 400, "forbidden": 403}

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "media-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")


def templates_env(urls: Urls, timezone: str = "Asia/Shanghai") -> Environment:
    """Jinja2 with autoescaping on for every template (transcripts are untrusted text)."""
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(["html", "xml"], default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    tz = ZoneInfo(timezone)

    def local(value: Any) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt_timezone.utc)
        return value.astimezone(tz)

    env.globals.update(labels=labels.ALL, role_labels=ROLE_LABELS, urls=urls)
    env.filters.update(
        t=labels.fmt_time, score=labels.fmt_score,
        pct=lambda x: "–" if x is None else f"{100 * x:.0f}%",
        hm=lambda v: (local(v).strftime("%H:%M") if local(v) else ""),
        dt=lambda v: (local(v).strftime("%Y-%m-%d %H:%M:%S") if local(v) else ""),
        zip_self=lambda values: [(v, v) for v in values],
        label_options=lambda values, names: [(v, names.get(v, v)) for v in values],
        agent_options=lambda agents: [(a["agent_id"], f"{a['agent_name'] or ''} {a['agent_id']}")
                                      for a in agents],
        tojson_cn=lambda v: "" if v is None else json.dumps(v, ensure_ascii=False, default=str),
    )
    return env


def create_app(settings: Settings, warehouse: ReviewWarehouse | None = None) -> FastAPI:
    """The ASGI app over ``settings.database`` (migrated on first use)."""
    rulebook = load_rulebook(settings.rulebook_path)
    wh = warehouse or ReviewWarehouse(settings.database, linger_s=settings.review.db_linger_s)
    with wh.write():
        pass                                   # create / migrate the file now, not mid-request
    urls = Urls()
    codec = SessionCodec(load_or_create_secret(settings.review_secret_path),
                         max_age_s=settings.review.session_hours * 3600)
    app = FastAPI(title="callqa review", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.review = ReviewContext(
        settings=settings, warehouse=wh, codec=codec, urls=urls,
        templates=templates_env(urls, settings.centre_timezone),
        scorecard=rulebook.scorecard, rulebook_id=rulebook.rulebook,
        rulebook_version=rulebook.version,
        rule_messages={r.id: r.message for r in rulebook.rules})

    for module in (login, queue, call, audio, appeals, calibration, search, examples, audit):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    _install_handlers(app)
    _install_middleware(app, settings)
    return app


# --------------------------------------------------------------------- errors

def _error(request: Request, status: int, message: str) -> Response:
    if wants_json(request) or request.url.path.startswith("/audio/"):
        return JSONResponse({"error": message}, status_code=status)
    c: ReviewContext = request.app.state.review
    user = getattr(request.state, "user", None)
    try:
        html = c.templates.get_template("error.html").render(
            message=message, status=status, user=user, urls=c.urls, page="error",
            csrf_token=base.session(request).csrf, request_path=request.url.path,
            json_url=None, template_name="error.html")
    except Exception:  # noqa: BLE001 - an error page must not fail
        log.exception("error page failed")
        html = f"<p>{status}</p>"
    return HTMLResponse(html, status_code=status)


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired) -> Response:
        if request.method == "GET" and not wants_json(request) \
                and not request.url.path.startswith("/audio/"):
            c: ReviewContext = request.app.state.review
            nxt = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return base.redirect(c.urls.login(nxt))
        return JSONResponse({"error": "需要登录"}, status_code=401)

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        return _error(request, 403, exc.message)

    @app.exception_handler(CsrfFailed)
    async def _csrf(request: Request, exc: CsrfFailed) -> Response:
        return _error(request, 403, "表单已过期或来源不明(CSRF 校验失败),请刷新页面后重试")

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> Response:
        return _error(request, 404, exc.message)

    @app.exception_handler(ReviewError)
    async def _review_error(request: Request, exc: ReviewError) -> Response:
        return _error(request, STATUS.get(exc.code, 400), exc.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        return _error(request, 400, "请求参数不正确")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = {404: "页面不存在", 405: "不支持的请求方法"}.get(exc.status_code, str(exc.detail))
        return _error(request, exc.status_code, message)


# --------------------------------------------------------------------- middleware

def _install_middleware(app: FastAPI, settings: Settings) -> None:
    max_age = int(settings.review.session_hours * 3600)
    secure = settings.review.secure_cookies

    @app.middleware("http")
    async def _session_and_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        state = request.scope.get("state", {})
        if state.get("clear_session"):
            response.delete_cookie(COOKIE_NAME, path="/", httponly=True, samesite="lax",
                                   secure=secure)
        if state.get("set_session") is not None:
            c: ReviewContext = request.app.state.review
            response.set_cookie(COOKIE_NAME, c.codec.dumps(state["set_session"]),
                                max_age=max_age, path="/", httponly=True, samesite="lax",
                                secure=secure)
        h = response.headers
        h.setdefault("Content-Security-Policy", CSP)
        h.setdefault("X-Content-Type-Options", "nosniff")
        h.setdefault("X-Frame-Options", "DENY")
        h.setdefault("Referrer-Policy", "same-origin")
        if not request.url.path.startswith("/static/"):
            h.setdefault("Cache-Control", "no-store")
        return response

    app.add_middleware(JsonSuffix)


class JsonSuffix:
    """``/queue.json`` → ``/queue?format=json`` (the JSON twin of any page)."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            path: str = scope["path"]
            if path.endswith(".json") and not path.startswith("/static/") and len(path) > 6:
                scope = dict(scope)
                scope["path"] = path[:-5] or "/"
                if scope.get("raw_path"):
                    scope["raw_path"] = scope["raw_path"][:-5]
                qs = scope.get("query_string", b"")
                scope["query_string"] = (qs + b"&" if qs else b"") + b"format=json"
        await self.app(scope, receive, send)


def iter_routes(app: FastAPI) -> list[APIRoute]:
    """Every page and action route of the app (for checks such as 'all need a login')."""
    out: list[APIRoute] = []

    def walk(routes: list[Any]) -> None:
        for r in routes:
            if isinstance(r, APIRoute):
                out.append(r)
            elif getattr(r, "original_router", None) is not None:
                walk(r.original_router.routes)     # FastAPI ≥ 0.13x wraps included routers

    walk(app.routes)
    return out


def warm_up(app: FastAPI) -> threading.Thread:
    """Bring the search index up to date in the background (``callqa serve`` start-up),
    so the first search does not pay for the night's new transcripts."""
    from review.views.search import ensure_index

    def run() -> None:
        try:
            ensure_index(app.state.review)
        except Exception:  # noqa: BLE001 - a failed warm-up only costs the first search
            log.exception("search index warm-up failed")

    thread = threading.Thread(target=run, name="search-index", daemon=True)
    thread.start()
    return thread
