"""validate_case: a case file holds only what the app itself could have exported (issue 15)."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from app.core import validation
from app.core.bounds import Limits
from app.core.case import (
    Applicant,
    Budget,
    Case,
    Channel,
    Debt,
    Evidence,
    EvidenceKind,
    Hardship,
    HardshipReason,
    Incident,
    Party,
    PlanChoices,
)
from app.core.complaints import ComplaintEntry, ComplaintRecord, SendChannel, Step
from app.core.money import MAX_FEN
from app.core.validation import Problem, default_rule, fields_without_rules, validate_case
from tests.factories import make_debt
from tests.rich_case import make_rich_case

LIMITS = Limits(max_debts=3, max_incidents=2, max_text_chars=10)
DEFAULTS = Limits(50, 300, 5000)


def debt(n: int = 1, **changes) -> Debt:
    return make_debt(**({"id": f"d{n:07d}"} | changes))


def incident(n: int = 1, **changes) -> Incident:
    return replace(Incident(id=f"e{n:07d}", occurred_at=datetime(2025, 6, 1, 9), channel=Channel.SMS), **changes)


def sent_entry(on: date = date(2025, 2, 1)) -> ComplaintEntry:
    return ComplaintEntry(Step.SENT, on, channel=SendChannel.EMS)


def codes(case: Case, limits: Limits = LIMITS) -> list[str]:
    return [p.code for p in validate_case(case, limits)]


def test_every_field_of_a_case_has_its_own_rule():
    """Whoever adds a field to a case dataclass adds its line to validation.RULES."""
    assert fields_without_rules() == []


def test_the_rules_name_only_fields_that_exist():
    names = {f"{cls.__name__}.{f.name}" for cls in validation.case_classes() for f in dataclasses.fields(cls)}
    assert set(validation.RULES) <= names


def test_the_rich_case_and_a_case_at_every_limit_are_fine():
    assert validate_case(make_rich_case(), DEFAULTS) == []
    case = Case(debts=tuple(debt(n) for n in range(3)),
                incidents=(incident(1), incident(2, details="十个字十个字十个字十")),
                applicant=Applicant(name="王" * 40))
    assert validate_case(case, LIMITS) == []


def test_the_forms_limits_repeated_in_the_core_still_agree_with_the_forms():
    from app.budget.forms import MAX_PEOPLE
    from app.conduct.forms import MAX_COUNT, MAX_EVIDENCE
    from app.debts.forms import DEMAND_SLOTS
    assert (validation.DEMAND_SLOTS, validation.MAX_EVIDENCE, validation.MAX_COUNT, validation.MAX_PEOPLE) == (
        DEMAND_SLOTS, MAX_EVIDENCE, MAX_COUNT, MAX_PEOPLE)


def test_one_row_too_many_is_reported_with_the_count():
    problems = validate_case(Case(debts=tuple(debt(n) for n in range(4)),
                                  incidents=(incident(1), incident(2), incident(3))), LIMITS)
    assert problems == [Problem("too_many_debts", "debts", {"max": 3, "n": 4}),
                        Problem("too_many_incidents", "incidents", {"max": 2, "n": 3})]


@pytest.mark.parametrize(("case", "where"), [
    (Case(debts=(debt(1), debt(2), debt(1))), "debts[2].id"),
    (Case(incidents=(incident(1), incident(1))), "incidents[1].id"),
])
def test_two_rows_sharing_an_id_are_refused(case, where):
    """Editing the first would overwrite the second: data lost."""
    assert validate_case(case, LIMITS) == [Problem("duplicate_id", where)]


@pytest.mark.parametrize("bad", ["d1", "D0000001", "d000000g", "d000\r\n01", "../../x", "d0000001 ", ""])
def test_ids_are_eight_lowercase_hex_digits(bad):
    assert codes(Case(debts=(debt(id=bad),))) == ["bad_id"]
    assert codes(Case(incidents=(incident(id=bad),))) == ["bad_id"]


def test_an_incident_names_no_account_or_an_id_shaped_one():
    """A deleted account leaves its incidents' debt_id in place, so the app's exports hold such ids."""
    assert codes(Case(debts=(debt(1),), incidents=(incident(debt_id="d0000001"), incident(2, debt_id="")))) == []
    assert codes(Case(incidents=(incident(debt_id="d0000009"),))) == []
    assert codes(Case(incidents=(incident(debt_id="../d1"),))) == ["bad_form"]


@pytest.mark.parametrize("issuer", ["<script>", "../../x<script>", "CMB", "", "other_bank"])
def test_issuers_come_from_the_list(issuer):
    assert codes(Case(debts=(debt(issuer=issuer),))) == ["bad_code"]


@pytest.mark.parametrize("case", [
    Case(incidents=(incident(facts=("made_up",)),)),
    Case(budget=Budget(documents=("medical_records",))),
    Case(budget=Budget(income_fen={"lottery": 100})),
    Case(budget=Budget(spending_fen={"<b>": 100})),
])
def test_codes_come_from_their_closed_lists(case):
    assert codes(case, DEFAULTS) == ["bad_code"]


@pytest.mark.parametrize("case", [
    Case(incidents=(incident(facts=("threatened_harm", "threatened_harm")),)),
    Case(budget=Budget(documents=("medical", "medical"))),
    Case(budget=Budget(hardships=(Hardship(HardshipReason.ILLNESS), Hardship(HardshipReason.ILLNESS)))),
    Case(debts=(debt(demands_on=(date(2025, 5, 1), date(2025, 4, 1))),)),      # the form sorts them
    Case(debts=(debt(demands_on=(date(2025, 4, 1), date(2025, 4, 1))),)),
])
def test_repeated_or_unsorted_choices_are_refused(case):
    assert codes(case, DEFAULTS) == ["duplicate"]


@pytest.mark.parametrize("case", [
    Case(incidents=(incident(occurred_at=datetime(2025, 6, 1, 9, tzinfo=UTC)),)),
    Case(incidents=(incident(occurred_at=datetime(2025, 6, 1, 9, tzinfo=timezone(timedelta(hours=8)))),)),
    Case(incidents=(incident(occurred_at=datetime(2025, 6, 1, 9, 0, 30)),)),
    Case(incidents=(incident(until=time(10, tzinfo=UTC)),)),
    Case(incidents=(incident(until=time(10, 0, 0, 5)),)),
    Case(incidents=(incident(until=time(10, fold=1)),)),
])
def test_times_are_naive_and_to_the_minute(case):
    assert codes(case) == ["bad_time"]


@pytest.mark.parametrize("case", [
    Case(debts=(debt(first_missed_on=date(1, 1, 1)),)),
    Case(debts=(debt(last_payment_on=date(2101, 1, 1)),)),
    Case(incidents=(incident(occurred_at=datetime(9999, 12, 31, 23, 59)),)),
    Case(incidents=(incident(evidence=(Evidence(EvidenceKind.RECORDING, date(1899, 12, 31)),)),)),
    Case(complaints=(ComplaintRecord("agency-0123456789", (sent_entry(date(1800, 1, 1)),)),)),
])
def test_dates_are_real_and_within_1900_to_2100(case):
    assert codes(case) == ["bad_date"]


@pytest.mark.parametrize("case", [
    Case(debts=(debt(owed_fen=-1),)),
    Case(debts=(debt(owed_fen=MAX_FEN + 1),)),
    Case(debts=(debt(limit_fen=-500),)),
    Case(budget=Budget(income_fen={"wages": -1})),
    Case(plan=PlanChoices(monthly_offer_fen=MAX_FEN + 1)),
])
def test_amounts_are_from_zero_to_one_hundred_million_yuan(case):
    assert codes(case) == ["bad_amount"]


@pytest.mark.parametrize("case", [
    Case(incidents=(incident(count=0),)),
    Case(incidents=(incident(count=201),)),
    Case(budget=Budget(household_size=0)),
    Case(budget=Budget(dependants=21)),
])
def test_counts_are_within_what_the_forms_accept(case):
    assert codes(case) == ["bad_number"]


@pytest.mark.parametrize("case", [
    Case(applicant=Applicant(address="一" * 121)),
    Case(incidents=(incident(caller_name="名" * 61),)),
    Case(budget=Budget(story="故" * 11)),
    Case(incidents=(incident(details="x" * 11),)),
    Case(narratives={"request-d0000001-hardship": "x" * 21}),
])
def test_text_over_its_fields_limit_is_refused(case):
    assert codes(case) == ["text_too_long"]


def test_a_narrative_may_be_longer_than_the_story_it_was_drafted_from():
    assert codes(Case(narratives={"request-d0000001-hardship": "x" * 20})) == []


@pytest.mark.parametrize("text", ["a\nb", "a\rb", "a\tb", "\x00", "\x1b[31m", "\x7f", "\u2028", "\ud800", "\x85"])
def test_one_line_fields_refuse_control_characters_and_line_breaks(text):
    assert codes(Case(applicant=Applicant(name=text))) == ["bad_text"]
    assert codes(Case(debts=(debt(collector_name=text),))) == ["bad_text"]


def test_many_line_fields_keep_line_breaks_but_refuse_other_control_characters():
    assert codes(Case(budget=Budget(story="第一段\r\n第二段\t完"))) == []
    assert codes(Case(budget=Budget(story="a\x00b"))) == ["bad_text"]
    assert codes(Case(incidents=(incident(details="\ud83d"),))) == ["bad_text"]


def test_emoji_joiners_and_bidi_marks_are_ordinary_text():
    assert codes(Case(applicant=Applicant(name="👨\u200d👩\u200d👧\u202e"))) == []


@pytest.mark.parametrize("case", [
    Case(debts=(debt(tail="123"),)),
    Case(debts=(debt(tail="１２３４"),)),                     # the form stores the folded ASCII digits
    Case(applicant=Applicant(phone="call me")),
    Case(applicant=Applicant(id_number="44030519900229778")),
    Case(incidents=(incident(caller_number="110<script>"),)),
    Case(narratives={"request.intro": "好"}),
    Case(narratives={"complaint-agency-xyz-statement": "好"}),
    Case(complaints=(ComplaintRecord("../etc", (sent_entry(),)),)),
])
def test_forms_the_forms_would_refuse_are_refused(case):
    assert codes(case) == ["bad_form"]


@pytest.mark.parametrize(("case", "code", "where"), [
    (Case(debts=(debt(issuer="other", issuer_other=" "),)), "missing_text", "debts[0].issuer_other"),
    (Case(debts=(debt(principal_fen=2, owed_fen=1),)), "inconsistent", "debts[0].principal_fen"),
    (Case(incidents=(incident(channel=Channel.THIRD_PARTY, contacted=Party.DEBTOR),)), "inconsistent",
     "incidents[0].contacted"),
    (Case(applicant=Applicant(show_id_in_letter=True)), "inconsistent", "applicant.show_id_in_letter"),
    (Case(budget=Budget(hardships=(Hardship(HardshipReason.OTHER),))), "missing_text", "budget.hardship_other"),
    (Case(incidents=(incident(evidence=(Evidence(EvidenceKind.LETTER, date(2025, 1, 1)),) * 11),)),
     "too_many", "incidents[0].evidence"),
    (Case(complaints=(ComplaintRecord("agency-0123456789", (ComplaintEntry(Step.RECEIVED, date(2025, 1, 1)),)),)),
     "inconsistent", "complaints[0].history"),
    (Case(complaints=(ComplaintRecord("agency-0123456789", (sent_entry(date(2025, 2, 1)),
                                                            ComplaintEntry(Step.RECEIVED, date(2025, 1, 1)))),)),
     "inconsistent", "complaints[0].history"),
])
def test_fields_that_contradict_each_other_are_refused(case, code, where):
    assert [(p.code, p.where) for p in validate_case(case, DEFAULTS)] == [(code, where)]


def test_a_complaint_history_is_bounded_and_a_longer_one_cannot_be_in_order():
    case = Case(complaints=(ComplaintRecord("agency-0123456789", (sent_entry(),) * 13),))
    assert [(p.code, p.where) for p in validate_case(case, DEFAULTS)] == [
        ("too_many", "complaints[0].history"), ("inconsistent", "complaints[0].history")]
    assert codes(Case(complaints=(ComplaintRecord("agency-0123456789", (sent_entry(),)),) * 2)) == ["duplicate"]


def test_each_kind_of_problem_is_reported_once_at_its_first_place():
    case = Case(debts=(debt(1, owed_fen=-1), debt(2, owed_fen=-2)))
    assert validate_case(case, LIMITS) == [Problem("bad_amount", "debts[0].owed_fen")]


@pytest.mark.parametrize(("hint", "good", "bad"), [
    (str, "一行字", "两\n行"),
    (str | None, None, "x" * 201),
    (int, 3, -1),
    (date, date(2025, 1, 1), date(1, 1, 1)),
    (datetime, datetime(2025, 1, 1, 9), datetime(2025, 1, 1, 9, tzinfo=UTC)),
    (tuple[str, ...], ("a",), ("\x00",)),
    (dict[str, str], {"a": "b"}, {"a\n": "b"}),
])
def test_a_field_without_a_rule_still_gets_the_safe_default_for_its_type(hint, good, bad):
    rule = default_rule(hint)
    assert list(rule(good, "x", DEFAULTS)) == []
    assert list(rule(bad, "x", DEFAULTS)) != []


def test_an_amount_without_a_rule_is_checked_as_an_amount():
    assert list(default_rule(int, "deposit_fen")(MAX_FEN, "x", DEFAULTS)) == []
    assert list(default_rule(int, "deposit_fen")(-1, "x", DEFAULTS)) != []


def test_final_versions_must_name_a_stored_snapshot_and_answer_an_edit():
    from app.core.case import FinalDocument

    final = FinalDocument(key="summary", version=1, finalized_on=date(2026, 11, 1), snapshot_id="0" * 16)
    dangling = Case(finals=(final,))
    assert [p.code for p in validation.validate_case(dangling, LIMITS)] == ["inconsistent"]
    stray_base = Case(narrative_bases={"request-0000000a-hardship": "0" * 12})
    assert [p.code for p in validation.validate_case(stray_base, LIMITS)] == ["inconsistent"]


def test_a_case_keeps_at_most_two_complaint_histories_per_incident_it_may_hold():
    keys = [f"agency-012345678{n}" for n in range(5)]
    records = tuple(ComplaintRecord(k, (sent_entry(),)) for k in keys)
    assert codes(Case(complaints=records[:4])) == []                      # LIMITS: 2 incidents
    assert codes(Case(complaints=records)) == ["too_many"]
