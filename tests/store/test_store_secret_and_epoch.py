"""Issue 15: row ids keyed with the server's LOOKUP_SECRET (and the migration that re-keyed old
rows without knowing any code), and the session epoch that ends every other session of a case."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text

from app.store import CaseStore, NotFound, SessionEnded, StaleVersion, crypto, lookup_for, new_code, upgrade
from app.store.db import make_engine
from app.store.schema import cases
from tests.store.conftest import LOOKUP_SECRET

CASE = b'{"debts": ["\xe6\x8b\x9b\xe5\x95\x86\xe9\x93\xb6\xe8\xa1\x8c"]}'


def insert_as_revision_0001(url: str, code: str, plaintext: bytes) -> str:
    """A row exactly as 0001-era code stored it: the public lookup as the row's id."""
    lookup, salt = lookup_for(code), crypto.new_salt()
    nonce, ciphertext = crypto.seal(crypto.derive_key(code, salt), lookup, 1, plaintext)
    now = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO cases (lookup, salt, nonce, ciphertext, version, created_at, updated_at) "
                "VALUES (:l, :s, :n, :c, 1, :t, :t)"),
                {"l": lookup, "s": salt, "n": nonce, "c": ciphertext, "t": now})
    finally:
        engine.dispose()
    return lookup


def stored_ids(url: str) -> list[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return sorted(connection.execute(text("SELECT lookup FROM cases")).scalars())
    finally:
        engine.dispose()


def test_the_migration_rekeys_old_rows_so_they_still_open_and_the_public_lookup_is_gone(db_url):
    upgrade(db_url, "0001")
    codes = [new_code() for _ in range(3)]
    old_ids = [insert_as_revision_0001(db_url, code, CASE + str(i).encode()) for i, code in enumerate(codes)]
    upgrade(db_url, lookup_secret=LOOKUP_SECRET)
    assert stored_ids(db_url) == sorted(crypto.row_id(LOOKUP_SECRET, old) for old in old_ids)
    assert not set(old_ids) & set(stored_ids(db_url))
    store = CaseStore(db_url, lookup_secret=LOOKUP_SECRET)
    try:
        for i, code in enumerate(codes):
            key, plaintext, version = store.open(code)
            assert (plaintext, version) == (CASE + str(i).encode(), 1)
            assert store.load(lookup_for(code), key, 0) == (plaintext, 1)     # epoch 0 after migrating
            assert store.save(lookup_for(code), key, b"{}", 1, 0) == 2
    finally:
        store.close()


def test_the_migration_refuses_to_rekey_without_the_secret_and_changes_nothing(db_url):
    upgrade(db_url, "0001")
    old = insert_as_revision_0001(db_url, new_code(), CASE)
    with pytest.raises(RuntimeError, match="LOOKUP_SECRET"):
        upgrade(db_url)
    assert stored_ids(db_url) == [old]
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
    finally:
        engine.dispose()


def test_another_secret_finds_no_case_so_a_copied_database_alone_allows_no_guessing(store, db_url):
    code, _, _ = store.create(CASE)
    stranger = CaseStore(db_url, lookup_secret=b"not the server's secret")
    try:
        with pytest.raises(NotFound):
            stranger.open(code)
        assert stranger.stamp(lookup_for(code)) is None
    finally:
        stranger.close()
    with pytest.raises(ValueError):
        CaseStore(db_url, lookup_secret=b"")


def test_a_new_session_ends_the_older_ones_everywhere(store, rows):
    code, key, version = store.create(CASE)
    lookup = lookup_for(code)
    assert store.load(lookup, key, 0) == (CASE, 1) and store.stamp(lookup, 0) is not None
    assert store.new_session(lookup) == 1
    with pytest.raises(SessionEnded):
        store.load(lookup, key, 0)
    assert store.stamp(lookup, 0) is None
    before = rows()
    with pytest.raises(SessionEnded):
        store.save(lookup, key, b'{"by": "old cookie"}', version, 0)
    assert rows() == before
    assert store.save(lookup, key, b'{"by": "new session"}', version, 1) == 2


def test_ending_sessions_keeps_the_case_and_its_version_and_a_resume_opens_it(store, rows):
    code, key, _ = store.create(CASE)
    lookup = lookup_for(code)
    version_before = [row[4] for row in rows()]
    assert store.end_sessions(lookup) is True
    assert [row[4] for row in rows()] == version_before
    with pytest.raises(SessionEnded):
        store.load(lookup, key, 0)
    assert store.open(code)[1:] == (CASE, 1)
    assert store.new_session(lookup) == 2 and store.load(lookup, key, 2) == (CASE, 1)
    assert store.end_sessions(lookup, 0) is False             # an ended session cannot end the new one
    assert store.load(lookup, key, 2) == (CASE, 1)
    assert store.end_sessions(lookup_for(new_code())) is False
    assert store.new_session(lookup_for(new_code())) is None


def test_a_save_racing_a_closed_session_writes_nothing(store, rows, monkeypatch):
    code, key, _ = store.create(CASE)
    lookup = lookup_for(code)
    real_load = store.load

    def load_then_session_ends(lookup_, key_, epoch=None):
        found = real_load(lookup_, key_, epoch)
        store.end_sessions(lookup_)                  # quick exit elsewhere, just after our read
        monkeypatch.setattr(store, "load", real_load)
        return found

    monkeypatch.setattr(store, "load", load_then_session_ends)
    with pytest.raises((SessionEnded, StaleVersion)):
        store.save(lookup, key, b'{"late": 1}', 1, 0)
    with store.engine.connect() as connection:
        assert connection.execute(select(cases.c.version)).scalar_one() == 1


def test_flask_db_upgrade_rekeys_with_the_apps_secret_and_the_code_then_resumes(db_url):
    from app import create_app

    upgrade(db_url, "0001")
    code = new_code()
    insert_as_revision_0001(db_url, code, b'{"schema_version": 1, "case": {}}')
    app = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "DATABASE_URL": db_url,
                      "SECRET_KEY": "s", "LOOKUP_SECRET": "the app's own", "RATELIMIT_ENABLED": False})
    try:
        result = app.test_cli_runner().invoke(args=["db-upgrade"])
        assert result.exit_code == 0, result.output
        assert stored_ids(db_url) == [crypto.row_id(b"the app's own", lookup_for(code))]
        client = app.test_client()
        assert client.post("/resume", data={"code": code}).status_code == 302
        assert client.get("/debts/").status_code == 200
    finally:
        app.extensions["case_store"].close()
