"""Plain words for every code app.core.plan emits, plan-wide and per creditor.

Messages take their figures as named placeholders from `facts()`; a message may use any of
them or none. tests/web/test_plan.py checks that every code the core can emit is here.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from app.core.plan import CreditorPlan, Plan
from app.i18n import per_locale, ui_date, ui_money

MESSAGES = {
    # why the suggested offer is what it is
    "no_budget": _l("还没有填写收支情况，所以还没有建议金额。先填收支情况，或者直接在下面填一个您每月确实拿得出的金额。"),
    "no_disposable_income": _l("按您填写的收支，每月收入不够支付必要开支，没有余钱还款，所以建议金额是 0。"
                               "您仍然可以提出一个您确实做得到的小额方案，并在申请书里说明困难。"),
    "no_room_after_buffer": _l("收入减去必要开支后剩下的钱，不超过必要开支的十分之一（留作应急），所以建议金额是 0。"
                               "如果您确定每月拿得出一些钱，可以自己填一个金额。"),
    "offer_above_affordable": _l("您填的每月金额高于建议金额 %(default_offer)s。请确认每个月真的拿得出来："
                                 "答应了做不到，以后会更被动。"),
    "down_payment_capped": _l("首付款多于要还的总额，只按总额 %(total)s 计算。"),
    "offer_too_small": _l("每月金额太小，有的银行一分钱也分不到，无法给它排出还款计划。请提高每月金额。"),
    "negative": _l("金额不能是负数。"),
    "start_date_passed": _l("保存的开始还款日期已经过去了，方案改用建议日期 %(start)s。您也可以填一个今天以后的日期。"),
    # the 60-month limit and what to do about it
    "over_60_months": _l("按现在的金额，至少有一家要超过 60 期（5 年）才能还清。个性化分期最长 5 年，超出的方案银行一般不会接受。"),
    "raise_offer": _l("提高每月还款，至少到 %(min_offer)s。"),
    "down_payment": _l("先付一笔首付款：能先还一笔，以后每月要还的就少一些。"),
    "partial_waiver": _l("请求银行减免一部分欠款（例如利息、违约金和费用），让要还的总额变少。银行可以同意，但不一定同意。"),
    # per creditor
    "principal_unknown": _l("这笔没有填本金，只能按欠款总额计算。请回到债务清单补上本金。"),
    "nothing_owed": _l("这笔已经没有欠款，不需要排还款计划。"),
    "no_payment": _l("按现在的每月金额，分到这一家的钱不到 1 分，排不出还款计划。"),
    "schedule_too_long": _l("需要 %(months)s 期，太长了，这里不逐期列出。"),
}

CREDITOR_OVER = _l("需要 %(months)s 期，超过 60 期（5 年）。这一家每月至少要还 %(min_monthly)s 才能在 60 期内还清。")
CREDITOR_NEVER = _l("照现在的金额永远还不清。这一家每月至少要还 %(min_monthly)s 才能在 60 期内还清。")

OPTIONS = ("raise_offer", "down_payment", "partial_waiver")

CARD_TAIL = _l("尾号%(tail)s")
PERIODS = _l("%(n)s 期")
RUN_DATES = _l("%(first)s 至 %(last)s，每月一期")
FULL_SCHEDULE = _l("%(name)s：完整还款计划（%(n)s 期）")
SCHEDULE_CAPTION = _l("%(name)s 的还款计划")


@per_locale
def words() -> dict:
    """The sentences a creditor's row is built from, as text in the active locale."""
    return {"tail": str(CARD_TAIL), "periods": str(PERIODS), "run_dates": str(RUN_DATES),
            "full_schedule": str(FULL_SCHEDULE), "caption": str(SCHEDULE_CAPTION)}


def facts(plan: Plan, creditor: CreditorPlan | None = None) -> dict[str, str]:
    """Every placeholder a message may use, formatted for the UI language."""
    shown = {"default_offer": ui_money(plan.default_offer_fen), "total": ui_money(plan.total_fen),
             "min_offer": ui_money(plan.min_offer_to_fit_fen), "months": "", "min_monthly": "",
             "start": ui_date(plan.start_on)}
    if creditor is not None:
        shown |= {"months": str(creditor.months), "min_monthly": ui_money(creditor.min_monthly_to_fit_fen)}
    return shown


def message(code: str, plan: Plan, creditor: CreditorPlan | None = None) -> str:
    return str(MESSAGES[code]) % facts(plan, creditor)


def plan_warnings(plan: Plan) -> list[str]:
    """Plan-wide messages, without the options (shown as their own list)."""
    return [message(code, plan) for code in plan.warnings if code not in OPTIONS]


def options(plan: Plan) -> list[str]:
    return [message(code, plan) for code in plan.warnings if code in OPTIONS]


def creditor_notes(plan: Plan, creditor: CreditorPlan) -> list[str]:
    """A creditor's messages: the over-60 flag with its minimum first, then the other codes."""
    notes = []
    if creditor.over_limit:
        over = CREDITOR_NEVER if "no_payment" in creditor.codes else CREDITOR_OVER
        notes.append(str(over) % facts(plan, creditor))
    skip = {"over_60_months", "no_payment"} if creditor.over_limit else {"over_60_months"}
    notes += [message(code, plan, creditor) for code in creditor.codes if code not in skip]
    return notes
