"""个性化分期还款（停息挂账）申请书: one request letter per creditor, built from the case and its plan.

The letter asks; it never claims a right. 商业银行信用卡业务监督管理办法 第七十条 says the bank
*may* (可以) agree to a personalised installment plan, so the basis is written as a request,
paraphrasing the article's substance (the reference allows its substance; the wording was only
checked against secondary copies). The plan is used exactly as computed: a plan over 60 months
is not altered here, the documents page warns about it. The hardship statement is our draft
unless the user rewrote it (case.narratives[hardship_key(debt_id)]).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from app.core.case import Applicant, Budget, Case, Debt, Hardship, HardshipReason
from app.core.dates import format_cn_date, format_cn_month
from app.core.letters.common import (
    EVIDENCE_DOCUMENTS,
    account_words,
    addressee,
    amount,
    count_cn,
    is_card,
    mask_id,
    reply_by,
    tails_phrase,
    you,
)
from app.core.money import format_yuan
from app.core.plan import CreditorPlan, Installment, Plan

TITLE = "个性化分期还款（停息挂账）申请书"
BLANK = "＿＿＿＿＿＿＿＿"          # a line to fill in by hand when the user left a detail out

_REASON_PHRASES = {
    HardshipReason.JOB_LOSS: "本人失业，失去了工资收入",
    HardshipReason.ILLNESS: "本人生病（或受伤），需要治疗，医疗开支增加",
    HardshipReason.BUSINESS_FAILURE: "本人经营失败，生意难以为继",
    HardshipReason.FAMILY_CHANGE: "本人家庭发生变故",
    HardshipReason.INCOME_CUT: "本人收入大幅减少",
}


@dataclass(frozen=True)
class ScheduleRow:
    number: int
    due: str                # 2026年12月1日
    amount: str             # ¥1,234.56
    down_payment: bool


@dataclass(frozen=True)
class RequestLetter:
    debt_id: str
    title: str
    addressee: str                          # "招商银行信用卡中心"
    applicant: tuple[tuple[str, str], ...]  # (label, value): 申请人, 联系电话, 身份证号, 通讯地址
    account: str                            # the paragraph naming the card and what is owed
    other_accounts: str                     # other cards with the same creditor, or ""
    hardship_key: str
    hardship: str                           # the user's text, or our draft
    hardship_default: str
    request_intro: str
    stop_interest: str                      # 停止计息、减免违约金及相关费用
    hold: str                               # 挂账 of the stated amount, introducing the terms
    terms: tuple[str, ...]                  # down payment, monthly payments, last one, total
    stop_collection: str
    basis: str
    commitments: tuple[str, ...]
    schedule: tuple[ScheduleRow, ...]
    schedule_total: str
    reply: str
    attachments: tuple[str, ...]
    signer: str
    dated: str
    reply_by_on: date
    over_limit: bool
    months: int


def letter_date(case: Case, today: date) -> date:
    """The date on the letters: the one the user chose to sign them on, or today."""
    return case.applicant.signed_on or today


def hardship_key(debt_id: str) -> str:
    """The case.narratives key of a request letter's hardship statement."""
    return f"request-{debt_id}-hardship"


def build(case: Case, creditor: CreditorPlan, plan: Plan, today: date) -> RequestLetter:
    """The request letter to one creditor, worded from the user's own figures and dates.

    The letter is dated `letter_date`; the amount owed is stated as of that date and the bank
    is asked to answer within REPLY_DAYS of it.
    """
    debt = case.debt(creditor.debt_id)
    if debt is None:
        raise KeyError(creditor.debt_id)
    default = default_hardship(case, creditor, plan)
    key = hardship_key(debt.id)
    dated_on = letter_date(case, today)
    due = reply_by(dated_on)
    return RequestLetter(
        debt_id=debt.id,
        title=TITLE,
        addressee=addressee(debt),
        applicant=applicant_lines(case.applicant),
        account=_account_paragraph(debt, dated_on),
        other_accounts=_other_accounts(case, debt),
        hardship_key=key,
        hardship=case.narratives.get(key, default),
        hardship_default=default,
        request_intro=f"为此，本人特向{you(debt)}提出以下申请：",
        stop_interest=_stop_interest(case.plan.waive_fees),
        hold=_hold(debt, creditor, case.plan.waive_fees),
        terms=_punctuated(payment_terms(creditor)),
        stop_collection=f"双方达成分期还款协议后，{you(debt)}及{you(debt)}委托的机构停止对本人的催收。",
        basis=_basis(debt),
        commitments=_commitments(debt),
        schedule=schedule_rows(creditor.installments, creditor.down_payment_fen),
        schedule_total=format_yuan(sum(i.amount_fen for i in creditor.installments)),
        reply=_reply(debt, case.applicant, due),
        attachments=attachments(case.budget),
        signer=case.applicant.name.strip() or BLANK,
        dated=format_cn_date(dated_on),
        reply_by_on=due,
        over_limit=creditor.over_limit,
        months=creditor.months,
    )


def applicant_lines(applicant: Applicant) -> tuple[tuple[str, str], ...]:
    """Who is writing: name and phone always (a line to fill in if missing); ID and address if given.

    The ID number is masked unless the user chose to show it in full in the letter.
    """
    lines = [("申请人", applicant.name.strip() or BLANK), ("联系电话", applicant.phone.strip() or BLANK)]
    id_number = applicant.id_number.strip()
    if id_number:
        lines.append(("身份证号", id_number if applicant.show_id_in_letter else mask_id(id_number)))
    if applicant.address.strip():
        lines.append(("通讯地址", applicant.address.strip()))
    return tuple(lines)


def default_hardship(case: Case, creditor: CreditorPlan, plan: Plan) -> str:
    """Our draft of the hardship statement: reasons with their dates, household figures, the story.

    Paragraphs are separated by newlines; the user may rewrite all of it.
    """
    budget = case.budget or Budget()
    debt = case.debt(creditor.debt_id)
    parts = [_reasons_sentence(budget)]
    if case.budget is not None:
        parts.append(_household_sentence(budget, plan))
    parts.append(_share_sentence(case, debt, creditor, plan))
    story = budget.story.strip()
    if story:
        parts.append("具体情况如下：")
        parts.append(story)
    parts.append(f"本人并非恶意拖欠，一直有还款意愿。恳请{you(debt)}体谅本人的实际困难，"
                 "给予分期还款的机会。")
    return "\n".join(parts)


def attachments(budget: Budget | None) -> tuple[str, ...]:
    """The evidence the user said they can enclose, as the letter names it; unknown codes are left out."""
    if budget is None:
        return ()
    named = [EVIDENCE_DOCUMENTS[code] for code in budget.documents if code in EVIDENCE_DOCUMENTS]
    other = budget.documents_other.strip()
    return tuple(named + ([other] if other else []))


def schedule_rows(installments: tuple[Installment, ...], down_payment_fen: int) -> tuple[ScheduleRow, ...]:
    return tuple(
        ScheduleRow(i.number, format_cn_date(i.due_on), format_yuan(i.amount_fen),
                    down_payment=bool(down_payment_fen) and i.number == 1)
        for i in installments
    )


def payment_terms(creditor: CreditorPlan, capitals: bool = True) -> list[str]:
    """The schedule in words: the down payment, the monthly payments, the last one if different, the total.

    Shared with the phone script (which reads amounts aloud, so without capitals) so both say
    exactly the same figures.
    """
    def say(fen: int) -> str:
        return amount(fen).both if capitals else amount(fen).yuan

    installments = list(creditor.installments)
    terms = []
    if creditor.down_payment_fen and installments:
        down = installments.pop(0)
        terms.append(f"于{format_cn_date(down.due_on)}先行还款{say(down.amount_fen)}作为首付款")
    if installments:
        terms.append(_monthly_terms(installments, say))
    if creditor.installments:
        last = creditor.installments[-1]
        total = say(sum(i.amount_fen for i in creditor.installments))
        terms.append(f"以上共{len(creditor.installments)}期，合计{total}，于{format_cn_date(last.due_on)}还清")
    return terms


def _punctuated(items: list[str]) -> tuple[str, ...]:
    """List items as a Chinese letter ends them: '；' after each, '。' after the last."""
    return tuple(item + ("。" if n == len(items) else "；") for n, item in enumerate(items, start=1))


def _monthly_terms(installments: list[Installment], say: Callable[[int], str]) -> str:
    """The monthly payments after any down payment, numbered from 1 as the bank will count them."""
    first, last = installments[0], installments[-1]
    if len(installments) == 1:
        return f"于{format_cn_date(first.due_on)}一次还款{say(first.amount_fen)}"
    day = _monthly_day(first.due_on)
    count = len(installments)
    if last.amount_fen == first.amount_fen:
        return f"自{format_cn_date(first.due_on)}起，{day}还款{say(first.amount_fen)}，共{count}期"
    return (f"自{format_cn_date(first.due_on)}起，{day}还款，共{count}期：第1期至第{count - 1}期每期"
            f"{say(first.amount_fen)}，最后一期（第{count}期，{format_cn_date(last.due_on)}）"
            f"{say(last.amount_fen)}")


def _monthly_day(first: date) -> str:
    """'每月1日'; from the 29th on, months without that day pay on their last day (as add_months does)."""
    if first.day <= 28:
        return f"每月{first.day}日"
    return f"每月{first.day}日（当月没有该日的，为当月最后一日）"


def _account_paragraph(debt: Debt, today: date) -> str:
    if is_card(debt):
        where = f"本人持有{you(debt)}{account_words(debt)}"
    else:
        where = f"本人在{you(debt)}有一笔借款" + (f"（账户尾号{debt.tail}）" if debt.tail else "")
    text = f"{where}。截至{format_cn_date(today)}，该账户欠款合计{amount(debt.owed_fen).both}"
    if debt.principal_fen is not None:
        text += f"，其中本金{amount(min(debt.principal_fen, debt.owed_fen)).both}"
    return text + "。"


def _other_accounts(case: Case, debt: Debt) -> str:
    """One sentence about the user's other accounts with the same creditor, in the right number."""
    others = [d for d in case.debts if d.id != debt.id and d.creditor_name == debt.creditor_name]
    if not others:
        return ""
    noun = "张信用卡" if is_card(debt) else "笔借款"
    tails = tails_phrase([d.tail for d in others])
    detail = f"（{tails}）" if tails else ""
    separately = "另行提交申请" if len(others) == 1 else "分别另行提交申请"
    return f"本人在{you(debt)}另有{count_cn(len(others))}{noun}{detail}逾期，已{separately}。"


def _stop_interest(waive_fees: bool) -> str:
    if waive_fees:
        return "自本申请获同意之日起停止计收利息，并减免已产生的利息、违约金及相关费用；"
    return "自本申请获同意之日起停止计收利息，并减免违约金及相关费用；"


def _hold(debt: Debt, creditor: CreditorPlan, waive_fees: bool) -> str:
    """挂账 of the plan amount: the principal when asking to waive fees and it is known."""
    plan_amount = amount(creditor.plan_amount_fen).both
    if not waive_fees:
        return f"将目前欠款{plan_amount}挂账，按以下方案分期偿还："
    if "principal_unknown" in creditor.codes:
        return (f"以本金作为挂账金额。本人暂不清楚本金的准确数额，恳请{you(debt)}核实告知；"
                f"在此之前，本人按欠款总额{plan_amount}拟定以下方案分期偿还：")
    return f"以本金{plan_amount}作为挂账金额，按以下方案分期偿还："


def _basis(debt: Debt) -> str:
    if not is_card(debt):
        return "本人希望与贵机构平等协商，达成分期还款安排，并将按约定认真履行。"
    return ("根据《商业银行信用卡业务监督管理办法》第七十条，在特殊情况下，确认信用卡欠款金额超出"
            "持卡人还款能力、且持卡人仍有还款意愿的，发卡银行可以与持卡人平等协商，达成个性化分期还款协议，"
            "协议最长期限不超过5年。本人的欠款金额已超出目前的还款能力，但本人仍有还款意愿，"
            "恳请贵行与本人平等协商，达成个性化分期还款协议。")


def _commitments(debt: Debt) -> tuple[str, ...]:
    if is_card(debt):
        no_new_credit = "在分期还款协议相关款项全部结清前，不向任何银行申领信用卡；"
    else:
        no_new_credit = "在分期还款协议相关款项全部结清前，不向贵机构申请新的借款；"
    return (
        "严格按照协议约定的日期和金额按时足额还款；",
        no_new_credit,
        f"收入或联系方式如有变化，及时如实告知{you(debt)}。",
    )


def _reply(debt: Debt, applicant: Applicant, due: date) -> str:
    contact = [f"联系电话：{applicant.phone.strip()}"] if applicant.phone.strip() else []
    contact += [f"通讯地址：{applicant.address.strip()}"] if applicant.address.strip() else []
    text = f"恳请{you(debt)}于{format_cn_date(due)}前书面答复本人"
    return text + (f"（{'；'.join(contact)}）。" if contact else "。")


def _reasons_sentence(budget: Budget) -> str:
    if not budget.hardships:
        return "本人因经济困难，无法按原约定按期还款。"
    phrases = [_reason_phrase(h, budget.hardship_other) for h in budget.hardships]
    return "；".join(phrases) + "。因此，本人无法按原约定按期还款。"


def _reason_phrase(hardship: Hardship, other_text: str) -> str:
    if hardship.reason is HardshipReason.OTHER:
        phrase = f"本人遇到以下困难：{other_text.strip()}" if other_text.strip() else "本人遇到其他困难"
    else:
        phrase = _REASON_PHRASES[hardship.reason]
    return f"自{format_cn_month(hardship.since_on)}起，{phrase}" if hardship.since_on else phrase


def _household_sentence(budget: Budget, plan: Plan) -> str:
    if budget.household_size <= 1:
        household = "本人独自生活。"
    else:
        household = f"本人家庭共{count_cn(budget.household_size)}口人"
        household += (f"，其中需要本人抚养或赡养的有{count_cn(budget.dependants)}人。"
                       if budget.dependants else "。")
    figures = (f"目前家庭每月收入合计{format_yuan(budget.income_total_fen)}，"
               f"必要生活支出合计{format_yuan(budget.spending_total_fen)}，"
               f"每月能用于还款的金额为{format_yuan(plan.offer_fen)}。")
    return household + figures


def _share_sentence(case: Case, debt: Debt, creditor: CreditorPlan, plan: Plan) -> str:
    """Only this debt, or how the monthly amount is shared fairly among several creditors."""
    if len(case.debts) <= 1:
        return f"本人目前只有{you(debt)}这一笔欠款。"
    return (f"本人目前共有{count_cn(len(case.debts))}笔欠款，合计{format_yuan(plan.total_fen)}。"
            f"上述还款金额已按各笔欠款金额的比例公平分配，每月用于偿还{you(debt)}的为"
            f"{format_yuan(creditor.monthly_fen)}。")
