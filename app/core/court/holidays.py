"""Mainland public holidays and adjusted working days (调休上班), as data, one year at a time.

A court deadline whose last day is a 法定休假日 moves to the next working day (民事诉讼法 第八十五条,
court-stage §1.1). Whether a day is one is decided here: a listed holiday is not a working day; a
listed adjusted working day (a Saturday or Sunday the State Council made a working day) is one;
any other day is a working day unless it falls on a weekend.

Each year holds what the State Council's notice for that year says, no more. A year without a
notice here is counted by weekends alone, and the caller says so (`has_data`).

Sources (the notices, read through stored copies of Xinhua's release):
- 2025: 《国务院办公厅关于2025年部分节假日安排的通知》国办发明电〔2024〕12号, 2024-11-12,
  https://m.gmw.cn/2024-11/12/content_1303894933.htm
- 2026: 《国务院办公厅关于2026年部分节假日安排的通知》, 2025-11-04 (文号 not shown in the stored
  copies), https://politics.gmw.cn/2025-11/04/content_38391083.htm
- 2027: searched for 《国务院办公厅关于2027年部分节假日安排的通知》 on 2026-12-03; not found in any
  stored source, so 2027 and later are counted by weekends alone until it is added here.
"""

from __future__ import annotations

from datetime import date, timedelta


def _days(first: date, last: date) -> frozenset[date]:
    return frozenset(first + timedelta(days=n) for n in range((last - first).days + 1))


# Days off (放假), by year.
HOLIDAYS: dict[int, frozenset[date]] = {
    2025: frozenset().union(
        {date(2025, 1, 1)},                                # 元旦
        _days(date(2025, 1, 28), date(2025, 2, 4)),        # 春节
        _days(date(2025, 4, 4), date(2025, 4, 6)),         # 清明节
        _days(date(2025, 5, 1), date(2025, 5, 5)),         # 劳动节
        _days(date(2025, 5, 31), date(2025, 6, 2)),        # 端午节
        _days(date(2025, 10, 1), date(2025, 10, 8)),       # 国庆节、中秋节
    ),
    2026: frozenset().union(
        _days(date(2026, 1, 1), date(2026, 1, 3)),         # 元旦
        _days(date(2026, 2, 15), date(2026, 2, 23)),       # 春节
        _days(date(2026, 4, 4), date(2026, 4, 6)),         # 清明节
        _days(date(2026, 5, 1), date(2026, 5, 5)),         # 劳动节
        _days(date(2026, 6, 19), date(2026, 6, 21)),       # 端午节
        _days(date(2026, 9, 25), date(2026, 9, 27)),       # 中秋节
        _days(date(2026, 10, 1), date(2026, 10, 7)),       # 国庆节
    ),
}

# Weekend days that are working days (调休上班), by year.
ADJUSTED_WORKDAYS: dict[int, frozenset[date]] = {
    2025: frozenset({date(2025, 1, 26), date(2025, 2, 8), date(2025, 4, 27), date(2025, 9, 28),
                     date(2025, 10, 11)}),
    2026: frozenset({date(2026, 1, 4), date(2026, 2, 14), date(2026, 2, 28), date(2026, 5, 9),
                     date(2026, 9, 20), date(2026, 10, 10)}),
}


def has_data(year: int) -> bool:
    """True when the State Council's arrangement for `year` is in the table."""
    return year in HOLIDAYS


def is_working_day(day: date) -> bool:
    """A working day by the year's arrangement; by weekends alone for a year without one."""
    if day in HOLIDAYS.get(day.year, ()):
        return False
    if day in ADJUSTED_WORKDAYS.get(day.year, ()):
        return True
    return day.weekday() < 5


def next_working_day(day: date) -> date:
    """`day` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day
