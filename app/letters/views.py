"""SPEC step 7: the review screen, the applicant's details, previews, narrative edits and PDFs.

Nothing here writes a letter: providers (app/letters/providers.py and other steps') return
Documents; these views list, preview, edit, print and bundle them. PDF routes never change the
case, and a failed render answers with a translated 503 page.
"""

from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from app import cases, documents
from app.budget import wording as budget_wording
from app.clock import today_in_china
from app.core import plan as core_plan
from app.core.letters.common import mask_id
from app.downloads import send_download
from app.letters import providers, render, wording
from app.letters.forms import ApplicantForm, applicant_data, narrative_form
from app.page_cache import cached
from app.security import limiter

bp = Blueprint("letters", __name__, url_prefix="/letters")

LIMITATION_CITATIONS = ("limitation_rules_14", "civil_code_195")


def _pdf_limit() -> str:
    return current_app.config["PDF_RATE_LIMIT"]


@bp.route("/")
@cached
def index():
    case = cases.load()
    today = today_in_china()
    plan = providers.case_plan(case, today)
    return render_template(
        "letters/index.html", case=case, plan=plan, docs=documents.documents_for(case, today),
        wording=wording, budget_words=budget_wording, masked_id=_masked_id(case.applicant),
        over_limit=[c for c in plan.creditors if c.over_limit and c.installments],
        unscheduled=[c for c in plan.creditors if not c.installments and c.plan_amount_fen],
        limitation_ids=LIMITATION_CITATIONS, link=_link, max_months=core_plan.MAX_MONTHS,
    )


def _masked_id(applicant) -> str:
    return mask_id(applicant.id_number) if applicant.id_number else ""


@bp.route("/applicant", methods=["GET", "POST"])
def applicant():
    case, version = cases.current()
    if request.method == "GET":
        form = ApplicantForm(data=applicant_data(case.applicant) | {"case_version": version})
        return _applicant_page(form, case)
    form = ApplicantForm()
    if not form.validate_on_submit():
        return _applicant_page(form, case, 422)
    conflict = cases.save_form(form, replace(case, applicant=form.to_applicant(case.applicant)))
    if conflict is not None:
        return _applicant_page(form, conflict.newer, 409, conflict)
    flash(_("已保存申请人信息。"), "success")
    return redirect(url_for("letters.index"))


def _applicant_page(form, case, status: int = 200, conflict=None):
    return render_template("letters/applicant.html", form=form, saved_id=_masked_id(case.applicant),
                           conflict=conflict), status


@bp.route("/<key>/preview")
@cached
def preview(key: str):
    doc = _document(key)
    return render_template("letters/preview.html", doc=doc)


@bp.route("/<key>.pdf")
@limiter.limit(_pdf_limit)
def pdf(key: str):
    doc = _document(key)
    return _pdf_response([doc], doc.title, doc.filename)


@bp.route("/all.pdf")
@limiter.limit(_pdf_limit)
def print_all():
    docs = documents.documents_for(cases.load(), today_in_china())
    if not docs:
        abort(404)
    return _pdf_response(docs, "文书", f"documents-{today_in_china().isoformat()}.pdf")


@bp.route("/<key>/edit", methods=["GET", "POST"])
def edit(key: str):
    case, version = cases.current()
    doc = _document(key)
    if not doc.paragraphs:
        abort(404)
    if request.method == "GET":
        form = narrative_form(doc.paragraphs, case.narratives, case_version=version)
        return _edit_page(doc, form)
    form = narrative_form(doc.paragraphs, case.narratives)
    resetting = request.form.get("action") == "reset"
    if not resetting and not form.validate_on_submit():
        return _edit_page(doc, form, 422)
    narratives = _narratives(case.narratives, doc, form, resetting)
    conflict = cases.save_form(form, replace(case, narratives=narratives))
    if conflict is not None:
        return _edit_page(doc, form, 409, conflict)
    flash(_("已恢复我们的草稿。") if resetting else _("已保存修改。"), "success")
    return redirect(url_for("letters.edit" if resetting else "letters.preview", key=key))


def _narratives(saved: dict[str, str], doc, form, resetting: bool) -> dict[str, str]:
    """The case's narratives with this document's paragraphs reset, or set to the typed text.

    A paragraph saved unchanged from our draft is not stored, so the draft keeps following
    later changes to the budget or plan.
    """
    kept = {k: v for k, v in saved.items() if k not in {p.key for p in doc.paragraphs}}
    if resetting:
        return kept
    for index, paragraph in enumerate(doc.paragraphs):
        text = form[f"p{index}"].data.replace("\r\n", "\n").strip()
        if text != paragraph.default.strip():
            kept[paragraph.key] = text
    return kept


def _edit_page(doc, form, status: int = 200, conflict=None):
    return render_template("letters/edit.html", doc=doc, form=form, conflict=conflict,
                           fields=[form[f"p{i}"] for i in range(len(doc.paragraphs))]), status


def _document(key: str):
    """The case's document with this key, or 404."""
    docs = documents.documents_for(cases.load(), today_in_china())
    return next((doc for doc in docs if doc.key == key), None) or abort(404)


def _pdf_response(docs, title: str, filename: str):
    from app.letters.pdf import PdfRenderError

    try:
        data = render.to_pdf(docs, title)
    except PdfRenderError:
        current_app.logger.error("PDF render failed for %s document(s)", len(docs))
        return render_template(
            "errors/error.html", status=503, title=_("暂时无法生成 PDF"),
            message=_("生成 PDF 时出了问题，您的案件没有被改动。请稍后再试；也可以先打开预览，"
                      "用浏览器的“打印”功能打印。")), 503
    return send_download(data, "application/pdf", filename.removesuffix(".pdf"), ext="pdf")


def _link(endpoint: str, **values) -> str | None:
    """A URL for `endpoint` when that step exists in this app, else None (the page then shows no link)."""
    if endpoint not in current_app.view_functions:
        return None
    return url_for(endpoint, **values)
