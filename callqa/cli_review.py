"""Review workbench commands: ``callqa serve`` and ``callqa users add|passwd|disable|enable|list``.

Registered by ``callqa.cli._register_extensions``. Help and messages in English;
the workbench itself is Chinese.
"""
from __future__ import annotations

import ipaddress
import sys
from typing import Optional

import typer

from callqa.cli_common import settings_or_exit as _settings
from callqa.settings import Settings

ConfigOpt = typer.Option(None, "--config", help="TOML configuration file (see README).")
DbOpt = typer.Option(None, "--db", help="DuckDB file (default: var/callqa.duckdb).")
StdinOpt = typer.Option(False, "--password-stdin",
                        help="Read the password from the first line of stdin (for scripts).")

users_app = typer.Typer(no_args_is_help=True, help=(
    "Manage workbench users. Roles: inspector, trainer, team_lead (needs --team), admin."))


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    from review.auth import MIN_PASSWORD_LENGTH
    if len(password) < MIN_PASSWORD_LENGTH:
        typer.echo(f"error: the password needs at least {MIN_PASSWORD_LENGTH} characters",
                   err=True)
        raise typer.Exit(2)
    return password


def _write(settings: Settings, fn) -> None:  # noqa: ANN001
    from warehouse import db as wdb
    from warehouse.review_store import ReviewError

    try:
        with wdb.connect(settings.database) as con:
            con.execute("BEGIN TRANSACTION")
            try:
                fn(con)
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
    except ReviewError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(1)
    except wdb.WarehouseError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)


@users_app.command("add")
def users_add(
    username: str = typer.Argument(..., help="Login name (letters, digits, . _ -)."),
    role: str = typer.Option(..., "--role", help="inspector | trainer | team_lead | admin."),
    team: list[str] = typer.Option([], "--team", help="Team a team lead may see (repeatable)."),
    name: Optional[str] = typer.Option(None, "--name", help="Display name (e.g. 张质检)."),
    password_stdin: bool = StdinOpt,
    db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt,
) -> None:
    """Create a user (asks for the password twice unless --password-stdin)."""
    from review.auth import hash_password
    from warehouse import review_store

    settings = _settings(config, db_path=db)
    hashed = hash_password(_read_password(password_stdin))
    _write(settings, lambda con: review_store.add_user(con, username, role, hashed, name, team))
    typer.echo(f"user {username} added ({role}{': ' + ', '.join(team) if team else ''})")


@users_app.command("passwd")
def users_passwd(username: str = typer.Argument(...), password_stdin: bool = StdinOpt,
                 db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt) -> None:
    """Set a new password; the user's open sessions end."""
    from review.auth import hash_password
    from warehouse import review_store

    settings = _settings(config, db_path=db)
    hashed = hash_password(_read_password(password_stdin))
    _write(settings, lambda con: review_store.set_password(con, username, hashed))
    typer.echo(f"password of {username} changed")


@users_app.command("disable")
def users_disable(username: str = typer.Argument(...), db: Optional[str] = DbOpt,
                  config: Optional[str] = ConfigOpt) -> None:
    """Disable a user at once (open sessions end; the history stays)."""
    from warehouse import review_store

    _write(_settings(config, db_path=db),
           lambda con: review_store.set_active(con, username, False))
    typer.echo(f"user {username} disabled")


@users_app.command("enable")
def users_enable(username: str = typer.Argument(...), db: Optional[str] = DbOpt,
                 config: Optional[str] = ConfigOpt) -> None:
    """Re-enable a disabled user."""
    from warehouse import review_store

    _write(_settings(config, db_path=db),
           lambda con: review_store.set_active(con, username, True))
    typer.echo(f"user {username} enabled")


@users_app.command("list")
def users_list(db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt) -> None:
    """List users (name, role, teams, active)."""
    from warehouse import db as wdb
    from warehouse import review_store

    settings = _settings(config, db_path=db)
    with wdb.connect(settings.database) as con:
        users = review_store.list_users(con)
    for u in users:
        state = "active" if u["active"] else "disabled"
        typer.echo(f"{u['username']:<16} {u['role']:<10} {state:<9} {','.join(u['teams'])}")


def serve(
    host: Optional[str] = typer.Option(None, "--host", help="Listen address (default 127.0.0.1)."),
    port: Optional[int] = typer.Option(None, "--port", help="Port (default 8000)."),
    db: Optional[str] = DbOpt,
    recordings: Optional[str] = typer.Option(None, "--recordings",
                                             help="Recordings root audio is served from."),
    config: Optional[str] = ConfigOpt,
) -> None:
    """Start the review workbench (web, Chinese UI). Loopback only unless --host says otherwise."""
    settings = _settings(config, db_path=db, recordings_root=recordings,
                         **{"review.host": host, "review.port": port})
    from callqa.logs import setup_logging
    log_file = setup_logging(settings.log_dir, settings.log_level, "review")
    import logging

    import uvicorn

    review_log = logging.getLogger("review")      # the web package logs like the others
    for handler in logging.getLogger("callqa").handlers:
        review_log.addHandler(handler)
    review_log.setLevel(settings.log_level.upper())
    review_log.propagate = False

    from review.app import create_app, warm_up

    h = settings.review.host
    try:
        loopback = ipaddress.ip_address(h).is_loopback
    except ValueError:
        loopback = h == "localhost"
    if not loopback:
        typer.echo(f"warning: listening on {h}, not loopback: put a TLS proxy in front and set "
                   "review.secure_cookies = true", err=True)
    app = create_app(settings)
    warm_up(app)
    typer.echo(f"callqa review workbench on http://{h}:{settings.review.port}/  "
               f"(database {settings.database}, log {log_file})")
    uvicorn.run(app, host=h, port=settings.review.port, log_level="warning",
                proxy_headers=False, server_header=False)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.add_typer(users_app, name="users")
