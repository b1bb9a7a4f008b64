"""Login, logout and the root URL (the login page for anyone not logged in)."""
from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from review.auth import User, dummy_verify, verify_password
from review.views.base import (CSRF, ctx, current_user, end_session, redirect, render, safe_next,
                               start_session)
from warehouse import review_store

router = APIRouter()


def home_for(request: Request, user: User) -> str:
    """Inspectors, team leads and admins start at the queue, trainers at search."""
    urls = ctx(request).urls
    return urls.queue() if user.can("queue") else urls.search()


def _login_page(request: Request, next_url: str | None, error: str | None = None,
                username: str = "", status_code: int = 200) -> Response:
    return render(request, "login.html",
                  {"page": "login", "next": next_url or "", "error": error, "username": username},
                  None, status_code)


@router.get("/")
def root(request: Request) -> Response:
    user = current_user(request)
    if user is None:
        return _login_page(request, None)
    return redirect(home_for(request, user))


@router.get("/login")
def login_form(request: Request, next: str | None = None) -> Response:  # noqa: A002
    user = current_user(request)
    if user is not None:
        return redirect(safe_next(next, home_for(request, user)))
    return _login_page(request, next)


@router.post("/login", dependencies=CSRF)
def login(request: Request, username: str = Form(""), password: str = Form(""),
          next: str = Form("")) -> Response:  # noqa: A002
    c = ctx(request)
    username = username.strip()[:64]
    with c.warehouse.read() as con:
        row = review_store.get_user(con, username) if username else None
    ok = False
    if row is None:
        dummy_verify(password)
    else:
        ok = verify_password(password, row["password_hash"]) and bool(row["active"])
    with c.warehouse.write() as con:
        review_store.audit(con, username or "-", "login.ok" if ok else "login.failed",
                           target=f"user:{username}" if username else None)
    if not ok:
        return _login_page(request, next, "用户名或密码错误,或账号已停用", username, 400)
    start_session(request, row)  # type: ignore[arg-type]
    return redirect(safe_next(next, home_for(request, request.state.user)))


@router.post("/logout", dependencies=CSRF)
def logout(request: Request) -> Response:
    end_session(request)
    return redirect(ctx(request).urls.login())
