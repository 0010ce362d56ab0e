"""Key derivation, lookup and sealing, without a database."""

import hashlib
import hmac

import pytest

from app.store import Tampered, crypto, lookup_for

CODE = "K7QF-M2XA-9RTD-W4PB-HN3C"
OTHER_CODE = "K7QF-M2XA-9RTD-W4PB-HN3D"
KEY = bytes(range(32))
LOOKUP = lookup_for(CODE)


def test_lookup_is_a_labelled_hmac_of_the_compact_code_never_the_code():
    expected = hmac.new(b"shangan/case-lookup/v1", b"K7QFM2XA9RTDW4PBHN3C", hashlib.sha256).hexdigest()
    assert LOOKUP == expected
    assert LOOKUP != hashlib.sha256(b"K7QFM2XA9RTDW4PBHN3C").hexdigest()
    assert "K7QF" not in LOOKUP.upper()


def test_lookup_is_the_same_however_the_code_was_typed_and_differs_between_codes():
    assert lookup_for("k7qf m2xa 9rtd w4pb hn3c") == LOOKUP
    assert lookup_for(OTHER_CODE) != LOOKUP


def test_key_is_scrypt_of_the_code_with_the_case_salt():
    salt = bytes(16)
    expected = hashlib.scrypt(b"K7QFM2XA9RTDW4PBHN3C", salt=salt, n=2**15, r=8, p=1,
                              maxmem=64 * 1024 * 1024, dklen=32)
    assert crypto.derive_key(CODE.lower(), salt) == expected
    assert crypto.derive_key(CODE, b"\x01" * 16) != expected
    assert len(crypto.new_salt()) == 16 and crypto.new_salt() != crypto.new_salt()


def test_seal_round_trips_with_a_fresh_nonce_each_time():
    first = crypto.seal(KEY, LOOKUP, 3, "欠款".encode())
    second = crypto.seal(KEY, LOOKUP, 3, "欠款".encode())
    assert len(first[0]) == 12 and first[0] != second[0] and first[1] != second[1]
    assert crypto.unseal(KEY, LOOKUP, 3, *first) == "欠款".encode()


@pytest.mark.parametrize("plaintext", [b"", b"\x00", b"\x80", b"x" * 1023, b"y\x80\x00" * 700])
def test_padding_hides_small_length_differences_and_round_trips(plaintext):
    nonce, ciphertext = crypto.seal(KEY, LOOKUP, 1, plaintext)
    assert (len(ciphertext) - 16) % 1024 == 0
    assert crypto.unseal(KEY, LOOKUP, 1, nonce, ciphertext) == plaintext


@pytest.mark.parametrize("change", [
    {"lookup": lookup_for(OTHER_CODE)},   # ciphertext moved to another row
    {"version": 2},                       # paired with another version number
    {"key": bytes(32)},                   # wrong key
    {"key": b"short"},                    # not a key at all
])
def test_unseal_refuses_another_row_version_or_key(change):
    nonce, ciphertext = crypto.seal(KEY, LOOKUP, 1, b"{}")
    args = {"key": KEY, "lookup": LOOKUP, "version": 1} | change
    with pytest.raises(Tampered):
        crypto.unseal(args["key"], args["lookup"], args["version"], nonce, ciphertext)


def test_unseal_refuses_a_flipped_bit():
    nonce, ciphertext = crypto.seal(KEY, LOOKUP, 1, b"{}")
    flipped = bytes([ciphertext[0] ^ 1]) + ciphertext[1:]
    with pytest.raises(Tampered):
        crypto.unseal(KEY, LOOKUP, 1, nonce, flipped)


def test_row_id_is_an_hmac_of_the_lookup_under_the_server_secret():
    expected = hmac.new(b"server secret", LOOKUP.encode(), hashlib.sha256).hexdigest()
    assert crypto.row_id(b"server secret", LOOKUP) == expected
    assert crypto.row_id(b"another secret", LOOKUP) not in (expected, LOOKUP)
    with pytest.raises(ValueError):
        crypto.row_id(b"", LOOKUP)
