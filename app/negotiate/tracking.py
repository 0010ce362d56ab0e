"""What the shell derives from core.negotiation for a case: which creditors are tracked, each one's
"where things stand" row (registered with app.timeline) and the payment warnings of the summary,
the next-steps page and the creditor page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from app import timeline
from app.core import finals, issuers, negotiation
from app.core.case import Case, Debt
from app.core.letters.common import is_card
from app.core.letters.request import letter_date
from app.core.money import format_yuan
from app.debts.forms import issuer_label
from app.i18n import ui_date
from app.letters import providers
from app.negotiate import wording


def account_names(case: Case) -> dict[str, str]:
    """How reminders and rows name each account: the creditor in the UI language, with the card tail
    when two accounts share a creditor."""
    shared = Counter(debt.creditor_name for debt in case.debts)
    return {debt.id: _name(debt, shared[debt.creditor_name] > 1) for debt in case.debts}


def _name(debt: Debt, ambiguous: bool) -> str:
    known = issuers.BY_CODE.get(debt.issuer)
    creditor = issuer_label(known) if known and not debt.issuer_other else debt.creditor_name
    if ambiguous and debt.tail:
        return str(wording.ACCOUNT_WITH_TAIL % {"creditor": creditor, "tail": debt.tail})
    return creditor


def tracked(case: Case, today: date) -> list[Debt]:
    """Creditors with a request letter now, or with a final version or a history of one, in case order."""
    plan = providers.case_plan(case, today)
    printable = {c.debt_id for c in plan.creditors if providers.printable(c)}
    recorded = {n.debt_id for n in case.negotiations if n.records}
    made_final = {f.key.removeprefix("request-") for f in case.finals if f.key.startswith("request-")}
    return [d for d in case.debts if d.id in printable | recorded | made_final]


def is_final(case: Case, debt_id: str) -> bool:
    return finals.current(case, negotiation.request_key(debt_id)) is not None


def letter_dated_on(case: Case, debt_id: str, today: date) -> date:
    """The date on the request letter in force: its final version's, or the draft's."""
    final = finals.current(case, negotiation.request_key(debt_id))
    content = finals.content_of(case, final) if final is not None else None
    if content is None:
        return letter_date(case, today)
    return letter_date(finals.as_case(content), final.finalized_on)


def changed_on(case: Case, debt_id: str) -> date | None:
    recorded = negotiation.changed_on(negotiation.of(case, debt_id))
    if recorded is not None:
        return recorded
    final = finals.current(case, negotiation.request_key(debt_id))
    return final.finalized_on if final is not None else None


@dataclass(frozen=True)
class Warning:
    debt_id: str
    missed: bool           # True: an installment was missed; False: one is due within WARN_DAYS
    text: str
    default_text: str      # what a default means (only with a missed installment)
    card: bool             # a bank card: the warning cites 第七十条第三款


def warnings(case: Case, today: date) -> list[Warning]:
    """Due-soon and missed installments under agreements in force, creditor by creditor."""
    rows = [(debt, negotiation.standing(negotiation.of(case, debt.id), today)) for debt in case.debts]
    if all(row is None for _, row in rows):
        return []                               # the usual case: no agreement, no names to word
    names = account_names(case)
    found = []
    for debt, row in rows:
        if row is None:
            continue
        if row.missed:
            first = row.missed[0]
            found.append(Warning(debt.id, True, str(wording.MISSED % {
                "creditor": names[debt.id], "n": len(row.missed), "amount": format_yuan(row.missed_fen),
                "date": ui_date(first.due_on)}),
                str(wording.DEFAULT_CARD if is_card(debt) else wording.DEFAULT_LENDER), is_card(debt)))
        if row.next_due is not None and row.due_soon:
            found.append(Warning(debt.id, False, str(wording.DUE_SOON % {
                "creditor": names[debt.id], "date": ui_date(row.next_due.due_on),
                "amount": format_yuan(row.next_due_fen), "n": row.next_due.number}), "", is_card(debt)))
    return found


def next_action(case: Case, debt_id: str, today: date) -> tuple[str, date | None]:
    """The single next thing to do for this creditor's request, and its date if it has one."""
    history = negotiation.of(case, debt_id)
    current = negotiation.state_of(history, is_final(case, debt_id))
    if current is negotiation.State.AGREED:
        row = negotiation.standing(history, today)
        if row is None:
            return str(wording.NEXT[current]), None
        if row.missed:
            return str(wording.NEXT_MISSED % {"n": len(row.missed), "amount": format_yuan(row.missed_fen)}), \
                row.missed[0].due_on
        if row.next_due is not None:
            return str(wording.NEXT_PAYMENT % {"amount": format_yuan(row.next_due_fen),
                                               "date": ui_date(row.next_due.due_on)}), row.next_due.due_on
        return str(wording.PAID_OFF), None
    due = negotiation.reply_due(history)
    if current in negotiation.AWAITING and due is not None:
        return str(wording.NEXT[current] % {"date": ui_date(due)}), due
    return str(wording.NEXT[current]), None


@timeline.register_standing
def request_standings(case: Case, today: date) -> list[timeline.Standing]:
    """One row per creditor with a request letter: its state, last change and next action."""
    names = account_names(case)
    rows = []
    for debt in tracked(case, today):
        current = negotiation.state_of(negotiation.of(case, debt.id), is_final(case, debt.id))
        action, on = next_action(case, debt.id, today)
        rows.append(timeline.Standing(
            key=negotiation.request_key(debt.id), subject=names[debt.id], state=str(wording.STATES[current]),
            changed_on=changed_on(case, debt.id), next_action=action, next_on=on, debt_id=debt.id))
    return rows
