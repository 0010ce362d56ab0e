"""Plan arithmetic under arbitrary inputs (hypothesis), and the 大写 table the issue names."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import money, plan
from app.core.case import Budget, PlanChoices
from tests.factories import make_debt

TODAY = date(2026, 11, 29)
amounts = st.lists(st.integers(min_value=0, max_value=10_000_000_000), min_size=1, max_size=12)


@given(offer=st.integers(min_value=0, max_value=10_000_000_000), owed=amounts)
def test_pro_rata_shares_sum_exactly_and_stay_within_a_fen(offer, owed):
    shares = plan.split_pro_rata(offer, owed)
    total = sum(owed)
    assert sum(shares) == (offer if total else 0)
    for share, amount in zip(shares, owed, strict=True):
        if total:
            exact = offer * amount / total
            # Rounded down, then at most one leftover fen: a whole exact share may gain exactly one
            # (SPEC: leftover fen go to the largest creditors, not to the largest remainders).
            assert exact - 1 < share <= exact + 1


@settings(max_examples=60, deadline=None)
@given(owed=st.lists(st.integers(min_value=1, max_value=50_000_000), min_size=1, max_size=10),
       offer=st.integers(min_value=1, max_value=5_000_000),
       down=st.integers(min_value=0, max_value=2_000_000))
def test_every_schedule_sums_exactly_to_its_plan_amount(owed, offer, down):
    debts = [make_debt(id=f"d{i}", owed_fen=fen, principal_fen=None) for i, fen in enumerate(owed)]
    result = plan.build(debts, Budget(), PlanChoices(monthly_offer_fen=offer, down_payment_fen=down), TODAY)
    for creditor in result.creditors:
        if creditor.installments and "schedule_too_long" not in creditor.codes:
            assert sum(i.amount_fen for i in creditor.installments) == creditor.plan_amount_fen
            assert creditor.months == len(creditor.installments)
            assert creditor.over_limit == (creditor.months > plan.MAX_MONTHS)


CAPITALS = [
    (0, "人民币零元整"),
    (1_000, "人民币壹拾元整"),
    (10_000_005, "人民币壹拾万元零伍分"),
    (100_200_340, "人民币壹佰万贰仟零叁元肆角整"),
    (9_999_999_999, "人民币玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    (1_234_567, "人民币壹万贰仟叁佰肆拾伍元陆角柒分"),
]


@pytest.mark.parametrize(("fen", "words"), CAPITALS)
def test_capital_numerals_table(fen, words):
    assert money.to_capital(fen) == words
