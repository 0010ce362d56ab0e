"""UI money and dates are formatted without Babel per value, and read exactly as Babel writes them."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

import pytest
from babel.dates import format_date
from babel.numbers import format_currency
from flask_babel import force_locale

from app.i18n import money_layout, ui_date, ui_money
from tests.conftest import LANGS

EDGES = [0, 1, -1, 5, -5, 99, -99, 100, -100, 101, 999_99, 1000_00, -1000_00, 1234_56, 99_999_99,
         100_000_00, 123_456_789_01, -123_456_789_01, 10**17 + 7, -(10**17 + 7)]


def amounts() -> list[int]:
    """Edge amounts, every power of ten either side of it, and 2,000 random ones of every size."""
    rng = random.Random(20261129)
    powers = [sign * (10**k + delta) for k in range(16) for delta in (-1, 0, 1) for sign in (1, -1)]
    spread = [rng.choice((1, -1)) * rng.randrange(10 ** rng.randrange(1, 16)) for _ in range(2000)]
    return EDGES + powers + spread


@pytest.mark.parametrize("locale", LANGS)
def test_money_layout_writes_what_babel_writes(locale):
    layout = money_layout(locale)
    for fen in amounts():
        assert layout.format(fen) == format_currency(Decimal(fen) / 100, "CNY", locale=locale), fen


@pytest.mark.parametrize(("locale", "fen", "shown"), [
    ("zh_Hans_CN", 8_234_567, "¥82,345.67"),
    ("zh_Hans_CN", -5, "-¥0.05"),
    ("zh_Hans_CN", 0, "¥0.00"),
    ("zh_Hant_TW", 123_456_789_01, "CN¥123,456,789.01"),
    ("en", -100_000_00, "-CN¥100,000.00"),
])
def test_money_in_each_locale(app, locale, fen, shown):
    with app.test_request_context("/"), force_locale(locale):
        assert ui_money(fen) == shown
        assert ui_money(None) == "—"


@pytest.mark.parametrize("locale", LANGS)
def test_dates_are_babels_long_dates(app, locale):
    days = [date(2026, 1, 1) + timedelta(days=n) for n in range(0, 800, 7)] + [date(2028, 2, 29)]
    with app.test_request_context("/"), force_locale(locale):
        for day in days:
            assert ui_date(day) == format_date(day, format="long", locale=locale)
        assert ui_date(None) == "—"


def test_forced_locale_inside_a_request_is_followed(app):
    """Letters render in Simplified Chinese inside an English request: the caches must not leak."""
    with app.test_request_context("/", headers={"Accept-Language": "en"}):
        assert ui_money(100) == "CN¥1.00" and ui_date(date(2026, 1, 5)) == "January 5, 2026"
        with force_locale("zh_Hans_CN"):
            assert ui_money(100) == "¥1.00" and ui_date(date(2026, 1, 5)) == "2026年1月5日"
        assert ui_money(100) == "CN¥1.00"
