"""The collector lines of the call companion rest only on rows that may be shown as law."""

from __future__ import annotations

from datetime import date, datetime

from app.core import citations, collector_lines
from app.core.case import Case, CollectorKind, Incident
from app.core.conduct.checks import CollectorKey
from app.core.conduct.engine import evaluate
from app.core.conduct.facts import Fact
from app.core.conduct.remembered import remembered_collectors
from tests.factories import make_debt


def test_every_line_and_the_limitation_warning_cite_verified_rows_only():
    ids = [cid for line in collector_lines.LINES for cid in line.citation_ids]
    ids += list(collector_lines.LIMITATION_CITATIONS)
    assert ids and all(citations.shown_as_law(citations.get(cid)) for cid in ids)
    assert [line.code for line in collector_lines.LINES] == ["sue_at_door", "credit_blacklist", "jail",
                                                             "freeze_family"]
    assert citations.get("limitation_rules_19").article == "第十九条"


def test_the_answers_rest_on_the_court_stage_rows_of_section_7():
    by_code = {line.code: line.citation_ids for line in collector_lines.LINES}
    assert by_code["sue_at_door"][:3] == ("civpro_122", "civpro_123_1", "civpro_126")
    assert "dishonest_1" in by_code["credit_blacklist"] and "criminal_law_313" in by_code["jail"]
    assert by_code["freeze_family"] == ("civpro_253_1", "seizure_rules_2", "seizure_rules_12_1",
                                        "seizure_rules_19_1", "civpro_238", "civil_code_1064",
                                        "cba_guideline_2026_misleading")


def test_contact_after_being_asked_to_stop_is_recorded_but_is_no_finding_by_itself():
    incident = Incident(id="i", occurred_at=datetime(2026, 11, 29, 14, 0), channel="call_answered",
                        facts=(Fact.CONTACTED_AFTER_ASKED_TO_STOP.value,))
    assert evaluate([incident]) == []
    polite = Incident(id="p", occurred_at=datetime(2026, 11, 29, 14, 0), channel="call_answered",
                      facts=(Fact.POLITE_REMINDER.value, Fact.CONTACTED_AFTER_ASKED_TO_STOP.value))
    assert [f.rule_id for f in evaluate([polite])] == []      # no longer a plain lawful reminder


def test_remembered_collectors_latest_first_then_the_users_banks_each_once():
    def called(day: int, kind: CollectorKind, name: str) -> Incident:
        return Incident(id=f"i{day}", occurred_at=datetime(2026, 11, day, 10), channel="call_answered",
                        collector_kind=kind, collector_name=name)
    case = Case(debts=(make_debt(id="a"), make_debt(id="b", issuer="icbc", first_missed_on=date(2025, 1, 1))),
                incidents=(called(1, CollectorKind.AGENCY, "某某资产"), called(3, CollectorKind.BANK, "招商银行"),
                           called(2, CollectorKind.UNKNOWN, ""), called(4, CollectorKind.AGENCY, "某某资产 ")))
    assert remembered_collectors(case) == (
        CollectorKey(CollectorKind.AGENCY, "某某资产"), CollectorKey(CollectorKind.BANK, "招商银行"),
        CollectorKey(CollectorKind.BANK, "中国工商银行"),
    )
