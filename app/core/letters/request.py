"""个性化分期还款（停息挂账）申请书: one request letter per creditor, built from the case and its plan.

The letter asks; it never claims a right. 商业银行信用卡业务监督管理办法 第七十条 says the bank
*may* (可以) agree to a personalised installment plan, so the basis is written as a request,
paraphrasing the article's substance (the reference allows its substance; the wording was only
checked against secondary copies). It governs bank credit cards, so a lender's letter never cites it.

Figures never live in the editable text: the hardship statement (case.narratives[hardship_key])
is prose only, and every amount (income, spending, the offer, this creditor's share, totals) is
printed by fixed parts built here from the case, so an edited statement can never contradict
the schedule. Installments are numbered as the schedule numbers them, the down payment first.
A plan over 60 installments gets no letter (app/letters/providers.py); build() still works for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from app.core.case import (
    Affected,
    Applicant,
    Budget,
    Case,
    Debt,
    Hardship,
    HardshipReason,
    IncomeSource,
    Spending,
)
from app.core.dates import format_cn_date, format_cn_month
from app.core.letters.common import (
    EVIDENCE_DOCUMENTS,
    INCOME_WORDS,
    account_label,
    account_words,
    addressee,
    addressee_brand,
    amount,
    count_cn,
    is_card,
    mask_id,
    reply_by,
    tails_phrase,
    you,
)
from app.core.money import format_yuan
from app.core.plan import CreditorPlan, Installment, Plan, runs

TITLE = "个性化分期还款（停息挂账）申请书"
BLANK = "＿＿＿＿＿＿＿＿"          # a line to fill in by hand when the user left a detail out
SIGN_LINE = "＿＿＿＿＿＿＿＿＿＿"   # signed by hand, with a fingerprint (签名并按手印)
ANNEX_SCHEDULE = "还款计划表"
ANNEX_DEBTS = "本人全部债务情况"
ROWS_PER_COLUMN = 20                 # the schedule annex: up to 3 column groups of 20 rows, 60 on one A4 page
COLUMNS_PER_PAGE = 3

# Whom a hardship struck, as the subject of a sentence ("本人母亲因伤病需要治疗").
_WHO = {
    Affected.SELF: "本人",
    Affected.SPOUSE: "本人配偶",
    Affected.FATHER: "本人父亲",
    Affected.MOTHER: "本人母亲",
    Affected.CHILD: "本人子女",
    Affected.OTHER_FAMILY: "本人的一位家人",
}


@dataclass(frozen=True)
class ScheduleRow:
    number: int
    due: str                # 2026年12月1日
    amount: str             # ¥1,234.56
    down_payment: bool


@dataclass(frozen=True)
class Attachment:
    label: str              # "附件1"
    name: str               # "失业证明", or the user's own words
    user_text: bool         # the name is what the user typed (printed in a user-text element)


@dataclass(frozen=True)
class DebtRow:
    """One line of the annex 本人全部债务情况."""

    creditor: str           # "招商银行 尾号1234"
    kind: str               # 信用卡 / 借款
    owed: str               # ¥12,345.67
    overdue_since: str      # 2025年3月1日
    monthly: str            # this creditor's monthly share; OVER_LIMIT_SHARE or "—" when none
    this_one: bool          # the debt this letter is about
    over_limit: bool = False  # its share would run past 60 installments: negotiated separately


@dataclass(frozen=True)
class RequestLetter:
    debt_id: str
    title: str
    addressee: str                          # "招商银行信用卡中心", or a lender's legal name
    addressee_brand: str                    # "（招联消费金融）" beside a lender's legal name, or ""
    applicant: tuple[tuple[str, str], ...]  # (label, value): 申请人, 联系电话, 身份证号, 通讯地址
    account: str                            # the paragraph naming the card and what is owed
    other_accounts: str                     # other cards with the same creditor, or ""
    hardship_key: str
    hardship: str                           # the user's text, or our draft: prose only, no figures
    hardship_default: str
    household: str                          # fixed: household, income, spending, the monthly offer
    share: str                              # fixed: the debts and this creditor's monthly share
    request_intro: str
    stop_interest: str                      # 停止计息、减免违约金及相关费用
    hold: str                               # 挂账 of the stated amount, introducing the terms
    terms: tuple[str, ...]                  # runs of equal installments in schedule numbering, the total
    pause_collection: str                   # while the request is considered (a request, not a right)
    stop_collection: str                    # once agreed
    basis: str
    commitments: tuple[str, ...]
    schedule: tuple[ScheduleRow, ...]
    schedule_pages: tuple[tuple[tuple[ScheduleRow, ...], ...], ...]  # annex: pages of column groups
    schedule_total: str
    debts: tuple[DebtRow, ...]              # the annex 本人全部债务情况; empty with a single debt
    debts_total: str
    reply: str
    attachments: tuple[Attachment, ...]
    attachments_count: str                  # "附件共4份"
    signer: str                             # the printed name under the signature line, or a blank
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
    default = default_hardship(case, debt)
    key = hardship_key(debt.id)
    dated_on = letter_date(case, today)
    due = reply_by(dated_on)
    rows = schedule_rows(creditor.installments, creditor.down_payment_fen)
    debts = debt_rows(case, plan, debt)
    files = attachments(case, bool(debts))
    return RequestLetter(
        debt_id=debt.id,
        title=TITLE,
        addressee=addressee(debt),
        addressee_brand=addressee_brand(debt),
        applicant=applicant_lines(case.applicant),
        account=_account_paragraph(debt, dated_on),
        other_accounts=_other_accounts(case, debt),
        hardship_key=key,
        hardship=case.narratives.get(key, default),
        hardship_default=default,
        household=household_paragraph(case.budget, plan),
        share=_share_sentence(case, debt, creditor),
        request_intro=f"为此，本人特向{you(debt)}提出以下申请：",
        stop_interest=_stop_interest(case.plan.waive_fees),
        hold=_hold(debt, creditor, case.plan.waive_fees),
        terms=_punctuated(payment_terms(creditor)),
        pause_collection=(f"在{you(debt)}考虑本申请期间，恳请{you(debt)}暂停委托外部机构对本人的催收；"
                          f"如需核实情况，请直接与本人联系；"),
        stop_collection=f"双方达成分期还款协议后，{you(debt)}及{you(debt)}委托的机构停止对本人的催收。",
        basis=_basis(debt),
        commitments=_commitments(debt),
        schedule=rows,
        schedule_pages=schedule_pages(rows),
        schedule_total=format_yuan(sum(i.amount_fen for i in creditor.installments)),
        debts=debts,
        debts_total=format_yuan(sum(d.owed_fen for d in case.debts)),
        reply=_reply(debt, case.applicant, due),
        attachments=files,
        attachments_count=f"附件共{len(files)}份",
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


def default_hardship(case: Case, debt: Debt) -> str:
    """Our draft of the hardship statement: the reasons, whom they struck and since when, the story.

    Prose only: no amount appears in it, so an edited copy never disagrees with the figures the
    letter prints around it. Paragraphs are separated by newlines; the user may rewrite all of it.
    """
    budget = case.budget or Budget()
    parts = [reasons_sentence(budget)]
    story = budget.story.strip()
    if story:
        parts.append("具体情况如下：")
        parts.append(story)
    parts.append(f"本人并非恶意拖欠，一直有还款意愿。恳请{you(debt)}体谅本人的实际困难，"
                 "给予分期还款的机会。")
    return "\n".join(parts)


def attachments(case: Case, with_debts_annex: bool) -> tuple[Attachment, ...]:
    """Everything enclosed, numbered: the annexes, the ID copy when the full ID is printed, the evidence.

    A copy of the ID card goes with the letter only when the user chose to print the full number:
    a masked number means they chose not to hand it over. Unknown evidence codes are left out.
    """
    names: list[tuple[str, bool]] = [(ANNEX_SCHEDULE, False)]
    if with_debts_annex:
        names.append((ANNEX_DEBTS, False))
    if case.applicant.id_number.strip() and case.applicant.show_id_in_letter:
        names.append(("身份证复印件", False))
    budget = case.budget or Budget()
    names += [(EVIDENCE_DOCUMENTS[code], False) for code in budget.documents if code in EVIDENCE_DOCUMENTS]
    if budget.documents_other.strip():
        names.append((budget.documents_other.strip(), True))
    return tuple(Attachment(f"附件{n}", name, user) for n, (name, user) in enumerate(names, start=1))


def schedule_rows(installments: tuple[Installment, ...], down_payment_fen: int) -> tuple[ScheduleRow, ...]:
    return tuple(
        ScheduleRow(i.number, format_cn_date(i.due_on), format_yuan(i.amount_fen),
                    down_payment=bool(down_payment_fen) and i.number == 1)
        for i in installments
    )


def schedule_pages(rows: tuple[ScheduleRow, ...]) -> tuple[tuple[tuple[ScheduleRow, ...], ...], ...]:
    """The annex table laid out in column groups: 60 installments per page as 3 groups of 20 rows.

    Each page is a tuple of column groups, each group the rows it holds top to bottom (the last
    group may be shorter). Numbers run down the first group, then the next, as a reader expects.
    """
    per_page = ROWS_PER_COLUMN * COLUMNS_PER_PAGE
    pages = []
    for start in range(0, len(rows), per_page):
        chunk = rows[start:start + per_page]
        columns = min(COLUMNS_PER_PAGE, -(-len(chunk) // ROWS_PER_COLUMN))
        height = -(-len(chunk) // columns)
        pages.append(tuple(chunk[c * height:(c + 1) * height] for c in range(columns)))
    return tuple(pages)


OVER_LIMIT_SHARE = "另行协商"   # a share that runs past 60 installments is not what anyone is asked for


def debt_rows(case: Case, plan: Plan, debt: Debt) -> tuple[DebtRow, ...]:
    """The annex 本人全部债务情况 when there is more than one debt (with one, the letter says so)."""
    if len(case.debts) <= 1:
        return ()
    shares = {c.debt_id: c for c in plan.creditors}
    rows = []
    for other in case.debts:
        share = shares.get(other.id)
        if share and share.over_limit:
            monthly = OVER_LIMIT_SHARE
        else:
            monthly = format_yuan(share.monthly_fen) if share and share.monthly_fen else "—"
        rows.append(DebtRow(account_label(other), "信用卡" if is_card(other) else "借款",
                            format_yuan(other.owed_fen), format_cn_date(other.first_missed_on),
                            monthly, other.id == debt.id, bool(share and share.over_limit)))
    return tuple(rows)


def payment_terms(creditor: CreditorPlan, capitals: bool = True) -> list[str]:
    """The schedule in words: runs of equal installments in the schedule's own numbering, then the total.

    The down payment, when there is one, is 第1期 as in the schedule. Shared with the phone
    script (which reads amounts aloud, so without capitals) so both say exactly the same figures.
    """
    def say(fen: int) -> str:
        return amount(fen).both if capitals else amount(fen).yuan

    installments = creditor.installments
    if not installments:
        return []
    last_number = installments[-1].number
    terms = [_run_words(run, creditor, last_number, say) for run in runs(installments)]
    total = say(sum(i.amount_fen for i in installments))
    terms.append(f"以上共{len(installments)}期，合计{total}，于{format_cn_date(installments[-1].due_on)}还清")
    return terms


def household_paragraph(budget: Budget | None, plan: Plan) -> str:
    """The household and its monthly figures as the budget holds them, and the monthly offer.

    Fixed text beside the editable statement: it always agrees with the budget and the schedule.
    When the offer is above what is left after essential spending, it says so and that the
    debtor will find the difference, rather than pretending the budget covers it.
    """
    offer = format_yuan(plan.offer_fen)
    if budget is None:
        return f"本人每月能用于还款的金额为{offer}。"
    if budget.household_size <= 1:
        supported = f"，另需供养{count_cn(budget.dependants)}人" if budget.dependants else ""
        household = f"本人独自生活{supported}。"
    else:
        household = f"本人家庭共{count_cn(budget.household_size)}口人"
        household += (f"，其中需要本人抚养或赡养的有{count_cn(budget.dependants)}人。"
                      if budget.dependants else "。")
    ordered = _ordered(budget.income_fen, IncomeSource)
    sources = [(INCOME_WORDS.get(code, "其他收入"), fen) for code, fen in ordered if fen]
    if not sources:
        income = "目前家庭每月没有收入"
    else:
        income = f"目前家庭每月收入合计{format_yuan(budget.income_total_fen)}"
        if len(sources) > 1 or sources[0][0] != "工资":
            income += "（" + "，".join(f"{name}{format_yuan(fen)}" for name, fen in sources) + "）"
    spending = f"必要生活支出合计{format_yuan(budget.spending_total_fen)}"
    medical = budget.spending_fen.get(Spending.MEDICAL.value, 0)
    if medical:
        spending += f"（其中医疗费用{format_yuan(medical)}）"
    left = plan.disposable_fen
    if plan.offer_fen == left:
        offer_words = f"扣除必要支出后，每月能用于还款的金额为{offer}。"
    elif plan.offer_fen < left:
        offer_words = f"扣除必要支出后每月结余{format_yuan(left)}，本人每月用于还款{offer}。"
    elif left > 0:
        offer_words = f"扣除必要支出后每月仅余{format_yuan(left)}，本人将另行设法筹措，每月用于还款{offer}。"
    else:
        offer_words = f"收入已不足以支付必要支出，本人将另行设法筹措，每月用于还款{offer}。"
    return f"{household}{income}，{spending}；{offer_words}"


def _ordered(values: dict[str, int], kind) -> list[tuple[str, int]]:
    """A budget's amounts in the form's order (unknown codes last, as stored)."""
    order = [member.value for member in kind]
    return sorted(values.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order))


def _punctuated(items: list[str]) -> tuple[str, ...]:
    """List items as a Chinese letter ends them: '；' after each, '。' after the last."""
    return tuple(item + ("。" if n == len(items) else "；") for n, item in enumerate(items, start=1))


def _run_words(run: list[Installment], creditor: CreditorPlan, last_number: int,
               say: Callable[[int], str]) -> str:
    """'第1期（首付款）：于…还款¥…', '第2期至第58期：自…起每月1日还款，每期¥…', '第59期（最后一期）：…'."""
    first, last = run[0], run[-1]
    if first is last:
        notes = []
        if creditor.down_payment_fen and first.number == 1:
            notes.append("首付款")
        if first.number == last_number and first.number != 1:
            notes.append("最后一期")
        label = f"第{first.number}期" + (f"（{'，'.join(notes)}）" if notes else "")
        return f"{label}：于{format_cn_date(first.due_on)}还款{say(first.amount_fen)}"
    return (f"第{first.number}期至第{last.number}期：自{format_cn_date(first.due_on)}起，"
            f"{_monthly_day(first.due_on)}还款，每期{say(first.amount_fen)}，共{len(run)}期")


def _monthly_day(first: date) -> str:
    """'每月1日'; from the 29th on, months without that day pay on their last day (as add_months does)."""
    if first.day <= 28:
        return f"每月{first.day}日"
    return f"每月{first.day}日（当月没有该日的，为当月最后一日）"


def _account_paragraph(debt: Debt, today: date) -> str:
    """What is owed as the debtor knows it, the creditor's own figure prevailing."""
    if is_card(debt):
        where = f"本人持有{you(debt)}{account_words(debt)}"
    else:
        where = f"本人在{you(debt)}有一笔借款" + (f"（账户尾号{debt.tail}）" if debt.tail else "")
    owed_on = "该账户" if is_card(debt) else "该笔借款"
    text = f"{where}。截至{format_cn_date(today)}，本人所知{owed_on}欠款约{amount(debt.owed_fen).both}"
    if debt.principal_fen is not None:
        text += f"，其中本金约{amount(min(debt.principal_fen, debt.owed_fen)).both}"
    return text + f"，具体以{you(debt)}核对的金额为准。"


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
        return f"将目前欠款{plan_amount}挂账，按以下方案分期偿还（期数与附件《还款计划表》一致）："
    if "principal_unknown" in creditor.codes:
        return (f"以本金作为挂账金额。本人暂不清楚本金的准确数额，恳请{you(debt)}核实告知；"
                f"在此之前，本人按欠款总额{plan_amount}拟定以下方案分期偿还（期数与附件《还款计划表》一致）：")
    return f"以本金{plan_amount}作为挂账金额，按以下方案分期偿还（期数与附件《还款计划表》一致）："


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


def reasons_sentence(budget: Budget) -> str:
    if not budget.hardships:
        return "本人因经济困难，无法按原约定按期还款。"
    phrases = [reason_phrase(h, budget) for h in budget.hardships]
    return "；".join(phrases) + "。因此，本人无法按原约定按期还款。"


def reason_phrase(hardship: Hardship, budget: Budget) -> str:
    """One hardship in words: whom it struck, since when, and nothing the budget contradicts.

    The wording depends on whom it struck (the debtor or a named family member) and on what
    income the budget still records: a job loss with wages still coming in says the debtor lost
    their former job, not that the wages are gone. Amounts are never written here.
    """
    phrase = _phrase(hardship, budget)
    return f"自{format_cn_month(hardship.since_on)}起，{phrase}" if hardship.since_on else phrase


def _phrase(hardship: Hardship, budget: Budget) -> str:
    reason, who, own = hardship.reason, _WHO[hardship.affected], hardship.affected is Affected.SELF
    income = budget.income_fen
    no_income = budget.income_total_fen == 0
    if reason is HardshipReason.OTHER:
        text = budget.hardship_other.strip()
        return f"本人遇到以下困难：{text}" if text else "本人遇到其他困难"
    if reason is HardshipReason.FAMILY_CHANGE:
        return "本人家庭发生变故" + ("，目前家庭没有收入" if no_income else "")
    if reason is HardshipReason.ILLNESS:
        return f"{who}因伤病需要治疗" + ("，家庭目前没有收入" if no_income else "")
    if reason is HardshipReason.JOB_LOSS:
        if not own:
            return f"{who}失去了工作" + ("，家庭目前没有收入" if no_income else "，家庭收入因此减少")
        if no_income:
            return "本人失去了工作，目前没有收入"
        return "本人失去了原来的工作" + ("" if income.get(IncomeSource.WAGES.value) else "，没有了工资收入")
    if reason is HardshipReason.BUSINESS_FAILURE:
        if not own:
            return f"{who}经营的生意失败" + ("，家庭目前没有收入" if no_income else "，家庭收入因此减少")
        if no_income:
            return "本人经营的生意失败，目前没有收入"
        return "本人经营的生意失败" + ("" if income.get(IncomeSource.BUSINESS.value) else "，没有了经营收入")
    subject = "本人的收入" if own else f"{who}的收入"
    return subject + "大幅减少" + ("，目前家庭已没有收入" if no_income else "")


def _share_sentence(case: Case, debt: Debt, creditor: CreditorPlan) -> str:
    """Only this debt, or all of them (the annex lists them) and this creditor's monthly share."""
    if len(creditor.installments) == 1:        # all of it at once (a down payment or a small balance)
        mine = f"{you(debt)}的欠款拟一次还清，具体见下文还款方案。"
    else:
        mine = f"每月用于偿还{you(debt)}的为{format_yuan(creditor.monthly_fen)}。"
    if len(case.debts) <= 1:
        return f"本人目前只有{you(debt)}这一笔欠款，{mine}"
    total = format_yuan(sum(d.owed_fen for d in case.debts))
    return (f"本人目前共有{count_cn(len(case.debts))}笔欠款，合计约{total}（详见附件《{ANNEX_DEBTS}》）。"
            f"上述还款金额已按各笔欠款金额的比例分配，{mine}")
