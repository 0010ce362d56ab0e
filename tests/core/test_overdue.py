"""app.core.overdue: days past due, buckets and phases, the urgency-sorted summary, date checks."""

from datetime import date, timedelta

import pytest

from app.core.case import Collector
from app.core.overdue import ChartBar, bucket, check_debt_dates, days_past_due, phase, summarize
from tests.factories import make_debt

TODAY = date(2026, 11, 29)


def test_days_past_due_counts_from_the_first_missed_payment():
    assert days_past_due(date(2026, 11, 28), TODAY) == 1
    assert days_past_due(date(2025, 3, 1), TODAY) == 638


def test_days_past_due_is_zero_on_the_due_date_and_before_it():
    assert days_past_due(TODAY, TODAY) == 0
    assert days_past_due(date(2026, 12, 5), TODAY) == 0


@pytest.mark.parametrize(
    ("dpd", "expected"),
    [(-3, "M0"), (0, "M0"), (1, "M1"), (30, "M1"), (31, "M2"), (60, "M2"), (61, "M3"), (90, "M3"),
     (91, "M4"), (120, "M4"), (121, "M5"), (150, "M5"), (151, "M6"), (180, "M6"), (181, "M7+"),
     (1000, "M7+")],
)
def test_bucket_boundaries(dpd, expected):
    assert bucket(dpd) == expected


@pytest.mark.parametrize(
    ("dpd", "expected"),
    [(-3, "current"), (0, "current"), (1, "early"), (30, "early"), (31, "middle"), (60, "middle"),
     (61, "middle"), (90, "middle"), (91, "late"), (180, "late"), (181, "late")],
)
def test_phase_boundaries(dpd, expected):
    assert phase(dpd) == expected


def days_ago(n):
    return TODAY - timedelta(days=n)


def test_summary_sorts_judgment_then_litigation_then_fraud_then_lawsuit_then_the_rest():
    plain = make_debt(id="plain", owed_fen=50_000, first_missed_on=days_ago(400))
    lawsuit = make_debt(id="lawsuit", owed_fen=1_000_000, first_missed_on=days_ago(200))
    fraud = make_debt(id="fraud", owed_fen=6_000_000, principal_fen=5_000_000,
                      first_missed_on=date(2026, 5, 1), demands_on=(date(2026, 5, 10), date(2026, 6, 10)))
    court = make_debt(id="court", owed_fen=10_000, first_missed_on=days_ago(10),
                      collector=Collector.COURT_FILED)
    judged = make_debt(id="judged", owed_fen=10_000, first_missed_on=days_ago(5),
                       collector=Collector.JUDGMENT)
    summary = summarize([plain, lawsuit, fraud, court, judged], TODAY)
    assert [a.debt.id for a in summary.accounts] == ["judged", "court", "fraud", "lawsuit", "plain"]
    assert [a.urgency for a in summary.accounts] == [
        "judgment", "litigation_started", "fraud_threshold", "lawsuit_risk", "overdue"]


def test_summary_ties_go_to_the_longest_overdue_then_the_largest_owed_then_the_users_order():
    debts = [
        make_debt(id="small", owed_fen=100_000, first_missed_on=days_ago(60)),
        make_debt(id="first", owed_fen=200_000, first_missed_on=days_ago(60)),
        make_debt(id="second", owed_fen=200_000, first_missed_on=days_ago(60)),
        make_debt(id="oldest", owed_fen=50_000, first_missed_on=days_ago(90)),
        make_debt(id="current", owed_fen=900_000, first_missed_on=TODAY),
    ]
    summary = summarize(debts, TODAY)
    assert [a.debt.id for a in summary.accounts] == ["oldest", "first", "second", "small", "current"]
    assert summary.accounts[-1].urgency == "current"


def test_summary_gives_each_account_its_stage_flags_and_notes():
    debt = make_debt(owed_fen=6_000_000, principal_fen=None, first_missed_on=date(2026, 1, 10),
                     demands_on=(date(2026, 2, 1), date(2026, 3, 5)))
    (account,) = summarize([debt], TODAY).accounts
    assert (account.dpd, account.bucket, account.phase) == (323, "M7+", "late")
    assert [f.code for f in account.flags] == ["lawsuit_risk", "limitation_note", "credit_record"]
    assert [n.code for n in account.notes] == ["fraud_principal_unknown"]
    assert account.urgency == "lawsuit_risk"


def test_summary_totals_and_principal_known_only():
    debts = [
        make_debt(id="a", owed_fen=1_234_567, principal_fen=1_000_000),
        make_debt(id="b", owed_fen=500_001, principal_fen=None),
        make_debt(id="c", owed_fen=99, principal_fen=50),
    ]
    summary = summarize(debts, TODAY)
    assert summary.count == 3
    assert summary.owed_fen == 1_734_667
    assert summary.principal_known_fen == 1_000_050
    assert summary.principal_unknown_count == 1


def test_summary_chart_lists_each_balance_in_summary_order():
    debts = [
        make_debt(id="a", issuer="cmb", tail="1234", owed_fen=300_000, first_missed_on=days_ago(20)),
        make_debt(id="b", issuer="other", issuer_other="某某小贷", owed_fen=200_000,
                  first_missed_on=days_ago(50)),
    ]
    assert summarize(debts, TODAY).chart == (
        ChartBar("b", "某某小贷", 200_000),
        ChartBar("a", "招商银行 ****1234", 300_000),
    )


def test_summary_of_no_debts_is_empty():
    summary = summarize([], TODAY)
    assert summary.accounts == () and summary.chart == ()
    assert (summary.count, summary.owed_fen, summary.principal_known_fen) == (0, 0, 0)


def test_valid_debt_dates_have_no_problems():
    assert check_debt_dates(date(2025, 3, 1), date(2025, 2, 20), (date(2025, 3, 1), TODAY), TODAY) == []


def test_dates_after_today_are_reported_at_their_field():
    problems = check_debt_dates(TODAY + timedelta(days=1), TODAY + timedelta(days=1),
                                (TODAY + timedelta(days=1),), TODAY)
    assert problems == [("first_missed_on", "future"), ("last_payment_on", "last_payment_future"),
                        ("demands_on-0", "future")]


def test_a_demand_before_the_first_missed_payment_is_reported_by_its_index():
    problems = check_debt_dates(date(2025, 3, 1), None,
                                (date(2025, 4, 1), date(2025, 2, 28), date(2027, 1, 1)), TODAY)
    assert problems == [("demands_on-1", "demand_before_first_missed"), ("demands_on-2", "future")]


def test_demands_are_checked_for_the_future_even_without_a_first_missed_date():
    assert check_debt_dates(None, None, (date(2020, 1, 1), TODAY + timedelta(days=3)), TODAY) == [
        ("demands_on-1", "future")]
