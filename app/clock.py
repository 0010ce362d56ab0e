"""Today's date and the time now in China Standard Time; tests and demos pin the day with the
FIXED_TODAY setting (and the minute with FIXED_NOW)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import current_app

CHINA = ZoneInfo("Asia/Shanghai")


def today_in_china() -> date:
    fixed = current_app.config.get("FIXED_TODAY")
    if fixed:
        return date.fromisoformat(str(fixed))
    return datetime.now(CHINA).date()


def now_in_china() -> datetime:
    """Now, naive local time to the minute. With the day pinned, the real time of day on that day."""
    fixed = current_app.config.get("FIXED_NOW")
    if fixed:
        return datetime.fromisoformat(str(fixed)).replace(second=0, microsecond=0)
    now = datetime.now(CHINA).replace(tzinfo=None, second=0, microsecond=0)
    return datetime.combine(today_in_china(), now.time())
