"""The cover sheet's content from the case and the timeline, and the resume-code check.

The sheet is a document like the letters (Simplified Chinese, `templates/letters/_cover_sheet.html`,
printed by app.letters.render), but it is not registered in app.documents: it belongs in the
volunteer's paper file, not in the pack the debtor sends, and it may carry the resume code.
"""

from __future__ import annotations

import hmac
from datetime import date

from flask import session
from flask_babel import force_locale

from app import timeline
from app.core import cover
from app.core.case import Case
from app.documents import Document
from app.store import codes, crypto
from app.store.errors import CodeError

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


def opens_this_case(typed: str) -> str | None:
    """The typed code, formatted, when it is the open case's resume code; else None.

    The app never stores the code: the session holds the case's lookup, which is derived from the
    code exactly as app.store derives it, so the typed code is checked against that (no database
    read, no key derivation), in constant time.
    """
    try:
        formatted = codes.normalize(typed[:100])
    except CodeError:
        return None
    expected = session.get("case_lookup", "")
    return formatted if hmac.compare_digest(crypto.lookup_for(formatted), expected) else None
