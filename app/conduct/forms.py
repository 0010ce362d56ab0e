"""The incident forms (SPEC step 4): one incident with every field, and a quick batch of calls.

Facts, not conclusions: the checklist asks what happened, never whether it was harassment.
Every bad input is answered at its field; the typed text stays in the form.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import (
    FieldList,
    Form,
    FormField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, Optional, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from app.conduct import wording
from app.core.bounds import MAX_ANSWER_SUMMARY_CHARS as MAX_SUMMARY_CHARS
from app.core.bounds import MAX_TRACKING_CHARS
from app.core.case import Applicant, Channel, CollectorKind, Evidence, EvidenceKind, Incident, Party
from app.core.complaints import CHOSEN_CHANNELS, ComplaintEntry, SendChannel, Step
from app.core.conduct.facts import FACTS
from app.debts.views import issuer_display
from app.fields import CaseForm, DateTextField, date_error, options
from app.i18n import per_locale
from app.letters.forms import normalize_phone, phone_ok

CHINA = ZoneInfo("Asia/Shanghai")
MAX_COUNT = 200
# An end earlier than the start is read as past midnight only for a plausible night (23:30 to
# 00:40); 21:30 to 21:10 is far more likely a typo than a 24-hour siege, so it is questioned.
MAX_OVERNIGHT = timedelta(hours=12)
EVIDENCE_SLOTS = 3
MAX_EVIDENCE = 10
_TIME = re.compile(r"^([0-9]{1,2})[:.点]([0-9]{2})(?::([0-9]{2}))?分?$")
_PHONE = re.compile(r"^[0-9+\-() ]*$")
BATCH_CHANNELS = (Channel.CALL_UNANSWERED, Channel.CALL_ANSWERED, Channel.ROBOT_CALL, Channel.SMS,
                  Channel.APP_MESSAGE)

REQUIRED = _l("请填写这一项。")
TOO_LONG = _l("最多 %(max)d 个字，请缩短。")
TIME_ERROR = _l("请按“21:30”的格式填写时间（24 小时制）。")
FUTURE_TIME = _l("这个时间还没有到，请检查日期和时间。")
UNTIL_BEFORE_START = _l("最后一次的时间早于第一次的时间，请检查。跨过午夜的可以照实填写（例如 23:30 到次日 00:40），但最长算 12 个小时。")
COUNT_ERROR = _l("次数请填 1 到 200 之间的整数。")
PHONE_ERROR = _l("号码只能包含数字、空格和 + - ( )。")


def fold(text: str | None) -> str:
    """Full-width digits and punctuation to ASCII, surrounding spaces dropped."""
    return unicodedata.normalize("NFKC", text or "").strip()


def parse_time(text: str) -> time | None:
    """'21:30', '21：30', '９:05', '21:30:00' -> time; None for anything else."""
    match = _TIME.match(fold(text))
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2])
    return time(hour, minute) if hour < 24 and minute < 60 else None


def latest_allowed(today: date) -> datetime:
    """The latest moment an incident may have happened: now in China.

    When the day is pinned (FIXED_TODAY in tests and demos) the real clock says nothing about
    that day, so any time on it counts as past.
    """
    now = datetime.now(CHINA).replace(tzinfo=None, second=0, microsecond=0)
    return now if now.date() == today else datetime.combine(today, time(23, 59))


class TimeField(StringField):
    """A time of day typed or picked; .time holds the parsed value."""

    time = None

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("render_kw", {}).setdefault("type", "time")
        super().__init__(*args, **kwargs)

    def process_data(self, value):
        self.data = value.strftime("%H:%M") if hasattr(value, "strftime") else value

    def post_validate(self, form, validation_stopped):
        self.time = None
        if validation_stopped or not fold(self.data):
            return
        self.time = parse_time(self.data)
        if self.time is None:
            self.errors.append(str(TIME_ERROR))


class EvidenceForm(Form):
    """One row of evidence held; a row left empty is ignored."""

    kind = SelectField(_l("证据类型"), validate_choice=False)
    dated_on = DateTextField(_l("证据日期"))
    note = StringField(_l("说明（可不填）"), [Length(max=200, message=TOO_LONG)])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind.choices = options({"": _l("没有（不填）")} | wording.EVIDENCE_KINDS)

    def blank(self) -> bool:
        return not (fold(self.kind.data) or fold(self.dated_on.data) or fold(self.note.data))


def _choices(labels: dict) -> list:
    return options({k.value: v for k, v in labels.items()})


class WhenForm(CaseForm):
    """A form with a day (`on_date`) and a time (`at_time`) that may not lie in the future."""

    def _not_future(self, today: date) -> bool:
        start = self.start()
        if self.on_date.date and self.on_date.date > today:
            self.on_date.errors.append(date_error("future", self.on_date))
            return False
        if start and start > latest_allowed(today):
            self.at_time.errors.append(str(FUTURE_TIME))
            return False
        return True

    def start(self) -> datetime | None:
        if self.on_date.date is None or self.at_time.time is None:
            return None
        return datetime.combine(self.on_date.date, self.at_time.time)


class _IncidentFields(WhenForm):
    """What the single and the batch form share: when, who, how, which account and number."""

    on_date = DateTextField(_l("日期"), [DataRequired(message=REQUIRED)])
    at_time = TimeField(_l("时间"), [DataRequired(message=REQUIRED)],
                        description=_l("24 小时制，例如 21:30。记不清就写大概的时间。"))
    collector_kind = SelectField(_l("是谁在催收"), choices=_choices(wording.COLLECTOR_KINDS),
                                 default=CollectorKind.UNKNOWN.value)
    collector_name = StringField(_l("银行或催收公司的名称"), [Length(max=100, message=TOO_LONG)],
                                 description=_l("按对方说的或短信里写的填。不知道可以空着。"))
    caller_number = StringField(_l("对方的号码"), [Length(max=40, message=TOO_LONG)],
                                render_kw={"inputmode": "tel"})
    number_dialled = StringField(_l("打的是我的哪个号码"), [Length(max=40, message=TOO_LONG)],
                                 description=_l("有几个号码时填写：没接通的次数按同一号码计算。"),
                                 render_kw={"inputmode": "tel"})
    debt_id = SelectField(_l("是哪一笔欠款"), validate_choice=False)

    def __init__(self, *args, debts=(), **kwargs):
        super().__init__(*args, **kwargs)
        labelled = {d.id: issuer_display(d) + (f" · {_('尾号%(tail)s', tail=d.tail)}" if d.tail else "")
                    for d in debts}
        self.debt_id.choices = options({"": _l("不清楚或不止一笔")} | labelled)

    def check_common(self, today: date) -> bool:
        """Checks WTForms cannot do alone: known choices, phone characters, not in the future."""
        ok = self._known(self.collector_kind, CollectorKind) & self._known_debt()
        for f in (self.caller_number, self.number_dialled):
            if not f.errors and not _PHONE.match(fold(f.data)):
                f.errors.append(str(PHONE_ERROR))
                ok = False
        return self._not_future(today) and ok

    def _known(self, f, enum) -> bool:
        if f.data not in {e.value for e in enum}:
            f.errors.append(_("请从列表中选择。"))
            return False
        return True

    def _known_debt(self) -> bool:
        if self.debt_id.data not in {c.value for c in self.debt_id.choices}:
            self.debt_id.errors.append(_("请从列表中选择。"))
            return False
        return True

    def common(self) -> dict:
        return {
            "occurred_at": self.start(), "collector_kind": CollectorKind(self.collector_kind.data),
            "collector_name": fold(self.collector_name.data), "caller_number": fold(self.caller_number.data),
            "number_dialled": fold(self.number_dialled.data), "debt_id": self.debt_id.data or "",
        }


class _WindowFields(_IncidentFields):
    """How many times, until when: a window past midnight ends the next morning."""

    at_time = TimeField(_l("时间（多次联系时填第一次的时间）"), [DataRequired(message=REQUIRED)],
                        description=_l("24 小时制，例如 21:30。记不清就写大概的时间。"))
    count = StringField(_l("次数"), [DataRequired(message=REQUIRED)], default="1",
                        render_kw={"inputmode": "numeric"})
    until = TimeField(_l("最后一次的时间"),
                      description=_l("多次联系时填最后一次的时间。跨过午夜的（例如 23:30 到 00:40）照实填写即可。"))

    def number(self) -> int | None:
        text = fold(self.count.data)
        if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_COUNT:
            return None
        return int(text)

    def check_window(self, today: date) -> bool:
        ok = True
        if not self.count.errors and self.number() is None:
            self.count.errors.append(str(COUNT_ERROR))
            ok = False
        end, start = self.end(), self.start()
        if end is None or self.at_time.errors or self.on_date.errors:
            return ok
        if end.date() > start.date() and end - start > MAX_OVERNIGHT:
            self.until.errors.append(str(UNTIL_BEFORE_START))
            return False
        if end > latest_allowed(today):
            self.until.errors.append(str(FUTURE_TIME))
            return False
        return ok

    def end(self) -> datetime | None:
        start = self.start()
        if start is None or self.until.time is None:
            return None
        end = datetime.combine(start.date(), self.until.time)
        return end if end >= start else end + timedelta(days=1)

    def window(self) -> dict:
        return {"count": self.number(), "until": self.until.time}


class IncidentForm(_WindowFields):
    channel = SelectField(_l("对方怎样联系的"), choices=_choices(wording.CHANNELS),
                          default=Channel.CALL_ANSWERED.value)
    caller_name = StringField(_l("对方自称的姓名"), [Length(max=60, message=TOO_LONG)])
    contacted = SelectField(_l("联系的是谁"), choices=_choices(wording.PARTIES), default=Party.DEBTOR.value,
                            description=_l("催收方找的是您本人，还是您身边的人。"))
    facts = SelectMultipleField(_l("发生了什么（勾选符合的，可以多选）"), choices=options(wording.FACTS),
                                widget=ListWidget(prefix_label=False), option_widget=CheckboxInput(),
                                validate_choice=False)
    details = TextAreaField(_l("用自己的话补充经过（可不填）"),
                            description=_l("写下对方的原话、时间和号码等，越具体越好。这段话会原样写进投诉信。"))
    evidence = FieldList(FormField(EvidenceForm), label=_l("我保存的证据"), min_entries=EVIDENCE_SLOTS,
                         max_entries=MAX_EVIDENCE)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit = current_app.config["MAX_TEXT_CHARS"]
        self.details.validators = [Length(max=limit, message=TOO_LONG)]

    def validate_with_today(self, today: date) -> bool:
        valid = self.validate_on_submit()
        checks = (lambda: self.check_common(today), lambda: self.check_window(today), self._check_choices,
                  self._check_contacted, lambda: self._check_evidence(today))
        for check in checks:
            valid = check() and valid
        return valid

    def _check_choices(self) -> bool:
        ok = self._known(self.channel, Channel) & self._known(self.contacted, Party)
        if set(self.facts.data or ()) - set(FACTS):
            self.facts.errors.append(_("请从列表中选择。"))
            ok = False
        return ok

    def _check_contacted(self) -> bool:
        if self.channel.data == Channel.THIRD_PARTY.value and self.contacted.data == Party.DEBTOR.value:
            self.contacted.errors.append(_("选了“联系了我以外的人”，请在这里选是谁被联系了。"))
            return False
        return True

    def _check_evidence(self, today: date) -> bool:
        ok = True
        for row in self.evidence:
            form = row.form
            if form.blank():
                continue
            if form.kind.data not in {k.value for k in EvidenceKind}:
                form.kind.errors.append(_("请选择证据类型。"))
                ok = False
            if not fold(form.dated_on.data):
                form.dated_on.errors.append(_("请填写证据的日期（例如录音或截图的日期）。"))
                ok = False
            elif form.dated_on.date and form.dated_on.date > today:
                form.dated_on.errors.append(date_error("future", form.dated_on))
                ok = False
        return ok

    def evidence_entered(self) -> bool:
        """Whether an evidence row holds input or an error (the form shows the rows folded)."""
        return any(row.errors or not row.form.blank() for row in self.evidence)

    def to_incident(self, incident_id: str) -> Incident:
        evidence = tuple(
            Evidence(kind=EvidenceKind(row.form.kind.data), dated_on=row.form.dated_on.date,
                     note=fold(row.form.note.data))
            for row in self.evidence if not row.form.blank()
        )
        chosen = set(self.facts.data or ())
        return Incident(
            id=incident_id, channel=Channel(self.channel.data), caller_name=fold(self.caller_name.data),
            contacted=Party(self.contacted.data), facts=tuple(code for code in FACTS if code in chosen),
            details=(self.details.data or "").strip(), evidence=evidence, **self.common(), **self.window(),
        )

    def leaf_errors(self) -> list[tuple[str, str, str]]:
        """(field id, label, first message) for every field with an error, evidence rows included."""
        found = []
        for f in self:
            if f is self.evidence:
                for number, row in enumerate(f, start=1):
                    found += [(sub.id, _("证据 %(n)s：%(label)s", n=number, label=sub.label.text), sub.errors[0])
                              for sub in row.form if sub.errors]
            elif f.errors:
                found.append((f.id, f.label.text, f.errors[0]))
        return found


class BatchForm(_WindowFields):
    """Many contacts of one kind in one sitting: '7 unanswered calls between 21:30 and 23:10'."""

    channel = SelectField(_l("联系方式"), choices=_choices({c: wording.CHANNELS[c] for c in BATCH_CHANNELS}),
                          default=Channel.CALL_UNANSWERED.value)
    at_time = TimeField(_l("第一次的时间"), [DataRequired(message=REQUIRED)],
                        description=_l("24 小时制，例如 21:30。"))
    until = TimeField(_l("最后一次的时间"), [DataRequired(message=REQUIRED)],
                      description=_l("跨过午夜的（例如 23:30 到 00:40）照实填写即可。"))

    def validate_with_today(self, today: date) -> bool:
        valid = self.validate_on_submit()
        valid = self.check_common(today) and valid
        valid = self.check_window(today) and valid
        if self.channel.data not in {c.value for c in BATCH_CHANNELS}:
            self.channel.errors.append(_("请从列表中选择。"))
            valid = False
        return valid

    def evidence_entered(self) -> bool:
        """Whether an evidence row holds input or an error (the form shows the rows folded)."""
        return any(row.errors or not row.form.blank() for row in self.evidence)

    def to_incident(self, incident_id: str) -> Incident:
        return Incident(id=incident_id, channel=Channel(self.channel.data), **self.common(), **self.window())

    def leaf_errors(self) -> list[tuple[str, str, str]]:
        return [(f.id, f.label.text, f.errors[0]) for f in self if f.errors]


@per_locale
def _send_channels_text() -> tuple:
    return tuple(options({c.value: str(wording.SEND_CHANNELS[c]) for c in CHOSEN_CHANNELS}))


def _send_channels() -> list:
    """The send channels as text in the active locale, looked up once per locale: as lazy strings,
    each radio's label was translated twice on every view of the findings page (WTForms asks its
    length, then the page shows it)."""
    return list(_send_channels_text())


class StepForm(CaseForm):
    """One step of a complaint's history (app.core.complaints): a date, and the step's own details.
    `entry()` builds the core's entry; the core then accepts it or refuses with a code that the view
    puts at the field it concerns (`error_field`)."""

    step: Step
    on = DateTextField(_l("日期"), [DataRequired(message=REQUIRED)])

    def validate_with_today(self, today: date) -> bool:
        valid = self.validate_on_submit()
        if self.on.date and self.on.date > today:
            self.on.errors.append(date_error("future", self.on))
            valid = False
        return valid

    def entry(self) -> ComplaintEntry:
        return ComplaintEntry(self.step, self.on.date)

    def error_field(self, code: str):
        return self.on


class SentForm(StepForm):
    """'I sent this complaint on <date>, by <channel>', with the tracking number if there is one."""

    step = Step.SENT
    on = DateTextField(_l("寄出或提交投诉的日期"), [DataRequired(message=REQUIRED)])
    channel = RadioField(_l("怎么寄出或提交的"), [DataRequired(message=_l("请选择寄出或提交的方式。"))],
                         choices=options({c.value: wording.SEND_CHANNELS[c] for c in CHOSEN_CHANNELS}))
    tracking = StringField(_l("邮件单号（有就填）"), [Optional(), Length(max=MAX_TRACKING_CHARS, message=TOO_LONG)],
                           description=_l("挂号信、EMS 的单号可以用来查对方签收的日期。"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.channel.choices = _send_channels()

    def entry(self) -> ComplaintEntry:
        return ComplaintEntry(Step.SENT, self.on.date, channel=SendChannel(self.channel.data),
                              tracking=fold(self.tracking.data))


class ReceivedForm(StepForm):
    step = Step.RECEIVED
    on = DateTextField(
        _l("对方收到投诉的日期"), [DataRequired(message=REQUIRED)],
        description=_l("答复期限从对方收到投诉之日算起。挂号信、快递可以查签收日期；当面提交的，就是提交那天。"))


class AnswerForm(StepForm):
    step = Step.ANSWERED
    on = DateTextField(_l("收到答复的日期"), [DataRequired(message=REQUIRED)])
    summary = TextAreaField(_l("答复说了什么（简单写几句）"),
                            [Optional(), Length(max=MAX_SUMMARY_CHARS, message=TOO_LONG)])
    satisfied = RadioField(_l("您对答复满意吗"), [DataRequired(message=_l("请选择满意或不满意。"))],
                           choices=options({"yes": _l("满意，问题解决了"), "no": _l("不满意，或没有解决问题")}))

    def entry(self) -> ComplaintEntry:
        return ComplaintEntry(Step.ANSWERED, self.on.date, summary=(self.summary.data or "").strip(),
                              satisfied=self.satisfied.data == "yes")


class EscalatedForm(StepForm):
    step = Step.ESCALATED
    on = DateTextField(_l("反映的日期"), [DataRequired(message=REQUIRED)])


class ClosedForm(StepForm):
    step = Step.CLOSED
    on = DateTextField(_l("结束的日期"), [DataRequired(message=REQUIRED)])


STEP_FORMS: dict[Step, type[StepForm]] = {
    Step.SENT: SentForm, Step.RECEIVED: ReceivedForm, Step.ANSWERED: AnswerForm,
    Step.ESCALATED: EscalatedForm, Step.CLOSED: ClosedForm,
}


def form_data_for(incident: Incident) -> dict:
    """Initial form values from a stored incident."""
    # FormField reads attributes, not keys: rows are namespaces.
    rows = [SimpleNamespace(kind=e.kind.value, dated_on=e.dated_on.isoformat(), note=e.note)
            for e in incident.evidence]
    blank = SimpleNamespace(kind="", dated_on="", note="")
    slots = min(MAX_EVIDENCE, max(EVIDENCE_SLOTS, len(rows) + 1))
    return {
        "on_date": incident.occurred_at.date().isoformat(), "at_time": incident.occurred_at.strftime("%H:%M"),
        "channel": incident.channel.value, "collector_kind": incident.collector_kind.value,
        "collector_name": incident.collector_name, "caller_name": incident.caller_name,
        "caller_number": incident.caller_number, "debt_id": incident.debt_id,
        "contacted": incident.contacted.value, "number_dialled": incident.number_dialled,
        "count": str(incident.count), "until": incident.until.strftime("%H:%M") if incident.until else "",
        "facts": list(incident.facts), "details": incident.details,
        "evidence": (rows + [blank] * slots)[:slots],
    }


def with_incident(incidents: tuple[Incident, ...], incident: Incident) -> tuple[Incident, ...]:
    """The list with `incident` replacing the one of the same id, or appended."""
    if any(i.id == incident.id for i in incidents):
        return tuple(incident if i.id == incident.id else i for i in incidents)
    return (*incidents, incident)


class SignerForm(CaseForm):
    """Name and phone for the complaint letter's signature, asked where the letter is offered.

    The same checks as the letters step's ApplicantForm (app/letters/forms.py), saving to the same
    `case.applicant`, so both steps show what either saved."""

    name = StringField(_l("姓名"), [DataRequired(message=_l("请填写姓名。")), Length(max=40)],
                       description=_l("写在投诉信的开头和签名处。"))
    phone = StringField(_l("联系电话"), [DataRequired(message=_l("请填写联系电话。")), Length(max=30)],
                        description=_l("对方会用这个号码联系您、答复投诉。"),
                        render_kw={"inputmode": "tel", "autocomplete": "tel"})

    def validate_phone(self, field):
        if field.data and not phone_ok(normalize_phone(field.data)):
            raise ValidationError(str(_l("请填写手机号（11 位）或带区号的固定电话，例如 010-12345678。")))

    def to_applicant(self, saved: Applicant) -> Applicant:
        return replace(saved, name=self.name.data.strip(), phone=normalize_phone(self.phone.data))
