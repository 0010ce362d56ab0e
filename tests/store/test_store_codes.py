"""Resume codes: enough randomness, no look-alike symbols, forgiving but strict parsing."""

import math
import re

import pytest

from app.store import CodeError, codes, new_code, normalize

CODE = "K7QF-M2XA-9RTD-W4PB-HN3C"


def test_alphabet_has_no_look_alikes_and_codes_carry_at_least_80_bits():
    assert not set("0O1IL") & set(codes.ALPHABET)
    assert len(set(codes.ALPHABET)) == len(codes.ALPHABET) == 31
    assert codes.BITS == pytest.approx(20 * math.log2(31)) and codes.BITS >= 80


def test_new_codes_are_five_groups_of_four_from_the_alphabet_and_differ():
    made = {new_code() for _ in range(200)}
    assert len(made) == 200
    allowed = re.escape(codes.ALPHABET)
    assert all(re.fullmatch(rf"[{allowed}]{{4}}(-[{allowed}]{{4}}){{4}}", code) for code in made)


@pytest.mark.parametrize("typed", [
    CODE,
    CODE.lower(),
    "k7qfm2xa9rtdw4pbhn3c",
    " K7QF M2XA 9RTD W4PB HN3C ",
    "k7qf-m2xa 9rtd—w4pb–hn3c",
    "ｋ７ｑｆ－ｍ２ｘａ－９ＲＴＤ－Ｗ４ＰＢ－ＨＮ３Ｃ",     # full-width, as a Chinese keyboard types it
    "Ｋ７ＱＦ\u3000Ｍ２ＸＡ\u3000９ＲＴＤ\u3000Ｗ４ＰＢ\u3000ＨＮ３Ｃ",   # ideographic spaces
])
def test_normalize_accepts_any_case_spacing_dashes_and_full_width(typed):
    assert normalize(typed) == CODE


@pytest.mark.parametrize("typed", [
    "",
    "K7QF-M2XA-9RTD-W4PB",               # too short
    "K7QF-M2XA-9RTD-W4PB-HN3CX",         # too long
    "K7QF-M2XA-9RTD-W4PB-HN30",          # 0 is not in the alphabet
    "K7QF-M2XA-9RTD-W4PB-HNOC",          # nor O
    "K7QF-M2XA-9RTD-W4PB-HN1C",          # nor 1, I, L
    "K7QF_M2XA_9RTD_W4PB_HN3C",          # underscores are not separators
    "上岸上岸-上岸上岸-上岸上岸-上岸上岸-上岸上岸",
])
def test_normalize_refuses_anything_else_as_malformed(typed):
    with pytest.raises(CodeError) as caught:
        normalize(typed)
    assert caught.value.code == "malformed"
    assert isinstance(caught.value, ValueError)


def test_compact_form_has_no_separators():
    assert codes.compact("k7qf m2xa-9rtd w4pb hn3c") == "K7QFM2XA9RTDW4PBHN3C"
