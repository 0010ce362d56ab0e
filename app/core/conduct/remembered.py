"""Who has called before: the collectors a quick log offers as one-tap choices."""

from __future__ import annotations

from app.core.case import Case, CollectorKind
from app.core.conduct.checks import CollectorKey, collector_key

MAX_REMEMBERED = 8


def remembered_collectors(case: Case) -> tuple[CollectorKey, ...]:
    """Named collectors of earlier incidents, the most recent first, then the banks of the user's
    debts not named yet; at most MAX_REMEMBERED, each once."""
    seen: dict[CollectorKey, None] = {}
    for incident in sorted(case.incidents, key=lambda i: i.occurred_at, reverse=True):
        key = collector_key(incident)
        if key.name:
            seen.setdefault(key)
    for debt in case.debts:
        key = CollectorKey(CollectorKind.BANK, debt.creditor_name)
        if key.name and not any(known.name == key.name for known in seen):
            seen.setdefault(key)
    return tuple(seen)[:MAX_REMEMBERED]
