"""The deadlines a court or arbitration paper starts, counted as the court counts them.

The counting rule (ct_deadline_counting: 民事诉讼法 第八十五条, 民诉法解释 第一百二十五条): the day
of receipt is not counted, so a period of N days ends N days after it; a period of months ends on
the corresponding day of the last month (its last day when it has none); and a last day that is a
法定休假日 (a public holiday, or a weekend that is not an adjusted working day) gives way to the
first working day after it. The court's own notice prevails: the shell says so beside every date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.core.court import holidays
from app.core.court.papers import CourtPaper, PaperKind
from app.core.dates import add_months

# The revised 仲裁法 (3 months to apply to set an award aside) is in force from this day; for an
# award received earlier the period that applies is an open question (court-stage §0.1, §9 item 1).
ARBITRATION_LAW_2025_IN_FORCE = date(2026, 3, 1)


@dataclass(frozen=True)
class Deadline:
    code: str            # "answer", "jurisdiction_objection", "payment_order_objection", "appeal_judgment",
                         # "appeal_ruling", "award_nonenforcement", "award_setaside", "hearing"
    due_on: date         # the last day, after the holiday rule
    item: str            # the court-stage §8 item id it rests on, e.g. "ct_answer_15d"
    moved_from: date | None = None   # the plain count's last day when the holiday rule moved it
    weekends_only: bool = False      # no holiday table for that year: only weekends were skipped


# kind -> (code, days, item) of the periods that paper starts on receipt
_DAY_PERIODS: dict[PaperKind, tuple[tuple[str, int, str], ...]] = {
    PaperKind.COMPLAINT: (("answer", 15, "ct_answer_15d"),
                          ("jurisdiction_objection", 15, "ct_jurisdiction_objection")),
    PaperKind.PAYMENT_ORDER: (("payment_order_objection", 15, "ct_payment_order_objection_15d"),),
    PaperKind.JUDGMENT: (("appeal_judgment", 15, "ct_appeal_15d"),),
    PaperKind.RULING: (("appeal_ruling", 10, "ct_appeal_15d"),),
}
_NONENFORCEMENT = ("award_nonenforcement", 15, "ct_arbitration_nonenforce_15d")
SETASIDE_MONTHS = 3


def deadlines_for(paper: CourtPaper, others: tuple[CourtPaper, ...] = ()) -> tuple[Deadline, ...]:
    """Every deadline `paper` starts, and its hearing as an event, soonest first.

    `others` are the case's other papers: an enforcement notice starts the 15 days to oppose
    enforcement of an award only when the case holds that creditor's award (`enforces_award`).
    """
    periods = list(_DAY_PERIODS.get(paper.kind, ()))
    if paper.kind is PaperKind.ENFORCEMENT_NOTICE and enforces_award(paper, others):
        periods.append(_NONENFORCEMENT)
    found = [_counted(code, paper.received_on + timedelta(days=days), item) for code, days, item in periods]
    if paper.kind is PaperKind.ARBITRATION_AWARD:
        found.append(_counted("award_setaside", add_months(paper.received_on, SETASIDE_MONTHS),
                              "ct_arbitration_setaside"))
    if paper.hearing_on is not None:
        found.append(Deadline("hearing", paper.hearing_on, "ct_default_judgment"))
    return tuple(sorted(found, key=lambda d: d.due_on))


def enforces_award(paper: CourtPaper, others: tuple[CourtPaper, ...]) -> bool:
    """An enforcement notice of an arbitration award: the case holds an award from the same creditor."""
    return bool(paper.debt_id) and any(
        o.kind is PaperKind.ARBITRATION_AWARD and o.debt_id == paper.debt_id for o in others)


def setaside_period_open(paper: CourtPaper) -> bool:
    """An award received before the revised 仲裁法: which set-aside period applies is not settled."""
    return paper.kind is PaperKind.ARBITRATION_AWARD and paper.received_on < ARBITRATION_LAW_2025_IN_FORCE


def _counted(code: str, last: date, item: str) -> Deadline:
    due = holidays.next_working_day(last)
    scanned = range(last.year, due.year + 1)
    return Deadline(code, due, item, moved_from=last if due != last else None,
                    weekends_only=not all(holidays.has_data(year) for year in scanned))
