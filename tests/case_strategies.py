"""Hypothesis strategies: any case the app's own forms could build, and mutations of its export.

`cases()` draws every field from what its form accepts (app/*/forms.py, mirrored by
app/core/validation.py): ids from `new_id`'s alphabet, codes from their lists, naive times to the
minute, text without control characters. `mutations()` changes one value of an exported case in
one of the ways issue 15 lists (type swap, duplicate id, out-of-range, extra or missing key,
control characters, time zones, unknown codes).
"""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from hypothesis import strategies as st

from app.core import issuers
from app.core.bounds import MAX_ANSWER_SUMMARY_CHARS, MAX_TRACKING_CHARS
from app.core.case import (
    Applicant,
    Budget,
    Case,
    Channel,
    Collector,
    CollectorKind,
    Debt,
    DebtKind,
    Evidence,
    EvidenceKind,
    Hardship,
    HardshipReason,
    Incident,
    IncomeSource,
    Party,
    PlanChoices,
    Spending,
)
from app.core.complaints import CHOSEN_CHANNELS, ComplaintEntry, ComplaintRecord, Step
from app.core.conduct.facts import FACTS
from app.core.court.papers import CourtPaper, PaperChannel, PaperKind, RedFlag
from app.core.letters.common import EVIDENCE_DOCUMENTS
from app.core.money import MAX_FEN

TODAY = date(2026, 11, 29)                 # tests' FIXED_TODAY
FIRST_DAY = date(2015, 1, 1)               # a plausible past: the forms refuse only the future
HEX = "0123456789abcdef"

ids = st.text(HEX, min_size=8, max_size=8)
days = st.dates(FIRST_DAY, TODAY)
fen = st.integers(0, MAX_FEN)
# Letters a debtor types: ASCII, CJK, full-width forms, emoji with joiners, bidi marks; never a
# control character, a lone surrogate or a line separator (the forms' text has none).
_letters = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),
    st.sampled_from(["😀", "👨", "\u200d", "\u202e", "\u200b", "\u00a0", "é", "𠀀"]),
)
_breaks = st.sampled_from(["\n", "\r", "\t"])       # a <textarea> sends \r\n


def line(max_size: int) -> st.SearchStrategy[str]:
    """One line as a form stores it: no control characters, trimmed."""
    return st.text(_letters, max_size=max_size).map(str.strip).filter(lambda t: len(t) <= max_size)


def paragraphs(max_size: int) -> st.SearchStrategy[str]:
    return st.text(st.one_of(_letters, _breaks), max_size=max_size).map(str.strip)


def phone(max_size: int) -> st.SearchStrategy[str]:
    return st.text("0123456789+-() ", max_size=max_size).map(str.strip)


def minutes(start: date = FIRST_DAY, end: date = TODAY) -> st.SearchStrategy[datetime]:
    return st.datetimes(datetime.combine(start, time()), datetime.combine(end, time(23, 59))).map(
        lambda d: d.replace(second=0, microsecond=0))


@st.composite
def debts(draw, debt_id: str) -> Debt:
    issuer = draw(st.sampled_from([*issuers.BY_CODE, issuers.OTHER]))
    needs_name = issuer in (issuers.OTHER, "other_lender")
    owed = draw(fen)
    paid_on = draw(st.none() | days)
    return Debt(
        id=debt_id, issuer=issuer, owed_fen=owed, first_missed_on=draw(days),
        issuer_other=draw(line(60).filter(bool) if needs_name else st.just("") | line(60)),
        kind=draw(st.sampled_from(DebtKind)), tail=draw(st.just("") | st.text("0123456789", min_size=4, max_size=4)),
        principal_fen=draw(st.none() | st.integers(0, owed)), limit_fen=draw(st.none() | fen),
        last_payment_on=paid_on, last_payment_fen=None if paid_on is None else draw(fen),
        collector=draw(st.sampled_from(Collector)), collector_name=draw(line(100)),
        demands_on=tuple(sorted(draw(st.sets(days, max_size=4)))),
    )


@st.composite
def incidents(draw, incident_id: str, debt_ids: list[str]) -> Incident:
    channel = draw(st.sampled_from(Channel))
    parties = [p for p in Party if not (channel is Channel.THIRD_PARTY and p is Party.DEBTOR)]
    evidence = draw(st.lists(st.builds(Evidence, st.sampled_from(EvidenceKind), days, line(200)), max_size=3))
    return Incident(
        id=incident_id, occurred_at=draw(minutes()), channel=channel,
        collector_kind=draw(st.sampled_from(CollectorKind)), collector_name=draw(line(100)),
        caller_name=draw(line(60)), caller_number=draw(phone(40)),
        debt_id=draw(st.sampled_from(["", *debt_ids]) | st.just("") | ids),   # a deleted account too
        contacted=draw(st.sampled_from(parties)), number_dialled=draw(phone(40)),
        count=draw(st.integers(1, 200)), until=draw(st.none() | st.times().map(lambda t: t.replace(second=0, fold=0,
                                                                                                    microsecond=0))),
        facts=tuple(draw(st.lists(st.sampled_from(FACTS), unique=True, max_size=4))),
        details=draw(paragraphs(300)), evidence=tuple(evidence),
    )


budgets = st.builds(
    Budget,
    income_fen=st.dictionaries(st.sampled_from([s.value for s in IncomeSource]), fen, max_size=3),
    spending_fen=st.dictionaries(st.sampled_from([s.value for s in Spending]), fen, max_size=4),
    household_size=st.integers(1, 20), dependants=st.integers(0, 20),
    hardships=st.lists(st.sampled_from(HardshipReason), unique=True, max_size=3).flatmap(
        lambda reasons: st.tuples(*(st.builds(Hardship, st.just(r), st.none() | days.map(
            lambda d: d.replace(day=1))) for r in reasons))),
    hardship_other=line(200), story=paragraphs(500),
    documents=st.lists(st.sampled_from(list(EVIDENCE_DOCUMENTS)), unique=True, max_size=3).map(tuple),
    documents_other=line(200),
).map(lambda b: replace(b, hardship_other="店铺被拆迁") if _other_unnamed(b) else b)


def _other_unnamed(budget: Budget) -> bool:
    """The budget form asks for a few words when "other reason" is ticked."""
    return any(h.reason is HardshipReason.OTHER for h in budget.hardships) and not budget.hardship_other

plans = st.builds(PlanChoices, monthly_offer_fen=st.none() | st.integers(0, 100_000_000),
                  down_payment_fen=st.integers(0, 100_000_000),
                  start_on=st.none() | st.dates(TODAY, TODAY + timedelta(days=365)), waive_fees=st.booleans())

id_numbers = st.just("") | st.text("0123456789", min_size=17, max_size=17).flatmap(
    lambda head: st.sampled_from([head + c for c in "0123456789X"]))


@st.composite
def applicants(draw) -> Applicant:
    id_number = draw(id_numbers)
    return Applicant(name=draw(line(40)), phone=draw(phone(30)), id_number=id_number,
                     show_id_in_letter=bool(id_number) and draw(st.booleans()), address=draw(line(120)),
                     signed_on=draw(st.none() | days))


complaint_keys = st.builds(lambda kind, digest: f"{kind}-{digest}", st.sampled_from(["bank", "agency", "unknown"]),
                           st.text(HEX, min_size=10, max_size=10))


@st.composite
def complaint_histories(draw) -> tuple[ComplaintEntry, ...]:
    """A history the app could record: a prefix of sent → received → answered → escalated → closed."""
    length = draw(st.integers(0, 5))
    on = sorted(draw(st.lists(days, min_size=length, max_size=length)))
    make = [
        lambda d: ComplaintEntry(Step.SENT, d, channel=draw(st.sampled_from(CHOSEN_CHANNELS)),
                                 tracking=draw(line(MAX_TRACKING_CHARS))),
        lambda d: ComplaintEntry(Step.RECEIVED, d),
        lambda d: ComplaintEntry(Step.ANSWERED, d, summary=draw(paragraphs(MAX_ANSWER_SUMMARY_CHARS)),
                                 satisfied=False),
        lambda d: ComplaintEntry(Step.ESCALATED, d),
        lambda d: ComplaintEntry(Step.CLOSED, d),
    ]
    return tuple(make[n](d) for n, d in enumerate(on))


@st.composite
def court_papers(draw, paper_id: str, debt_ids: list[str]) -> CourtPaper:
    """A paper as the court form stores it: the user's figure and the claim's parts within the claim."""
    claimed = draw(st.none() | fen)
    principal = draw(st.none() | st.integers(0, claimed if claimed is not None else MAX_FEN))
    charges_cap = MAX_FEN if claimed is None or principal is None else claimed - principal
    return CourtPaper(
        id=paper_id, kind=draw(st.sampled_from(PaperKind)), channel=draw(st.sampled_from(PaperChannel)),
        received_on=draw(days), debt_id=draw(st.sampled_from(["", *debt_ids]) | ids),
        body=draw(line(60)), case_number=draw(st.sampled_from(["", "(2026)京0105民初12345号", "(2021)川0104民诉前调801号"])
                                               | line(40)),
        address=draw(line(120)), hearing_on=draw(st.none() | st.dates(FIRST_DAY, TODAY + timedelta(days=365))),
        claimed_fen=claimed, claimed_principal_fen=principal,
        claimed_charges_fen=draw(st.none() | st.integers(0, charges_cap)),
        admitted_fen=draw(st.none() | st.integers(0, claimed if claimed is not None else MAX_FEN)),
        red_flags=tuple(draw(st.lists(st.sampled_from(RedFlag), unique=True, max_size=3))),
        lives_elsewhere=draw(st.booleans()), clause_not_explained=draw(st.booleans()), note=draw(paragraphs(300)),
    )


@st.composite
def cases(draw, max_debts: int = 4, max_incidents: int = 5) -> Case:
    debt_ids = draw(st.lists(ids, unique=True, max_size=max_debts))
    incident_ids = draw(st.lists(ids, unique=True, max_size=max_incidents))
    keys = [f"request-{i}-hardship" for i in debt_ids]
    keys += [f"complaint-{k}-statement" for k in draw(st.lists(complaint_keys, max_size=2))]
    return Case(
        debts=tuple(draw(debts(i)) for i in debt_ids),
        incidents=tuple(draw(incidents(i, debt_ids)) for i in incident_ids),
        budget=draw(st.none() | budgets),
        plan=draw(plans),
        applicant=draw(applicants()),
        narratives=draw(st.dictionaries(st.sampled_from(keys), paragraphs(400).filter(bool), max_size=2)
                        if keys else st.just({})),
        complaints=tuple(ComplaintRecord(k, draw(complaint_histories()))
                         for k in draw(st.lists(complaint_keys, unique=True, max_size=2))),
        court_papers=tuple(draw(court_papers(i, debt_ids)) for i in draw(st.lists(ids, unique=True, max_size=2))),
    )


# --- mutations of an exported case -----------------------------------------------------------

HOSTILE_TEXT = ["\r\nSet-Cookie: injected=1", "\x00", "\x1b[31m", "\ud800", "\u2028", "../../x<script>",
                "<script>alert(1)</script>", "{{7*7}}", "x" * 6000]
ODD_VALUES = [None, True, False, 0, -1, 1.5, 10**20, -(10**20), "", "x", "2026-02-30", "2026-11-29T10:00:00+08:00",
              "10:00:00+08:00", "2026-11-29T10:00:30", "9999-12-31", "0001-01-01", [], {}, ["x"], {"x": 1}]


def _paths(data, path=()):
    """Every (path, value) in a JSON tree, containers included."""
    yield path, data
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, (*path, index))


def _set(data, path, value):
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value


@st.composite
def mutations(draw, exported: dict) -> tuple[str, dict]:
    """(what was done, the mutated export): one change of one kind at one place."""
    data = copy.deepcopy(exported)
    paths = [p for p, _ in _paths(data["case"]) if p]
    kind = draw(st.sampled_from(["swap", "hostile", "extra_key", "drop_key", "duplicate_row", "rename_key"]))
    containers = [p for p in paths if isinstance(_get(data["case"], p), dict)]
    rows = [p for p in paths if isinstance(_get(data["case"], p), list) and _get(data["case"], p)]
    if kind == "extra_key" and containers:
        where = draw(st.sampled_from([(), *containers]))
        _get(data["case"], where)[draw(st.sampled_from(["extra", "id", "\r\n", "__proto__"]))] = draw(
            st.sampled_from(ODD_VALUES))
    elif kind == "drop_key" and containers:
        where = draw(st.sampled_from(containers))
        target = _get(data["case"], where)
        if target:
            del target[draw(st.sampled_from(sorted(target)))]
    elif kind == "duplicate_row" and rows:
        where = draw(st.sampled_from(rows))
        target = _get(data["case"], where)
        target.append(copy.deepcopy(target[draw(st.integers(0, len(target) - 1))]))
    elif kind == "rename_key" and containers:
        where = draw(st.sampled_from(containers))
        target = _get(data["case"], where)
        if target:
            old = draw(st.sampled_from(sorted(target)))
            target[draw(st.sampled_from(HOSTILE_TEXT[:6]))] = target.pop(old)
    elif paths:
        where = draw(st.sampled_from(paths))
        _set(data["case"], where, draw(st.sampled_from(HOSTILE_TEXT if kind == "hostile" else ODD_VALUES)))
    else:
        where = ()
    return f"{kind} at {where!r}", data


def _get(data, path):
    for step in path:
        data = data[step]
    return data
