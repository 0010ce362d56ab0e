"""The timeline as an iCalendar file: all-day events with stable UIDs, so re-importing updates them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar
from icalendar import Event as CalendarEvent

from app.timeline import Event

PRODID = "-//Shangan//next steps//ZH"
UID_DOMAIN = "shangan.invalid"           # .invalid (RFC 2606): a UID needs a domain part, we claim none
REMIND_BEFORE = timedelta(hours=15)       # 09:00 the day before an all-day event
PAYMENT_EARLY = timedelta(days=2, hours=15)  # agreed payments also at 09:00 three days before (WARN_DAYS)


def to_ics(events: Sequence[Event], today: date) -> bytes:
    """The events as one VCALENDAR; DTSTAMP is today's date so the file depends only on the case and day."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    stamp = datetime(today.year, today.month, today.day, tzinfo=UTC)
    for event in events:
        calendar.add_component(_vevent(event, stamp))
    return calendar.to_ical()


def _vevent(event: Event, stamp: datetime) -> CalendarEvent:
    vevent = CalendarEvent()
    vevent.add("uid", f"{event.key}@{UID_DOMAIN}")
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", event.on)                      # a date: an all-day event
    vevent.add("dtend", event.on + timedelta(days=1))
    vevent.add("summary", event.title)
    if event.description:
        vevent.add("description", event.description)
    vevent.add("transp", "TRANSPARENT")
    for before in (PAYMENT_EARLY, REMIND_BEFORE) if event.kind == "payment" else (REMIND_BEFORE,):
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event.title)
        alarm.add("trigger", -before)
        vevent.add_component(alarm)
    return vevent
