"""Forms of the desk: the case label, the notes and the cover sheet's code check."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, StringField, TextAreaField

from app.core.bounds import NOTES_CHARS
from app.fields import NOTES_HINT, CaseForm, describe_label, label_field, validate_notes
from app.i18n import BaseForm


class LabelForm(CaseForm):
    label = label_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        describe_label(self.label)


class NotesForm(CaseForm):
    notes = TextAreaField(_l("志愿者备注"), [validate_notes], render_kw={"rows": 8})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.notes.description = str(NOTES_HINT) % {"n": NOTES_CHARS}


class CoverForm(BaseForm):
    include_code = BooleanField(
        _l("在封面页上印出恢复码"),
        description=_l("注意：凭恢复码可以打开这个案件的全部内容（欠款、收入、身份证号码……）。"
                       "只有在纸质档案能锁好保管时才勾选。"))
    code = StringField(_l("这个案件的恢复码"),
                       description=_l("本站不保存恢复码，所以要请您输入一次；核对无误才会印出。"),
                       render_kw={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"})
