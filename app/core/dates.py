"""Calendar-date arithmetic and the date format letters use.

Dates are plain `datetime.date` values in China Standard Time; the shell decides what
"today" is and passes it in, so nothing here reads the clock.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def format_cn_date(d: date) -> str:
    """date(2026, 11, 9) -> '2026年11月9日', without zero padding, as letters write dates."""
    return f"{d.year}年{d.month}月{d.day}日"


def format_cn_month(d: date) -> str:
    """date(2025, 2, 1) -> '2025年2月': for dates the user gave as a month only."""
    return f"{d.year}年{d.month}月"


def add_months(d: date, n: int) -> date:
    """The same day n months later (or earlier), clamped to the month's end: Jan 31 + 1 -> Feb 28/29.

    This is also how the Civil Code counts a period in months or years: the corresponding
    day of the last month, or its last day when there is no such day.
    """
    months = d.year * 12 + (d.month - 1) + n
    year, month_index = divmod(months, 12)
    month = month_index + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def first_of_next_month(d: date) -> date:
    """The 1st of the month after d: where a plan's monthly payments start by default."""
    return add_months(d.replace(day=1), 1)


def days_between(a: date, b: date) -> int:
    """Whole days from a to b: positive when b is later, negative when it is earlier."""
    return (b - a).days


def add_days(d: date, n: int) -> date:
    """The date n days after d (before it when n is negative)."""
    return d + timedelta(days=n)
