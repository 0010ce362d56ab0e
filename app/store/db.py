"""Engines for the case store: SQLite by default, PostgreSQL when DATABASE_URL says so.

SQLite runs in WAL mode (readers never block the writer) with a busy timeout, so several worker
processes on one machine can share the file. PostgreSQL URLs are moved to the psycopg 3 driver,
which is the one installed: `postgresql://` and Heroku-style `postgres://` both work.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

BUSY_TIMEOUT_S = 10
_PG_DRIVER = "postgresql+psycopg"


def engine_url(url: str) -> URL:
    """`url` parsed, with plain PostgreSQL schemes pointed at psycopg 3."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        return parsed.set(drivername=_PG_DRIVER)
    return parsed


def make_engine(url: str) -> Engine:
    """An engine for `url`; for a SQLite file, its folder is created and WAL switched on."""
    parsed = engine_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_S})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.execute("PRAGMA journal_mode=WAL")
    dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
