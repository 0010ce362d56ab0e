"""Citations for templates: only rows that may be shown as law, in the order a rule lists them.

`citation_html(ids)` is the block the `citation_list` macro shows. Its text depends only on the
ids and the locale (the table is versioned and fixed for the life of the process), so each block
is rendered once per locale and reused (app.fragments): a page may cite the same rules many times.
"""

from __future__ import annotations

from collections.abc import Iterable

from flask import Flask
from markupsafe import Markup

from app.core import citations
from app.core.citations import Citation
from app.fragments import fragment

BLOCK_TEMPLATE = "_macros/_citation_block.html"


def shown(citation_ids: Iterable[str]) -> list[Citation]:
    rows = (citations.get(cid) for cid in citation_ids)
    return [row for row in rows if citations.shown_as_law(row)]


def citation_html(citation_ids: Iterable[str]) -> Markup:
    """The citations block for these ids in the active locale (empty when none may be shown)."""
    return fragment(BLOCK_TEMPLATE, citation_ids=tuple(citation_ids))


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(citations_shown=shown, citation_html=citation_html,
                                 citations_version=citations.CITATIONS_VERSION)
