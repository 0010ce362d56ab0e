"""CaseStore on SQLite and PostgreSQL: `touch` restarts the expiry clock; a rich case round-trips
exactly and leaves none of its personal text in the database."""

import json
from datetime import timedelta

from sqlalchemy import select

from app.core.case import case_from_data, case_to_data
from app.store import lookup_for
from app.store.schema import cases
from tests.rich_case import PERSONAL, make_rich_case


def encode(case) -> bytes:
    return json.dumps(case_to_data(case), ensure_ascii=False, separators=(",", ":")).encode()


def decode(plaintext: bytes):
    return case_from_data(json.loads(plaintext))


def stored_row(store, lookup):
    with store.engine.connect() as connection:
        return connection.execute(select(cases).where(cases.c.lookup == store.row_id(lookup))).one()


def test_touch_moves_updated_at_only(store, clock):
    code, key, _ = store.create(b'{"a": 1}')
    lookup = lookup_for(code)
    before = stored_row(store, lookup)
    clock.advance(days=80)
    assert store.touch(lookup) is True
    after = stored_row(store, lookup)
    assert after.updated_at == before.updated_at + timedelta(days=80)
    assert (after.created_at, after.version, after.nonce, after.ciphertext, after.salt) == \
        (before.created_at, before.version, before.nonce, before.ciphertext, before.salt)
    assert store.load(lookup, key) == (b'{"a": 1}', 1)


def test_touched_case_survives_the_purge_that_takes_an_untouched_one(store, clock):
    touched_code, _, _ = store.create(b'{"t": 1}')
    idle_code, _, _ = store.create(b'{"i": 1}')
    clock.advance(days=85)
    store.touch(lookup_for(touched_code))
    clock.advance(days=10)
    assert store.purge(clock() - timedelta(days=90)) == 1
    assert store.open(touched_code)[1:] == (b'{"t": 1}', 1)
    assert store.touch(lookup_for(idle_code)) is False


def test_touch_of_an_unknown_lookup_changes_nothing(store, rows):
    store.create(b"{}")
    before = rows()
    assert store.touch("ab" * 32) is False
    assert rows() == before


def test_rich_case_round_trips_exactly_through_save_and_load(store):
    rich = make_rich_case()
    code, key, _ = store.create(encode(rich))
    lookup = lookup_for(code)
    assert decode(store.load(lookup, key)[0]) == rich
    assert store.save(lookup, key, encode(rich), 1) == 2
    reopened_key, plaintext, version = store.open(code)
    assert (reopened_key, version) == (key, 2)
    assert decode(plaintext) == rich
    assert len(rich.debts) == 20 and len(rich.incidents) == 50


def test_rich_case_leaves_none_of_its_personal_text_in_the_database(store, raw_bytes):
    code, key, _ = store.create(encode(make_rich_case()))
    store.save(lookup_for(code), key, encode(make_rich_case()), 1)
    raw = raw_bytes()
    assert store.row_id(lookup_for(code)).encode() in raw and lookup_for(code).encode() not in raw
    for label, secret in PERSONAL.items():
        for form in (secret.encode(), json.dumps(secret)[1:-1].encode(), secret.encode("utf-16-le")):
            assert form not in raw, label
