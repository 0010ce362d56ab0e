"""What usually comes next in each collection phase the user's accounts are in, and the one thing to do now.

The phases are those of `overdue.phase` (初期 1–30, 中期 31–90, 后期 over 90 days). What usually
happens in each is practice as the article the app grew from describes it, never law: the shell
labels it so. The credit-record card rests only on the VERIFIED rows of 征信业管理条例 (§14).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.core.case import Collector, Debt
from app.core.overdue import days_past_due, phase

PHASES = ("early", "middle", "late")

# What usually happens next (practice): reminders; frequent calls, letters, outsourcing; legal steps.
PRACTICE: dict[str, tuple[str, ...]] = {
    "early": ("sms_app_reminders",),
    "middle": ("frequent_calls", "letters", "outsourcing"),
    "late": ("legal_letters", "visits", "lawsuit_or_arbitration"),
}

# The one thing to do now in each phase; a late account already in court has its own.
DO_NOW = {"early": "contact_bank", "middle": "request_plan", "late": "check_papers"}
IN_COURT_DO_NOW = "court_deadlines"
IN_COURT = frozenset({Collector.COURT_FILED, Collector.JUDGMENT})

# 征信业管理条例: records kept 5 years (第十六条), two free reports a year (第十七条), disputes (第二十五条),
# complaints to the local PBOC branch or the court (第二十六条).
CREDIT_CITATIONS = (
    "credit_reporting_16", "credit_reporting_17", "credit_reporting_25", "credit_reporting_26",
)


@dataclass(frozen=True)
class PhaseCard:
    phase: str                   # "early", "middle" or "late"
    debt_ids: tuple[str, ...]    # the accounts in this phase, in the user's order
    practice: tuple[str, ...]    # what usually happens next (practice codes)
    do_now: str                  # the one thing to do now


@dataclass(frozen=True)
class NextSteps:
    cards: tuple[PhaseCard, ...]     # one per phase the user is in, earliest phase first

    @property
    def credit_record(self) -> bool:
        """An account is overdue, so its credit record matters (every card's accounts are)."""
        return bool(self.cards)


def next_steps(debts: Sequence[Debt], today: date) -> NextSteps:
    """One card per phase any account is in today; accounts not overdue have none."""
    by_phase: dict[str, list[Debt]] = {code: [] for code in PHASES}
    for debt in debts:
        code = phase(days_past_due(debt.first_missed_on, today))
        if code in by_phase:
            by_phase[code].append(debt)
    cards = tuple(_card(code, found) for code, found in by_phase.items() if found)
    return NextSteps(cards=cards)


def _card(code: str, debts: list[Debt]) -> PhaseCard:
    in_court = code == "late" and any(debt.collector in IN_COURT for debt in debts)
    return PhaseCard(phase=code, debt_ids=tuple(debt.id for debt in debts), practice=PRACTICE[code],
                     do_now=IN_COURT_DO_NOW if in_court else DO_NOW[code])
