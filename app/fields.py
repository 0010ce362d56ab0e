"""Form fields shared by every step: money and dates that keep exactly what was typed."""

from __future__ import annotations

import functools

from flask import Flask
from flask_babel import lazy_gettext as _l
from markupsafe import Markup, escape
from wtforms import HiddenField, SelectChoice, StringField
from wtforms.fields.core import Field, Flags
from wtforms.meta import DefaultMeta
from wtforms.validators import ValidationError
from wtforms.widgets import CheckboxInput, Input, RadioInput
from wtforms.widgets.core import clean_key

from app import cases
from app.core import date_input, money, validation
from app.core.bounds import LABEL_CHARS
from app.i18n import BaseForm

AMOUNT_ERRORS = {
    "empty": _l("请填写%(field)s。"),
    "not_a_number": _l("%(field)s要填数字，例如 12345、12,345.60 或 1.2万。"),
    "negative": _l("%(field)s不能是负数。"),
    "too_many_decimals": _l("%(field)s最多保留两位小数（到分）。"),
    "mixed_units": _l("%(field)s请只用一种写法：写“3.5万”或“35000”，不要写“3万5”。"),
    "too_large": _l("%(field)s超过一亿元，请检查是否多打了零。"),
    "bad_grouping": _l("%(field)s的千分位逗号位置不对，例如应写 12,345。"),
}

DATE_ERRORS = {
    "not_a_date": _l("%(field)s请按“2026-11-29”的格式填写一个真实的日期。"),
    "out_of_range": _l("%(field)s的年份不对，请检查。"),
    "future": _l("%(field)s不能晚于今天。"),
}


class AmountField(StringField):
    """Keeps the typed text in .data; the parsed amount in integer fen is .fen."""

    fen: int | None = None

    def post_validate(self, form, validation_stopped):
        self.fen = None
        if validation_stopped or not (self.data or "").strip():
            return
        try:
            self.fen = money.parse_amount(self.data)
        except money.AmountError as exc:
            raise ValidationError(AMOUNT_ERRORS[exc.code] % {"field": self.label.text}) from exc


class DateTextField(StringField):
    """A date typed or picked; .date holds the parsed value. Browsers show a date picker."""

    date = None

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("render_kw", {}).setdefault("type", "date")
        super().__init__(*args, **kwargs)

    def process_data(self, value):
        self.data = value.isoformat() if hasattr(value, "isoformat") else value

    def post_validate(self, form, validation_stopped):
        self.date = None
        if validation_stopped or not (self.data or "").strip():
            return
        try:
            self.date = date_input.parse_date(self.data)
        except date_input.DateInputError as exc:
            raise ValidationError(DATE_ERRORS[exc.code] % {"field": self.label.text}) from exc


class CaseForm(BaseForm):
    """A form that changes the case: it carries the case version it was shown with."""

    case_version = HiddenField()

    def based_on(self) -> int | None:
        try:
            return int(self.case_version.data)
        except (TypeError, ValueError):
            return None


def options(labels: dict, optgroup: str | None = None) -> list[SelectChoice]:
    """Select/radio choices from {value: label} (WTForms 3.3 wants SelectChoice objects)."""
    return [SelectChoice(str(value), label, optgroup=optgroup) for value, label in labels.items()]


# Problems of the case label and the notes (the desk), keyed by app.core.validation's codes.
TEXT_ERRORS = {
    "text_too_long": _l("%(field)s最多 %(max)s 个字。"),
    "bad_text": _l("%(field)s里有换行或控制字符，请只写一行普通文字。"),   # BaseForm drops them first
}

LABEL_HINT = _l("一个您认得出的名字：姓名、姓名缩写或编号都可以，最多 %(n)s 个字。"
                "只在本站页面和封面页上显示，不会写进给银行的文书；打开“隐蔽模式”后页面上不显示。")
NOTES_HINT = _l("只给志愿者自己看的备注，和案件一起加密保存，最多 %(n)s 个字。"
                "不会写进给银行的文书；会印在封面页上（太长时只印开头）。")


def label_text(data: str | None) -> str:
    """What a label field holds, as stored: surrounding spaces dropped."""
    return (data or "").strip()


def notes_text(data: str | None) -> str:
    """What the notes field holds, as stored: browsers' CR LF as LF, surrounding blank space dropped."""
    return (data or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def _check(rule_name: str, value: str, field) -> None:
    """Refuse exactly what an import would refuse (the rule of app.core.validation), at the field."""
    for problem in validation.RULES[rule_name](value, rule_name, cases.limits()):
        message = TEXT_ERRORS.get(problem.code, TEXT_ERRORS["bad_text"])
        values = {"field": field.label.text, "max": problem.params.get("max", "")}
        raise ValidationError(str(message) % values)


def validate_label(form, field) -> None:
    _check("Case.label", label_text(field.data), field)


def validate_notes(form, field) -> None:
    _check("Case.notes", notes_text(field.data), field)


def label_field() -> StringField:
    """The label field, shared by the label page and the new-case form."""
    return StringField(_l("案件标签（可以不填）"), [validate_label],
                       render_kw={"autocomplete": "off", "maxlength": LABEL_CHARS})


def describe_label(field) -> None:
    """The hint names the limit; set per request, since lazy strings cannot be formatted at import."""
    field.description = str(LABEL_HINT) % {"n": LABEL_CHARS}


def date_error(code: str, field) -> str:
    return str(DATE_ERRORS[code] % {"field": field.label.text})


# --- rendering an <input> without WTForms' attribute formatting --------------------------------
# A page of fields spends most of its form time in WTForms' html_params (a str.format per
# attribute, through Markup). field_input() writes the same bytes for the widgets whose rendering
# it knows, reading the same data (the field's _value(), flags and render_kw) and escaping with the
# same markupsafe.escape; any other field is rendered by WTForms itself.
# tests/web/test_field_input.py compares the two for every field of every form of the app.

_KNOWN_INPUTS = (Input.__call__, CheckboxInput.__call__, RadioInput.__call__)


def field_input(field, **kwargs) -> Markup:
    """`field(**kwargs)`, as WTForms renders it, for a plain <input> widget (text, date, hidden,
    checkbox, one radio button ...); anything else (select, textarea, a custom widget, meta or field
    class) goes to WTForms. Not a field (form.csrf_token with CSRF off is undefined) prints as
    Jinja would print it."""
    if not isinstance(field, Field):
        return escape(field)
    widget = field.widget
    flags = field.flags
    if (type(field).__call__ is not Field.__call__ or type(widget).__call__ not in _KNOWN_INPUTS
            or type(field.meta).render_field is not DefaultMeta.render_field or type(flags) is not Flags
            or getattr(field, "_datalist", None) is not None or "name" in kwargs):
        return field(**kwargs)
    # DefaultMeta.render_field: the field's render_kw, then the caller's, keys cleaned
    attrs = {_clean(k): v for k, v in field.render_kw.items()} if field.render_kw is not None else {}
    for k, v in kwargs.items():
        attrs[_clean(k)] = v
    # CheckboxInput or RadioInput, then Input (Flags holds no attribute but the flags: dir() would
    # add dunders only)
    if isinstance(widget, CheckboxInput) and getattr(field, "checked", field.data):
        attrs.setdefault("checked", True)
    elif isinstance(widget, RadioInput) and field.checked:
        attrs.setdefault("checked", True)
    attrs.setdefault("id", field.id)
    attrs.setdefault("type", widget.input_type)
    if "value" not in attrs:
        attrs["value"] = field._value()
    for k, value in vars(flags).items():
        if k in widget.validation_attrs and k not in attrs:
            attrs[k] = value() if callable(value) else value
    if "name" in attrs:
        return field(**kwargs)                     # WTForms itself refuses it (name given twice)
    attrs["name"] = field.name
    # wtforms.widgets.html_params: sorted by key; True is the bare name, False is left out, any
    # other value (None too, as "None") escaped, its double quotes as &quot;.
    params = []
    for k, v in sorted(attrs.items()):
        if v is True:
            params.append(_name(k))
        elif v is not False:
            params.append(f'{_name(k)}="{str(escape(v)).replace(chr(34), "&quot;")}"')
    return Markup(f"<input {' '.join(params)}>")  # nosec B704: every name and value above is escaped


@functools.lru_cache(maxsize=512)
def _clean(key: str) -> str:
    """WTForms' clean_key (class_ -> class, aria_x_y -> aria-x-y), for the few names templates pass."""
    return clean_key(key)


@functools.lru_cache(maxsize=512)
def _name(key: str) -> str:
    """An attribute's name as html_params writes it: cleaned again (which changes nothing), escaped."""
    return str(escape(clean_key(key)))


def init_app(app: Flask) -> None:
    app.jinja_env.globals["field_input"] = field_input
