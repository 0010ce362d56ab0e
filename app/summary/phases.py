"""The summary's "what comes next" cards: the core's phase cards (`core.phases`) in the UI language."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from flask_babel import lazy_gettext as _l

from app.core import phases
from app.core.case import Debt
from app.i18n import per_locale

TITLES = {
    "early": _l("初期（逾期 1–30 天）"),
    "middle": _l("中期（逾期 31–90 天）"),
    "late": _l("后期（逾期 90 天以上）"),
}

PRACTICE = {
    "sms_app_reminders": _l("短信和 App 提醒还款"),
    "frequent_calls": _l("电话催收变得频繁"),
    "letters": _l("寄来催收信"),
    "outsourcing": _l("可能转给外包催收公司"),
    "legal_letters": _l("律师函"),
    "visits": _l("上门拜访"),
    "lawsuit_or_arbitration": _l("银行可能起诉或申请仲裁"),
}

DO_NOW = {
    "contact_bank": _l("打银行卡背面的官方客服电话，说明您的情况，问清欠款金额；能还多少先还多少。"),
    "request_plan": _l("算清每月收支，向银行书面申请个性化分期"
                       "（本工具的“还款方案”和“文书”两步可以帮您写）。"),
    "check_papers": _l("保持电话畅通，认真看每一条法院短信和每一份文书："
                       "先通过法院官方渠道核实真假，真的要在期限内回应。"),
    "court_deadlines": _l("已经进入诉讼：注意文书上写的期限，尽快拨打 12348 或找当地法律援助中心咨询。"),
}


LISTED = 3   # a phase card names up to this many accounts, then counts them
SEPARATOR = _l("、")
LABELS = {      # the cards' fixed texts (templates/summary/_phase_cards.html)
    "heading": _l("接下来会怎样"),
    "do_now": _l("现在要做的一件事："),
    "usually": _l("通常接下来（常见做法，不是法律规定）："),
    "credit": _l("信用记录"),
    "credit_text": _l("每年可以免费查两次自己的信用报告；发现错误可以提出异议，要求更正。"),
    "dispute": _l("怎样提出异议"),
}
MORE = _l("%(names)s 等 %(n)s 个账户")


class Card(NamedTuple):
    phase: str
    title: str
    accounts: str
    practice: str
    do_now: str


def phase_cards(debts: Sequence[Debt], labels: dict[str, str], today: date) -> list[Card]:
    """The case's phase cards (none while nothing is overdue); `labels` names each debt as
    '招商银行 ****1234' in the UI language. The template adds the credit-record line under them;
    how to dispute an error is explained, with its citations, in the summary's 征信记录 explanation."""
    found = phases.next_steps(debts, today)
    if not found.cards:
        return []
    said = words()
    return [Card(card.phase, said["titles"][card.phase],
                 _accounts([labels[d] for d in card.debt_ids], said),
                 said["separator"].join(said["practice"][code] for code in card.practice),
                 said["do_now_texts"][card.do_now])
            for card in found.cards]


def _accounts(names: list[str], words: dict) -> str:
    """The accounts a card is about: all of them up to LISTED, else the first two and the count."""
    if len(names) <= LISTED:
        return words["separator"].join(names)
    return words["more"] % {"names": words["separator"].join(names[:2]), "n": len(names)}


@per_locale
def words() -> dict:
    """The tables and labels above as text in the active locale (for the cards' template too)."""
    return {"titles": {k: str(v) for k, v in TITLES.items()},
            "practice": {k: str(v) for k, v in PRACTICE.items()},
            "do_now_texts": {k: str(v) for k, v in DO_NOW.items()},
            "separator": str(SEPARATOR), "more": str(MORE), **{k: str(v) for k, v in LABELS.items()}}
