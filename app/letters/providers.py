"""The documents this step writes, registered into app.documents at import.

One request letter per creditor whose plan has a schedule within 60 installments (a plan over
the limit gets no letter: the documents page explains the options instead), the volunteer's case summary, and
the phone script (which carries the scam warning). Content comes from app.core.letters; these
functions only wrap it as Documents with UI-language summaries and the English explanation.
"""

from __future__ import annotations

from datetime import date

from flask_babel import gettext as _

from app import documents
from app.core import issuers
from app.core import plan as core_plan
from app.core.case import Case, Debt
from app.core.letters import phone_script, request, summary_sheet
from app.core.letters.common import account_label, is_card
from app.core.money import format_yuan
from app.documents import Document, Paragraph
from app.letters import wording

REQUEST_TEMPLATE = "letters/_request.html"
SUMMARY_TEMPLATE = "letters/_summary_sheet.html"
SCRIPT_TEMPLATE = "letters/_phone_script.html"


def case_plan(case: Case, today: date) -> core_plan.Plan:
    return core_plan.build(case.debts, case.budget, case.plan, today)


@documents.register
def request_letters(case: Case, today: date) -> list[Document]:
    """A request letter for each creditor whose plan has a schedule that fits 60 installments, in the
    order the debts were listed. An over-limit plan gets none: the letter would quote 最长期限不超过5年
    beside a longer schedule, and the bank would refuse it. The documents page shows the options."""
    plan = case_plan(case, today)
    return [_request_document(case, plan, creditor, today)
            for creditor in plan.creditors if printable(creditor)]


def printable(creditor: core_plan.CreditorPlan) -> bool:
    """Whether a creditor gets a request letter: a listed schedule within the 60-installment limit."""
    return bool(creditor.installments) and not creditor.over_limit


@documents.register
def case_summary(case: Case, today: date) -> list[Document]:
    if not case.debts:
        return []
    sheet = summary_sheet.build(case, case_plan(case, today), today)
    return [Document(key="summary", title=sheet.title, summary=str(wording.SUMMARY_SUMMARY),
                     template=SUMMARY_TEMPLATE, filename="case-summary.pdf", context={"sheet": sheet},
                     explain_en=wording.SUMMARY_EXPLAIN_EN)]


@documents.register
def phone_scripts(case: Case, today: date) -> list[Document]:
    plan = case_plan(case, today)
    if not any(printable(c) for c in plan.creditors):
        return []
    script = phone_script.build(case, plan)
    return [Document(key="phone-script", title=script.title, summary=str(wording.SCRIPT_SUMMARY),
                     template=SCRIPT_TEMPLATE, filename="phone-script.pdf", context={"script": script},
                     explain_en=wording.SCRIPT_EXPLAIN_EN)]


def _request_document(case: Case, plan: core_plan.Plan, creditor: core_plan.CreditorPlan,
                      today: date) -> Document:
    debt = case.debt(creditor.debt_id)
    letter = request.build(case, creditor, plan, today)
    paragraph = Paragraph(key=letter.hardship_key, default=letter.hardship_default,
                          label=_("困难说明（写给 %(creditor)s）", creditor=debt.creditor_name))
    explain = wording.REQUEST_EXPLAIN_EN if is_card(debt) else wording.LENDER_EXPLAIN_EN
    return Document(
        key=f"request-{debt.id}",
        title=f"{letter.title}（{account_label(debt)}）",
        summary=_("寄给 %(creditor)s 的个性化分期还款（停息挂账）申请书，附还款计划表。",
                  creditor=debt.creditor_name),
        template=REQUEST_TEMPLATE,
        filename=request_filename(debt),
        context={"letter": letter},
        paragraphs=(paragraph,),
        explain_en=explain.format(
            creditor=_english_name(debt), held=format_yuan(creditor.plan_amount_fen),
            months=creditor.months, start=creditor.installments[0].due_on.isoformat(),
            reply_by=letter.reply_by_on.isoformat()),
    )


def request_filename(debt: Debt) -> str:
    """'request-cmb-1234.pdf': only ASCII letters, digits and '-', whatever the case holds."""
    from app.downloads import safe_filename
    tail = debt.tail if debt.tail.isascii() and debt.tail.isalnum() else ""
    return safe_filename("request", debt.issuer.replace("_", "-"), tail or debt.id, ext="pdf")


def _english_name(debt: Debt) -> str:
    known = issuers.BY_CODE.get(debt.issuer)
    if known and not debt.issuer_other:
        return known.name_en
    return debt.creditor_name
