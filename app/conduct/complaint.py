"""Which complaints a case calls for: one per collector whose conduct was 违法 or 违规.

A complaint gathers that collector's serious findings, the incidents they concern and the
accounts those incidents name. Its key (a slug of the collector) is stable across requests, so
it can be used in URLs, document keys, calendar UIDs and `Case.complaints_sent_on`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta

from app.core.case import Case, CollectorKind, Debt, Incident
from app.core.conduct.checks import CollectorKey
from app.core.conduct.engine import Finding, evaluate, findings_by_collector
from app.core.conduct.rules import Severity

COMPLAINT_SEVERITIES = frozenset({Severity.UNLAWFUL, Severity.BREACH})

# 银行业保险业消费投诉处理管理办法 (citation `complaint_rules_time_limits`): a simple complaint is
# decided within 15 days of receipt. The letter asks for a reply by then; a complex case may
# take up to 30 days, and another 30 with notice, which the findings page explains.
REPLY_DAYS = 15


@dataclass(frozen=True)
class Complaint:
    key: str
    collector: CollectorKey
    findings: tuple[Finding, ...]
    incidents: tuple[Incident, ...]        # concerned by the findings, in time order
    debts: tuple[Debt, ...]                # the accounts the letter names


def collector_slug(collector: CollectorKey) -> str:
    """'agency-3f2a9c01d4': the kind plus a short hash of the name (URL-safe, no personal text)."""
    digest = hashlib.sha256(collector.name.encode("utf-8")).hexdigest()[:10]
    return f"{collector.kind.value}-{digest}"


def serious(findings: list[Finding]) -> tuple[Finding, ...]:
    return tuple(f for f in findings if f.severity in COMPLAINT_SEVERITIES)


def complaints_for(case: Case) -> list[Complaint]:
    """Every complaint the case calls for, in the order the findings page shows collectors."""
    grouped = findings_by_collector(evaluate(case.incidents))
    return [_complaint(case, collector, found) for collector, all_found in grouped.items()
            if (found := serious(all_found))]


def complaint_for(case: Case, key: str) -> Complaint | None:
    return next((c for c in complaints_for(case) if c.key == key), None)


def _complaint(case: Case, collector: CollectorKey, findings: tuple[Finding, ...]) -> Complaint:
    ids = {i for f in findings for i in f.incident_ids}
    incidents = tuple(sorted((i for i in case.incidents if i.id in ids), key=lambda i: i.occurred_at))
    return Complaint(collector_slug(collector), collector, findings, incidents,
                     _accounts(case, collector, incidents))


def _accounts(case: Case, collector: CollectorKey, incidents: tuple[Incident, ...]) -> tuple[Debt, ...]:
    """The accounts the incidents name; else the bank's own cards; else the only account; else none."""
    named = {i.debt_id for i in incidents}
    found = tuple(d for d in case.debts if d.id in named)      # in the order the user listed them
    if found:
        return found
    if collector.kind is CollectorKind.BANK and collector.name:
        own = tuple(d for d in case.debts if d.creditor_name == collector.name)
        if own:
            return own
    return case.debts if len(case.debts) == 1 else ()


def reply_by(today: date) -> date:
    """The date the letter asks the bank to answer by: REPLY_DAYS after the letter's date."""
    return today + timedelta(days=REPLY_DAYS)


def sent_on(case: Case, key: str) -> date | None:
    """The day the user says they sent this complaint, if they said so."""
    text = case.complaints_sent_on.get(key)
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
