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
from app.conduct.complaint import collector_slug, complaint_for, complaints_by_collector, received_on, sent_on
from app.conduct.forms import BatchForm, IncidentForm, SentForm, SignerForm, form_data_for, with_incident
from app.core import citations
from app.core.case import Case, new_id
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


@bp.post("/findings/<key>/sent")
def mark_sent(key: str):
    case = cases.load()
    complaint = complaint_for(case, key) or abort(404)
    form = SentForm(prefix=key)
    if not form.validate_with_today(today_in_china()):
        return _findings_page(status=422, forms={complaint.key: form})
    sent = _without_legacy(case, case.complaints_sent_on, complaint)
    sent[complaint.key] = form.sent_on.date.isoformat()
    received = _without_legacy(case, case.complaints_received_on, complaint)
    if form.received_on.date:
        received |= {complaint.key: form.received_on.date.isoformat()}
    else:
        received.pop(complaint.key, None)
    conflict = cases.save_form(form, replace(case, complaints_sent_on=sent, complaints_received_on=received))
    if conflict is not None:
        return _findings_page(status=409, forms={complaint.key: form}, conflict=conflict)
    flash(_("已记下日期。对方应答复的日期已加入“后续跟进”。"), "success")
    return redirect(url_for("conduct.findings", _anchor=f"complaint-{complaint.key}"))


def _without_legacy(case: Case, dates: dict[str, str], complaint) -> dict[str, str]:
    """The stored dates, with a pre-split collector key copied to the collector's other letters and
    then dropped, so saving one letter's dates never changes what its siblings show."""
    out = dict(dates)
    old = out.pop(complaint.legacy_key, None) if complaint.legacy_key != complaint.key else None
    if old is not None:
        for sibling in complaints_by_collector(case).get(complaint.legacy_key, []):
            out.setdefault(sibling.key, old)
    return out


def _findings_page(status: int = 200, forms: dict | None = None, conflict=None):
    case, version = cases.current()
    if conflict is not None:
        case = conflict.newer
    found = evaluate(case.incidents)
    shown = findings_page.Rows(findings_page.explanations(found))
    letters = complaints_by_collector(case)
    applicant_missing = _missing_details(case)
    groups = []
    for collector, findings in findings_by_collector(found).items():
        slug = collector_slug(collector)
        complaints = []
        for complaint in letters.get(slug, []):
            sent = sent_on(case, complaint)
            received = received_on(case, complaint)
            form = (forms or {}).get(complaint.key) or SentForm(
                formdata=None, prefix=complaint.key, case_version=version, sent_on=sent or today_in_china(),
                received_on=received)
            complaints.append({"key": complaint.key, "to": wording.complaint_to(complaint),
                               "sent_on": sent, "received_on": received, "form": form})
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
