"""协商话术: what to say when calling each bank, built from the user's own figures, and the scam warning.

The script asks for the same plan the letter requests (the same payment_terms), asks who the
user is speaking to and for written confirmation, and lists what not to agree to. It never
tells the user the bank must agree: the 个性化分期 of 第七十条 is something the bank *may* grant.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.case import AFFECTS_SOMEONE, Affected, Case, HardshipReason
from app.core.dates import format_cn_date
from app.core.letters.common import HARDSHIP_WORDS, account_words, amount, count_cn, is_card, you
from app.core.letters.request import payment_terms
from app.core.money import format_yuan
from app.core.plan import CreditorPlan, Plan

TITLE = "协商话术（给银行打电话时用）"

BEFORE_CALLING = (
    "只拨打信用卡背面、银行官方网站或官方App上的客服电话，不要回拨短信或陌生来电里留的号码。",
    "准备好纸笔，或者在手机上记录。通话时记下日期、时间、对方姓名和工号、谈了什么。",
    "把这份话术和申请书放在手边，金额和日期照着念，不要临时改口。",
)
DO_NOT_AGREE = (
    "不要把钱转到任何个人账户，或银行以外的“第三方账户”；还款只还到自己的信用卡账户或银行官方渠道。",
    "在拿到书面协议（或银行的正式短信、信函确认）之前，不要先付款。",
    "不要答应超出自己能力的月还款额；做不到的承诺，违约后会失去分期的保护。",
    "不要说出验证码、网银密码，不要让别人远程操作您的手机。",
    "不要在电话里承认与事实不符的内容，例如“故意不还”。",
)
AFTER_CALL = (
    "当天把通话记录整理好：日期、时间、对方姓名和工号、对方说了什么、答应了什么。",
    "银行同意后，请对方把协议或确认寄到您的地址或发到您的手机，核对期数、每期金额和日期无误后再签字。",
    "银行不同意，也可以再书面申请，或者过一段时间再打；态度平和、保持联系本身就很重要。",
)
# Asked on every call, so printed once; each call's own figures are in its `check` line.
ASK_ON_EVERY_CALL = (
    "请问您贵姓？工号是多少？（记下来）",
    "我这种情况能不能办理个性化分期？需要我提供哪些材料？寄到哪里？",
    "如果可以，分期后每期金额、期数和第一期日期是多少？（和下面每家的“核对”一行对照）",
    "分期期间还计不计利息、违约金和其他费用？",
    "办好之后，能不能把协议或确认寄给我，或者发短信给我？",
    "还款应该还到哪个账户？（只接受还到自己的信用卡账户或银行官方渠道）",
)
SCAM_TITLE = "小心收费的“停息挂账代理”"
SCAM_FACT = "向银行申请个性化分期（俗称“停息挂账”）是免费的，您可以自己申请，用这份话术和申请书就够了。"
SCAM_RED_FLAGS = (
    "先收费、收“服务费”或“保证金”。",
    "要您交出手机、验证码、银行账户或网银的控制权。",
    "保证一定成功、保证减免多少。",
    "叫您先停止还款、不要接银行电话。",
)


@dataclass(frozen=True)
class Call:
    """What to say to one creditor."""

    heading: str                    # 招商银行 尾号1234
    say: tuple[str, ...]
    check: str                      # the plan asked for, to compare with what the bank offers


@dataclass(frozen=True)
class PhoneScript:
    title: str
    intro: str
    before: tuple[str, ...]
    ask: tuple[str, ...]            # on every call
    calls: tuple[Call, ...]
    do_not_agree: tuple[str, ...]
    after: tuple[str, ...]
    scam_title: str
    scam_fact: str
    scam_red_flags: tuple[str, ...]


def build(case: Case, plan: Plan) -> PhoneScript:
    scheduled = [c for c in plan.creditors if c.installments and not c.over_limit]   # those with a letter
    if len(scheduled) == 1:
        intro = "下面是给银行打电话时可以照着说的话，金额和日期都来自您填写的情况，与申请书一致。"
    else:
        intro = (f"下面是分别给{count_cn(len(scheduled))}家机构打电话时可以照着说的话。"
                 "每个电话只谈这一笔欠款，金额和日期都来自您填写的情况，与申请书一致。")
    return PhoneScript(
        title=TITLE, intro=intro, before=BEFORE_CALLING, ask=ASK_ON_EVERY_CALL,
        calls=tuple(_call(case, c, plan) for c in scheduled),
        do_not_agree=DO_NOT_AGREE, after=AFTER_CALL,
        scam_title=SCAM_TITLE, scam_fact=SCAM_FACT, scam_red_flags=SCAM_RED_FLAGS,
    )


def _call(case: Case, creditor: CreditorPlan, plan: Plan) -> Call:
    debt = case.debt(creditor.debt_id)
    name = case.applicant.name.strip() or "（您的姓名）"
    heading = debt.creditor_name + (f" 尾号{debt.tail}" if debt.tail else "")
    say = [
        f"您好，我是持卡人{name}，想咨询我的{account_words(debt)}的还款问题。" if is_card(debt)
        else f"您好，我是借款人{name}，想咨询我在{you(debt)}的借款的还款问题。",
        f"我现在欠款{format_yuan(debt.owed_fen)}。{_reasons(case)}，没办法按原来的约定还款，"
        "但是我愿意还，想申请个性化分期还款。",
        _share(creditor, plan),
        _ask_for(case, creditor),
        _letter_sent(case),
    ]
    return Call(heading=heading, say=tuple(say), check=_plan_in_brief(creditor))


def _letter_sent(case: Case) -> str:
    """The written request, in words true before and after it is posted; evidence only if there is some."""
    budget = case.budget
    evidence = bool(budget and (budget.documents or budget.documents_other.strip()))
    return ("我会把书面申请书寄给你们，里面写明了这个方案" + ("，也附上了证明材料。" if evidence else "。")
            + "（已经寄出的，就说“已经寄出”。）")


def _ask_for(case: Case, creditor: CreditorPlan) -> str:
    held = amount(creditor.plan_amount_fen).yuan
    if case.plan.waive_fees and "principal_unknown" not in creditor.codes:
        stop = f"停止计息，减免已经产生的利息、违约金和费用，按本金{held}挂账"
    else:
        stop = f"停止计息，减免违约金和费用，把{held}挂账"
    return f"我想请你们{stop}，分期还：{'；'.join(payment_terms(creditor, capitals=False))}。"


def _share(creditor: CreditorPlan, plan: Plan) -> str:
    """The monthly amount: all of it for a single creditor, or this creditor's fair share of it."""
    if len(plan.creditors) == 1:
        return f"我每月最多能拿出{format_yuan(plan.offer_fen)}还款。"
    return (f"我每月一共只能拿出{format_yuan(plan.offer_fen)}还全部{count_cn(len(plan.creditors))}笔欠款，"
            f"按欠款比例分给你们的是每月{format_yuan(creditor.monthly_fen)}。")


def _plan_in_brief(creditor: CreditorPlan) -> str:
    first = creditor.installments[0]
    down = "（含首付款）" if creditor.down_payment_fen else ""
    return (f"共{len(creditor.installments)}期{down}，每月{format_yuan(creditor.monthly_fen)}，"
            f"第一期{format_cn_date(first.due_on)}")


def _reasons(case: Case) -> str:
    hardships = case.budget.hardships if case.budget else ()
    if not hardships:
        return "我家里经济困难"
    words = "、".join(("家人" if h.reason in AFFECTS_SOMEONE and h.affected is not Affected.SELF else "")
                     + HARDSHIP_WORDS[h.reason] for h in hardships if h.reason is not HardshipReason.OTHER)
    return f"因为{words or '家里遇到困难'}，收入跟不上"
