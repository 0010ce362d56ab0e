"""The hardship wording for every reason × whom it struck × income state: true, specific, figure-free."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest

from app.core import plan as core_plan
from app.core.case import AFFECTS_SOMEONE, Affected, Budget, Case, Hardship, HardshipReason, PlanChoices
from app.core.letters import request
from app.core.letters.common import HARDSHIP_WORDS
from tests.factories import make_debt

TODAY = date(2026, 11, 29)
INCOMES = {"none": {}, "remaining": {"family_help": 150_000}, "wages": {"wages": 250_000},
           "business": {"business": 80_000}}
PLACEHOLDER = re.compile(r"（[^（）]*或[^（）]*）")
CASES = [(reason, affected, income) for reason in HardshipReason
         for affected in (Affected if reason in AFFECTS_SOMEONE else (Affected.SELF,)) for income in INCOMES]


@pytest.mark.parametrize(("reason", "affected", "income"), CASES)
def test_each_hardship_is_worded_truthfully_for_whom_it_struck_and_the_income_left(reason, affected, income):
    budget = Budget(income_fen=INCOMES[income], spending_fen={"food": 100_000},
                    hardships=(Hardship(reason, date(2025, 4, 1), affected),), hardship_other="店铺被拆迁")
    phrase = request.reason_phrase(budget.hardships[0], budget)
    assert phrase.startswith("自2025年4月起，")
    assert not PLACEHOLDER.search(phrase) and "¥" not in phrase and "或" not in phrase
    if affected is not Affected.SELF:
        assert phrase.startswith("自2025年4月起，" + request._WHO[affected])
    if income != "none":
        assert "没有收入" not in phrase
    if income == "wages":
        assert "没有了工资收入" not in phrase
    if income == "business":
        assert "没有了经营收入" not in phrase


def test_a_parents_illness_names_the_parent_not_the_debtor():
    budget = Budget(income_fen={"wages": 300_000}, hardships=(Hardship(HardshipReason.ILLNESS, None, Affected.MOTHER),))
    assert request.reason_phrase(budget.hardships[0], budget) == "本人母亲因伤病需要治疗"


def test_job_loss_wording_follows_the_income_the_budget_still_records():
    def say(income):
        budget = Budget(income_fen=income, hardships=(Hardship(HardshipReason.JOB_LOSS),))
        return request.reason_phrase(budget.hardships[0], budget)
    assert say({}) == "本人失去了工作，目前没有收入"
    assert say({"family_help": 100_000}) == "本人失去了原来的工作，没有了工资收入"
    assert say({"wages": 450_000}) == "本人失去了原来的工作"          # part-time wages: never "失去了工资收入"


def test_no_card_phrase_or_summary_word_offers_alternatives():
    assert not any("或" in word for word in HARDSHIP_WORDS.values())


@pytest.mark.parametrize("edited", [False, True])
def test_figures_live_outside_the_editable_statement_and_follow_the_budget(edited):
    debts = (make_debt(id="a", owed_fen=3_000_000), make_debt(id="b", issuer="icbc", owed_fen=1_000_000))
    budget = Budget(income_fen={"wages": 600_000}, spending_fen={"food": 400_000},
                    hardships=(Hardship(HardshipReason.INCOME_CUT),))
    case = Case(debts=debts, budget=budget)
    plan = core_plan.build(case.debts, case.budget, case.plan, TODAY)
    before = request.build(case, plan.creditors[0], plan, TODAY)
    assert "¥" not in before.hardship_default
    if edited:
        case = Case(debts=debts, budget=budget, narratives={before.hardship_key: before.hardship + "\n补充一句。"})
    changed = Case(debts=debts, budget=Budget(income_fen={"wages": 900_000}, spending_fen={"food": 400_000},
                                             hardships=budget.hardships),
                   narratives=case.narratives, plan=PlanChoices())
    plan = core_plan.build(changed.debts, changed.budget, changed.plan, TODAY)
    after = request.build(changed, plan.creditors[0], plan, TODAY)
    share = plan.creditors[0].monthly_fen
    assert after.share.endswith(f"每月用于偿还贵行的为¥{share // 100:,}.{share % 100:02d}。")
    assert after.schedule[0].amount == f"¥{share // 100:,}.{share % 100:02d}"
    assert "¥" not in after.hardship


def test_sixty_installments_lay_out_as_three_groups_of_twenty_rows():
    rows = tuple(request.ScheduleRow(n, "", "", False) for n in range(1, 61))
    [page] = request.schedule_pages(rows)
    assert [[row.number for row in group] for group in page] == [
        list(range(1, 21)), list(range(21, 41)), list(range(41, 61))]
    [short] = request.schedule_pages(rows[:25])
    assert [[row.number for row in group] for group in short] == [list(range(1, 14)), list(range(14, 26))]


def test_a_debt_paid_at_once_claims_no_monthly_share_and_a_lone_debtor_names_dependants():
    debt = make_debt(owed_fen=100_000)
    budget = Budget(income_fen={"wages": 600_000}, spending_fen={"food": 100_000}, household_size=1, dependants=2)
    case = Case(debts=(debt,), budget=budget, plan=PlanChoices(down_payment_fen=100_000))
    plan = core_plan.build(case.debts, case.budget, case.plan, TODAY)
    letter = request.build(case, plan.creditors[0], plan, TODAY)
    assert letter.share == "本人目前只有贵行这一笔欠款，贵行的欠款拟一次还清，具体见下文还款方案。"
    assert letter.terms[0] == "第1期（首付款）：于2026年12月1日还款¥1,000.00（人民币壹仟元整）；"
    assert letter.household.startswith("本人独自生活，另需供养两人。")


def test_the_debts_annex_claims_no_monthly_share_for_a_creditor_over_the_limit():
    first, second = make_debt(id="d0000001", owed_fen=600_000), make_debt(id="d0000002", tail="5678", owed_fen=300_000)
    case = Case(debts=(first, second), plan=PlanChoices(monthly_offer_fen=30_000))
    plan = core_plan.build(case.debts, case.budget, case.plan, TODAY)
    over = dataclasses.replace(plan.creditors[1], over_limit=True)
    plan = dataclasses.replace(plan, creditors=(plan.creditors[0], over))
    rows = request.debt_rows(case, plan, first)
    assert [(row.monthly, row.over_limit) for row in rows] == [("¥200.00", False), ("另行协商", True)]
