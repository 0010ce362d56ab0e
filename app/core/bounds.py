"""How big and how odd a case may be: checked on import, usable by forms.

`serial` proves a case file has the right shape and types; this module checks what types cannot:
how many rows, how long each text, and values no form could have produced (a negative amount, a
date in year 1, a lone UTF-16 surrogate that would break the next save). Anything it lets through
can be saved, shown and computed with. The limits come from the caller (the shell's config).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.core.case import Case
from app.core.money import MAX_FEN

EARLIEST = date(1900, 1, 1)          # the same window the date fields accept
LATEST = date(2100, 12, 31)
MAX_NUMBER = 1_000_000               # counts and sizes (calls in a batch, household members)
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Limits:
    max_debts: int
    max_incidents: int
    max_text_chars: int


def validate_bounds(case: Case, limits: Limits) -> list[str]:
    """Codes of the limits `case` breaks, each once, in a fixed order; [] when it is fine.

    Codes: too_many_debts, too_many_incidents, text_too_long, bad_text, bad_amount, bad_number,
    bad_date.
    """
    leaves = list(_leaves(case, ""))
    broken = {
        "too_many_debts": len(case.debts) > limits.max_debts,
        "too_many_incidents": len(case.incidents) > limits.max_incidents,
        "text_too_long": any(isinstance(v, str) and len(v) > limits.max_text_chars for _, v in leaves),
        "bad_text": any(isinstance(v, str) and _SURROGATE.search(v) for _, v in leaves),
        "bad_amount": any(_is_int(v) and name.endswith("_fen") and not 0 <= v <= MAX_FEN
                          for name, v in leaves),
        "bad_number": any(_is_int(v) and not name.endswith("_fen") and not 0 <= v <= MAX_NUMBER
                          for name, v in leaves),
        "bad_date": any(isinstance(v, date) and not EARLIEST <= _day(v) <= LATEST for _, v in leaves),
    }
    return [code for code, is_broken in broken.items() if is_broken]


def _leaves(value: Any, name: str) -> Iterator[tuple[str, Any]]:
    """(field name, value) for every scalar in the tree; dict keys count as text of that field."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _leaves(getattr(value, f.name), f.name)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _leaves(item, name)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield name, key
            yield from _leaves(item, name)
    else:
        yield name, value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _day(value: date) -> date:
    """The calendar day of a date or datetime (a datetime does not compare with a date)."""
    return value.date() if hasattr(value, "hour") else value
