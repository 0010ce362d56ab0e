"""The court-papers model (issue 13): schema 3, the v2 → v3 migration and the import rules."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from app.core import finals
from app.core.bounds import MAX_COURT_PAPERS, Limits
from app.core.case import Case, case_from_data, case_to_data
from app.core.court.papers import CourtPaper, PaperChannel, PaperKind, RedFlag
from app.core.serial import SerialError
from app.core.validation import validate_case
from tests.factories import make_debt

LIMITS = Limits(max_debts=3, max_incidents=2, max_text_chars=10)
DEBT = make_debt(id="d0000001")


def paper(n: int = 1, **changes) -> CourtPaper:
    return replace(CourtPaper(id=f"c{n:07d}", kind=PaperKind.PAYMENT_ORDER, channel=PaperChannel.COURT_POST,
                              received_on=date(2026, 9, 30)), **changes)


def problems(*papers: CourtPaper) -> list[tuple[str, str]]:
    return [(p.code, p.where) for p in validate_case(Case(debts=(DEBT,), court_papers=papers), LIMITS)]


def v2_export(case: Case) -> dict:
    """`case` as the app wrote it before schema 3: no court papers anywhere."""
    data = json.loads(json.dumps(case_to_data(case)))
    content = data["case"]
    assert content.pop("court_papers") == []
    for snapshot in content["snapshots"]:
        assert snapshot["content"].pop("court_papers") == []
    return {"schema_version": 2, "case": content}


def test_a_full_paper_round_trips_and_validates():
    full = paper(debt_id=DEBT.id, body="北京市朝阳区人民法院", case_number="（2026）京0105民督12345号",
                 address="北京市朝阳区朝阳公园南路1号", hearing_on=date(2026, 10, 20), claimed_fen=5_000_000,
                 claimed_principal_fen=4_000_000, claimed_charges_fen=1_000_000, admitted_fen=4_000_000,
                 red_flags=(RedFlag.PERSONAL_ACCOUNT, RedFlag.LINK_OR_APP), lives_elsewhere=True,
                 clause_not_explained=True, note="快递员说是法院的。\n我不在家，邻居代收。")
    case = Case(debts=(DEBT,), court_papers=(full,))
    data = case_to_data(case)
    assert data["schema_version"] == 3
    assert case_from_data(json.loads(json.dumps(data))) == case
    assert validate_case(case, LIMITS) == []


def test_a_version_2_export_with_a_final_version_imports_with_no_papers_in_the_case_or_its_snapshot():
    case = finals.finalize(Case(debts=(DEBT,)), f"request-{DEBT.id}", date(2026, 11, 20))
    upgraded = case_from_data(v2_export(case))
    assert upgraded == case
    assert upgraded.court_papers == () and upgraded.snapshots[0].content.court_papers == ()
    assert case_to_data(upgraded)["schema_version"] == 3


def test_a_version_2_file_that_already_holds_court_papers_is_refused():
    data = v2_export(Case())
    data["case"]["court_papers"] = []
    with pytest.raises(SerialError) as caught:
        case_from_data(data)
    assert (caught.value.code, caught.value.where) == ("unknown_field", "$.court_papers")


def test_a_version_1_export_is_upgraded_through_both_steps():
    data = v2_export(Case(debts=(DEBT,)))
    content = data["case"]
    del content["negotiations"], content["complaints"]
    content["plan"].pop("monthly_by_debt")
    upgraded = case_from_data({"schema_version": 1, "case": content})
    assert upgraded == Case(debts=(DEBT,))


@pytest.mark.parametrize(("changes", "expected"), [
    ({"id": "C0000001"}, ("bad_id", "court_papers[0].id")),
    ({"debt_id": "d1"}, ("bad_form", "court_papers[0].debt_id")),
    ({"received_on": date(1899, 12, 31)}, ("bad_date", "court_papers[0].received_on")),
    ({"hearing_on": date(2101, 1, 1)}, ("bad_date", "court_papers[0].hearing_on")),
    ({"body": "法" * 61}, ("text_too_long", "court_papers[0].body")),
    ({"case_number": "(2026)京0105民初1号\n"}, ("bad_text", "court_papers[0].case_number")),
    ({"address": "路" * 121}, ("text_too_long", "court_papers[0].address")),
    ({"note": "字" * 501}, ("text_too_long", "court_papers[0].note")),
    ({"claimed_fen": -1}, ("bad_amount", "court_papers[0].claimed_fen")),
    ({"admitted_fen": 10**15}, ("bad_amount", "court_papers[0].admitted_fen")),
    ({"red_flags": (RedFlag.ARREST_THREAT, RedFlag.ARREST_THREAT)}, ("duplicate", "court_papers[0].red_flags")),
    ({"claimed_fen": 100, "admitted_fen": 101}, ("inconsistent", "court_papers[0].admitted_fen")),
    ({"claimed_fen": 100, "claimed_principal_fen": 60, "claimed_charges_fen": 41},
     ("inconsistent", "court_papers[0].claimed_charges_fen")),
])
def test_an_impossible_paper_is_refused_at_its_field(changes, expected):
    assert problems(paper(**changes)) == [expected]


def test_figures_at_their_limits_and_partial_figures_are_accepted():
    assert problems(paper(claimed_fen=100, admitted_fen=100, claimed_principal_fen=60, claimed_charges_fen=40)) == []
    assert problems(paper(admitted_fen=500, claimed_principal_fen=600, claimed_charges_fen=700)) == []
    assert problems(paper(debt_id="0badc0de", note="第一行\r\n第二行")) == []   # a deleted account's id


def test_at_most_twenty_papers_with_unique_ids():
    assert problems(*(paper(n) for n in range(MAX_COURT_PAPERS))) == []
    assert problems(*(paper(n) for n in range(MAX_COURT_PAPERS + 1))) == [("too_many", "court_papers")]
    assert problems(paper(1), paper(1)) == [("duplicate_id", "court_papers[1].id")]


def test_snapshot_content_has_the_same_rules():
    bad = Case(debts=(DEBT,), court_papers=(paper(claimed_fen=1, admitted_fen=2),))
    case = replace(finals.finalize(bad, "summary", date(2026, 11, 20)), court_papers=())
    found = [(p.code, p.where) for p in validate_case(case, LIMITS)]
    assert found == [("inconsistent", "snapshots[0].content.court_papers[0].admitted_fen")]
