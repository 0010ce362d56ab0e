"""app.core.plan: the offer, the pro-rata split and the schedules, exact to the fen."""

import random
from collections import Counter
from datetime import date

import pytest

from app.core import plan
from app.core.case import Budget, PlanChoices
from app.core.dates import add_months
from tests.factories import make_debt

TODAY = date(2026, 11, 29)
BUDGET = Budget(income_fen={"wages": 1_000_000}, spending_fen={"housing": 400_000, "food": 200_000})


def debts(*owed: int):
    return [make_debt(id=f"d{i}", owed_fen=fen) for i, fen in enumerate(owed, start=1)]


def build(owed, offer=None, down=0, start=None, waive=False, budget=BUDGET, today=TODAY):
    choices = PlanChoices(monthly_offer_fen=offer, down_payment_fen=down, start_on=start, waive_fees=waive)
    return plan.build(owed if not isinstance(owed[0], int) else debts(*owed), budget, choices, today)


def amounts(creditor):
    return [i.amount_fen for i in creditor.installments]


# --- the offer -------------------------------------------------------------------------------

def test_default_offer_is_disposable_less_ten_percent_of_spending():
    assert plan.disposable(BUDGET) == 400_000
    assert plan.default_offer(BUDGET) == 400_000 - 60_000


def test_buffer_is_rounded_up_so_the_offer_never_exceeds_what_is_affordable():
    budget = Budget(income_fen={"wages": 20_000}, spending_fen={"food": 12_345})   # buffer 1,234.5 fen
    assert plan.default_offer(budget) == 20_000 - 12_345 - 1_235


def test_negative_disposable_gives_offer_zero_and_a_code():
    budget = Budget(income_fen={"wages": 300_000}, spending_fen={"housing": 350_000})
    assert plan.disposable(budget) == -50_000
    assert plan.default_offer(budget) == 0
    result = build([100_000], budget=budget)
    assert result.offer_fen == 0 and result.disposable_fen == -50_000
    assert result.warnings[:2] == ("no_disposable_income", "offer_too_small")


def test_zero_disposable_is_reported_as_no_disposable_income():
    budget = Budget(income_fen={"wages": 300_000}, spending_fen={"housing": 300_000})
    assert build([100_000], budget=budget).warnings[0] == "no_disposable_income"


def test_buffer_eating_all_disposable_income_is_reported():
    budget = Budget(income_fen={"wages": 10_500}, spending_fen={"food": 10_000})
    result = build([100_000], budget=budget)
    assert result.default_offer_fen == 0 and result.warnings[0] == "no_room_after_buffer"


def test_missing_budget_means_no_default_offer():
    result = build([100_000], offer=10_000, budget=None)
    assert result.default_offer_fen == 0 and result.disposable_fen == 0
    assert result.warnings == ("no_budget", "offer_above_affordable")


def test_user_offer_replaces_the_default_and_an_offer_of_zero_is_kept():
    assert build([100_000], offer=12_345).offer_fen == 12_345
    assert build([100_000], offer=0).offer_fen == 0
    assert build([100_000]).offer_fen == 340_000


def test_negative_offer_or_down_payment_is_an_error():
    for choices in (PlanChoices(monthly_offer_fen=-1), PlanChoices(down_payment_fen=-1)):
        with pytest.raises(plan.PlanError) as caught:
            plan.build(debts(100), BUDGET, choices, TODAY)
        assert caught.value.code == "negative"


# --- the split -------------------------------------------------------------------------------

def test_leftover_fen_go_to_the_largest_creditor():
    assert plan.split_pro_rata(101, [50_000, 30_000, 20_000]) == [51, 30, 20]


def test_leftover_fen_go_to_the_largest_first_even_when_its_fraction_is_smaller():
    # exact shares 4.5, 2.7, 1.8: the two leftover fen go to the two largest amounts, not to .8 and .7
    assert plan.split_pro_rata(9, [50, 30, 20]) == [5, 3, 1]


def test_equal_amounts_take_leftover_fen_in_list_order():
    assert plan.split_pro_rata(2, [100, 100, 100]) == [1, 1, 0]
    assert plan.split_pro_rata(1, [10, 30, 30]) == [0, 1, 0]
    assert plan.split_pro_rata(2, [10, 30, 30]) == [0, 1, 1]


def test_zero_total_splits_to_zeros():
    assert plan.split_pro_rata(500, [0, 0]) == [0, 0]
    assert plan.split_pro_rata(500, []) == []


def test_zero_amounts_never_get_a_leftover_fen():
    assert plan.split_pro_rata(2, [0, 1, 1, 1]) == [0, 1, 1, 0]


def test_split_rejects_negative_numbers():
    with pytest.raises(plan.PlanError):
        plan.split_pro_rata(-1, [1])
    with pytest.raises(plan.PlanError):
        plan.split_pro_rata(1, [2, -1])


# --- plan amount -----------------------------------------------------------------------------

def test_plan_amount_is_owed_or_principal_when_waiving_fees():
    debt = make_debt(owed_fen=1_234_567, principal_fen=1_000_000)
    assert plan.plan_amount(debt, waive_fees=False) == 1_234_567
    assert plan.plan_amount(debt, waive_fees=True) == 1_000_000


def test_waive_fees_without_principal_falls_back_to_owed_with_a_code():
    debt = make_debt(owed_fen=1_234_567, principal_fen=None)
    assert plan.plan_amount(debt, waive_fees=True) == 1_234_567
    creditor = build([debt], offer=100_000, waive=True).creditors[0]
    assert creditor.plan_amount_fen == 1_234_567 and creditor.codes == ("principal_unknown",)


def test_waive_fees_schedules_and_splits_by_principal():
    owed = [make_debt(id="a", owed_fen=300_000, principal_fen=100_000),
            make_debt(id="b", owed_fen=100_000, principal_fen=100_000)]
    result = build(owed, offer=10_000, waive=True)
    assert result.total_fen == 200_000
    assert [c.monthly_fen for c in result.creditors] == [5_000, 5_000]
    assert [sum(amounts(c)) for c in result.creditors] == [100_000, 100_000]


def test_principal_above_owed_is_capped_at_owed():
    assert plan.plan_amount(make_debt(owed_fen=500, principal_fen=900), waive_fees=True) == 500


# --- schedules -------------------------------------------------------------------------------

def test_last_installment_is_the_remainder():
    creditor = build([99_991], offer=997).creditors[0]        # prime amounts
    assert amounts(creditor) == [997] * 100 + [291]
    assert creditor.months == 101 and creditor.monthly_fen == 997


def test_one_fen_debt_is_one_installment():
    creditor = build([1], offer=1).creditors[0]
    assert amounts(creditor) == [1] and creditor.months == 1 and not creditor.over_limit


def test_offer_larger_than_the_debt_is_one_installment_of_the_debt():
    creditor = build([12_345], offer=1_000_000).creditors[0]
    assert amounts(creditor) == [12_345] and creditor.monthly_fen == 12_345


def test_schedules_follow_the_split_and_sum_to_each_plan_amount():
    result = build([5_000, 3_000, 2_000], offer=101)
    assert [c.monthly_fen for c in result.creditors] == [51, 30, 20]
    assert [sum(amounts(c)) for c in result.creditors] == [5_000, 3_000, 2_000]
    assert amounts(result.creditors[0]) == [51] * 98 + [2]
    assert [c.months for c in result.creditors] == [99, 100, 100]


def test_nothing_owed_gets_no_schedule():
    creditor = build([0, 1_000], offer=100).creditors[0]
    assert creditor.installments == () and creditor.codes == ("nothing_owed",) and not creditor.over_limit


def test_creditor_with_a_zero_share_gets_no_schedule_and_no_payment():
    result = build([1_000_000, 100], offer=50)
    small = result.creditors[1]
    assert small.installments == () and small.monthly_fen == 0 and small.months == 0
    assert small.codes == ("no_payment", "over_60_months") and small.over_limit
    assert small.min_monthly_to_fit_fen == 2
    assert not result.fits_60 and "offer_too_small" in result.warnings


def test_too_long_schedule_is_counted_but_not_listed():
    creditor = build([1_000_000], offer=1).creditors[0]
    assert creditor.months == 1_000_000 and creditor.installments == ()
    assert creditor.codes == ("over_60_months", "schedule_too_long")
    assert creditor.min_monthly_to_fit_fen == 16_667


# --- dates -----------------------------------------------------------------------------------

def test_start_defaults_to_the_first_of_next_month():
    assert build([100], offer=100).start_on == date(2026, 12, 1)
    assert build([100], offer=100, today=date(2026, 12, 31)).start_on == date(2027, 1, 1)
    assert build([100], offer=100, today=date(2026, 12, 1)).start_on == date(2027, 1, 1)


def test_without_down_payment_the_first_monthly_payment_is_on_the_start_date():
    creditor = build([300], offer=100).creditors[0]
    assert [i.due_on for i in creditor.installments] == [
        date(2026, 12, 1), date(2027, 1, 1), date(2027, 2, 1)]
    assert [i.number for i in creditor.installments] == [1, 2, 3]


def test_month_end_start_is_clamped_each_month_without_drifting():
    creditor = build([400], offer=100, start=date(2027, 1, 31)).creditors[0]
    assert [i.due_on for i in creditor.installments] == [
        date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)]


def test_month_end_start_in_a_leap_year_falls_on_feb_29():
    creditor = build([200], offer=100, start=date(2028, 1, 31)).creditors[0]
    assert [i.due_on for i in creditor.installments] == [date(2028, 1, 31), date(2028, 2, 29)]


# --- down payment and the 60-month limit -----------------------------------------------------

def test_down_payment_is_installment_one_on_the_start_date():
    creditor = build([1_000], offer=300, down=100, start=date(2027, 1, 31)).creditors[0]
    assert creditor.down_payment_fen == 100
    assert [(i.number, i.due_on, i.amount_fen) for i in creditor.installments] == [
        (1, date(2027, 1, 31), 100), (2, date(2027, 2, 28), 300), (3, date(2027, 3, 31), 300),
        (4, date(2027, 4, 30), 300)]


def test_down_payment_is_split_pro_rata_and_monthly_payments_start_next_month_for_all():
    result = build([50_000, 30_000, 20_000, 10], offer=200_000, down=101, start=date(2027, 3, 1))
    assert result.down_payment_fen == 101
    assert [c.down_payment_fen for c in result.creditors] == [51, 30, 20, 0]
    tiny = result.creditors[3]
    assert [(i.number, i.due_on) for i in tiny.installments] == [(1, date(2027, 4, 1))]


def test_down_payment_covering_a_debt_is_its_only_installment():
    creditor = build([5_000], offer=0, down=5_000).creditors[0]
    assert amounts(creditor) == [5_000] and creditor.months == 1 and creditor.monthly_fen == 0


def test_down_payment_above_the_total_is_capped_with_a_code():
    result = build([5_000], offer=100, down=9_000)
    assert result.down_payment_fen == 5_000 and "down_payment_capped" in result.warnings


def test_exactly_sixty_installments_fit():
    result = build([6_000], offer=100)
    assert result.creditors[0].months == 60 and result.fits_60
    assert result.min_offer_to_fit_fen is None and result.creditors[0].min_monthly_to_fit_fen is None


def test_sixty_one_installments_are_flagged_with_the_options():
    result = build([6_001], offer=100)
    creditor = result.creditors[0]
    assert creditor.months == 61 and creditor.over_limit and creditor.codes == ("over_60_months",)
    assert creditor.min_monthly_to_fit_fen == 101
    assert not result.fits_60 and result.min_offer_to_fit_fen == 101
    assert result.warnings[-4:] == ("over_60_months", "raise_offer", "down_payment", "partial_waiver")


def test_the_down_payment_counts_as_one_of_the_sixty():
    assert build([6_000], offer=100, down=100).creditors[0].months == 60      # 1 + 59
    over = build([6_100], offer=100, down=100).creditors[0]                   # 1 + 60
    assert over.months == 61 and over.over_limit


def test_min_monthly_to_fit_is_exactly_minimal_after_the_down_payment():
    creditor = build([10_000], offer=50, down=1_000).creditors[0]
    assert creditor.min_monthly_to_fit_fen == 153                             # ceil(9,000 / 59)
    assert build([10_000], offer=153, down=1_000).creditors[0].months == 60
    assert build([10_000], offer=152, down=1_000).creditors[0].months == 61


def test_min_offer_to_fit_uses_the_real_split():
    result = build([600_000, 300_000, 1_000], offer=1_000)
    needs = [c.min_monthly_to_fit_fen for c in result.creditors]
    assert needs == [10_000, 5_000, 17]
    # 15,017 covers the two large creditors, but the small one reaches 17 fen only at 15,317
    assert result.min_offer_to_fit_fen == 15_317
    assert build([600_000, 300_000, 1_000], offer=15_317).fits_60
    assert not build([600_000, 300_000, 1_000], offer=15_316).fits_60


def test_min_offer_to_fit_is_the_offer_from_which_every_larger_offer_fits():
    owed = [724, 5_715, 572, 4_593]                       # monthly minimums 13, 96, 10, 77
    assert plan.split_pro_rata(207, owed) == [13, 102, 10, 82]
    assert plan.split_pro_rata(208, owed) == [12, 103, 10, 83]    # a fen moves away from the first
    result = build(owed, offer=100)
    assert result.min_offer_to_fit_fen == 209
    assert [fits(owed, offer, 0) for offer in (207, 208, 209, 210)] == [True, False, True, True]


def test_min_offer_to_fit_for_extreme_amounts_fits_and_one_fen_less_does_not():
    owed = [2_051, 8_958_472_072, 1_914]                  # a run of fitting offers longer than SCAN_LIMIT
    least = plan.min_offer_to_fit(owed, [0, 0, 0])
    assert least == 151_379_041
    assert fits(owed, least, 0) and not fits(owed, least - 1, 0)


def test_min_offer_to_fit_is_zero_when_the_down_payment_pays_everything():
    assert plan.min_offer_to_fit([100, 200], [100, 200]) == 0


# --- the balance curve -----------------------------------------------------------------------

def test_balance_curve_falls_month_by_month_to_zero():
    result = build([1_000, 500], offer=300, down=150, start=date(2027, 1, 31))
    assert plan.balance_curve(result) == [
        (date(2027, 1, 31), 1_500), (date(2027, 2, 28), 1_350), (date(2027, 3, 31), 1_050),
        (date(2027, 4, 30), 750), (date(2027, 5, 31), 450), (date(2027, 6, 30), 150),
        (date(2027, 7, 31), 0)]


def test_balance_curve_keeps_unscheduled_debts():
    result = build([1_000_000, 100], offer=5_000)                             # shares 5,000 and 0
    curve = plan.balance_curve(result)
    assert len(curve) == 201 and curve[0] == (date(2026, 12, 1), 1_000_100)
    assert curve[-2:] == [(date(2043, 7, 1), 5_100), (date(2043, 8, 1), 100)]


def test_balance_curve_of_a_plan_without_payments_is_one_point():
    assert plan.balance_curve(build([1_000], offer=0)) == [(date(2026, 12, 1), 1_000)]


# --- property-style checks over many random cases --------------------------------------------

def fits(owed, offer, down):
    return build(owed, offer=offer, down=down).fits_60


def random_case(rng):
    owed = [rng.choice([1, rng.randint(1, 999), rng.randint(1_000, 10**6), rng.randint(10**6, 10**9)])
            for _ in range(rng.randint(1, 6))]
    offer = rng.choice([0, rng.randint(1, 100), rng.randint(100, 10**6)])
    down = rng.choice([0, 0, rng.randint(0, sum(owed))])
    return owed, offer, down


def test_split_sums_to_the_offer_and_each_share_is_within_one_fen_of_exact():
    rng = random.Random(20261129)
    for _ in range(3_000):
        owed = [rng.randint(0, 10**rng.randint(1, 9)) for _ in range(rng.randint(1, 8))]
        offer = rng.randint(0, 10**rng.randint(1, 9))
        shares = plan.split_pro_rata(offer, owed)
        if sum(owed) == 0:
            assert shares == [0] * len(owed)
            continue
        assert sum(shares) == offer
        for share, fen in zip(shares, owed, strict=True):
            assert offer * fen // sum(owed) <= share <= offer * fen // sum(owed) + 1


def test_leftover_fen_never_skip_a_larger_amount():
    rng = random.Random(7)
    for _ in range(2_000):
        owed = [rng.randint(1, 50) for _ in range(rng.randint(2, 6))]
        offer = rng.randint(0, 500)
        shares = plan.split_pro_rata(offer, owed)
        bonus = [s - offer * a // sum(owed) for s, a in zip(shares, owed, strict=True)]
        order = sorted(range(len(owed)), key=lambda i: (-owed[i], i))
        assert [bonus[i] for i in order] == sorted(bonus, reverse=True)


def test_random_plans_sum_exactly_and_count_every_installment():
    rng = random.Random(42)
    for _ in range(500):
        owed, offer, down = random_case(rng)
        result = build(owed, offer=offer, down=down)
        assert result.total_fen == sum(owed)
        assert sum(c.down_payment_fen for c in result.creditors) == down
        for creditor in result.creditors:
            if creditor.installments:
                assert sum(amounts(creditor)) == creditor.plan_amount_fen
                assert creditor.months == len(creditor.installments)
                assert all(0 < fen <= max(creditor.monthly_fen, creditor.down_payment_fen)
                           for fen in amounts(creditor))
            assert creditor.over_limit == ("over_60_months" in creditor.codes)
        assert result.fits_60 == all(c.months <= plan.MAX_MONTHS and not c.over_limit
                                     for c in result.creditors)
        curve = plan.balance_curve(result)
        assert curve[0][1] == sum(owed)
        assert all(a[1] >= b[1] and a[0] < b[0] for a, b in zip(curve, curve[1:], strict=False))


def test_random_min_monthly_to_fit_is_exactly_minimal():
    rng = random.Random(99)
    for _ in range(500):
        owed = rng.randint(2, 10**rng.randint(1, 9))
        down = rng.choice([0, rng.randint(1, owed - 1)])
        need = plan.min_monthly_to_fit(owed, down)
        slow = build([owed], offer=1, down=down).creditors[0]
        assert slow.min_monthly_to_fit_fen == (need if slow.over_limit else None)
        assert build([owed], offer=need, down=down).creditors[0].months <= plan.MAX_MONTHS
        if need > 1:
            assert build([owed], offer=need - 1, down=down).creditors[0].months > plan.MAX_MONTHS


def test_random_min_offer_to_fit_fits_and_one_fen_less_does_not():
    rng = random.Random(2026)
    checked = 0
    while checked < 300:
        owed, _, down = random_case(rng)
        result = build(owed, offer=0, down=down)
        if result.fits_60:
            continue
        checked += 1
        least = result.min_offer_to_fit_fen
        assert fits(owed, least, down) and not fits(owed, least - 1, down)


def test_random_min_offer_to_fit_holds_for_every_larger_offer():
    rng = random.Random(1129)
    for _ in range(300):
        owed = [rng.randint(1, 30_000) for _ in range(rng.randint(1, 5))]
        downs = plan.split_pro_rata(rng.choice([0, rng.randint(0, sum(owed))]), owed)
        needs = [plan.min_monthly_to_fit(a, d) for a, d in zip(owed, downs, strict=True)]
        least = plan.min_offer_to_fit(owed, downs)
        ceiling = max([-(-n * sum(owed) // a) for n, a in zip(needs, owed, strict=True) if n], default=0)
        for offer in range(max(least - 1, 0), ceiling + 2):
            shares = plan.split_pro_rata(offer, owed)
            assert all(s >= n for s, n in zip(shares, needs, strict=True)) == (offer >= least)


def test_a_start_date_that_has_passed_is_replaced_by_next_month_with_a_warning():
    debts = [make_debt(id="a", owed_fen=100_000)]
    choices = PlanChoices(monthly_offer_fen=10_000, start_on=date(2026, 11, 1))
    result = plan.build(debts, None, choices, date(2026, 11, 29))
    assert result.start_on == date(2026, 12, 1)
    assert result.warnings[0] == "start_date_passed"
    assert result.creditors[0].installments[0].due_on == date(2026, 12, 1)


# --- schedules in closed form ------------------------------------------------------------------

def listed_the_long_way(creditor, start):
    """The installments as the core once listed them: the down payment on the start date, then the
    monthly share from the month after a plan's down payment (the start date without one), the
    last installment the remainder."""
    rest = creditor.plan_amount_fen - creditor.down_payment_fen
    full, last = divmod(rest, creditor.monthly_fen) if creditor.monthly_fen else (0, 0)
    first = creditor.schedule.first_month
    dated = [(0, creditor.down_payment_fen)] if creditor.down_payment_fen else []
    dated += [(first + k, creditor.monthly_fen) for k in range(full)] + ([(first + full, last)] if last else [])
    return [plan.Installment(n, add_months(start, month), fen) for n, (month, fen) in enumerate(dated, start=1)]


def curve_the_long_way(result):
    """The balance before each month's payments, from every listed installment."""
    paid_on = Counter()
    for creditor in result.creditors:
        for installment in creditor.installments:
            paid_on[installment.due_on] += installment.amount_fen
    points, month = [(result.start_on, result.total_fen)], 0
    while paid_on and points[-1][0] <= max(paid_on):
        month += 1
        points.append((add_months(result.start_on, month), points[-1][1] - paid_on[points[-1][0]]))
    return points


def test_runs_counts_and_the_curve_come_from_the_schedule_as_from_its_listed_installments():
    rng = random.Random(7)
    for n in range(1_500):
        owed, offer, down = random_case(rng)
        if n % 3 == 0:                                # a down payment share equal to the monthly one
            owed, offer, down = [rng.randint(2, 40) * 100] * 2, 200, rng.choice([200, 100, 400])
        start = add_months(date(2027, 1, rng.choice([1, 15, 29, 30, 31])), rng.randint(0, 11))   # month ends too
        result = build(owed, offer=offer, down=down, start=start, today=date(2026, 12, 1))
        for creditor in result.creditors:
            listed = creditor.installments
            assert (creditor.schedule is None) == (not listed)
            if creditor.schedule is None:
                continue
            assert list(listed) == listed_the_long_way(creditor, result.start_on)
            assert creditor.schedule.runs() == [(run[0], run[-1]) for run in plan.runs(listed)]
            assert creditor.schedule.count == len(listed) == creditor.months
        assert plan.balance_curve(result) == curve_the_long_way(result)


def test_month_after_is_add_months():
    for start in [date(2026, m, d) for m in range(1, 13) for d in (1, 15, 28)] + [date(2027, 1, 31), date(2028, 2, 29)]:
        assert [plan._month_after(start, n) for n in range(0, 130)] == [add_months(start, n) for n in range(0, 130)]
