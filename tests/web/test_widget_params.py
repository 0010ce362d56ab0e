"""app.widget_params: WTForms' attributes, faster, with the very same output."""

from markupsafe import Markup
from wtforms import Form, RadioField, SelectChoice, StringField, TextAreaField
from wtforms.widgets import core as widgets_core

from app import widget_params

CASES = [
    {},
    {"name": "on", "id": "k-sent-on", "value": "2026-12-03", "type": "text"},
    {"checked": True, "readonly": False, "name": "channel", "value": "ems"},
    {"class_": "field__label", "for_": "owed"},
    {"aria_describedby": "owed-hint owed-error", "aria_invalid": "true", "data_case_version": 7},
    {"value": 'He said "5" & <b>left</b>', "title": "'quoted'"},
    {"value": Markup('<i>kept</i> "as markup"'), "placeholder": "例如 12,345.60"},
    {"maxlength": 100, "rows": 3, "required": True, "disabled": False, "value": None},
]


def test_same_output_as_wtforms_for_every_kind_of_attribute():
    for attributes in CASES:
        fast = widget_params.html_params(**attributes)
        assert fast == widget_params.ORIGINAL(**attributes)
        assert isinstance(fast, Markup)


def test_exact_output():
    assert widget_params.html_params(checked=True, readonly=False, name="a&b", value='x"y') == \
        'checked name="a&amp;b" value="x&#34;y"'
    assert widget_params.html_params(value=Markup('say "hi"')) == 'value="say &quot;hi&quot;"'


class _Form(Form):
    owed = StringField("欠款", description="提示")
    channel = RadioField("方式", choices=[SelectChoice("ems", "EMS"), SelectChoice("post", '挂号信 "平邮"')])
    note = TextAreaField("备注")


def _rendered() -> str:
    form = _Form(data={"owed": '1 < 2 & "3"', "channel": "ems", "note": "<script>"})
    return "".join(str(f(aria_describedby="x-hint")) + str(f.label(class_="l")) for f in form)


def test_installed_widgets_render_what_wtforms_renders(app):
    installed = _rendered()
    assert widgets_core.Input.html_params is widget_params.html_params
    try:
        widgets_core.html_params = widget_params.ORIGINAL
        widgets_core.Input.html_params = staticmethod(widget_params.ORIGINAL)
        import wtforms.widgets as package
        package.html_params = widget_params.ORIGINAL
        original = _rendered()
    finally:
        widget_params.install()
    assert installed == original
    assert 'value="1 &lt; 2 &amp; &#34;3&#34;"' in installed and "checked" in installed
