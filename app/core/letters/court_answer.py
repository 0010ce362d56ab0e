"""民事答辩状: the debtor's written defence to a complaint (起诉状副本 / 应诉通知书 / 传票).

It admits what the user accepts is owed and disputes the rest (fixed figures, left out when the user
gave none), asks the court to reduce an excessive total of interest, compound interest and penalties
(ct_interest_reduction), states the hardship with the request letter's facts, and proposes this
creditor's installments for 调解. The reduction request never names a percentage (the 24 % figure is
UNVERIFIED, court-stage §5): for a bank card it rests on 银行卡纠纷规定 第二条第二款; for a 网贷 lender
or a creditor the user did not name, the card rule does not apply, so it rests on 民法典 第五百八十五条
第二款 (违约金) and asks only for the rest to be examined. An optional 管辖异议 comes first, when the
user lives outside the court's area and the jurisdiction clause was a standard form not drawn to
their attention; it must be filed within the answer period (ct_jurisdiction_objection).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.case import Case, Debt
from app.core.court.papers import CourtPaper, PaperKind
from app.core.dates import format_cn_date
from app.core.letters import court
from app.core.letters.common import amount, is_card
from app.core.letters.request import letter_date
from app.core.plan import Plan

TITLE = "民事答辩状"
PAPERS = "起诉状"
KINDS = (PaperKind.COMPLAINT, PaperKind.SUMMONS)


@dataclass(frozen=True)
class Answer:
    title: str
    debtor: tuple[tuple[str, str], ...]
    creditor: tuple[str, str]
    court: str
    opening: str
    jurisdiction: tuple[str, ...]   # the 管辖异议 paragraphs, or () when not raised
    figures: tuple[str, ...]        # fixed: the claim, what is admitted and what is disputed
    reduction: str                  # the request to reduce interest and penalties, or "" when all is admitted
    hardship_key: str
    hardship: str                   # the user's text, or our draft: prose only
    hardship_default: str
    household: str                  # fixed: the household's monthly figures and the offer
    mediation: str
    terms: tuple[str, ...]          # this creditor's installments, or () ("另行协商")
    terms_note: str
    signer: str
    dated: str
    cover: court.Cover
    missing: tuple[str, ...]


def hardship_key(paper_id: str) -> str:
    return f"court-answer-{paper_id}-hardship"


def wanted(paper: CourtPaper) -> bool:
    return paper.kind in KINDS


def objects_to_jurisdiction(paper: CourtPaper) -> bool:
    return paper.lives_elsewhere and paper.clause_not_explained


def build(case: Case, paper: CourtPaper, plan: Plan, today: date) -> Answer:
    debt = court.creditor_of(case, paper)
    key = hardship_key(paper.id)
    default = court.hardship_default(case)
    schedule = court.terms(plan, paper)
    jurisdiction = objects_to_jurisdiction(paper)
    codes = ("answer", "jurisdiction_objection", "hearing") if jurisdiction else ("answer", "hearing")
    return Answer(
        title=TITLE,
        debtor=court.debtor_lines(case.applicant, "答辩人（被告）", particulars=True),
        creditor=("被答辩人（原告）", court.party_name(debt, PAPERS)),
        court=court.court_name(paper),
        opening=(f"被答辩人起诉答辩人一案（案号：{court.case_number(paper)}），答辩人于"
                 f"{format_cn_date(paper.received_on)}收到贵院送达的诉讼文书，现提出答辩意见如下。"),
        jurisdiction=_jurisdiction() if jurisdiction else (),
        figures=_figures(paper),
        reduction="" if court.admits_all(paper) else _reduction(debt, paper),
        hardship_key=key,
        hardship=case.narratives.get(key, default),
        hardship_default=default,
        household=court.household(case, plan),
        mediation=("答辩人愿意在贵院主持下调解，提出以下分期还款方案：" if schedule
                   else "答辩人愿意在贵院主持下调解，具体分期还款方案另行协商。"),
        terms=schedule,
        terms_note=(court.share_note(case) + "以上方案按答辩人登记的欠款拟定，最终还款金额以调解协议或"
                    "贵院认定的金额为准。") if schedule else "",
        signer=case.applicant.name.strip() or court.BLANK,
        dated=format_cn_date(letter_date(case, today)),
        cover=court.cover(case, TITLE, court.court_name(paper), paper, codes, court.court_ways(paper), today),
        missing=court.missing_figures(paper),
    )


def _jurisdiction() -> tuple[str, ...]:
    domicile = court.cited("ct_jurisdiction_defendant_domicile", ("civpro_22_1",))
    return (
        "答辩人的住所地不在贵院辖区。对公民提起的民事诉讼，由被告住所地人民法院管辖；被告住所地与经常居住地"
        f"不一致的，由经常居住地人民法院管辖（{domicile}）。",
        "合同中约定管辖法院的条款，是被答辩人为重复使用而预先拟定的格式条款，订立合同时被答辩人没有采取合理方式"
        "提请答辩人注意。经营者使用格式条款与消费者订立管辖协议，未采取合理方式提请消费者注意，消费者主张管辖协议"
        f"无效的，人民法院应予支持（{court.cited('ct_format_jurisdiction_clause')}）。答辩人主张该管辖协议无效。",
        f"答辩人在提交答辩状期间提出管辖异议（{court.cited('ct_jurisdiction_objection')}），请求贵院将本案移送"
        "答辩人住所地有管辖权的人民法院审理。",
    )


def _figures(paper: CourtPaper) -> tuple[str, ...]:
    claimed = court.claimed_sentence(paper, "被答辩人起诉请求答辩人支付")
    lines = [claimed + "。"] if claimed else []
    if court.admits_all(paper):
        lines.append("答辩人认可被答辩人主张的上述金额。")
    elif paper.admitted_fen == 0:
        lines.append("答辩人对被答辩人主张的全部金额均不予认可。")
    elif paper.admitted_fen is not None:
        admitted = f"答辩人认可尚欠被答辩人{court.yuan(paper.admitted_fen)}"
        if paper.claimed_fen is not None:
            admitted += f"；对超出部分{court.yuan(paper.claimed_fen - paper.admitted_fen)}，答辩人不予认可"
        lines.append(admitted + "。")
    return tuple(lines)


def _reduction(debt: Debt | None, paper: CourtPaper) -> str:
    """The request to reduce: a card holder may call the bank's total excessive (银行卡纠纷规定 第二条
    第二款); for anyone else only excessive 违约金 has a rule, so the request is conditional and the
    rest is left to the court's examination."""
    charges = (f"被答辩人主张的利息、复利、违约金及费用合计{amount(paper.claimed_charges_fen).yuan}。"
               if paper.claimed_charges_fen is not None else "")
    if debt is not None and is_card(debt):
        card_rule = court.cited("ct_interest_reduction", ("card_disputes_2",)) + "第二款"
        return (f"{charges}答辩人认为，被答辩人主张的透支利息、复利、违约金等总额过高。"
                f"根据{card_rule}，发卡行请求持卡人"
                "给付透支利息、复利、违约金等，持卡人以发卡行主张的总额过高为由请求予以适当减少的，人民法院应当"
                "综合考虑国家有关金融监管规定、未还款的数额及期限、当事人过错程度、发卡行的实际损失等因素，"
                "根据公平原则和诚信原则予以衡量，并作出裁决。答辩人请求贵院依法对上述利息、复利、违约金等予以"
                "适当减少。")
    civil_code = court.cited("ct_interest_reduction", ("civil_code_585_2",))
    return (f"{charges}根据{civil_code}，约定的违约金过分高于"
            "造成的损失的，人民法院或者仲裁机构可以根据当事人的请求予以适当减少。被答辩人主张的违约金如过分高于"
            "其实际损失，答辩人请求贵院依法予以适当减少；对被答辩人主张的利息和其他费用，请求贵院依法审查。")
