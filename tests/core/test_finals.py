"""app.core.finals: snapshots, versions and stale edits, without the app."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.core import finals, serial
from app.core.case import Applicant, Case, case_from_data, case_to_data
from app.core.complaints import ComplaintEntry, ComplaintRecord, SendChannel, Step
from tests.factories import make_debt

CASE = Case(debts=(make_debt(id="d1"),), applicant=Applicant(name="张三"), narratives={"p": "我写的"})
DAY = date(2026, 11, 29)


def test_finalize_then_retire_keeps_every_version_in_order():
    case = finals.finalize(CASE, "request-d1", DAY)
    assert finals.finalize(case, "request-d1", date(2026, 12, 1)) == case        # already final: no-op
    case = finals.retire(replace(case, applicant=Applicant(name="李四")), "request-d1", date(2026, 12, 2))
    assert finals.current(case, "request-d1") is None
    case = finals.finalize(case, "request-d1", date(2026, 12, 3))
    first, second = finals.versions(case, "request-d1")
    assert (first.version, first.retired_on, finals.content_of(case, first).applicant.name) == (1, date(2026, 12, 2), "张三")
    assert (second.version, second.retired_on, finals.content_of(case, second).applicant.name) == (2, None, "李四")
    assert finals.current(case, "request-d1") == second and not finals.changed_since(case, second)
    assert finals.changed_since(replace(case, narratives={}), second)


def test_final_versions_round_trip_through_json():
    case = finals.finalize(CASE, "request-d1", DAY)
    assert case_from_data(case_to_data(case)) == case
    assert "finals" not in case_to_data(case)["case"]["snapshots"][0]["content"]


def test_documents_made_final_from_the_same_content_share_one_snapshot():
    case = finals.finalize(finals.finalize(CASE, "a", DAY), "b", date(2026, 12, 1))
    assert len(case.snapshots) == 1 and {f.snapshot_id for f in case.finals} == {case.snapshots[0].id}
    case = finals.finalize(replace(case, narratives={}), "c", DAY)
    assert len(case.snapshots) == 2
    assert finals.content_of(case, case.finals[-1]).narratives == {}


def test_a_snapshot_with_finals_inside_is_refused_on_load():
    data = case_to_data(finals.finalize(CASE, "x", DAY))
    data["case"]["snapshots"][0]["content"]["finals"] = []
    with pytest.raises(serial.SerialError) as caught:
        case_from_data(data)
    assert caught.value.code == "unknown_field"


def test_an_edit_is_stale_only_against_another_draft():
    case = replace(CASE, narrative_bases={"p": finals.draft_hash("旧草稿\n")})
    assert not finals.is_stale(case, "p", "  旧草稿")
    assert finals.is_stale(case, "p", "新草稿")
    assert not finals.is_stale(finals.rebase(case, "p", "新草稿"), "p", "新草稿")
    dropped = finals.drop_edit(case, "p")
    assert dropped.narratives == {} and dropped.narrative_bases == {}
    assert not finals.is_stale(replace(CASE, narrative_bases={}), "p", "新草稿")      # no base: unknown


def test_too_many_finals_are_refused():
    case = CASE
    for n in range(finals.MAX_FINALS):
        case = finals.finalize(case, f"doc-{n}", DAY)
    with pytest.raises(finals.TooManyFinals):
        finals.finalize(case, "one-more", DAY)


def test_a_consistent_case_has_no_problems_and_each_inconsistency_is_named():
    case = finals.retire(finals.finalize(CASE, "a", DAY), "a", date(2026, 12, 1))
    case = finals.finalize(replace(case, narrative_bases={"p": finals.draft_hash("草稿")}), "a", date(2026, 12, 1))
    assert finals.problems(case) == []
    first, second = case.finals
    assert finals.problems(replace(case, snapshots=())) == ["unknown_snapshot"]
    assert finals.problems(replace(case, snapshots=case.snapshots * 2)) == ["bad_snapshot_id"]
    other = replace(case.snapshots[0], id="not-hex")
    assert finals.problems(replace(case, snapshots=(other,))) == ["unknown_snapshot", "bad_snapshot_id"]
    assert finals.problems(replace(case, finals=(first, replace(second, version=1, retired_on=None)))) == [
        "duplicate_version"]
    assert finals.problems(replace(case, finals=(replace(first, retired_on=None), second))) == ["two_in_force"]
    assert finals.problems(replace(case, finals=(replace(first, retired_on=date(2026, 1, 1)), second))) == [
        "retired_before_final"]
    assert finals.problems(replace(case, narrative_bases={"p": "XYZ"})) == ["bad_base"]
    assert finals.problems(replace(case, narrative_bases={"q": finals.draft_hash("x")})) == ["bad_base"]


def test_recording_what_happened_to_a_letter_does_not_make_its_final_version_look_changed():
    case = finals.finalize(CASE, "complaint-agency-0123456789-none", DAY)
    [final] = case.finals
    sent = (ComplaintEntry(Step.SENT, DAY, channel=SendChannel.EMS),)
    tracked = replace(case, complaints=(ComplaintRecord("agency-0123456789-none", sent),))
    assert not finals.changed_since(tracked, final)
    assert finals.changed_since(replace(tracked, narratives={}), final)
    assert finals.content_of(tracked, final).complaints == ()         # the snapshot keeps what it was made with
