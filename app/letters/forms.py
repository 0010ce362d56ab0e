"""The applicant's details (who signs the letters) and the narrative-paragraph editor."""

from __future__ import annotations

import re
import unicodedata

from flask import current_app
from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from app.core.case import Applicant
from app.documents import Paragraph
from app.fields import CaseForm, DateTextField

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_PHONE_JUNK = re.compile(r"[\s\-()（）]")


def normalize_id(text: str) -> str:
    """Full-width digits and a lower-case x, as phones type them, to the printed form."""
    return unicodedata.normalize("NFKC", text or "").strip().upper().replace(" ", "")


def id_number_problem(text: str) -> str | None:
    """Why an ID number (居民身份证号码, GB 11643) cannot be right, or None when it can.

    18 characters, 17 digits then a digit or X, and the last one the check character of the
    first 17 (ISO 7064 MOD 11-2), which catches most single typing mistakes.
    """
    if len(text) != 18:
        return "length"
    if not (text[:17].isdigit() and text[:17].isascii() and (text[17].isdigit() or text[17] == "X")):
        return "characters"
    total = sum(int(digit) * weight for digit, weight in zip(text[:17], _ID_WEIGHTS, strict=True))
    return None if _ID_CHECK[total % 11] == text[17] else "check"


def normalize_phone(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").strip()


def phone_ok(text: str) -> bool:
    """A mainland mobile (11 digits from 1) or a landline with its area code (from 0), +86 allowed."""
    digits = _PHONE_JUNK.sub("", text).removeprefix("+86")
    if not (digits.isascii() and digits.isdigit()):
        return False
    return (len(digits) == 11 and digits[0] == "1") or (10 <= len(digits) <= 12 and digits[0] == "0")


ID_ERRORS = {
    "length": _l("身份证号码应当是 18 位，请核对。"),
    "characters": _l("身份证号码前 17 位是数字，最后一位是数字或 X。"),
    "check": _l("这个身份证号码的最后一位对不上，可能有一位打错了，请逐位核对。"),
}


class ApplicantForm(CaseForm):
    name = StringField(_l("姓名"), [DataRequired(message=_l("请填写姓名。")), Length(max=40)],
                       description=_l("写在申请书上，和身份证上的姓名一致。"))
    phone = StringField(_l("联系电话"), [DataRequired(message=_l("请填写联系电话。")), Length(max=30)],
                        description=_l("银行会用这个号码联系您、答复申请。"),
                        render_kw={"inputmode": "tel", "autocomplete": "tel"})
    id_number = StringField(
        _l("身份证号码（可以不填）"), [Optional(), Length(max=30)],
        description=_l("银行要凭它找到您的账户，填了可以少一次来回。它只保存在加密的案件里；"
                       "申请书上默认只显示前四位和后四位。"),
        render_kw={"autocomplete": "off", "spellcheck": "false"})
    show_id_in_letter = BooleanField(
        _l("在申请书上印出完整的身份证号码"),
        description=_l("银行要凭身份证号码核对是不是您本人的账户，有的银行只认完整号码。勾选后申请书上印完整号码，"
                       "附件里列上“身份证复印件”；不勾选只印前四位和后四位。"))
    clear_id = BooleanField(_l("删除已保存的身份证号码"))
    address = StringField(_l("通讯地址（可以不填）"), [Optional(), Length(max=120)],
                          description=_l("银行可以把书面答复寄到这里。"))
    signed_on = DateTextField(_l("文书落款日期（申请书和投诉信都用这个日期，可以不填）"), [Optional()],
                              description=_l("准备哪天签字寄出就填哪天；不填就用打印当天的日期。"
                                             "银行答复期限按这个日期算。"))

    def validate_phone(self, field):
        if field.data and not phone_ok(normalize_phone(field.data)):
            raise ValidationError(str(_l("请填写手机号（11 位）或带区号的固定电话，例如 010-12345678。")))

    def validate_id_number(self, field):
        problem = id_number_problem(normalize_id(field.data)) if field.data else None
        if problem:
            raise ValidationError(str(ID_ERRORS[problem]))

    def to_applicant(self, saved: Applicant) -> Applicant:
        """The new details; an empty ID field keeps the saved number unless asked to delete it."""
        typed_id = normalize_id(self.id_number.data)
        id_number = "" if self.clear_id.data else (typed_id or saved.id_number)
        return Applicant(
            name=self.name.data.strip(), phone=normalize_phone(self.phone.data), id_number=id_number,
            show_id_in_letter=bool(self.show_id_in_letter.data and id_number),
            address=(self.address.data or "").strip(), signed_on=self.signed_on.date,
        )


def applicant_data(applicant: Applicant) -> dict:
    """Initial form values: everything but the ID number, which is never sent back to the browser."""
    return {"name": applicant.name, "phone": applicant.phone, "show_id_in_letter": applicant.show_id_in_letter,
            "address": applicant.address, "signed_on": applicant.signed_on}


class ActionForm(CaseForm):
    """A one-button action on the documents page (定稿, new version, keep or replace an edit)."""


def narrative_form(paragraphs: tuple[Paragraph, ...], texts: dict[str, str], **kwargs) -> CaseForm:
    """A form with one text area per paragraph (fields p0, p1, ...), prefilled with `texts` on GET.

    The length limit is MAX_TEXT_CHARS, or our own draft's length when that is longer (a long
    story in the budget makes a long draft, and saving it unchanged must not fail).
    """
    limit = current_app.config["MAX_TEXT_CHARS"]

    class NarrativeForm(CaseForm):
        pass

    for index, paragraph in enumerate(paragraphs):
        maximum = max(limit, len(paragraph.default))
        setattr(NarrativeForm, f"p{index}", TextAreaField(
            paragraph.label,
            [DataRequired(message=_l("这一段不能为空。想用我们的草稿，请点“恢复我们的草稿”。")),
             Length(max=maximum, message=_l("这一段最多 %(max)d 个字。", max=maximum))],
            default=texts.get(paragraph.key, paragraph.default), render_kw={"rows": 14}))
    return NarrativeForm(**kwargs)
