"""The conduct rules of reference/legal-basis-zh.md §17 as data: id, severity, citations, check.

治安管理处罚法 changed on 2026-01-01 (2025 revision): a rule lists both texts as (2012, 2025)
pairs and `Rule.citations_on` picks the one in force on the day of the conduct; a 2025 article
with no 2012 counterpart is cited only from that day on.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.core.case import Incident
from app.core.conduct import checks, court_threats
from app.core.conduct.checks import Check
from app.core.conduct.facts import Fact

PSL_2025_FROM = date(2026, 1, 1)


class Severity(StrEnum):
    UNLAWFUL = "unlawful"        # 违法: breaks a law or administrative regulation
    BREACH = "breach"            # 违规: breaks a regulatory rule or self-regulatory standard
    NOTED = "noted"              # 合规: lawful, but noted


SEVERITY_ORDER = (Severity.UNLAWFUL, Severity.BREACH, Severity.NOTED)


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    citation_ids: tuple[str, ...]                       # cited whatever the date
    check: Check
    psl: tuple[tuple[str | None, str], ...] = ()        # 治安管理处罚法 (2012 text, 2025 text) pairs
    comparison_ids: tuple[str, ...] = ()                # foreign rules, shown for comparison only
    # (facts, citations): those citations only when all those facts are ticked
    if_facts: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    # court threats whose truth (court_threats.TRUTHS) this rule shows when ticked
    truth_facts: tuple[str, ...] = ()

    def truths_for(self, facts: tuple[str, ...]) -> tuple[str, ...]:
        """The court-stage items answering the ticked court threats this rule covers."""
        return _truths(self, tuple(facts))

    def citations_on(self, day: date, facts: tuple[str, ...] = ()) -> tuple[str, ...]:
        """Citation ids for conduct on `day` with these facts ticked: the always-cited ones, those
        a ticked fact calls for, the law behind the truths of ticked court threats, then the
        治安管理处罚法 text in force that day."""
        return _citations(self, day >= PSL_2025_FROM, tuple(facts))

    def citations_for(self, incident: Incident) -> tuple[str, ...]:
        return self.citations_on(incident.occurred_at.date(), incident.facts)


# A case's incidents share a few sets of ticked facts, so each rule's answer is worked out once per set
# (a findings page asks for about a hundred findings); bounded, as the facts come from the user.
@functools.lru_cache(maxsize=4096)
def _truths(rule: Rule, facts: tuple[str, ...]) -> tuple[str, ...]:
    return court_threats.truth_items(f for f in facts if f in rule.truth_facts)


@functools.lru_cache(maxsize=4096)
def _citations(rule: Rule, new: bool, facts: tuple[str, ...]) -> tuple[str, ...]:
    chosen = tuple(pair[1] if new else pair[0] for pair in rule.psl)
    extra = tuple(c for needed, ids in rule.if_facts if set(needed) <= set(facts) for c in ids)
    truths = court_threats.cited_rows(f for f in facts if f in rule.truth_facts)
    return rule.citation_ids + extra + truths + tuple(c for c in chosen if c is not None)


U, B, N = Severity.UNLAWFUL, Severity.BREACH, Severity.NOTED
_CBA_THIRD, _GBT_WHOM = "cba_guideline_2026_third_party", "gbt_45251_2025_whom"
_QUARREL_CRIME = ("criminal_law_293", "quarrel_interp_1_3")
_WENT_ON = Fact.CONTINUED_AFTER_AUTHORITY_STOPPED.value

RULES: tuple[Rule, ...] = (
    Rule("c_hours_night", B, ("cba_guideline_2026_hours", "gbt_45251_2025_hours"), checks.hours_night),
    Rule("c_hours_evening_21_22", N, (), checks.hours_evening, comparison_ids=("us_fdcpa_1692c",)),
    Rule("c_calls_unanswered_over_6", B, ("cba_guideline_2026_frequency",), checks.calls_unanswered),
    Rule("c_calls_connected_over_3", B, ("gbt_45251_2025_frequency", "civil_code_1033_1"),
         checks.calls_connected),
    Rule("c_harassing_messages", U, ("civil_code_1033_1",), checks.harassing_messages,
         psl=(("psl2012_42_5", "psl2025_50_5"),)),
    Rule("c_third_party_pressure", B, ("card_rules_68", _CBA_THIRD, _GBT_WHOM, "pipl_6", "pipl_10"),
         checks.third_party_pressure),
    Rule("c_third_party_disclosure", U,
         ("civil_code_1032", "civil_code_1034", "civil_code_1038_1", "pipl_10", "pipl_25", _CBA_THIRD),
         checks.third_party_disclosure, psl=(("psl2012_42_6", "psl2025_50_6"),)),
    Rule("c_third_party_relay_only", N, (_CBA_THIRD, _GBT_WHOM), checks.third_party_relay_only),
    Rule("c_guarantor_contact", N, ("card_rules_68", "cba_guideline_2026_debt_related"),
         checks.guarantor_contact),
    Rule("c_contacts_harvest", U,
         ("pipl_10", "pipl_13", "criminal_law_253_1", "cba_guideline_2026_contact_sources"),
         checks.contacts_harvest, psl=((None, "psl2025_56"),)),
    # 寻衅滋事解释 第一条第三款 (reference §12.4): hitting, insulting or threatening someone in a debt
    # dispute is generally NOT the crime of 寻衅滋事, unless it goes on after an authority stopped or
    # punished it. So 刑法 第二百九十三条 and that clause are cited only when the user records exactly
    # that, beside one of those acts (detention alone is not one of them).
    Rule("c_threat_violence", U, ("consumer_protection_collection", "card_rules_68"),
         checks.threat_violence, psl=(("psl2012_42_1", "psl2025_50_1"),),
         if_facts=(((_WENT_ON,), _QUARREL_CRIME),)),
    Rule("c_violence_detention", U, ("criminal_law_238_3",), checks.violence_detention,
         psl=(("psl2012_40_3", "psl2025_47_3"), ("psl2012_43", "psl2025_51"), ("psl2012_26", "psl2025_30")),
         if_facts=(((_WENT_ON, Fact.HIT_OR_BLOCKED.value), _QUARREL_CRIME),)),
    Rule("c_insult", U, ("civil_code_1024", "criminal_law_246_1", "card_rules_68"), checks.insult,
         psl=(("psl2012_42_2", "psl2025_50_2"),), if_facts=(((_WENT_ON,), _QUARREL_CRIME),)),
    Rule("c_impersonate_authority", U,
         ("criminal_law_279", "consumer_protection_collection", "cba_guideline_2026_impersonation"),
         checks.impersonate_authority, psl=(("psl2012_51", "psl2025_62_1_2"),)),
    Rule("c_impersonate_other", U, ("cba_guideline_2026_impersonation",), checks.impersonate_other,
         psl=(("psl2012_51", "psl2025_62_3"),)),
    Rule("c_fake_legal_document", U, ("criminal_law_280", "cba_guideline_2026_impersonation"),
         checks.fake_legal_document, psl=(("psl2012_52", "psl2025_63"),)),
    Rule("c_public_notice", U,
         ("cba_guideline_2026_public_posting", "civil_code_1024", "civil_code_1032", "pipl_25"),
         checks.public_notice),
    Rule("c_no_identification", B,
         ("consumer_protection_collection", "card_notice_2022_agency_info", "card_rules_69"),
         checks.no_identification),
    Rule("c_private_channel_agency", B, ("cba_guideline_2026_private_phone",), checks.private_channel_agency),
    Rule("c_personal_account", B,
         ("cba_guideline_2026_fees_and_borrowing", "cba_guideline_2026_improper_means"),
         checks.personal_account),
    Rule("c_false_legal_threat", B,
         ("consumer_protection_collection", "cba_guideline_2026_misleading", "card_crime_interp_6"),
         checks.false_legal_threat, truth_facts=tuple(f.value for f in court_threats.FACTS)),
    Rule("c_home_visit", N, ("cba_guideline_2026_visits",), checks.home_visit),
    Rule("c_home_entry", U, ("criminal_law_245_1", "civil_code_1033_2", "cba_guideline_2026_entry"),
         checks.home_entry, psl=(("psl2012_40_3", "psl2025_47_3"),)),
    Rule("c_workplace_visit", B, ("cba_guideline_2026_entry",), checks.workplace_visit),
    Rule("c_unlawful_fees", B,
         ("cba_guideline_2026_fees_and_borrowing", "fee_notice_2016", "card_disputes_2", "civil_code_585_2"),
         checks.unlawful_fees),
    Rule("c_induce_borrowing", B, ("cba_guideline_2026_fees_and_borrowing",), checks.induce_borrowing),
    Rule("c_lawful_reminder", N, ("card_rules_68", "card_rules_69", "civil_code_195"),
         checks.lawful_reminder),
    Rule("c_lawsuit_or_credit_report", N,
         ("civil_code_195", "credit_reporting_15", "credit_reporting_16", "card_disputes_3",
          "criminal_law_196", "card_crime_interp_6"),
         checks.lawsuit_or_credit_report),
    Rule("c_collection_after_agreement", B, ("card_rules_70_3",), checks.collection_after_agreement),
)

RULES_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}


def rule(rule_id: str) -> Rule:
    """The rule with this id; KeyError for an unknown id."""
    return RULES_BY_ID[rule_id]
