"""The documents answering a court paper, registered into app.documents at import.

Per paper in the case: a 支付令异议书 for a payment order whose amount the user does not fully accept,
a 民事答辩状 for a complaint or summons, and a 调解 / 执行和解 proposal for a complaint, summons,
pre-filing mediation, judgment or enforcement notice. Content comes from app.core.letters.court_*;
this module wraps it as Documents with UI-language summaries, the English explanation, the details
each still lacks and the submission sheet printed before it (`Document.cover`).
"""

from __future__ import annotations

from datetime import date

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from app import cases, documents
from app.clock import today_in_china
from app.core import citations
from app.core import plan as core_plan
from app.core.case import Case
from app.core.court.papers import CourtPaper, PaperKind
from app.core.letters import court, court_answer, court_objection, court_proposal
from app.court.views import bp
from app.documents import Document, Paragraph
from app.downloads import safe_filename
from app.letters.providers import case_plan

COVER_TEMPLATE = "letters/_court_cover.html"
OBJECTION_TEMPLATE = "letters/_court_objection.html"
ANSWER_TEMPLATE = "letters/_court_answer.html"
PROPOSAL_TEMPLATE = "letters/_court_proposal.html"
SIGNED = ("name", "phone")

# The deadlines as the documents page names them (UI language), by Deadline.code.
DEADLINE_NAMES = {
    "answer": _l("提交答辩状"),
    "jurisdiction_objection": _l("提出管辖异议"),
    "payment_order_objection": _l("提出支付令书面异议"),
    "appeal_judgment": _l("对判决提起上诉"),
    "appeal_ruling": _l("对裁定提起上诉"),
    "award_nonenforcement": _l("申请不予执行仲裁裁决"),
    "award_setaside": _l("申请撤销仲裁裁决"),
    "hearing": _l("开庭"),
}
# What the documents page cites beside a court document's notes (court-stage §8 items).
NOTE_ITEMS = {
    "objection": ("ct_payment_order_objection_content",),
    "jurisdiction": ("ct_jurisdiction_objection", "ct_jurisdiction_defendant_domicile"),
    "settlement": ("ct_enforcement_settlement",),
    "counting": ("ct_deadline_counting",),
}

OBJECTION_EN = (
    'A written objection to the payment order {number} from {court}. It names the court, the case '
    'number, the debtor and the applicant, states the amount the order claims and the amount the '
    "debtor accepts (each only when entered), disputes the bank's interest, compound interest and "
    'penalties as stated, and asks the court to end the payment-order procedure so the order lapses '
    '(Civil Procedure Law arts. 227-228). It asks for no instalments: an objection only about time or '
    'ability to pay does not count. A cover sheet with the deadline and how to file it comes first; '
    'it is for the debtor, not the court.'
)

ANSWER_EN = (
    'A written defence to the lawsuit {number} at {court}: what the debtor accepts and disputes '
    '(figures only when entered), a request to reduce an excessive total of interest and penalties '
    '(for a bank card under the bank-card disputes rules, art. 2 para. 2; for other lenders under '
    'Civil Code art. 585 para. 2 on penalties; never a percentage), the hardship statement (the only '
    "editable text) with the household figures, and the debtor's instalments offered for "
    'mediation.{jurisdiction} A cover sheet with the deadline and how to file it comes first.'
)

JURISDICTION_EN = (
    ' It opens with an objection to jurisdiction (the debtor lives elsewhere and the standard-form '
    'clause was not drawn to their attention), which must be filed within the answer period.'
)

PROPOSAL_EN = (
    "A repayment proposal for {to}: the household figures and this creditor's instalments (or 'to be "
    "agreed' when the plan runs past 60 instalments). After a judgment it is a settlement offer that "
    'states honestly that the creditor may resume enforcement if the settlement is not kept. A cover '
    'sheet comes first.'
)


@documents.register
def court_documents(case: Case, today: date) -> list[Document]:
    """The documents of every court paper, paper by paper in the order they were recorded."""
    if not case.court_papers:
        return []
    plan = case_plan(case, today)
    found: list[Document] = []
    for paper in case.court_papers:
        if court_objection.wanted(paper):
            found.append(_objection(case, paper, today))
        if court_answer.wanted(paper):
            found.append(_answer(case, paper, plan, today))
        if court_proposal.wanted(paper):
            found.append(_proposal(case, paper, plan, today))
    return found


@bp.app_template_global("court_documents_of")
def documents_of(paper: CourtPaper) -> list[Document]:
    """The documents answering `paper` in the open case, for its page in the court step."""
    found = court_documents(cases.load(), today_in_china())
    return [doc for doc in found if doc.key.endswith(f"-{paper.id}")]


@documents.register_notices
def withheld_objections(case: Case) -> list[str]:
    """Payment orders whose whole amount the user accepts: no objection is written, and why."""
    return [_("支付令（%(number)s）：您认可的金额与支付令上的金额相同，所以没有生成异议书。只对还款期限或"
              "分期方式提出的异议，不影响支付令的效力；如果您对金额有异议，请在“法院与仲裁”一步修改您认可的金额。",
              number=_number(paper))
            for paper in case.court_papers
            if paper.kind is PaperKind.PAYMENT_ORDER and court.admits_all(paper)]


def _page(paper: CourtPaper) -> dict:
    """What the documents page shows beside the document (templates/letters/_court_submit.html)."""
    return {"paper": paper, "deadline_names": {code: str(name) for code, name in DEADLINE_NAMES.items()},
            "cite": {name: tuple(cid for item in items for cid in citations.item(item))
                     for name, items in NOTE_ITEMS.items()}}


def _number(paper: CourtPaper) -> str:
    """The 案号 in a title (titles are printed, so always Simplified Chinese)."""
    return paper.case_number.strip() or "未填写案号"


def _objection(case: Case, paper: CourtPaper, today: date) -> Document:
    content = court_objection.build(case, paper, today)
    return Document(
        key=f"court-objection-{paper.id}", title=f"{content.title}（{_number(paper)}）",
        summary=_("交给 %(court)s 的支付令书面异议：对金额提出异议，请求终结督促程序。", court=content.court),
        template=OBJECTION_TEMPLATE, cover=COVER_TEMPLATE,
        filename=safe_filename("court-objection", paper.id, ext="pdf"),
        context={"objection": content, "cover": content.cover, **_page(paper)},
        paragraphs=(Paragraph(key=content.reasons_key, label=_("异议理由"),
                              default=content.reasons_default),),
        explain_en=OBJECTION_EN.format(number=paper.case_number or "(no case number)", court=content.court),
        needs=SIGNED, lacking=content.missing,
    )


def _answer(case: Case, paper: CourtPaper, plan: core_plan.Plan, today: date) -> Document:
    content = court_answer.build(case, paper, plan, today)
    return Document(
        key=f"court-answer-{paper.id}", title=f"{content.title}（{_number(paper)}）",
        summary=_("交给 %(court)s 的答辩状：认可和不认可的金额、请求减少利息和违约金、困难情况和调解方案。",
                  court=content.court),
        template=ANSWER_TEMPLATE, cover=COVER_TEMPLATE,
        filename=safe_filename("court-answer", paper.id, ext="pdf"),
        context={"answer": content, "cover": content.cover, **_page(paper)},
        paragraphs=(Paragraph(key=content.hardship_key, label=_("困难情况（答辩状）"),
                              default=content.hardship_default),),
        explain_en=ANSWER_EN.format(number=paper.case_number or "(no case number)", court=content.court,
                                    jurisdiction=JURISDICTION_EN if content.jurisdiction else ""),
        needs=SIGNED, lacking=content.missing,
    )


def _proposal(case: Case, paper: CourtPaper, plan: core_plan.Plan, today: date) -> Document:
    content = court_proposal.build(case, paper, plan, today)
    if content.settlement:
        summary = _("寄给 %(to)s 的和解方案：按您的还款方案分期履行。", to=content.addressee)
    else:
        summary = _("交给 %(to)s 的调解还款方案：按您的还款方案分期还款。", to=content.addressee)
    return Document(
        key=f"court-proposal-{paper.id}", title=f"{content.title}（{_number(paper)}）", summary=summary,
        template=PROPOSAL_TEMPLATE, cover=COVER_TEMPLATE,
        filename=safe_filename("court-proposal", paper.id, ext="pdf"),
        context={"proposal": content, "cover": content.cover, **_page(paper)},
        explain_en=PROPOSAL_EN.format(
            to="the judgment creditor" if content.settlement else "the court's mediator"),
        needs=SIGNED,
    )
