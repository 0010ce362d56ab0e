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


def final_document(case: Case, final: FinalDocument, built: dict | None = None) -> Document | None:
    """The letter of a final version, rebuilt from its snapshot as of the day it was made final.

    None when the snapshot is missing or no longer yields that document (a provider changed its
    keys). `built` memoizes the provider runs per (snapshot, day) across calls: documents made
    final together share both, so a page of them runs the providers once.
    """
    content = finals.content_of(case, final)
    if content is None:
        return None
    built = {} if built is None else built
    run = (final.snapshot_id, final.finalized_on)
    if run not in built:
        built[run] = documents.documents_for(finals.as_case(content), final.finalized_on)
    return next((doc for doc in built[run] if doc.key == final.key), None)


def stale_edits(case: Case, doc: Document) -> tuple[StaleEdit, ...]:
    return tuple(StaleEdit(index, p, case.narratives[p.key]) for index, p in enumerate(doc.paragraphs)
                 if finals.is_stale(case, p.key, p.default))


def entries(case: Case, today: date) -> list[Entry]:
    """Every document of the case, in provider order, then documents that exist only as final versions."""
    drafts = documents.documents_for(case, today)
    context = _Context(case, finals.compared_id(finals.snapshot(case)) if case.finals else "")
    shown = [context.entry(draft.key, draft) for draft in drafts]
    present = {d.key for d in drafts}
    shown += [context.entry(key, None) for key in finals.keys(case.finals) if key not in present]
    return [entry for entry in shown if entry is not None]


def entry(case: Case, key: str, today: date) -> Entry | None:
    """The entry of document `key`, or None when the case has no such document."""
    draft = next((d for d in documents.documents_for(case, today) if d.key == key), None)
    context = _Context(case, finals.compared_id(finals.snapshot(case)) if case.finals else "")
    return context.entry(key, draft)


class _Context:
    """What the entries of one page share: the case, its content id, the provider runs made so far."""

    def __init__(self, case: Case, now_id: str) -> None:
        self.case, self.now_id, self.built = case, now_id, {}
        self.unchanged: dict[str, bool] = {}       # snapshot id -> the case still holds that content

    def changed(self, final: FinalDocument) -> bool:
        """finals.changed_since, fingerprinting each stored snapshot once per page."""
        if final.snapshot_id not in self.unchanged:
            self.unchanged[final.snapshot_id] = not finals.changed_since(self.case, final, self.now_id)
        return not self.unchanged[final.snapshot_id]

    def entry(self, key: str, draft: Document | None) -> Entry | None:
        case = self.case
        final = finals.current(case, key)
        history = tuple(f for f in finals.versions(case, key) if f is not final)
        doc = final_document(case, final, self.built) if final is not None else draft
        if doc is None and final is not None:       # the providers no longer rebuild it: show the draft
            final, doc = None, draft
        if doc is None:                              # only retired versions left: show the newest one
            rebuilt = (final_document(case, old, self.built) for old in reversed(history))
            doc = next((d for d in rebuilt if d is not None), None)
            if doc is None:
                return None
        frozen = finals.content_of(case, final) if final is not None else None
        return Entry(
            doc=doc, final=final, history=history,
            changed=final is not None and self.changed(final),
            stale=stale_edits(case, doc) if final is None and draft is not None else (),
            missing=tuple(documents.missing(finals.as_case(frozen) if frozen else case, doc)),
            sending=SENDING_BY_TEMPLATE.get(doc.template, ""),
            in_case=draft is not None,
        )


def printable(case: Case, today: date) -> list[Document]:
    """What "print all" prints: each document in force, as its final version where it has one."""
    return [e.doc for e in entries(case, today) if e.final is not None or e.in_case]
