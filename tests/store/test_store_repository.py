"""CaseStore on SQLite and PostgreSQL: round trips, conflicts, refusals, deletion, purge, secrecy."""

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select, text

from app.store import CodeError, NotFound, StaleVersion, Tampered, crypto, lookup_for, new_code
from app.store.schema import cases

SECRETS = {
    "name": "张伟明",
    "phone": "13812345678",
    "id_number": "11010519850307123X",
    "creditor": "招商银行信用卡中心",
    "narrative": "2025年3月公司倒闭后我失业了，母亲住院，每月只能还五百元。",
    "english": "Zhang Weiming lost his job at Shenzhen Widget Factory",
}
CASE = json.dumps(SECRETS, ensure_ascii=False).encode()


def timestamps(store, lookup):
    with store.engine.connect() as connection:
        row = connection.execute(select(cases.c.created_at, cases.c.updated_at)
                                 .where(cases.c.lookup == store.row_id(lookup))).one()
    return tuple(row)


def tamper(store, lookup, column, value):
    with store.engine.begin() as connection:
        connection.execute(cases.update().where(cases.c.lookup == store.row_id(lookup)).values({column: value}))


def test_create_open_load_save_round_trip(store):
    code, key, version = store.create(CASE)
    assert version == 1 and len(key) == 32
    assert store.open(code) == (key, CASE, 1)
    assert store.open(code.lower().replace("-", " ")) == (key, CASE, 1)
    lookup = lookup_for(code)
    assert store.load(lookup, key) == (CASE, 1)
    assert store.save(lookup, key, b'{"step": 2}', expected_version=1) == 2
    assert store.load(lookup, key) == (b'{"step": 2}', 2)
    assert store.open(code) == (key, b'{"step": 2}', 2)


def test_timestamps_are_utc_and_save_touches_updated_at_only(store, clock):
    code, key, _ = store.create(CASE)
    lookup = lookup_for(code)
    start = clock()
    assert timestamps(store, lookup) == (start, start)
    clock.advance(days=3)
    store.save(lookup, key, b"{}", 1)
    created_at, updated_at = timestamps(store, lookup)
    assert (created_at, updated_at) == (start, start + timedelta(days=3))
    assert updated_at.tzinfo is not None and updated_at.utcoffset() == timedelta(0)


def test_stale_save_is_refused_with_the_newer_data_and_overwrites_nothing(store, rows):
    code, key, _ = store.create(CASE)
    lookup = lookup_for(code)
    store.save(lookup, key, b'{"by": "volunteer"}', 1)
    before = rows()
    with pytest.raises(StaleVersion) as caught:
        store.save(lookup, key, b'{"by": "debtor"}', 1)
    assert (caught.value.plaintext, caught.value.version) == (b'{"by": "volunteer"}', 2)
    assert rows() == before
    assert store.load(lookup, key) == (b'{"by": "volunteer"}', 2)


def test_a_save_landing_between_read_and_write_is_refused_by_the_version_guard(store, monkeypatch):
    code, key, _ = store.create(CASE)
    lookup = lookup_for(code)
    store.save(lookup, key, b'{"by": "other tab"}', 1)
    real_load, reads = store.load, []

    def load_seeing_version_1_first(lookup, key, epoch=None):     # as if the other save came just after our read
        reads.append(lookup)
        return (CASE, 1) if len(reads) == 1 else real_load(lookup, key, epoch)

    monkeypatch.setattr(store, "load", load_seeing_version_1_first)
    with pytest.raises(StaleVersion) as caught:
        store.save(lookup, key, b'{"by": "this tab"}', 1)
    assert (caught.value.plaintext, caught.value.version) == (b'{"by": "other tab"}', 2)
    assert real_load(lookup, key) == (b'{"by": "other tab"}', 2)


def test_unknown_code_is_not_found_with_a_fixed_message_after_the_same_kdf_work(store, monkeypatch, rows):
    store.create(CASE)
    before = rows()
    derivations = []
    real_derive = crypto.derive_key
    monkeypatch.setattr(crypto, "derive_key", lambda code, salt: derivations.append(code)
                        or real_derive(code, salt))
    unknown = new_code()
    with pytest.raises(NotFound) as caught:
        store.open(unknown)
    assert str(caught.value) == NotFound.MESSAGE == "no case for this code"
    assert derivations == [unknown]
    assert rows() == before


def test_malformed_code_raises_code_error_and_changes_nothing(store, rows):
    store.create(CASE)
    before = rows()
    with pytest.raises(CodeError) as caught:
        store.open("K7QF-M2XA-0000")
    assert caught.value.code == "malformed"
    assert rows() == before


def test_unknown_lookup_is_not_found_for_load_and_save(store, rows):
    _, key, _ = store.create(CASE)
    before = rows()
    with pytest.raises(NotFound):
        store.load("00" * 32, key)
    with pytest.raises(NotFound):
        store.save("00" * 32, key, b"{}", 1)
    assert rows() == before


def flip_first_byte(data: bytes) -> bytes:
    return bytes([data[0] ^ 0x01]) + bytes(data[1:])


@pytest.mark.parametrize(("column", "change"), [
    ("ciphertext", flip_first_byte),      # a bit of the ciphertext or tag changed
    ("version", lambda version: version + 1),   # version bumped: the AAD no longer matches
    ("nonce", lambda nonce: bytes(12)),   # nonce replaced
])
def test_tampered_row_raises_tampered_everywhere_and_is_not_overwritten(store, rows, column, change):
    code, key, _ = store.create(CASE)
    lookup = lookup_for(code)
    current = dict(zip(["lookup", "salt", "nonce", "ciphertext", "version"], rows()[0], strict=False))
    tamper(store, lookup, column, change(current[column]))
    before = rows()
    with pytest.raises(Tampered):
        store.open(code)
    with pytest.raises(Tampered):
        store.load(lookup, key)
    with pytest.raises(Tampered):
        store.save(lookup, key, b"{}", before[0][4])
    assert rows() == before


def test_replaced_salt_stops_the_code_opening_the_case(store, rows):
    code, _, _ = store.create(CASE)
    tamper(store, lookup_for(code), "salt", bytes(16))
    before = rows()
    with pytest.raises(Tampered):
        store.open(code)
    assert rows() == before


def test_rolling_back_ciphertext_under_a_newer_version_is_detected(store, rows):
    code, key, _ = store.create(CASE)
    lookup = lookup_for(code)
    old_nonce, old_ciphertext = rows()[0][2:4]
    store.save(lookup, key, b'{"paid": true}', 1)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE cases SET nonce = :n, ciphertext = :c WHERE lookup = :l"),
                           {"n": old_nonce, "c": old_ciphertext, "l": store.row_id(lookup)})
    with pytest.raises(Tampered):
        store.load(lookup, key)


def test_ciphertext_moved_to_another_row_does_not_open(store, rows):
    code_a, _, _ = store.create(b'{"case": "A"}')
    code_b, key_b, _ = store.create(b'{"case": "B"}')
    row_a = next(row for row in rows() if row[0] == store.row_id(lookup_for(code_a)))
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE cases SET salt = :s, nonce = :n, ciphertext = :c WHERE lookup = :l"),
                           {"s": row_a[1], "n": row_a[2], "c": row_a[3], "l": store.row_id(lookup_for(code_b))})
    with pytest.raises(Tampered):
        store.open(code_b)
    with pytest.raises(Tampered):
        store.load(lookup_for(code_b), key_b)


def test_wrong_key_cannot_overwrite_a_case(store, rows):
    code, key, _ = store.create(CASE)
    before = rows()
    with pytest.raises(Tampered):
        store.save(lookup_for(code), bytes(32), b'{"evil": 1}', 1)
    assert rows() == before
    assert store.open(code) == (key, CASE, 1)


def test_delete_removes_the_case_at_once(store):
    code, key, _ = store.create(CASE)
    kept_code, kept_key, _ = store.create(b'{"other": "case"}')
    assert store.delete(lookup_for(code)) is True
    with pytest.raises(NotFound):
        store.open(code)
    with pytest.raises(NotFound):
        store.load(lookup_for(code), key)
    assert store.delete(lookup_for(code)) is False
    assert store.open(kept_code) == (kept_key, b'{"other": "case"}', 1)


def test_purge_deletes_only_cases_not_saved_since_the_cutoff(store, clock):
    stale_code, _, _ = store.create(b'{"age": "old"}')
    busy_code, busy_key, _ = store.create(b'{"age": "old but saved"}')
    clock.advance(days=60)
    fresh_code, _, _ = store.create(b'{"age": "new"}')
    clock.advance(days=30)
    store.save(lookup_for(busy_code), busy_key, b'{"age": "saved at day 90"}', 1)
    clock.advance(days=10)

    assert store.purge(clock() - timedelta(days=90)) == 1

    with pytest.raises(NotFound):
        store.open(stale_code)
    assert store.open(busy_code)[1:] == (b'{"age": "saved at day 90"}', 2)
    assert store.open(fresh_code)[1:] == (b'{"age": "new"}', 1)
    assert store.purge(clock() - timedelta(days=90)) == 0


def test_purge_refuses_a_naive_cutoff(store):
    with pytest.raises(ValueError, match="naive"):
        store.purge(datetime(2026, 1, 1))


def test_purge_compares_instants_whatever_the_cutoff_zone(store, clock):
    created = clock()
    store.create(CASE)                                      # 08:00 UTC = 16:00 in Beijing
    shanghai = created.astimezone(ZoneInfo("Asia/Shanghai"))
    assert store.purge(shanghai - timedelta(minutes=1)) == 0
    assert store.purge(shanghai + timedelta(minutes=1)) == 1


def test_database_holds_none_of_the_personal_text_nor_the_code_or_key(store, raw_bytes):
    code, key, _ = store.create(CASE)
    store.save(lookup_for(code), key, CASE + b" ", 1)
    raw = raw_bytes()
    assert store.row_id(lookup_for(code)).encode() in raw   # the dump does see our row,
    assert lookup_for(code).encode() not in raw             # under the keyed id only
    for label, secret in SECRETS.items():
        for form in (secret.encode(), json.dumps(secret)[1:-1].encode(), secret.encode("gb18030")):
            assert form not in raw, label
    for form in (code, code.replace("-", ""), code.lower()):
        assert form.encode() not in raw
    assert key not in raw and key.hex().encode() not in raw


def test_an_interrupted_save_leaves_the_previous_version_intact(store):
    code, key, _ = store.create(CASE)
    lookup = lookup_for(code)

    def fail_after_update(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("UPDATE"):
            raise RuntimeError("power cut inside the transaction")

    event.listen(store.engine, "after_cursor_execute", fail_after_update)
    with pytest.raises(RuntimeError, match="power cut"):
        store.save(lookup, key, b'{"half": "written"}', 1)
    event.remove(store.engine, "after_cursor_execute", fail_after_update)

    assert store.load(lookup, key) == (CASE, 1)
    assert store.save(lookup, key, b'{"whole": "written"}', 1) == 2


def test_of_two_simultaneous_saves_from_one_version_exactly_one_wins(store):
    code, key, _ = store.create(CASE)
    lookup = lookup_for(code)
    for round_number in range(1, 6):
        start = threading.Barrier(2)

        def save(body, start=start, version=round_number):
            start.wait()
            try:
                return store.save(lookup, key, body, version)
            except StaleVersion as stale:
                return stale

        with ThreadPoolExecutor(max_workers=2) as pool:
            outcomes = list(pool.map(save, [b'{"tab": 1}', b'{"tab": 2}']))
        winners = [o for o in outcomes if o == round_number + 1]
        losers = [o for o in outcomes if isinstance(o, StaleVersion)]
        assert len(winners) == 1 and len(losers) == 1, outcomes
        assert (losers[0].plaintext, losers[0].version) == store.load(lookup, key)
