"""Issue 11's "done means": a volunteer's three-creditor pack for an unusual story, signed only on the
signature lines, consistent with its own figures, and the same when reprinted a week later."""

from __future__ import annotations

import re
from datetime import date

from app.core.case import Affected, Applicant, Budget, Case, DebtKind, Hardship, HardshipReason, PlanChoices
from tests.factories import make_debt
from tests.pdf.test_request_letter import TITLE, pages, seed

MOTHER_ILL = Hardship(HardshipReason.ILLNESS, date(2025, 6, 1), Affected.MOTHER)
CASE = Case(
    debts=(make_debt(id="d0000001", issuer="cmb", tail="1234", owed_fen=6_000_000),
           make_debt(id="d0000002", issuer="icbc", tail="5678", owed_fen=3_000_000),
           make_debt(id="d0000003", issuer="weilidai", kind=DebtKind.ONLINE_LENDER, tail="",
                     lender_entity="深圳前海微众银行股份有限公司", owed_fen=1_500_000)),
    budget=Budget(income_fen={"wages": 280_000}, spending_fen={"food": 120_000, "medical": 60_000},
                  household_size=3, dependants=1, hardships=(MOTHER_ILL,),
                  story="母亲去年六月住院，我辞去全职工作照顾她，现在只能做兼职。", documents=("medical", "income")),
    plan=PlanChoices(monthly_offer_fen=175_000, start_on=date(2027, 1, 1)),
    applicant=Applicant(name="王五", phone="13700001111", address="成都市武侯区某某街8号"),
)
REQUESTS = ("request-d0000001", "request-d0000002", "request-d0000003")


def finalize_everything(client) -> None:
    index = client.get("/letters/").text
    for key in sorted(set(re.findall(r'action="/letters/([a-z0-9-]+)/final"', index))):
        assert client.post(f"/letters/{key}/final").status_code == 302


def test_the_three_creditor_pack_is_consistent_signable_and_reprints_the_same(app, client):
    seed(client, CASE)
    finalize_everything(client)
    first = client.get("/letters/all.pdf")
    assert first.status_code == 200
    text = "".join(pages(first.data))
    assert text.count(TITLE) >= 3 and text.count("申请人（签名并按手印）：＿＿＿＿＿＿＿＿＿＿") == 3
    assert "（未填写）" not in text and "本人母亲" in text and "本人（或" not in text
    letters = {key: "".join(pages(client.get(f"/letters/{key}.pdf").data)) for key in REQUESTS}
    assert "第七十条" in letters["request-d0000001"] and "第七十条" not in letters["request-d0000003"]
    assert "深圳前海微众银行股份有限公司" in letters["request-d0000003"]
    for letter in letters.values():   # the monthly amount in the body is the schedule's
        share = re.search(r"每月用于偿还贵(?:行|公司|机构)的为(¥[\d,]+\.\d\d)", letter).group(1)
        assert f"每期{share}" in letter
    app.config["FIXED_TODAY"] = "2026-12-10"
    again = client.get("/letters/all.pdf")
    assert pages(again.data) == pages(first.data)
