"""SPEC step 8: the timeline of next steps, and the same events as a calendar file for the user's phone."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, url_for

from app import cases, timeline
from app.clock import today_in_china
from app.core.dates import add_months
from app.downloads import send_download
from app.negotiate import tracking
from app.next_steps import calendar, events  # noqa: F401 (events registers the plan's timeline providers)
from app.page_cache import cached

bp = Blueprint("next_steps", __name__, url_prefix="/next")

PAGE_MONTHS = 12          # payments listed on the page; the calendar file has them all


@bp.route("/")
@cached
def index():
    case = cases.load()
    today = today_in_china()
    everything = timeline.events_for(case, today)
    shown, hidden = _first_months(everything)
    return render_template("next_steps/index.html", events=shown, hidden_payments=hidden, today=today,
                           months=PAGE_MONTHS, standings=timeline.standings_for(case, today),
                           payment_warnings=tracking.warnings(case, today), link=_link)


def _link(endpoint: str, **values) -> str | None:
    """A URL for `endpoint` when that page exists in this app, else None."""
    if endpoint not in current_app.view_functions:
        return None
    return url_for(endpoint, **values)


@bp.route("/calendar.ics")
def calendar_file():
    today = today_in_china()
    data = calendar.to_ics(timeline.events_for(cases.load(), today), today)
    return send_download(data, "text/calendar", "reminders", ext="ics")


def _first_months(all_events: list[timeline.Event]) -> tuple[list[timeline.Event], int]:
    """Every event except payments more than PAGE_MONTHS after the first one; and how many were left out."""
    payments = [e.on for e in all_events if e.kind == "payment"]
    if not payments:
        return all_events, 0
    cutoff = add_months(min(payments), PAGE_MONTHS)
    shown = [e for e in all_events if e.kind != "payment" or e.on < cutoff]
    return shown, len(all_events) - len(shown)
