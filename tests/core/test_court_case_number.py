"""Reading a 案号 (court-stage §6.3): parts, the kind of proceeding, and a mismatch with the paper."""

from __future__ import annotations

import pytest

from app.core.court.case_number import (
    CaseNumber,
    CourtLevel,
    Proceeding,
    Reading,
    Status,
    kind_mismatch,
    parse,
    read,
)
from app.core.court.papers import PaperKind


@pytest.mark.parametrize(("text", "expected"), [
    ("(2026)京0105民初12345号", (2026, "京0105", CourtLevel.BASIC, "民初", 12345, Proceeding.CIVIL_FIRST_INSTANCE)),
    ("（2021）川0104民诉前调801号", (2021, "川0104", CourtLevel.BASIC, "民诉前调", 801, Proceeding.PRE_SUIT_MEDIATION)),
    ("〔2020〕沪0117执2263号", (2020, "沪0117", CourtLevel.BASIC, "执", 2263, Proceeding.ENFORCEMENT)),
    (" ( 2024 ) 浙02 民诉前调 595 号 ", (2024, "浙02", CourtLevel.INTERMEDIATE, "民诉前调", 595,
                                       Proceeding.PRE_SUIT_MEDIATION)),
    ("（２０２６）京０１０５执恢１２号", (2026, "京0105", CourtLevel.BASIC, "执恢", 12, Proceeding.ENFORCEMENT)),
    ("(2026)京民初1号", (2026, "京", CourtLevel.HIGH, "民初", 1, Proceeding.CIVIL_FIRST_INSTANCE)),
    ("(2026)最高法民终1号", (2026, "最高法", CourtLevel.SUPREME, "民终", 1, Proceeding.UNKNOWN)),
    ("(2026)京01民终5号", (2026, "京01", CourtLevel.INTERMEDIATE, "民终", 5, Proceeding.UNKNOWN)),
    ("(2026)京0105民督123号", (2026, "京0105", CourtLevel.BASIC, "民督", 123, Proceeding.UNKNOWN)),
    ("(2026)京0105民初12345", (2026, "京0105", CourtLevel.BASIC, "民初", 12345, Proceeding.CIVIL_FIRST_INSTANCE)),
])
def test_a_case_number_is_read_into_its_parts(text, expected):
    number = parse(text)
    assert number is not None
    assert (number.year, number.court, number.level, number.type_code, number.sequence, number.proceeding) == expected


@pytest.mark.parametrize("text", ["", "abc", "2026京0105民初12345号", "(2026)京0105民初号", "(26)京0105民初1号",
                                  "(2026)京010民初1号", "(2026)0105民初1号", "(2026)京0105民初1号 请转账"])
def test_anything_else_is_not_a_case_number(text):
    assert parse(text) is None


def test_only_the_types_the_reference_explains_are_named_and_each_rests_on_its_item():
    assert parse("(2021)川0104民诉前调801号").item == "ct_case_no_pre_mediation"
    assert parse("(2026)京0105民初1号").item == "ct_case_number_format"
    assert parse("(2026)京0105民督1号").proceeding is Proceeding.UNKNOWN       # court-stage §9 item 8


@pytest.mark.parametrize(("kind", "text", "mismatch"), [
    (PaperKind.SUMMONS, "(2021)川0104民诉前调801号", True),          # mediation, not yet a lawsuit
    (PaperKind.PRE_SUIT_MEDIATION, "(2021)川0104民诉前调801号", False),
    (PaperKind.COMPLAINT, "(2026)京0105民初1号", False),
    (PaperKind.ENFORCEMENT_NOTICE, "(2026)京0105民初1号", True),
    (PaperKind.JUDGMENT, "(2020)沪0117执2263号", True),
    (PaperKind.CONSUMPTION_RESTRICTION, "(2020)沪0117执2263号", False),
    (PaperKind.PAYMENT_ORDER, "(2026)京0105民督1号", False),          # an unexplained type: no verdict
    (PaperKind.LAWYER_LETTER, "(2026)京0105民初1号", False),          # a letter may quote a number
])
def test_a_paper_the_numbered_proceeding_does_not_send_is_a_mismatch(kind, text, mismatch):
    assert kind_mismatch(kind, parse(text)) is mismatch
    assert read(kind, text).mismatch is mismatch


def test_reading_gives_codes_never_an_exception():
    assert read(PaperKind.SUMMONS, "  ").status is Status.NONE
    assert read(PaperKind.SUMMONS, "您的案件已立案") == Reading(Status.UNREADABLE)
    reading = read(PaperKind.SUMMONS, "(2026)京0105民初12345号")
    assert reading.status is Status.READ and isinstance(reading.number, CaseNumber) and not reading.mismatch
