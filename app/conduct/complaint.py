"""Which complaints a case calls for: one per collector and creditor with 违法 or 违规 conduct.

A collector working for two banks gets one letter to each bank, with the incidents on that bank's
debt. A finding that counts contacts across accounts (calls a day) goes into every letter whose
incidents it counts: it is the collector's conduct toward the debtor, whoever the call was for.

A complaint's key (kind and hash of the collector, then a hash of the creditor) is stable across
requests, so it is used in URLs, document keys, calendar UIDs and `Case.complaints` (each letter's
dated history, `app.core.complaints`). Cases saved before letters were split per creditor hold the
collector's key alone (`legacy_key`); their history still applies to each of that collector's letters.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.core import complaints as tracking
from app.core.case import Case, CollectorKind, Debt, DebtKind, Incident
from app.core.complaints import (  # noqa: F401 (the due-date rule, re-exported for the letter and timeline)
    DELIVERY_ESTIMATE_DAYS,
    REPLY_DAYS,
    ComplaintEntry,
    ReplyBy,
    reply_by,
)
from app.core.conduct.checks import CollectorKey
from app.core.conduct.engine import Finding, evaluate, findings_by_collector
from app.core.conduct.rules import Severity

COMPLAINT_SEVERITIES = frozenset({Severity.UNLAWFUL, Severity.BREACH})


@dataclass(frozen=True)
class Complaint:
    key: str
    collector: CollectorKey
    findings: tuple[Finding, ...]
    incidents: tuple[Incident, ...]        # this creditor's incidents the findings concern, in time order
    debts: tuple[Debt, ...]                # the accounts the letter names
    creditor: str = ""                     # whom the letter is addressed to; "" when not known
    lender: bool = False                   # a 网贷/消费金融 lender rather than a card-issuing bank
    legacy_key: str = ""                   # the collector's key before letters were split per creditor


def collector_slug(collector: CollectorKey) -> str:
    """'agency-3f2a9c01d4': the kind plus a short hash of the name (URL-safe, no personal text)."""
    digest = hashlib.sha256(collector.name.encode("utf-8")).hexdigest()[:10]
    return f"{collector.kind.value}-{digest}"


def complaint_key(collector: CollectorKey, creditor: str) -> str:
    """'agency-3f2a9c01d4-1b2c3d4e': the collector's slug and a short hash of the creditor."""
    tail = hashlib.sha256(creditor.encode("utf-8")).hexdigest()[:8] if creditor else "none"
    return f"{collector_slug(collector)}-{tail}"


def serious(findings: list[Finding]) -> tuple[Finding, ...]:
    return tuple(f for f in findings if f.severity in COMPLAINT_SEVERITIES)


def complaints_for(case: Case, found: Sequence[Finding] | None = None) -> list[Complaint]:
    """Every complaint the case calls for: collectors in the order the findings page shows them,
    each collector's creditors in the order the user listed the debts (unknown creditor last).
    `found`: the case's findings when the caller has evaluated them already."""
    grouped = findings_by_collector(evaluate(case.incidents) if found is None else found)
    out = []
    for collector, all_found in grouped.items():
        found = serious(all_found)
        if found:
            out += _complaints(case, collector, found)
    return out


def complaints_by_collector(case: Case, found: Sequence[Finding] | None = None) -> dict[str, list[Complaint]]:
    """The complaints keyed by their collector's slug (the findings page's groups)."""
    grouped: dict[str, list[Complaint]] = {}
    for complaint in complaints_for(case, found):
        grouped.setdefault(complaint.legacy_key, []).append(complaint)
    return grouped


def complaint_for(case: Case, key: str) -> Complaint | None:
    """The complaint with this key; an old collector key finds the letter when there is just one."""
    everything = complaints_for(case)
    found = next((c for c in everything if c.key == key), None)
    if found is None:
        old = [c for c in everything if c.legacy_key == key]
        found = old[0] if len(old) == 1 else None
    return found


def creditor_of(case: Case, collector: CollectorKey, incident: Incident,
                listed: list[str] | None = None) -> str:
    """The creditor an incident's collection was for: the account it names; else the collecting bank
    itself when the user has its debt; else the only creditor the user has; else unknown ("").
    `listed`: the creditors of the case's debts in order, when the caller has them already."""
    debt = case.debt(incident.debt_id) if incident.debt_id else None
    if debt is not None:
        return debt.creditor_name
    names = list(dict.fromkeys(d.creditor_name for d in case.debts)) if listed is None else listed
    if collector.kind is CollectorKind.BANK and collector.name in names:
        return collector.name
    return names[0] if len(names) == 1 else ""


def _complaints(case: Case, collector: CollectorKey, findings: tuple[Finding, ...]) -> list[Complaint]:
    by_id = {i.id: i for i in case.incidents}
    listed = list(dict.fromkeys(d.creditor_name for d in case.debts))
    creditor: dict[str, str] = {}       # each incident once, however many findings concern it
    for f in findings:
        for i in f.incident_ids:
            if i in by_id and i not in creditor:
                creditor[i] = creditor_of(case, collector, by_id[i], listed)
    order = [*listed, ""]
    names = sorted(set(creditor.values()), key=lambda n: order.index(n) if n in order else len(order))
    letters = []
    for name in names:
        mine = tuple(f for f in findings if any(creditor.get(i) == name for i in f.incident_ids))
        ids = {i for f in mine for i in f.incident_ids if creditor.get(i) == name}
        incidents = tuple(sorted((by_id[i] for i in ids), key=lambda i: i.occurred_at))
        debts = _accounts(case, collector, name, incidents)
        # an unknown creditor is a lender only when every debt the user listed is with a lender
        own = [d for d in case.debts if d.creditor_name == name] if name else list(case.debts)
        lender = bool(own) and all(d.kind is DebtKind.ONLINE_LENDER for d in own)
        letters.append(Complaint(complaint_key(collector, name), collector, mine, incidents, debts,
                                 name, lender, collector_slug(collector)))
    return letters


def _accounts(case: Case, collector: CollectorKey, creditor: str,
              incidents: tuple[Incident, ...]) -> tuple[Debt, ...]:
    """The creditor's accounts the incidents name; else, when the bank collects its own debts, all of
    them; else the creditor's only account; else none (the letter leaves the tail to fill in)."""
    own = tuple(d for d in case.debts if d.creditor_name == creditor) if creditor else ()
    named = {i.debt_id for i in incidents}
    found = tuple(d for d in own if d.id in named)      # in the order the user listed them
    if found:
        return found
    if collector.kind is CollectorKind.BANK and collector.name == creditor:
        return own
    return own if len(own) == 1 else ()


def history(case: Case, complaint: Complaint) -> tuple[ComplaintEntry, ...]:
    """This letter's dated history (a collector's old pre-split history applies to each letter)."""
    return tracking.history_of(case.complaints, complaint.key, complaint.legacy_key)


def sent_on(case: Case, complaint: Complaint) -> date | None:
    """The day the user says they sent this complaint, if they said so."""
    return tracking.sent_on(history(case, complaint))


def received_on(case: Case, complaint: Complaint) -> date | None:
    """The day the user says the creditor received this complaint (e.g. from the postal tracking)."""
    return tracking.received_on(history(case, complaint))
