"""The quick log (SPEC "When a collector calls"): the moment a call ends, in two taps.

Time and day are prefilled with now; who called is offered from earlier incidents and the user's
banks; large toggles hold the commonest facts (a threat, insults, contact after being asked to stop,
and, as one choice among them, whether and whom else they contacted), and night-time is derived
from the time by the conduct rules. It saves a normal Incident through the same checks and version
check as the full form; "更多情况" opens that full form with everything entered so far.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import SelectField, SelectMultipleField
from wtforms.validators import DataRequired
from wtforms.widgets import CheckboxInput, ListWidget

from app import cases
from app.clock import now_in_china, today_in_china
from app.conduct import wording
from app.conduct.forms import REQUIRED, IncidentForm, TimeField, WhenForm, with_incident
from app.conduct.views import _full, _refuse_more, bp
from app.core.case import Case, Channel, CollectorKind, Incident, Party, new_id
from app.core.conduct.checks import CollectorKey
from app.core.conduct.facts import FACTS, GROUPS, Fact
from app.core.conduct.remembered import remembered_collectors
from app.fields import DateTextField, options

QUICK_CHANNELS = (Channel.CALL_ANSWERED, Channel.CALL_UNANSWERED, Channel.SMS, Channel.APP_MESSAGE)
OTHERS = (Party.RELATIVE, Party.EMPLOYER, Party.COLLEAGUE, Party.CONTACTS)
UNKNOWN = "unknown:"
NOBODY_ELSE = ""
PARTIES = {party.value: wording.PARTIES[party] for party in OTHERS}

# The facts a toggle ticks (their codes are core.conduct.facts'), in the order shown.
TOGGLES = {
    Fact.THREATENED_HARM.value: _l("威胁要伤害我或家人"),
    Fact.INSULTING_WORDS.value: _l("骂我、侮辱我"),
    Fact.CONTACTED_AFTER_ASKED_TO_STOP.value: _l("我说过别再这样联系，又打来了"),
}


def _who_value(key: CollectorKey) -> str:
    return f"{key.kind.value}:{key.name}"


class QuickLogForm(WhenForm):
    on_date = DateTextField(_l("日期"), [DataRequired(message=REQUIRED)])
    at_time = TimeField(_l("时间"), [DataRequired(message=REQUIRED)])
    channel = SelectField(_l("怎样联系的"), default=Channel.CALL_ANSWERED.value, validate_choice=False,
                         choices=options({c.value: wording.CHANNELS[c] for c in QUICK_CHANNELS}))
    who = SelectField(_l("是谁联系的"), default=UNKNOWN, validate_choice=False)
    toggles = SelectMultipleField(_l("发生了什么"), choices=options(TOGGLES), validate_choice=False,
                                  widget=ListWidget(prefix_label=False), option_widget=CheckboxInput())
    # "They contacted someone else" and who, in one control among the toggles: Incident.contacted.
    party = SelectField(_l("联系了我以外的人"), default=NOBODY_ELSE, validate_choice=False,
                        choices=options({NOBODY_ELSE: _l("没有")} | PARTIES))

    def __init__(self, *args, remembered: tuple[CollectorKey, ...] = (), **kwargs):
        super().__init__(*args, **kwargs)
        labels = {_who_value(k): f"{k.name}（{wording.COLLECTOR_KINDS[k.kind]}）" for k in remembered}
        self.who.choices = options(labels | {UNKNOWN: _l("不清楚 / 陌生号码")})

    def validate_with_today(self, today: date) -> bool:
        valid = self.validate_on_submit()
        for f in (self.channel, self.who, self.toggles, self.party):
            allowed = {c.value for c in f.choices}
            chosen = f.data if isinstance(f.data, list) else [f.data]
            if set(chosen) - allowed:
                f.errors.append(_("请从列表中选择。"))
                valid = False
        return self._not_future(today) and valid

    def collector(self) -> tuple[CollectorKind, str]:
        kind, _sep, name = (self.who.data or UNKNOWN).partition(":")
        return CollectorKind(kind), name

    def contacted(self) -> Party:
        known = {p.value for p in OTHERS}
        return Party(self.party.data) if self.party.data in known else Party.DEBTOR

    def facts(self) -> list[str]:
        chosen = set(self.toggles.data or ())
        return [code for code in FACTS if code in chosen]

    def to_incident(self, incident_id: str) -> Incident:
        kind, name = self.collector()
        return Incident(id=incident_id, occurred_at=self.start(), channel=Channel(self.channel.data),
                        collector_kind=kind, collector_name=name, contacted=self.contacted(),
                        facts=tuple(self.facts()))

    def full_form_data(self) -> dict:
        """What the full incident form starts from: everything typed here, valid or not."""
        kind, name = self.collector() if self.who.data in {c.value for c in self.who.choices} else (
            CollectorKind.UNKNOWN, "")
        return {"on_date": self.on_date.data, "at_time": self.at_time.data, "channel": self.channel.data,
                "collector_kind": kind.value, "collector_name": name, "contacted": self.contacted().value,
                "facts": self.facts(), "case_version": self.case_version.data}


def _quick_form(case: Case, version: int) -> QuickLogForm:
    now = now_in_china()
    initial = None if request.method == "POST" else {"on_date": now.date(), "at_time": now.time(),
                                                      "case_version": version}
    return QuickLogForm(data=initial, remembered=remembered_collectors(case))


@bp.route("/quick", methods=["GET", "POST"])
def quick():
    case, version = cases.current()
    if _full(case):
        return _refuse_more()
    form = _quick_form(case, version)
    if request.method == "POST" and request.form.get("then") == "more":
        full = IncidentForm(formdata=None, data=form.full_form_data(), debts=case.debts)
        return render_template("conduct/edit.html", form=full, is_new=True, incident_id=new_id(),
                               conflict=None, groups=GROUPS, wording=wording)
    conflict = None
    if request.method == "POST" and form.validate_with_today(today_in_china()):
        incident = form.to_incident(new_id())
        conflict = cases.save_form(form, replace(case, incidents=with_incident(case.incidents, incident)))
        if conflict is None:
            flash(_("已保存这条记录。"), "success")
            return redirect(url_for("conduct.findings"))
    return render_template("conduct/quick.html", form=form, conflict=conflict), cases.page_status(conflict)
