"""Next-step dates for each complaint (SPEC step 8): when the bank must answer, when to escalate.

Counted from the day the user says they sent the complaint; until they say so, from today, as a
plan. The complaint rules (`complaint_rules_time_limits`) give the bank 15 days from receipt
for a simple complaint; the day after, with no answer, the user may turn to 12378.
"""

from __future__ import annotations

from datetime import date, timedelta

from flask_babel import gettext as _

from app.conduct import wording
from app.conduct.complaint import REPLY_DAYS, complaints_for, sent_on
from app.core.case import Case
from app.timeline import Event, register


@register
def complaint_events(case: Case, today: date) -> list[Event]:
    """Timeline provider: the answer due date and the escalation date of every complaint."""
    events = []
    for complaint in complaints_for(case):
        sent = sent_on(case, complaint.key)
        due = (sent or today) + timedelta(days=REPLY_DAYS)
        who = wording.collector_label(complaint.collector)
        counted = (_("按 %(date)s 寄出计算。", date=wording.ui_date(sent)) if sent
                   else str(wording.COUNTED_FROM_TODAY))
        events += [
            Event(key=f"complaint-{complaint.key}-due", on=due, kind="complaint_due",
                  title=_("银行应答复投诉：%(collector)s", collector=who),
                  detail=f"{counted} {wording.TIME_LIMITS}"),
            Event(key=f"complaint-{complaint.key}-escalate", on=due + timedelta(days=1), kind="escalate",
                  title=_("如未获答复，拨打 12378 反映：%(collector)s", collector=who),
                  detail=str(wording.ESCALATE_DETAIL)),
        ]
    return events
