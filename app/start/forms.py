from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, HiddenField, StringField
from wtforms.validators import DataRequired, InputRequired

from app.fields import describe_label, label_field
from app.i18n import BaseForm


class NewCaseForm(BaseForm):
    """Starting a case is a POST; the volunteer may name it at once. `replace` is the answer
    "close the open case and continue" of the confirmation page."""

    label = label_field()
    replace = HiddenField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        describe_label(self.label)


class ResumeForm(BaseForm):
    code = StringField(_l("恢复码"), [DataRequired(message=_l("请输入恢复码。"))],
                       description=_l("开始案件时显示的码，例如 K7QF-M2XA-9RTD-W4PB-HN3C。大小写、横线和空格都可以。"))
    replace = HiddenField()     # "close the open case and open the other one": set by the confirmation page


class ImportForm(BaseForm):
    file = FileField(_l("案件文件"), [FileRequired(message=_l("请选择之前导出的案件文件（.json）。"))],
                     description=_l("从本站导出的 .json 文件，最大 1 MB。导入会新建一个案件，不会改动当前案件。"))
    replace = HiddenField()     # "close the open case and import": set by the confirmation page


class DeleteForm(BaseForm):
    confirm = BooleanField(_l("我明白：删除后无法恢复"), [InputRequired(message=_l("请勾选确认后再删除。"))])


class CloseForm(BaseForm):
    """Only the CSRF token: closing the case everywhere is a POST."""
