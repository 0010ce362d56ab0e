"""The court papers in the rest of the app: each deadline on the timeline and in the .ics (stable
UIDs `court-<paper id>-<code>`), one "where things stand" row per paper, and the deadlines at the
top of the summary page (its include calls `court_deadlines`)."""

from __future__ import annotations

from datetime import date

from flask import Blueprint
from flask_babel import lazy_gettext as _l

from app import cases
from app.clock import today_in_china
from app.core.case import Case
from app.court import pages, wording
from app.i18n import ui_date
from app.timeline import Event, Standing, register, register_standing

EVENT_TITLE = _l("法院期限：%(what)s（%(paper)s%(who)s）")
HEARING_TITLE = _l("开庭（%(paper)s%(who)s）")
EVENT_DETAIL = _l("按 %(date)s 收到计算。以法院通知为准。")
STATE = _l("%(date)s 收到")
NEXT_ACTION = _l("%(what)s：%(date)s 前")
NO_DEADLINE = _l("看看这份文书意味着什么、怎样核实")


def _who(creditor: str) -> str:
    return f"，{creditor}" if creditor else ""


@register
def court_events(case: Case, today: date) -> list[Event]:
    """Every deadline and hearing of every paper, past ones too (the .ics keeps them)."""
    events = []
    for paper in case.court_papers:
        creditor, kind = pages.creditor_of(case, paper), wording.KINDS[paper.kind]
        for row in pages.deadline_rows(case, paper):
            if row.code == "hearing":
                title = str(HEARING_TITLE % {"paper": kind, "who": _who(creditor)})
            else:
                title = str(EVENT_TITLE % {"what": row.label, "paper": kind, "who": _who(creditor)})
            detail = " ".join(filter(None, (str(EVENT_DETAIL % {"date": ui_date(paper.received_on)}),
                                            row.moved, row.weekends_only)))
            events.append(Event(key=row.key, on=row.due_on, title=title, detail=detail,
                                kind="court_hearing" if row.code == "hearing" else "court_deadline"))
    return events


@register_standing
def court_standing(case: Case, today: date) -> list[Standing]:
    """One row per paper: when it came, and its nearest deadline still ahead."""
    rows = []
    for paper in case.court_papers:
        ahead = [row for row in pages.deadline_rows(case, paper) if row.due_on >= today]
        action, on = str(NO_DEADLINE), None
        if ahead:
            first = ahead[0]
            action, on = str(NEXT_ACTION % {"what": first.label, "date": ui_date(first.due_on)}), first.due_on
        creditor = pages.creditor_of(case, paper)
        subject = f"{wording.KINDS[paper.kind]} · {creditor}" if creditor else str(wording.KINDS[paper.kind])
        rows.append(Standing(key=f"court-{paper.id}", subject=subject,
                             state=str(STATE % {"date": ui_date(paper.received_on)}),
                             changed_on=paper.received_on, next_action=action, next_on=on,
                             debt_id=paper.debt_id))
    return rows


def register_summary_global(bp: Blueprint) -> None:
    @bp.app_template_global("court_deadlines")
    def court_deadlines() -> list[pages.Upcoming]:
        """The open case's court deadlines from today on, soonest first (the summary's top)."""
        return pages.upcoming(cases.load(), today_in_china())
