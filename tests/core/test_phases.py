"""What comes next per phase (core.phases): one card per phase the accounts are in, today as a parameter."""

from __future__ import annotations

from datetime import date

from app.core import citations, phases
from app.core.case import Collector
from app.core.phases import PhaseCard
from tests.factories import make_debt

TODAY = date(2026, 11, 29)


def test_one_card_per_phase_with_its_accounts_in_the_users_order():
    debts = [make_debt(id="a", first_missed_on=date(2026, 11, 1)),     # 28 days: early
             make_debt(id="b", first_missed_on=date(2025, 3, 1)),      # late
             make_debt(id="c", first_missed_on=date(2026, 10, 30)),    # 30 days: still early
             make_debt(id="d", first_missed_on=date(2026, 8, 31))]     # 90 days: middle
    found = phases.next_steps(debts, TODAY)
    assert found.cards == (
        PhaseCard("early", ("a", "c"), ("sms_app_reminders",), "contact_bank"),
        PhaseCard("middle", ("d",), ("frequent_calls", "letters", "outsourcing"), "request_plan"),
        PhaseCard("late", ("b",), ("legal_letters", "visits", "lawsuit_or_arbitration"), "check_papers"),
    )
    assert found.credit_record is True


def test_phase_boundaries_31_and_91_days():
    middle = phases.next_steps([make_debt(first_missed_on=date(2026, 10, 29))], TODAY)    # 31 days
    late = phases.next_steps([make_debt(first_missed_on=date(2026, 8, 30))], TODAY)       # 91 days
    assert [c.phase for c in middle.cards] == ["middle"] and [c.phase for c in late.cards] == ["late"]


def test_accounts_not_overdue_get_no_card_and_no_credit_record_card():
    found = phases.next_steps([make_debt(first_missed_on=TODAY), make_debt(first_missed_on=date(2026, 12, 5))],
                              TODAY)
    assert found.cards == () and found.credit_record is False
    assert phases.next_steps([], TODAY).cards == ()


def test_a_late_account_already_in_court_makes_court_deadlines_the_thing_to_do():
    debts = [make_debt(id="x"), make_debt(id="y", collector=Collector.COURT_FILED)]
    (card,) = phases.next_steps(debts, TODAY).cards
    assert card.debt_ids == ("x", "y") and card.do_now == "court_deadlines"
    judged = phases.next_steps([make_debt(collector=Collector.JUDGMENT)], TODAY).cards[0]
    assert judged.do_now == "court_deadlines"


def test_the_credit_card_cites_only_verified_rows_of_the_credit_reporting_regulation():
    rows = [citations.get(cid) for cid in phases.CREDIT_CITATIONS]
    assert all(citations.shown_as_law(row) for row in rows)
    assert {row.instrument for row in rows} == {"征信业管理条例"}
    assert [row.article for row in rows] == ["第十六条", "第十七条", "第二十五条", "第二十六条"]
