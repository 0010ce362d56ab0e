"""The step 法院与仲裁: the papers received, adding, editing and removing one, and each paper's page."""

from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from app import cases
from app.clock import today_in_china
from app.core.bounds import MAX_COURT_PAPERS
from app.core.case import Case, new_id
from app.court import followup, pages, wording
from app.court.forms import NOT_LISTED, PaperForm, form_data_for, with_paper
from app.debts.views import issuer_display
from app.fields import CaseForm
from app.page_cache import cached

bp = Blueprint("court", __name__, url_prefix="/court")
followup.register_summary_global(bp)


def _names(case: Case) -> dict[str, str]:
    def name(debt) -> str:
        return issuer_display(debt) + (" · " + _("尾号%(tail)s", tail=debt.tail) if debt.tail else "")
    return {d.id: name(d) for d in case.debts}


@bp.route("/")
@cached
def index():
    case, version = cases.current()
    today = today_in_china()
    rows = [(paper, pages.creditor_of(case, paper),
             next((r for r in pages.deadline_rows(case, paper) if r.due_on >= today), None))
            for paper in case.court_papers]
    return render_template("court/index.html", rows=rows, kinds=wording.KINDS, today=today,
                           remove_form=CaseForm(case_version=version), full=len(rows) >= MAX_COURT_PAPERS)


@bp.route("/new", methods=["GET", "POST"])
def new():
    case, version = cases.current()
    if request.method == "GET" and len(case.court_papers) >= MAX_COURT_PAPERS:
        return _full()
    initial = {"case_version": version} if request.method == "GET" else None
    form = PaperForm(case.debts, _names(case), data=initial)
    return _edit(form, new_id(), is_new=True)


@bp.route("/<paper_id>/edit", methods=["GET", "POST"])
def edit(paper_id: str):
    case, version = cases.current()
    paper = _paper(case, paper_id)
    initial = None
    if request.method == "GET":
        initial = form_data_for(paper) | {"case_version": version}
        initial["debt_id"] = paper.debt_id if case.debt(paper.debt_id) else NOT_LISTED
    return _edit(PaperForm(case.debts, _names(case), data=initial), paper.id, is_new=False)


def _edit(form: PaperForm, paper_id: str, is_new: bool):
    conflict = None
    if request.method == "POST" and form.validate_with_today(today_in_china()):
        case = cases.load()
        if is_new and len(case.court_papers) >= MAX_COURT_PAPERS:
            return _full()
        paper = form.to_paper(paper_id)
        conflict = cases.save_form(form, replace(case, court_papers=with_paper(case.court_papers, paper)))
        if conflict is None:
            flash(_("已保存：%(kind)s。", kind=wording.KINDS[paper.kind]), "success")
            return redirect(url_for("court.paper", paper_id=paper.id))
    return render_template("court/edit.html", form=form, is_new=is_new, paper_id=paper_id,
                           conflict=conflict), cases.page_status(conflict)


def _full():
    flash(_("最多可以记录 %(n)s 份文书。", n=MAX_COURT_PAPERS), "warning")
    return redirect(url_for("court.index"))


@bp.route("/<paper_id>")
@cached
def paper(paper_id: str):
    case = cases.load()
    return render_template("court/paper.html", page=pages.describe(case, _paper(case, paper_id)),
                           channels=wording.CHANNELS, counting=wording.COUNTING,
                           prevails=wording.COURT_PREVAILS, words=wording)


@bp.post("/<paper_id>/delete")
def delete(paper_id: str):
    case = cases.load()
    form = CaseForm()
    found = _paper(case, paper_id)
    if not form.validate_on_submit():
        abort(400)
    try:
        remaining = tuple(p for p in case.court_papers if p.id != paper_id)
        cases.save(replace(case, court_papers=remaining), based_on=form.based_on())
    except cases.Conflict:
        flash(_("这个案件刚在别处更新过，请看一下最新内容后再删除。"), "warning")
    else:
        flash(_("已删除：%(kind)s。", kind=wording.KINDS[found.kind]), "success")
    return redirect(url_for("court.index"))


def _paper(case: Case, paper_id: str):
    return next((p for p in case.court_papers if p.id == paper_id), None) or abort(404)
