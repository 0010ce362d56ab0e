"""A court or arbitration paper the debtor received (the shared model of issue 13).

The deadlines (core.court.deadlines) and the documents answering a paper are computed from it;
nothing here is stored beyond what the user typed or chose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class PaperKind(StrEnum):                 # what arrived
    PRE_SUIT_MEDIATION = "pre_suit_mediation"   # 诉前调解通知
    COMPLAINT = "complaint"                     # 起诉状副本 / 应诉通知书
    SUMMONS = "summons"                         # 传票
    PAYMENT_ORDER = "payment_order"             # 支付令
    ARBITRATION_NOTICE = "arbitration_notice"   # 仲裁通知
    ARBITRATION_AWARD = "arbitration_award"     # 仲裁裁决
    JUDGMENT = "judgment"                       # 判决书
    RULING = "ruling"                           # 裁定书
    ENFORCEMENT_NOTICE = "enforcement_notice"   # 执行通知书
    ASSET_REPORT_ORDER = "asset_report_order"   # 报告财产令
    DISHONEST_NOTICE = "dishonest_notice"       # 失信 决定
    CONSUMPTION_RESTRICTION = "consumption_restriction"  # 限制消费令
    LAWYER_LETTER = "lawyer_letter"             # 律师函 (a letter, not a court paper)


class PaperChannel(StrEnum):              # how it arrived
    SMS = "sms"                 # 短信或App消息
    COURT_POST = "court_post"   # 法院专递 (EMS)
    POST = "post"               # 普通邮件或快递
    HANDED = "handed"           # 当面送达/留置
    PHONE = "phone"             # 电话


class RedFlag(StrEnum):                   # court-stage §6.4, asked as questions
    PERSONAL_ACCOUNT = "personal_account"   # asked to pay a personal account or QR code
    LINK_OR_APP = "link_or_app"             # a link to click or an app to install
    ARREST_THREAT = "arrest_threat"         # a threat of arrest / 坐牢 / 拘留
    PRIVATE_NUMBER = "private_number"       # sent from a private mobile number, not the court's
    PAY_TO_CLOSE = "pay_to_close"           # "pay today and the case is withdrawn"


@dataclass(frozen=True)
class CourtPaper:
    id: str                                   # core.case.new_id()
    kind: PaperKind
    channel: PaperChannel
    received_on: date                         # the day the user received it (deadlines count from the next)
    debt_id: str = ""                         # which creditor; "" = not known / not in the list
    body: str = ""                            # the court or arbitration commission, as printed on the papers
    case_number: str = ""                     # 案号 as typed, e.g. "(2026)京0105民初12345号"
    address: str = ""                         # the court's address from the papers (for 怎样提交)
    hearing_on: date | None = None            # 传票: the hearing date, if given
    claimed_fen: int | None = None            # the total the claimant asks for on the papers
    claimed_principal_fen: int | None = None  # of which principal, if the papers say
    claimed_charges_fen: int | None = None    # of which interest, compound interest, 违约金 and fees
    admitted_fen: int | None = None           # what the user accepts is owed (their own figure)
    red_flags: tuple[RedFlag, ...] = ()
    lives_elsewhere: bool = False             # the user lives outside the court's area (管辖异议 option)
    clause_not_explained: bool = False        # the jurisdiction clause: standard form, not drawn to attention
    note: str = ""                            # the user's own words (one paragraph)
