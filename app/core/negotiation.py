"""Per creditor, where the request stands: an append-only dated history and the allowed transitions.

States: 草稿 (draft) → 已定稿 (final: the request letter `request-<debt id>` has a final version in
force, core.finals) → 已寄出 (sent) → the bank's answer: 同意 (agreed, with terms) / 还价 (counter-
offer) / 拒绝 (refused) / 要求补材料 (more documents, with a new reply-by date) / 无答复 (no reply,
only once the reply-by date has passed). Answering a counter-offer: accept (→ agreed on its terms),
a revised proposal (→ revising: a new letter version, then sent again) or decline.

Every change is a new dated record; nothing is ever erased, so going back is one more record.
Transition functions return the new Negotiation or raise Refused with a code the shell words.
Payments exist only under an agreement. Nothing here reads the clock: "today" is a parameter.

The bank *may* agree (商业银行信用卡业务监督管理办法 第七十条 says 可以): no state here means the
debtor is owed a plan; a refusal is a state with next steps, not a wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from app.core import finals
from app.core import plan as core_plan
from app.core.bounds import MAX_ASKED_FOR, MAX_INSTALLMENTS, MAX_PAYMENTS, MAX_RECORDS
from app.core.case import (
    Case,
    Negotiation,
    Payment,
    RecordKind,
    RequestRecord,
    SendChannel,
    Terms,
)
from app.core.dates import add_months
from app.core.letters.common import reply_by

WARN_DAYS = 3               # a payment is "due soon" this many days before its date


class State(StrEnum):
    DRAFT = "draft"
    FINAL = "final"
    SENT = "sent"
    AGREED = "agreed"
    COUNTER = "counter"
    REFUSED = "refused"
    MORE_DOCUMENTS = "more_documents"
    NO_REPLY = "no_reply"
    DECLINED = "declined"
    REVISING = "revising"


# Bank replies: each needs a request that was sent.
REPLIES = (RecordKind.AGREED, RecordKind.COUNTER, RecordKind.REFUSED, RecordKind.MORE_DOCUMENTS,
           RecordKind.NO_REPLY)
# States in which a reply from the bank is awaited (a reply-by date applies).
AWAITING = (State.SENT, State.MORE_DOCUMENTS)
# States after which the user may prepare a new version of the letter and apply again.
MAY_APPLY_AGAIN = (State.COUNTER, State.REFUSED, State.NO_REPLY, State.DECLINED, State.MORE_DOCUMENTS)

REFUSALS = (
    "not_final",            # sent: the request letter has no final version in force
    "not_sent",             # a reply, or applying again, before the request was ever sent
    "no_reply_too_early",   # 无答复 before the reply-by date has passed
    "no_counter",           # accept / decline a counter-offer when none is pending
    "already_agreed",       # a reply or a new version while an agreement is in force
    "no_agreement",         # a payment with no agreement in force
    "before_previous",      # a date before the record it follows
    "before_agreement",     # a payment dated before its agreement
    "future",               # a date after today
    "reply_by_before",      # 要求补材料: the new reply-by date is before the day it was asked
    "bad_terms",            # no installments, nothing a month, too many installments
    "bad_amount",           # a payment of nothing
    "nothing_asked",        # 要求补材料 without what was asked for
    "too_many_records",
    "too_many_payments",
    "malformed",            # a stored record the transitions would not have written (strict import)
)


class Refused(ValueError):
    """A transition that is not allowed; `code` is one of REFUSALS."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


# --- reading a history ---------------------------------------------------------------------------

def request_key(debt_id: str) -> str:
    """The document key of a creditor's request letter (app/letters/providers.py)."""
    return f"request-{debt_id}"


def of(case: Case, debt_id: str) -> Negotiation:
    """The creditor's negotiation (an empty one when nothing was recorded yet)."""
    return next((n for n in case.negotiations if n.debt_id == debt_id), Negotiation(debt_id=debt_id))


def with_negotiation(case: Case, negotiation: Negotiation) -> Case:
    """The case with `negotiation` stored in place of the creditor's old one (or added)."""
    others = tuple(n for n in case.negotiations if n.debt_id != negotiation.debt_id)
    kept = [n for n in case.negotiations if n.debt_id == negotiation.debt_id]
    if not kept:
        return replace(case, negotiations=(*others, negotiation))
    return replace(case, negotiations=tuple(negotiation if n.debt_id == negotiation.debt_id else n
                                            for n in case.negotiations))


def state_of(negotiation: Negotiation, is_final: bool) -> State:
    """The current state: the last record's, or draft / final while nothing was recorded.

    REVISING stays REVISING until the new version is sent, whether or not it is final yet.
    """
    if not negotiation.records:
        return State.FINAL if is_final else State.DRAFT
    return State(negotiation.records[-1].kind.value)


def state(case: Case, debt_id: str) -> State:
    return state_of(of(case, debt_id), finals.current(case, request_key(debt_id)) is not None)


def last_sent(negotiation: Negotiation) -> RequestRecord | None:
    return next((r for r in reversed(negotiation.records) if r.kind is RecordKind.SENT), None)


def agreements(negotiation: Negotiation) -> list[RequestRecord]:
    """Every agreement recorded, oldest first (agreement n is agreements[n - 1])."""
    return [r for r in negotiation.records if r.kind is RecordKind.AGREED]


def agreement_in_force(negotiation: Negotiation) -> tuple[int, RequestRecord] | None:
    """(n, record) of the agreement in force: the last record is an agreement."""
    if negotiation.records and negotiation.records[-1].kind is RecordKind.AGREED:
        return len(agreements(negotiation)), negotiation.records[-1]
    return None


def pending_counter(negotiation: Negotiation) -> RequestRecord | None:
    """The bank's counter-offer awaiting the user's answer."""
    if negotiation.records and negotiation.records[-1].kind is RecordKind.COUNTER:
        return negotiation.records[-1]
    return None


def reply_due(negotiation: Negotiation) -> date | None:
    """The date the bank's answer is awaited by: the new date of a 要求补材料, else REPLY_DAYS after
    the request was last sent. None when no answer is awaited."""
    if not negotiation.records:
        return None
    last = negotiation.records[-1]
    if last.kind is RecordKind.MORE_DOCUMENTS:
        return last.reply_by_on
    if last.kind is RecordKind.SENT:
        return reply_by(last.on)
    return None


def changed_on(negotiation: Negotiation) -> date | None:
    """The day of the last recorded change (a payment counts)."""
    days = [r.on for r in negotiation.records] + [p.on for p in negotiation.payments]
    return max(days, default=None)


# --- transitions -----------------------------------------------------------------------------------

def send(negotiation: Negotiation, on: date, channel: SendChannel, today: date, *, is_final: bool,
         tracking: str = "") -> Negotiation:
    """已寄出: the letter in force was sent (first time, again after no reply, or a new version).

    The letter must be final: what was sent is then kept exactly. Not while an agreement is in force.
    """
    current = state_of(negotiation, is_final)
    if current is State.AGREED:
        raise Refused("already_agreed")
    if on > today:
        raise Refused("future")
    if not is_final:
        raise Refused("not_final")
    record = RequestRecord(RecordKind.SENT, on, channel=channel, tracking=tracking.strip())
    return _append(negotiation, record, today)


def agree(negotiation: Negotiation, on: date, terms: Terms, today: date) -> Negotiation:
    """同意: the bank agreed; `terms` are the agreement's. Also accepts a pending counter-offer."""
    _check_terms(terms)
    return _reply(negotiation, RequestRecord(RecordKind.AGREED, on, terms=terms), today)


def counter(negotiation: Negotiation, on: date, terms: Terms, today: date) -> Negotiation:
    """还价: the bank's counter-offer (its monthly amount, installments, down payment, first due date)."""
    _check_terms(terms)
    offered = replace(terms, stops_interest=False, reference="")
    return _reply(negotiation, RequestRecord(RecordKind.COUNTER, on, terms=offered), today)


def refuse(negotiation: Negotiation, on: date, today: date, note: str = "") -> Negotiation:
    """拒绝: the bank refused (the reason it gave, if any, in `note`)."""
    return _reply(negotiation, RequestRecord(RecordKind.REFUSED, on, note=note.strip()), today)


def more_documents(negotiation: Negotiation, on: date, asked_for: Sequence[str], reply_by_on: date,
                   today: date) -> Negotiation:
    """要求补材料: what the bank asked for, and the new date its answer is awaited by."""
    items = tuple(item.strip() for item in asked_for if item.strip())
    if not items:
        raise Refused("nothing_asked")
    if reply_by_on < on:
        raise Refused("reply_by_before")
    return _reply(negotiation, RequestRecord(RecordKind.MORE_DOCUMENTS, on, asked_for=items[:MAX_ASKED_FOR],
                                             reply_by_on=reply_by_on), today)


def no_reply(negotiation: Negotiation, on: date, today: date) -> Negotiation:
    """无答复: only once the reply-by date has passed (on a day after it)."""
    due = reply_due(negotiation)
    if last_sent(negotiation) is None:
        raise Refused("not_sent")
    if due is None or on <= due:
        if agreement_in_force(negotiation):
            raise Refused("already_agreed")
        raise Refused("no_reply_too_early")
    return _reply(negotiation, RequestRecord(RecordKind.NO_REPLY, on), today)


def accept(negotiation: Negotiation, on: date, today: date, reference: str = "",
           stops_interest: bool = False) -> Negotiation:
    """Accept the pending counter-offer: an agreement on exactly its terms."""
    offer = pending_counter(negotiation)
    if offer is None or offer.terms is None:
        raise Refused("no_counter")
    terms = replace(offer.terms, reference=reference.strip(), stops_interest=stops_interest)
    return agree(negotiation, on, terms, today)


def decline(negotiation: Negotiation, on: date, today: date, note: str = "") -> Negotiation:
    """Decline the pending counter-offer."""
    if pending_counter(negotiation) is None:
        raise Refused("no_counter")
    return _append(negotiation, RequestRecord(RecordKind.DECLINED, on, note=note.strip()), today)


def revise(negotiation: Negotiation, on: date, monthly_fen: int | None, today: date) -> Negotiation:
    """Prepare a new version of the request (a revised proposal, or applying again with changes).

    `monthly_fen` is the revised monthly amount for this creditor (None: the plan's share). The
    shell retires the letter's final version (kept in history) and sets the plan's per-creditor
    amount, so the new draft letter carries it; sending that version is a new SENT.
    """
    current = state_of(negotiation, True)
    if current is State.AGREED:
        raise Refused("already_agreed")
    if last_sent(negotiation) is None:
        raise Refused("not_sent")
    if current not in MAY_APPLY_AGAIN:
        raise Refused("no_reply_too_early" if current is State.SENT else "not_sent")
    if monthly_fen is not None and monthly_fen <= 0:
        raise Refused("bad_terms")
    terms = None
    if monthly_fen is not None:
        terms = Terms(monthly_fen=monthly_fen, installments=1, first_due_on=on)
    return _append(negotiation, RequestRecord(RecordKind.REVISING, on, terms=terms), today)


def pay(negotiation: Negotiation, on: date, amount_fen: int, today: date) -> Negotiation:
    """A payment under the agreement in force, on or after its date and after the last payment."""
    found = agreement_in_force(negotiation)
    if found is None:
        raise Refused("no_agreement")
    number, agreed = found
    if amount_fen <= 0:
        raise Refused("bad_amount")
    if on > today:
        raise Refused("future")
    if on < agreed.on:
        raise Refused("before_agreement")
    if negotiation.payments and on < negotiation.payments[-1].on:
        raise Refused("before_previous")
    if len(negotiation.payments) >= MAX_PAYMENTS:
        raise Refused("too_many_payments")
    return replace(negotiation, payments=(*negotiation.payments, Payment(on, amount_fen, number)))


def _reply(negotiation: Negotiation, record: RequestRecord, today: date) -> Negotiation:
    """A bank reply: needs a sent request and no agreement in force (a new agreement follows a
    counter-offer through accept, which passes here while the counter is pending)."""
    if last_sent(negotiation) is None:
        raise Refused("not_sent")
    if agreement_in_force(negotiation) is not None:
        raise Refused("already_agreed")
    if negotiation.records and negotiation.records[-1].kind is RecordKind.REVISING:
        raise Refused("not_sent")          # the new version has not been sent yet
    return _append(negotiation, record, today)


def _append(negotiation: Negotiation, record: RequestRecord, today: date) -> Negotiation:
    if record.on > today:
        raise Refused("future")
    if negotiation.records and record.on < negotiation.records[-1].on:
        raise Refused("before_previous")
    if len(negotiation.records) >= MAX_RECORDS:
        raise Refused("too_many_records")
    return replace(negotiation, records=(*negotiation.records, record))


def _check_terms(terms: Terms) -> None:
    counted = 1 <= terms.installments <= MAX_INSTALLMENTS
    if not counted or terms.monthly_fen <= 0 or terms.down_payment_fen < 0:
        raise Refused("bad_terms")


def replay(negotiation: Negotiation, is_final: bool = True) -> str | None:
    """The refusal code of the first record or payment that the transitions would not have allowed
    (for a strict import), or None when the history is one the app could have written.

    Dates are checked against each other, not against a clock; finals are assumed in force when
    something was sent (a later new version retires them). An agreement ends the history: only
    payments follow it.
    """
    rebuilt = Negotiation(debt_id=negotiation.debt_id)
    far = date.max
    try:
        for record in negotiation.records:
            if record.kind is RecordKind.SENT and record.channel is None:
                raise Refused("malformed")
            rebuilt = _replay_one(rebuilt, record, is_final, far)
            if rebuilt.records[-1] != record:       # a field the transition would not have written
                raise Refused("malformed")
        for paid in negotiation.payments:
            if paid.agreement != len(agreements(rebuilt)):
                return "no_agreement"
            rebuilt = pay(rebuilt, paid.on, paid.amount_fen, far)
    except Refused as refused:
        return refused.code
    return None


def _replay_one(negotiation: Negotiation, record: RequestRecord, is_final: bool, today: date) -> Negotiation:
    kind = record.kind
    if kind is RecordKind.SENT:
        return send(negotiation, record.on, record.channel or SendChannel.REGISTERED, today,
                    is_final=is_final, tracking=record.tracking)
    if kind in (RecordKind.AGREED, RecordKind.COUNTER):
        if record.terms is None:
            raise Refused("bad_terms")
        if kind is RecordKind.AGREED:
            return agree(negotiation, record.on, record.terms, today)
        return counter(negotiation, record.on, record.terms, today)
    if kind is RecordKind.REFUSED:
        return refuse(negotiation, record.on, today, record.note)
    if kind is RecordKind.MORE_DOCUMENTS:
        return more_documents(negotiation, record.on, record.asked_for, record.reply_by_on or date.min, today)
    if kind is RecordKind.NO_REPLY:
        return no_reply(negotiation, record.on, today)
    if kind is RecordKind.DECLINED:
        return decline(negotiation, record.on, today, record.note)
    return revise(negotiation, record.on, record.terms.monthly_fen if record.terms else None, today)


def problems(case: Case) -> list[str]:
    """Codes of what is wrong with the case's negotiations; [] when the app could have written them."""
    found = []
    ids = [n.debt_id for n in case.negotiations]
    if len(set(ids)) != len(ids):
        found.append("duplicate")
    for negotiation in case.negotiations:
        code = replay(negotiation)
        if code is not None:
            found.append(code)
    return found


# --- agreed schedules, payments, what is missed ----------------------------------------------------

def schedule(terms: Terms) -> tuple[core_plan.Installment, ...]:
    """The installments of `terms`: the down payment on the first due date, then the monthly ones
    (numbered as core.plan numbers a schedule: the down payment is 第1期)."""
    rows = [(0, terms.down_payment_fen)] if terms.down_payment_fen else []
    offset = 1 if terms.down_payment_fen else 0
    rows += [(offset + k, terms.monthly_fen) for k in range(terms.installments)]
    return tuple(core_plan.Installment(number=n, due_on=add_months(terms.first_due_on, month), amount_fen=fen)
                 for n, (month, fen) in enumerate(rows, start=1))


def total_fen(terms: Terms) -> int:
    return terms.down_payment_fen + terms.monthly_fen * terms.installments


def end_on(terms: Terms) -> date:
    """The last installment's date."""
    return schedule(terms)[-1].due_on


@dataclass(frozen=True)
class Standing:
    """The agreement in force and how its payments stand on `today`."""

    number: int                                     # agreement n of this creditor
    agreed_on: date
    terms: Terms
    installments: tuple[core_plan.Installment, ...]
    paid_fen: int
    remaining_fen: int
    next_due: core_plan.Installment | None          # the first installment not fully paid, due today or later
    next_due_fen: int                               # what is still to pay of it
    missed: tuple[core_plan.Installment, ...]       # due before today and not fully paid
    missed_fen: int
    due_soon: bool                                  # next_due within WARN_DAYS of today


def standing(negotiation: Negotiation, today: date) -> Standing | None:
    """Paid / remaining, next due date and missed installments under the agreement in force.

    Payments are applied to installments in order: the oldest unpaid installment first.
    """
    found = agreement_in_force(negotiation)
    if found is None or found[1].terms is None:
        return None
    number, agreed = found
    terms = agreed.terms
    rows = schedule(terms)
    paid = sum(p.amount_fen for p in negotiation.payments if p.agreement == number)
    left = paid
    missed, next_due, next_due_fen, missed_fen = [], None, 0, 0
    for row in rows:
        covered = min(left, row.amount_fen)
        left -= covered
        owing = row.amount_fen - covered
        if not owing:
            continue
        if row.due_on < today:
            missed.append(row)
            missed_fen += owing
        elif next_due is None:
            next_due, next_due_fen = row, owing
    total = total_fen(terms)
    return Standing(
        number=number, agreed_on=agreed.on, terms=terms, installments=rows, paid_fen=paid,
        remaining_fen=max(0, total - paid), next_due=next_due, next_due_fen=next_due_fen,
        missed=tuple(missed), missed_fen=missed_fen,
        due_soon=next_due is not None and (next_due.due_on - today).days <= WARN_DAYS,
    )


# --- a counter-offer beside the plan ---------------------------------------------------------------

@dataclass(frozen=True)
class OtherShare:
    debt_id: str
    monthly_before_fen: int
    monthly_after_fen: int
    months_before: int
    months_after: int
    over_limit_after: bool


@dataclass(frozen=True)
class Comparison:
    """A counter-offer beside the user's plan for that creditor, checked against the budget."""

    debt_id: str
    plan_monthly_fen: int              # this creditor's share in the user's plan
    plan_months: int
    plan_total_fen: int
    plan_end_on: date | None
    counter_monthly_fen: int
    counter_months: int                # every installment, the down payment included
    counter_total_fen: int
    counter_end_on: date
    over_60: bool                      # the counter-offer runs longer than 5 years
    disposable_fen: int                # income less essential spending
    others_fen: int                    # the other creditors' monthly shares, as the plan has them
    needed_fen: int                    # counter monthly + others
    affordable: bool                   # the household surplus covers it alongside the others
    shortfall_fen: int                 # how much a month is missing when it is not
    others: tuple[OtherShare, ...]     # keeping the same monthly total, the others' shares after accepting
    plan_end_after_on: date | None     # when everything would be paid with the counter accepted


def compare(case: Case, debt_id: str, terms: Terms, today: date) -> Comparison:
    """The counter-offer `terms` for `debt_id` against the plan (core.plan) and the budget.

    Affordable means the household's monthly surplus (income less essential spending) covers the
    counter-offer's monthly amount alongside the other creditors' current shares. The others'
    shares "after" keep the user's monthly total: what is left of it once this creditor takes the
    counter-offer's monthly amount is split pro rata among them, as core.plan splits an offer.
    """
    plan = core_plan.build(case.debts, case.budget, case.plan, today)
    mine = next(c for c in plan.creditors if c.debt_id == debt_id)
    others = [c for c in plan.creditors if c.debt_id != debt_id]
    others_fen = sum(c.monthly_fen for c in others)
    needed = terms.monthly_fen + others_fen
    rest_debts = [d for d in case.debts if d.id != debt_id]
    left = max(0, plan.offer_fen - terms.monthly_fen)
    overrides = {k: v for k, v in case.plan.monthly_by_debt.items() if k != debt_id}
    after_plan = core_plan.build(
        rest_debts, case.budget,
        replace(case.plan, monthly_offer_fen=left, monthly_by_debt=overrides,
                down_payment_fen=max(0, plan.down_payment_fen - mine.down_payment_fen)),
        today)
    after = {c.debt_id: c for c in after_plan.creditors}
    shares = tuple(
        OtherShare(c.debt_id, c.monthly_fen, after[c.debt_id].monthly_fen, c.months, after[c.debt_id].months,
                   after[c.debt_id].over_limit)
        for c in others)
    counter_rows = schedule(terms)
    ends = [counter_rows[-1].due_on] + [c.installments[-1].due_on for c in after_plan.creditors
                                        if c.installments]
    never = any(c.plan_amount_fen and not c.installments for c in after_plan.creditors)
    return Comparison(
        debt_id=debt_id,
        plan_monthly_fen=mine.monthly_fen,
        plan_months=mine.months,
        plan_total_fen=sum(i.amount_fen for i in mine.installments),
        plan_end_on=mine.installments[-1].due_on if mine.installments else None,
        counter_monthly_fen=terms.monthly_fen,
        counter_months=len(counter_rows),
        counter_total_fen=total_fen(terms),
        counter_end_on=counter_rows[-1].due_on,
        over_60=len(counter_rows) > core_plan.MAX_MONTHS,
        disposable_fen=plan.disposable_fen,
        others_fen=others_fen,
        needed_fen=needed,
        affordable=needed <= plan.disposable_fen,
        shortfall_fen=max(0, needed - plan.disposable_fen),
        others=shares,
        plan_end_after_on=None if never else max(ends),
    )
