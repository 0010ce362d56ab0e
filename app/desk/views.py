"""The volunteer desk: which case is open on every page, its label and notes, and the cover sheet.

A volunteer sees several clients a day on one computer. Every page names the open case (its label,
or a neutral "当前案件"; the label is hidden in discreet mode) beside "关闭此案件" and "切换案件"
(templates/_layout/case_bar.html, the forms post to app.start). The label and the notes are part
of the encrypted case; the cover sheet is a one-page PDF for the paper file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from app import cases
from app.clock import today_in_china
from app.desk import sheet
from app.desk.forms import CoverForm, LabelForm, NotesForm
from app.desk.wording import CODE_ERRORS
from app.downloads import send_download
from app.fields import label_text, notes_text
from app.letters import render
from app.security import limiter

bp = Blueprint("desk", __name__, url_prefix="/desk")


def is_discreet() -> bool:
    # Imported here: app.start imports this package's forms, so a top-level import would be a cycle.
    from app.start.views import is_discreet as discreet

    return discreet()


@dataclass(frozen=True)
class OpenCase:
    """What the page header says about the open case: its label ("" shows the neutral name)."""

    label: str


def open_case() -> OpenCase | None:
    """The case open in this browser, for the header; None when none is (or it was just closed).

    Never raises: the header of an error page, or of the page saying the database is unavailable,
    still renders (with the neutral name when the case cannot be read now).
    """
    if not cases.has_case():
        return None
    try:
        case = cases.load()
    except cases.NoCase:
        return None
    except cases.Unavailable:
        return OpenCase("")
    return OpenCase("" if is_discreet() else case.label)


@bp.app_context_processor
def desk_globals():
    return {"open_case": open_case}


def _pdf_limit() -> str:
    return current_app.config["PDF_RATE_LIMIT"]


@bp.route("/")
def index():
    case = cases.load()
    return _desk_page(case, CoverForm())


def _desk_page(case, cover_form: CoverForm, status: int = 200):
    return render_template("desk/index.html", case=case, cover_form=cover_form,
                           discreet_now=is_discreet()), status


@bp.route("/label", methods=["GET", "POST"])
def label():
    return _edit(LabelForm, "label", label_text, _label_page, _("已保存案件标签。"))


def _label_page(form, status: int = 200, conflict=None):
    """In discreet mode the label is not put on the page until asked for (?show=1): the page
    says it is hidden. After a POST the field is shown again with what was typed."""
    hidden = is_discreet() and request.method == "GET" and request.args.get("show") != "1"
    return render_template("desk/label.html", form=form, conflict=conflict, label_hidden=hidden), status


@bp.route("/notes", methods=["GET", "POST"])
def notes():
    return _edit(NotesForm, "notes", notes_text, _notes_page, _("已保存备注。"))


def _notes_page(form, status: int = 200, conflict=None):
    return render_template("desk/notes.html", form=form, conflict=conflict), status


def _edit(form_class, name: str, stored: Callable[[str | None], str], page, saved: str):
    """A page editing one text field of the case: the form, 422 at the field, 409 when stale."""
    case, version = cases.current()
    if request.method == "GET":
        return page(form_class(data={name: getattr(case, name), "case_version": version}))
    form = form_class()
    if not form.validate_on_submit():
        return page(form, 422)
    conflict = cases.save_form(form, replace(case, **{name: stored(form[name].data)}))
    if conflict is not None:
        return page(form, 409, conflict)
    flash(saved, "success")
    return redirect(url_for("desk.index"))


@bp.route("/cover.pdf", methods=["GET", "POST"])
@limiter.limit(_pdf_limit)
def cover_sheet():
    """The cover sheet; with the resume code only when asked for (POST, the box ticked) and the
    typed code opens this very case. A wrong code: 422, the message at the field, nothing printed."""
    case = cases.load()
    code = None
    if request.method == "POST":
        form = CoverForm()
        if not form.validate_on_submit():
            return _desk_page(case, form, 422)
        if form.include_code.data:
            typed = (form.code.data or "").strip()
            code = cases.this_cases_code(typed) if typed else None
            if code is None:
                form.code.errors.append(str(CODE_ERRORS["wrong" if typed else "missing"]))
                return _desk_page(case, form, 422)
    today = today_in_china()
    return _pdf(sheet.document(sheet.sheet_for(case, today, code)), today)


def _pdf(doc, today):
    from app.letters.pdf import PdfRenderError

    try:
        data = render.to_pdf([doc], doc.title)
    except PdfRenderError:
        current_app.logger.error("PDF render failed for the cover sheet")
        return render_template(
            "errors/error.html", status=503, title=_("暂时无法生成 PDF"),
            message=_("生成 PDF 时出了问题，您的案件没有被改动。请稍后再试；也可以先打开预览，"
                      "用浏览器的“打印”功能打印。")), 503
    return send_download(data, "application/pdf", "cover-sheet", today.isoformat(), ext="pdf")
