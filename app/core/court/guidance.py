"""What a paper means for the debtor: what happens next, what cannot happen, and whether it is real.

Each point is a code (the shell words it) with the court-stage §8 items it rests on; only the
VERIFIED rows of that table are named here (tests/core/test_court_guidance.py walks them).
The app looks nothing up itself: for realness it weighs the red flags the user answered (§6.4) and
the 案号's reading, and tells how to confirm with the court (§6.1–6.2).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.court import case_number
from app.core.court.case_number import Proceeding
from app.core.court.papers import CourtPaper, PaperChannel, PaperKind, RedFlag


@dataclass(frozen=True)
class Point:
    code: str
    items: tuple[str, ...]


def _p(code: str, *items: str) -> Point:
    return Point(code, items)


# --- what happens next (and what the user can do) ---------------------------------------------------

MEDIATION = _p("pre_suit_mediation", "ct_pre_suit_mediation")
CONCESSIONS = _p("mediation_concessions_protected", "ct_mediation_concessions_protected")
CONFIRMED = _p("mediation_confirmation_enforceable", "ct_mediation_confirmation_enforceable")
ANSWER = _p("answer", "ct_answer_15d")
JURISDICTION = _p("jurisdiction_objection", "ct_jurisdiction_objection")
CLAUSE = _p("format_jurisdiction_clause", "ct_format_jurisdiction_clause")
REDUCTION = _p("interest_reduction", "ct_interest_reduction")
DEFAULT = _p("default_judgment", "ct_default_judgment")
SMS_SUMMONS = _p("sms_summons_no_default", "ct_sms_summons_no_default")
LATE_SUMMONS = _p("hearing_notice_3d", "ct_hearing_notice_3d")
HEARING_NOTICE_DAYS = 3
SMALL_CLAIMS = _p("small_claims", "ct_small_claims")
OBJECTION = _p("payment_order_objection", "ct_payment_order_objection_15d")
OBJECTION_CONTENT = _p("payment_order_objection_content", "ct_payment_order_objection_content")
NO_OBJECTION = _p("payment_order_no_objection", "ct_payment_order_no_objection_enforce")
ARBITRATION_AGREEMENT = _p("arbitration_agreement", "ct_arbitration_agreement")
ARBITRATION_ONLINE = _p("arbitration_online", "ct_arbitration_online")
ARBITRATION_FINAL = _p("arbitration_final", "ct_arbitration_final")
PRE_DISPUTE_AWARD = _p("pre_dispute_award", "ct_p2p_pre_dispute_award")
SETASIDE = _p("award_setaside", "ct_arbitration_setaside")
NONENFORCEMENT = _p("award_nonenforcement", "ct_arbitration_nonenforce_15d")
APPEAL = _p("appeal", "ct_appeal_15d")
JUDGMENT_FINAL = _p("judgment_final", "ct_judgment_final")
DOUBLE_INTEREST = _p("double_interest", "ct_double_interest")
ENFORCE_2Y = _p("enforce_2y", "ct_enforce_2y")
SETTLEMENT = _p("enforcement_settlement", "ct_enforcement_settlement")
ASSET_REPORT = _p("asset_report", "ct_asset_report")
REFUSAL = _p("refusal_to_comply", "ct_refusal_to_comply_crime")
DISHONEST = _p("dishonest_list", "ct_dishonest_list")
DISHONEST_DELETION = _p("dishonest_deletion", "ct_dishonest_deletion")
HIGH_CONSUMPTION = _p("high_consumption", "ct_high_consumption")
LAWYER_LETTER = _p("lawyer_letter", "ct_lawyer_letter_no_force")

NEXT: dict[PaperKind, tuple[Point, ...]] = {
    PaperKind.PRE_SUIT_MEDIATION: (MEDIATION, CONCESSIONS, CONFIRMED),
    PaperKind.COMPLAINT: (ANSWER, JURISDICTION, REDUCTION, DEFAULT, SMALL_CLAIMS),
    PaperKind.SUMMONS: (DEFAULT, REDUCTION, SMALL_CLAIMS),
    PaperKind.PAYMENT_ORDER: (OBJECTION, OBJECTION_CONTENT, NO_OBJECTION),
    PaperKind.ARBITRATION_NOTICE: (ARBITRATION_AGREEMENT, ARBITRATION_ONLINE, ARBITRATION_FINAL,
                                   PRE_DISPUTE_AWARD),
    PaperKind.ARBITRATION_AWARD: (ARBITRATION_FINAL, SETASIDE, NONENFORCEMENT, PRE_DISPUTE_AWARD),
    PaperKind.JUDGMENT: (APPEAL, SMALL_CLAIMS, JUDGMENT_FINAL, DOUBLE_INTEREST, ENFORCE_2Y, SETTLEMENT),
    PaperKind.RULING: (APPEAL,),
    PaperKind.ENFORCEMENT_NOTICE: (ASSET_REPORT, SETTLEMENT, REFUSAL),
    PaperKind.ASSET_REPORT_ORDER: (ASSET_REPORT, SETTLEMENT, REFUSAL),
    PaperKind.DISHONEST_NOTICE: (DISHONEST, DISHONEST_DELETION, HIGH_CONSUMPTION, SETTLEMENT),
    PaperKind.CONSUMPTION_RESTRICTION: (HIGH_CONSUMPTION, SETTLEMENT),
    PaperKind.LAWYER_LETTER: (LAWYER_LETTER,),
}

# --- what cannot happen ---------------------------------------------------------------------------

NO_ARREST = _p("no_arrest_for_absence", "ct_no_arrest_for_absence")
NOT_A_LAWSUIT = _p("not_yet_a_lawsuit", "ct_case_no_pre_mediation")
FAMILY_ACCOUNTS = _p("family_accounts", "ct_threat_family_accounts", "ct_third_party_objection")
LIVING = _p("living_exemption", "ct_living_exemption")
NOT_FOR_INABILITY = _p("dishonest_not_for_inability", "ct_dishonest_list", "ct_dishonest_not_for_inability")
LETTER_NO_FORCE = _p("letter_no_enforcement", "ct_lawyer_letter_no_force")

_BEFORE_JUDGMENT = (NO_ARREST, FAMILY_ACCOUNTS)
_ENFORCEMENT = (LIVING, FAMILY_ACCOUNTS, NOT_FOR_INABILITY)
CANNOT: dict[PaperKind, tuple[Point, ...]] = {
    PaperKind.PRE_SUIT_MEDIATION: (NOT_A_LAWSUIT, NO_ARREST),
    PaperKind.COMPLAINT: _BEFORE_JUDGMENT,
    PaperKind.SUMMONS: _BEFORE_JUDGMENT,
    PaperKind.PAYMENT_ORDER: _BEFORE_JUDGMENT,
    PaperKind.ARBITRATION_NOTICE: (FAMILY_ACCOUNTS,),
    PaperKind.ARBITRATION_AWARD: _ENFORCEMENT,
    PaperKind.JUDGMENT: _ENFORCEMENT,
    PaperKind.RULING: (),
    PaperKind.ENFORCEMENT_NOTICE: _ENFORCEMENT,
    PaperKind.ASSET_REPORT_ORDER: _ENFORCEMENT,
    PaperKind.DISHONEST_NOTICE: (LIVING, FAMILY_ACCOUNTS),
    PaperKind.CONSUMPTION_RESTRICTION: (LIVING, FAMILY_ACCOUNTS, NOT_FOR_INABILITY),
    PaperKind.LAWYER_LETTER: (LETTER_NO_FORCE, NO_ARREST, FAMILY_ACCOUNTS),
}


def next_points(paper: CourtPaper) -> tuple[Point, ...]:
    """What happens next for this paper, and what the user can do, in the order to read them."""
    points = NEXT[paper.kind]
    if paper.kind is PaperKind.COMPLAINT and paper.lives_elsewhere and paper.clause_not_explained:
        points = (*points[:2], CLAUSE, *points[2:])
    if paper.kind is PaperKind.SUMMONS and paper.channel in (PaperChannel.SMS, PaperChannel.PHONE):
        points = (*points, SMS_SUMMONS)
    if paper.hearing_on is not None and (paper.hearing_on - paper.received_on).days < HEARING_NOTICE_DAYS:
        points = (LATE_SUMMONS, *points)
    return points


def cannot_points(paper: CourtPaper) -> tuple[Point, ...]:
    return CANNOT[paper.kind]


# --- is it real? ------------------------------------------------------------------------------------

FAKE_SIGNS = _p("fake_signs", "ct_fake_court_notice")
CHECK_PLATFORM = _p("check_case_platform", "ct_check_case_platform")
CHECK_12368 = _p("check_12368", "ct_check_12368")          # also: the court in person, with one's ID
CHECK_ZXGK = _p("check_zxgk", "ct_check_zxgk")
ONLY_COURTS_SERVE = _p("only_courts_serve", "ct_postal_service_fayuanzhuandi", "ct_electronic_service")

_LISTS = (PaperKind.DISHONEST_NOTICE, PaperKind.CONSUMPTION_RESTRICTION)
_NOT_SERVED_BY_A_COURT = (PaperKind.LAWYER_LETTER, PaperKind.ARBITRATION_NOTICE, PaperKind.ARBITRATION_AWARD)


@dataclass(frozen=True)
class Realness:
    likely_fake: bool                    # a red flag answered yes
    flags: tuple[RedFlag, ...]           # the red flags answered yes, in the form's order
    number: case_number.Reading          # what the 案号 says, and whether it fits the paper
    checks: tuple[Point, ...]            # how to confirm with the court (the app looks nothing up)
    points: tuple[Point, ...]            # the rules behind the verdict (the 案号's own: CaseNumber.item)


def realness(paper: CourtPaper) -> Realness:
    """Real or fake? Any §6.4 red flag makes it "likely fake"; a mismatched or unreadable 案号
    asks for a check; either way the user is told how to confirm it with the court."""
    flags = tuple(f for f in RedFlag if f in paper.red_flags)
    number = case_number.read(paper.kind, paper.case_number)
    checks = (CHECK_PLATFORM, CHECK_12368) + ((CHECK_ZXGK,) if paper.kind in _LISTS else ())
    points = (FAKE_SIGNS,) if flags else ()
    if paper.kind not in _NOT_SERVED_BY_A_COURT:
        points += (ONLY_COURTS_SERVE,)
    return Realness(bool(flags), flags, number, checks, points)


def is_pre_suit_number(paper: CourtPaper) -> bool:
    """The 案号 names a pre-filing mediation file (民诉前调): not yet a lawsuit."""
    reading = case_number.read(paper.kind, paper.case_number)
    return reading.number is not None and reading.number.proceeding is Proceeding.PRE_SUIT_MEDIATION


def all_items() -> frozenset[str]:
    """Every court-stage item a court page can cite (the citation test walks them)."""
    points = [p for table in (NEXT, CANNOT) for row in table.values() for p in row]
    points += [CLAUSE, SMS_SUMMONS, LATE_SUMMONS, FAKE_SIGNS, CHECK_PLATFORM, CHECK_12368, CHECK_ZXGK,
               ONLY_COURTS_SERVE]
    items = {item for p in points for item in p.items}
    return frozenset(items | {"ct_case_number_format", "ct_case_no_pre_mediation"})   # the 案号's reading
