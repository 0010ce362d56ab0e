"""Today's date in China Standard Time; tests and demos pin it with the FIXED_TODAY setting."""

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
