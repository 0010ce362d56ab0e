"""Incident builders for the conduct-rule tests: valid by default, override only what matters."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from app.core.case import Channel, CollectorKind, Incident

DAY = date(2026, 3, 5)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def make_incident(**changes) -> Incident:
    """An answered call to the debtor from 招商银行 itself on 2026-03-05 at 10:00, nothing amiss."""
    incident = Incident(
        id="i1", occurred_at=at(10), channel=Channel.CALL_ANSWERED,
        collector_kind=CollectorKind.BANK, collector_name="招商银行",
    )
    return replace(incident, **changes)


def make_calls(n: int, prefix: str = "c", start: datetime | None = None, **changes) -> list[Incident]:
    """`n` separate incidents one minute apart from `start` (default 09:00), ids `<prefix>1`..`<prefix>n`."""
    first = start or at(9)
    return [
        make_incident(id=f"{prefix}{k + 1}", occurred_at=first + timedelta(minutes=k), **changes)
        for k in range(n)
    ]
