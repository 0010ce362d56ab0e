"""Locale selection, <html lang>, UI formatting of money and dates, and the translated BaseForm."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency
from flask import Flask, current_app, request
from flask_babel import get_locale
from flask_wtf import FlaskForm

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


def locale_for_tag(tag: str) -> str | None:
    tag = tag.lower().replace("_", "-")
    if tag.startswith("en"):
        return "en"
    if tag.startswith("zh"):
        traditional = any(part in tag for part in ("hant", "-tw", "-hk", "-mo"))
        return "zh_Hant_TW" if traditional else "zh_Hans_CN"
    return None


def current_locale() -> str:
    return str(get_locale() or current_app.config["BABEL_DEFAULT_LOCALE"])


def html_lang() -> str:
    return _HTML_LANG.get(current_locale(), "zh-Hans-CN")


def ui_money(fen: int | None) -> str:
    """Money for the UI in the active locale; letters use core.money.format_yuan instead."""
    if fen is None:
        return "—"
    return format_currency(Decimal(fen) / 100, "CNY", locale=current_locale())


def ui_date(value: date | None) -> str:
    if value is None:
        return "—"
    return format_date(value, format="long", locale=current_locale())


class BaseForm(FlaskForm):
    """Every form: WTForms' own messages in the active language (zh_Hant_TW -> zh_TW)."""

    class Meta:
        def get_translations(self, form):
            self.locales = _WTFORMS_LOCALES.get(current_locale(), ["zh"])
            return super().get_translations(form)


def init_app(app: Flask) -> None:
    app.jinja_env.add_extension("jinja2.ext.do")      # the error summary collects FieldList entries
    app.jinja_env.globals.update(html_lang=html_lang, current_locale=current_locale)
    app.jinja_env.filters.update(money=ui_money, date=ui_date)
