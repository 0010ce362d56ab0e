"""The summary's "what comes next" cards: the core's phase cards (`core.phases`) in the UI language."""

from __future__ import annotations

from typing import NamedTuple

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from app import cases
from app.clock import today_in_china
from app.core import phases
from app.debts.views import issuer_display
from app.summary.views import bp

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


class Card(NamedTuple):
    phase: str
    title: str
    accounts: str
    practice: str
    do_now: str


@bp.app_template_global("phase_cards")
def phase_cards() -> list[Card]:
    """The open case's phase cards (none while nothing is overdue). The template adds the
    credit-record line under them; how to dispute an error is explained, with its citations, in the
    summary's 征信记录 explanation."""
    case = cases.load()
    found = phases.next_steps(case.debts, today_in_china())
    names = {debt.id: _account_name(debt) for debt in case.debts}
    separator = _("、")
    cards = [Card(card.phase, str(TITLES[card.phase]), _accounts([names[d] for d in card.debt_ids]),
                  separator.join(str(PRACTICE[code]) for code in card.practice), str(DO_NOW[card.do_now]))
             for card in found.cards]
    return cards


def _accounts(names: list[str]) -> str:
    """The accounts a card is about: all of them up to LISTED, else the first two and the count."""
    if len(names) <= LISTED:
        return _("、").join(names)
    return _("%(names)s 等 %(n)s 个账户", names=_("、").join(names[:2]), n=len(names))


def _account_name(debt) -> str:
    return f"{issuer_display(debt)} ****{debt.tail}" if debt.tail else issuer_display(debt)
