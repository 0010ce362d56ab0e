"""Dates as people type them: 2026-11-29, 2026/11/29, 2026.11.29, 2026年11月29日, full-width digits."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_PATTERN = re.compile(r"^([0-9]{4}) *[-/.年] *([0-9]{1,2}) *[-/.月] *([0-9]{1,2}) *日?$")


class DateInputError(ValueError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code        # "not_a_date", "out_of_range"


def parse_date(text: str) -> date:
    """The calendar date in `text`; raises DateInputError for anything else."""
    folded = unicodedata.normalize("NFKC", text or "").strip()
    match = _PATTERN.match(folded)
    if not match:
        raise DateInputError("not_a_date")
    year, month, day = (int(g) for g in match.groups())
    if not 1900 <= year <= 2100:
        raise DateInputError("out_of_range")
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise DateInputError("not_a_date") from exc

