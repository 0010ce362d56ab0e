"""Collectors' threats about courts: each fact is a false statement of legal consequences (legal-basis
§17 `c_false_legal_threat`) and carries the court-stage truth and its law (court-stage-zh.md §7)."""

from __future__ import annotations

from datetime import date

import pytest

from app.core import citations
from app.core.conduct import court_threats, facts
from app.core.conduct.engine import evaluate
from app.core.conduct.facts import Fact
from app.core.conduct.rules import Severity, rule
from tests.core.conduct_factories import make_incident

BASE = ("consumer_protection_collection", "cba_guideline_2026_misleading", "card_crime_interp_6")

EXPECTED = {
    Fact.THREATENED_IMMEDIATE_LAWSUIT: (
        ("ct_filing_at_court", "ct_complaint_copy_5d", "ct_check_case_platform", "ct_check_12368"),
        ("civpro_122", "civpro_123_1", "civpro_126", "civpro_128"),
    ),
    Fact.THREATENED_ARREST_FOR_ABSENCE: (
        ("ct_no_arrest_for_absence", "ct_default_judgment"),
        ("civpro_112", "civpro_interp_174", "civpro_147", "civpro_interp_241"),
    ),
    Fact.THREATENED_FAMILY_ACCOUNTS: (
        ("ct_threat_family_accounts", "ct_freeze_debtor_only", "ct_third_party_objection"),
        ("seizure_rules_2", "seizure_rules_12_1", "civpro_238", "civil_code_1064", "civpro_253_1",
         "seizure_rules_19_1"),
    ),
    Fact.COURT_LOOKING_PAYMENT_DEMAND: (
        ("ct_fake_court_notice", "ct_check_case_platform", "ct_check_12368"),
        ("civpro_87", "civpro_88_1", "civpro_90", "court_post_1_1", "court_post_2", "civpro_interp_227"),
    ),
}


def test_the_four_court_threats_are_facts_of_the_checklist():
    assert set(court_threats.FACTS) == set(EXPECTED)
    said = next(g for g in facts.GROUPS if g.code == "said").facts
    identity = next(g for g in facts.GROUPS if g.code == "identity").facts
    assert {Fact.THREATENED_IMMEDIATE_LAWSUIT, Fact.THREATENED_ARREST_FOR_ABSENCE,
            Fact.THREATENED_FAMILY_ACCOUNTS} <= set(said)
    assert Fact.COURT_LOOKING_PAYMENT_DEMAND in identity
    assert not set(court_threats.FACTS) & facts.NEUTRAL


@pytest.mark.parametrize("fact", list(EXPECTED), ids=str)
def test_each_threat_is_a_false_legal_threat_with_its_truth_and_law(fact):
    items, rows = EXPECTED[fact]
    [finding] = evaluate([make_incident(facts=(fact,))])
    assert (finding.rule_id, finding.severity) == ("c_false_legal_threat", Severity.BREACH)
    assert finding.facts == {"facts": fact.value}
    assert finding.truth_items == items
    assert finding.citation_ids == BASE + rows
    assert all(citations.shown_as_law(citations.get(c)) for c in finding.citation_ids)


@pytest.mark.parametrize("fact", list(EXPECTED), ids=str)
def test_every_truth_rests_on_verified_court_stage_items(fact):
    items, rows = EXPECTED[fact]
    for item in items:
        assert citations.item(item)
    cited = {r for item in items for r in citations.item(item) if citations.shown_as_law(citations.get(r))}
    assert set(rows) <= cited
    # what is only practice (12368, the red flags) is worded with the truth, never cited as law
    assert all(not citations.get(r).practice for r in rows)


def test_how_to_check_is_explained_but_not_cited_in_the_finding():
    [finding] = evaluate([make_incident(facts=(Fact.COURT_LOOKING_PAYMENT_DEMAND,))])
    assert "ct_check_case_platform" in finding.truth_items
    assert not set(citations.item("ct_check_case_platform")) & set(finding.citation_ids)


def test_several_threats_in_one_incident_give_one_finding_with_each_truth_once():
    incident = make_incident(facts=(Fact.COURT_LOOKING_PAYMENT_DEMAND, Fact.THREATENED_IMMEDIATE_LAWSUIT,
                                    Fact.FALSE_ARREST_OR_BLACKLIST_THREAT))
    [finding] = evaluate([incident])
    assert finding.facts == {"facts": "false_arrest_or_blacklist_threat,threatened_immediate_lawsuit,"
                                      "court_looking_payment_demand"}
    assert finding.truth_items == ("ct_filing_at_court", "ct_complaint_copy_5d", "ct_check_case_platform",
                                   "ct_check_12368", "ct_fake_court_notice")
    assert finding.citation_ids == (BASE + EXPECTED[Fact.THREATENED_IMMEDIATE_LAWSUIT][1]
                                    + EXPECTED[Fact.COURT_LOOKING_PAYMENT_DEMAND][1])


def test_an_old_arrest_or_blacklist_threat_alone_carries_no_court_truth():
    [finding] = evaluate([make_incident(facts=(Fact.FALSE_ARREST_OR_BLACKLIST_THREAT,))])
    assert finding.truth_items == () and finding.citation_ids == BASE


def test_a_polite_call_with_a_court_threat_is_no_lawful_reminder():
    incident = make_incident(facts=(Fact.POLITE_REMINDER, Fact.THREATENED_ARREST_FOR_ABSENCE))
    assert [f.rule_id for f in evaluate([incident])] == ["c_false_legal_threat"]


@pytest.mark.parametrize("day", [date(2025, 12, 31), date(2026, 1, 1)])
def test_the_truths_do_not_depend_on_the_date(day):
    facts_ticked = (Fact.THREATENED_FAMILY_ACCOUNTS.value,)
    assert rule("c_false_legal_threat").citations_on(day, facts_ticked) == (
        BASE + EXPECTED[Fact.THREATENED_FAMILY_ACCOUNTS][1])


def test_only_the_false_threat_rule_carries_court_truths():
    incident = make_incident(facts=(Fact.THREATENED_ARREST_FOR_ABSENCE, Fact.INSULTING_WORDS))
    by_rule = {f.rule_id: f for f in evaluate([incident])}
    assert set(by_rule) == {"c_insult", "c_false_legal_threat"}
    assert by_rule["c_insult"].truth_items == ()
    assert "civpro_112" not in by_rule["c_insult"].citation_ids
