"""The cover sheet's content from the case and the timeline.

The sheet is a document like the letters (Simplified Chinese, `templates/letters/_cover_sheet.html`,
printed by app.letters.render), but it is not registered in app.documents: it belongs in the
volunteer's paper file, not in the pack the debtor sends, and it may carry the resume code
(checked by app.cases.this_cases_code).
"""

from __future__ import annotations

from datetime import date

from flask_babel import force_locale

from app import timeline
from app.core import cover
from app.core.case import Case
from app.documents import Document

TEMPLATE = "letters/_cover_sheet.html"
TITLE = "案件封面"


def sheet_for(case: Case, today: date, code: str | None = None) -> cover.CoverSheet:
    """What the sheet prints. The providers word their rows in the UI language, so they run in
    Simplified Chinese here, as the letters do."""
    with force_locale("zh_Hans_CN"):
        standings = [cover.StandingLine(s.subject, s.state, s.changed_on, s.next_action, s.next_on)
                     for s in timeline.standings_for(case, today)]
        events = [cover.DatedLine(e.on, e.title) for e in timeline.events_for(case, today)]
    return cover.build(case.label, case.notes, today, standings, events, code)


def document(sheet: cover.CoverSheet) -> Document:
    return Document(key="cover-sheet", title=TITLE, summary="", template=TEMPLATE, filename="cover-sheet.pdf",
                    context={"sheet": sheet})
