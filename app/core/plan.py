"""The repayment plan (还款方案): what the household can offer, its pro-rata split, each schedule.

Everything is exact to the fen: the split of an offer sums to the offer, and each creditor's
schedule sums to its plan amount. 个性化分期 may run at most 5 years (商业银行信用卡业务监督管理办法
第七十条), so every installment counts towards MAX_MONTHS, the down payment included. The bank
*may* agree to such a plan; nothing here decides that it must. Results are facts and codes; the
shell words them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from app.core.case import Budget, Debt, PlanChoices
from app.core.dates import add_months, first_of_next_month

MAX_MONTHS = 60                       # 个性化分期还款协议的最长期限不得超过5年
BUFFER_PERCENT = 10                   # of essential spending, kept back from the default offer
SCHEDULE_CAP_MONTHS = 10 * MAX_MONTHS  # longer schedules are counted, not listed: bounded work per request
SCAN_LIMIT = 5_000                    # offers tried one by one in min_offer_to_fit before bisecting
OPTIONS_WHEN_OVER = ("raise_offer", "down_payment", "partial_waiver")


class PlanError(ValueError):
    """Input no form should let through (a negative amount); `code` names the problem."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Installment:
    number: int             # 1-based, per creditor; the down payment is number 1 when there is one
    due_on: date
    amount_fen: int


@dataclass(frozen=True)
class Schedule:
    """A creditor's installments in closed form: a down payment, equal monthly payments, a remainder.

    The plan page shows each schedule as its runs and the balance curve sums them by month, so
    neither needs every installment listed (60 dated objects for each of ten creditors); letters
    and the full schedule page list them, through CreditorPlan.installments.
    """

    start_on: date
    down_fen: int           # installment 1, on start_on, when not zero
    first_month: int        # months to the first monthly payment: 1 after a plan's down payment
    monthly_fen: int
    full: int               # monthly payments of monthly_fen
    last_fen: int           # the remainder, the month after the full ones; 0 when there is none

    def parts(self) -> list[tuple[int, int, int]]:
        """(months after start_on of the first, how many, amount) per run of equal installments,
        in order: the parts of one amount that follow each other are one run, as runs() groups them."""
        parts: list[tuple[int, int, int]] = []
        for month, count, fen in ((0, 1, self.down_fen), (self.first_month, self.full, self.monthly_fen),
                                  (self.first_month + self.full, 1, self.last_fen)):
            if not (count and fen):
                continue
            if parts and parts[-1][2] == fen and parts[-1][0] + parts[-1][1] == month:
                parts[-1] = (parts[-1][0], parts[-1][1] + count, fen)
            else:
                parts.append((month, count, fen))
        return parts

    @property
    def count(self) -> int:
        return sum(count for _month, count, _fen in self.parts())

    def runs(self) -> list[tuple[Installment, Installment]]:
        """The first and the last installment of each run (the same one for a run of one)."""
        ends, number = [], 1
        for month, count, fen in self.parts():
            first = Installment(number, _month_after(self.start_on, month), fen)
            last = first if count == 1 else Installment(number + count - 1,
                                                        _month_after(self.start_on, month + count - 1), fen)
            ends.append((first, last))
            number += count
        return ends

    def installments(self) -> tuple[Installment, ...]:
        dated = [(m, fen) for month, count, fen in self.parts() for m in range(month, month + count)]
        return tuple(Installment(n, add_months(self.start_on, m), fen)
                     for n, (m, fen) in enumerate(dated, start=1))


@dataclass(frozen=True)
class CreditorPlan:
    debt_id: str
    creditor_name: str
    plan_amount_fen: int                  # owed, or principal when asking to waive fees
    monthly_fen: int                      # the regular installment (its offer share, capped at what is left)
    down_payment_fen: int                 # this creditor's share of the down payment
    schedule: Schedule | None             # None when nothing is owed, no payment or too long to list
    months: int                           # every installment, the down payment included; 0 if never paid
    over_limit: bool                      # more than MAX_MONTHS installments, or never paid off
    min_monthly_to_fit_fen: int | None    # when over the limit: least monthly amount that fits
    codes: tuple[str, ...]

    @cached_property
    def installments(self) -> tuple[Installment, ...]:
        """Every installment of the schedule, listed when first asked for; empty without one."""
        return self.schedule.installments() if self.schedule else ()


@dataclass(frozen=True)
class Plan:
    offer_fen: int                        # the monthly offer in use (the user's, or the default)
    default_offer_fen: int
    disposable_fen: int                   # may be negative
    down_payment_fen: int                 # as used: never more than the total
    start_on: date
    creditors: tuple[CreditorPlan, ...]   # in the order the debts were listed
    total_fen: int                        # sum of the plan amounts
    fits_60: bool
    min_offer_to_fit_fen: int | None      # when it does not fit: least monthly offer that fits
    warnings: tuple[str, ...]


def disposable(budget: Budget) -> int:
    """Monthly income less essential spending, in fen; negative when spending is larger."""
    return budget.income_total_fen - budget.spending_total_fen


def default_offer(budget: Budget) -> int:
    """Disposable income less a buffer of 10 % of essential spending, never below zero.

    The buffer is rounded up to the fen, so the offer never exceeds what is affordable.
    """
    buffer = _ceil_div(budget.spending_total_fen * BUFFER_PERCENT, 100)
    return max(0, disposable(budget) - buffer)


def split_pro_rata(offer_fen: int, amounts_fen: Sequence[int]) -> list[int]:
    """Shares of `offer_fen` by amount, rounded down; leftover fen one each to the largest amounts.

    Equal amounts take leftover fen in list order. The shares sum exactly to the offer, unless
    every amount is zero, when every share is zero.
    """
    if offer_fen < 0 or any(a < 0 for a in amounts_fen):
        raise PlanError("negative")
    total = sum(amounts_fen)
    if total == 0:
        return [0] * len(amounts_fen)
    shares = [offer_fen * a // total for a in amounts_fen]
    largest_first = sorted(range(len(amounts_fen)), key=lambda i: -amounts_fen[i])  # stable: list order
    for i in largest_first[: offer_fen - sum(shares)]:
        shares[i] += 1
    return shares


def monthly_shares(debts: Sequence[Debt], weights: Sequence[int], offer: int,
                   choices: PlanChoices) -> list[int]:
    """Each creditor's monthly share: its own amount where `choices.monthly_by_debt` sets one (a
    revised proposal or an agreement), the rest of the offer split pro rata among the others."""
    fixed = {d.id: choices.monthly_by_debt[d.id] for d in debts if d.id in choices.monthly_by_debt}
    if not fixed:
        return split_pro_rata(offer, weights)
    if any(fen < 0 for fen in fixed.values()):
        raise PlanError("negative")
    free = [i for i, d in enumerate(debts) if d.id not in fixed]
    rest = split_pro_rata(max(0, offer - sum(fixed.values())), [weights[i] for i in free])
    shares = [fixed.get(d.id, 0) for d in debts]
    for i, share in zip(free, rest, strict=True):
        shares[i] = share
    return shares


def plan_amount(debt: Debt, waive_fees: bool) -> int:
    """What the plan asks to repay: the amount owed, or the principal when asking to waive fees.

    Without a known principal the amount owed is used (build() reports it as "principal_unknown").
    """
    return _plan_amount(debt, waive_fees)[0]


def build(debts: Sequence[Debt], budget: Budget | None, choices: PlanChoices, today: date) -> Plan:
    """The whole plan: offer, down payment, per-creditor schedules, the 60-month check and options.

    Installments fall on the start date and the same day of each following month (clamped to the
    month's end). With a down payment, it is installment 1 on the start date and monthly payments
    follow from the next month; without one, the first monthly payment is on the start date.
    """
    known = budget or Budget()
    amounts = [_plan_amount(d, choices.waive_fees) for d in debts]
    weights = [fen for fen, _ in amounts]
    total = sum(weights)
    default = default_offer(known)
    offer = default if choices.monthly_offer_fen is None else choices.monthly_offer_fen
    if offer < 0 or choices.down_payment_fen < 0:
        raise PlanError("negative")
    down = min(choices.down_payment_fen, total)
    start_passed = choices.start_on is not None and choices.start_on < today
    start = first_of_next_month(today) if start_passed or choices.start_on is None else choices.start_on
    first_monthly = 1 if down else 0
    creditors = tuple(
        _creditor_plan(debt, fen, codes, down_share, share, start, first_monthly)
        for debt, (fen, codes), down_share, share in zip(
            debts, amounts, split_pro_rata(down, weights), monthly_shares(debts, weights, offer, choices),
            strict=True,
        )
    )
    fits = not any(c.over_limit for c in creditors)
    downs = [c.down_payment_fen for c in creditors]
    return Plan(
        offer_fen=offer,
        default_offer_fen=default,
        disposable_fen=disposable(known),
        down_payment_fen=down,
        start_on=start,
        creditors=creditors,
        total_fen=total,
        fits_60=fits,
        min_offer_to_fit_fen=None if fits else min_offer_to_fit(weights, downs),
        warnings=(("start_date_passed",) if start_passed else ())
        + _warnings(budget, offer, default, choices.down_payment_fen > total, creditors, fits),
    )


def min_monthly_to_fit(plan_amount_fen: int, down_payment_fen: int) -> int:
    """The least monthly payment after the down payment that ends within MAX_MONTHS installments."""
    slots = MAX_MONTHS - (1 if down_payment_fen else 0)
    return _ceil_div(plan_amount_fen - down_payment_fen, slots)


def min_offer_to_fit(amounts_fen: Sequence[int], down_payments_fen: Sequence[int]) -> int:
    """The least total monthly offer from which every offer lets every creditor fit MAX_MONTHS.

    Searched with the real split, because rounding and leftover fen make any formula wrong by a
    fen or more. The split is not monotone (one more fen of offer can move a leftover fen away
    from a creditor), so a plain bisection could name an offer just below a gap where a fen more
    fails. We scan down instead from the offer where the rounded-down shares alone suffice, to
    the first offer that fails. Only when that run is longer than SCAN_LIMIT (amounts like ¥1
    beside ¥90,000,000) do we bisect the rest: the answer then fits and one fen less does not.
    """
    needs = [min_monthly_to_fit(a, d) for a, d in zip(amounts_fen, down_payments_fen, strict=True)]
    total = sum(amounts_fen)

    def fits(offer: int) -> bool:
        return all(s >= n for s, n in zip(split_pro_rata(offer, amounts_fen), needs, strict=True))

    high = max((_ceil_div(n * total, a) for n, a in zip(needs, amounts_fen, strict=True) if n), default=0)
    low = max(0, high - SCAN_LIMIT)
    for offer in range(high - 1, low - 1, -1):
        if not fits(offer):
            return offer + 1
    if low == 0:          # nothing failed, not even 0: nobody needs a monthly payment
        return 0
    return _bisect(fits, 0, low)


def runs(installments: Sequence[Installment]) -> list[list[Installment]]:
    """Installments grouped into runs of consecutive equal amounts, in order (the plan page and letters)."""
    grouped: list[list[Installment]] = []
    for installment in installments:
        if grouped and grouped[-1][-1].amount_fen == installment.amount_fen:
            grouped[-1].append(installment)
        else:
            grouped.append([installment])
    return grouped


def _bisect(fits: Callable[[int], bool], low: int, high: int) -> int:
    """An offer in (low, high] that fits while one fen less does not, given fits(high), not fits(low)."""
    while high - low > 1:
        middle = (low + high) // 2
        if fits(middle):
            high = middle
        else:
            low = middle
    return high


def balance_curve(plan: Plan) -> list[tuple[date, int]]:
    """What is still owed in total on each monthly payment date, before that day's payments.

    The first point is the full total on the start date; the last is one month after the final
    installment, when only debts without a listed schedule remain (zero when everything is paid).
    """
    parts = [part for c in plan.creditors if c.schedule for part in c.schedule.parts()]
    end = max((month + count for month, count, _fen in parts), default=0)   # a month after the last payment
    changes = [0] * (end + 1)         # by month after the start: how the month's payments change
    for month, count, fen in parts:   # every schedule starts on plan.start_on (build() gives it)
        changes[month] += fen
        changes[month + count] -= fen
    points = [(plan.start_on, plan.total_fen)]
    remaining, paid = plan.total_fen, 0
    for month in range(1, end + 1):
        paid += changes[month - 1]
        remaining -= paid
        points.append((_month_after(plan.start_on, month), remaining))
    return points


def _month_after(start: date, months: int) -> date:
    """add_months(start, months), without looking up the month's length when no month is too short."""
    if start.day > 28:
        return add_months(start, months)
    year, month = divmod(start.year * 12 + start.month - 1 + months, 12)
    return date(year, month + 1, start.day)


def _plan_amount(debt: Debt, waive_fees: bool) -> tuple[int, tuple[str, ...]]:
    """The plan amount and its codes; principal above the amount owed is capped at the amount owed."""
    if not waive_fees:
        return debt.owed_fen, ()
    if debt.principal_fen is None:
        return debt.owed_fen, ("principal_unknown",)
    return min(debt.principal_fen, debt.owed_fen), ()


def _creditor_plan(
    debt: Debt, amount: int, codes: tuple[str, ...], down: int, share: int, start: date, first_monthly: int
) -> CreditorPlan:
    """One creditor's schedule: the down payment share, then its monthly share until paid."""
    rest = amount - down
    monthly = min(share, rest)
    if amount == 0:
        return _unscheduled(debt, 0, 0, 0, 0, None, (*codes, "nothing_owed"))
    need = min_monthly_to_fit(amount, down)
    if rest and not monthly:
        return _unscheduled(debt, amount, 0, down, 0, need, (*codes, "no_payment", "over_60_months"))
    months = (1 if down else 0) + (_ceil_div(rest, monthly) if rest else 0)
    over = months > MAX_MONTHS
    codes = (*codes, "over_60_months") if over else codes
    if months > SCHEDULE_CAP_MONTHS:
        return _unscheduled(debt, amount, monthly, down, months, need, (*codes, "schedule_too_long"))
    return CreditorPlan(
        debt_id=debt.id,
        creditor_name=debt.creditor_name,
        plan_amount_fen=amount,
        monthly_fen=monthly,
        down_payment_fen=down,
        schedule=_schedule(down, rest, monthly, start, first_monthly),
        months=months,
        over_limit=over,
        min_monthly_to_fit_fen=need if over else None,
        codes=codes,
    )


def _unscheduled(
    debt: Debt, amount: int, monthly: int, down: int, months: int, need: int | None, codes: tuple[str, ...]
) -> CreditorPlan:
    """A creditor without a listed schedule: nothing owed, never paid off, or too long to list."""
    return CreditorPlan(
        debt_id=debt.id,
        creditor_name=debt.creditor_name,
        plan_amount_fen=amount,
        monthly_fen=monthly,
        down_payment_fen=down,
        schedule=None,
        months=months,
        over_limit=need is not None,
        min_monthly_to_fit_fen=need,
        codes=codes,
    )


def _schedule(down: int, rest: int, monthly: int, start: date, first_monthly: int) -> Schedule:
    """The down payment on the start date, then `monthly` each month, the last one the remainder."""
    full, last = divmod(rest, monthly) if monthly else (0, 0)
    return Schedule(start, down, first_monthly, monthly, full, last)


def _warnings(
    budget: Budget | None, offer: int, default: int, down_capped: bool,
    creditors: Sequence[CreditorPlan], fits: bool,
) -> tuple[str, ...]:
    """Plan-wide codes: why the default offer is what it is, and what to do when it does not fit."""
    codes: list[str] = []
    if budget is None:
        codes.append("no_budget")
    elif disposable(budget) <= 0:
        codes.append("no_disposable_income")
    elif default == 0:
        codes.append("no_room_after_buffer")
    if offer > default:
        codes.append("offer_above_affordable")
    if down_capped:
        codes.append("down_payment_capped")
    if any("no_payment" in c.codes for c in creditors):
        codes.append("offer_too_small")
    if not fits:
        codes += ["over_60_months", *OPTIONS_WHEN_OVER]
    return tuple(codes)


def _ceil_div(a: int, b: int) -> int:
    """a / b rounded up, for non-negative a and positive b, in integers only."""
    return -(-a // b)
