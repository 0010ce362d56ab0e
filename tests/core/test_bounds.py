"""validate_bounds: row counts, text length and values no form could have produced."""

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.core.bounds import Limits, validate_bounds
from app.core.case import Applicant, Budget, Case, Channel, Incident
from app.core.money import MAX_FEN
from tests.factories import make_debt
from tests.rich_case import make_rich_case

LIMITS = Limits(max_debts=3, max_incidents=2, max_text_chars=10)


def incident(n: int, **changes) -> Incident:
    return replace(Incident(id=f"i{n}", occurred_at=datetime(2025, 6, 1, 9), channel=Channel.SMS), **changes)


def test_a_case_at_every_limit_is_fine():
    case = Case(debts=tuple(make_debt(id=f"d{n}") for n in range(3)),
                incidents=(incident(1), incident(2, details="十个字十个字十个字十")),
                applicant=Applicant(name="王"))
    assert validate_bounds(case, LIMITS) == []


def test_the_rich_case_is_within_the_default_limits():
    assert validate_bounds(make_rich_case(), Limits(50, 300, 5000)) == []


def test_one_row_too_many_is_reported():
    case = Case(debts=tuple(make_debt(id=f"d{n}") for n in range(4)),
                incidents=(incident(1), incident(2), incident(3)))
    assert validate_bounds(case, LIMITS) == ["too_many_debts", "too_many_incidents"]


@pytest.mark.parametrize("case", [
    Case(applicant=Applicant(address="一" * 11)),
    Case(narratives={"request.intro": "x" * 11}),
    Case(narratives={"k" * 11: "short"}),                               # a dict key is text too
    Case(incidents=(incident(1, caller_name="名" * 11),)),
    Case(budget=Budget(story="故" * 11)),
])
def test_any_text_over_the_limit_is_reported_once(case):
    assert validate_bounds(case, LIMITS) == ["text_too_long"]


def test_a_lone_surrogate_is_bad_text():
    assert validate_bounds(Case(applicant=Applicant(name="\ud83d")), LIMITS) == ["bad_text"]


@pytest.mark.parametrize("case", [
    Case(debts=(make_debt(owed_fen=-1),)),
    Case(debts=(make_debt(owed_fen=MAX_FEN + 1),)),
    Case(debts=(make_debt(principal_fen=-500),)),
    Case(budget=Budget(income_fen={"wages": -1})),
])
def test_amounts_outside_zero_to_one_hundred_million_yuan_are_reported(case):
    assert validate_bounds(case, LIMITS) == ["bad_amount"]


def test_the_largest_amount_is_allowed():
    assert validate_bounds(Case(debts=(make_debt(owed_fen=MAX_FEN),)), LIMITS) == []


@pytest.mark.parametrize("case", [
    Case(incidents=(incident(1, count=-3),)),
    Case(incidents=(incident(1, count=10**30),)),
    Case(budget=Budget(household_size=-1)),
])
def test_negative_or_absurd_counts_are_reported(case):
    assert validate_bounds(case, LIMITS) == ["bad_number"]


@pytest.mark.parametrize("case", [
    Case(debts=(make_debt(first_missed_on=date(1, 1, 1)),)),
    Case(debts=(make_debt(last_payment_on=date(2101, 1, 1)),)),
    Case(incidents=(incident(1, occurred_at=datetime(9999, 12, 31, 23, 59)),)),
])
def test_dates_outside_1900_to_2100_are_reported(case):
    assert validate_bounds(case, LIMITS) == ["bad_date"]
