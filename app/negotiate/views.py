"""Per creditor: where the request stands, its dated history, and the forms for what can happen next.

The view gathers, core.negotiation decides (a refusal code is worded at the field, status 422),
and the case is saved with the optimistic version check (409 when another tab saved first).
Marking a draft letter as sent makes it final as of the day it was sent, so what was sent is
kept exactly; a revised proposal retires the final version (kept in history) and sets this
creditor's monthly amount in the plan, which the new draft letter then carries.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from flask import Blueprint, abort, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from app import cases
from app.clock import today_in_china
from app.core import finals, negotiation
from app.core.case import Case, SendChannel
from app.core.letters.common import is_card
from app.core.negotiation import Refused, State
from app.letters import providers
from app.negotiate import forms, tracking, wording

bp = Blueprint("negotiate", __name__, url_prefix="/letters/creditor")

# Which forms each state offers (in page order).
OFFERED = {
    State.DRAFT: ("send",),
    State.FINAL: ("send",),
    State.REVISING: ("send",),
    State.SENT: ("agreed", "counter", "refused", "more", "noreply"),
    State.MORE_DOCUMENTS: ("agreed", "counter", "refused", "more", "noreply"),
    State.NO_REPLY: ("send", "agreed", "counter", "refused", "more", "revise"),
    State.COUNTER: ("accept", "revise", "decline"),
    State.REFUSED: ("revise",),
    State.DECLINED: ("revise",),
    State.AGREED: ("payment",),
}


@bp.route("/<debt_id>")
def page(debt_id: str):
    case, version = cases.current()
    _debt_or_404(case, debt_id)
    return _page(case, debt_id, version)


@bp.route("/<debt_id>/<action>", methods=["POST"])
def record(debt_id: str, action: str):
    case, _version = cases.current()
    _debt_or_404(case, debt_id)
    if action not in forms.FORMS:
        abort(404)
    today = today_in_china()
    form = forms.FORMS[action](prefix=action)
    if not form.validate_on_submit():
        return _page(case, debt_id, form.based_on(), submitted=(action, form), status=422)
    try:
        changed = _apply(case, debt_id, action, form, today)
    except Refused as refused:
        field = forms.REFUSAL_FIELD.get(refused.code, "on")
        getattr(form, field).errors = [*getattr(form, field).errors, str(wording.REFUSALS[refused.code])]
        return _page(case, debt_id, form.based_on(), submitted=(action, form), status=422)
    except finals.TooManyFinals:
        form.on.errors = [_("这个案件保存的定稿版本已经达到上限，不能再定稿。")]
        return _page(case, debt_id, form.based_on(), submitted=(action, form), status=422)
    conflict = cases.save_form(form, changed)
    if conflict is not None:
        return _page(conflict.newer, debt_id, conflict.version, submitted=(action, form), status=409,
                     conflict=conflict)
    flash(_("已记录。"), "success")
    return redirect(url_for("negotiate.page", debt_id=debt_id))


def _apply(case: Case, debt_id: str, action: str, form, today: date) -> Case:
    """The case after `action`; raises Refused when the core does not allow it."""
    history = negotiation.of(case, debt_id)
    key = negotiation.request_key(debt_id)
    on = form.on.date
    if action == "send":
        if finals.current(case, key) is None and on <= today and _has_letter(case, debt_id, today):
            case = finals.finalize(case, key, on)         # what is sent is kept: final as of that day
        made_final = finals.current(case, key) is not None
        history = negotiation.send(history, on, SendChannel(form.channel.data), today,
                                   is_final=made_final, tracking=forms.one_line(form.tracking.data))
    elif action == "agreed":
        reference = forms.one_line(form.reference.data)
        terms = form.terms(stops_interest=form.stops_interest.data, reference=reference)
        history = negotiation.agree(history, on, terms, today)
    elif action == "counter":
        history = negotiation.counter(history, on, form.terms(), today)
    elif action == "refused":
        history = negotiation.refuse(history, on, today, forms.one_line(form.note.data))
    elif action == "more":
        history = negotiation.more_documents(history, on, form.items(), form.reply_by_on.date, today)
    elif action == "noreply":
        history = negotiation.no_reply(history, on, today)
    elif action == "accept":
        history = negotiation.accept(history, on, today, forms.one_line(form.reference.data),
                                     form.stops_interest.data)
    elif action == "decline":
        history = negotiation.decline(history, on, today, forms.one_line(form.note.data))
    elif action == "revise":
        history = negotiation.revise(history, on, form.monthly.fen, today)
        case = finals.retire(case, key, today)
        case = _with_monthly(case, debt_id, form.monthly.fen)
    elif action == "payment":
        history = negotiation.pay(history, on, form.amount.fen or 0, today)
    agreed = negotiation.agreement_in_force(history)
    if action in ("agreed", "accept") and agreed is not None:
        case = _with_monthly(case, debt_id, agreed[1].terms.monthly_fen)
    return negotiation.with_negotiation(case, history)


def _with_monthly(case: Case, debt_id: str, monthly_fen: int | None) -> Case:
    """The plan with this creditor's monthly amount set (or back to its pro-rata share when None)."""
    amounts = {k: v for k, v in case.plan.monthly_by_debt.items() if k != debt_id}
    if monthly_fen is not None:
        amounts[debt_id] = monthly_fen
    return replace(case, plan=replace(case.plan, monthly_by_debt=amounts))


def _has_letter(case: Case, debt_id: str, today: date) -> bool:
    """The case as it is now writes a request letter to this creditor (one that can be made final)."""
    plan = providers.case_plan(case, today)
    return any(c.debt_id == debt_id and providers.printable(c) for c in plan.creditors)


def _debt_or_404(case: Case, debt_id: str):
    debt = case.debt(debt_id)
    if debt is None:
        abort(404)
    return debt


def _page(case: Case, debt_id: str, version: int | None, submitted=None, status: int = 200, conflict=None):
    today = today_in_china()
    debt = _debt_or_404(case, debt_id)
    history = negotiation.of(case, debt_id)
    final = finals.current(case, negotiation.request_key(debt_id))
    current = negotiation.state_of(history, final is not None)
    shown = {}
    for action in OFFERED[current]:
        if submitted and submitted[0] == action:
            shown[action] = submitted[1]
        else:
            shown[action] = forms.FORMS[action](prefix=action, formdata=None,
                                                data={"case_version": version, "on": today})
    if submitted and submitted[0] not in shown:
        shown[submitted[0]] = submitted[1]
    pending = negotiation.pending_counter(history)
    comparison = (negotiation.compare(case, debt_id, pending.terms, today)
                  if pending is not None and pending.terms is not None else None)
    action, action_on = tracking.next_action(case, debt_id, today)
    names = tracking.account_names(case)
    return render_template(
        "negotiate/page.html", debt=debt, name=names[debt_id], names=names, history=history, state=current,
        final=final, forms=shown, wording=wording, standing=negotiation.standing(history, today),
        comparison=comparison, pending=pending, next_action=action, next_on=action_on,
        reply_due=negotiation.reply_due(history), card=is_card(debt),
        warnings=[w for w in tracking.warnings(case, today) if w.debt_id == debt_id],
        schedule=negotiation.schedule, total=negotiation.total_fen, conflict=conflict,
        conduct_link=_link("conduct.findings"), today=today, State=State,
        has_letter=any(d.id == debt_id for d in tracking.tracked(case, today)),
        errors=submitted[1] if submitted else None,
    ), status


def _link(endpoint: str, **values) -> str | None:
    if endpoint not in current_app.view_functions:
        return None
    return url_for(endpoint, **values)

