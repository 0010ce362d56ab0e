"""Every hardship kind × income state × edited-or-not × creditor kind, asserted on the PDF text.

One print-all PDF per (hardship kind, income state): its case holds six debts, a bank card, a
消费金融 loan and a 网贷 loan, each once with the hardship statement edited and once not, so every
combination is printed and read back with pypdf (18 PDFs rather than 108). Whom the hardship
struck varies with the income state, so the self and family wordings are printed too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from app.core import plan as core_plan
from app.core.case import (
    AFFECTS_SOMEONE,
    Affected,
    Applicant,
    Budget,
    Case,
    DebtKind,
    Hardship,
    HardshipReason,
    PlanChoices,
)
from app.core.letters import request
from tests.factories import make_debt
from tests.pdf.test_request_letter import TITLE, pages, seed

TODAY = date(2026, 11, 29)
INCOME_STATES = {
    "no_income": {},
    "income_remaining": {"family_help": 150_000, "pension_benefits": 60_000},
    "part_time": {"wages": 250_000, "business": 80_000},
}
AFFECTED_BY_STATE = {"no_income": Affected.SELF, "income_remaining": Affected.MOTHER, "part_time": Affected.SPOUSE}
WHO = {Affected.SELF: "本人", Affected.MOTHER: "本人母亲", Affected.SPOUSE: "本人配偶"}
KINDS = {  # creditor kind: (issuer, DebtKind, legal entity)
    "card": ("cmb", DebtKind.CARD, ""),
    "consumer_finance": ("zhaolian", DebtKind.ONLINE_LENDER, "招联消费金融股份有限公司"),
    "online": ("weilidai", DebtKind.ONLINE_LENDER, "深圳前海微众银行股份有限公司"),
}
EDIT = "这是我自己改写的说明：我一直想还钱，只是眼下实在拿不出更多。"
PLACEHOLDER = re.compile(r"（[^（）]*或[^（）]*）")          # "（或受伤）", "本人（或家人）" ...
AMOUNT = r"¥[\d,]+\.\d\d"


def make_case(reason: HardshipReason, state: str) -> Case:
    affected = AFFECTED_BY_STATE[state] if reason in AFFECTS_SOMEONE else Affected.SELF
    budget = Budget(
        income_fen=INCOME_STATES[state], spending_fen={"food": 150_000, "medical": 40_000}, household_size=3,
        dependants=1, hardships=(Hardship(reason, date(2025, 4, 1), affected),),
        hardship_other="店铺被拆迁，失去了经营场所" if reason is HardshipReason.OTHER else "",
        story="去年开始家里接连出事，我尽力维持，但还是跟不上。", documents=("medical", "income"))
    debts = []
    for number, (issuer, debt_kind, entity) in enumerate(KINDS.values()):
        for edited in (False, True):
            debts.append(make_debt(id=debt_id(number, edited), issuer=issuer, kind=debt_kind,
                                   lender_entity=entity, tail=f"{len(debts) + 1:04d}", owed_fen=2_000_000))
    case = Case(debts=tuple(debts), budget=budget, plan=PlanChoices(monthly_offer_fen=300_000),
                applicant=Applicant(name="王五", phone="13700001111"))
    # The user edited the statement of three letters (built from an older budget), then changed the budget.
    older = replace(case, budget=replace(budget, income_fen={"wages": 900_000}))
    plan = core_plan.build(older.debts, older.budget, older.plan, TODAY)
    narratives = {}
    for creditor in plan.creditors:
        if is_edited(creditor.debt_id):
            letter = request.build(older, creditor, plan, TODAY)
            narratives[letter.hardship_key] = letter.hardship_default + "\n" + EDIT
    return replace(case, narratives=narratives)


def debt_id(kind_number: int, edited: bool) -> str:
    """An id of the app's own form (8 hex digits) telling the creditor kind and whether it was edited."""
    return f"{kind_number:07x}{'e' if edited else 'a'}"


def is_edited(debt_id: str) -> bool:
    return debt_id.endswith("e")


def split_documents(texts: list[str]) -> list[list[str]]:
    """The pack's pages grouped per document: each document's page numbering restarts at 1."""
    docs: list[list[str]] = []
    for text in texts:
        if "第1页共" in text or not docs:
            docs.append([])
        docs[-1].append(text)
    return docs


@pytest.mark.parametrize("state", list(INCOME_STATES))
@pytest.mark.parametrize("reason", list(HardshipReason))
def test_every_combination_prints_true_consistent_letters(client, reason, state):
    case = make_case(reason, state)
    seed(client, case)
    letters = [doc for doc in split_documents(pages(client.get("/letters/all.pdf").data)) if doc[0].startswith(TITLE)]
    assert len(letters) == 6
    affected = AFFECTED_BY_STATE[state] if reason in AFFECTS_SOMEONE else Affected.SELF
    for debt, doc in zip(case.debts, letters, strict=True):
        kind = list(KINDS)[int(debt.id[:7], 16)]
        text = "".join(doc)
        body = text[:text.index("附件1：还款计划表")]                # the letter before its annexes
        where = f"{kind}, edited={is_edited(debt.id)}, {reason}, {state}"
        assert f"尾号{debt.tail}" in text, where
        # No placeholder alternatives anywhere in the letter.
        assert not PLACEHOLDER.search(text), (where, PLACEHOLDER.search(text))
        # The statement is prose: no amount between its heading and the fixed household figures.
        prose = body[body.index("一、困难情况"):body.index("本人家庭共三口人")]
        assert "¥" not in prose, where
        assert (EDIT in prose) == is_edited(debt.id), where
        # Every figure agrees with the schedule annex.
        annex = text[text.index("附件1：还款计划表"):]
        total = re.search(rf"共(\d+)期，合计({AMOUNT})", annex)
        share = re.search(rf"每月用于偿还贵(?:行|机构)的为({AMOUNT})", body)[1]
        assert re.findall(rf"每期({AMOUNT})", body) == [share], where
        assert f"以上共{total[1]}期，合计{total[2]}" in body, where
        assert annex.count(share) >= int(total[1]) - 1, where
        assert "每月用于还款¥3,000.00" in body or "能用于还款的金额为¥3,000.00" in body, where
        # The income the budget records is never denied, and whom the hardship struck is named.
        if state == "no_income":
            assert "目前家庭每月没有收入" in body, where
        else:
            assert "没有收入" not in body and "每月收入合计" in body, where
        if state == "part_time":
            assert "没有了工资收入" not in body, where
        if affected is not Affected.SELF:
            assert WHO[affected] in prose, where
        # Creditor kind: a lender is never 贵行 or a 信用卡中心, and 第七十条 is for bank cards only.
        if kind == "card":
            assert "招商银行信用卡中心" in body and "第七十条" in body, where
        else:
            assert "第七十条" not in text and "信用卡中心" not in body and "贵行" not in body, where
            assert KINDS[kind][2] in body, where
        # The signature is never alone on its page.
        [signed] = [page for page in doc if "签名并按手印" in page]
        assert "特此申请" in signed and "附件共" in signed, where
        assert signed.index("特此申请") < signed.index("签名并按手印"), where
