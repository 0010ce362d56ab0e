"""checks.when_ticked: a rule asked only of incidents with one of its facts ticked finds exactly what
it finds when asked of every incident."""

from itertools import combinations

from app.core.case import Channel, CollectorKind, Party
from app.core.conduct import checks
from app.core.conduct.facts import FACTS
from app.core.conduct.rules import RULES
from tests.core.conduct_factories import at, make_incident

FILTERED = [rule for rule in RULES if hasattr(rule.check, "__wrapped__")]


def _incidents():
    """Every fact alone and beside each other fact, under a few channels, parties, collectors and hours."""
    sets = [()] + [(f,) for f in FACTS] + list(combinations(FACTS, 2))
    variants = [dict(channel=Channel.CALL_ANSWERED, collector_kind=CollectorKind.BANK, occurred_at=at(10)),
                dict(channel=Channel.HOME_VISIT, collector_kind=CollectorKind.AGENCY, occurred_at=at(23)),
                dict(channel=Channel.THIRD_PARTY, contacted=Party.RELATIVE, collector_kind=CollectorKind.AGENCY,
                     occurred_at=at(9)),
                dict(channel=Channel.SMS, contacted=Party.GUARANTOR, occurred_at=at(21, 30))]
    return [make_incident(id=f"i{n}-{k}", facts=facts, **variant)
            for n, facts in enumerate(sets) for k, variant in enumerate(variants)]


def test_most_fact_rules_are_filtered():
    assert len(FILTERED) >= 20


def test_filtered_rules_find_what_asking_every_incident_finds():
    incidents = _incidents()
    for rule in FILTERED:
        assert rule.check(incidents) == checks.per_incident(rule.check.__wrapped__)(incidents), rule.id
        assert rule.check(incidents), rule.id         # each rule does find something in these


def test_evaluate_asks_each_rule_what_its_check_would_find():
    """engine._hits asks a one-incident check incident by incident (skipping a rule none of whose
    facts is ticked): the same hits, in the same order, as the rule's own check."""
    from app.core.conduct.engine import _hits
    incidents = _incidents()
    ticked = frozenset(code for i in incidents for code in i.facts)
    for rule in RULES:
        hits = [(ids, facts) for _first, ids, facts in _hits(rule, incidents, ticked)]
        assert hits == [(tuple(i.id for i in h.incidents), h.facts) for h in rule.check(incidents)], rule.id
    plain = [make_incident(id="p", occurred_at=at(10))]
    assert all(not list(_hits(rule, plain, frozenset())) for rule in FILTERED)
