"""Resume codes: the only way back to a case, so they must be unguessable and easy to copy by hand.

The alphabet drops the look-alikes 0/O and 1/I/L. That leaves 31 symbols (2-9 and 23 letters), and
16 of them would carry only 16 * log2(31) = 79.3 bits, under the 80-bit floor in SPEC.md. So a code
is 20 symbols in five groups of four, ``K7QF-M2XA-9RTD-W4PB-HN3C``: 20 * log2(31) = 99.1 bits from
`secrets`. Typed input is forgiving: any case, dashes or spaces anywhere or none, and the full-width
letters, digits, dashes and spaces of a Chinese phone keyboard (folded by NFKC).
"""

from __future__ import annotations

import math
import secrets
import unicodedata

from app.store.errors import CodeError

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
GROUP_SIZE = 4
GROUPS = 5
LENGTH = GROUP_SIZE * GROUPS
BITS = LENGTH * math.log2(len(ALPHABET))

_SYMBOLS = frozenset(ALPHABET)


def new_code() -> str:
    """A fresh code, formatted for display: five dash-separated groups of four symbols."""
    return _format("".join(secrets.choice(ALPHABET) for _ in range(LENGTH)))


def normalize(text: str) -> str:
    """The canonical, formatted form of a typed code; raises CodeError("malformed") otherwise."""
    folded = unicodedata.normalize("NFKC", text).upper()
    compact = "".join(ch for ch in folded if not _is_separator(ch))
    if len(compact) != LENGTH or not _SYMBOLS.issuperset(compact):
        raise CodeError("malformed")
    return _format(compact)


def compact(code: str) -> str:
    """The symbols of a code without separators: the exact bytes the key and lookup derive from."""
    return normalize(code).replace("-", "")


def _is_separator(ch: str) -> bool:
    """Whitespace and any dash (ASCII '-', full-width '－', '—', '–', ...) between groups."""
    return ch.isspace() or unicodedata.category(ch) == "Pd"


def _format(symbols: str) -> str:
    return "-".join(symbols[i : i + GROUP_SIZE] for i in range(0, LENGTH, GROUP_SIZE))
