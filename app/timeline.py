"""Where the case stands and its dated next steps (step 8), gathered from the steps that know them.

Event providers return dated Events for a case; the next-steps page shows them in date order and
offers them as a calendar file, so reminders live on the user's phone, not on our server.
Standing providers return one row per creditor request or complaint: its state, when it last
changed and the single next action, for the "where things stand" table, the review screen and
the volunteer's cover sheet.
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
    advice: str = ""    # UI language: what to do, the same for every event of its kind; the page
                        # says it once, each calendar event in full (it is read on its own)

    @property
    def description(self) -> str:
        return " ".join(filter(None, (self.detail, self.advice)))


Provider = Callable[[Case, date], list[Event]]
_providers: list[Provider] = []


def register(provider: Provider) -> Provider:
    if provider not in _providers:
        _providers.append(provider)
    return provider


def events_for(case: Case, today: date) -> list[Event]:
    events = [event for provider in _providers for event in provider(case, today)]
    return sorted(events, key=lambda event: (event.on, event.kind, event.key))


@dataclass(frozen=True)
class Standing:
    key: str                    # stable: "request-<debt id>", "complaint-<complaint key>"
    subject: str                # whom it concerns, UI language: "招商银行 尾号1234"
    state: str                  # UI language: "已寄出", "银行还价", ...
    changed_on: date | None     # the day of the last recorded change, None while a draft
    next_action: str            # UI language: the single thing to do next
    next_on: date | None = None  # when that action is due, if it has a date
    debt_id: str = ""           # the creditor's debt, when the row is about one


StandingProvider = Callable[[Case, date], list[Standing]]
_standing_providers: list[StandingProvider] = []


def register_standing(provider: StandingProvider) -> StandingProvider:
    if provider not in _standing_providers:
        _standing_providers.append(provider)
    return provider


def standings_for(case: Case, today: date) -> list[Standing]:
    """Rows in provider order (requests before complaints), each provider's own order kept."""
    return [row for provider in _standing_providers for row in provider(case, today)]
