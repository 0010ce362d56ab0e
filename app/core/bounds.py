"""How big a case may be and which dates make sense: the limits `validation` checks a file against.

The row and text limits come from the caller (the shell's config, MAX_DEBTS ...); the date window
is the one the date fields accept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

EARLIEST = date(1900, 1, 1)          # the same window the date fields accept
LATEST = date(2100, 12, 31)
MAX_NUMBER = 1_000_000               # counts and sizes with no tighter limit of their own
LABEL_CHARS = 40                     # Case.label: one line, a name, initials or a number
NOTES_CHARS = 2_000                  # Case.notes: the volunteer's notes, several lines


@dataclass(frozen=True)
class Limits:
    max_debts: int
    max_incidents: int
    max_text_chars: int
