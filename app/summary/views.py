"""SPEC step 3: totals, each account's stage and flags, most urgent first, and a chart.

Each account shows, under each of its flags, the user's own facts and what would change the
flag; what a kind of flag means, what to do next and its citations are shown once, below the
accounts, and every flag of that kind links there (a debtor with 20 cards reads them once).
"""

from __future__ import annotations

from flask import Blueprint, render_template

from app import cases
from app.clock import today_in_china
from app.core import overdue
from app.debts.views import issuer_names
from app.fragments import Fragments
from app.i18n import formats
from app.negotiate import tracking
from app.page_cache import cached
from app.summary import chart, phases, rows, wording

bp = Blueprint("summary", __name__, url_prefix="/summary")
PAGE_END = "summary/_page_end.html"     # M1…M7+, the scam warning, back and next: the same for all


@bp.app_template_global("summary_words")
def summary_words() -> dict:
    """The summary's words in the active locale, for its cached fragments (app.summary.rows)."""
    return wording.words()


@bp.route("/")
@cached
def index():
    case = cases.load()
    today = today_in_china()
    summary = overdue.summarize(case.debts, today)
    names = issuer_names(case.debts)
    labels = {debt.id: _account_label(names[debt.id], debt.tail) for debt in case.debts}
    money = formats().money
    owed = {debt.id: money(debt.owed_fen) for debt in case.debts}     # in the chart and each account
    bars, height = chart.layout([(labels[bar.debt_id], owed[bar.debt_id], bar.owed_fen)
                                 for bar in summary.chart])
    return render_template("summary/index.html", summary=summary, words=wording.words(),
                           bars=chart.svg_bars(bars), chart_height=height, chart_width=chart.WIDTH,
                           accounts=rows.accounts_html(summary, names, owed), guide=rows.guide(summary),
                           cards=phases.phase_cards(case.debts, labels, today), card_words=phases.words(),
                           payment_warnings=tracking.warnings(case, today), page_end=Fragments()(PAGE_END))


def _account_label(name: str, tail: str) -> str:
    """'招商银行 ****1234' in the UI language, for the chart and the phase cards (the core's
    chart_label names the creditor in Chinese)."""
    return f"{name} ****{tail}" if tail else name
