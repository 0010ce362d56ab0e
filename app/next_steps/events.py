"""Timeline events from the plan: every installment's due date, and each request letter's reply-by date.

Titles carry only what the user needs on their own phone: the creditor and the exact amount
("还款提醒：招商银行 ¥1,234.56"); the card's last four digits only when two accounts share a
creditor; never a name or an ID number.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from app.core import issuers
from app.core import plan as core_plan
from app.core.case import Case, Debt
from app.core.letters.common import reply_by
from app.core.letters.request import letter_date
from app.core.money import format_yuan
from app.debts.forms import issuer_label
from app.i18n import ui_date
from app.next_steps import wording
from app.timeline import Event, register


@register
def payment_events(case: Case, today: date) -> list[Event]:
    """One event per installment of every creditor's schedule."""
    plan = core_plan.build(case.debts, case.budget, case.plan, today)
    names = _names(case)
    events = []
    for creditor in plan.creditors:
        total = len(creditor.installments)
        for installment in creditor.installments:
            events.append(Event(
                key=f"payment-{creditor.debt_id}-{installment.number}", on=installment.due_on, kind="payment",
                title=str(wording.PAYMENT_TITLE % {"creditor": names[creditor.debt_id],
                                                   "amount": format_yuan(installment.amount_fen)}),
                detail=str(wording.PAYMENT_DETAIL % {"n": installment.number, "total": total}),
            ))
    return events


@register
def request_reply_events(case: Case, today: date) -> list[Event]:
    """The date each request letter asks the bank to answer by, counted from the letter's date."""
    plan = core_plan.build(case.debts, case.budget, case.plan, today)
    dated_on = letter_date(case, today)
    names = _names(case)
    if case.applicant.signed_on:
        counted = wording.REPLY_COUNTED_FROM_SIGNING % {"date": ui_date(dated_on)}
    else:
        counted = wording.REPLY_COUNTED_FROM_TODAY
    detail = f"{counted} {wording.REPLY_DETAIL}"
    return [
        Event(key=f"request-{creditor.debt_id}-reply", on=reply_by(dated_on), kind="request_reply",
              title=str(wording.REPLY_TITLE % {"creditor": names[creditor.debt_id]}), detail=detail)
        for creditor in plan.creditors if creditor.installments and not creditor.over_limit   # has a letter
    ]


def _names(case: Case) -> dict[str, str]:
    """How reminders name each account: the creditor in the UI language, with the card tail when
    two accounts share a creditor."""
    shared = Counter(debt.creditor_name for debt in case.debts)
    return {debt.id: _name(debt, shared[debt.creditor_name] > 1) for debt in case.debts}


def _name(debt: Debt, ambiguous: bool) -> str:
    known = issuers.BY_CODE.get(debt.issuer)
    creditor = issuer_label(known) if known and not debt.issuer_other else debt.creditor_name
    if ambiguous and debt.tail:
        return str(wording.ACCOUNT_WITH_TAIL % {"creditor": creditor, "tail": debt.tail})
    return creditor
