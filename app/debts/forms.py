"""The account form (SPEC step 2): every field, each bad input answered at its field."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

from flask_babel import lazy_gettext as _l
from wtforms import FieldList, RadioField, SelectField, StringField
from wtforms.validators import DataRequired, Length, Optional

from app.core import issuers
from app.core.case import Collector, Debt, DebtKind
from app.fields import AmountField, CaseForm, DateTextField, date_error, options
from app.i18n import current_locale, ui_date

DEMAND_SLOTS = 4
MAX_DAYS_OVERDUE = 36_500

KIND_LABELS = {DebtKind.CARD: _l("信用卡"), DebtKind.ONLINE_LENDER: _l("网贷或消费金融")}
COLLECTOR_LABELS = {
    Collector.BANK: _l("银行自己在催收"),
    Collector.AGENCY: _l("委托的催收公司"),
    Collector.LAWYER: _l("律师或律师事务所"),
    Collector.COURT_FILED: _l("已经被起诉（法院已立案）"),
    Collector.JUDGMENT: _l("已经有判决或调解书"),
}


def issuer_label(issuer: issuers.Issuer) -> str:
    locale = current_locale()
    if locale == "en":
        return issuer.name_en
    return issuer.name_hant if locale == "zh_Hant_TW" else issuer.name_zh


def issuer_choices() -> list:
    banks = {"": _l("请选择")} | {i.code: issuer_label(i) for i in issuers.ISSUERS if not i.lender}
    banks[issuers.OTHER] = _l("其他银行（请在下面填写）")
    lenders = {i.code: issuer_label(i) for i in issuers.ISSUERS if i.lender}
    return options(banks, optgroup=str(_l("银行"))) + options(lenders, optgroup=str(_l("网贷/消费金融")))


class DebtForm(CaseForm):
    kind = RadioField(_l("这是哪一类欠款"), choices=options(KIND_LABELS),
                      default=DebtKind.CARD.value)
    issuer = SelectField(_l("欠哪家的钱"), [DataRequired(message=_l("请选择银行或贷款机构。"))],
                         description=_l("以账单或催收短信上的名称为准。列表里没有的，选“其他”后填写名称。"))
    issuer_other = StringField(_l("其他机构名称"), [Optional(), Length(max=60)])
    lender_entity = StringField(
        _l("贷款机构的公司全称（见借款合同，网贷和消费金融才需要填）"), [Optional(), Length(max=80)],
        description=_l("例如“某某消费金融股份有限公司”。申请书写给这家公司，App 的名称写在旁边；"
                       "不知道可以空着，打印后手写。"))
    tail = StringField(_l("卡号或账号后四位"), [Optional()],
                       description=_l("只填后四位，用来在信里区分是哪张卡。不要填完整卡号。"))
    owed = AmountField(_l("现在欠款总额"), [DataRequired(message=_l("请填写现在欠款总额。"))],
                       description=_l("包括本金、利息和费用，以最近的账单或催收通知为准。例如 12345.67 或 1.2万。"))
    principal = AmountField(_l("其中本金"), [Optional()],
                            description=_l("如果知道就填：是否涉及“恶意透支”只按本金计算。不知道可以空着。"))
    limit = AmountField(_l("信用额度"), [Optional()])
    first_missed_on = DateTextField(_l("第一次没有按时还款的日期"), [Optional()],
                                    description=_l("记不清具体日期，可以在下一项填逾期天数。"))
    days_overdue = StringField(_l("或者：已经逾期多少天"), [Optional()], render_kw={"inputmode": "numeric"})
    last_payment_on = DateTextField(_l("最后一次还款日期"), [Optional()],
                                    description=_l("逾期以后还过钱就填最近一次；没有就空着。"))
    last_payment = AmountField(_l("最后一次还款金额"), [Optional()])
    collector = SelectField(_l("现在是谁在催收"), choices=options(COLLECTOR_LABELS),
                            default=Collector.BANK.value)
    collector_name = StringField(_l("催收方名称或案号"), [Optional(), Length(max=100)],
                                 description=_l("例如催收公司的名字、律所名称、法院和案号。不知道可以空着。"))
    demands = FieldList(DateTextField(_l("收到正式催收的日期"), [Optional()]),
                        label=_l("收到正式催收（催收函、有录音的催收电话）的日期"),
                        min_entries=DEMAND_SLOTS, max_entries=DEMAND_SLOTS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.issuer.choices = issuer_choices()
        for number, entry in enumerate(self.demands, start=1):
            entry.label.text = str(_l("第 %(n)s 次正式催收的日期", n=number))

    def validate_with_today(self, today: date) -> bool:
        """WTForms validation, then the rules that need today's date or several fields."""
        valid = self.validate_on_submit()
        checks = (self._check_issuer_other, self._check_tail, self._check_principal,
                  lambda: self._check_dates(today))
        for check in checks:
            valid = check() and valid
        return valid

    def _check_issuer_other(self) -> bool:
        if self.issuer.data in (issuers.OTHER, "other_lender") and not (self.issuer_other.data or "").strip():
            self.issuer_other.errors.append(str(_l("选了“其他”，请填写机构名称。")))
            return False
        return True

    def _check_tail(self) -> bool:
        tail = unicodedata.normalize("NFKC", self.tail.data or "").strip()
        if tail and not (len(tail) == 4 and tail.isdigit() and tail.isascii()):
            self.tail.errors.append(str(_l("后四位请填 4 个数字，例如 1234。")))
            return False
        return True

    def _check_principal(self) -> bool:
        if self.principal.fen is not None and self.owed.fen is not None and self.principal.fen > self.owed.fen:
            self.principal.errors.append(str(_l("本金不能多于欠款总额。")))
            return False
        return True

    def _check_dates(self, today: date) -> bool:
        ok = True
        for f in (self.first_missed_on, self.last_payment_on, *self.demands):
            if f.date and f.date > today:
                f.errors.append(date_error("future", f))
                ok = False
        if not ok:
            return False
        first = self.first_missed_date(today)
        if first is None:
            if not self.days_overdue.errors and not self.first_missed_on.errors:
                self.first_missed_on.errors.append(str(_l("请填写第一次逾期的日期，或者逾期天数。")))
            return False
        for f in self.demands:
            if f.date and f.date < first:
                f.errors.append(str(_l("催收日期不能早于第一次逾期的日期（%(date)s）。", date=ui_date(first))))
                ok = False
        return ok

    def first_missed_date(self, today: date) -> date | None:
        if self.first_missed_on.date:
            return self.first_missed_on.date
        text = unicodedata.normalize("NFKC", self.days_overdue.data or "").strip()
        if not text:
            return None
        if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_DAYS_OVERDUE:
            self.days_overdue.errors.append(str(_l("逾期天数请填 1 到 36500 之间的整数。")))
            return None
        return today - timedelta(days=int(text))

    def to_debt(self, debt_id: str, today: date) -> Debt:
        demands = sorted({f.date for f in self.demands if f.date})
        return Debt(
            id=debt_id, issuer=self.issuer.data, owed_fen=self.owed.fen,
            first_missed_on=self.first_missed_date(today),
            issuer_other=(self.issuer_other.data or "").strip(), kind=DebtKind(self.kind.data),
            tail=unicodedata.normalize("NFKC", self.tail.data or "").strip(),
            principal_fen=self.principal.fen, limit_fen=self.limit.fen,
            last_payment_on=self.last_payment_on.date, last_payment_fen=self.last_payment.fen,
            collector=Collector(self.collector.data), collector_name=(self.collector_name.data or "").strip(),
            demands_on=tuple(demands),
            lender_entity=(unicodedata.normalize("NFKC", self.lender_entity.data or "").strip()
                           if self.kind.data == DebtKind.ONLINE_LENDER.value else ""),
        )


def form_data_for(debt: Debt) -> dict:
    """Initial form values from a stored debt (amounts shown as plain yuan)."""
    def yuan(fen):
        return None if fen is None else f"{fen // 100}.{fen % 100:02d}"
    demands = [d.isoformat() for d in debt.demands_on][:DEMAND_SLOTS]
    return {
        "kind": debt.kind.value, "issuer": debt.issuer, "issuer_other": debt.issuer_other, "tail": debt.tail,
        "owed": yuan(debt.owed_fen), "principal": yuan(debt.principal_fen), "limit": yuan(debt.limit_fen),
        "first_missed_on": debt.first_missed_on.isoformat(),
        "last_payment_on": debt.last_payment_on.isoformat() if debt.last_payment_on else "",
        "last_payment": yuan(debt.last_payment_fen), "collector": debt.collector.value,
        "collector_name": debt.collector_name, "lender_entity": debt.lender_entity,
        "demands": demands + [""] * (DEMAND_SLOTS - len(demands)),
    }


def with_debt(debts: tuple[Debt, ...], debt: Debt) -> tuple[Debt, ...]:
    """The list with `debt` replacing the one of the same id, or appended."""
    if any(d.id == debt.id for d in debts):
        return tuple(debt if d.id == debt.id else d for d in debts)
    return (*debts, debt)

