"""The forms of a creditor's page: one per transition, each carrying the case version (409 when stale).

Each form has a prefix (its action name) so several can sit on one page with distinct field ids.
`on` is the day of the change (not after today: checked by the core, worded at the field).
"""

from __future__ import annotations

import unicodedata

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, RadioField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, StopValidation, ValidationError

from app.core import validation
from app.core.bounds import MAX_ASKED_FOR, MAX_INSTALLMENTS
from app.core.case import SendChannel, Terms
from app.fields import AmountField, CaseForm, DateTextField, options
from app.negotiate import wording

REQUIRED = _l("请填写%(field)s。")


class _Required(DataRequired):
    """DataRequired whose message names the field (and stops that field's other checks)."""

    def __call__(self, form, field):
        data = field.data
        if not (data.strip() if isinstance(data, str) else data):
            field.errors[:] = []
            raise StopValidation(str(REQUIRED % {"field": field.label.text}))


def one_line(text: str | None) -> str:
    """Typed text as one stored line: a pasted tab becomes a space, control characters go, ends are
    trimmed, so what is saved is what core.validation accepts on import."""
    return validation.printable(text or "").strip()


def count_of_installments(form, field) -> None:
    text = unicodedata.normalize("NFKC", field.data or "").strip()
    if not text.isdigit() or not 1 <= int(text) <= MAX_INSTALLMENTS:
        raise ValidationError(str(_l("%(field)s要填 1 到 %(max)s 之间的整数。") %
                                  {"field": field.label.text, "max": MAX_INSTALLMENTS}))


def installments_of(field) -> int:
    return int(unicodedata.normalize("NFKC", field.data).strip())


class SendForm(CaseForm):
    on = DateTextField(_l("寄出日期"), [_Required()])
    channel = RadioField(_l("怎样寄出或提交的"), [_Required()], choices=options(wording.CHANNELS),
                         default=SendChannel.REGISTERED.value)
    tracking = StringField(_l("快递单号或挂号信号码（可不填）"), [Optional(), Length(max=40)])


class _TermsForm(CaseForm):
    monthly = AmountField(_l("每月还款金额"), [_Required()])
    installments = StringField(_l("期数（不含首付款）"), [_Required(), count_of_installments],
                               render_kw={"inputmode": "numeric"})
    down_payment = AmountField(_l("首付款（没有就不填）"), [Optional()])
    first_due_on = DateTextField(_l("第一期还款日期"), [_Required()],
                                 description=_l("有首付款的，首付款在这一天还，之后每月同一天还一期。"))

    def terms(self, **extra) -> Terms:
        return Terms(monthly_fen=self.monthly.fen or 0, installments=installments_of(self.installments),
                     first_due_on=self.first_due_on.date, down_payment_fen=self.down_payment.fen or 0, **extra)


class AgreementForm(_TermsForm):
    on = DateTextField(_l("达成协议的日期"), [_Required()])
    stops_interest = BooleanField(_l("协议写明停止计收利息和费用"))
    reference = StringField(_l("协议编号（可不填）"), [Optional(), Length(max=60)])


class CounterForm(_TermsForm):
    on = DateTextField(_l("银行还价的日期"), [_Required()])


class RefusedForm(CaseForm):
    on = DateTextField(_l("银行拒绝的日期"), [_Required()])
    note = StringField(_l("银行说的理由（可不填）"), [Optional(), Length(max=200)])


class MoreDocumentsForm(CaseForm):
    on = DateTextField(_l("银行提出要求的日期"), [_Required()])
    asked_for = TextAreaField(_l("银行要求补交的材料（每行一项）"), [_Required(), Length(max=1000)])
    reply_by_on = DateTextField(_l("新的答复期限"), [_Required()],
                                description=_l("银行说补齐材料后多久答复；没说的，可以按补交材料后 15 天估算。"))

    def items(self) -> list[str]:
        lines = [one_line(line) for line in (self.asked_for.data or "").splitlines()]
        return [line[:100].strip() for line in lines if line][:MAX_ASKED_FOR]


class NoReplyForm(CaseForm):
    on = DateTextField(_l("记录日期"), [_Required()])


class AcceptForm(CaseForm):
    on = DateTextField(_l("接受还价的日期"), [_Required()],
                       description=_l("请在拿到银行的书面协议（或银行确认的短信、App 记录）后再记为接受。"))
    stops_interest = BooleanField(_l("协议写明停止计收利息和费用"))
    reference = StringField(_l("协议编号（可不填）"), [Optional(), Length(max=60)])


class ReviseForm(CaseForm):
    on = DateTextField(_l("日期"), [_Required()])
    monthly = AmountField(_l("新方案里给这家的每月金额（不填就按方案自动分配）"), [Optional()])


class DeclineForm(CaseForm):
    on = DateTextField(_l("日期"), [_Required()])
    note = StringField(_l("原因（可不填）"), [Optional(), Length(max=200)])


class PaymentForm(CaseForm):
    on = DateTextField(_l("还款日期"), [_Required()])
    amount = AmountField(_l("还款金额"), [_Required()])


FORMS: dict[str, type[CaseForm]] = {
    "send": SendForm, "agreed": AgreementForm, "counter": CounterForm, "refused": RefusedForm,
    "more": MoreDocumentsForm, "noreply": NoReplyForm, "accept": AcceptForm, "revise": ReviseForm,
    "decline": DeclineForm, "payment": PaymentForm,
}

# Which field a refusal code is shown at (otherwise at the date of the change).
REFUSAL_FIELD = {"bad_terms": "monthly", "bad_amount": "amount", "nothing_asked": "asked_for",
                 "reply_by_before": "reply_by_on"}
