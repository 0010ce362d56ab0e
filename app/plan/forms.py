"""The plan choices form (SPEC step 6): monthly offer, down payment, start date, fee waiver.

Blank offer and blank start mean "the suggestion": the stored choice stays None, so the
default follows the budget and today's date when they change.
"""

from __future__ import annotations

from datetime import date

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import BooleanField
from wtforms.validators import Optional

from app.core.case import PlanChoices
from app.core.dates import add_months
from app.fields import AmountField, CaseForm, DateTextField

LATEST_START_MONTHS = 12        # a plan starting more than a year ahead is a typing mistake


class PlanForm(CaseForm):
    offer = AmountField(_l("每月还款总额"), [Optional()])
    down = AmountField(_l("首付款（可选）"), [Optional()],
                       description=_l("如果能先一次性还一笔，写在这里。它按比例分给各家，作为第 1 期在开始日期支付；"
                                      "每月还款从下个月开始。没有就空着。"))
    start = DateTextField(_l("开始还款日期"), [Optional()])
    waive = BooleanField(_l("请求减免利息、违约金和各种费用，只还本金"),
                         description=_l("勾选后，方案按本金计算要还的总额，申请书里会请求银行减免利息、违约金和费用。"
                                        "银行可以同意，但不一定同意。"))

    def validate_with_today(self, today: date, submitted: bool = True) -> bool:
        """WTForms validation (POST when `submitted`), then the start date against today."""
        valid = self.validate_on_submit() if submitted else self.validate()
        start = self.start.date
        if start and start < today:
            self.start.errors.append(_("开始还款日期不能早于今天。"))
            return False
        if start and start > add_months(today, LATEST_START_MONTHS):
            self.start.errors.append(_("开始还款日期请选在一年以内。"))
            return False
        return valid

    def choices(self, saved: PlanChoices | None = None) -> PlanChoices:
        """The typed choices; per-creditor amounts (set by request tracking, not by this form) are kept."""
        return PlanChoices(monthly_offer_fen=self.offer.fen, down_payment_fen=self.down.fen or 0,
                           start_on=self.start.date, waive_fees=bool(self.waive.data),
                           monthly_by_debt=dict(saved.monthly_by_debt) if saved else {})


def form_data_for(choices: PlanChoices) -> dict:
    """Initial form values from the stored choices: blank where the suggestion is in use."""
    def yuan(fen):
        return "" if fen is None else f"{fen // 100}.{fen % 100:02d}"
    return {"offer": yuan(choices.monthly_offer_fen),
            "down": yuan(choices.down_payment_fen) if choices.down_payment_fen else "",
            "start": choices.start_on.isoformat() if choices.start_on else "",
            "waive": choices.waive_fees}
