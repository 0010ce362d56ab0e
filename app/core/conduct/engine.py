"""Run the conduct rules over a case's incidents and say what the debtor can do about each finding.

The core returns rule ids, fact codes and citation ids; the web layer words them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.core.case import Incident
from app.core.conduct.checks import CollectorKey, collector_key
from app.core.conduct.rules import PSL_2025_FROM, RULES, RULES_BY_ID, SEVERITY_ORDER, Rule, Severity


class Action(StrEnum):
    KEEP_EVIDENCE = "keep_evidence"
    COMPLAIN_BANK = "complain_bank"
    ESCALATE_12378 = "escalate_12378"
    CALL_110 = "call_110"


# Threats of violence, violence or detention, entry into the home: the police first.
SEVERITY_RANK = {severity: n for n, severity in enumerate(SEVERITY_ORDER)}

POLICE_RULES = frozenset({"c_threat_violence", "c_violence_detention", "c_home_entry"})


@dataclass(frozen=True)
class Finding:
    rule_id: str
    severity: Severity
    incident_ids: tuple[str, ...]
    facts: dict[str, str]                   # what triggered the rule, as codes
    citation_ids: tuple[str, ...]           # chosen for the date of the conduct
    occurred_at: datetime                   # the first incident concerned
    collector: CollectorKey
    comparison_ids: tuple[str, ...] = ()    # foreign rules, never shown as law
    truth_items: tuple[str, ...] = ()       # court-stage items answering ticked court threats


def evaluate(incidents: Sequence[Incident], rules: Sequence[Rule] = RULES) -> list[Finding]:
    """Every finding, most serious first, then by time, then in rule-table order."""
    order = {r.id: (SEVERITY_RANK[r.severity], n) for n, r in enumerate(rules)}
    # A page asks for about a hundred findings of a few rules over a few sets of ticked facts: what
    # depends only on the rule, the incident or its facts is worked out once per call (never kept).
    collectors: dict[int, CollectorKey] = {}
    ticked = frozenset(code for i in incidents for code in i.facts)
    findings = []
    for r in rules:
        cited: dict[tuple, tuple[str, ...]] = {}    # (from the 2025 text on, facts): citations
        truths: dict[tuple, tuple[str, ...]] = {}   # facts: court-stage items
        for first, ids, facts in _hits(r, incidents, ticked):
            collector = collectors.get(id(first))
            if collector is None:
                collector = collectors[id(first)] = collector_key(first)
            ticks, day = first.facts, first.occurred_at.date()
            key = (day >= PSL_2025_FROM, ticks)
            citation_ids = cited.get(key)
            if citation_ids is None:
                citation_ids = cited[key] = r.citations_on(day, ticks)
            truth_items = truths.get(ticks)
            if truth_items is None:
                truth_items = truths[ticks] = r.truths_for(ticks)
            findings.append(_made(
                rule_id=r.id, severity=r.severity, incident_ids=ids, facts=facts, citation_ids=citation_ids,
                occurred_at=first.occurred_at, collector=collector, comparison_ids=r.comparison_ids,
                truth_items=truth_items))
    return sorted(findings, key=lambda f: (order[f.rule_id][0], f.occurred_at, order[f.rule_id][1]))


def _hits(rule: Rule, incidents: Sequence[Incident],
          ticked: frozenset[str]) -> Iterator[tuple[Incident, tuple[str, ...], dict[str, str]]]:
    """(first incident, incident ids, facts) for each hit of the rule's check. A one-incident check
    (checks.per_incident, checks.when_ticked) is asked here as its `run` would ask it, without a Hit
    each; one needing a fact that no incident ticks is not asked at all."""
    needs = getattr(rule.check, "needs", None)
    if needs is not None and needs.isdisjoint(ticked):
        return
    one = getattr(rule.check, "one", None)
    if one is None:
        for hit in rule.check(incidents):
            first = hit.incidents[0] if len(hit.incidents) == 1 else min(hit.incidents, key=_when)
            yield first, tuple(i.id for i in hit.incidents), hit.facts
        return
    for i in incidents:
        if needs is None or not needs.isdisjoint(i.facts):
            facts = one(i)
            if facts is not None:
                yield i, (i.id,), facts


def _made(**fields) -> Finding:
    """`Finding(**fields)` with every field given, made directly: a frozen dataclass's __init__ sets
    each field through object.__setattr__, half the cost of a finding (as app.core.serial does).
    tests/core/test_conduct_rules.py checks that the findings made so equal those made by __init__."""
    finding = object.__new__(Finding)
    finding.__dict__.update(fields)
    return finding


def _when(incident: Incident) -> datetime:
    return incident.occurred_at


def findings_by_collector(findings: Sequence[Finding]) -> dict[CollectorKey, list[Finding]]:
    """Findings grouped by collector (one complaint letter each), keeping their order."""
    grouped: dict[CollectorKey, list[Finding]] = {}
    for finding in findings:
        grouped.setdefault(finding.collector, []).append(finding)
    return grouped


def actions_for(rule_id: str) -> tuple[Action, ...]:
    """What to do about a finding: keep evidence always; complain unless lawful; 110 for force."""
    severity = RULES_BY_ID[rule_id].severity
    if severity is Severity.NOTED:
        return (Action.KEEP_EVIDENCE,)
    steps = (Action.KEEP_EVIDENCE, Action.COMPLAIN_BANK, Action.ESCALATE_12378)
    return (Action.CALL_110, *steps) if rule_id in POLICE_RULES else steps
