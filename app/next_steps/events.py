"""Timeline events of the creditors' requests: reply-by dates while an answer is awaited, and
payment dates only under an agreement the bank made (never for a mere proposal).

Titles carry only what the user needs on their own phone: the creditor and the exact amount
("还款提醒：招商银行 ¥1,234.56"); the card's last four digits only when two accounts share a
creditor; never a name or an ID number. UIDs are stable: `request-<debt id>-reply` moves with
the reply-by date; `payment-<debt id>-<agreement n>-<installment n>` belongs to one agreed installment.
"""

from __future__ import annotations

from datetime import date

from app.core import negotiation
from app.core.case import Case
from app.core.letters.common import reply_by
from app.core.money import format_yuan
from app.i18n import ui_date
from app.negotiate import tracking
from app.next_steps import wording
from app.timeline import Event, register


@register
def payment_events(case: Case, today: date) -> list[Event]:
    """One event per installment of each agreement in force, from the agreed terms."""
    names = tracking.account_names(case)
    events = []
    for history in case.negotiations:
        found = negotiation.agreement_in_force(history)
        if found is None or found[1].terms is None or history.debt_id not in names:
            continue
        number, agreed = found
        rows = negotiation.schedule(agreed.terms)
        for row in rows:
            events.append(Event(
                key=f"payment-{history.debt_id}-{number}-{row.number}", on=row.due_on, kind="payment",
                title=str(wording.PAYMENT_TITLE % {"creditor": names[history.debt_id],
                                                   "amount": format_yuan(row.amount_fen)}),
                detail=str(wording.PAYMENT_DETAIL % {"n": row.number, "total": len(rows),
                                                     "date": ui_date(agreed.on)}),
                advice=str(wording.PAYMENT_ADVICE),
            ))
    return events


@register
def request_reply_events(case: Case, today: date) -> list[Event]:
    """When each request's answer is awaited: counted from the day it was sent (or the new date the
    bank gave when it asked for more documents); before it is sent, from the letter's date."""
    names = tracking.account_names(case)
    events = []
    for debt in tracking.tracked(case, today):
        history = negotiation.of(case, debt.id)
        current = negotiation.state_of(history, tracking.is_final(case, debt.id))
        if current in negotiation.AWAITING:
            due = negotiation.reply_due(history)
            last = history.records[-1]
            if current is negotiation.State.SENT:
                counted = wording.REPLY_COUNTED_FROM_SENT % {"date": ui_date(last.on)}
            else:
                counted = wording.REPLY_GIVEN_BY_BANK % {"date": ui_date(last.on)}
        elif current in (negotiation.State.DRAFT, negotiation.State.FINAL, negotiation.State.REVISING):
            dated_on = tracking.letter_dated_on(case, debt.id, today)
            due = reply_by(dated_on)
            if current is negotiation.State.FINAL or case.applicant.signed_on:
                counted = wording.REPLY_COUNTED_FROM_SIGNING % {"date": ui_date(dated_on)}
            else:
                counted = wording.REPLY_COUNTED_FROM_TODAY
        else:
            continue
        if due is None:
            continue
        events.append(Event(
            key=f"request-{debt.id}-reply", on=due, kind="request_reply",
            title=str(wording.REPLY_TITLE % {"creditor": names[debt.id], "date": ui_date(due)}),
            detail=str(counted), advice=f"{wording.REPLY_DETAIL} {wording.NO_PAYMENT_BEFORE_AGREEMENT}"))
    return events
