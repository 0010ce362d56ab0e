"""The household budget form (SPEC step 5): income, household, essential spending, hardship, evidence.

Every field keeps what was typed; amounts are parsed by AmountField, whole numbers and months
by the small fields below, and anything wrong is answered at its own field.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from app.budget import wording
from app.core import date_input
from app.core.case import AFFECTS_SOMEONE, Affected, Budget, Hardship, HardshipReason, IncomeSource, Spending
from app.fields import AmountField, CaseForm, date_error, options

MAX_PEOPLE = 20
SHORT_TEXT = 200
_MONTH = re.compile(r"^([0-9]{4}) *[-/.年] *([0-9]{1,2}) *月?$")


class WholeNumberField(StringField):
    """A whole number between `low` and `high`, typed in ASCII or full-width digits; `.number`."""

    number: int | None = None

    def __init__(self, label=None, validators=None, low: int = 0, high: int = MAX_PEOPLE, **kwargs):
        kwargs.setdefault("render_kw", {}).setdefault("inputmode", "numeric")
        super().__init__(label, validators, **kwargs)
        self.low, self.high = low, high

    def post_validate(self, form, validation_stopped):
        self.number = None
        text = unicodedata.normalize("NFKC", self.data or "").strip()
        if validation_stopped or not text:
            return
        if not (text.isascii() and text.isdigit() and len(text) <= 4) or not self.low <= int(text) <= self.high:
            raise ValidationError(_("%(field)s请填 %(low)s 到 %(high)s 之间的整数。",
                                     field=self.label.text, low=self.low, high=self.high))
        self.number = int(text)


class MonthField(StringField):
    """A month ("2025-03", "2025年3月") or a full date; `.date` is the date, the 1st for a month."""

    date: date | None = None

    def process_data(self, value):
        self.data = value.isoformat() if isinstance(value, date) else value

    def post_validate(self, form, validation_stopped):
        self.date = None
        text = unicodedata.normalize("NFKC", self.data or "").strip()
        if validation_stopped or not text:
            return
        match = _MONTH.match(text)
        if match and 1900 <= int(match[1]) <= 2100 and 1 <= int(match[2]) <= 12:
            self.date = date(int(match[1]), int(match[2]), 1)
            return
        try:
            self.date = date_input.parse_date(text)
        except date_input.DateInputError as exc:
            raise ValidationError(_("%(field)s请按“2025-03”（年-月）或“2025-03-15”的格式填写。",
                                     field=self.label.text)) from exc


class MultiCheckboxField(SelectMultipleField):
    """Several choices as checkboxes (rendered one by one through the choice_group macro)."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class BudgetForm(CaseForm):
    household_size = WholeNumberField(
        _l("家里一起生活的人数（包括您自己）"),
        [DataRequired(message=_l("请填写家里一起生活的人数。"))], low=1,
        description=_l("银行判断您能还多少时，会考虑一家人的基本生活。"))
    dependants = WholeNumberField(
        _l("需要您供养的人数"), [Optional()],
        description=_l("靠您的收入生活的孩子、老人或病人，不论是否同住。没有就填 0 或空着。"))
    hardship_other = StringField(_l("其他原因是什么"), [Optional(), Length(max=SHORT_TEXT)])
    story = TextAreaField(
        _l("用您自己的话说说发生了什么"), [Optional()],
        description=_l("这段话是申请书里“困难情况说明”的底稿，银行靠它了解您为什么还不上。写清楚发生了什么、"
                       "从什么时候开始、现在怎么样。生成文书前还可以修改。"))
    documents = MultiCheckboxField(
        _l("您能提供哪些证明材料"), choices=options(wording.DOCUMENTS),
        description=_l("勾选的材料会列在申请书的附件清单里，银行据此核实困难。有什么就勾什么，没有也可以先申请。"))
    documents_other = StringField(_l("其他证明材料"), [Optional(), Length(max=SHORT_TEXT)])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit = current_app.config["MAX_TEXT_CHARS"]
        self.story.validators = (Optional(), Length(max=limit, message=_l(
            "这段说明最多 %(n)s 个字，请删减一些。", n=limit)))

    def validate_with_today(self, today: date) -> bool:
        """WTForms validation, then the checks that need today's date or several fields."""
        valid = self.validate_on_submit()
        for reason in HardshipReason:
            valid = self._check_hardship(reason, today) and valid
        return valid

    def _check_hardship(self, reason: HardshipReason, today: date) -> bool:
        ticked, since = self.reason_field(reason), self.since_field(reason)
        if since.date and since.date > today:
            since.errors.append(date_error("future", since))
            return False
        if since.date and not ticked.data:
            since.errors.append(_("填了开始时间，请同时勾选“%(reason)s”。", reason=ticked.label.text))
            return False
        if reason is HardshipReason.OTHER and ticked.data and not (self.hardship_other.data or "").strip():
            self.hardship_other.errors.append(_("选了“其他原因”，请简单写一下是什么。"))
            return False
        return True

    def income_field(self, source: IncomeSource) -> AmountField:
        return self[f"income_{source.value}"]

    def spending_field(self, category: Spending) -> AmountField:
        return self[f"spending_{category.value}"]

    def reason_field(self, reason: HardshipReason) -> BooleanField:
        return self[f"reason_{reason.value}"]

    def since_field(self, reason: HardshipReason) -> MonthField:
        return self[f"since_{reason.value}"]

    def who_field(self, reason: HardshipReason) -> SelectField | None:
        """Whom the hardship struck, for the reasons that strike one person; None for the others."""
        return self[f"who_{reason.value}"] if reason in AFFECTS_SOMEONE else None

    def _affected(self, reason: HardshipReason) -> Affected:
        who = self.who_field(reason)
        return Affected(who.data) if who is not None and who.data else Affected.SELF

    def to_budget(self) -> Budget:
        """The validated answers as the case's Budget; blank amounts are left out, not stored as 0."""
        return Budget(
            income_fen={s.value: f.fen for s in IncomeSource if (f := self.income_field(s)).fen is not None},
            spending_fen={c.value: f.fen for c in Spending if (f := self.spending_field(c)).fen is not None},
            household_size=self.household_size.number,
            dependants=self.dependants.number or 0,
            hardships=tuple(Hardship(r, self.since_field(r).date, self._affected(r)) for r in HardshipReason
                            if self.reason_field(r).data),
            hardship_other=(self.hardship_other.data or "").strip(),
            story=(self.story.data or "").strip(),
            documents=tuple(code for code in wording.DOCUMENTS if code in (self.documents.data or ())),
            documents_other=(self.documents_other.data or "").strip(),
        )


for _source, _label in wording.INCOME.items():
    setattr(BudgetForm, f"income_{_source.value}", AmountField(_label, [Optional()]))
for _category, _label in wording.SPENDING.items():
    setattr(BudgetForm, f"spending_{_category.value}", AmountField(_label, [Optional()]))
for _reason, _label in wording.HARDSHIP.items():
    setattr(BudgetForm, f"reason_{_reason.value}", BooleanField(_label))
    setattr(BudgetForm, f"since_{_reason.value}", MonthField(
        _l("“%(reason)s”是从什么时候开始的", reason=_label), [Optional()], render_kw={"autocomplete": "off"}))
    if _reason in AFFECTS_SOMEONE:
        setattr(BudgetForm, f"who_{_reason.value}", SelectField(
            _l("遇到“%(reason)s”的是谁", reason=_label), choices=options(wording.AFFECTED),
            default=Affected.SELF.value,
            description=_l("申请书会写明是谁遇到了这个困难，例如“本人母亲因伤病需要治疗”。")))


def form_data_for(budget: Budget | None) -> dict:
    """Initial form values from the stored budget (amounts as plain yuan, months as typed)."""
    if budget is None:
        return {}
    data: dict = {f"income_{k}": _yuan(v) for k, v in budget.income_fen.items()}
    data |= {f"spending_{k}": _yuan(v) for k, v in budget.spending_fen.items()}
    for hardship in budget.hardships:
        data[f"reason_{hardship.reason.value}"] = True
        data[f"since_{hardship.reason.value}"] = _month_text(hardship.since_on)
        if hardship.reason in AFFECTS_SOMEONE:
            data[f"who_{hardship.reason.value}"] = hardship.affected.value
    return data | {
        "household_size": str(budget.household_size), "dependants": str(budget.dependants),
        "hardship_other": budget.hardship_other, "story": budget.story,
        "documents": list(budget.documents), "documents_other": budget.documents_other,
    }


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def _month_text(since: date | None) -> str:
    """A stored start shown as it was most likely typed: a month for the 1st, else the full date."""
    if since is None:
        return ""
    return f"{since.year}-{since.month:02d}" if since.day == 1 else since.isoformat()
