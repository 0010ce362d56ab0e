"""Locale selection, <html lang>, UI formatting of money and dates, and the translated BaseForm.

Pages show hundreds of amounts and dates, so both are formatted without calling Babel per value:
money from a per-locale layout derived once from Babel's own output, dates from a cache of
Babel's output. The text is exactly what Babel would give (tests/web/test_i18n_format.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TypeVar

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.numbers import format_currency, parse_pattern
from flask import Flask, current_app, g, request
from flask_babel import get_locale, get_translations
from flask_wtf import FlaskForm
from jinja2 import pass_eval_context
from markupsafe import Markup
from wtforms import StringField, TextAreaField

from app.core import validation

T = TypeVar("T")
LANG_COOKIE = "lang"
_WTFORMS_LOCALES = {"zh_Hans_CN": ["zh"], "zh_Hant_TW": ["zh_TW"], "en": ["en"]}
_HTML_LANG = {"zh_Hans_CN": "zh-Hans-CN", "zh_Hant_TW": "zh-Hant-TW", "en": "en"}


def select_locale() -> str:
    """The user's switch (a cookie), then Accept-Language, then Simplified Chinese."""
    chosen = request.cookies.get(LANG_COOKIE)
    if chosen in current_app.config["LANGUAGES"]:
        return chosen
    for tag, _quality in request.accept_languages:
        locale = locale_for_tag(tag)
        if locale:
            return locale
    return current_app.config["BABEL_DEFAULT_LOCALE"]


def selected_locale() -> Locale:
    """`select_locale()` as a Babel Locale, the same object for a locale every time: Flask-Babel
    (the locale selector registered in create_app) would otherwise parse the name on every request,
    and `_locale_name` then finds the name by identity."""
    return _parsed_locale(select_locale())


@functools.lru_cache(maxsize=16)
def _parsed_locale(name: str) -> Locale:
    return Locale.parse(name)


def locale_for_tag(tag: str) -> str | None:
    tag = tag.lower().replace("_", "-")
    if tag.startswith("en"):
        return "en"
    if tag.startswith("zh"):
        traditional = any(part in tag for part in ("hant", "-tw", "-hk", "-mo"))
        return "zh_Hant_TW" if traditional else "zh_Hans_CN"
    return None


def current_locale() -> str:
    locale = active_locale()
    return _locale_name(locale) if locale else current_app.config["BABEL_DEFAULT_LOCALE"]


def active_locale() -> Locale | None:
    """Flask-Babel's get_locale(), read straight from where it keeps the request's choice once
    made (force_locale() sets and restores the same attribute): a page asks for it hundreds of
    times, and get_locale() walks several proxies each time."""
    try:
        chosen = g._flask_babel.babel_locale
    except (AttributeError, RuntimeError):      # not chosen yet this request; no app context
        return get_locale()
    return chosen if chosen is not None else get_locale()


def translations():
    """The active locale's catalog (Flask-Babel's own), found by the locale alone.

    Flask-Babel looks the catalog up through its domain and the locale's identifier on every
    string; templates translate hundreds per page. The app uses the default domain only, so the
    catalog Flask-Babel gives for a locale is the one for the whole process. force_locale() is
    followed, since the active locale is read each time.
    """
    locale = active_locale()
    return _catalog(None if locale is None else _locale_name(locale))


@functools.lru_cache(maxsize=16)
def _catalog(locale: str | None):
    """Called with the active locale's name, so get_translations() answers for that locale."""
    return get_translations()


def per_locale(build: Callable[[], T]) -> Callable[[], T]:
    """`build()` once per locale and process, then reused: for words that depend on the locale
    alone (a table of lazy strings turned into text), so a page showing them many times does not
    look each one up again. `build` runs in a request under the locale it is cached for."""
    built: dict[str, T] = {}

    @functools.wraps(build)
    def cached() -> T:
        locale = current_locale()
        if locale not in built:
            built[locale] = build()
        return built[locale]
    return cached


_last_named: tuple[Locale | None, str] = (None, "")


def _locale_name(locale: Locale) -> str:
    """str(Locale) builds the identifier on every call, and hashing or comparing a Locale (an
    lru_cache key) costs several attribute reads; pages ask for it dozens of times, for the one
    Locale object Flask-Babel made for the request: that object is remembered, and compared by
    identity. (One tuple, swapped whole, so threads never see half of it.)"""
    global _last_named
    known, name = _last_named
    if known is locale:
        return name
    name = _locale_names(locale)
    _last_named = (locale, name)
    return name


@functools.lru_cache(maxsize=16)
def _locale_names(locale: Locale) -> str:
    return str(locale)


def html_lang() -> str:
    return _HTML_LANG.get(current_locale(), "zh-Hans-CN")


def ui_money(fen: int | None) -> str:
    """Money for the UI in the active locale; letters use core.money.format_yuan instead."""
    if fen is None:
        return "—"
    return money_layout(current_locale()).format(fen)


def ui_date(value: date | None) -> str:
    if value is None:
        return "—"
    return _long_date(value, current_locale())


def ui_month(value: date | None) -> str:
    """A date the user gave as a month only (2025年2月, February 2025): its day means nothing."""
    if value is None:
        return "—"
    return format_skeleton("yMMMM", value, locale=current_locale())


@dataclass(frozen=True)
class Formats:
    """UI money and dates in one locale. Asking for the active locale costs more than formatting
    a value, so a page listing hundreds of values takes `formats()` once and formats with it."""

    locale: str

    def money(self, fen: int | None) -> str:
        return "—" if fen is None else money_layout(self.locale).format(fen)

    def date(self, value: date | None) -> str:
        return "—" if value is None else _long_date(value, self.locale)


def formats() -> Formats:
    """Formats for the active locale."""
    return Formats(current_locale())


@functools.lru_cache(maxsize=4096)
def _long_date(value: date, locale: str) -> str:
    """Babel's long date, kept: a plan repeats the same due dates for every creditor."""
    return format_date(value, format="long", locale=locale)


_PROBE = Decimal("1234567.89")          # digits 1 to 9 once each: every separator shows


@dataclass(frozen=True)
class MoneyLayout:
    """How one locale writes CNY, read off Babel's output: what surrounds the digits of a
    positive and of a negative amount, the group and decimal separators, the group sizes."""

    prefix: str
    suffix: str
    negative_prefix: str
    negative_suffix: str
    group: str
    decimal: str
    primary: int
    secondary: int

    def format(self, fen: int) -> str:
        """Integer fen to text, as format_currency(fen / 100, "CNY") writes it."""
        yuan, cents = divmod(abs(fen), 100)
        digits = str(yuan)
        groups = [digits[-self.primary:]] if len(digits) > self.primary else [digits]
        rest = digits[:-self.primary] if len(digits) > self.primary else ""
        while rest:
            groups.append(rest[-self.secondary:])
            rest = rest[:-self.secondary]
        number = self.group.join(reversed(groups)) + self.decimal + f"{cents:02d}"
        if fen < 0:
            return self.negative_prefix + number + self.negative_suffix
        return self.prefix + number + self.suffix


@functools.cache
def money_layout(locale: str) -> MoneyLayout:
    """The locale's layout, derived once per process from two amounts Babel formats."""
    positive = format_currency(_PROBE, "CNY", locale=locale)
    negative = format_currency(-_PROBE, "CNY", locale=locale)
    match = re.search(r"1(\D*)234(\D*)567(\D*)89", positive)
    if match is None or match.group(1) != match.group(2):
        raise ValueError(f"unexpected currency layout for {locale}: {positive!r}")
    grouping = parse_pattern(Locale.parse(locale).currency_formats["standard"]).grouping
    before, after = positive.split("1", 1)[0], positive.rsplit("89", 1)[1]
    negative_before, negative_after = negative.split("1", 1)[0], negative.rsplit("89", 1)[1]
    return MoneyLayout(before, after, negative_before, negative_after, match.group(1), match.group(3),
                       grouping[0], grouping[1])


class BaseForm(FlaskForm):
    """Every form: WTForms' own messages in the active language (zh_Hant_TW -> zh_TW), and text
    without the invisible control characters an import of the case would refuse (pasted text brings
    them; a case must always export and import again)."""

    class Meta:
        def get_translations(self, form):
            self.locales = _WTFORMS_LOCALES.get(current_locale(), ["zh"])
            return super().get_translations(form)

        def bind_field(self, form, unbound_field, options):
            if issubclass(unbound_field.field_class, StringField):
                multiline = issubclass(unbound_field.field_class, TextAreaField)
                options = {**options, "filters": (*unbound_field.kwargs.get("filters", ()),
                                                  _printable_lines if multiline else _printable_line)}
            return super().bind_field(form, unbound_field, options)


def _printable_line(value: object) -> object:
    return validation.printable(value) if isinstance(value, str) else value


def _printable_lines(value: object) -> object:
    return validation.printable(value, multiline=True) if isinstance(value, str) else value


def init_app(app: Flask) -> None:
    app.jinja_env.add_extension("jinja2.ext.do")      # the error summary collects FieldList entries
    app.jinja_env.globals.update(html_lang=html_lang, current_locale=current_locale)
    app.jinja_env.filters.update(money=ui_money, date=ui_date, month=ui_month)
    # The same catalogs Flask-Babel installed, without its per-string lookups (see translations()).
    app.jinja_env.install_gettext_callables(
        gettext=lambda s: translations().ugettext(s),
        ngettext=lambda s, p, n: translations().ungettext(s, p, n),
        pgettext=lambda c, s: translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: translations().unpgettext(c, s, p, n),
        newstyle=True,
    )
    # `_()` and `gettext()` as Jinja's newstyle gettext behaves (autoescaped, always %-formatted),
    # called directly rather than through two more context calls: a page translates 30-70 strings.
    app.jinja_env.globals.update({"_": template_gettext, "gettext": template_gettext})


@pass_eval_context
def template_gettext(__eval_ctx, __string: str, **variables: object) -> str:
    text = translations().ugettext(__string)
    if __eval_ctx.autoescape:
        # A translation from our own catalogs, marked safe as Jinja's own gettext marks it.
        text = Markup(text)  # nosec B704
    return text % variables
