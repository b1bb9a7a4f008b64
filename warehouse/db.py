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
from typing import Iterator

import duckdb

log = logging.getLogger(__name__)

LOCK_RETRY_S = 60.0


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
    current = schema_version(con)
    for version, name, sql in migrations():
        if version <= current:
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
        current = version
    return current


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("conflicting" in text or "could not set" in text)


@contextmanager
def connect(path: str | Path, read_only: bool = False,
            retry_s: float = LOCK_RETRY_S) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the warehouse, migrated to the current schema."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.exists():
        raise WarehouseError(f"{path}: database not found (run 'callqa run' first)")
    deadline = time.monotonic() + retry_s
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if not _is_lock_error(exc) or time.monotonic() > deadline:
                raise WarehouseError(f"{path}: {exc}") from exc
            log.info("warehouse busy, retrying in %.2fs", delay)
            time.sleep(delay * (1 + random.random() * 0.5))
            delay = min(delay * 2, 2.0)
    try:
        if not read_only:
            migrate(con)
        yield con
    finally:
        con.close()
