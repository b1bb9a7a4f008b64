"""What every page shares: the app context, the logged-in user, role checks, CSRF,
rendering with a JSON twin, and the errors pages raise."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from fastapi import Depends, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment

from callqa.settings import Settings
from review.auth import Session, SessionCodec, User, csrf_ok
from review.urls import Urls
from warehouse import review_store
from warehouse.review_store import ReviewWarehouse


@dataclass
class ReviewContext:
    """Built once by ``create_app``; reached through ``ctx(request)``."""

    settings: Settings
    warehouse: ReviewWarehouse
    codec: SessionCodec
    urls: Urls
    templates: Environment
    scorecard: Any
    rulebook_id: str
    rulebook_version: str
    rule_messages: dict[str, str] = field(default_factory=dict)
    search_signature: Any = None


def ctx(request: Request) -> ReviewContext:
    return request.app.state.review


# --------------------------------------------------------------------- errors

class LoginRequired(Exception):
    """No valid session: HTML pages redirect to the login page, the rest get 401."""


class Forbidden(Exception):
    def __init__(self, message: str = "无权访问此页面"):
        super().__init__(message)
        self.message = message


class CsrfFailed(Exception):
    """A POST without the session's CSRF token."""


class NotFound(Exception):
    def __init__(self, message: str = "页面不存在"):
        super().__init__(message)
        self.message = message


# --------------------------------------------------------------------- sessions

def session(request: Request) -> Session:
    """The request's session; a new anonymous one (with a CSRF token) if none is valid."""
    s = getattr(request.state, "session", None)
    if s is not None:
        return s
    s = ctx(request).codec.loads(request.cookies.get("callqa_session"))
    if s is None:
        s = Session()
        request.state.set_session = s
    request.state.session = s
    return s


def start_session(request: Request, user: dict[str, Any]) -> None:
    """After a successful login: a fresh session (new CSRF token) for this user."""
    s = Session(user["username"], int(user["session_epoch"]))
    request.state.session = s
    request.state.set_session = s
    request.state.user = _to_user(user)


def end_session(request: Request) -> None:
    request.state.clear_session = True
    request.state.session = Session()
    request.state.user = None


def _to_user(row: dict[str, Any]) -> User:
    return User(row["username"], row["display_name"] or row["username"], row["role"],
                list(row["teams"] or []))


def current_user(request: Request) -> User | None:
    """The logged-in user, re-read from the database on every request: a disabled user
    or a changed password (new ``session_epoch``) ends the session at once."""
    if hasattr(request.state, "user"):
        return request.state.user
    s = session(request)
    user = None
    if s.username:
        with ctx(request).warehouse.read() as con:
            row = review_store.get_user(con, s.username)
        if row and row["active"] and int(row["session_epoch"]) == s.epoch:
            user = _to_user(row)
    request.state.user = user
    return user


def require(action: str) -> Any:
    """Dependency: the logged-in user, allowed to do ``action`` (see auth.PERMISSIONS)."""
    def dependency(request: Request) -> User:
        user = current_user(request)
        if user is None:
            raise LoginRequired()
        if not user.can(action):
            raise Forbidden()
        return user
    dependency.__name__ = f"require_{action.replace('.', '_')}"
    return Depends(dependency)


async def csrf_protect(request: Request) -> None:
    """Dependency of every POST route: the form must carry the session's token."""
    token = request.headers.get("x-csrf-token")
    if token is None:
        form = await request.form()
        value = form.get("csrf_token")
        token = value if isinstance(value, str) else None
    if not csrf_ok(session(request), token):
        raise CsrfFailed()


CSRF = [Depends(csrf_protect)]


def check_team(user: User, team: str | None) -> None:
    if not user.sees_team(team):
        raise Forbidden("无权查看其他班组的通话")


# --------------------------------------------------------------------- rendering

def wants_json(request: Request) -> bool:
    return request.query_params.get("format") == "json"


def render(request: Request, template: str, data: dict[str, Any], user: User | None = None,
           status_code: int = 200) -> Response:
    """The page, or its JSON twin (``?format=json`` / ``.json``) with the same data."""
    c = ctx(request)
    if wants_json(request):
        payload = {**data, "user": user.to_json() if user else None}
        return JSONResponse(jsonable_encoder(payload), status_code=status_code)
    url = str(request.url.path) + (f"?{request.url.query}" if request.url.query else "")
    html = c.templates.get_template(template).render(
        **data, user=user, urls=c.urls, csrf_token=session(request).csrf, request_path=url,
        json_url=Urls.json_twin(url), template_name=template)
    return HTMLResponse(html, status_code=status_code)


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def done(request: Request, back: str, data: dict[str, Any]) -> Response:
    """After a POST: JSON twin gets the new state, a browser goes back to the page."""
    if wants_json(request):
        return JSONResponse(jsonable_encoder(data))
    return redirect(back)


def safe_next(url: str | None, default: str) -> str:
    """Only local paths: never redirect to another site after login."""
    if not url or not url.startswith("/") or url.startswith("//") or "\\" in url:
        return default
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return default
    return url


def form_float(value: Any) -> float | None:
    """A number from a form field: '' = None; accepts seconds or mm:ss."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    try:
        if ":" in text:
            mins, secs = text.split(":", 1)
            return int(mins) * 60 + float(secs)
        return float(text)
    except ValueError:
        raise review_store.ReviewError("invalid", f"「{text}」不是有效的数字或时间") from None

