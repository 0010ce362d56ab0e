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
from app.core.complaints import ComplaintRecord, bad_old_date, upgrade_v1_complaints
from app.core.court.papers import CourtPaper

SCHEMA_VERSION = 3


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
    # debt id -> that creditor's monthly amount, in place of its pro-rata share: a revised proposal
    # answering a counter-offer, or the monthly amount of an agreement (core.negotiation). The rest
    # of the offer is split pro rata among the other creditors.
    monthly_by_debt: dict[str, int] = field(default_factory=dict)


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
    complaints: tuple[ComplaintRecord, ...] = ()
    court_papers: tuple[CourtPaper, ...] = ()


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


class RecordKind(StrEnum):
    """What happened to a creditor's request (core.negotiation holds the allowed transitions)."""

    SENT = "sent"                       # 已寄出 (or sent again)
    AGREED = "agreed"                   # 同意: the agreed terms
    COUNTER = "counter"                 # 还价: the bank's counter-offer
    REFUSED = "refused"                 # 拒绝
    MORE_DOCUMENTS = "more_documents"   # 要求补材料: what was asked for, a new reply-by date
    NO_REPLY = "no_reply"               # 无答复, once the reply-by date has passed
    DECLINED = "declined"               # the user declined the counter-offer
    REVISING = "revising"               # the user prepares a new letter version (revised offer)


class SendChannel(StrEnum):
    REGISTERED = "registered"           # 挂号信
    EMS = "ems"
    BANK_APP = "bank_app"               # 银行App
    IN_PERSON = "in_person"             # 当面
    PHONE = "phone"                     # 电话


@dataclass(frozen=True)
class Terms:
    """An installment arrangement: a counter-offer or an agreement.

    The down payment, if any, is due on `first_due_on`, then `installments` monthly payments of
    `monthly_fen` from the month after (with no down payment, from `first_due_on`), as core.plan
    numbers a schedule.
    """

    monthly_fen: int
    installments: int
    first_due_on: date
    down_payment_fen: int = 0
    stops_interest: bool = False        # agreement: interest and fees stop
    reference: str = ""                 # agreement: its reference number


@dataclass(frozen=True)
class RequestRecord:
    """One dated change of a creditor's request; the history is append-only."""

    kind: RecordKind
    on: date
    channel: SendChannel | None = None  # SENT
    tracking: str = ""                  # SENT: tracking number, optional
    terms: Terms | None = None          # AGREED, COUNTER; REVISING: the revised monthly amount
    asked_for: tuple[str, ...] = ()     # MORE_DOCUMENTS: what the bank asked for
    reply_by_on: date | None = None     # MORE_DOCUMENTS: the new reply-by date
    note: str = ""                      # the user's own words (a reason given, ...)


@dataclass(frozen=True)
class Payment:
    on: date
    amount_fen: int
    agreement: int = 1                  # which agreement of this creditor (1-based, in record order)


@dataclass(frozen=True)
class Negotiation:
    """Where one creditor's request stands: its dated history and the payments under agreements."""

    debt_id: str
    records: tuple[RequestRecord, ...] = ()
    payments: tuple[Payment, ...] = ()


@dataclass(frozen=True)
class Case:
    debts: tuple[Debt, ...] = ()
    incidents: tuple[Incident, ...] = ()
    budget: Budget | None = None
    plan: PlanChoices = PlanChoices()
    applicant: Applicant = Applicant()
    narratives: dict[str, str] = field(default_factory=dict)      # user edits, by paragraph key
    complaints: tuple[ComplaintRecord, ...] = ()  # each complaint letter's dated history (core.complaints)
    narrative_bases: dict[str, str] = field(default_factory=dict)  # paragraph key -> core.finals.draft_hash
    snapshots: tuple[Snapshot, ...] = ()     # case content the final versions were built from
    finals: tuple[FinalDocument, ...] = ()   # every 定稿 ever made, current and retired (history)
    negotiations: tuple[Negotiation, ...] = ()  # per creditor: the request's history (schema 2)
    label: str = ""                          # the volunteer's name for the case: a name, initials, a number
    notes: str = ""                          # the volunteer's own notes, several lines (never in a letter)
    court_papers: tuple[CourtPaper, ...] = ()  # court and arbitration papers received (schema 3)

    def debt(self, debt_id: str) -> Debt | None:
        return next((d for d in self.debts if d.id == debt_id), None)


def case_to_data(case: Case) -> dict:
    return {"schema_version": SCHEMA_VERSION, "case": serial.to_data(case)}


def case_from_data(data: object) -> Case:
    """Inverse of case_to_data; raises serial.SerialError on anything unexpected.

    Older versions (stored rows and imported files alike) are upgraded first, one explicit
    step per version (MIGRATIONS), then decoded as the current version.
    """
    if not isinstance(data, dict) or set(data) != {"schema_version", "case"}:
        raise serial.SerialError("bad_envelope")
    version, content = data["schema_version"], data["case"]
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= SCHEMA_VERSION:
        raise serial.SerialError("unknown_schema_version")
    if not isinstance(content, dict):
        raise serial.SerialError("bad_type", "$")
    for step in MIGRATIONS[version - 1:]:
        content = step(content)
    return serial.from_data(Case, content)


def _v1_to_v2(content: dict) -> dict:
    """Version 1 had no request tracking: no negotiations and no per-creditor monthly amounts.

    Both are added empty, so a v1 case reads as "nothing sent yet" (a 定稿 stays a 定稿). Its
    complaint dates (complaints_sent_on / complaints_received_on maps) become complaint histories
    with the same dates, snapshots included.
    """
    if where := bad_old_date(content):
        raise serial.SerialError("bad_value", f"$.{where}")
    upgraded = upgrade_v1_complaints(content)
    upgraded.setdefault("negotiations", [])
    plan = upgraded.get("plan")
    if isinstance(plan, dict):
        upgraded["plan"] = {**plan, "monthly_by_debt": plan.get("monthly_by_debt", {})}
    return upgraded


def _v2_to_v3(content: dict) -> dict:
    """Version 2 had no court papers: none recorded, in the case and in every snapshot's content.

    A version-2 file that already holds some is not one the app wrote: refused, not overwritten.
    """
    if "court_papers" in content:
        raise serial.SerialError("unknown_field", "$.court_papers")
    upgraded = {**content, "court_papers": []}
    snapshots = upgraded.get("snapshots")
    if isinstance(snapshots, list):
        upgraded["snapshots"] = [_with_court_papers(s) for s in snapshots]
    return upgraded


def _with_court_papers(snapshot: object) -> object:
    if isinstance(snapshot, dict) and isinstance(snapshot.get("content"), dict):
        return {**snapshot, "content": {**snapshot["content"], "court_papers": []}}
    return snapshot


# MIGRATIONS[n - 1] upgrades a version-n case to version n + 1.
MIGRATIONS = (_v1_to_v2, _v2_to_v3)
