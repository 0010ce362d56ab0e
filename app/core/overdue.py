"""How far behind each account is, and the debt summary: stage, flags and urgency order.

Days past due (DPD) = today − the date of the first missed payment. Buckets and phases follow
the SPEC: M1 = 1–30 days … M6 = 151–180, M7+ over 180 (长账龄); 初期 1–30, 中期 31–90,
后期 over 90. The summary also checks the dates a user typed, returning codes for the form.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from app.core.case import Debt
from app.core.dates import days_between
from app.core.flags import Flag, flags_for, notes_for

# Most urgent first; an account with none of these ranks by how long it has been overdue.
URGENT_FLAGS = ("judgment", "litigation_started", "fraud_threshold", "lawsuit_risk")


def days_past_due(first_missed_on: date, today: date) -> int:
    """Days since the first missed payment; 0 on its due date or when it lies ahead."""
    return max(0, days_between(first_missed_on, today))


def bucket(dpd: int) -> str:
    """'M0' when current, 'M1' for 1–30 days, … 'M6' for 151–180, 'M7+' beyond 180."""
    if dpd <= 0:
        return "M0"
    if dpd > 180:
        return "M7+"
    return f"M{(dpd - 1) // 30 + 1}"


def phase(dpd: int) -> str:
    """'current', 'early' (初期 1–30), 'middle' (中期 31–90) or 'late' (后期 over 90)."""
    if dpd <= 0:
        return "current"
    if dpd <= 30:
        return "early"
    return "middle" if dpd <= 90 else "late"


@dataclass(frozen=True)
class AccountSummary:
    """One account's stage and flags; `urgency` is its most urgent flag, "overdue" or "current"."""

    debt: Debt
    dpd: int
    bucket: str
    phase: str
    flags: tuple[Flag, ...]
    notes: tuple[Flag, ...]
    urgency: str


class ChartBar(NamedTuple):
    """One bar of the balance chart the web layer draws."""

    debt_id: str
    label: str
    owed_fen: int


@dataclass(frozen=True)
class Summary:
    """Totals and accounts, most urgent first; `principal_known_fen` sums only the known principals."""

    accounts: tuple[AccountSummary, ...]
    count: int
    owed_fen: int
    principal_known_fen: int
    principal_unknown_count: int
    chart: tuple[ChartBar, ...]


def summarize(debts: Sequence[Debt], today: date) -> Summary:
    """The debt summary: each account's stage and flags, sorted by urgency, with totals and chart.

    Order: judgment, then litigation started, fraud threshold, lawsuit risk, then the rest;
    within each, longest overdue first, then the largest amount owed, then the user's order.
    """
    accounts = [_account(debt, today) for debt in debts]
    order = sorted(range(len(accounts)), key=lambda i: _urgency_key(accounts[i], i))
    ranked = tuple(accounts[i] for i in order)
    known = [debt.principal_fen for debt in debts if debt.principal_fen is not None]
    return Summary(
        accounts=ranked,
        count=len(debts),
        owed_fen=sum(debt.owed_fen for debt in debts),
        principal_known_fen=sum(known),
        principal_unknown_count=len(debts) - len(known),
        chart=tuple(ChartBar(a.debt.id, chart_label(a.debt), a.debt.owed_fen) for a in ranked),
    )


def chart_label(debt: Debt) -> str:
    """'招商银行 ****1234': the creditor, and the card tail when the user gave one."""
    tail = debt.tail.strip()
    return f"{debt.creditor_name} ****{tail}" if tail else debt.creditor_name


def _account(debt: Debt, today: date) -> AccountSummary:
    dpd = days_past_due(debt.first_missed_on, today)
    flags = flags_for(debt, today)
    codes = {flag.code for flag in flags}
    urgency = next((code for code in URGENT_FLAGS if code in codes), "overdue" if dpd else "current")
    return AccountSummary(debt, dpd, bucket(dpd), phase(dpd), flags, notes_for(debt, today), urgency)


def _urgency_key(account: AccountSummary, position: int) -> tuple[int, int, int, int]:
    rank = URGENT_FLAGS.index(account.urgency) if account.urgency in URGENT_FLAGS else len(URGENT_FLAGS)
    return rank, -account.dpd, -account.debt.owed_fen, position


def check_debt_dates(first_missed_on: date | None, last_payment_on: date | None,
                     demands_on: Sequence[date], today: date) -> list[tuple[str, str]]:
    """Problems with an account's dates as (field, code) pairs, for the form to show at each field.

    Fields are "first_missed_on", "last_payment_on" and "demands_on-<index>" (the index in
    `demands_on`, as WTForms numbers a FieldList). Codes: "future" for a date after today
    ("last_payment_future" for the last payment), "demand_before_first_missed".
    """
    problems = []
    if first_missed_on is not None and first_missed_on > today:
        problems.append(("first_missed_on", "future"))
    if last_payment_on is not None and last_payment_on > today:
        problems.append(("last_payment_on", "last_payment_future"))
    for index, demand_on in enumerate(demands_on):
        where = f"demands_on-{index}"
        if demand_on > today:
            problems.append((where, "future"))
        elif first_missed_on is not None and demand_on < first_missed_on:
            problems.append((where, "demand_before_first_missed"))
    return problems
