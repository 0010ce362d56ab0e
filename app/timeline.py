"""Dated next steps (step 8), gathered from the steps that produce them, and their .ics export.

Providers return Events for a case; the next-steps page shows them in date order and offers
them as a calendar file, so reminders live on the user's phone, not on our server.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from app.core.case import Case


@dataclass(frozen=True)
class Event:
    key: str            # stable across requests: used as the calendar UID
    on: date
    title: str          # UI language
    detail: str = ""    # UI language
    kind: str = ""      # "complaint_due", "escalate", "payment", ...


Provider = Callable[[Case, date], list[Event]]
_providers: list[Provider] = []


def register(provider: Provider) -> Provider:
    if provider not in _providers:
        _providers.append(provider)
    return provider


def events_for(case: Case, today: date) -> list[Event]:
    events = [event for provider in _providers for event in provider(case, today)]
    return sorted(events, key=lambda event: (event.on, event.kind, event.key))
