"""Start page, resume by code, language and discreet switches, quick exit, export/import/delete."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _

from app import cases
from app.core.case import Case
from app.downloads import send_download
from app.fields import label_text
from app.i18n import LANG_COOKIE
from app.security import limit_new_cases, limiter
from app.start.forms import CloseForm, DeleteForm, ImportForm, NewCaseForm, ResumeForm
from app.start.importing import ImportProblem, read_case_file
from app.start.wording import NO_CASE, WRONG_CODE, import_errors

bp = Blueprint("start", __name__)
DISCREET_COOKIE = "discreet"
YEAR = 60 * 60 * 24 * 365


def is_discreet() -> bool:
    """The discreet switch: neutral tab titles, and the case's label hidden on every page."""
    return request.cookies.get(DISCREET_COOKIE) == "1"


@bp.app_context_processor
def case_globals():
    return {"has_case": cases.has_case, "discreet": is_discreet}


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
    """Start a new case. With a case open, ask first (never replace it silently): the answer
    "close it and continue" comes back here with `replace` set."""
    form = NewCaseForm()
    open_case = _open_case()
    if not form.validate_on_submit():
        if open_case is not None and form.replace.data == "1":
            return _replace_page("new", open_case, form, 422)
        return _start_page(422, new_form=form)
    if open_case is not None:
        if form.replace.data != "1":
            return _replace_page("new", open_case, form)
        cases.close()
    cases.start(Case(label=label_text(form.label.data)))
    return redirect(url_for("debts.index"))


def _open_case() -> Case | None:
    """The case open in this browser, or None (none, or it was closed, deleted or ended elsewhere)."""
    if not cases.has_case():
        return None
    try:
        return cases.load()
    except cases.NoCase:
        return None


def _replace_page(kind: str, open_case: Case, form=None, status: int = 200, unconfirmed: bool = False):
    """Ask before replacing the open case ("new", "import", or "resume" another case by its code):
    its name, "close it and continue", "go back". Nothing is changed here: the open case stays
    stored whatever the answer. `unconfirmed`: a good file was sent without this question
    answered; it was not kept.
    """
    form = form or (NewCaseForm() if kind == "new" else ImportForm(formdata=None))
    form.replace.data = "1"
    return render_template("start/replace.html", kind=kind, form=form, unconfirmed=unconfirmed,
                           case_label="" if is_discreet() else open_case.label), status


def _resume_limit() -> str:
    return current_app.config["RESUME_RATE_LIMIT"]


@bp.post("/resume")
@limiter.limit(_resume_limit)
def resume():
    """Open a case by its resume code. With another case open, ask first (never replace it
    silently): a wrong code is refused at the field before anything is asked, the code of the
    case already open just goes on, and the answer "close it and open the other case" comes back
    here with `replace` set. The open case is closed only once the other one has opened."""
    form = ResumeForm()
    if form.validate_on_submit():
        open_case = _open_case() if form.replace.data != "1" else None
        found = cases.opens(form.code.data) if open_case is not None else "unchecked"
        if found == "other":
            return _replace_page("resume", open_case, form)
        if found is not None and cases.resume_instead(form.code.data):
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
    """Leave at once: end every session of the case (this browser's and any copy of its cookie;
    the case stays stored, reachable by code) and go somewhere neutral. Never fails: with the
    database down the sessions of other browsers stay open, but this one is cleared."""
    try:
        cases.close()
    except cases.Unavailable as exc:
        current_app.logger.warning("quick exit could not end other sessions: %s", exc)
    cases.forget()
    session.clear()
    return redirect(current_app.config["QUICK_EXIT_URL"])


@bp.post("/case/close")
def close_case():
    """关闭此案件: end every session of the case, here and on any other device or cookie copy.
    The case stays stored; its resume code opens it again."""
    if not cases.has_case():
        raise cases.NoCase()
    return _close(_("案件已在所有设备上关闭。用恢复码可以再次打开。"), url_for("start.index"))


@bp.post("/case/switch")
def switch_case():
    """切换案件: close this case everywhere (as 关闭此案件 does) and go to the resume-by-code form."""
    to_resume = url_for("start.index", _anchor="resume-title")
    if not cases.has_case():
        return redirect(to_resume)
    return _close(_("案件已关闭。请输入要打开的案件的恢复码，或开始一个新案件。"), to_resume)


def _close(message: str, then: str):
    form = CloseForm()
    if not form.validate_on_submit():
        return render_template("start/case.html", import_form=ImportForm(), delete_form=DeleteForm(),
                               close_form=form), 422
    cases.close()
    session.clear()
    flash(message, "success")
    return redirect(then)


@bp.route("/case")
def case_menu():
    cases.load()
    return render_template("start/case.html", import_form=ImportForm(), delete_form=DeleteForm(),
                           close_form=CloseForm())


@bp.route("/case/export.json")
def export_case():
    data = cases.export_bytes()
    return send_download(data, "application/json", "shangan-case", ext="json")


@bp.get("/case/import")
def import_confirm():
    """With a case open, importing starts on this page: it names the open case and asks first."""
    open_case = _open_case()
    if open_case is None:
        return redirect(url_for("start.index", _anchor="import-title"))
    return _replace_page("import", open_case)


@bp.post("/case/import")
@limit_new_cases
def import_case():
    """Import a case file as a new case. A refused file changes nothing, the open case included.
    With a case open, a good file is imported only from the confirmation page (`replace` set);
    sent from anywhere else it is not kept, and that page asks first."""
    form = ImportForm()
    open_case = _open_case()
    if form.validate_on_submit():
        imported = _read_case_file(form)
        if imported is not None and open_case is not None and form.replace.data != "1":
            return _replace_page("import", open_case, unconfirmed=True)
        if imported is not None:
            if open_case is not None:
                cases.close()
            cases.start(imported)
            session["show_code"] = True
            flash(_("已导入案件。这是一个新案件，有自己的新恢复码。"), "success")
            return redirect(url_for("summary.index"))
    if open_case is None:
        return _start_page(422, import_form=form)
    return _replace_page("import", open_case, form, 422)


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
        return render_template("start/case.html", import_form=ImportForm(), delete_form=form,
                               close_form=CloseForm()), 422
    cases.delete()
    session.clear()
    flash(_("案件已删除。服务器上不再保存它。"), "success")
    return redirect(url_for("start.index"))


# A same-site path: "/", not "//" or "/\", then only characters a Location header carries unchanged
# (Werkzeug percent-encodes the others, which would send the user somewhere other than where `next`
# said), at most one query and no fragment. Anything else (other sites in any spelling, control
# characters such as CR LF, non-ASCII) falls back to the start page.
_LOCAL_PATH = re.compile(r"/(?![/\\])[\w\-.~!$&'()*+,;=:@%/]*(?:\?[\w\-.~!$&'()*+,;=:@%/?]*)?", re.ASCII)
MAX_NEXT_CHARS = 2000


def _local_path(target: object) -> str:
    """A redirect target from the request, if it is a same-site path; else the start page.

    An open redirect would let a scam page borrow our address; CR LF would break (or inject) the
    Location header. Percent-escapes stay escaped, so nothing decodes into either later.
    """
    if (isinstance(target, str) and len(target) <= MAX_NEXT_CHARS and _LOCAL_PATH.fullmatch(target)
            and not urlsplit(target).netloc):
        # request.full_path ends in "?" when there is no query; the Location header would drop it
        return target.removesuffix("?") if target.count("?") == 1 else target
    return url_for("start.index")
