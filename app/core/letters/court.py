"""What the three court documents share: the parties, the figures from the papers, the deadlines
and the submission sheet printed before each document.

The documents answer one CourtPaper (core.court.papers): a 支付令异议书, a 答辩状, or a 调解 /
执行和解 proposal. Every amount is printed by fixed parts built here from the paper and the case;
a sentence that needs a figure the user did not give is left out, and `missing_figures` names what
is missing so the documents page can say so. Nothing here claims more than court-stage-zh.md's
VERIFIED rows say: citations are written from the rows `citations.item` names, and deadlines come
from core.court.deadlines (the court's own notice prevails, and the sheet says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core import citations
from app.core.case import Applicant, Budget, Case, Debt
from app.core.court.deadlines import Deadline, deadlines_for
from app.core.court.papers import CourtPaper
from app.core.dates import format_cn_date
from app.core.letters.common import addressee, amount, is_card
from app.core.letters.request import household_paragraph, payment_terms, reasons_sentence
from app.core.plan import CreditorPlan, Plan

BLANK = "＿＿＿＿＿＿＿＿＿＿"
SHORT_BLANK = "＿＿＿＿"
WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")

DEADLINE_NAMES = {
    "answer": "提交答辩状",
    "jurisdiction_objection": "提出管辖异议",
    "payment_order_objection": "提出支付令书面异议",
    "appeal_judgment": "对判决提起上诉",
    "appeal_ruling": "对裁定提起上诉",
    "award_nonenforcement": "申请不予执行仲裁裁决",
    "award_setaside": "申请撤销仲裁裁决",
    "hearing": "开庭",
}


@dataclass(frozen=True)
class DeadlineLine:
    """One deadline as the submission sheet prints it."""

    code: str               # Deadline.code, for the documents page's own wording
    on: date
    name: str               # 提交答辩状
    due: str                # 2026年10月9日（星期五）
    notes: tuple[str, ...]  # the holiday move, a year counted by weekends only, a day already past
    passed: bool            # before the document's date


@dataclass(frozen=True)
class Cover:
    """The sheet printed before a court document: for the debtor to keep, not to file."""

    document: str                       # the document's title
    to: str                             # the court, or the judgment creditor
    case_number: str
    deadlines: tuple[DeadlineLine, ...]
    counting: str                       # how the periods are counted; the court's notice prevails
    ways: tuple[str, ...]               # how to hand it in
    reminders: tuple[str, ...]          # sign, keep a copy, ...


def creditor_of(case: Case, paper: CourtPaper) -> Debt | None:
    return case.debt(paper.debt_id) if paper.debt_id else None


def court_name(paper: CourtPaper) -> str:
    return paper.body.strip() or BLANK


def case_number(paper: CourtPaper) -> str:
    return paper.case_number.strip() or BLANK


def party_name(debt: Debt | None, papers: str) -> str:
    """The creditor as a party: a lender's legal name as the user gave it; otherwise the name we know,
    with the full name to be taken from the papers (we never guess a bank's registered name)."""
    if debt is None:
        return f"{BLANK}（以{papers}所列名称为准）"
    if not is_card(debt) and debt.lender_entity.strip():
        return debt.lender_entity.strip()
    return f"{debt.creditor_name}（全称以{papers}所列为准）"


def debtor_lines(applicant: Applicant, role: str, particulars: bool = False) -> tuple[tuple[str, str], ...]:
    """The debtor as a party: name, ID number only if the user allows it in letters, address, phone.

    `particulars` adds lines to fill in by hand for what a 答辩状 must state and the case does not
    hold (民事诉讼法 第一百二十八条: 性别、年龄、民族、职业、工作单位)."""
    lines = [(role, applicant.name.strip() or BLANK)]
    if particulars:
        lines.append(("性别、年龄、民族", "、".join([SHORT_BLANK] * 3)))
        lines.append(("职业、工作单位", BLANK))
    if applicant.id_number.strip() and applicant.show_id_in_letter:
        lines.append(("身份证号", applicant.id_number.strip()))
    lines.append(("住址", applicant.address.strip() or BLANK))
    lines.append(("联系电话", applicant.phone.strip() or BLANK))
    return tuple(lines)


def cn_date_weekday(d: date) -> str:
    """'2026年10月9日（星期五）'."""
    return f"{format_cn_date(d)}（{WEEKDAYS[d.weekday()]}）"


def deadline_lines(paper: CourtPaper, others: tuple[CourtPaper, ...], codes: tuple[str, ...] | None,
                   dated_on: date) -> tuple[DeadlineLine, ...]:
    """The paper's deadlines (only `codes`, in that order, when given), as the sheet prints them.
    `others` are the case's papers (an enforcement notice's deadline depends on them); a deadline
    before `dated_on` (the day the document is made) is marked as past."""
    found = {d.code: d for d in deadlines_for(paper, others)}
    chosen = [found[c] for c in codes if c in found] if codes is not None else list(found.values())
    return tuple(_line(d, dated_on) for d in chosen)


def _line(deadline: Deadline, dated_on: date) -> DeadlineLine:
    notes = []
    if deadline.moved_from is not None:
        notes.append(f"按期间计算，本应在{format_cn_date(deadline.moved_from)}届满；"
                     "该日为法定休假日（周末或节假日），顺延至其后的第一个工作日")
    if deadline.weekends_only:
        notes.append("本工具没有该年度的节假日安排，只跳过了周末，请向法院核实")
    passed = deadline.due_on < dated_on
    if passed:
        notes.append("按您填写的收到日期，这个日期已经过了，请尽快向法院核实，或拨打12348法律援助热线咨询")
    return DeadlineLine(deadline.code, deadline.due_on, DEADLINE_NAMES.get(deadline.code, deadline.code),
                        cn_date_weekday(deadline.due_on), tuple(notes), passed)


def counting(lines: tuple[DeadlineLine, ...]) -> str:
    """How the sheet's dates were counted, with its basis; the court's own notice prevails. A hearing
    date is the one the user copied from the papers, not a count."""
    rule = ("期限从收到文书的次日起算；最后一日是法定休假日的，顺延至休假日后的第一日；"
            f"文书在期满前交邮的，不算过期（{cited('ct_deadline_counting')}）。")
    counted = [line for line in lines if line.code != "hearing"]
    if not counted:
        return rule
    which = "除开庭日期外，以上日期" if len(counted) < len(lines) else "以上日期"
    return rule + f"{which}由本工具按您填写的收到日期推算，以法院的通知为准。"


def court_ways(paper: CourtPaper) -> tuple[str, ...]:
    """How to hand a document to the court: by post with proof, in person, or online."""
    where = paper.address.strip()
    to = f"{court_name(paper)}（地址：{where}）" if where else f"{court_name(paper)}（地址见法院寄来的文书）"
    return (
        f"邮寄：通过中国邮政EMS寄给{to}，信封上写明案号，可以选择回执，保存好邮寄凭证（邮寄单和查询记录）。",
        "当面提交：带上身份证，到法院的诉讼服务中心（立案窗口）递交，请工作人员出具收到材料的凭证。",
        "在线提交：法院的通知写明可以在线提交的，按通知上的平台提交，并截图保存提交记录。",
    )


REMINDERS = (
    "在签名处亲笔签名并按手印，写上日期。",
    "复印或拍照留一份自己保存，连同邮寄凭证或收据一起放好。",
    "本页只是给您自己看的提醒，不要提交。",
)


def cited(item_id: str, only: tuple[str, ...] = ()) -> str:
    """The instruments and articles one item of court-stage §8 rests on, as a document cites them:
    '《中华人民共和国民事诉讼法》第二百二十七条、第二百二十八条'. `only` keeps those rows of the item
    (a sentence that paraphrases some of them); a row id outside the item is a programming error.
    Only rows that may be shown as law are cited."""
    ids = citations.item(item_id)
    if not set(only) <= set(ids):
        raise KeyError(f"{set(only) - set(ids)} not in {item_id}")
    parts: list[tuple[str, list[str]]] = []
    for row in (citations.get(cid) for cid in ids if not only or cid in only):
        if not citations.shown_as_law(row):
            continue
        name = "《" + row.instrument.replace("《", "〈").replace("》", "〉") + "》"
        if parts and parts[-1][0] == name:
            parts[-1][1].append(row.article)
        else:
            parts.append((name, [row.article]))
    return "；".join(name + "、".join(a for a in articles if a) for name, articles in parts)


def yuan(fen: int) -> str:
    """'¥12,345.67（人民币壹万贰仟叁佰肆拾伍元陆角柒分）'."""
    return amount(fen).both


def claimed_sentence(paper: CourtPaper, lead: str) -> str:
    """lead + '¥…（人民币…）（其中本金¥…，利息、复利、违约金及费用¥…）', or '' without the total."""
    if paper.claimed_fen is None:
        return ""
    parts = []
    if paper.claimed_principal_fen is not None:
        parts.append(f"本金{amount(paper.claimed_principal_fen).yuan}")
    if paper.claimed_charges_fen is not None:
        parts.append(f"利息、复利、违约金及费用{amount(paper.claimed_charges_fen).yuan}")
    detail = f"（其中{'，'.join(parts)}）" if parts else ""
    return f"{lead}{yuan(paper.claimed_fen)}{detail}"


def missing_figures(paper: CourtPaper) -> tuple[str, ...]:
    """Which of the user's figures a document leaves out: 'claimed' (the total on the papers) and
    'admitted' (what the user accepts is owed), as codes for the documents page."""
    return tuple(code for code, value in (("claimed", paper.claimed_fen), ("admitted", paper.admitted_fen))
                 if value is None)


def admits_all(paper: CourtPaper) -> bool:
    """The user accepts the whole claimed total: there is no amount in dispute."""
    if paper.claimed_fen is None or paper.admitted_fen is None:
        return False
    return paper.admitted_fen >= paper.claimed_fen


def to_creditor(debt: Debt | None) -> str:
    """The creditor as the addressee of a settlement proposal."""
    return addressee(debt) if debt is not None else BLANK


def cover(case: Case, title: str, to: str, paper: CourtPaper, codes: tuple[str, ...] | None,
          ways: tuple[str, ...], dated_on: date) -> Cover:
    """The submission sheet: the paper's deadlines (`codes`, or all of them), how to file, reminders."""
    lines = deadline_lines(paper, case.court_papers, codes, dated_on)
    return Cover(document=title, to=to, case_number=case_number(paper), deadlines=lines,
                 counting=counting(lines), ways=ways, reminders=REMINDERS)


def hardship_default(case: Case) -> str:
    """Our draft of the hardship statement for the court: the request letter's facts (the same
    reasons, whom they struck and since when, the user's story), prose only, no amounts."""
    budget = case.budget or Budget()
    parts = [reasons_sentence(budget)]
    if budget.story.strip():
        parts += ["具体情况如下：", budget.story.strip()]
    parts.append("本人并非恶意拖欠，一直有还款意愿。")
    return "\n".join(parts)


def household(case: Case, plan: Plan) -> str:
    """The household's monthly figures and the offer, exactly as the request letter prints them."""
    return household_paragraph(case.budget, plan)


def creditor_plan(plan: Plan, paper: CourtPaper) -> CreditorPlan | None:
    """This creditor's schedule, when the paper names a creditor that has one within 60 installments."""
    found = next((c for c in plan.creditors if paper.debt_id and c.debt_id == paper.debt_id), None)
    return found if found is not None and found.installments and not found.over_limit else None


def terms(plan: Plan, paper: CourtPaper) -> tuple[str, ...]:
    """The schedule for this creditor in words, numbered as the request letter numbers it; empty when
    there is none to propose (no creditor named, nothing scheduled, or over 60 installments)."""
    found = creditor_plan(plan, paper)
    items = payment_terms(found) if found is not None else []
    return tuple(item + ("。" if n == len(items) else "；") for n, item in enumerate(items, start=1))


def share_note(case: Case) -> str:
    """With several debts, that the monthly amount is this creditor's proportional share."""
    if len(case.debts) <= 1:
        return ""
    return "本人另有其他欠款，每月还款额已按各笔欠款金额的比例分配。"
