"""Documents to print HTML and PDF: the same section templates the previews use.

Letters are always Simplified Chinese, so they render under force_locale("zh_Hans_CN").
WeasyPrint is imported only when a PDF is actually made, so importing the blueprint stays cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from flask import current_app, render_template
from flask_babel import force_locale

from app.documents import Document

PRINT_TEMPLATE = "letters/print.html"


def print_html(docs: Sequence[Document], title: str) -> str:
    """One HTML page (templates/letters/_document.html) with one <section> per document."""
    with force_locale("zh_Hans_CN"):
        return render_template(PRINT_TEMPLATE, documents=docs, title=title)


def to_pdf(docs: Sequence[Document], title: str) -> bytes:
    """PDF bytes for `docs`, each document paged on its own (第 N 页 共 M 页 within it), after its
    cover sheet when it has one (paged on its own too, so the document filed starts at 第 1 页).

    Raises app.letters.pdf.PdfRenderError when rendering fails.
    """
    from app.letters import pdf

    htmls = [print_html([part], doc.title if len(docs) > 1 else title)
             for doc in docs for part in ([replace(doc, template=doc.cover)] if doc.cover else []) + [doc]]
    return pdf.htmls_to_pdf(htmls, static_dir=Path(current_app.static_folder))
