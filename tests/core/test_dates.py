"""app.core.dates: the letter date format and month arithmetic clamped to the month's end."""

from datetime import date

import pytest

from app.core import dates


@pytest.mark.parametrize(
    ("d", "text"),
    [
        (date(2026, 11, 29), "2026年11月29日"),
        (date(2026, 1, 5), "2026年1月5日"),
        (date(2027, 10, 1), "2027年10月1日"),
    ],
)
def test_format_cn_date_has_no_zero_padding(d, text):
    assert dates.format_cn_date(d) == text


def test_a_month_the_user_gave_is_written_without_a_day():
    assert dates.format_cn_month(date(2025, 2, 1)) == "2025年2月"
    assert dates.format_cn_month(date(2026, 11, 1)) == "2026年11月"


@pytest.mark.parametrize(
    ("d", "n", "result"),
    [
        (date(2026, 1, 15), 1, date(2026, 2, 15)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2024, 2, 29), 36, date(2027, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2026, 5, 10), 0, date(2026, 5, 10)),
        (date(2026, 5, 10), 60, date(2031, 5, 10)),
    ],
)
def test_add_months_clamps_to_the_end_of_shorter_months(d, n, result):
    assert dates.add_months(d, n) == result


@pytest.mark.parametrize(
    ("d", "result"),
    [
        (date(2026, 11, 29), date(2026, 12, 1)),
        (date(2026, 12, 1), date(2027, 1, 1)),
        (date(2026, 12, 31), date(2027, 1, 1)),
        (date(2026, 1, 31), date(2026, 2, 1)),
    ],
)
def test_first_of_next_month(d, result):
    assert dates.first_of_next_month(d) == result


def test_days_between_is_signed_whole_days():
    assert dates.days_between(date(2026, 1, 1), date(2026, 3, 1)) == 59
    assert dates.days_between(date(2028, 1, 1), date(2028, 3, 1)) == 60
    assert dates.days_between(date(2026, 3, 1), date(2026, 1, 1)) == -59
    assert dates.days_between(date(2026, 3, 1), date(2026, 3, 1)) == 0


def test_add_days_crosses_months_and_years_both_ways():
    assert dates.add_days(date(2026, 12, 30), 3) == date(2027, 1, 2)
    assert dates.add_days(date(2026, 3, 1), -1) == date(2026, 2, 28)
    assert dates.add_days(date(2026, 3, 1), 0) == date(2026, 3, 1)
