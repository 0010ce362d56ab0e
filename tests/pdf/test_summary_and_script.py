"""The volunteer's case summary fits one page; the phone script asks its common questions once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from app.core.case import (
    Applicant,
    Budget,
    Case,
    Channel,
    Collector,
    CollectorKind,
    Hardship,
    HardshipReason,
    Incident,
    PlanChoices,
)
from tests.factories import make_debt
from tests.pdf.test_request_letter import pages, seed

ISSUERS = (("cmb", "1234", 12_000_000), ("icbc", "5678", 9_000_000), ("ccb", "2468", 6_000_000),
           ("boc", "1357", 4_800_000), ("abc", "9753", 3_600_000))
AGENCY = "某某信息咨询服务有限公司"
FIVE_CARDS = Case(
    debts=tuple(make_debt(id=f"d000000{n}", issuer=issuer, tail=tail, owed_fen=owed, principal_fen=owed * 9 // 10,
                          first_missed_on=date(2025, 3, n), last_payment_on=date(2025, 2, n),
                          collector=Collector.AGENCY, collector_name=AGENCY)
                for n, (issuer, tail, owed) in enumerate(ISSUERS, start=1)),
    budget=Budget(income_fen={"wages": 650_000}, spending_fen={"housing": 150_000}, household_size=3,
                  hardships=(Hardship(HardshipReason.JOB_LOSS, date(2025, 2, 1)),)),
    incidents=(Incident(id="a0000001", occurred_at=datetime(2026, 3, 5, 23, 10), channel=Channel.CALL_ANSWERED,
                        collector_kind=CollectorKind.AGENCY, collector_name=AGENCY, debt_id="d0000001"),),
    plan=PlanChoices(monthly_offer_fen=600_000, down_payment_fen=100_000, start_on=date(2027, 1, 1)),
    applicant=Applicant(name="张三", phone="13800001234"),
)


def test_five_accounts_with_long_collector_names_fit_the_one_page_summary(client):
    seed(client, FIVE_CARDS)
    resp = client.get("/letters/summary.pdf")
    assert resp.status_code == 200
    [page] = pages(resp.data)
    for tail in ("1234", "5678", "2468", "1357", "9753"):
        assert f"尾号{tail}" in page
    assert page.count(f"催收方：委外催收（{AGENCY}）") == 5
    assert page.count("可能被起诉＊") == 5
    assert page.count("＊可能被起诉：惯例提示（欠款1万元以上、半年未还），不是法律规定。") == 1
    assert "首付款" in page and "第1页共1页" in page


def test_the_phone_script_asks_once_and_checks_each_creditors_own_figures(client):
    seed(client, FIVE_CARDS)
    resp = client.get("/letters/phone-script.pdf")
    assert resp.status_code == 200
    text = "".join(pages(resp.data))
    assert text.count("每个电话都要问清楚") == 1 and text.count("工号是多少") == 1
    assert text.count("可以这样说") == 5 and text.count("核对：") == 5


def test_a_plan_over_60_installments_is_marked_with_its_minimum_under_the_plan_table(client):
    seed(client, replace(FIVE_CARDS, plan=PlanChoices(monthly_offer_fen=300_000, start_on=date(2027, 1, 1))))
    [page] = pages(client.get("/letters/summary.pdf").data)
    assert page.count("期＊") == 5 and "是否在60期以内：否" in page
    assert "＊超过60期。要在60期内还清，每月至少：招商银行尾号1234¥2,000.00；中国工商银行尾号5678¥1,500.00；" in page
    assert "申请书请银行书面答复的期限" not in page          # no creditor gets a request letter
