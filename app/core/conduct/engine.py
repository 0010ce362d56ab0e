"""Run the conduct rules over a case's incidents and say what the debtor can do about each finding.

The core returns rule ids, fact codes and citation ids; the web layer words them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.core.case import Incident
from app.core.conduct.checks import CollectorKey, collector_key
from app.core.conduct.rules import RULES, RULES_BY_ID, SEVERITY_ORDER, Rule, Severity


class Action(StrEnum):
    KEEP_EVIDENCE = "keep_evidence"
    COMPLAIN_BANK = "complain_bank"
    ESCALATE_12378 = "escalate_12378"
    CALL_110 = "call_110"


# Threats of violence, violence or detention, entry into the home: the police first.
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
    order = {r.id: n for n, r in enumerate(rules)}
    findings = [_finding(r, hit.incidents, hit.facts) for r in rules for hit in r.check(incidents)]
    return sorted(findings, key=lambda f: (SEVERITY_ORDER.index(f.severity), f.occurred_at, order[f.rule_id]))


def _finding(rule: Rule, incidents: tuple[Incident, ...], facts: dict[str, str]) -> Finding:
    first = min(incidents, key=lambda i: i.occurred_at)
    return Finding(
        rule_id=rule.id, severity=rule.severity, incident_ids=tuple(i.id for i in incidents), facts=facts,
        citation_ids=rule.citations_for(first), occurred_at=first.occurred_at, collector=collector_key(first),
        comparison_ids=rule.comparison_ids, truth_items=rule.truths_for(first.facts),
    )


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
