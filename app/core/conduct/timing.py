"""Clock arithmetic for the hours rules: does an incident's time window touch a given range?

A batch ("7 calls between 21:30 and 22:30") is a window from `occurred_at` to `until` (inclusive,
the last contact); a window whose `until` is earlier than its start runs past midnight. Times are
whole minutes of the incident's local time, so 07:59:59 still counts as 07:59.
"""

from __future__ import annotations

import functools
from datetime import time

from app.core.case import Incident

DAY = 24 * 60
NIGHT = ((22 * 60, 8 * 60),)              # [22:00, 08:00): no collection without consent
EVENING = ((21 * 60, 22 * 60),)           # [21:00, 22:00): noted only


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def window(incident: Incident) -> tuple[int, int]:
    """Start and end minute of the incident; the end may exceed one day when it runs past midnight."""
    start = _minutes(incident.occurred_at.time())
    if incident.until is None:
        return start, start
    end = _minutes(incident.until)
    return start, end if end >= start else end + DAY


@functools.cache            # called with the few module-level ranges, for every incident and rule
def _spans(ranges: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Half-open minute spans over two days, unrolling ranges that wrap midnight."""
    spans = []
    for first, last in ranges:
        pieces = [(first, last)] if first < last else [(0, last), (first, DAY + last)]
        spans += pieces + [(a + DAY, b + DAY) for a, b in pieces]
    return tuple(spans)


def touches(incident: Incident, ranges: tuple[tuple[int, int], ...]) -> bool:
    """True when any minute of the incident's window lies in one of the daily ranges."""
    start, end = window(incident)
    for a, b in _spans(ranges):             # a loop, not any(...): asked of every incident, three times
        if start < b and end >= a:
            return True
    return False


def hhmm(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"
