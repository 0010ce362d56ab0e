"""Is a decoded case one the app itself could have produced? Checked on import, field by field.

`serial` proves a case file has the right shape and types (enums closed, unknown keys refused).
This module checks what types cannot: every field's range and form, each against the rule of the
form that writes it (ids from `new_id`'s alphabet and unique, codes from their closed lists, dates
naive and in the app's window, text bounded and free of control characters, a tail of 4 digits),
and the few rules that tie fields of one row together (a principal is not more than the amount
owed, "other" is named, a contact with a third party is not with the debtor). A case it lets
through can be saved, shown, printed and edited without losing data.

Every field of every dataclass in a case has an explicit entry in `RULES` (a test fails when one
is missing), so whoever adds a field adds one line here. A field without one still gets the safe
default for its type (`default_rule`): one line of bounded text, a count, a date in the window.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from app.core import complaints, finals, issuers, negotiation
from app.core.bounds import (
    CASE_NUMBER_CHARS,
    COURT_ADDRESS_CHARS,
    COURT_BODY_CHARS,
    COURT_NOTE_CHARS,
    EARLIEST,
    LABEL_CHARS,
    LATEST,
    MAX_ANSWER_SUMMARY_CHARS,
    MAX_ASKED_FOR,
    MAX_COMPLAINT_ENTRIES,
    MAX_COURT_PAPERS,
    MAX_INSTALLMENTS,
    MAX_NUMBER,
    MAX_PAYMENTS,
    MAX_RECORDS,
    MAX_TRACKING_CHARS,
    NOTES_CHARS,
    Limits,
    complaint_records,
)
from app.core.case import (
    Applicant,
    Budget,
    Case,
    Channel,
    Debt,
    HardshipReason,
    Incident,
    IncomeSource,
    Party,
    Spending,
)
from app.core.conduct.facts import FACTS
from app.core.court.papers import CourtPaper, RedFlag
from app.core.letters.common import EVIDENCE_DOCUMENTS
from app.core.money import MAX_FEN


@dataclass(frozen=True)
class Problem:
    """One thing wrong: a code (worded by the shell), where it is ("debts[1].id"), and numbers."""

    code: str
    where: str
    params: dict[str, int] = field(default_factory=dict)


Rule = Callable[[Any, str, Limits], Iterator[Problem]]

# --- forms of text and ids ------------------------------------------------------------------

ID = re.compile(r"[0-9a-f]{8}")                      # core.case.new_id: secrets.token_hex(4)
DEBT_REF = re.compile(rf"(?:{ID.pattern})?")
# conduct.complaint.complaint_key (collector slug + creditor hash), or the collector slug alone of
# cases saved before letters were split per creditor.
COMPLAINT_KEY = re.compile(r"(?:bank|agency|unknown)-[0-9a-f]{10}(?:-(?:[0-9a-f]{8}|none))?")
DOCUMENT_KEY = re.compile(rf"request-{ID.pattern}|complaint-{COMPLAINT_KEY.pattern}|summary|phone-script"
                          rf"|court-(?:objection|answer|proposal)-{ID.pattern}")
DRAFT_HASH = re.compile(rf"[0-9a-f]{{{finals.HASH_CHARS}}}")
SNAPSHOT_ID = re.compile(rf"[0-9a-f]{{{finals.ID_CHARS}}}")
NARRATIVE_KEY = re.compile(rf"request-{ID.pattern}-hardship|complaint-{COMPLAINT_KEY.pattern}-statement"
                           rf"|court-answer-{ID.pattern}-hardship|court-objection-{ID.pattern}-reasons")
TAIL = re.compile(r"(?:[0-9]{4})?")                  # debts form: 4 ASCII digits or nothing
PHONE_CHARS = re.compile(r"[0-9+\-() ]*")           # phone characters the forms keep (after NFKC)
ID_NUMBER = re.compile(r"(?:[0-9]{17}[0-9X])?")      # 居民身份证号码 as the applicant form stores it
SHORT_TEXT = 200                                     # a one-line field with no tighter limit of its own
NARRATIVE_FACTOR = 2     # a narrative may be our draft (story + our sentences) edited: longer than the story

# The forms' own limits (app/*/forms.py), repeated here because the core does not import the shell;
# tests/core/test_validation.py checks they still agree.
DEMAND_SLOTS = 4         # debts form: dates of formal demands
MAX_EVIDENCE = 10        # incident form: rows of evidence
MAX_COUNT = 200          # incident form: contacts in one batch
MAX_PEOPLE = 20          # budget form: household size and dependants


# Control characters (Unicode category Cc), lone surrogates (Cs), line and paragraph separators
# (Zl, Zp): none in one line; a textarea's \r, \n and \t allowed in several.
_NOT_IN_A_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")
_NOT_IN_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BREAKS = re.compile("[\t\r\n\u2028\u2029]+")


def printable(text: str, multiline: bool = False) -> str:
    """`text` as the text rules accept it: invisible control characters dropped; in one line, tabs and
    line breaks become a space. What a form stores through this, an import accepts again."""
    if multiline:
        return _NOT_IN_LINES.sub("", text)
    return _NOT_IN_A_LINE.sub("", _BREAKS.sub(" ", text))


def line(max_chars: int = SHORT_TEXT, form: re.Pattern | None = None) -> Rule:
    """One line of text, at most `max_chars`, matching `form` when given."""
    def check(value: str, where: str, limits: Limits) -> Iterator[Problem]:
        yield from _text(value, where, max_chars, multiline=False)
        if form is not None and not form.fullmatch(value):
            yield Problem("bad_form", where)
    return check


def text(factor: int = 1) -> Rule:
    """Several lines of the user's own words, at most `factor` times MAX_TEXT_CHARS."""
    def check(value: str, where: str, limits: Limits) -> Iterator[Problem]:
        yield from _text(value, where, limits.max_text_chars * factor, multiline=True)
    return check


def text_of(max_chars: int) -> Rule:
    """Several lines of the user's own words, at most `max_chars` (a fixed limit, not the config's)."""
    def check(value: str, where: str, limits: Limits) -> Iterator[Problem]:
        yield from _text(value, where, max_chars, multiline=True)
    return check


def _text(value: str, where: str, max_chars: int, multiline: bool) -> Iterator[Problem]:
    if len(value) > max_chars:
        yield Problem("text_too_long", where, {"max": max_chars})
    elif (_NOT_IN_LINES if multiline else _NOT_IN_A_LINE).search(value):
        yield Problem("bad_text", where)


def row_id(value: str, where: str, limits: Limits) -> Iterator[Problem]:
    if not ID.fullmatch(value):
        yield Problem("bad_id", where)


def one_of(codes: typing.Collection[str]) -> Rule:
    allowed = frozenset(codes)

    def check(value: str, where: str, limits: Limits) -> Iterator[Problem]:
        if value not in allowed:
            yield Problem("bad_code", where)
    return check


def codes(allowed: typing.Collection[str]) -> Rule:
    """A tuple of codes from `allowed`, each at most once (the forms store a set)."""
    single = one_of(allowed)

    def check(value: tuple[str, ...], where: str, limits: Limits) -> Iterator[Problem]:
        for index, code in enumerate(value):
            yield from single(code, f"{where}[{index}]", limits)
        if len(set(value)) != len(value):
            yield Problem("duplicate", where)
    return check


def fen(value: int | None, where: str, limits: Limits) -> Iterator[Problem]:
    if value is not None and not 0 <= value <= MAX_FEN:
        yield Problem("bad_amount", where)


def number(low: int = 0, high: int = MAX_NUMBER) -> Rule:
    def check(value: int, where: str, limits: Limits) -> Iterator[Problem]:
        if not low <= value <= high:
            yield Problem("bad_number", where, {"low": low, "high": high})
    return check


def day(value: date | None, where: str, limits: Limits) -> Iterator[Problem]:
    if value is not None and not EARLIEST <= value <= LATEST:
        yield Problem("bad_date", where)


def moment(value: datetime, where: str, limits: Limits) -> Iterator[Problem]:
    """Naive China time to the minute, as the incident form makes it."""
    if value.tzinfo is not None or value.second or value.microsecond:
        yield Problem("bad_time", where)
    elif not EARLIEST <= value.date() <= LATEST:
        yield Problem("bad_date", where)


def clock(value: time | None, where: str, limits: Limits) -> Iterator[Problem]:
    if value is not None and (value.tzinfo is not None or value.second or value.microsecond or value.fold):
        yield Problem("bad_time", where)


def each(rule: Rule, most: int | None = None) -> Rule:
    """A tuple: at most `most` items, each by `rule`."""
    def check(value: tuple, where: str, limits: Limits) -> Iterator[Problem]:
        if most is not None and len(value) > most:
            yield Problem("too_many", where, {"max": most})
        for index, item in enumerate(value):
            yield from rule(item, f"{where}[{index}]", limits)
    return check


def ascending(rule: Rule, most: int) -> Rule:
    """Dates the form stores sorted and without repeats (debts form: formal demands)."""
    items = each(rule, most)

    def check(value: tuple, where: str, limits: Limits) -> Iterator[Problem]:
        yield from items(value, where, limits)
        if list(value) != sorted(set(value)):
            yield Problem("duplicate", where)
    return check


def rows(unique: str | None = None, most: Callable[[Limits], int] | int | None = None,
         too_many: str = "too_many") -> Rule:
    """A tuple of nested rows (checked by their own rules): at most `most`, `unique` field unique."""
    def check(value: tuple, where: str, limits: Limits) -> Iterator[Problem]:
        cap = most(limits) if callable(most) else most
        if cap is not None and len(value) > cap:
            yield Problem(too_many, where, {"max": cap, "n": len(value)})
        if unique is not None:
            seen: set = set()
            for index, item in enumerate(value):
                key = getattr(item, unique)
                if key in seen:
                    place = f"{where}[{index}].{unique}"
                    yield Problem("duplicate_id", place) if unique == "id" else Problem("duplicate", place)
                    break
                seen.add(key)
    return check


def mapping(key: Rule, value: Rule) -> Rule:
    def check(data: dict, where: str, limits: Limits) -> Iterator[Problem]:
        for k, v in data.items():
            yield from key(k, f"{where}.{k[:40]}", limits)
            yield from value(v, f"{where}.{k[:40]}", limits)
    return check


def any_value(value: Any, where: str, limits: Limits) -> Iterator[Problem]:
    """Closed by its type already (enums, booleans) or checked by its own fields (a nested row)."""
    return iter(())


CLOSED = any_value            # an enum or a bool: serial accepts only its values
NESTED = any_value            # a dataclass (or tuple of them, or None): its own fields have rules

_ISSUERS = (*issuers.BY_CODE, issuers.OTHER)

# --- the rules: one line per field -----------------------------------------------------------

RULES: dict[str, Rule] = {
    "Case.debts": rows("id", lambda limits: limits.max_debts, "too_many_debts"),
    "Case.incidents": rows("id", lambda limits: limits.max_incidents, "too_many_incidents"),
    "Case.budget": NESTED,
    "Case.plan": NESTED,
    "Case.applicant": NESTED,
    "Case.narratives": mapping(line(80, NARRATIVE_KEY), text(NARRATIVE_FACTOR)),
    "Case.complaints": rows("key", complaint_records),
    "Case.narrative_bases": mapping(line(80, NARRATIVE_KEY), line(finals.HASH_CHARS, DRAFT_HASH)),
    "Case.snapshots": rows("id", finals.MAX_FINALS),
    "Case.finals": rows(most=finals.MAX_FINALS),
    "Case.negotiations": rows("debt_id", lambda limits: limits.max_debts, "too_many_debts"),

    "Negotiation.debt_id": row_id,
    "Negotiation.records": rows(most=MAX_RECORDS),
    "Negotiation.payments": rows(most=MAX_PAYMENTS),
    "RequestRecord.kind": CLOSED,
    "RequestRecord.on": day,
    "RequestRecord.channel": CLOSED,
    "RequestRecord.tracking": line(40),
    "RequestRecord.terms": NESTED,
    "RequestRecord.asked_for": each(line(100), MAX_ASKED_FOR),
    "RequestRecord.reply_by_on": day,
    "RequestRecord.note": line(200),
    "Terms.monthly_fen": fen,
    "Terms.installments": number(1, MAX_INSTALLMENTS),
    "Terms.first_due_on": day,
    "Terms.down_payment_fen": fen,
    "Terms.stops_interest": CLOSED,
    "Terms.reference": line(60),
    "Payment.on": day,
    "Payment.amount_fen": fen,
    "Payment.agreement": number(1, MAX_RECORDS),

    "Case.court_papers": rows("id", MAX_COURT_PAPERS),

    "CourtPaper.id": row_id,
    "CourtPaper.kind": CLOSED,
    "CourtPaper.channel": CLOSED,
    "CourtPaper.received_on": day,
    "CourtPaper.debt_id": line(8, DEBT_REF),     # like Incident.debt_id: may name a deleted account
    "CourtPaper.body": line(COURT_BODY_CHARS),
    "CourtPaper.case_number": line(CASE_NUMBER_CHARS),
    "CourtPaper.address": line(COURT_ADDRESS_CHARS),
    "CourtPaper.hearing_on": day,
    "CourtPaper.claimed_fen": fen,
    "CourtPaper.claimed_principal_fen": fen,
    "CourtPaper.claimed_charges_fen": fen,
    "CourtPaper.admitted_fen": fen,
    "CourtPaper.red_flags": codes([f.value for f in RedFlag]),
    "CourtPaper.lives_elsewhere": CLOSED,
    "CourtPaper.clause_not_explained": CLOSED,
    "CourtPaper.note": text_of(COURT_NOTE_CHARS),

    "Case.label": line(LABEL_CHARS),
    "Case.notes": text_of(NOTES_CHARS),

    "Snapshot.id": line(finals.ID_CHARS, SNAPSHOT_ID),
    "Snapshot.content": NESTED,
    "FinalDocument.key": line(80, DOCUMENT_KEY),
    "FinalDocument.version": number(1, MAX_NUMBER),
    "FinalDocument.finalized_on": day,
    "FinalDocument.snapshot_id": line(finals.ID_CHARS, SNAPSHOT_ID),
    "FinalDocument.retired_on": day,

    "ComplaintRecord.key": line(40, COMPLAINT_KEY),
    "ComplaintRecord.history": rows(most=MAX_COMPLAINT_ENTRIES),
    "ComplaintEntry.step": CLOSED,
    "ComplaintEntry.on": day,
    "ComplaintEntry.channel": CLOSED,
    "ComplaintEntry.tracking": line(MAX_TRACKING_CHARS),
    "ComplaintEntry.summary": text_of(MAX_ANSWER_SUMMARY_CHARS),
    "ComplaintEntry.satisfied": CLOSED,

    "Debt.id": row_id,
    "Debt.issuer": one_of(_ISSUERS),
    "Debt.owed_fen": fen,
    "Debt.first_missed_on": day,
    "Debt.issuer_other": line(60),
    "Debt.kind": CLOSED,
    "Debt.tail": line(4, TAIL),
    "Debt.principal_fen": fen,
    "Debt.limit_fen": fen,
    "Debt.last_payment_on": day,
    "Debt.last_payment_fen": fen,
    "Debt.collector": CLOSED,
    "Debt.collector_name": line(100),
    "Debt.demands_on": ascending(day, DEMAND_SLOTS),
    "Debt.lender_entity": line(80),

    "Incident.id": row_id,
    "Incident.occurred_at": moment,
    "Incident.channel": CLOSED,
    "Incident.collector_kind": CLOSED,
    "Incident.collector_name": line(100),
    "Incident.caller_name": line(60),
    "Incident.caller_number": line(40, PHONE_CHARS),
    # "" or an id. Not necessarily a listed account: deleting an account leaves its incidents'
    # debt_id in place (the incident form then asks again), so the app's own exports hold such ids.
    "Incident.debt_id": line(8, DEBT_REF),
    "Incident.contacted": CLOSED,
    "Incident.number_dialled": line(40, PHONE_CHARS),
    "Incident.count": number(1, MAX_COUNT),
    "Incident.until": clock,
    "Incident.facts": codes(FACTS),
    "Incident.details": text(),
    "Incident.evidence": rows(most=MAX_EVIDENCE),

    "Evidence.kind": CLOSED,
    "Evidence.dated_on": day,
    "Evidence.note": line(200),

    "Budget.income_fen": mapping(one_of([s.value for s in IncomeSource]), fen),
    "Budget.spending_fen": mapping(one_of([s.value for s in Spending]), fen),
    "Budget.household_size": number(1, MAX_PEOPLE),
    "Budget.dependants": number(0, MAX_PEOPLE),
    "Budget.hardships": rows("reason", len(HardshipReason)),
    "Budget.hardship_other": line(200),
    "Budget.story": text(),
    "Budget.documents": codes(EVIDENCE_DOCUMENTS),
    "Budget.documents_other": line(200),

    "Hardship.reason": CLOSED,
    "Hardship.since_on": day,
    "Hardship.affected": CLOSED,

    "PlanChoices.monthly_offer_fen": fen,
    "PlanChoices.down_payment_fen": fen,
    "PlanChoices.start_on": day,
    "PlanChoices.waive_fees": CLOSED,
    "PlanChoices.monthly_by_debt": mapping(line(8, ID), fen),

    "Applicant.name": line(40),
    "Applicant.phone": line(30, PHONE_CHARS),
    "Applicant.id_number": line(18, ID_NUMBER),
    "Applicant.show_id_in_letter": CLOSED,
    "Applicant.address": line(120),
    "Applicant.signed_on": day,
}

# A snapshot is the case's own content on the day a document was made final: the same rules.
RULES |= {f"CaseContent.{name}": RULES[f"Case.{name}"] for name in finals.CONTENT_FIELDS}


# --- rules that tie fields together ----------------------------------------------------------

def _debt_rules(debt: Debt, where: str) -> Iterator[Problem]:
    if debt.issuer in (issuers.OTHER, "other_lender") and not debt.issuer_other.strip():
        yield Problem("missing_text", f"{where}.issuer_other")
    if debt.principal_fen is not None and debt.principal_fen > debt.owed_fen:
        yield Problem("inconsistent", f"{where}.principal_fen")


def _incident_rules(incident: Incident, where: str) -> Iterator[Problem]:
    if incident.channel is Channel.THIRD_PARTY and incident.contacted is Party.DEBTOR:
        yield Problem("inconsistent", f"{where}.contacted")


def _budget_rules(budget: Budget, where: str) -> Iterator[Problem]:
    if any(h.reason is HardshipReason.OTHER for h in budget.hardships) and not budget.hardship_other.strip():
        yield Problem("missing_text", f"{where}.hardship_other")


def _applicant_rules(applicant: Applicant, where: str) -> Iterator[Problem]:
    if applicant.show_id_in_letter and not applicant.id_number:
        yield Problem("inconsistent", f"{where}.show_id_in_letter")


def _court_paper_rules(paper: CourtPaper, where: str) -> Iterator[Problem]:
    """The user's own figure is not more than the claim, nor the claim's parts more than its total."""
    if None not in (paper.admitted_fen, paper.claimed_fen) and paper.admitted_fen > paper.claimed_fen:
        yield Problem("inconsistent", f"{where}.admitted_fen")
    parts = (paper.claimed_principal_fen, paper.claimed_charges_fen)
    if None not in (*parts, paper.claimed_fen) and sum(parts) > paper.claimed_fen:
        yield Problem("inconsistent", f"{where}.claimed_charges_fen")


def _complaint_rules(record: complaints.ComplaintRecord, where: str) -> Iterator[Problem]:
    """A history the app could have recorded: steps in an allowed order, dates never going back."""
    if complaints.problems(record.history):
        yield Problem("inconsistent", f"{where}.history")


def _case_rules(case: Case, where: str) -> Iterator[Problem]:
    """Final versions name stored snapshots, one in force per document; bases answer edits; each
    creditor's request history is one the transitions allow (core.negotiation.problems)."""
    if finals.problems(case):
        yield Problem("inconsistent", "finals")
    if negotiation.problems(case):
        yield Problem("inconsistent", "negotiations")


ROW_RULES: dict[type, Callable[[Any, str], Iterator[Problem]]] = {
    Case: _case_rules, Debt: _debt_rules, Incident: _incident_rules, Budget: _budget_rules,
    Applicant: _applicant_rules, complaints.ComplaintRecord: _complaint_rules, CourtPaper: _court_paper_rules,
}


# --- walking a case --------------------------------------------------------------------------

def validate_case(case: Case, limits: Limits) -> list[Problem]:
    """Every problem of `case`, the first of each code only, in the order found; [] when it is fine."""
    found: dict[str, Problem] = {}
    for problem in _walk(case, "", limits):
        found.setdefault(problem.code, problem)
    return list(found.values())


def _walk(row: Any, where: str, limits: Limits) -> Iterator[Problem]:
    cls = type(row)
    hints = _hints(cls)
    for f in dataclasses.fields(row):
        value = getattr(row, f.name)
        place = f"{where}.{f.name}" if where else f.name
        rule = RULES.get(f"{cls.__name__}.{f.name}") or default_rule(hints[f.name], f.name)
        yield from rule(value, place, limits)
        if _is_row(value):
            yield from _walk(value, place, limits)
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                if _is_row(item):
                    yield from _walk(item, f"{place}[{index}]", limits)
    if cls in ROW_RULES:
        yield from ROW_RULES[cls](row, where)


def _is_row(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def default_rule(tp: Any, name: str = "") -> Rule:
    """The safe rule for a field nobody wrote one for, by its type: one short line of text, an
    amount (a name ending in _fen) or a count, a date in the window, a naive time; containers
    item by item."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        real = [t for t in typing.get_args(tp) if t is not type(None)]
        inner = default_rule(real[0], name) if len(real) == 1 else any_value
        return lambda value, where, limits: iter(()) if value is None else inner(value, where, limits)
    if origin is tuple:
        return each(default_rule(typing.get_args(tp)[0], name))
    if origin is dict:
        return mapping(line(), default_rule(typing.get_args(tp)[1], name))
    counted = fen if name.endswith("_fen") else number()
    simple: dict[Any, Rule] = {str: line(), int: counted, date: day, datetime: moment, time: clock}
    return simple.get(tp, any_value)


def case_classes() -> list[type]:
    """Every dataclass a case can hold, the case first."""
    found, todo = [], [Case]
    while todo:
        cls = todo.pop()
        if cls in found:
            continue
        found.append(cls)
        for tp in _hints(cls).values():
            todo.extend(t for t in _types_in(tp) if dataclasses.is_dataclass(t))
    return found


def fields_without_rules() -> list[str]:
    """'Class.field' for every field of a case's dataclasses that has no entry in RULES."""
    return sorted(f"{cls.__name__}.{name}" for cls in case_classes() for name in _hints(cls)
                  if f"{cls.__name__}.{name}" not in RULES)


def _types_in(tp: Any) -> list[Any]:
    args = typing.get_args(tp)
    return [t for a in args for t in _types_in(a)] if args else [tp]

