"""SPEC step 7: the review screen, the applicant's details, previews, narrative edits and PDFs.

Nothing here writes a letter: providers (app/letters/providers.py and other steps') return
Documents; these views list, preview, edit, print and bundle them. PDF routes never change the
case, and a failed render answers with a translated 503 page.
"""

from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from app import cases, documents, timeline
from app.budget import wording as budget_wording
from app.clock import today_in_china
from app.core import finals as core_finals
from app.core import plan as core_plan
from app.core.letters.common import mask_id
from app.downloads import send_download
from app.letters import finals, providers, render, wording
from app.letters.forms import ActionForm, ApplicantForm, applicant_data, narrative_form
from app.page_cache import cached
from app.security import limiter

bp = Blueprint("letters", __name__, url_prefix="/letters")

LIMITATION_CITATIONS = ("limitation_rules_14", "civil_code_195")


@bp.app_template_filter("need_label")
def need_label(code: str) -> str:
    """The UI name of a detail a document needs (app.documents.NEEDS)."""
    return str(wording.NEEDS.get(code, code))


def _pdf_limit() -> str:
    return current_app.config["PDF_RATE_LIMIT"]


@bp.route("/")
@cached
def index():
    case = cases.load()
    today = today_in_china()
    plan = providers.case_plan(case, today)
    entries = finals.entries(case, today)
    return render_template(
        "letters/index.html", case=case, plan=plan, entries=entries, docs=[e.doc for e in entries],
        stale=[e for e in entries if e.stale], version=cases.version(), wording=wording,
        budget_words=budget_wording, masked_id=_masked_id(case.applicant),
        over_limit=[c for c in plan.creditors if c.over_limit and c.installments],
        unscheduled=[c for c in plan.creditors if not c.installments and c.plan_amount_fen],
        limitation_ids=LIMITATION_CITATIONS, link=_link, max_months=core_plan.MAX_MONTHS,
        standings=standings_by_debt(case, today), notices=documents.notices_for(case),
    )


def standings_by_debt(case, today) -> dict[str, list[timeline.Standing]]:
    """Per creditor (debt id), where its requests stand and when that last changed: the review
    screen shows it beside each account, so a volunteer sees what changed since last time."""
    found: dict[str, list[timeline.Standing]] = {}
    for row in timeline.standings_for(case, today):
        if row.debt_id:
            found.setdefault(row.debt_id, []).append(row)
    return found


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
    """The document as it prints: its final version when it has one, else the draft."""
    entry = _entry(key)
    return render_template("letters/preview.html", entry=entry, doc=entry.doc, version=cases.version(),
                           wording=wording)


@bp.route("/<key>/v<int:number>/preview")
@cached
def version_preview(key: str, number: int):
    """One final version from the case's history, exactly as it was made final."""
    final, doc = _version(key, number)
    return render_template("letters/preview.html", entry=None, doc=doc, final=final, version=cases.version(),
                           wording=wording)


@bp.route("/<key>.pdf")
@limiter.limit(_pdf_limit)
def pdf(key: str):
    doc = _entry(key).doc
    return _pdf_response([doc], doc.title, doc.filename)


@bp.route("/<key>/v<int:number>.pdf")
@limiter.limit(_pdf_limit)
def version_pdf(key: str, number: int):
    final, doc = _version(key, number)
    return _pdf_response([doc], doc.title, doc.filename.removesuffix(".pdf") + f"-v{final.version}.pdf")


@bp.route("/all.pdf")
@limiter.limit(_pdf_limit)
def print_all():
    """Every document in force, each as its final version where it has one."""
    docs = finals.printable(cases.load(), today_in_china())
    if not docs:
        abort(404)
    return _pdf_response(docs, "文书", f"documents-{today_in_china().isoformat()}.pdf")


@bp.route("/<key>/final", methods=["POST"])
def finalize(key: str):
    """定稿: freeze this document with the case as it is today."""
    case, _version_seen = cases.current()
    entry = finals.entry(case, key, today_in_china())
    if entry is None or not entry.in_case:
        abort(404)
    if entry.final is None and core_finals.current(case, key) is not None:
        case = core_finals.retire(case, key, today_in_china())      # in force but no longer rebuildable
    try:
        final = core_finals.finalize(case, key, today_in_china())
    except core_finals.TooManyFinals:
        flash(_("这个案件保存的定稿版本已经达到 %(n)s 个，不能再增加。已有的定稿仍然可以打印。",
                n=core_finals.MAX_FINALS), "warning")
        return redirect(url_for("letters.index", _anchor=f"doc-{key}"))
    return _act(case, final, key, _("已定稿。以后打印这份文书，内容和日期都不会再变。"))


@bp.route("/<key>/new-version", methods=["POST"])
def new_version(key: str):
    """Back to a draft; the final version stays in the case's history."""
    case, _version_seen = cases.current()
    if core_finals.current(case, key) is None:
        abort(404)
    return _act(case, core_finals.retire(case, key, today_in_china()), key,
                _("已开始新版本：这份文书现在是草稿，会按案件的最新内容生成。旧版本保留在历史记录里。"))


@bp.route("/<key>/paragraphs/<int:index>/keep", methods=["POST"])
def keep_edit(key: str, index: int):
    """A stale edit: keep the user's text; it now answers the new draft."""
    case, paragraph = _stale_target(key, index)
    kept = core_finals.rebase(case, paragraph.key, paragraph.default)
    return _act(case, kept, key, _("已保留您写的文字。"))


@bp.route("/<key>/paragraphs/<int:index>/redraft", methods=["POST"])
def use_draft(key: str, index: int):
    """A stale edit: drop the user's text and use the new draft."""
    case, paragraph = _stale_target(key, index)
    return _act(case, core_finals.drop_edit(case, paragraph.key), key, _("已改用新生成的草稿。"))


def _stale_target(key: str, index: int):
    """(case, paragraph `index` of draft document `key`), or 404."""
    case, _version_seen = cases.current()
    entry = finals.entry(case, key, today_in_china())
    if entry is None or entry.final is not None or not 0 <= index < len(entry.doc.paragraphs):
        abort(404)
    return case, entry.doc.paragraphs[index]


def _act(case, changed, key: str, done: str):
    """Save a one-button action; a stale tab changes nothing and says so."""
    form = ActionForm()
    if not form.validate_on_submit():
        abort(400)
    if cases.save_form(form, changed) is not None:
        flash(_("这个案件刚在另一个窗口或设备上更新过，刚才的操作没有执行。请看一下最新内容，再操作一次。"),
              "warning")
    else:
        flash(done, "success")
    target = request.form.get("next")
    if target == "preview":
        return redirect(url_for("letters.preview", key=key))
    if target == "pdf":                        # "定稿并下载": the PDF is now the final version
        return redirect(url_for("letters.pdf", key=key))
    return redirect(url_for("letters.index", _anchor=f"doc-{key}"))


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
    bases = {k: v for k, v in case.narrative_bases.items() if k not in {p.key for p in doc.paragraphs}}
    bases |= {p.key: core_finals.draft_hash(p.default) for p in doc.paragraphs if p.key in narratives}
    conflict = cases.save_form(form, replace(case, narratives=narratives, narrative_bases=bases))
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
    stale = {edit.index: edit for edit in finals.stale_edits(cases.load(), doc)}
    return render_template("letters/edit.html", doc=doc, form=form, conflict=conflict, stale=stale,
                           fields=[form[f"p{i}"] for i in range(len(doc.paragraphs))]), status


def _document(key: str):
    """The case's draft document with this key, or 404."""
    docs = documents.documents_for(cases.load(), today_in_china())
    return next((doc for doc in docs if doc.key == key), None) or abort(404)


def _entry(key: str) -> finals.Entry:
    """The documents-page entry for `key` (final version in force, or draft), or 404."""
    entry = finals.entry(cases.load(), key, today_in_china())
    if entry is None or not (entry.final or entry.in_case):
        abort(404)          # only retired versions are left: they have their own /v<n>/ pages
    return entry


def _version(key: str, number: int):
    """(final version, its letter) for version `number` of `key`, or 404."""
    case = cases.load()
    final = core_finals.version(case, key, number)
    doc = finals.final_document(case, final) if final is not None else None
    if doc is None:
        abort(404)
    return final, doc


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


@bp.app_template_global("step_link")
def _link(endpoint: str, **values) -> str | None:
    """A URL for `endpoint` when that step exists in this app, else None (the page then shows no link)."""
    if endpoint not in current_app.view_functions:
        return None
    return url_for(endpoint, **values)
