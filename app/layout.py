"""The page chrome base.html puts around every page: stylesheet and script links, the header
(brand, call link, quick exit, language switch), the open case's bar and the footer.

Each is a template in templates/_layout/ rendered once per locale and switch (app.fragments),
since a page's own content is what differs between views. What varies per request is left in
them as slots and filled in here: the page's own path (the language and discreet links come
back to it), the open case's label and the form token, each escaped as Jinja would escape it.
Nothing from a case is kept: the cached markup is the same for every case.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import quote_plus

from flask import Flask, request
from flask_wtf.csrf import generate_csrf
from markupsafe import Markup, escape

from app import cases
from app.desk.views import open_case
from app.fragments import fragment
from app.start.views import is_discreet

HEAD, HEADER, CASE_BAR, FOOTER = ("_layout/head.html", "_layout/header.html", "_layout/case_bar.html",
                                  "_layout/footer.html")
# Slot markers: left as they are by Jinja's escaping and by URL quoting (werkzeug's query quoting
# keeps "@"), and in no template or translation.
NEXT, LABEL, CSRF = "@@next@@", "@@label@@", "@@csrf@@"
_SLOTS = re.compile("|".join(re.escape(slot) for slot in (NEXT, LABEL, CSRF)))
# What werkzeug's url_for leaves unquoted in a query value (werkzeug.urls._urlencode).
QUERY_SAFE = "!$'()*,/:;?@"


def fill(markup: Markup, slots: Mapping[str, str]) -> Markup:
    """`markup` with each slot replaced by its (already escaped) text, in one pass: a slot's text
    is never searched for other slots."""
    # Both sides are escaped HTML: the rendered template and the escaped slot texts.
    return Markup(_SLOTS.sub(lambda found: slots[found.group(0)], markup))  # nosec B704


def query_value(value: str) -> str:
    """`value` as url_for writes it in a query string, escaped for an HTML attribute."""
    return str(escape(quote_plus(value, safe=QUERY_SAFE)))


def _next() -> str:
    return query_value(request.full_path)


def layout_head() -> Markup:
    return fragment(HEAD, root=request.script_root)


def layout_header() -> Markup:
    return fill(fragment(HEADER, root=request.script_root, discreet_mode=is_discreet(), next=NEXT),
                {NEXT: _next()})


def layout_case_bar() -> Markup:
    """The open case's bar (app.desk.open_case), or nothing when no case is open."""
    shown = open_case()
    if shown is None:
        return Markup("")
    token = str(escape(generate_csrf()))
    bar = fragment(CASE_BAR, root=request.script_root, labelled=bool(shown.label), label=LABEL, csrf=CSRF)
    return fill(bar, {LABEL: str(escape(shown.label)), CSRF: token})


def layout_footer() -> Markup:
    footer = fragment(FOOTER, root=request.script_root, discreet_mode=is_discreet(),
                      case_open=cases.has_case(), next=NEXT)
    return fill(footer, {NEXT: _next()})


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(layout_head=layout_head, layout_header=layout_header,
                                 layout_case_bar=layout_case_bar, layout_footer=layout_footer)
