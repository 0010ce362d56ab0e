"""The volunteer's one-page case summary (案件概要): debts and their stage, budget, plan, findings, dates.

Printed with the letters, so it is in Simplified Chinese like them. Figures come from the same
core functions the pages use (overdue.summarize, plan.build, conduct.engine.evaluate), so the
sheet and the screens never disagree.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from app.core import overdue
from app.core.case import Case, Collector
from app.core.conduct.engine import evaluate
from app.core.conduct.rules import SEVERITY_ORDER, Severity
from app.core.dates import format_cn_date, format_cn_month
from app.core.letters.common import HARDSHIP_WORDS, account_label, cn_date, mask_id, reply_by
from app.core.letters.request import letter_date
from app.core.money import format_yuan
from app.core.plan import CreditorPlan, Plan

TITLE = "案件概要（志愿者用）"

PHASE_WORDS = {"current": "未逾期", "early": "初期", "middle": "中期", "late": "后期"}
# The lawsuit flag's trigger is the practice the seed article describes, not law: the sheet says so
# once, in a note under the table (FLAG_NOTES), and marks the flag where it appears.
FLAG_WORDS = {
    "judgment": "已有判决或调解书",
    "litigation_started": "已被起诉",
    "fraud_threshold": "具备恶意透支客观条件",
    "lawsuit_risk": "可能被起诉＊",
    "limitation_note": "诉讼时效提示",
    "credit_record": "征信记录",
    "fraud_principal_unknown": "需补充本金",
}
FLAG_NOTES = {
    "lawsuit_risk": "＊可能被起诉：惯例提示（欠款1万元以上、半年未还），不是法律规定。",
}
COLLECTOR_WORDS = {
    Collector.BANK: "银行自行催收",
    Collector.AGENCY: "委外催收",
    Collector.LAWYER: "律师催收",
    Collector.COURT_FILED: "已起诉",
    Collector.JUDGMENT: "已判决",
}
UNSCHEDULED = "无法排期"
SEVERITY_WORDS = {Severity.UNLAWFUL: "违法", Severity.BREACH: "违规", Severity.NOTED: "合规但记录"}


@dataclass(frozen=True)
class DebtRow:
    account: str            # 招商银行 尾号1234
    owed: str
    principal: str          # "—" when unknown
    first_missed: str
    dpd: int
    stage: str              # M7+ · 后期
    collector: str
    flags: str              # 可能被起诉、征信记录; "—" when none


@dataclass(frozen=True)
class PlanRow:
    account: str
    plan_amount: str
    down_payment: str
    monthly: str
    months: str             # "24期", "无法排期"
    first_due: str
    last_due: str
    over_limit: bool
    min_monthly_to_fit: str  # "" unless over the limit

    @property
    def period(self) -> str:
        """2027年1月1日至2031年12月1日, or "—" when nothing could be scheduled."""
        return f"{self.first_due}至{self.last_due}" if self.months != UNSCHEDULED else "—"


@dataclass(frozen=True)
class CaseSummary:
    title: str
    prepared: str
    applicant: tuple[tuple[str, str], ...]
    debts: tuple[DebtRow, ...]
    flag_notes: tuple[str, ...]               # one line per flag that needs it, once for the table
    debt_totals: tuple[tuple[str, str], ...]
    budget: tuple[tuple[str, str], ...]       # empty when no budget was entered
    plan_facts: tuple[tuple[str, str], ...]
    plan_rows: tuple[PlanRow, ...]
    findings: tuple[tuple[str, int], ...]     # (severity word, count); empty without incidents
    incident_count: int
    key_dates: tuple[tuple[str, str], ...]


def build(case: Case, plan: Plan, today: date) -> CaseSummary:
    summary = overdue.summarize(case.debts, today)
    return CaseSummary(
        title=TITLE,
        prepared=format_cn_date(today),
        applicant=_applicant(case),
        debts=tuple(_debt_row(a) for a in summary.accounts),
        flag_notes=tuple(note for code, note in FLAG_NOTES.items()
                         if any(f.code == code for a in summary.accounts for f in (*a.flags, *a.notes))),
        debt_totals=(("欠款笔数", f"{summary.count}笔"), ("欠款总额", format_yuan(summary.owed_fen)),
                     ("已知本金合计", format_yuan(summary.principal_known_fen))),
        budget=_budget(case, plan),
        plan_facts=_plan_facts(case, plan),
        plan_rows=tuple(_plan_row(case, c) for c in plan.creditors),
        findings=_findings(case),
        incident_count=len(case.incidents),
        key_dates=key_dates(case, plan, today),
    )


def key_dates(case: Case, plan: Plan, today: date) -> tuple[tuple[str, str], ...]:
    """The dates a volunteer needs at a glance, in the order they fall."""
    dates: list[tuple[date, str]] = []
    if case.debts:
        dates.append((min(d.first_missed_on for d in case.debts), "最早一笔首次逾期"))
        paid = [d.last_payment_on for d in case.debts if d.last_payment_on]
        if paid:
            dates.append((max(paid), "最近一次还款"))
    dates.append((today, "制表日期"))
    if case.applicant.signed_on:
        dates.append((case.applicant.signed_on, "文书落款日期"))
    if any(c.installments and not c.over_limit for c in plan.creditors):     # a request letter exists
        dates.append((reply_by(letter_date(case, today)), "申请书请银行书面答复的期限"))
    if any(c.installments for c in plan.creditors):
        dates.append((plan.start_on, "方案第一期还款日"))
        last = max(i.due_on for c in plan.creditors for i in c.installments)
        dates.append((last, "方案最后一期还款日"))
    return tuple((label, format_cn_date(on)) for on, label in sorted(dates, key=lambda pair: pair[0]))


def _applicant(case: Case) -> tuple[tuple[str, str], ...]:
    applicant = case.applicant
    missing = "（未填写）"
    lines = [("姓名", applicant.name.strip() or missing), ("电话", applicant.phone.strip() or missing)]
    if applicant.id_number.strip():
        lines.append(("身份证号", mask_id(applicant.id_number)))
    return tuple(lines)


def _debt_row(account: overdue.AccountSummary) -> DebtRow:
    debt = account.debt
    flags = "、".join(FLAG_WORDS[f.code] for f in (*account.flags, *account.notes) if f.code in FLAG_WORDS)
    return DebtRow(
        account=account_label(debt),
        owed=format_yuan(debt.owed_fen),
        principal=format_yuan(debt.principal_fen) if debt.principal_fen is not None else "—",
        first_missed=format_cn_date(debt.first_missed_on),
        dpd=account.dpd,
        stage=f"{account.bucket} · {PHASE_WORDS[account.phase]}",
        collector=COLLECTOR_WORDS[debt.collector]
        + (f"（{debt.collector_name}）" if debt.collector_name else ""),
        flags=flags or "—",
    )


def _budget(case: Case, plan: Plan) -> tuple[tuple[str, str], ...]:
    budget = case.budget
    if budget is None:
        return ()
    reasons = "、".join(
        HARDSHIP_WORDS[h.reason] + (f"（自{format_cn_month(h.since_on)}）" if h.since_on else "")
        for h in budget.hardships
    )
    return (
        ("家庭人口", f"{budget.household_size}人（需抚养或赡养{budget.dependants}人）"),
        ("每月收入", format_yuan(budget.income_total_fen)),
        ("每月必要支出", format_yuan(budget.spending_total_fen)),
        ("每月可支配", format_yuan(plan.disposable_fen)),
        ("困难原因", reasons or "—"),
    )


def _plan_facts(case: Case, plan: Plan) -> tuple[tuple[str, str], ...]:
    return (
        ("每月还款总额", format_yuan(plan.offer_fen) + ("" if case.plan.monthly_offer_fen is not None
                                                     else "（按收支自动计算）")),
        ("首付款", format_yuan(plan.down_payment_fen) if plan.down_payment_fen else "无"),
        ("开始日期", format_cn_date(plan.start_on)),
        ("挂账金额", "本金（申请减免利息和费用）" if case.plan.waive_fees else "全部欠款"),
        ("是否在60期以内", "是" if plan.fits_60 else
         f"否：每月至少需要{format_yuan(plan.min_offer_to_fit_fen or 0)}才能全部在60期以内"),
    )


def _plan_row(case: Case, creditor: CreditorPlan) -> PlanRow:
    debt = case.debt(creditor.debt_id)
    installments = creditor.installments
    return PlanRow(
        account=account_label(debt) if debt else creditor.creditor_name,
        plan_amount=format_yuan(creditor.plan_amount_fen),
        down_payment=format_yuan(creditor.down_payment_fen) if creditor.down_payment_fen else "—",
        monthly=format_yuan(creditor.monthly_fen),
        months=f"{creditor.months}期" if installments else UNSCHEDULED,
        first_due=cn_date(installments[0].due_on if installments else None),
        last_due=cn_date(installments[-1].due_on if installments else None),
        over_limit=creditor.over_limit,
        min_monthly_to_fit=format_yuan(creditor.min_monthly_to_fit_fen)
        if creditor.min_monthly_to_fit_fen is not None else "",
    )


def _findings(case: Case) -> tuple[tuple[str, int], ...]:
    if not case.incidents:
        return ()
    counts = Counter(f.severity for f in evaluate(case.incidents))
    return tuple((SEVERITY_WORDS[s], counts[s]) for s in SEVERITY_ORDER)
