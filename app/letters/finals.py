"""What the documents page shows of each document: draft or 定稿, stale edits, what is missing, sending.

Key-agnostic: everything works from whatever the providers in app.documents return. A final
version is rebuilt by running the providers on its snapshot with today = the day it was made
final (app.core.finals), so it prints the same letter every time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import documents
from app.core import finals
from app.core.case import Case, FinalDocument
from app.documents import Document, Paragraph

# How a document is sent, by its template (the case summary and the phone script are not sent).
SENDING_BY_TEMPLATE = {
    "letters/_request.html": "request",
    "letters/_complaint_section.html": "complaint",
}


@dataclass(frozen=True)
class StaleEdit:
    """A paragraph the user rewrote against a draft that has since changed."""

    index: int                  # position in doc.paragraphs (the edit form's field p<index>)
    paragraph: Paragraph        # its default is the regenerated draft
    mine: str                   # the user's text


@dataclass(frozen=True)
class Entry:
    """One document on the documents page."""

    doc: Document                       # the final version's letter when there is one, else the draft
    final: FinalDocument | None         # the version in force
    history: tuple[FinalDocument, ...]  # retired versions, oldest first
    changed: bool                       # the case changed since `final` was made
    stale: tuple[StaleEdit, ...]        # only for drafts
    missing: tuple[str, ...]            # codes of app.documents.NEEDS the printed letter lacks
    sending: str                        # "request", "complaint" or "" (not sent)
    in_case: bool                       # the case as it is now still produces this document


def final_document(final: FinalDocument) -> Document | None:
    """The letter of a final version, rebuilt from its snapshot as of the day it was made final.

    None when the snapshot no longer yields that document (a provider changed its keys).
    """
    docs = documents.documents_for(finals.as_case(final.content), final.finalized_on)
    return next((doc for doc in docs if doc.key == final.key), None)


def stale_edits(case: Case, doc: Document) -> tuple[StaleEdit, ...]:
    return tuple(StaleEdit(index, p, case.narratives[p.key]) for index, p in enumerate(doc.paragraphs)
                 if finals.is_stale(case, p.key, p.default))


def entries(case: Case, today: date) -> list[Entry]:
    """Every document of the case, in provider order, then documents that exist only as final versions."""
    drafts = documents.documents_for(case, today)
    shown = [_entry(case, draft.key, draft) for draft in drafts]
    present = {d.key for d in drafts}
    shown += [_entry(case, key, None) for key in finals.keys(case.finals) if key not in present]
    return [entry for entry in shown if entry is not None]


def entry(case: Case, key: str, today: date) -> Entry | None:
    """The entry of document `key`, or None when the case has no such document."""
    draft = next((d for d in documents.documents_for(case, today) if d.key == key), None)
    return _entry(case, key, draft)


def _entry(case: Case, key: str, draft: Document | None) -> Entry | None:
    final = finals.current(case, key)
    history = tuple(f for f in finals.versions(case, key) if f is not final)
    doc = final_document(final) if final is not None else draft
    if doc is None and final is not None:       # the providers no longer rebuild it: show the draft
        final, doc = None, draft
    if doc is None:
        if not history:
            return None
        doc = final_document(history[-1])       # only retired versions left: show the newest one
        if doc is None:
            return None
    frozen_case = finals.as_case(final.content) if final is not None else case
    return Entry(
        doc=doc, final=final, history=history,
        changed=final is not None and finals.changed_since(case, final),
        stale=stale_edits(case, doc) if final is None and draft is not None else (),
        missing=tuple(documents.missing(frozen_case, doc)),
        sending=SENDING_BY_TEMPLATE.get(doc.template, ""),
        in_case=draft is not None,
    )


def printable(case: Case, today: date) -> list[Document]:
    """What "print all" prints: each document in force, as its final version where it has one."""
    return [e.doc for e in entries(case, today) if e.final is not None or e.in_case]
