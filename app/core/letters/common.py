"""Pieces every printed document shares: amounts in both forms, counts, ID masking, card wording."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.case import Debt, DebtKind, HardshipReason
from app.core.dates import add_days, format_cn_date
from app.core.money import format_yuan, to_capital

# No rule sets when a bank must answer a 个性化分期 request (商业银行信用卡业务监督管理办法 第七十条
# names no period). We ask for a written answer within 15 days: the period the complaint rules
# (银行业保险业消费投诉处理管理办法, reference §5) give banks for a simple complaint, a figure banks
# know. The letter only asks; it never says the bank is bound by it.
REPLY_DAYS = 15

_SMALL_COUNTS = ("零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十")

HARDSHIP_WORDS = {
    HardshipReason.JOB_LOSS: "失业",
    HardshipReason.ILLNESS: "伤病",              # one word for illness or injury: never "（或受伤）"
    HardshipReason.BUSINESS_FAILURE: "经营失败",
    HardshipReason.FAMILY_CHANGE: "家庭变故",
    HardshipReason.INCOME_CUT: "收入减少",
    HardshipReason.OTHER: "其他困难",
}

# Evidence documents a debtor can enclose, as a letter names them; keyed by the codes the budget
# step stores in Budget.documents (app/budget/wording.py DOCUMENTS).
EVIDENCE_DOCUMENTS = {
    "unemployment": "失业证明",
    "medical": "病历、诊断证明",
    "income": "收入证明或银行流水",
    "hardship_certificate": "低保证明或困难证明",
    "business_closed": "营业执照注销证明",
    "family_change": "家庭变故证明（离婚、亲人去世等）",
}


# Income sources and spending as a letter names them (no "或" alternatives: a category, not a choice).
INCOME_WORDS = {
    "wages": "工资",
    "business": "经营及零工收入",
    "pension_benefits": "养老金、低保等补助",
    "family_help": "亲友资助",
    "other": "其他收入",
}


@dataclass(frozen=True)
class Amount:
    """An amount as a letter writes it: `¥12,345.67` and 人民币壹万贰仟叁佰肆拾伍元陆角柒分."""

    fen: int
    yuan: str
    capital: str

    @property
    def both(self) -> str:
        """'¥12,345.67（人民币壹万贰仟叁佰肆拾伍元陆角柒分）'."""
        return f"{self.yuan}（{self.capital}）"


def amount(fen: int) -> Amount:
    return Amount(fen, format_yuan(fen), to_capital(fen))


def count_cn(n: int) -> str:
    """How a letter writes a small count before a measure word: 1 -> '一', 2 -> '两', 12 -> '12'."""
    return _SMALL_COUNTS[n] if 0 <= n < len(_SMALL_COUNTS) else str(n)


def mask_id(id_number: str) -> str:
    """'110101199001011234' -> '1101**********1234': the first and last four characters kept."""
    text = id_number.strip()
    if len(text) <= 8:
        return "*" * len(text)
    return text[:4] + "*" * (len(text) - 8) + text[-4:]


def reply_by(today: date) -> date:
    """The date a request letter asks the bank to answer by."""
    return add_days(today, REPLY_DAYS)


def is_card(debt: Debt) -> bool:
    return debt.kind is DebtKind.CARD


def you(debt: Debt) -> str:
    """How a letter addresses the creditor: 贵行 for a card-issuing bank, 贵机构 for a lender."""
    return "贵行" if is_card(debt) else "贵机构"


def addressee(debt: Debt) -> str:
    """'招商银行信用卡中心' for a card; for a lender its legal entity as the user gave it (借款合同),
    else its brand with a line to write the company's full name in."""
    if is_card(debt):
        return f"{debt.creditor_name}信用卡中心"
    return debt.lender_entity.strip() or f"{debt.creditor_name}（公司全称：＿＿＿＿＿＿＿＿＿＿）"


def addressee_brand(debt: Debt) -> str:
    """The brand beside a lender's legal name ('（招联消费金融）'), when the name does not already hold it."""
    entity, brand = debt.lender_entity.strip(), debt.creditor_name
    if is_card(debt) or not entity or brand in entity:
        return ""
    if brand.endswith("）") and "（" in brand:       # 微粒贷（微众银行） beside 微众银行…: （微粒贷）
        name, _, note = brand[:-1].partition("（")
        brand = name if note in entity else brand
    return f"（{brand}）"


def account_words(debt: Debt) -> str:
    """'信用卡（尾号1234）', '借款账户（尾号1234）', or without the tail when it is unknown."""
    noun = "信用卡" if is_card(debt) else "借款账户"
    return f"{noun}（尾号{debt.tail}）" if debt.tail else noun


def account_label(debt: Debt) -> str:
    """'招商银行 尾号1234', for lists and tables."""
    return f"{debt.creditor_name} 尾号{debt.tail}" if debt.tail else debt.creditor_name


def cn_date(d: date | None) -> str:
    return format_cn_date(d) if d else "—"


def tails_phrase(tails: list[str]) -> str:
    """'尾号5678', '尾号5678、9012'; empty when no tail is known."""
    known = [t for t in tails if t]
    return "尾号" + "、".join(known) if known else ""
