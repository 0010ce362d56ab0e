"""Start page, resume by code, language and discreet switches, quick exit, export/import/delete."""

from __future__ import annotations

from io import BytesIO
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)
from flask_babel import gettext as _

from app import cases
from app.core.case import Case
from app.i18n import LANG_COOKIE
from app.security import limit_new_cases, limiter
from app.start.forms import DeleteForm, ImportForm, NewCaseForm, ResumeForm
from app.start.importing import ImportProblem, read_case_file
from app.start.wording import NO_CASE, WRONG_CODE, import_errors

bp = Blueprint("start", __name__)
DISCREET_COOKIE = "discreet"
YEAR = 60 * 60 * 24 * 365


@bp.app_context_processor
def case_globals():
    return {"has_case": cases.has_case, "case_code": cases.code,
            "discreet": lambda: request.cookies.get(DISCREET_COOKIE) == "1"}


@bp.app_errorhandler(cases.NoCase)
def no_case(error: cases.NoCase):
    flash(str(NO_CASE.get(error.reason, NO_CASE["none"])), "info" if error.reason == "none" else "warning")
    return redirect(url_for("start.index"))


def _start_page(status: int = 200, **forms):
    forms = {"new_form": NewCaseForm(), "resume_form": ResumeForm(), "import_form": ImportForm()} | forms
    return render_template("start/index.html", **forms), status


@bp.route("/")
def index():
    return _start_page()


@bp.post("/new")
@limit_new_cases
def new_case():
    form = NewCaseForm()
    if not form.validate_on_submit():
        return _start_page(422, new_form=form)
    cases.start()
    session["show_code"] = True
    return redirect(url_for("debts.index"))


def _resume_limit() -> str:
    return current_app.config["RESUME_RATE_LIMIT"]


@bp.post("/resume")
@limiter.limit(_resume_limit)
def resume():
    form = ResumeForm()
    if form.validate_on_submit():
        if cases.resume(form.code.data):
            flash(_("已打开您的案件。"), "success")
            return redirect(url_for("summary.index"))
        form.code.errors.append(str(WRONG_CODE))
    return _start_page(422, resume_form=form)


@bp.route("/lang/<code>")
def set_language(code: str):
    response = redirect(_local_path(request.args.get("next")))
    if code in current_app.config["LANGUAGES"]:
        response.set_cookie(LANG_COOKIE, code, max_age=YEAR, samesite="Lax", httponly=True,
                            secure=current_app.config["SESSION_COOKIE_SECURE"])
    return response


@bp.route("/discreet")
def discreet():
    response = redirect(_local_path(request.args.get("next")))
    on = request.args.get("on") == "1"
    response.set_cookie(DISCREET_COOKIE, "1" if on else "0", max_age=YEAR, samesite="Lax", httponly=True,
                        secure=current_app.config["SESSION_COOKIE_SECURE"])
    return response


@bp.route("/exit")
def quick_exit():
    """Leave at once: close the case in this browser (it stays stored) and go somewhere neutral."""
    cases.forget()
    session.clear()
    return redirect(current_app.config["QUICK_EXIT_URL"])


@bp.route("/case")
def case_menu():
    cases.load()
    return render_template("start/case.html", import_form=ImportForm(), delete_form=DeleteForm())


@bp.route("/case/export.json")
def export_case():
    data = cases.export_bytes()
    return send_file(BytesIO(data), mimetype="application/json", as_attachment=True,
                     download_name="shangan-case.json")


@bp.post("/case/import")
@limit_new_cases
def import_case():
    form = ImportForm()
    if form.validate_on_submit():
        imported = _read_case_file(form)
        if imported is not None:
            cases.start(imported)
            session["show_code"] = True
            flash(_("已导入案件。这是一个新案件，有自己的新恢复码。"), "success")
            return redirect(url_for("summary.index"))
    if not cases.has_case():
        return _start_page(422, import_form=form)
    return render_template("start/case.html", import_form=form, delete_form=DeleteForm()), 422


def _read_case_file(form: ImportForm) -> Case | None:
    """The uploaded case, or None with every problem added to the file field's errors."""
    try:
        return read_case_file(form.file.data.stream, current_app.config["MAX_IMPORT_BYTES"], cases.limits())
    except ImportProblem as problem:
        form.file.errors.extend(import_errors(problem))
    return None


@bp.post("/case/delete")
def delete_case():
    form = DeleteForm()
    if not form.validate_on_submit():
        return render_template("start/case.html", import_form=ImportForm(), delete_form=form), 422
    cases.delete()
    session.clear()
    flash(_("案件已删除。服务器上不再保存它。"), "success")
    return redirect(url_for("start.index"))


def _local_path(target: str | None) -> str:
    """Only same-site paths: an open redirect would let a scam page borrow our address."""
    if not target:
        return url_for("start.index")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("start.index")
    return target
