"""The documents a case produces, gathered from the steps that know how to write them.

Each step registers a provider: a function of (case, today) returning its documents. The
letters step lists, previews, edits, prints and bundles whatever the providers return, so a
new kind of document needs no change there. Providers run in registration order, which is
the order of "print all".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.core.case import Case


@dataclass(frozen=True)
class Paragraph:
    """A narrative paragraph the user may rewrite; the edit is kept in case.narratives[key]."""

    key: str
    label: str          # shown in the edit form, in the UI language
    default: str        # the text we drafted, Simplified Chinese


@dataclass(frozen=True)
class Document:
    key: str                    # unique and URL-safe: "request-1a2b3c4d", "complaint-agency-xyz", ...
    title: str                  # Simplified Chinese, as printed
    summary: str                # one line in the UI language: what it is, for whom
    template: str               # renders one <section class="document"> (Simplified Chinese)
    filename: str               # ASCII download name, e.g. "request-cmb-1234.pdf"
    context: dict[str, Any] = field(default_factory=dict)
    paragraphs: tuple[Paragraph, ...] = ()
    explain_en: str = ""        # for volunteers in the English UI: what the letter says
    needs: tuple[str, ...] = ()  # details the printed letter needs from the case: codes of NEEDS
    lacking: tuple[str, ...] = ()  # details only the provider can see are missing (a court paper's figures)
    cover: str = ""             # a sheet for the user printed before the document, paged on its own


Provider = Callable[[Case, date], list[Document]]
_providers: list[Provider] = []


def register(provider: Provider) -> Provider:
    """Decorator: add a document provider (idempotent, so re-imports don't duplicate)."""
    if provider not in _providers:
        _providers.append(provider)
    return provider


def documents_for(case: Case, today: date) -> list[Document]:
    return [doc for provider in _providers for doc in provider(case, today)]


# Notes for the documents page about documents a step chose not to write (UI language, one line each).
Notices = Callable[[Case], list[str]]
_notices: list[Notices] = []


def register_notices(provider: Notices) -> Notices:
    """Decorator: add a provider of documents-page notes (idempotent, as `register`)."""
    if provider not in _notices:
        _notices.append(provider)
    return provider


def notices_for(case: Case) -> list[str]:
    return [note for provider in _notices for note in provider(case)]


# What a document may need before it is printed: code -> does the case have it?
NEEDS: dict[str, Callable[[Case], bool]] = {
    "name": lambda case: bool(case.applicant.name.strip()),
    "phone": lambda case: bool(case.applicant.phone.strip()),
}
# Documents whose provider does not say what it needs, by template: letters that are signed and sent.
NEEDS_BY_TEMPLATE = {
    "letters/_request.html": ("name", "phone"),
    "letters/_complaint_section.html": ("name", "phone"),
}


def missing(case: Case, doc: Document) -> list[str]:
    """Codes of the details `doc` needs and the case lacks, in NEEDS order, then what its provider
    found lacking (empty: ready to print)."""
    needs = doc.needs or NEEDS_BY_TEMPLATE.get(doc.template, ())
    lacking = [code for code, present in NEEDS.items() if code in needs and not present(case)]
    return lacking + list(doc.lacking)


def narrative(case: Case, paragraph: Paragraph) -> str:
    """The user's edit of a paragraph, or our draft when they have not edited it."""
    return case.narratives.get(paragraph.key, paragraph.default)
