"""Collectors' threats about courts, and what is true (reference/court-stage-zh.md §7).

Each checklist fact below is a false or exaggerated statement of legal consequences (legal-basis §17
`c_false_legal_threat`). Per fact, `TRUTHS` names the court-stage §8 items that say what really
happens (their law is cited with the finding, in the complaint letter too) and `HOW_TO_CHECK` the
items on confirming a case oneself (shown on the findings page only).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.core import citations
from app.core.conduct.facts import Fact, ticked

_CHECK_A_CASE = ("ct_check_case_platform", "ct_check_12368")

TRUTHS: dict[Fact, tuple[str, ...]] = {
    # "马上起诉 / 明天立案 / 上门起诉": a lawsuit is a written complaint at a court, registered and
    # served by the court, not brought to the door by a collector.
    Fact.THREATENED_IMMEDIATE_LAWSUIT: ("ct_filing_at_court", "ct_complaint_copy_5d"),
    # "不出庭会被抓": absence risks a default judgment, not arrest.
    Fact.THREATENED_ARREST_FOR_ABSENCE: ("ct_no_arrest_for_absence", "ct_default_judgment"),
    # "冻结家人账户": only the debtor's own property, with its honest exceptions.
    Fact.THREATENED_FAMILY_ACCOUNTS: (
        "ct_threat_family_accounts", "ct_freeze_debtor_only", "ct_third_party_objection",
    ),
    # A court-looking SMS or paper demanding payment: the red flags, and how courts really serve papers.
    Fact.COURT_LOOKING_PAYMENT_DEMAND: ("ct_fake_court_notice",),
}

HOW_TO_CHECK: dict[Fact, tuple[str, ...]] = {
    Fact.THREATENED_IMMEDIATE_LAWSUIT: _CHECK_A_CASE,
    Fact.COURT_LOOKING_PAYMENT_DEMAND: _CHECK_A_CASE,
}

FACTS: tuple[Fact, ...] = tuple(TRUTHS)


def _items(facts: Iterable[str], *tables: dict[Fact, tuple[str, ...]]) -> tuple[str, ...]:
    found = ticked(tuple(facts), *FACTS)
    items = (item for code in found for table in tables for item in table.get(Fact(code), ()))
    return tuple(dict.fromkeys(items))


def truth_items(facts: Iterable[str]) -> tuple[str, ...]:
    """What the findings page explains for the ticked court threats: truths, then how to check; each once."""
    return _items(facts, TRUTHS, HOW_TO_CHECK)


def cited_rows(facts: Iterable[str]) -> tuple[str, ...]:
    """The rows of law behind the truths of the ticked court threats, each once (practice rows are
    worded with the truth, never cited as law)."""
    rows = (row for item in _items(facts, TRUTHS) for row in citations.item(item))
    return tuple(r for r in dict.fromkeys(rows) if citations.shown_as_law(citations.get(r)))
