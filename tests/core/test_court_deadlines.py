"""Holidays as data and the court's counting rule (ct_deadline_counting), at its boundaries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.core.court import holidays
from app.core.court.deadlines import Deadline, deadlines_for, enforces_award, setaside_period_open
from app.core.court.papers import CourtPaper, PaperChannel, PaperKind


def paper(kind: PaperKind, received_on: date, **changes) -> CourtPaper:
    return replace(CourtPaper("c0000001", kind, PaperChannel.COURT_POST, received_on), **changes)


def due(kind: PaperKind, received_on: date, **changes) -> list[tuple[str, date, date | None]]:
    return [(d.code, d.due_on, d.moved_from) for d in deadlines_for(paper(kind, received_on, **changes))]


# --- the notices, day by day ------------------------------------------------------------------------

@pytest.mark.parametrize("day", [
    date(2025, 1, 1), date(2025, 1, 28), date(2025, 2, 4), date(2025, 4, 4), date(2025, 5, 5),
    date(2025, 5, 31), date(2025, 6, 2), date(2025, 10, 1), date(2025, 10, 8),
    date(2026, 1, 2), date(2026, 2, 16), date(2026, 2, 23), date(2026, 4, 6), date(2026, 5, 4),
    date(2026, 6, 19), date(2026, 9, 25), date(2026, 10, 1), date(2026, 10, 7),
])
def test_days_off_in_the_notices_are_not_working_days(day):
    assert not holidays.is_working_day(day)


@pytest.mark.parametrize("day", [
    date(2025, 1, 26), date(2025, 2, 8), date(2025, 4, 27), date(2025, 9, 28), date(2025, 10, 11),
    date(2026, 1, 4), date(2026, 2, 14), date(2026, 2, 28), date(2026, 5, 9), date(2026, 9, 20), date(2026, 10, 10),
])
def test_adjusted_working_days_are_weekend_days_that_are_working_days(day):
    assert day.weekday() >= 5 and holidays.is_working_day(day)


def test_ordinary_days_and_weekends_and_the_days_around_a_block():
    assert holidays.is_working_day(date(2026, 2, 13)) and holidays.is_working_day(date(2026, 2, 24))
    assert not holidays.is_working_day(date(2026, 3, 1))             # a Sunday after the adjusted Saturday
    assert holidays.is_working_day(date(2026, 10, 8))                # the day after 国庆
    assert holidays.has_data(2025) and holidays.has_data(2026) and not holidays.has_data(2027)


# --- counting ---------------------------------------------------------------------------------------

def test_fifteen_days_start_the_day_after_receipt():
    assert due(PaperKind.PAYMENT_ORDER, date(2026, 11, 2)) == [
        ("payment_order_objection", date(2026, 11, 17), None)]


def test_a_last_day_in_the_spring_festival_moves_to_the_first_working_day_after_it():
    assert due(PaperKind.PAYMENT_ORDER, date(2026, 2, 5)) == [
        ("payment_order_objection", date(2026, 2, 24), date(2026, 2, 20))]


def test_received_the_day_before_the_labour_day_block_a_ruling_ends_after_the_sunday_that_follows_it():
    # 4-30 + 10 = 5-10, a Sunday (5-9 is the adjusted Saturday): Monday 5-11
    assert due(PaperKind.RULING, date(2026, 4, 30)) == [("appeal_ruling", date(2026, 5, 11), date(2026, 5, 10))]


def test_received_the_day_before_the_spring_festival_the_count_runs_through_it():
    # 2-14 + 15 = 3-1, a Sunday; 2-28 was a working Saturday, 3-1 is not
    assert due(PaperKind.JUDGMENT, date(2026, 2, 14)) == [("appeal_judgment", date(2026, 3, 2), date(2026, 3, 1))]


def test_a_last_day_on_an_adjusted_working_saturday_stays():
    assert due(PaperKind.PAYMENT_ORDER, date(2026, 4, 24)) == [("payment_order_objection", date(2026, 5, 9), None)]
    assert due(PaperKind.RULING, date(2026, 9, 30)) == [("appeal_ruling", date(2026, 10, 10), None)]


def test_a_last_day_in_the_national_day_block_moves_past_all_of_it():
    assert due(PaperKind.PAYMENT_ORDER, date(2026, 9, 16)) == [
        ("payment_order_objection", date(2026, 10, 8), date(2026, 10, 1))]
    assert due(PaperKind.PAYMENT_ORDER, date(2025, 9, 16)) == [
        ("payment_order_objection", date(2025, 10, 9), date(2025, 10, 1))]


def test_a_complaint_starts_the_answer_and_the_jurisdiction_objection_together():
    assert due(PaperKind.COMPLAINT, date(2026, 11, 20)) == [
        ("answer", date(2026, 12, 7), date(2026, 12, 5)),
        ("jurisdiction_objection", date(2026, 12, 7), date(2026, 12, 5))]
    assert [d.item for d in deadlines_for(paper(PaperKind.COMPLAINT, date(2026, 11, 20)))] == [
        "ct_answer_15d", "ct_jurisdiction_objection"]


def test_a_year_without_data_counts_weekends_only_and_says_so():
    [deadline] = deadlines_for(paper(PaperKind.PAYMENT_ORDER, date(2026, 12, 20)))
    # 12-20 + 15 = 2027-01-04, a Monday: only weekends are known for 2027
    assert deadline == Deadline("payment_order_objection", date(2027, 1, 4), "ct_payment_order_objection_15d",
                                weekends_only=True)
    [saturday] = deadlines_for(paper(PaperKind.PAYMENT_ORDER, date(2027, 3, 5)))
    assert (saturday.due_on, saturday.moved_from, saturday.weekends_only) == (
        date(2027, 3, 22), date(2027, 3, 20), True)
    [known] = deadlines_for(paper(PaperKind.PAYMENT_ORDER, date(2026, 12, 1)))
    assert not known.weekends_only and known.due_on == date(2026, 12, 16)


def test_a_deadline_moved_from_the_last_known_year_into_an_unknown_one_says_so():
    # 12-9 + 10 = Saturday 12-19: moved within 2026, the table knew every day it passed
    [inside] = deadlines_for(paper(PaperKind.RULING, date(2026, 12, 9)))
    assert (inside.due_on, inside.weekends_only) == (date(2026, 12, 21), False)
    # 12-23 + 10 = Saturday 2027-01-02: moved through days of 2027, which only weekends are known for
    [into] = deadlines_for(paper(PaperKind.RULING, date(2026, 12, 23)))
    assert (into.due_on, into.moved_from, into.weekends_only) == (date(2027, 1, 4), date(2027, 1, 2), True)


# --- arbitration ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("received", "last"), [
    (date(2026, 3, 10), date(2026, 6, 10)),      # a Wednesday
    (date(2026, 3, 31), date(2026, 6, 30)),      # June has no 31st: its last day
    (date(2026, 11, 30), date(2027, 3, 1)),      # 2027-02-28 is a Sunday (weekends only, no 2027 data)
])
def test_setting_aside_an_award_three_months_from_receipt_at_the_month_end(received, last):
    [deadline] = deadlines_for(paper(PaperKind.ARBITRATION_AWARD, received))
    assert (deadline.code, deadline.due_on, deadline.item) == ("award_setaside", last, "ct_arbitration_setaside")


def test_three_months_ending_in_the_national_day_block_move():
    [deadline] = deadlines_for(paper(PaperKind.ARBITRATION_AWARD, date(2026, 7, 2)))
    assert (deadline.due_on, deadline.moved_from) == (date(2026, 10, 8), date(2026, 10, 2))


def test_an_award_received_before_the_revised_law_still_gets_three_months_and_the_open_question():
    old = paper(PaperKind.ARBITRATION_AWARD, date(2026, 2, 27))
    [deadline] = deadlines_for(old)
    assert deadline.due_on == date(2026, 5, 27) and setaside_period_open(old)
    assert not setaside_period_open(replace(old, received_on=date(2026, 3, 1)))
    assert not setaside_period_open(paper(PaperKind.JUDGMENT, date(2026, 2, 27)))


def test_an_enforcement_notice_starts_the_fifteen_days_against_an_award_only_for_that_creditors_award():
    notice = paper(PaperKind.ENFORCEMENT_NOTICE, date(2026, 11, 2), debt_id="d0000001")
    award = paper(PaperKind.ARBITRATION_AWARD, date(2026, 6, 1), id="c0000002", debt_id="d0000001")
    [deadline] = deadlines_for(notice, (award,))
    assert (deadline.code, deadline.due_on, deadline.item) == (
        "award_nonenforcement", date(2026, 11, 17), "ct_arbitration_nonenforce_15d")
    assert deadlines_for(notice) == ()
    assert not enforces_award(notice, (replace(award, debt_id="d0000002"),))
    assert not enforces_award(replace(notice, debt_id=""), (replace(award, debt_id=""),))


# --- the hearing and the papers without a period ------------------------------------------------------

def test_a_summons_gives_its_hearing_as_an_event_and_deadlines_come_soonest_first():
    assert due(PaperKind.SUMMONS, date(2026, 11, 20), hearing_on=date(2026, 12, 12)) == [
        ("hearing", date(2026, 12, 12), None)]
    assert due(PaperKind.COMPLAINT, date(2026, 11, 20), hearing_on=date(2026, 12, 1))[0] == (
        "hearing", date(2026, 12, 1), None)


@pytest.mark.parametrize("kind", [PaperKind.PRE_SUIT_MEDIATION, PaperKind.ARBITRATION_NOTICE,
                                  PaperKind.ASSET_REPORT_ORDER, PaperKind.DISHONEST_NOTICE,
                                  PaperKind.CONSUMPTION_RESTRICTION, PaperKind.LAWYER_LETTER,
                                  PaperKind.SUMMONS, PaperKind.ENFORCEMENT_NOTICE])
def test_papers_that_start_no_statutory_period_give_none(kind):
    assert deadlines_for(paper(kind, date(2026, 11, 20))) == ()
