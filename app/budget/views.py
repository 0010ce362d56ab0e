"""SPEC step 5: the household budget, saved on every valid submit, with its monthly totals."""

from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from app import cases
from app.budget import typical, wording
from app.budget.forms import BudgetForm, form_data_for
from app.clock import today_in_china
from app.core import plan
from app.core.case import Budget
from app.i18n import ui_money
from app.page_cache import cached

bp = Blueprint("budget", __name__, url_prefix="/budget")


@bp.route("/", methods=["GET", "POST"])
@cached
def index():
    case, version = cases.current()
    initial = None if request.method == "POST" else form_data_for(case.budget) | {"case_version": version}
    form = BudgetForm(data=initial)
    conflict = None
    if request.method == "POST" and form.validate_with_today(today_in_china()):
        conflict = cases.save_form(form, replace(cases.load(), budget=form.to_budget()))
        if conflict is None:
            flash(_("收支情况已保存。"), "success")
            return redirect(url_for("plan.index" if request.form.get("then") == "next" else "budget.index"))
    status = cases.page_status(conflict)
    shown = conflict.newer.budget if conflict else cases.load().budget
    _describe_typical(form, shown)
    return render_template("budget/index.html", form=form, conflict=conflict, budget=shown,
                           disposable_fen=plan.disposable(shown) if shown else None,
                           wording=wording, typical=typical), status


def _describe_typical(form: BudgetForm, budget: Budget | None) -> None:
    """National averages as the hint of the lines that have one, for the household size typed or saved."""
    size = form.household_size.number or (budget.household_size if budget else 1)
    for category in wording.SPENDING:
        hint = typical.typical(category, size)
        if hint is not None:
            form.spending_field(category).description = _(
                "对照：%(year)s年全国居民平均每人每月约 %(person)s；按 %(n)s 口人约 %(household)s。",
                year=typical.YEAR, person=ui_money(hint.per_person_fen), n=hint.household_size,
                household=ui_money(hint.household_fen))
