"""HTML fragments that depend on nothing but the locale and a few values, rendered once.

    fragment("summary/_flag_guide.html", code="lawsuit_risk", citation_ids=("civil_code_195",))

renders the template with those values the first time a locale asks for it and returns the same
Markup afterwards. Long pages repeat such blocks (a flag's explanation, a rule's citations) for
many accounts or findings; rendering each once per process keeps the page cheap.

A fragment template may use the Jinja globals that depend on the locale alone (`_`,
`current_locale()`, `citations_shown()`, the money and date filters) and the values it is given,
which must be hashable; never the request, the session or the case.
"""

from __future__ import annotations

import functools
from collections.abc import Hashable

from flask import current_app
from markupsafe import Markup

from app.i18n import current_locale


def fragment(template_name: str, **values: Hashable) -> Markup:
    """The rendered template for these values in the active locale, from the cache when there."""
    return _render(template_name, current_locale(), tuple(sorted(values.items())))


class Fragments:
    """`fragment()` bound to the locale active when made: a page asking for many fragments
    looks the locale up once. Use it within the request (and locale) that made it."""

    def __init__(self) -> None:
        self.locale = current_locale()

    def __call__(self, template_name: str, **values: Hashable) -> Markup:
        return _render(template_name, self.locale, tuple(sorted(values.items())))


@functools.lru_cache(maxsize=2048)
def _render(template_name: str, locale: str, values: tuple[tuple[str, Hashable], ...]) -> Markup:
    """Rendered under `locale`, the active one: the caller passes it as part of the cache key."""
    template = current_app.jinja_env.get_template(template_name)
    # The output of an .html template, which Flask's environment renders with autoescaping.
    return Markup(template.render(dict(values)))  # nosec B704
