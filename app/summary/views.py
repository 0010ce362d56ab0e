"""SPEC step 3: totals, each account's stage and flags, most urgent first, and a chart."""

from __future__ import annotations

from flask import Blueprint, render_template

from app import cases
from app.clock import today_in_china
from app.core import overdue
from app.debts.views import issuer_display
from app.i18n import ui_money
from app.summary import chart, wording

bp = Blueprint("summary", __name__, url_prefix="/summary")


@bp.route("/")
def index():
    case = cases.load()
    summary = overdue.summarize(case.debts, today_in_china())
    labels = {account.debt.id: _chart_label(account.debt) for account in summary.accounts}
    bars, height = chart.layout([(labels[bar.debt_id], ui_money(bar.owed_fen), bar.owed_fen)
                                 for bar in summary.chart])
    return render_template("summary/index.html", summary=summary, bars=bars, chart_height=height,
                           chart_width=chart.WIDTH, wording=wording, today=today_in_china())


def _chart_label(debt) -> str:
    """The bar's label in the UI language: the core's chart_label names the creditor in Chinese."""
    name = issuer_display(debt)
    return f"{name} ****{debt.tail}" if debt.tail else name
