"""Reading a 案号 (court-stage §6.3): "(2026)京0105民初12345号" → year, court code, type code, number.

The structure — (year) + court code (the province's short name, plus 2 digits for an intermediate
court or 4 for a basic court) + type code + sequence + 号 — is ct_case_number_format. Of the type
codes, the reference supports only three meanings: 民初 a civil first instance, 执… an enforcement
case, 民诉前调 a pre-filing mediation file (ct_case_no_pre_mediation). Any other code (民终, 民督 …)
is read as "a type we cannot explain: ask the court" (court-stage §9 item 8).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from app.core.court.papers import PaperKind


class Proceeding(StrEnum):
    CIVIL_FIRST_INSTANCE = "civil_first_instance"   # 民初
    PRE_SUIT_MEDIATION = "pre_suit_mediation"       # 民诉前调: mediation, not yet a lawsuit
    ENFORCEMENT = "enforcement"                     # 执, 执恢, 执异 …
    UNKNOWN = "unknown"                             # a type code the reference does not explain


class CourtLevel(StrEnum):
    SUPREME = "supreme"             # 最高法
    HIGH = "high"                   # the short name alone
    INTERMEDIATE = "intermediate"   # short name + 2 digits
    BASIC = "basic"                 # short name + 4 digits


@dataclass(frozen=True)
class CaseNumber:
    year: int
    court: str               # "京0105"
    level: CourtLevel
    type_code: str           # "民初"
    sequence: int
    proceeding: Proceeding

    @property
    def item(self) -> str:
        """The court-stage item the reading of the type code rests on."""
        if self.proceeding is Proceeding.PRE_SUIT_MEDIATION:
            return "ct_case_no_pre_mediation"
        return "ct_case_number_format"


# Brackets full- or half-width, 〔〕 or [] too; NFKC turns full-width digits and （） into ASCII.
_PATTERN = re.compile(
    r"[(\[〔]\s*(?P<year>\d{4})\s*[)\]〕]\s*"
    r"(?P<court>最高法|[\u4e00-\u9fff](?:\d{4}|\d{2})?)\s*"
    r"(?P<type>[\u4e00-\u9fff]{1,6}?)\s*(?P<seq>\d{1,7})\s*号?"
)
_LEVELS = {0: CourtLevel.HIGH, 2: CourtLevel.INTERMEDIATE, 4: CourtLevel.BASIC}

# What each kind of proceeding can send: a paper of another kind under that number does not fit.
FITTING_KINDS: dict[Proceeding, frozenset[PaperKind]] = {
    Proceeding.PRE_SUIT_MEDIATION: frozenset({PaperKind.PRE_SUIT_MEDIATION}),
    Proceeding.CIVIL_FIRST_INSTANCE: frozenset({PaperKind.COMPLAINT, PaperKind.SUMMONS, PaperKind.JUDGMENT,
                                                PaperKind.RULING}),
    Proceeding.ENFORCEMENT: frozenset({PaperKind.ENFORCEMENT_NOTICE, PaperKind.ASSET_REPORT_ORDER,
                                       PaperKind.DISHONEST_NOTICE, PaperKind.CONSUMPTION_RESTRICTION,
                                       PaperKind.RULING}),
}
# Letters and arbitration papers may quote a court's number, or carry a commission's own numbering.
_NOT_CHECKED = frozenset({PaperKind.LAWYER_LETTER, PaperKind.ARBITRATION_NOTICE, PaperKind.ARBITRATION_AWARD})


def parse(text: str) -> CaseNumber | None:
    """The parts of a 案号, or None when `text` is not one (spaces and bracket styles tolerated)."""
    normal = unicodedata.normalize("NFKC", text).strip()
    match = _PATTERN.fullmatch(normal)
    if match is None:
        return None
    court = match["court"]
    digits = len(court) - 1
    level = CourtLevel.SUPREME if court == "最高法" else _LEVELS[digits]
    type_code = match["type"]
    return CaseNumber(int(match["year"]), court, level, type_code, int(match["seq"]), _proceeding(type_code))


def _proceeding(type_code: str) -> Proceeding:
    if type_code == "民诉前调":
        return Proceeding.PRE_SUIT_MEDIATION
    if type_code == "民初":
        return Proceeding.CIVIL_FIRST_INSTANCE
    if type_code.startswith("执"):
        return Proceeding.ENFORCEMENT
    return Proceeding.UNKNOWN


def kind_mismatch(kind: PaperKind, number: CaseNumber) -> bool:
    """True when the paper the user says arrived is not one the numbered proceeding sends."""
    fitting = FITTING_KINDS.get(number.proceeding)
    return fitting is not None and kind not in _NOT_CHECKED and kind not in fitting


class Status(StrEnum):
    NONE = "none"               # no 案号 given
    UNREADABLE = "unreadable"   # not in the §6.3 form: a typo, or not a court's number
    READ = "read"


@dataclass(frozen=True)
class Reading:
    status: Status
    number: CaseNumber | None = None
    mismatch: bool = False      # the kind chosen is not one this proceeding sends


def read(kind: PaperKind, text: str) -> Reading:
    """What the 案号 typed for a paper of `kind` says, as codes the shell words."""
    if not text.strip():
        return Reading(Status.NONE)
    number = parse(text)
    if number is None:
        return Reading(Status.UNREADABLE)
    return Reading(Status.READ, number, kind_mismatch(kind, number))
