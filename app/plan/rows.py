"""The plan result's creditors as ready-to-show rows, formatted in one pass.

Ten creditors with up to 60 installments each would be 600 table rows. The page shows each
schedule compactly instead: installments of the same amount in a row are one line ("2–40,
1 Jan 2027 to 1 Mar 2030, one a month, ¥490.50"), which is the whole schedule in two or three
lines; the full table, one row per installment, is the creditor's own page (plan.schedule).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.case import Debt
from app.core.plan import CreditorPlan, Installment, Plan
from app.i18n import Formats
from app.plan import wording


@dataclass(frozen=True)
class Run:
    """Consecutive installments of one amount, as shown."""

    numbers: str        # "1", or "2–40"
    dates: str          # one date, or the first and last with "one a month"
    amount: str


@dataclass(frozen=True)
class CreditorRow:
    debt_id: str
    name: str           # the creditor in the UI language
    heading: str        # the name and the card's tail
    over_limit: bool
    amount: str
    down: str           # "" without a down payment
    monthly: str
    months: str         # "41 期", or "—" when never paid off
    first: str          # "" without installments
    last: str
    notes: tuple[str, ...]
    runs: tuple[Run, ...]
    count: int          # installments listed
    full_link: str      # the words of the link to the full schedule
    caption: str        # of its table of runs


def creditor_rows(plan: Plan, debts: dict[str, Debt], names: dict[str, str],
                  fmt: Formats) -> list[CreditorRow]:
    """Each creditor of the plan, worded; `debts` and `names` (the creditor's) by debt id."""
    words = wording.words()
    return [_row(plan, creditor, names[creditor.debt_id], debts[creditor.debt_id].tail, words, fmt)
            for creditor in plan.creditors]


def _row(plan: Plan, creditor: CreditorPlan, name: str, tail: str, words: dict, fmt: Formats) -> CreditorRow:
    ends = creditor.schedule.runs() if creditor.schedule else []      # its installments are not listed
    count = ends[-1][1].number if ends else 0
    return CreditorRow(
        debt_id=creditor.debt_id, name=name,
        heading=f"{name} · {words['tail'] % {'tail': tail}}" if tail else name,
        over_limit=creditor.over_limit, amount=fmt.money(creditor.plan_amount_fen),
        down=fmt.money(creditor.down_payment_fen) if creditor.down_payment_fen else "",
        monthly=fmt.money(creditor.monthly_fen),
        months=words["periods"] % {"n": creditor.months} if creditor.months else "—",
        first=fmt.date(ends[0][0].due_on) if ends else "",
        last=fmt.date(ends[-1][1].due_on) if ends else "",
        notes=tuple(wording.creditor_notes(plan, creditor)),
        runs=tuple(_run(first, last, words, fmt) for first, last in ends), count=count,
        full_link=words["full_schedule"] % {"name": name, "n": count},
        caption=words["caption"] % {"name": name},
    )


def _run(first: Installment, last: Installment, words: dict, fmt: Formats) -> Run:
    if first is last:
        return Run(str(first.number), fmt.date(first.due_on), fmt.money(first.amount_fen))
    dates = words["run_dates"] % {"first": fmt.date(first.due_on), "last": fmt.date(last.due_on)}
    return Run(f"{first.number}–{last.number}", dates, fmt.money(first.amount_fen))


def curve_rows(curve: Sequence, fmt: Formats) -> list[tuple[str, str]]:
    """The balance curve's data table: (date, balance) as shown."""
    return [(fmt.date(on), fmt.money(fen)) for on, fen in curve]
