"""Next-step dates for each complaint (SPEC step 8): when the creditor must answer, when to escalate.

The complaint rules (`complaint_rules_time_limits`) give a bank 15 days from its *receipt* of a
simple complaint. So the due date counts from the receipt date the user entered; without one,
from an estimated receipt a few days (DELIVERY_ESTIMATE_DAYS, our estimate, not a rule) after the
day the user says they sent it, or, until they say so, after today. Each event says which.
"""

from __future__ import annotations

from datetime import date, timedelta

from flask_babel import gettext as _

from app.conduct import wording
from app.conduct.complaint import DELIVERY_ESTIMATE_DAYS, complaints_for, received_on, reply_by, sent_on
from app.core.case import Case
from app.timeline import Event, register


@register
def complaint_events(case: Case, today: date) -> list[Event]:
    """Timeline provider: the answer due date and the escalation date of every complaint."""
    events = []
    for complaint in complaints_for(case):
        sent, received = sent_on(case, complaint), received_on(case, complaint)
        due = reply_by(sent or today, received)
        who = wording.complaint_label(complaint)
        if received:
            counted = _("按 %(date)s 收到投诉计算。", date=wording.ui_date(received))
        elif sent:
            counted = _("按 %(sent)s 寄出、估计 %(days)s 日后（%(date)s）收到计算；送达日只是估计，"
                        "查到对方签收日期后请记下。", sent=wording.ui_date(sent), days=DELIVERY_ESTIMATE_DAYS,
                        date=wording.ui_date(due.counted_from))
        else:
            counted = _("按今天寄出、估计 %(days)s 日后（%(date)s）收到估算；寄出后请在“催收行为自查”的结果页"
                        "记下寄出日期。", days=DELIVERY_ESTIMATE_DAYS, date=wording.ui_date(due.counted_from))
        if complaint.lender:
            escalate = _("如未获答复，可向有关金融监管部门反映：%(collector)s", collector=who)
            escalate_detail = str(wording.ESCALATE_DETAIL_LENDER)
        else:
            escalate = _("如未获答复，拨打 12378 反映：%(collector)s", collector=who)
            escalate_detail = str(wording.ESCALATE_DETAIL)
        events += [
            Event(key=f"complaint-{complaint.key}-due", on=due.on, kind="complaint_due",
                  title=_("对方应答复投诉：%(collector)s", collector=who),
                  detail=f"{counted} {wording.TIME_LIMITS if not complaint.lender else ''}".strip()),
            Event(key=f"complaint-{complaint.key}-escalate", on=due.on + timedelta(days=1), kind="escalate",
                  title=escalate, detail=escalate_detail),
        ]
    return events
