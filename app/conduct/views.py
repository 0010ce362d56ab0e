"""SPEC step 4: the incident log, the findings by collector, and each collector's complaint letter."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import force_locale
from flask_babel import gettext as _

from app import cases
from app.clock import today_in_china
from app.conduct import findings_page, letter, wording
from app.conduct.complaint import collector_slug, complaint_for, complaints_by_collector, history
from app.conduct.forms import STEP_FORMS, BatchForm, IncidentForm, SignerForm, form_data_for, with_incident
from app.core import citations
from app.core import complaints as tracking
from app.core.bounds import RECORDS_PER_INCIDENT
from app.core.case import Case, new_id
from app.core.complaints import Step
from app.core.conduct.engine import actions_for, evaluate, findings_by_collector
from app.core.conduct.facts import GROUPS
from app.core.conduct.rules import RULES_BY_ID
from app.downloads import send_download
from app.fields import CaseForm
from app.letters.pdf import PdfRenderError, html_to_pdf
from app.page_cache import cached
from app.security import limiter

bp = Blueprint("conduct", __name__, url_prefix="/conduct")


def _full(case: Case) -> bool:
    return len(case.incidents) >= current_app.config["MAX_INCIDENTS"]


def _refuse_more():
    flash(_("最多可以登记 %(n)s 条记录。", n=current_app.config["MAX_INCIDENTS"]), "warning")
    return redirect(url_for("conduct.index"))


@bp.route("/")
@cached
def index():
    case, version = cases.current()
    incidents = sorted(case.incidents, key=lambda i: i.occurred_at)
    return render_template("conduct/index.html", incidents=incidents, wording=wording, case=case,
                           remove_form=CaseForm(case_version=version), full=_full(case))


@bp.route("/new", methods=["GET", "POST"])
def new():
    case, version = cases.current()
    if request.method == "GET" and _full(case):
        return _refuse_more()
    form = IncidentForm(case_version=version, debts=case.debts)
    return _edit(form, new_id(), is_new=True, batch=False)


@bp.route("/batch", methods=["GET", "POST"])
def batch():
    case, version = cases.current()
    if request.method == "GET" and _full(case):
        return _refuse_more()
    form = BatchForm(case_version=version, debts=case.debts)
    return _edit(form, new_id(), is_new=True, batch=True)


@bp.route("/<incident_id>/edit", methods=["GET", "POST"])
def edit(incident_id: str):
    case, version = cases.current()
    incident = next((i for i in case.incidents if i.id == incident_id), None) or abort(404)
    initial = None if request.method == "POST" else form_data_for(incident) | {"case_version": version}
    form = IncidentForm(data=initial, debts=case.debts)
    return _edit(form, incident.id, is_new=False, batch=False)


def _edit(form: IncidentForm | BatchForm, incident_id: str, is_new: bool, batch: bool):
    conflict = None
    if request.method == "POST" and form.validate_with_today(today_in_china()):
        case = cases.load()
        if is_new and _full(case):
            return _refuse_more()
        incident = form.to_incident(incident_id)
        conflict = cases.save_form(form, replace(case, incidents=with_incident(case.incidents, incident)))
        if conflict is None:
            flash(_("已保存这条记录。"), "success")
            return redirect(url_for("conduct.new" if request.form.get("then") == "add" else "conduct.index"))
    status = cases.page_status(conflict)
    template = "conduct/batch.html" if batch else "conduct/edit.html"
    return render_template(template, form=form, is_new=is_new, incident_id=incident_id, conflict=conflict,
                           groups=GROUPS, wording=wording), status


@bp.post("/<incident_id>/delete")
def delete(incident_id: str):
    case = cases.load()
    form = CaseForm()
    if not any(i.id == incident_id for i in case.incidents):
        abort(404)
    if not form.validate_on_submit():
        abort(400)
    try:
        remaining = tuple(i for i in case.incidents if i.id != incident_id)
        cases.save(replace(case, incidents=remaining), based_on=form.based_on())
    except cases.Conflict:
        flash(_("这个案件刚在别处更新过，请看一下最新内容后再删除。"), "warning")
    else:
        flash(_("已删除这条记录。"), "success")
    return redirect(url_for("conduct.index"))


@bp.route("/findings")
@cached
def findings():
    return _findings_page()


@bp.post("/findings/<key>/<step>")
def track(key: str, step: str):
    """Record the next step of one complaint letter (sent, received, answered, escalated, closed)."""
    try:
        chosen = Step(step)
    except ValueError:
        abort(404)
    case = cases.load()
    complaint = complaint_for(case, key) or abort(404)
    form = STEP_FORMS[chosen](prefix=f"{complaint.key}-{chosen.value}")
    today = today_in_china()
    if not form.validate_with_today(today):
        return _findings_page(status=422, forms={(complaint.key, chosen): form})
    steps = history(case, complaint)
    try:
        steps = tracking.add(steps, form.entry(), today)
    except tracking.TrackingError as exc:
        form.error_field(exc.code).errors.append(tracking_error(exc.code, steps))
        return _findings_page(status=422, forms={(complaint.key, chosen): form})
    siblings = [c.key for c in complaints_by_collector(case).get(complaint.legacy_key, [])]
    records = tracking.with_history(case.complaints, complaint.key, steps, complaint.legacy_key, siblings)
    if len(records) > RECORDS_PER_INCIDENT * current_app.config["MAX_INCIDENTS"]:   # bounds.complaint_records
        form.error_field("too_many").errors.append(str(wording.TRACKING_ERRORS["too_many"]))
        return _findings_page(status=422, forms={(complaint.key, chosen): form})
    conflict = cases.save_form(form, replace(case, complaints=records))
    if conflict is not None:
        return _findings_page(status=409, forms={(complaint.key, chosen): form}, conflict=conflict)
    flash(str(wording.STEP_SAVED[chosen]), "success")
    return redirect(url_for("conduct.findings", _anchor=f"complaint-{complaint.key}"))


def tracking_error(code: str, steps) -> str:
    """The refusal's words; 'before_previous' names the date it may not precede."""
    message = wording.TRACKING_ERRORS[code]
    if code == "before_previous":
        return str(message) % {"date": wording.ui_date(steps[-1].on)}
    return str(message)


def tracking_view(case: Case, complaint, today, version, forms: dict | None = None) -> dict:
    """What the page shows of one complaint's history: its state, each dated step, the next
    action, and a form per step that may follow (the one that failed, with its input, if any)."""
    steps = history(case, complaint)
    state = tracking.state(steps)
    action, action_on = wording.next_action(complaint, steps, today)
    opens = tracking.escalation_from(steps)
    step_forms = []
    # the steps that may follow, and a step the user just tried that was refused, so its message
    # and what was typed stay next to the field
    failed = [step for key, step in (forms or {}) if key == complaint.key]
    for step in dict.fromkeys((*tracking.next_steps(steps), *failed)):
        form = (forms or {}).get((complaint.key, step))
        is_open = form is not None or step is not Step.ESCALATED or (opens is not None and opens <= today)
        if form is None:
            form = STEP_FORMS[step](formdata=None, prefix=f"{complaint.key}-{step.value}",
                                    case_version=version, on=today if is_open else None)
        step_forms.append({"step": step.value, "title": wording.step_action(complaint, step), "form": form,
                           "open": is_open, "opens_on": opens if step is Step.ESCALATED else None})
    return {
        "state": state.value, "state_label": wording.state_label(complaint, state),
        "entries": [{"on": e.on, "text": wording.entry_text(complaint, e), "summary": e.summary}
                    for e in steps],
        "next_action": action, "next_on": action_on, "due": tracking.answer_due(steps), "forms": step_forms,
        # the escalation path: after an unsatisfying answer, or once the answer is overdue
        "escalate": opens is not None and opens <= today, "lender": complaint.lender,
    }


def _findings_page(status: int = 200, forms: dict | None = None, conflict=None):
    case, version = cases.current()
    if conflict is not None:
        case, version = conflict.newer, conflict.version
    today = today_in_china()
    found = evaluate(case.incidents)
    shown = findings_page.Rows(findings_page.explanations(found))
    letters = complaints_by_collector(case, found)
    applicant_missing = _missing_details(case)
    groups = []
    for collector, findings in findings_by_collector(found).items():
        slug = collector_slug(collector)
        complaints = []
        for complaint in letters.get(slug, []):
            complaints.append({"key": complaint.key, "to": wording.complaint_to(complaint),
                               "tracking": tracking_view(case, complaint, today, version, forms)})
        groups.append({"key": slug, "label": wording.collector_label(collector), "rows": shown.rows(findings),
                       "complaints": complaints,
                       "to_banks": any(not c.lender for c in letters.get(slug, []))})
    return render_template("conduct/findings.html", groups=groups, words=shown.words, guide=shown.guide(),
                           conflict=conflict, has_incidents=bool(case.incidents),
                           applicant_missing=applicant_missing), status


def _missing_details(case: Case) -> list[str]:
    """What the complaint letters would print blank: the signer's name and phone."""
    applicant = case.applicant
    return [str(label) for value, label in ((applicant.name, wording.NAME), (applicant.phone, wording.PHONE))
            if not value.strip()]


@bp.app_template_global("conduct_words")
def conduct_words() -> dict:
    """The conduct step's words in the active locale, for the findings page's cached fragments."""
    return wording.words()


@bp.app_template_global("conduct_severity")
def conduct_severity(rule_id: str) -> str:
    return str(RULES_BY_ID[rule_id].severity)


@bp.app_template_global("conduct_actions")
def conduct_actions(rule_id: str) -> tuple[str, ...]:
    return tuple(str(action) for action in actions_for(rule_id))


@bp.app_template_global("conduct_comparisons")
def conduct_comparisons(ids) -> list[citations.Citation]:
    """Foreign rules for comparison: shown clearly labelled, never as Chinese law."""
    return [row for row in map(citations.get, ids) if row.foreign]


def _letter(key: str):
    case = cases.load()
    complaint = complaint_for(case, key) or abort(404)
    return letter.document(case, complaint, today_in_china())


@bp.route("/complaint/<key>", methods=["GET", "POST"])
def complaint_preview(key: str):
    """The letter as it will print, with the signer's name and phone asked for right here when
    missing (the letter would otherwise print blank lines)."""
    case, version = cases.current()
    complaint = complaint_for(case, key) or abort(404)
    conflict = None
    if request.method == "POST":
        form = SignerForm()
        if form.validate_on_submit():
            conflict = cases.save_form(form, replace(case, applicant=form.to_applicant(case.applicant)))
            if conflict is None:
                flash(_("已保存姓名和电话，投诉信上会印出来。"), "success")
                return redirect(url_for("conduct.complaint_preview", key=complaint.key))
            case = conflict.newer
            complaint = complaint_for(case, complaint.key) or abort(404)
    else:
        form = SignerForm(formdata=None, case_version=version, name=case.applicant.name,
                          phone=case.applicant.phone)
    document = letter.document(case, complaint, today_in_china())
    status = cases.page_status(conflict)
    return render_template("conduct/complaint.html", doc=document, key=complaint.key, form=form,
                           missing=_missing_details(case), conflict=conflict), status


@bp.route("/complaint/<key>.pdf")
@limiter.limit(lambda: current_app.config["PDF_RATE_LIMIT"])
def complaint_pdf(key: str):
    document = _letter(key)
    with force_locale("zh_Hans_CN"):
        html = render_template("letters/complaint.html", doc=document)
    try:
        pdf = html_to_pdf(html, static_dir=Path(current_app.static_folder))
    except PdfRenderError as exc:
        current_app.logger.error("complaint PDF failed: %s", type(exc.__cause__ or exc).__name__)
        return render_template("errors/error.html", title=wording.PDF_FAILED_TITLE,
                               message=wording.PDF_FAILED), 503
    return send_download(pdf, "application/pdf", document.filename.removesuffix(".pdf"), ext="pdf")


@bp.app_template_global("complaint_tracking")
def complaint_tracking(doc_key: str) -> dict | None:
    """For the documents page: where the complaint letter `doc_key` stands, with a link to its
    history and next-step forms on the findings page; None for any other document."""
    if not doc_key.startswith("complaint-"):
        return None
    case = cases.load()
    complaint = complaint_for(case, doc_key.removeprefix("complaint-"))
    if complaint is None:
        return None
    steps = history(case, complaint)
    action, on = wording.next_action(complaint, steps, today_in_china())
    return {"state": wording.state_label(complaint, tracking.state(steps)),
            "changed_on": tracking.changed_on(steps), "next_action": action, "next_on": on,
            "entries": [{"on": e.on, "text": wording.entry_text(complaint, e)} for e in steps],
            "link": url_for("conduct.findings", _anchor=f"complaint-{complaint.key}")}
