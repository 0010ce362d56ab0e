"""Citations for templates: only rows that may be shown as law, in the order a rule lists them."""

from __future__ import annotations

from collections.abc import Iterable

from flask import Flask

from app.core import citations
from app.core.citations import Citation


def shown(citation_ids: Iterable[str]) -> list[Citation]:
    rows = (citations.get(cid) for cid in citation_ids)
    return [row for row in rows if citations.shown_as_law(row)]


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(citations_shown=shown, citations_version=citations.CITATIONS_VERSION)
