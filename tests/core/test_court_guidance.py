"""What a paper means: next steps, what cannot happen, and realness (court-stage §4, §6, §7)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.core.court import guidance
from app.core.court.case_number import Status
from app.core.court.papers import CourtPaper, PaperChannel, PaperKind, RedFlag


def paper(kind: PaperKind, **changes) -> CourtPaper:
    return replace(CourtPaper("c0000001", kind, PaperChannel.COURT_POST, date(2026, 11, 20)), **changes)


def codes(points) -> list[str]:
    return [p.code for p in points]


def items(points) -> set[str]:
    return {i for p in points for i in p.items}


@pytest.mark.parametrize("kind", list(PaperKind))
def test_every_kind_has_its_points(kind):
    assert guidance.next_points(paper(kind)), kind
    assert kind in guidance.CANNOT


def test_before_judgment_absence_means_a_default_judgment_never_an_arrest():
    for kind in (PaperKind.COMPLAINT, PaperKind.SUMMONS):
        assert "ct_default_judgment" in items(guidance.next_points(paper(kind)))
        assert "ct_no_arrest_for_absence" in items(guidance.cannot_points(paper(kind)))


def test_a_complaint_explains_the_answer_the_jurisdiction_objection_and_the_clause_only_when_it_applies():
    plain = codes(guidance.next_points(paper(PaperKind.COMPLAINT)))
    assert plain[:2] == ["answer", "jurisdiction_objection"] and "format_jurisdiction_clause" not in plain
    both = paper(PaperKind.COMPLAINT, lives_elsewhere=True, clause_not_explained=True)
    assert codes(guidance.next_points(both))[:3] == ["answer", "jurisdiction_objection", "format_jurisdiction_clause"]
    one = paper(PaperKind.COMPLAINT, lives_elsewhere=True)
    assert "format_jurisdiction_clause" not in codes(guidance.next_points(one))


def test_a_summons_by_sms_or_phone_adds_the_no_default_judgment_rule():
    assert "sms_summons_no_default" in codes(guidance.next_points(paper(PaperKind.SUMMONS, channel=PaperChannel.SMS)))
    assert "sms_summons_no_default" not in codes(guidance.next_points(paper(PaperKind.SUMMONS)))


def test_a_payment_order_objection_must_dispute_the_debt():
    assert codes(guidance.next_points(paper(PaperKind.PAYMENT_ORDER))) == [
        "payment_order_objection", "payment_order_objection_content", "payment_order_no_objection"]


def test_after_judgment_small_claims_enforcement_period_and_settlement_then_the_protections():
    judgment = paper(PaperKind.JUDGMENT)
    assert {"ct_small_claims", "ct_enforce_2y", "ct_enforcement_settlement"} <= items(guidance.next_points(judgment))
    assert codes(guidance.cannot_points(judgment)) == ["living_exemption", "family_accounts",
                                                       "dishonest_not_for_inability"]
    assert {"ct_dishonest_list", "ct_dishonest_not_for_inability", "ct_threat_family_accounts",
            "ct_living_exemption"} <= items(guidance.cannot_points(judgment))


def test_lists_and_restrictions_explain_the_six_grounds_and_what_is_restricted():
    assert {"ct_dishonest_list", "ct_high_consumption"} <= items(guidance.next_points(paper(PaperKind.DISHONEST_NOTICE)))
    assert "ct_high_consumption" in items(guidance.next_points(paper(PaperKind.CONSUMPTION_RESTRICTION)))


def test_a_lawyer_letter_is_a_letter_and_a_mediation_file_is_not_a_lawsuit():
    assert codes(guidance.next_points(paper(PaperKind.LAWYER_LETTER))) == ["lawyer_letter"]
    assert "letter_no_enforcement" in codes(guidance.cannot_points(paper(PaperKind.LAWYER_LETTER)))
    mediation = paper(PaperKind.PRE_SUIT_MEDIATION)
    assert codes(guidance.next_points(mediation))[:2] == ["pre_suit_mediation", "mediation_concessions_protected"]
    assert "not_yet_a_lawsuit" in codes(guidance.cannot_points(mediation))


def test_a_red_flag_makes_it_likely_fake_with_how_to_check():
    sms = paper(PaperKind.SUMMONS, channel=PaperChannel.SMS, red_flags=(RedFlag.ARREST_THREAT, RedFlag.PERSONAL_ACCOUNT))
    verdict = guidance.realness(sms)
    assert verdict.likely_fake and verdict.flags == (RedFlag.PERSONAL_ACCOUNT, RedFlag.ARREST_THREAT)
    assert codes(verdict.checks) == ["check_case_platform", "check_12368"]
    assert "ct_fake_court_notice" in items(verdict.points)


def test_no_red_flag_is_not_a_verdict_of_real_but_still_says_how_to_check():
    verdict = guidance.realness(paper(PaperKind.JUDGMENT, case_number="(2026)京0105民初12345号"))
    assert not verdict.likely_fake and verdict.flags == () and verdict.number.status is Status.READ
    assert codes(verdict.checks) == ["check_case_platform", "check_12368"]
    assert codes(verdict.points) == ["only_courts_serve"]
    listing = guidance.realness(paper(PaperKind.DISHONEST_NOTICE))
    assert codes(listing.checks)[-1] == "check_zxgk" and listing.number.status is Status.NONE


def test_a_mediation_number_on_an_sms_is_recognised():
    sms = paper(PaperKind.SUMMONS, channel=PaperChannel.SMS, case_number="（2026）京0105民诉前调801号")
    assert guidance.is_pre_suit_number(sms)
    assert guidance.realness(sms).number.mismatch
    assert not guidance.is_pre_suit_number(paper(PaperKind.SUMMONS, case_number="(2026)京0105民初1号"))
    assert not guidance.is_pre_suit_number(paper(PaperKind.SUMMONS, case_number="民诉前调"))


def test_all_items_lists_every_item_a_page_can_cite():
    found = guidance.all_items()
    for kind in PaperKind:
        for p in (*guidance.next_points(paper(kind)), *guidance.cannot_points(paper(kind))):
            assert set(p.items) <= found
    assert {"ct_fake_court_notice", "ct_check_12368", "ct_check_zxgk", "ct_sms_summons_no_default",
            "ct_format_jurisdiction_clause"} <= found


@pytest.mark.parametrize("kind", [PaperKind.LAWYER_LETTER, PaperKind.ARBITRATION_NOTICE, PaperKind.ARBITRATION_AWARD])
def test_papers_a_court_does_not_serve_are_not_told_how_courts_serve(kind):
    assert "only_courts_serve" not in codes(guidance.realness(paper(kind)).points)


def test_a_hearing_less_than_three_days_after_receipt_is_pointed_out():
    late = paper(PaperKind.SUMMONS, hearing_on=date(2026, 11, 22))
    assert codes(guidance.next_points(late))[0] == "hearing_notice_3d"
    assert "hearing_notice_3d" not in codes(guidance.next_points(replace(late, hearing_on=date(2026, 11, 23))))
    assert "hearing_notice_3d" not in codes(guidance.next_points(paper(PaperKind.SUMMONS)))
