"""The §17 collector-conduct rules: boundaries, counting, third parties, citations by date, actions."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time

import pytest

from app.core import citations
from app.core.case import Channel, CollectorKind, Party
from app.core.conduct import facts
from app.core.conduct.checks import CollectorKey
from app.core.conduct.engine import Action, Finding, actions_for, evaluate, findings_by_collector
from app.core.conduct.facts import Fact
from app.core.conduct.rules import RULES, Severity, rule
from tests.core.conduct_factories import at, make_calls, make_incident

U, B, N = Severity.UNLAWFUL, Severity.BREACH, Severity.NOTED

SECTION_17 = {
    "c_hours_night": B, "c_hours_evening_21_22": N, "c_calls_unanswered_over_6": B,
    "c_calls_connected_over_3": B, "c_harassing_messages": U, "c_third_party_pressure": B,
    "c_third_party_disclosure": U, "c_third_party_relay_only": N, "c_guarantor_contact": N,
    "c_contacts_harvest": U, "c_threat_violence": U, "c_violence_detention": U, "c_insult": U,
    "c_impersonate_authority": U, "c_impersonate_other": U, "c_fake_legal_document": U,
    "c_public_notice": U, "c_no_identification": B, "c_private_channel_agency": B,
    "c_personal_account": B, "c_false_legal_threat": B, "c_home_visit": N, "c_home_entry": U,
    "c_workplace_visit": B, "c_unlawful_fees": B, "c_induce_borrowing": B, "c_lawful_reminder": N,
    "c_lawsuit_or_credit_report": N, "c_collection_after_agreement": B,
}


def ids(incidents) -> list[str]:
    return [f.rule_id for f in evaluate(incidents)]


def only(rule_id, incidents):
    found = [f for f in evaluate(incidents) if f.rule_id == rule_id]
    assert len(found) == 1, ids(incidents)
    return found[0]


def third(**changes):
    """The collector contacted the debtor's relative."""
    return make_incident(**({"channel": Channel.THIRD_PARTY, "contacted": Party.RELATIVE} | changes))


# --- the table --------------------------------------------------------------------------------------

def test_every_section_17_rule_is_present_exactly_once_with_its_severity():
    assert len(SECTION_17) == 29
    assert sorted(r.id for r in RULES) == sorted(SECTION_17)
    assert {r.id: r.severity for r in RULES} == SECTION_17


def test_every_citation_a_rule_refers_to_exists():
    for r in RULES:
        referenced = r.citation_ids + r.comparison_ids + tuple(c for pair in r.psl for c in pair if c)
        for citation_id in referenced:
            citations.get(citation_id)


@pytest.mark.parametrize("day", [date(2025, 12, 31), date(2026, 1, 1)])
def test_no_rule_shows_an_unverified_or_foreign_citation_as_law(day):
    for r in RULES:
        assert all(citations.shown_as_law(citations.get(c)) for c in r.citations_on(day)), r.id
        assert not any(citations.shown_as_law(citations.get(c)) for c in r.comparison_ids), r.id


def test_evening_note_cites_no_chinese_rule_only_the_us_comparison():
    evening = rule("c_hours_evening_21_22")
    assert evening.citation_ids == () and evening.psl == ()
    assert evening.comparison_ids == ("us_fdcpa_1692c",)
    assert citations.get("us_fdcpa_1692c").foreign


def test_every_fact_code_is_listed_once_in_one_group():
    assert len(facts.FACTS) == len(set(facts.FACTS)) == len(Fact)
    assert [f for g in facts.GROUPS for f in g.facts] == list(facts.FACTS)


# --- each rule triggered by a minimal incident --------------------------------------------------------

MINIMAL = {
    "c_hours_night": [make_incident(occurred_at=at(23))],
    "c_hours_evening_21_22": [make_incident(occurred_at=at(21, 30))],
    "c_calls_unanswered_over_6": make_calls(7, channel=Channel.CALL_UNANSWERED),
    "c_calls_connected_over_3": make_calls(4),
    "c_harassing_messages": [make_incident(channel=Channel.SMS, facts=(Fact.REPEATED_ABUSIVE_MESSAGES,))],
    "c_third_party_pressure": [third(facts=(Fact.THIRD_PARTY_PRESSED,))],
    "c_third_party_disclosure": [third(facts=(Fact.TOLD_THIRD_PARTY_AMOUNT,))],
    "c_third_party_relay_only": [third(facts=(Fact.ASKED_ONLY_CONTACT_DETAILS, Fact.DEBTOR_UNREACHABLE))],
    "c_guarantor_contact": [make_incident(contacted=Party.GUARANTOR)],
    "c_contacts_harvest": [make_incident(facts=(Fact.USED_CONTACT_LIST,))],
    "c_threat_violence": [make_incident(facts=(Fact.THREATENED_HARM,))],
    "c_violence_detention": [make_incident(channel=Channel.HOME_VISIT, facts=(Fact.HIT_OR_BLOCKED,))],
    "c_insult": [make_incident(facts=(Fact.INSULTING_WORDS,))],
    "c_impersonate_authority": [make_incident(facts=(Fact.CLAIMED_COURT_OR_POLICE,))],
    "c_impersonate_other": [
        make_incident(collector_kind=CollectorKind.AGENCY, facts=(Fact.CLAIMED_TO_BE_BANK,))],
    "c_fake_legal_document": [make_incident(channel=Channel.LETTER, facts=(Fact.SENT_FAKE_LEGAL_DOCUMENT,))],
    "c_public_notice": [make_incident(channel=Channel.HOME_VISIT, facts=(Fact.POSTED_PUBLIC_NOTICE,))],
    "c_no_identification": [make_incident(facts=(Fact.REFUSED_IDENTITY,))],
    "c_private_channel_agency": [
        make_incident(collector_kind=CollectorKind.AGENCY, facts=(Fact.USED_PRIVATE_PHONE_OR_WECHAT,))],
    "c_personal_account": [make_incident(facts=(Fact.ASKED_PERSONAL_ACCOUNT,))],
    "c_false_legal_threat": [make_incident(facts=(Fact.FALSE_ARREST_OR_BLACKLIST_THREAT,))],
    "c_home_visit": [make_incident(channel=Channel.HOME_VISIT)],
    "c_home_entry": [make_incident(channel=Channel.HOME_VISIT, facts=(Fact.ENTERED_HOME,))],
    "c_workplace_visit": [make_incident(channel=Channel.WORKPLACE_VISIT)],
    "c_unlawful_fees": [make_incident(facts=(Fact.ASKED_FEE_TO_STOP,))],
    "c_induce_borrowing": [make_incident(facts=(Fact.PRESSED_NEW_LOAN,))],
    "c_lawful_reminder": [make_incident(facts=(Fact.POLITE_REMINDER,))],
    "c_lawsuit_or_credit_report": [
        make_incident(channel=Channel.LETTER, facts=(Fact.LAWSUIT_OR_CREDIT_REPORT,))],
    "c_collection_after_agreement": [make_incident(facts=(Fact.AFTER_INSTALLMENT_AGREEMENT,))],
}


def test_minimal_cases_cover_every_rule():
    assert set(MINIMAL) == set(SECTION_17)


@pytest.mark.parametrize("rule_id", sorted(MINIMAL))
def test_each_rule_is_triggered_by_a_minimal_incident(rule_id):
    finding = only(rule_id, MINIMAL[rule_id])
    assert finding.severity is SECTION_17[rule_id]
    assert finding.incident_ids == tuple(i.id for i in MINIMAL[rule_id])
    assert finding.citation_ids == rule(rule_id).citations_on(date(2026, 3, 5))


def test_a_plain_daytime_call_with_nothing_ticked_gives_no_finding():
    assert evaluate([make_incident()]) == []


def test_facts_name_the_ticked_codes_in_checklist_order():
    incident = make_incident(facts=(Fact.CHARGED_COLLECTION_FEE, Fact.ASKED_FEE_TO_STOP))
    assert only("c_unlawful_fees", [incident]).facts == {"facts": "asked_fee_to_stop,charged_collection_fee"}


# --- hours ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("hour", "minute", "expected"), [
    (7, 59, ["c_hours_night"]),
    (8, 0, []),
    (20, 59, []),
    (21, 0, ["c_hours_evening_21_22"]),
    (21, 59, ["c_hours_evening_21_22"]),
    (22, 0, ["c_hours_night"]),
    (0, 0, ["c_hours_night"]),
])
def test_hours_boundaries(hour, minute, expected):
    assert ids([make_incident(occurred_at=at(hour, minute))]) == expected


def test_seconds_do_not_push_a_call_out_of_the_night():
    assert ids([make_incident(occurred_at=datetime(2026, 3, 5, 7, 59, 59))]) == ["c_hours_night"]


def test_night_finding_names_the_time():
    assert only("c_hours_night", [make_incident(occurred_at=at(22, 40))]).facts == {"time": "22:40"}


def test_consent_to_the_time_lifts_the_hours_rules():
    for hour in (6, 21, 23):
        incident = make_incident(occurred_at=at(hour), facts=(Fact.DEBTOR_CONSENTED_TO_TIME,))
        assert ids([incident]) == []


def test_a_batch_counts_as_night_when_any_part_of_its_window_is_night():
    batch = make_incident(
        channel=Channel.CALL_UNANSWERED, occurred_at=at(21, 30), until=time(22, 10), count=3)
    assert only("c_hours_night", [batch]).facts == {"time": "21:30", "until": "22:10", "count": "3"}
    assert "c_hours_evening_21_22" not in ids([batch])


def test_a_batch_ending_at_22_00_touches_the_night():
    assert ids([make_incident(occurred_at=at(21), until=time(22, 0))]) == ["c_hours_night"]


def test_a_batch_from_evening_into_morning_wraps_past_midnight():
    assert ids([make_incident(occurred_at=at(23, 30), until=time(0, 30))]) == ["c_hours_night"]
    assert ids([make_incident(occurred_at=at(20), until=time(21, 0))]) == ["c_hours_evening_21_22"]
    assert ids([make_incident(occurred_at=at(8), until=time(20, 59))]) == []


def test_a_letter_has_no_time_of_day():
    assert ids([make_incident(channel=Channel.LETTER, occurred_at=at(23))]) == []


# --- counting ---------------------------------------------------------------------------------------

def test_three_connected_calls_a_day_are_fine_four_are_not():
    assert ids(make_calls(3)) == []
    finding = only("c_calls_connected_over_3", make_calls(4))
    assert finding.facts == {"date": "2026-03-05", "count": "4"}
    assert finding.incident_ids == ("c1", "c2", "c3", "c4")


def test_robot_calls_and_batches_count_as_connected_calls():
    mixed = make_calls(2) + make_calls(2, prefix="r", start=at(15), channel=Channel.ROBOT_CALL)
    assert only("c_calls_connected_over_3", mixed).facts["count"] == "4"
    assert only("c_calls_connected_over_3", [make_incident(count=4, until=time(11))]).facts["count"] == "4"
    assert ids([make_incident(count=3, until=time(11))]) == []


def test_four_connected_calls_split_across_two_days_or_two_collectors_are_fine():
    next_day = make_calls(1, prefix="d", start=at(9, day=date(2026, 3, 6)))
    assert ids(make_calls(3) + next_day) == []
    other = make_calls(1, prefix="a", collector_kind=CollectorKind.AGENCY, collector_name="某某催收公司")
    assert ids(make_calls(3) + other) == []


def test_calls_to_third_parties_and_unanswered_calls_are_not_connected_calls():
    unanswered = make_calls(1, prefix="u", channel=Channel.CALL_UNANSWERED)
    assert "c_calls_connected_over_3" not in ids(make_calls(3) + unanswered)
    relative = make_calls(4, contacted=Party.RELATIVE)
    assert "c_calls_connected_over_3" not in ids(relative)


def test_six_unanswered_attempts_to_one_number_are_fine_seven_are_not():
    dial = {"channel": Channel.CALL_UNANSWERED, "number_dialled": "13800000000"}
    assert ids(make_calls(6, **dial)) == []
    finding = only("c_calls_unanswered_over_6", make_calls(7, **dial))
    assert finding.facts == {"date": "2026-03-05", "count": "7", "number": "13800000000"}


def test_seven_unanswered_attempts_spread_over_two_numbers_are_fine():
    first = make_calls(4, channel=Channel.CALL_UNANSWERED, number_dialled="13800000000")
    second = make_calls(3, prefix="s", channel=Channel.CALL_UNANSWERED, number_dialled="13900000000")
    assert ids(first + second) == []


def test_a_batch_of_seven_unanswered_calls_counts_as_seven():
    batch = make_incident(channel=Channel.CALL_UNANSWERED, count=7, until=time(12))
    assert only("c_calls_unanswered_over_6", [batch]).facts["count"] == "7"


def test_collector_names_are_compared_without_surrounding_spaces():
    calls = make_calls(2) + make_calls(2, prefix="x", collector_name=" 招商银行 ")
    assert "c_calls_connected_over_3" in ids(calls)


# --- third parties ----------------------------------------------------------------------------------

RELAY = (Fact.ASKED_ONLY_CONTACT_DETAILS, Fact.DEBTOR_UNREACHABLE)


def test_asking_a_relative_only_for_contact_details_while_unreachable_is_noted_lawful():
    assert ids([third(facts=RELAY)]) == ["c_third_party_relay_only"]
    assert only("c_third_party_relay_only", [third(facts=RELAY)]).facts == {"party": "relative"}


def test_revealing_the_debt_while_relaying_is_disclosure_not_relay():
    assert ids([third(facts=(*RELAY, Fact.TOLD_THIRD_PARTY_AMOUNT))]) == ["c_third_party_disclosure"]


def test_continuing_after_the_third_party_asked_them_to_stop_is_pressure():
    found = only("c_third_party_pressure", [third(facts=(*RELAY, Fact.THIRD_PARTY_ASKED_TO_STOP))])
    assert found.facts == {"party": "relative", "facts": "third_party_asked_to_stop"}
    assert "c_third_party_relay_only" not in ids([third(facts=(*RELAY, Fact.THIRD_PARTY_ASKED_TO_STOP))])


def test_pressing_and_disclosing_to_an_employer_gives_both_findings():
    told = (Fact.THIRD_PARTY_PRESSED, Fact.TOLD_THIRD_PARTY_ABOUT_DEBT)
    incident = third(contacted=Party.EMPLOYER, facts=told)
    assert ids([incident]) == ["c_third_party_disclosure", "c_third_party_pressure"]


def test_asking_for_contact_details_while_the_debtor_was_reachable_is_pressure():
    found = only("c_third_party_pressure", [third(facts=(Fact.ASKED_ONLY_CONTACT_DETAILS,))])
    assert found.facts == {"party": "relative", "debtor_unreachable": "no"}


def test_an_unexplained_call_to_a_colleague_is_collecting_from_a_third_party():
    found = only("c_third_party_pressure", [third(contacted=Party.COLLEAGUE)])
    assert found.facts == {"party": "colleague", "relay_only": "no"}


def test_a_third_party_contact_left_at_debtor_still_counts_as_third_party():
    assert ids([make_incident(channel=Channel.THIRD_PARTY)]) == ["c_third_party_pressure"]


def test_telling_the_guarantor_or_debt_related_spouse_is_not_disclosure():
    for party in (Party.GUARANTOR, Party.SPOUSE_DEBT_RELATED):
        incident = make_incident(contacted=party, facts=(Fact.TOLD_THIRD_PARTY_AMOUNT,))
        assert ids([incident]) == ["c_guarantor_contact"]


def test_exposing_the_debt_online_is_disclosure_whoever_was_contacted():
    found = only("c_third_party_disclosure", [make_incident(facts=(Fact.EXPOSED_DEBT_ONLINE,))])
    assert found.facts == {"facts": "exposed_debt_online"}


# --- identity, visits, reminders ------------------------------------------------------------------------

def test_a_bank_calling_as_the_bank_or_a_lawyer_claim_alone_is_not_impersonation():
    assert ids([make_incident(facts=(Fact.CLAIMED_TO_BE_BANK,))]) == []
    assert ids([make_incident(facts=(Fact.CLAIMED_TO_BE_LAWYER,))]) == []


def test_a_lawyer_claim_found_false_is_impersonation():
    incident = make_incident(facts=(Fact.CLAIMED_TO_BE_LAWYER, Fact.IDENTITY_FOUND_FALSE))
    expected = {"facts": "claimed_to_be_lawyer,identity_found_false"}
    assert only("c_impersonate_other", [incident]).facts == expected


def test_private_phone_rule_applies_to_agencies_only():
    assert ids([make_incident(facts=(Fact.USED_PRIVATE_PHONE_OR_WECHAT,))]) == []


def test_a_home_visit_with_entry_is_home_entry_not_a_noted_visit():
    incident = make_incident(channel=Channel.HOME_VISIT, facts=(Fact.REFUSED_TO_LEAVE,))
    assert ids([incident]) == ["c_home_entry"]


def test_a_home_visit_at_night_is_a_night_contact_not_a_noted_visit():
    assert ids([make_incident(channel=Channel.HOME_VISIT, occurred_at=at(22, 30))]) == ["c_hours_night"]


def test_a_call_to_the_employer_is_a_third_party_contact_not_a_workplace_visit():
    call = make_incident(facts=(Fact.CALLED_WORKPLACE,))
    assert ids([call]) == ["c_third_party_pressure"]
    assert only("c_third_party_pressure", [call]).facts == {"party": "employer", "relay_only": "no"}
    told = make_incident(channel=Channel.THIRD_PARTY, contacted=Party.EMPLOYER,
                         facts=(Fact.CALLED_WORKPLACE, Fact.TOLD_THIRD_PARTY_AMOUNT))
    assert ids([told]) == ["c_third_party_disclosure"]
    assert "c_workplace_visit" not in ids([told, call])


def test_only_a_visit_to_the_workplace_is_a_workplace_visit():
    visit = make_incident(channel=Channel.WORKPLACE_VISIT)
    assert only("c_workplace_visit", [visit]).facts == {"channel": "workplace_visit"}
    assert rule("c_workplace_visit").citation_ids == ("cba_guideline_2026_entry",)


@pytest.mark.parametrize("fact", [Fact.ENTERED_HOME, Fact.REFUSED_TO_LEAVE, Fact.HIT_OR_BLOCKED,
                                  Fact.DETAINED_OR_TAKEN_AWAY, Fact.THREATENED_HARM, Fact.INSULTING_WORDS])
def test_a_home_visit_with_force_or_abuse_is_never_noted_as_a_lawful_visit(fact):
    found = ids([make_incident(channel=Channel.HOME_VISIT, facts=(fact,))])
    assert "c_home_visit" not in found and found


def test_a_polite_daytime_home_visit_is_noted():
    assert ids([make_incident(channel=Channel.HOME_VISIT, facts=(Fact.POLITE_REMINDER,))]) == ["c_home_visit"]


@pytest.mark.parametrize("day", [date(2025, 6, 1), date(2026, 3, 5)])
def test_the_quarrel_clause_is_cited_only_when_threats_went_on_after_an_authority_stopped_them(day):
    when = datetime(day.year, day.month, day.day, 10)
    plain = only("c_threat_violence", [make_incident(occurred_at=when, facts=(Fact.THREATENED_HARM,))])
    assert "quarrel_interp_1_3" not in plain.citation_ids and "criminal_law_293" not in plain.citation_ids
    went_on = make_incident(occurred_at=when, facts=(Fact.THREATENED_HARM, Fact.CONTINUED_AFTER_AUTHORITY_STOPPED))
    finding = only("c_threat_violence", [went_on])
    assert {"quarrel_interp_1_3", "criminal_law_293"} <= set(finding.citation_ids)
    assert finding.facts == {"facts": "threatened_harm,continued_after_authority_stopped"}
    assert ("psl2025_50_1" if day.year == 2026 else "psl2012_42_1") in finding.citation_ids


@pytest.mark.parametrize(("rule_id", "act"), [("c_insult", Fact.INSULTING_WORDS),
                                              ("c_violence_detention", Fact.HIT_OR_BLOCKED)])
def test_insults_and_blows_that_went_on_after_being_stopped_cite_the_quarrel_clause_too(rule_id, act):
    when = datetime(2026, 3, 5, 10)
    assert "quarrel_interp_1_3" not in only(rule_id, [make_incident(occurred_at=when, facts=(act,))]).citation_ids
    finding = only(rule_id, [make_incident(occurred_at=when, facts=(act, Fact.CONTINUED_AFTER_AUTHORITY_STOPPED))])
    assert {"quarrel_interp_1_3", "criminal_law_293"} <= set(finding.citation_ids)
    assert finding.facts == {"facts": f"{act.value},continued_after_authority_stopped"}


def test_detention_alone_is_not_an_act_the_quarrel_clause_names():
    held = make_incident(facts=(Fact.DETAINED_OR_TAKEN_AWAY, Fact.CONTINUED_AFTER_AUTHORITY_STOPPED))
    finding = only("c_violence_detention", [held])
    assert "quarrel_interp_1_3" not in finding.citation_ids and finding.facts == {"facts": "detained_or_taken_away"}


def test_no_rule_cites_the_quarrel_clause_or_the_quarrel_crime_unconditionally():
    assert not [r.id for r in RULES if {"quarrel_interp_1_3", "criminal_law_293"} & set(r.citation_ids)]


def test_continuing_after_being_stopped_alone_gives_no_finding():
    assert ids([make_incident(facts=(Fact.CONTINUED_AFTER_AUTHORITY_STOPPED,))]) == []


def test_a_polite_reminder_with_anything_amiss_is_not_a_lawful_reminder():
    rude = make_incident(facts=(Fact.POLITE_REMINDER, Fact.INSULTING_WORDS))
    assert "c_lawful_reminder" not in ids([rude])
    late = make_incident(occurred_at=at(23), facts=(Fact.POLITE_REMINDER,))
    assert "c_lawful_reminder" not in ids([late])


# --- 治安管理处罚法: 2012 or 2025 text by date -----------------------------------------------------------

def test_public_security_law_article_follows_the_date_of_the_conduct():
    before = make_incident(occurred_at=datetime(2025, 12, 31, 23, 59), facts=(Fact.INSULTING_WORDS,))
    after = make_incident(occurred_at=datetime(2026, 1, 1, 0, 0), facts=(Fact.INSULTING_WORDS,))
    assert only("c_insult", [before]).citation_ids[-1] == "psl2012_42_2"
    assert only("c_insult", [after]).citation_ids[-1] == "psl2025_50_2"
    assert "psl2025_50_2" not in only("c_insult", [before]).citation_ids


def test_a_2025_article_without_a_2012_counterpart_is_cited_only_from_2026():
    harvest = rule("c_contacts_harvest")
    assert "psl2025_56" not in harvest.citations_on(date(2025, 12, 31))
    assert harvest.citations_on(date(2026, 1, 1))[-1] == "psl2025_56"


def test_violence_cites_every_public_security_article_of_the_right_text():
    assert rule("c_violence_detention").citations_on(date(2025, 6, 1)) == (
        "criminal_law_238_3", "psl2012_40_3", "psl2012_43", "psl2012_26")
    assert rule("c_violence_detention").citations_on(date(2026, 6, 1)) == (
        "criminal_law_238_3", "psl2025_47_3", "psl2025_51", "psl2025_30")


# --- order, grouping, actions -------------------------------------------------------------------------

def test_findings_are_sorted_by_severity_then_time():
    incidents = [
        make_incident(id="late_insult", occurred_at=at(15), channel=Channel.SMS,
                      facts=(Fact.INSULTING_WORDS,)),
        make_incident(id="night", occurred_at=at(6), channel=Channel.SMS),
        make_incident(id="early_threat", occurred_at=at(11), facts=(Fact.THREATENED_HARM,)),
        make_incident(id="reminder", occurred_at=at(9), facts=(Fact.POLITE_REMINDER,)),
    ]
    assert [(f.rule_id, f.incident_ids) for f in evaluate(incidents)] == [
        ("c_threat_violence", ("early_threat",)),
        ("c_insult", ("late_insult",)),
        ("c_hours_night", ("night",)),
        ("c_lawful_reminder", ("reminder",)),
    ]


def test_findings_are_grouped_by_collector():
    agency = make_incident(id="a", collector_kind=CollectorKind.AGENCY, collector_name="某某催收公司",
                           facts=(Fact.INSULTING_WORDS,))
    bank = make_incident(id="b", occurred_at=at(23))
    grouped = findings_by_collector(evaluate([agency, bank]))
    agency_key = CollectorKey(CollectorKind.AGENCY, "某某催收公司")
    bank_key = CollectorKey(CollectorKind.BANK, "招商银行")
    assert list(grouped) == [agency_key, bank_key]
    assert [f.rule_id for f in grouped[bank_key]] == ["c_hours_night"]
    assert [f.rule_id for f in grouped[agency_key]] == ["c_insult"]


@pytest.mark.parametrize("rule_id", ["c_threat_violence", "c_violence_detention", "c_home_entry"])
def test_threats_violence_and_home_entry_call_for_the_police(rule_id):
    assert actions_for(rule_id) == (
        Action.CALL_110, Action.KEEP_EVIDENCE, Action.COMPLAIN_BANK, Action.ESCALATE_12378)


def test_other_breaches_are_complained_about_without_the_police():
    assert actions_for("c_insult") == (Action.KEEP_EVIDENCE, Action.COMPLAIN_BANK, Action.ESCALATE_12378)
    assert actions_for("c_hours_night") == (Action.KEEP_EVIDENCE, Action.COMPLAIN_BANK, Action.ESCALATE_12378)


def test_lawful_conduct_only_asks_to_keep_records():
    for rule_id, severity in SECTION_17.items():
        if severity is N:
            assert actions_for(rule_id) == (Action.KEEP_EVIDENCE,)


def test_findings_are_whole_findings():
    """evaluate() makes findings without Finding.__init__ (app.core.conduct.engine._made): each has
    every field and equals the finding __init__ would make."""
    incidents = [make_incident(id="n", occurred_at=at(23), facts=("threatened_harm", "insulting_words")),
                 make_incident(id="r", occurred_at=at(10), contacted=Party.RELATIVE, channel=Channel.THIRD_PARTY),
                 *make_calls(5)]
    found = evaluate(incidents)
    assert len(found) >= 4
    for finding in found:
        assert set(vars(finding)) == {f.name for f in dataclasses.fields(Finding)}
        assert Finding(**vars(finding)) == finding
