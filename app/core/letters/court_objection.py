"""支付令异议书: the debtor's written objection to a payment order, disputing the amount.

An objection counts only if it disputes the debt itself: one that pleads only inability to pay,
asks for time or for instalments does not affect the order (ct_payment_order_objection_content),
so this document disputes the amount and asks for nothing else. It is not produced when the user
accepts the whole claimed total (`court.admits_all`): it would then contradict the user's own figure.
The editable reasons paragraph is prose; the claimed and admitted amounts are fixed parts, each
left out when the user has not given it (`court.missing_figures`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.case import Case
from app.core.court.papers import CourtPaper, PaperKind
from app.core.dates import format_cn_date
from app.core.letters import court
from app.core.letters.request import letter_date

TITLE = "支付令异议书"
PAPERS = "支付令"
DEFAULT_REASONS = "异议人认为，申请人主张的欠款数额与异议人了解的情况不符。"


@dataclass(frozen=True)
class Objection:
    title: str
    debtor: tuple[tuple[str, str], ...]
    creditor: tuple[str, str]
    court: str
    opening: str
    request: str
    figures: tuple[str, ...]        # fixed: the claimed total, the dispute, the admitted amount
    reasons_key: str
    reasons: str                    # the user's text, or our draft: prose only
    reasons_default: str
    basis: str
    signer: str
    dated: str
    cover: court.Cover
    missing: tuple[str, ...]        # court.missing_figures


def reasons_key(paper_id: str) -> str:
    return f"court-objection-{paper_id}-reasons"


def wanted(paper: CourtPaper) -> bool:
    """Whether this paper gets an objection: a payment order whose amount the user does not fully accept."""
    return paper.kind is PaperKind.PAYMENT_ORDER and not court.admits_all(paper)


def build(case: Case, paper: CourtPaper, today: date) -> Objection:
    debt = court.creditor_of(case, paper)
    key = reasons_key(paper.id)
    return Objection(
        title=TITLE,
        debtor=court.debtor_lines(case.applicant, "异议人（被申请人）"),
        creditor=("申请人", court.party_name(debt, PAPERS)),
        court=court.court_name(paper),
        opening=(f"异议人于{format_cn_date(paper.received_on)}收到贵院送达的支付令"
                 f"（案号：{court.case_number(paper)}）。现对该支付令所列债务提出书面异议如下。"),
        request="请求贵院依法裁定终结督促程序，支付令自行失效。",
        figures=_figures(paper),
        reasons_key=key,
        reasons=case.narratives.get(key, DEFAULT_REASONS),
        reasons_default=DEFAULT_REASONS,
        basis=(f"根据{court.cited('ct_payment_order_objection_15d', _STATUTE)}，债务人可以自收到支付令之日起"
               "十五日内向人民法院提出书面异议；人民法院收到书面异议后，经审查，异议成立的，应当裁定终结督促程序，"
               "支付令自行失效。"),
        signer=case.applicant.name.strip() or court.BLANK,
        dated=format_cn_date(letter_date(case, today)),
        cover=court.cover(case, TITLE, court.court_name(paper), paper, ("payment_order_objection",),
                          court.court_ways(paper), today),
        missing=court.missing_figures(paper),
    )


_STATUTE = ("civpro_227", "civpro_228")


def _figures(paper: CourtPaper) -> tuple[str, ...]:
    claimed = court.claimed_sentence(paper, "支付令所列申请人请求异议人给付")
    lines = [claimed + "。"] if claimed else []
    lines.append("异议人对申请人主张的债务数额有异议，对其中利息、复利、违约金等费用的计算依据和数额不予认可。")
    if paper.admitted_fen == 0:
        lines.append("异议人对申请人主张的全部金额均不予认可。")
    elif paper.admitted_fen is not None:
        admitted = f"异议人认可的欠款金额为{court.yuan(paper.admitted_fen)}"
        if paper.claimed_fen is not None:
            admitted += f"，对超出部分{court.yuan(paper.claimed_fen - paper.admitted_fen)}不予认可"
        lines.append(admitted + "。")
    return tuple(lines)
