"""Engines, migrations and the boundary of the store package."""

import ast
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from app.store import upgrade
from app.store.db import BUSY_TIMEOUT_S, engine_url, make_engine
from app.store.schema import metadata

STORE = Path(__file__).resolve().parents[2] / "app" / "store"


@pytest.mark.parametrize(("given", "driver"), [
    ("postgresql://postgres@127.0.0.1:5432/test", "postgresql+psycopg"),
    ("postgres://u:p@db.example/shangan", "postgresql+psycopg"),
    ("postgresql+psycopg://u@db.example/shangan", "postgresql+psycopg"),
    ("sqlite:///instance/shangan.sqlite", "sqlite"),
])
def test_engine_url_moves_plain_postgresql_to_psycopg3(given, driver):
    assert engine_url(given).drivername == driver


def test_sqlite_engine_creates_its_folder_and_uses_wal_with_a_busy_timeout(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'instance' / 'shangan.sqlite'}")
    try:
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_S * 1000
    finally:
        engine.dispose()
    assert (tmp_path / "instance").is_dir()


def test_upgrade_creates_exactly_the_cases_table_and_can_run_twice(db_url):
    upgrade(db_url)
    upgrade(db_url)
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            found = inspect(connection)
            assert set(found.get_table_names()) == {"cases", "alembic_version"}
            assert [c["name"] for c in found.get_columns("cases")] == [
                "lookup", "salt", "nonce", "ciphertext", "version", "created_at", "updated_at", "epoch"]
            assert found.get_pk_constraint("cases")["constrained_columns"] == ["lookup"]
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0002"
    finally:
        engine.dispose()


def test_migrated_database_matches_the_schema_module(db_url):
    upgrade(db_url)
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, metadata) == []
    finally:
        engine.dispose()


def test_lookup_is_unique(db_url):
    upgrade(db_url)
    engine = make_engine(db_url)
    row = ("ab" * 32, b"s", b"n", b"c", 1, "2026-11-29 08:00:00+00:00", "2026-11-29 08:00:00+00:00")
    insert = text("INSERT INTO cases (lookup, salt, nonce, ciphertext, version, created_at, updated_at) "
                  "VALUES (:l, :s, :n, :c, :v, :a, :u)")
    params = dict(zip("lsncvau", row, strict=True))
    try:
        with engine.begin() as connection:
            connection.execute(insert, params)
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(insert, params)
    finally:
        engine.dispose()


def test_store_package_never_imports_flask():
    for path in STORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not [n for n in names if n.split(".")[0].startswith("flask")], path
