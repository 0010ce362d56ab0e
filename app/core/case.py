"""The case: everything one debtor entered, as frozen dataclasses that round-trip through JSON.

Views change a case with `dataclasses.replace` and hand it back to the store; the core
computes results (summary, findings, plan, letters) from it and never stores them.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from app.core import issuers, serial

SCHEMA_VERSION = 1


def new_id() -> str:
    """A short id for a row (debt, incident), stable across edits and used in URLs."""
    return secrets.token_hex(4)


class DebtKind(StrEnum):
    CARD = "card"                   # 信用卡
    ONLINE_LENDER = "online_lender"  # 网贷/消费金融


class Collector(StrEnum):
    BANK = "bank"                   # 银行自行催收
    AGENCY = "agency"               # 委外催收机构
    LAWYER = "lawyer"               # 律师/律所
    COURT_FILED = "court_filed"     # 已起诉/立案
    JUDGMENT = "judgment"           # 已判决/调解书


@dataclass(frozen=True)
class Debt:
    id: str
    issuer: str                              # code from core.issuers, or "other"
    owed_fen: int                            # total owed now
    first_missed_on: date
    issuer_other: str = ""                   # free text when issuer is "other"
    kind: DebtKind = DebtKind.CARD
    tail: str = ""                           # last 4 digits of card/account
    principal_fen: int | None = None         # 本金, if known
    limit_fen: int | None = None
    last_payment_on: date | None = None
    last_payment_fen: int | None = None
    collector: Collector = Collector.BANK
    collector_name: str = ""                 # agency or law-firm name, court, case number
    demands_on: tuple[date, ...] = ()        # formal collection demands received, oldest first
    lender_entity: str = ""                  # 网贷/消费金融: legal name (借款合同), the letter's addressee

    @property
    def creditor_name(self) -> str:
        return issuers.issuer_name(self.issuer, self.issuer_other)


class Channel(StrEnum):
    CALL_ANSWERED = "call_answered"
    ROBOT_CALL = "robot_call"                # AI-voice call, answered: counts as a call
    CALL_UNANSWERED = "call_unanswered"
    SMS = "sms"
    APP_MESSAGE = "app_message"              # app, WeChat or other messenger
    LETTER = "letter"
    HOME_VISIT = "home_visit"
    WORKPLACE_VISIT = "workplace_visit"
    THIRD_PARTY = "third_party"              # the collector contacted someone else


class CollectorKind(StrEnum):
    BANK = "bank"
    AGENCY = "agency"
    UNKNOWN = "unknown"


class Party(StrEnum):
    DEBTOR = "debtor"
    RELATIVE = "relative"
    EMPLOYER = "employer"
    COLLEAGUE = "colleague"
    CONTACTS = "contacts"                    # someone in the debtor's contact list
    GUARANTOR = "guarantor"
    SPOUSE_DEBT_RELATED = "spouse_debt_related"


class EvidenceKind(StrEnum):
    RECORDING = "recording"
    SCREENSHOT = "screenshot"
    LETTER = "letter"
    WITNESS = "witness"
    CALL_LOG = "call_log"


@dataclass(frozen=True)
class Evidence:
    kind: EvidenceKind
    dated_on: date
    note: str = ""


@dataclass(frozen=True)
class Incident:
    id: str
    occurred_at: datetime                    # local (China) time, naive
    channel: Channel
    collector_kind: CollectorKind = CollectorKind.UNKNOWN
    collector_name: str = ""                 # agency name, or the bank's
    caller_name: str = ""
    caller_number: str = ""
    debt_id: str = ""                        # the account concerned, if known
    contacted: Party = Party.DEBTOR
    number_dialled: str = ""                 # which of the debtor's numbers (unanswered-call counting)
    count: int = 1                           # a batch: "7 unanswered calls ..."
    until: time | None = None                # end of a batch's time window
    facts: tuple[str, ...] = ()              # codes from core.conduct.facts
    details: str = ""
    evidence: tuple[Evidence, ...] = ()


class IncomeSource(StrEnum):
    WAGES = "wages"
    BUSINESS = "business"
    PENSION_BENEFITS = "pension_benefits"
    FAMILY_HELP = "family_help"
    OTHER = "other"


class Spending(StrEnum):
    HOUSING = "housing"
    FOOD = "food"
    UTILITIES = "utilities"
    TRANSPORT = "transport"
    MEDICAL = "medical"
    EDUCATION = "education"
    PARENTS = "parents"
    OTHER_DEBTS = "other_debts"              # mortgage, car loan ...
    OTHER = "other"


class HardshipReason(StrEnum):
    JOB_LOSS = "job_loss"
    ILLNESS = "illness"
    BUSINESS_FAILURE = "business_failure"
    FAMILY_CHANGE = "family_change"
    INCOME_CUT = "income_cut"
    OTHER = "other"


class Affected(StrEnum):
    """Whom a hardship struck: the letter names them, never "本人（或家人）"."""

    SELF = "self"
    SPOUSE = "spouse"
    FATHER = "father"
    MOTHER = "mother"
    CHILD = "child"
    OTHER_FAMILY = "other_family"


@dataclass(frozen=True)
class Hardship:
    reason: HardshipReason
    since_on: date | None = None        # the month it began, asked for as a month: kept as its 1st
    affected: Affected = Affected.SELF  # whom it struck; only asked for AFFECTS_SOMEONE reasons


# Reasons that strike one person, who may be the debtor or a family member (asked in the budget form).
AFFECTS_SOMEONE = (HardshipReason.JOB_LOSS, HardshipReason.ILLNESS, HardshipReason.BUSINESS_FAILURE,
                   HardshipReason.INCOME_CUT)


@dataclass(frozen=True)
class Budget:
    income_fen: dict[str, int] = field(default_factory=dict)      # IncomeSource -> fen a month
    spending_fen: dict[str, int] = field(default_factory=dict)    # Spending -> fen a month
    household_size: int = 1
    dependants: int = 0
    hardships: tuple[Hardship, ...] = ()
    hardship_other: str = ""
    story: str = ""                                                # the user's own account
    documents: tuple[str, ...] = ()                                # evidence document codes
    documents_other: str = ""

    @property
    def income_total_fen(self) -> int:
        return sum(self.income_fen.values())

    @property
    def spending_total_fen(self) -> int:
        return sum(self.spending_fen.values())


@dataclass(frozen=True)
class PlanChoices:
    monthly_offer_fen: int | None = None     # None: the default offer
    down_payment_fen: int = 0
    start_on: date | None = None             # None: first day of next month
    waive_fees: bool = False                 # ask for principal only


@dataclass(frozen=True)
class Applicant:
    name: str = ""
    phone: str = ""
    id_number: str = ""
    show_id_in_letter: bool = False
    address: str = ""
    signed_on: date | None = None            # the date written on the letters; None: the day they are printed


@dataclass(frozen=True)
class CaseContent:
    """What a document is built from: the case without its finals, frozen when a document is marked final.

    Same names as Case's fields (app.core.finals.snapshot copies them by name); it never holds
    `finals` itself, so a final version cannot contain other final versions.
    """

    debts: tuple[Debt, ...] = ()
    incidents: tuple[Incident, ...] = ()
    budget: Budget | None = None
    plan: PlanChoices = PlanChoices()
    applicant: Applicant = Applicant()
    narratives: dict[str, str] = field(default_factory=dict)
    complaints_sent_on: dict[str, str] = field(default_factory=dict)
    complaints_received_on: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Snapshot:
    """The case content one or more final versions were built from, stored once however many share it."""

    id: str                                  # core.finals.content_id(content): 16 hex characters
    content: CaseContent


@dataclass(frozen=True)
class FinalDocument:
    """A 定稿: one version of one document, frozen with the case content and the day it was made final.

    Printing it again runs the document providers on its snapshot's content with today =
    `finalized_on`, so the letter, its date, its 截至 date and its reply-by date never drift.
    `retired_on` is set when the user asks for a new version; the retired version stays in the
    case's history.
    """

    key: str                                 # Document.key, e.g. "request-1a2b3c4d"
    version: int                             # 1, 2, ... per key
    finalized_on: date
    snapshot_id: str                         # Snapshot.id in Case.snapshots
    retired_on: date | None = None


@dataclass(frozen=True)
class Case:
    debts: tuple[Debt, ...] = ()
    incidents: tuple[Incident, ...] = ()
    budget: Budget | None = None
    plan: PlanChoices = PlanChoices()
    applicant: Applicant = Applicant()
    narratives: dict[str, str] = field(default_factory=dict)      # user edits, by paragraph key
    complaints_sent_on: dict[str, str] = field(default_factory=dict)  # collector key -> ISO date sent
    complaints_received_on: dict[str, str] = field(default_factory=dict)  # complaint key -> ISO date received
    narrative_bases: dict[str, str] = field(default_factory=dict)  # paragraph key -> core.finals.draft_hash
    snapshots: tuple[Snapshot, ...] = ()     # case content the final versions were built from
    finals: tuple[FinalDocument, ...] = ()   # every 定稿 ever made, current and retired (history)
    label: str = ""                          # the volunteer's name for the case: a name, initials, a number
    notes: str = ""                          # the volunteer's own notes, several lines (never in a letter)

    def debt(self, debt_id: str) -> Debt | None:
        return next((d for d in self.debts if d.id == debt_id), None)


def case_to_data(case: Case) -> dict:
    return {"schema_version": SCHEMA_VERSION, "case": serial.to_data(case)}


def case_from_data(data: object) -> Case:
    """Inverse of case_to_data; raises serial.SerialError on anything unexpected."""
    if not isinstance(data, dict) or set(data) != {"schema_version", "case"}:
        raise serial.SerialError("bad_envelope")
    if data["schema_version"] != SCHEMA_VERSION:
        raise serial.SerialError("unknown_schema_version")
    return serial.from_data(Case, data["case"])
