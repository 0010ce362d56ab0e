"""What the court pages show, in the UI language: the core's codes worded, each with its citations.

A point's citations are the rows its court-stage items rest on (`citations.item`); rows that are
practice, not law, are never shown as law (the block leaves them out) and the point says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.core import citations
from app.core.case import Case
from app.core.court import deadlines, guidance
from app.core.court.case_number import Proceeding, Reading, Status
from app.core.court.deadlines import Deadline
from app.core.court.guidance import Point
from app.core.court.papers import CourtPaper, PaperKind
from app.court import wording
from app.debts.views import issuer_display
from app.i18n import ui_date

COUNTING_ITEM = "ct_deadline_counting"
# The 2017 仲裁法, replaced on 2026-03-01: cited only for papers received before, and never for the
# set-aside period, whose old six months the app must not show as the rule that applies (§0.1).
OLD_ARBITRATION_LAW = citations.get("arb2017_59").instrument
CURRENT_LAW_ONLY = frozenset({"ct_arbitration_setaside"})


def citation_ids(items: Iterable[str], received_on: date | None = None) -> tuple[str, ...]:
    """The citation rows of court-stage items, each once, in order; the 2017 仲裁法's rows only for a
    paper received while it was in force."""
    old_law = received_on is not None and received_on < deadlines.ARBITRATION_LAW_2025_IN_FORCE
    return tuple(dict.fromkeys(
        row for item in items for row in citations.item(item)
        if citations.get(row).instrument != OLD_ARBITRATION_LAW
        or (old_law and item not in CURRENT_LAW_ONLY)))


@dataclass(frozen=True)
class Said:
    text: str
    citation_ids: tuple[str, ...]
    practice: bool = False          # rests on practice (what courts say they do), not on a rule of law


def said(point: Point, received_on: date | None = None) -> Said:
    ids = citation_ids(point.items, received_on)
    law = any(citations.shown_as_law(citations.get(row)) for row in ids)
    return Said(str(wording.POINTS[point.code]), ids, practice=not law)


@dataclass(frozen=True)
class DeadlineRow:
    key: str                # the timeline key: court-<paper id>-<code>
    code: str
    label: str
    due_on: date
    weekday: str
    moved: str              # "" unless the holiday rule moved it
    weekends_only: str      # "" unless the year has no holiday table
    citation_ids: tuple[str, ...]


def deadline_row(paper: CourtPaper, deadline: Deadline) -> DeadlineRow:
    moved = str(wording.MOVED % {"date": ui_date(deadline.moved_from)}) if deadline.moved_from else ""
    unknown = str(wording.WEEKENDS_ONLY % {"year": deadline.due_on.year}) if deadline.weekends_only else ""
    items = (deadline.item,) if deadline.code == "hearing" else (deadline.item, COUNTING_ITEM)
    label = str(wording.DEADLINES[deadline.code])
    return DeadlineRow(f"court-{paper.id}-{deadline.code}", deadline.code, label, deadline.due_on,
                        wording.weekday(deadline.due_on), moved, unknown,
                       citation_ids(items, paper.received_on))


def deadline_rows(case: Case, paper: CourtPaper) -> list[DeadlineRow]:
    others = tuple(p for p in case.court_papers if p.id != paper.id)
    return [deadline_row(paper, d) for d in deadlines.deadlines_for(paper, others)]


def reading_lines(kind: PaperKind, reading: Reading) -> list[str]:
    """What the 案号 says, sentence by sentence."""
    if reading.status is not Status.READ or reading.number is None:
        return [str(wording.NUMBER_STATUS[reading.status])]
    number = reading.number
    lines = [str(wording.NUMBER_PARTS % {"year": number.year, "court": number.court,
                                         "level": wording.LEVELS[number.level], "type": number.type_code,
                                         "seq": number.sequence})]
    if number.proceeding is Proceeding.UNKNOWN:
        lines.append(str(wording.PROCEEDINGS[number.proceeding] % {"code": number.type_code}))
    else:
        lines.append(str(wording.PROCEEDINGS[number.proceeding]))
    if reading.mismatch:
        lines.append(str(wording.MISMATCH % {"kind": wording.KINDS[kind]}))
    return lines


@dataclass(frozen=True)
class PaperPage:
    paper: CourtPaper
    title: str
    creditor: str
    reading: list[str]
    reading_ids: tuple[str, ...]
    likely_fake: bool
    flags: list[str]
    checks: list[Said]
    realness: list[Said]
    deadlines: list[DeadlineRow]
    notes: list[str]
    next: list[Said]
    cannot: list[Said]


def creditor_of(case: Case, paper: CourtPaper) -> str:
    debt = case.debt(paper.debt_id)
    return issuer_display(debt) if debt else ""


def describe(case: Case, paper: CourtPaper) -> PaperPage:
    verdict = guidance.realness(paper)
    number_items = (verdict.number.number.item,) if verdict.number.number else ()
    others = tuple(p for p in case.court_papers if p.id != paper.id)
    return PaperPage(
        paper=paper, title=str(wording.KINDS[paper.kind]), creditor=creditor_of(case, paper),
        reading=reading_lines(paper.kind, verdict.number), reading_ids=citation_ids(number_items),
        likely_fake=verdict.likely_fake, flags=[str(wording.RED_FLAGS[f]) for f in verdict.flags],
        checks=[said(p) for p in verdict.checks], realness=[said(p) for p in verdict.points],
        deadlines=deadline_rows(case, paper), notes=_notes(paper, others),
        next=[said(p, paper.received_on) for p in guidance.next_points(paper)],
        cannot=[said(p, paper.received_on) for p in guidance.cannot_points(paper)],
    )


def _notes(paper: CourtPaper, others: tuple[CourtPaper, ...]) -> list[str]:
    notes = []
    if paper.kind is PaperKind.PAYMENT_ORDER:
        notes.append(str(wording.OBJECTION_NOT_TIME))
    if paper.kind is PaperKind.SUMMONS:
        notes.append(str(wording.WITH_COMPLAINT))
    if paper.kind is PaperKind.ENFORCEMENT_NOTICE and not deadlines.enforces_award(paper, others):
        notes.append(str(wording.AWARD_NOTICE))
    if deadlines.setaside_period_open(paper):
        notes.append(str(wording.SETASIDE_OPEN))
    return notes


@dataclass(frozen=True)
class Upcoming:
    """A deadline still ahead (or due today), for the summary's top and the timeline."""

    paper: CourtPaper
    title: str
    creditor: str
    row: DeadlineRow


def upcoming(case: Case, today: date) -> list[Upcoming]:
    """Every court deadline from today on, soonest first."""
    found = [Upcoming(paper, str(wording.KINDS[paper.kind]), creditor_of(case, paper), row)
             for paper in case.court_papers for row in deadline_rows(case, paper) if row.due_on >= today]
    return sorted(found, key=lambda u: (u.row.due_on, u.row.key))
