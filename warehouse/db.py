"""Opening the DuckDB file: migrations applied once, lock conflicts retried.

DuckDB allows one writing process per file. Connections here are short-lived and
a "could not set lock" error is retried with backoff, so the nightly flow, the
weekly report and the review UI take turns instead of failing.
"""
from __future__ import annotations

import logging
import random
import time
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Callable, Iterator, TypeVar

import duckdb

log = logging.getLogger(__name__)

LOCK_RETRY_S = 60.0

T = TypeVar("T")


class WarehouseError(RuntimeError):
    pass


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every migration file, in order."""
    out = []
    for entry in resources.files("warehouse.migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            out.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    return sorted(out)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute("SELECT count(*) FROM information_schema.tables "
                         "WHERE table_name = 'schema_version'").fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply pending migrations, each in its own transaction; returns the new version."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                "name VARCHAR, applied_at TIMESTAMPTZ DEFAULT current_timestamp)")
    applied = {v for (v,) in con.execute("SELECT version FROM schema_version").fetchall()}
    current = max(applied, default=0)
    for version, name, sql in migrations():
        if version in applied:    # by set, not by max: a later-numbered one may land first
            continue
        log.info("applying warehouse migration %s", name)
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [version, name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        current = max(current, version)
    return current


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("conflicting" in text or "could not set" in text)


def _retry_on_lock(open_fn: Callable[[], T], path: Path, retry_s: float) -> T:
    """Call ``open_fn`` until it gets past another process's lock on ``path``.

    Backoff doubles from 50 ms to 2 s with jitter, so two waiting processes do not
    retry in step; after ``retry_s`` the lock error is raised as ``WarehouseError``.
    """
    deadline = time.monotonic() + retry_s
    delay = 0.05
    while True:
        try:
            return open_fn()
        except duckdb.IOException as exc:
            if not _is_lock_error(exc) or time.monotonic() > deadline:
                raise WarehouseError(f"{path}: {exc}") from exc
            log.info("warehouse busy, retrying in %.2fs", delay)
            time.sleep(delay * (1 + random.random() * 0.5))
            delay = min(delay * 2, 2.0)


@contextmanager
def connect(path: str | Path, read_only: bool = False,
            retry_s: float = LOCK_RETRY_S) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the warehouse, migrated to the current schema."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.exists():
        raise WarehouseError(f"{path}: database not found (run 'callqa run' first)")
    con = _retry_on_lock(lambda: duckdb.connect(str(path), read_only=read_only), path, retry_s)
    try:
        if not read_only:
            migrate(con)
        yield con
    finally:
        con.close()


@contextmanager
def attached(con: duckdb.DuckDBPyConnection, path: str | Path, alias: str = "wh",
             retry_s: float = LOCK_RETRY_S) -> Iterator[str]:
    """Attach the warehouse read-only to ``con`` (e.g. an in-memory database) and detach
    it on exit, so a reader copies what it needs and releases the file lock quickly.

    A file with an older schema is first migrated by a short write connection, so the
    views of the current schema exist. Yields the alias.
    """
    path = Path(path)
    if not path.exists():
        raise WarehouseError(f"{path}: database not found (run 'callqa run' first)")
    sql = f"ATTACH '{_sql_str(path)}' AS {alias} (READ_ONLY)"
    _retry_on_lock(lambda: con.execute(sql), path, retry_s)
    if _attached_versions(con, alias) != {v for v, _, _ in migrations()}:
        con.execute(f"DETACH {alias}")
        with connect(path, retry_s=retry_s):
            pass
        _retry_on_lock(lambda: con.execute(sql), path, retry_s)
    try:
        yield alias
    finally:
        con.execute(f"DETACH {alias}")


def _attached_versions(con: duckdb.DuckDBPyConnection, alias: str) -> set[int]:
    exists = con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = ? "
                         "AND table_name = 'schema_version'", [alias]).fetchone()[0]
    if not exists:
        return set()
    return {v for (v,) in con.execute(f"SELECT version FROM {alias}.schema_version").fetchall()}


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")
