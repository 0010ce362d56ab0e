"""Where each complaint stands and its dated next steps (SPEC step 8), from the complaint's history.

The complaint rules (`complaint_rules_time_limits`) give a bank 15 days from its *receipt* of a
simple complaint. So the answer-due date counts from the receipt date the user recorded; without
one, from an estimated receipt a few days (DELIVERY_ESTIMATE_DAYS, our estimate, not a rule) after
the day the user recorded sending it. Never from the day the letter was printed: before the letter
is sent there is no dated event, only a "尚未寄出" standing row. Each event says what it counts from.
Event keys (`complaint-<key>-due`, `complaint-<key>-escalate`) are stable: they are the calendar UIDs.
"""

from __future__ import annotations

from datetime import date, timedelta

from flask_babel import gettext as _

from app.conduct import wording
from app.conduct.complaint import DELIVERY_ESTIMATE_DAYS, Complaint, complaints_for, history
from app.core import complaints as tracking
from app.core.case import Case
from app.core.complaints import State
from app.timeline import Event, Standing, register, register_standing


@register
def complaint_events(case: Case, today: date) -> list[Event]:
    """Timeline provider: per sent complaint, the answer-due date and the day escalation opens."""
    events = []
    for complaint in complaints_for(case):
        events += _events(complaint, history(case, complaint))
    return events


def _events(complaint: Complaint, steps: tuple) -> list[Event]:
    current = tracking.state(steps)
    who = wording.complaint_label(complaint)
    escalate = _escalate_event(complaint, who)
    if current is State.ANSWERED_UNSATISFIED:
        return [escalate(steps[-1].on, _("对答复不满意。"))]
    if current not in (State.SENT, State.RECEIVED):
        return []
    due, sent = tracking.answer_due(steps), tracking.sent_on(steps)
    if due is None or sent is None:             # not reached: a sent or received history has a sent date
        return []
    if due.received_entered:
        counted = _("按 %(date)s 收到投诉计算。", date=wording.ui_date(due.counted_from))
    else:
        counted = _("按 %(sent)s 寄出、估计 %(days)s 日后（%(date)s）收到计算；送达日只是估计，"
                    "查到对方签收日期后请记下。", sent=wording.ui_date(sent), days=DELIVERY_ESTIMATE_DAYS,
                    date=wording.ui_date(due.counted_from))
    return [
        Event(key=f"complaint-{complaint.key}-due", on=due.on, kind="complaint_due",
              title=_("对方应答复投诉：%(collector)s", collector=who),
              detail=counted, advice="" if complaint.lender else str(wording.TIME_LIMITS)),
        escalate(due.on + timedelta(days=1), _("到期仍未答复。")),
    ]


def _escalate_event(complaint: Complaint, who: str):
    def make(on: date, why: str) -> Event:
        if complaint.lender:
            title = _("可向有关金融监管部门反映：%(collector)s", collector=who)
            detail = str(wording.ESCALATE_DETAIL_LENDER)
        else:
            title = _("可拨打 12378 反映：%(collector)s", collector=who)
            detail = str(wording.ESCALATE_DETAIL)
        return Event(key=f"complaint-{complaint.key}-escalate", on=on, kind="escalate", title=title,
                     detail=why, advice=detail)
    return make


@register_standing
def complaint_standing(case: Case, today: date) -> list[Standing]:
    """Standing provider: one row per complaint letter the case produces, sent or not."""
    rows = []
    for complaint in complaints_for(case):
        steps = history(case, complaint)
        action, on = wording.next_action(complaint, steps, today)
        rows.append(Standing(
            key=f"complaint-{complaint.key}", subject=wording.complaint_label(complaint),
            state=wording.state_label(complaint, tracking.state(steps)),
            changed_on=tracking.changed_on(steps), next_action=action, next_on=on,
            debt_id=complaint.debts[0].id if len(complaint.debts) == 1 else ""))
    return rows
