"""调解 / 执行和解 proposal: this creditor's plan, offered as a proposal.

Before judgment (诉前调解, 起诉状副本, 传票) it goes to the court's mediator; after a judgment or an
enforcement notice it goes to the judgment creditor as a settlement (ct_enforcement_settlement),
saying honestly that an unperformed settlement lets the creditor resume enforcement. The figures
are the plan's (the household paragraph and the installments the request letter prints); a
creditor whose plan runs past 60 installments, or that the user did not name, gets no numbers:
the terms are to be agreed (另行协商).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.case import Case, Debt
from app.core.court.papers import CourtPaper, PaperKind
from app.core.dates import format_cn_date
from app.core.letters import court
from app.core.letters.common import you
from app.core.letters.request import letter_date
from app.core.plan import Plan

MEDIATION_TITLE = "调解还款方案"
SETTLEMENT_TITLE = "执行和解方案"
JUDGMENT_TITLE = "和解还款方案"
MEDIATION_KINDS = (PaperKind.PRE_SUIT_MEDIATION, PaperKind.COMPLAINT, PaperKind.SUMMONS)
SETTLEMENT_KINDS = (PaperKind.JUDGMENT, PaperKind.ENFORCEMENT_NOTICE)


@dataclass(frozen=True)
class Proposal:
    title: str
    settlement: bool                # to the judgment creditor (True) or the court's mediator
    addressee: str
    role: str                       # how the debtor signs: 被执行人, 被告 or 提出人
    proposer: tuple[tuple[str, str], ...]
    opening: str
    household: str
    terms: tuple[str, ...]          # this creditor's installments, or () ("另行协商")
    terms_note: str
    basis: tuple[str, ...]          # the settlement rules and their consequence; () for mediation
    ask: str
    signer: str
    dated: str
    cover: court.Cover


def wanted(paper: CourtPaper) -> bool:
    return paper.kind in MEDIATION_KINDS + SETTLEMENT_KINDS


def build(case: Case, paper: CourtPaper, plan: Plan, today: date) -> Proposal:
    debt = court.creditor_of(case, paper)
    schedule = court.terms(plan, paper)
    settlement = paper.kind in SETTLEMENT_KINDS
    title = _title(paper)
    to = court.to_creditor(debt) if settlement else f"{court.court_name(paper)}调解员"
    role = _role(paper)
    return Proposal(
        title=title,
        settlement=settlement,
        addressee=to,
        role=role,
        proposer=court.debtor_lines(case.applicant, role),
        opening=_opening(paper, debt, bool(schedule)),
        household=court.household(case, plan),
        terms=schedule,
        terms_note=(court.share_note(case) + "以上方案按本人登记的欠款拟定，最终还款金额以双方签订的"
                    + ("和解协议" if settlement else "调解协议") + "为准。") if schedule else "",
        basis=_basis(paper, debt) if settlement else (),
        ask=_ask(paper, debt),
        signer=case.applicant.name.strip() or court.BLANK,
        dated=format_cn_date(letter_date(case, today)),
        cover=court.cover(case, title, to, paper, None,
                          _ways(paper, debt) if settlement else court.court_ways(paper), today),
    )


def _title(paper: CourtPaper) -> str:
    if paper.kind is PaperKind.ENFORCEMENT_NOTICE:
        return SETTLEMENT_TITLE
    return JUDGMENT_TITLE if paper.kind is PaperKind.JUDGMENT else MEDIATION_TITLE


def _role(paper: CourtPaper) -> str:
    """The debtor's standing: 被执行人 once enforcement started, 被告 in a lawsuit, else the proposer."""
    if paper.kind is PaperKind.ENFORCEMENT_NOTICE:
        return "被执行人"
    return "提出人" if paper.kind is PaperKind.PRE_SUIT_MEDIATION else "被告"


def _you(debt: Debt | None) -> str:
    return you(debt) if debt is not None else "贵方"


def _opening(paper: CourtPaper, debt: Debt | None, scheduled: bool) -> str:
    number = court.case_number(paper)
    offer = "提出以下分期还款方案：" if scheduled else "具体分期还款方案希望与对方另行协商。"
    if paper.kind is PaperKind.ENFORCEMENT_NOTICE:
        return (f"{court.court_name(paper)}执行的{_you(debt)}与本人一案（案号：{number}）中，本人是被执行人。"
                f"本人愿意与{_you(debt)}自愿协商，达成执行和解，{offer}")
    if paper.kind is PaperKind.JUDGMENT:
        return (f"关于{court.court_name(paper)}审理的{_you(debt)}与本人的欠款纠纷（案号：{number}），"
                f"本人愿意与{_you(debt)}协商和解，{offer}")
    creditor = court.party_name(debt, "法院文书")
    return f"关于{creditor}与本人的欠款纠纷（案号：{number}），本人愿意调解，{offer}"


def _basis(paper: CourtPaper, debt: Debt | None) -> tuple[str, ...]:
    rules = court.cited("ct_enforcement_settlement", ("civpro_241", "enforcement_settlement_1"))
    when = "在执行中" if paper.kind is PaperKind.ENFORCEMENT_NOTICE else "判决进入执行程序后"
    return (
        f"根据{rules}，{when}，双方当事人可以自愿协商达成和解协议，变更履行的期限、方式等内容。",
        f"本人知道，和解协议达成后如本人不履行，{_you(debt)}可以申请恢复执行原生效法律文书"
        f"（{court.cited('ct_enforcement_settlement', ('civpro_241',))}）。本人将按约定履行。",
    )


def _ask(paper: CourtPaper, debt: Debt | None) -> str:
    if paper.kind is PaperKind.ENFORCEMENT_NOTICE:
        return f"如{_you(debt)}同意，恳请与本人签订书面和解协议，并提交执行法院。"
    if paper.kind is PaperKind.JUDGMENT:
        return f"如{_you(debt)}同意，恳请与本人签订书面和解协议。"
    return "恳请调解员将本方案转告对方，组织双方协商。"


def _ways(paper: CourtPaper, debt: Debt | None) -> tuple[str, ...]:
    """A settlement goes to the creditor; a copy may go to the enforcement court with the 案号."""
    ways = [f"邮寄：用挂号信或EMS寄给{court.to_creditor(debt)}（地址以银行来信、账单或官方渠道公布的为准），"
            "选择回执，保存好邮寄凭证。"]
    if paper.kind is PaperKind.ENFORCEMENT_NOTICE:
        ways.append(f"同时可以把复印件交给执行法院：{court.court_ways(paper)[0].removeprefix('邮寄：')}")
    return tuple(ways)
