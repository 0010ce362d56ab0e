"""SPEC step 2: the list of accounts, and adding, editing and removing one."""

from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from app import cases
from app.clock import today_in_china
from app.core import issuers
from app.core.case import new_id
from app.debts.forms import DebtForm, form_data_for, issuer_label, with_debt
from app.fields import CaseForm
from app.i18n import per_locale
from app.page_cache import cached

bp = Blueprint("debts", __name__, url_prefix="/debts")


@bp.route("/")
@cached
def index():
    case, version = cases.current()
    show_code = cases.take_new_code()
    return render_template("debts/index.html", debts=case.debts, show_code=show_code,
                           remove_form=CaseForm(case_version=version))


@bp.route("/new", methods=["GET", "POST"])
def new():
    case, version = cases.current()
    if request.method == "GET" and len(case.debts) >= current_app.config["MAX_DEBTS"]:
        flash(_("最多可以登记 %(n)s 笔欠款。", n=current_app.config["MAX_DEBTS"]), "warning")
        return redirect(url_for("debts.index"))
    return _edit(DebtForm(case_version=version), new_id(), is_new=True)


@bp.route("/<debt_id>/edit", methods=["GET", "POST"])
def edit(debt_id: str):
    case, version = cases.current()
    debt = case.debt(debt_id) or abort(404)
    initial = None if request.method == "POST" else form_data_for(debt) | {"case_version": version}
    form = DebtForm(data=initial)
    return _edit(form, debt.id, is_new=False)


def _edit(form: DebtForm, debt_id: str, is_new: bool):
    conflict = None
    if request.method == "POST" and form.validate_with_today(today_in_china()):
        case = cases.load()
        if is_new and len(case.debts) >= current_app.config["MAX_DEBTS"]:
            flash(_("最多可以登记 %(n)s 笔欠款。", n=current_app.config["MAX_DEBTS"]), "warning")
            return redirect(url_for("debts.index"))
        debt = form.to_debt(debt_id, today_in_china())
        conflict = cases.save_form(form, replace(case, debts=with_debt(case.debts, debt)))
        if conflict is None:
            flash(_("已保存：%(name)s。", name=issuer_display(debt)), "success")
            target = "debts.new" if request.form.get("then") == "add" else "debts.index"
            return redirect(url_for(target))
    status = cases.page_status(conflict)
    template = "debts/_form.html" if request.args.get("fragment") else "debts/edit.html"
    return render_template(template, form=form, is_new=is_new, debt_id=debt_id, conflict=conflict,
                           debts=conflict.newer.debts if conflict else cases.load().debts), status


@bp.post("/<debt_id>/delete")
def delete(debt_id: str):
    case = cases.load()
    form = CaseForm()
    debt = case.debt(debt_id) or abort(404)
    if not form.validate_on_submit():
        abort(400)
    try:
        remaining = tuple(d for d in case.debts if d.id != debt_id)
        cases.save(replace(case, debts=remaining), based_on=form.based_on())
    except cases.Conflict:
        flash(_("这个案件刚在别处更新过，请看一下最新内容后再删除。"), "warning")
    else:
        flash(_("已删除：%(name)s。", name=issuer_display(debt)), "success")
    return redirect(url_for("debts.index"))


@per_locale
def _issuer_labels() -> dict[str, str]:
    """Each known issuer's name in the UI language, by code."""
    return {issuer.code: issuer_label(issuer) for issuer in issuers.ISSUERS}


def issuer_names(debts) -> dict[str, str]:
    """`issuer_display` of each debt, by id, with the locale looked up once (the summary names 20)."""
    labels = _issuer_labels()
    return {debt.id: _issuer_name(debt, labels) for debt in debts}


def _issuer_name(debt, labels: dict[str, str]) -> str:
    return debt.creditor_name if debt.issuer_other or debt.issuer not in labels else labels[debt.issuer]


@bp.app_template_global("issuer_display")
def issuer_display(debt) -> str:
    """The creditor's name in the UI language; the user's own text for "other"."""
    return _issuer_name(debt, _issuer_labels())
