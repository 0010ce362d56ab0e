"""Fixtures for the case store: every storage test runs on SQLite and on a real PostgreSQL.

PostgreSQL comes from TEST_DATABASE_URL (default below). Each PostgreSQL test migrates into a
schema of its own, chosen through the connection's search_path and dropped afterwards, so runs
never see each other's rows. If PostgreSQL does not answer the tests fail, unless
SHANGAN_ALLOW_NO_POSTGRES=1 is set, in which case they are skipped.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.exc import OperationalError

from app.store import CaseStore, upgrade
from app.store.db import engine_url

DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
START = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)
LOOKUP_SECRET = b"store-tests-lookup-secret"


class FakeClock:
    """An aware UTC clock that moves only when told."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """The PostgreSQL server URL, once it has answered; fails (or skips, if allowed) otherwise."""
    url = os.environ.get("TEST_DATABASE_URL", DEFAULT_POSTGRES)
    problem = _postgres_problem(url)
    if problem is None:
        return url
    shown = engine_url(url).render_as_string(hide_password=True)
    message = f"PostgreSQL at {shown} does not answer: {problem}"
    if os.environ.get("SHANGAN_ALLOW_NO_POSTGRES") == "1":
        pytest.skip(f"{message} (skipped: SHANGAN_ALLOW_NO_POSTGRES=1)")
    pytest.fail(f"{message}\nStart PostgreSQL (`make` does), point TEST_DATABASE_URL at one, "
                "or set SHANGAN_ALLOW_NO_POSTGRES=1 to skip the PostgreSQL runs.", pytrace=False)


def _postgres_problem(url: str) -> str | None:
    """None if PostgreSQL at `url` runs a query within 5 seconds, else why not."""
    probe = create_engine(engine_url(url), connect_args={"connect_timeout": 5})
    try:
        with probe.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError as exc:
        return " ".join(str(exc.orig).split())
    finally:
        probe.dispose()
    return None


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a fresh SQLite file, or a fresh PostgreSQL schema dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'instance' / 'shangan.sqlite'}"
        return
    server = engine_url(request.getfixturevalue("postgres_url"))
    schema = f"store_test_{secrets.token_hex(6)}"
    admin = create_engine(server)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        scoped = server.update_query_dict({"options": f"-csearch_path={schema}"})
        yield scoped.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def store(db_url: str, clock: FakeClock) -> Iterator[CaseStore]:
    """A migrated, empty store on the parametrised backend."""
    upgrade(db_url)
    case_store = CaseStore(db_url, lookup_secret=LOOKUP_SECRET, clock=clock)
    yield case_store
    case_store.close()


@pytest.fixture
def raw_bytes(store: CaseStore) -> Callable[[], bytes]:
    return lambda: _stored_bytes(store)


@pytest.fixture
def rows(store: CaseStore) -> Callable[[], list[tuple]]:
    return lambda: _row_snapshot(store)


def _stored_bytes(store: CaseStore) -> bytes:
    """Everything the database holds for us: the SQLite files as on disk, or for PostgreSQL
    every value of every table in the test's schema, bytea as raw bytes and the rest as text."""
    url = store.engine.url
    if url.get_backend_name() == "sqlite":
        files = [Path(url.database), Path(f"{url.database}-wal")]
        return b"".join(path.read_bytes() for path in files if path.exists())
    chunks = []
    with store.engine.connect() as connection:
        for table in inspect(connection).get_table_names():
            for row in connection.execute(select(text("*")).select_from(text(f'"{table}"'))):
                chunks += [v if isinstance(v, bytes) else str(v).encode() for v in row]
    return b"\x00".join(chunks)


def _row_snapshot(store: CaseStore) -> list[tuple]:
    """All rows of `cases`, sorted, to show that a refused operation changed nothing."""
    with store.engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM cases ORDER BY lookup")).all()
    return [tuple(row) for row in rows]
