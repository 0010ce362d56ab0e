"""app.fields.field_input writes a field's <input> as WTForms does, byte for byte, for every field
of every form of the app (the field macro uses it instead of calling the field): same attributes in
the same order, the same escaping of what the user typed, the same kept values, checked boxes,
required flags and CSRF token."""

from __future__ import annotations

import wtforms
from markupsafe import Markup
from werkzeug.datastructures import MultiDict
from wtforms.widgets import CheckboxInput, Input, RadioInput

from app.court.forms import PaperForm
from app.fields import field_input

TYPED = 'a"b<c>&d\'e {x} %s'          # every character an attribute value must escape, and format codes
CALLS = [
    {},
    {"aria_describedby": "offer-hint offer-error", "aria_invalid": "true", "inputmode": "decimal",
     "autocomplete": "off"},
    {"aria_describedby": False, "aria_invalid": False},
    {"class_": TYPED, "data_some_thing": Markup('<b class="x">'), "required": True, "disabled": False,
     "placeholder": None, "maxlength": 5, "value": TYPED, "type": "search", "id": "other"},
]


def app_forms() -> list[type]:
    """Every form class the app defines (create_app has imported every blueprint)."""
    found, todo = [], [wtforms.form.BaseForm]
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        if cls.__module__.startswith("app.") and not cls.__name__.startswith("_"):
            found.append(cls)
    return found


def make(cls, formdata):
    if cls is PaperForm:
        return cls((), {}, formdata=formdata)
    return cls(formdata=formdata)


def every_field(form):
    for field in form:
        if isinstance(field, wtforms.FormField):
            yield from every_field(field.form)
        elif isinstance(field, wtforms.FieldList):
            for entry in field.entries:
                yield from every_field(entry.form) if isinstance(entry, wtforms.FormField) else [entry]
        elif isinstance(field, wtforms.RadioField):
            yield field
            yield from field                    # each radio button, as the choice macro writes it
        else:
            yield field


def test_every_field_of_every_form_renders_exactly_as_wtforms_renders_it(app):
    forms, inputs = app_forms(), set()
    assert len(forms) > 25
    with app.test_request_context("/", method="POST"):
        for cls in forms:
            blank = make(cls, None)
            names = [f.name for f in every_field(blank)]
            for formdata in (None, MultiDict({n: TYPED for n in names}), MultiDict({n: "y" for n in names})):
                form = make(cls, formdata)
                if formdata is not None:
                    form.validate()
                for field in every_field(form):
                    for kwargs in CALLS:
                        assert field_input(field, **kwargs) == field(**kwargs), (cls.__name__, field.name, kwargs)
                    if type(field.widget).__call__ in (Input.__call__, CheckboxInput.__call__, RadioInput.__call__):
                        inputs.add(type(field).__name__)
    # the plain inputs go the fast way: text, amounts, dates, times, checkboxes, radio buttons, hidden, CSRF
    assert {"StringField", "AmountField", "DateTextField", "BooleanField", "HiddenField", "_Option"} <= inputs


def test_the_csrf_token_and_kept_values_are_written_escaped(app):
    app.config["WTF_CSRF_ENABLED"] = True
    with app.test_request_context("/plan/", method="POST", data={"offer": '1"><script>', "waive": "y"}):
        from app.plan.forms import PlanForm
        form = PlanForm()
        token = str(field_input(form.csrf_token))
        assert token.startswith('<input id="csrf_token" name="csrf_token" type="hidden" value="')
        assert len(token) > 80 and token == str(form.csrf_token())
        assert str(field_input(form.offer)) == '<input id="offer" name="offer" type="text" value="1&#34;&gt;&lt;script&gt;">'
        assert str(field_input(form.waive)) == '<input checked id="waive" name="waive" type="checkbox" value="y">'


def test_an_undefined_field_prints_nothing_as_before(app):
    with app.test_request_context("/"):
        page = app.jinja_env.from_string("[{{ field_input(form.csrf_token) }}]")
        assert page.render(form=object()) == "[]"


def test_a_chosen_radio_button_is_written_checked_as_wtforms_writes_it(app):
    from app.conduct.forms import SentForm
    with app.test_request_context("/", method="POST"):
        first = SentForm(formdata=None).channel.choices[0].value
        form = SentForm(formdata=MultiDict({"channel": first}))
        buttons = list(form.channel)
        assert [str(field_input(b)) for b in buttons] == [str(b()) for b in buttons]
        assert " checked " in str(field_input(buttons[0])) and "checked" not in str(field_input(buttons[1]))
