"""SPEC step 6: what the household can afford, the monthly offer and its effect on every creditor.

Every valid submit saves the choices (the project autosaves, so going back never loses an
answer). A POST to /plan/preview computes the same result for typed values without saving:
plan.js sends the form there as the user types and swaps the result in place. The result shows
each creditor's schedule compactly; /plan/schedule/<debt_id> lists every installment, for the
saved choices (GET) or for the typed ones (POST from the preview). Typed amounts travel in
request bodies, never in URLs, which proxies and browser histories keep.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from app import cases
from app.clock import today_in_china
from app.core import plan as core_plan
from app.core.case import Case, PlanChoices
from app.core.dates import first_of_next_month
from app.debts.views import issuer_display
from app.fragments import fragment
from app.i18n import formats, ui_date, ui_money
from app.page_cache import cached
from app.plan import chart, rows, wording
from app.plan.forms import PlanForm, form_data_for

bp = Blueprint("plan", __name__, url_prefix="/plan")
CHOICE_FIELDS = ("offer", "down", "start", "waive")
_HEX_ID = re.compile(r"[0-9a-f]+")
ACTIONS = "plan/_actions.html"      # the links under the plan: the same for every case


@bp.route("/", methods=["GET", "POST"])
@cached
def index():
    case, version = cases.current()
    today = today_in_china()
    initial = None if request.method == "POST" else form_data_for(case.plan) | {"case_version": version}
    form = PlanForm(data=initial)
    conflict = None
    if request.method == "POST" and form.validate_with_today(today):
        saved = cases.load()
        conflict = cases.save_form(form, replace(saved, plan=form.choices(saved.plan)))
        if conflict is None:
            flash(_("还款方案已保存。"), "success")
            return redirect(url_for("plan.index"))
    status = cases.page_status(conflict)
    shown = conflict.newer if conflict else cases.load()
    result = result_context(shown, shown.plan)
    _describe_defaults(form, result["plan"].default_offer_fen, first_of_next_month(today))
    return render_template("plan/index.html", form=form, conflict=conflict, case=shown,
                           afford=affordability(shown), actions=fragment(ACTIONS),
                           **result), status


@bp.post("/preview")
def preview():
    """The result fragment for the typed choices, computed and never saved."""
    case = cases.load()
    form = PlanForm(formdata=request.form, meta={"csrf": False})    # CSRFProtect checked the POST
    if not form.validate_with_today(today_in_china(), submitted=False):
        return render_template("plan/_invalid.html", form=form), 422
    typed = {name: request.form[name] for name in CHOICE_FIELDS if name in request.form}
    context = result_context(case, form.choices(case.plan), typed)
    return render_template("plan/_result.html", case=case, **context)


@bp.route("/schedule/<debt_id>", methods=["GET", "POST"])
def schedule(debt_id: str):
    """Every installment for one creditor: the saved choices (GET), or the typed ones the preview
    posts."""
    case = cases.load()
    debt = case.debt(debt_id) or abort(404)
    choices = case.plan
    if request.method == "POST":
        form = PlanForm(formdata=request.form, meta={"csrf": False})
        if not form.validate_with_today(today_in_china(), submitted=False):
            return render_template("plan/schedule.html", form=form, name=issuer_display(debt)), 422
        choices = form.choices(case.plan)
    result = core_plan.build(case.debts, case.budget, choices, today_in_china())
    creditor = next(c for c in result.creditors if c.debt_id == debt_id)
    fmt = formats()
    [row] = rows.creditor_rows(replace(result, creditors=(creditor,)), {debt.id: debt},
                               {debt.id: issuer_display(debt)}, fmt)
    table = [(i.number, fmt.date(i.due_on), fmt.money(i.amount_fen)) for i in creditor.installments]
    return render_template("plan/schedule.html", row=row, table=table, name=row.name,
                           preview=request.method == "POST")


def result_context(case: Case, choices: PlanChoices, typed: dict | None = None) -> dict:
    """The plan built by the core, its chart and its words, ready for plan/_result.html.

    `typed` is what the preview was sent (choices not saved): the full schedules are asked for
    with it.
    """
    result = core_plan.build(case.debts, case.budget, choices, today_in_china())
    curve = core_plan.balance_curve(result)
    fmt = formats()
    debts = {d.id: d for d in case.debts}
    names = {d.id: issuer_display(d) for d in case.debts}
    return {"plan": result, "curve": curve, "chart": chart.layout(curve), "wording": wording,
            "choices": choices, "creditors": rows.creditor_rows(result, debts, names, fmt),
            "curve_rows": rows.curve_rows(curve, fmt), "typed": typed or {},
            "schedule_urls": schedule_urls([d.id for d in case.debts]),
            "last_payment_on": curve[-2][0] if len(curve) > 1 else None}   # the curve ends a month later


def schedule_urls(debt_ids: list[str]) -> dict[str, str]:
    """url_for("plan.schedule", debt_id=...) for each debt, with Werkzeug's URL building done once:
    a debt id is eight hex digits (core.case.new_id; imports are checked), which a URL keeps as
    they are. Any other id is built by url_for itself."""
    stem = url_for("plan.schedule", debt_id="0")[:-1]
    return {i: stem + i if _HEX_ID.fullmatch(i) else url_for("plan.schedule", debt_id=i) for i in debt_ids}


def affordability(case: Case) -> dict | None:
    """Income, essential spending, what is left, the 10 % buffer and the suggested offer."""
    budget = case.budget
    if budget is None:
        return None
    spending = budget.spending_total_fen
    return {"income": budget.income_total_fen, "spending": spending,
            "disposable": core_plan.disposable(budget),
            "buffer": -(-spending * core_plan.BUFFER_PERCENT // 100),   # rounded up, as the core does
            "offer": core_plan.default_offer(budget)}


def _describe_defaults(form: PlanForm, default_offer_fen: int, default_start: date) -> None:
    """The hints under the offer and start fields name the suggestion a blank field stands for."""
    form.offer.description = _("不填就按建议金额 %(amount)s。清空这一栏就恢复建议金额。",
                               amount=ui_money(default_offer_fen))
    form.start.description = _("不填就从 %(date)s（下个月 1 日）开始。不能早于今天。",
                               date=ui_date(default_start))

