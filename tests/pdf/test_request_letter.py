"""The request letter and the print-all pack as PDFs: the figures, words and page breaks a bank will read."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.core.case import Applicant, Budget, Case, Hardship, HardshipReason, PlanChoices, case_to_data
from tests.factories import make_debt

STATIC = Path(__file__).resolve().parents[2] / "static"

TITLE = "个性化分期还款（停息挂账）申请书"
BUDGET = Budget(
    income_fen={"wages": 600_000}, spending_fen={"food": 400_000}, household_size=2,
    hardships=(Hardship(HardshipReason.ILLNESS, date(2025, 1, 10)),), documents=("medical", "income"),
)
CASE = Case(debts=(make_debt(id="d0000001", tail="1234"),), budget=BUDGET,
            applicant=Applicant(name="张三", phone="13800001234", id_number="110101199001011237"))
TWO_CARDS = replace(CASE, debts=(make_debt(id="d0000001", tail="1234"),
                                 make_debt(id="d0000002", issuer="icbc", tail="5678", owed_fen=500_000)))


def seed(client, case: Case) -> None:
    body = json.dumps(case_to_data(case), ensure_ascii=False).encode()
    resp = client.post("/case/import", data={"replace": "1", "file": (BytesIO(body), "case.json")},
                       content_type="multipart/form-data")
    assert resp.status_code == 302


def pages(data: bytes) -> list[str]:
    """Each page's text without whitespace (Chinese lines wrap mid-phrase)."""
    return ["".join(page.extract_text().split()) for page in PdfReader(BytesIO(data)).pages]


def weasyprint_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint") and r.levelno >= logging.WARNING]


def test_request_letter_pdf_states_card_amounts_schedule_basis_and_pages(client, caplog):
    caplog.set_level(logging.WARNING, logger="weasyprint")
    seed(client, CASE)
    text = "".join(pages(client.get("/letters/request-d0000001.pdf").data))
    for expected in ("招商银行信用卡中心", "尾号1234", "¥12,345.67", "人民币壹万贰仟叁佰肆拾伍元陆角柒分",
                     "第1期至第7期：自2026年12月1日起，每月1日还款，每期¥1,600.00（人民币壹仟陆佰元整），共7期",
                     "第8期（最后一期）：于2027年7月1日还款¥1,145.67", "本人所知该账户欠款约¥12,345.67",
                     "具体以贵行核对的金额为准", "恳请贵行暂停委托外部机构对本人的催收", "第七十条", "发卡银行可以与持卡人平等协商",
                     "不向任何银行申领信用卡", "请贵行于2026年12月14日前书面答复", "1101**********1237",
                     "附件2：病历、诊断证明1份", "附件3：收入证明或银行流水1份", "附件共3份",
                     "申请人（签名并按手印）：", "姓名：张三", "附件1：还款计划表", "日期：2026年11月29日", "第1页共"):
        assert expected in text, expected
    assert "110101199001011237" not in text and "(s)" not in text and "必须" not in text
    assert weasyprint_warnings(caplog) == []


def test_full_id_is_printed_only_when_chosen(client):
    seed(client, replace(CASE, applicant=replace(CASE.applicant, show_id_in_letter=True)))
    assert "110101199001011237" in "".join(pages(client.get("/letters/request-d0000001.pdf").data))


def test_hostile_strings_appear_literally(client):
    hostile = '<b>张三</b>&amp;"<script>'
    seed(client, replace(CASE, applicant=replace(CASE.applicant, name=hostile)))
    assert '<b>张三</b>&amp;"<script>' in "".join(pages(client.get("/letters/request-d0000001.pdf").data))


def test_two_cards_give_two_letters_each_starting_a_new_page_in_print_all(client):
    seed(client, TWO_CARDS)
    single = {key: len(pages(client.get(f"/letters/{key}.pdf").data))
              for key in ("request-d0000001", "request-d0000002", "summary", "phone-script")}
    pack = pages(client.get("/letters/all.pdf").data)
    assert len(pack) == sum(single.values())
    starts = [n for n, text in enumerate(pack) if text.startswith(TITLE)]
    assert starts == [0, single["request-d0000001"]]
    assert "尾号1234" in pack[0] and "尾号5678" in pack[starts[1]] and "中国工商银行信用卡中心" in pack[starts[1]]
    first_of_summary = single["request-d0000001"] + single["request-d0000002"]
    assert pack[first_of_summary].startswith("案件概要（志愿者用）")
    assert pack[first_of_summary + single["summary"]].startswith("协商话术（给银行打电话时用）")
    assert f"第1页共{single['request-d0000001']}页" in pack[0]                 # paged within each letter
    assert f"第1页共{single['request-d0000002']}页" in pack[starts[1]]


def test_print_all_holds_every_document_title_and_the_scam_warning(client):
    seed(client, TWO_CARDS)
    text = "".join(pages(client.get("/letters/all.pdf").data))
    for title in (TITLE, "案件概要（志愿者用）", "协商话术（给银行打电话时用）", "小心收费的“停息挂账代理”"):
        assert title in text
    assert text.count(TITLE) == 2 and "是免费的" in text


SIXTY = replace(CASE, debts=(make_debt(id="d0000001", tail="1234", owed_fen=9_600_000),
                             make_debt(id="d0000002", issuer="icbc", tail="5678", owed_fen=2_400_000)),
                budget=replace(BUDGET, story="2025年1月我因病住院，出院后只能做些零工，收入比以前少了很多。"),
                plan=PlanChoices(monthly_offer_fen=200_000))


def test_a_sixty_installment_request_is_two_pages_of_letter_and_one_page_per_annex(client):
    seed(client, SIXTY)
    letter = pages(client.get("/letters/request-d0000001.pdf").data)
    assert len(letter) == 4, [p[:40] for p in letter]
    assert "签名并按手印" in letter[1] and "特此申请" in letter[1]
    assert letter[2].startswith("附件1：还款计划表") and "共60期，合计¥96,000.00" in letter[2]
    assert "2031年11月1日" in letter[2] and letter[2].count("¥1,600.00") == 60
    assert letter[3].startswith("附件2：本人全部债务情况")
    assert "中国工商银行尾号5678" in letter[3] and "¥120,000.00" in letter[3]
    assert "第1期至第60期：自2026年12月1日起，每月1日还款，每期¥1,600.00" in letter[0] + letter[1]
    assert "第4页共4页" in letter[3]


def test_a_creditor_over_60_installments_gets_no_request_letter_in_print_all(client):
    seed(client, replace(TWO_CARDS, plan=PlanChoices(monthly_offer_fen=10_000)))
    pack = "".join(pages(client.get("/letters/all.pdf").data))
    assert TITLE not in pack and "最长期限不超过5年" not in pack
    assert client.get("/letters/request-d0000001.pdf").status_code == 404
    page = client.get("/letters/").text
    assert "超过了 60 期" in page and "每月至少还" in page


def test_each_document_in_print_all_is_paged_on_its_own():
    """A letter taken out of the pack for one bank says 第1页共N页 and nothing of the others."""
    from app.letters import pdf as pdf_module

    one = pdf_module.htmls_to_pdf([_one_page("甲"), _one_page("乙")], static_dir=STATIC)
    texts = ["".join(page.extract_text().split()) for page in PdfReader(BytesIO(one)).pages]
    assert len(texts) == 2
    assert all("第1页共1页" in text for text in texts)


def _one_page(word: str) -> str:
    return ('<!doctype html><html lang="zh-Hans-CN"><head><link rel="stylesheet" href="css/letters.css">'
            f'</head><body><section class="document"><h1>{word}</h1><p>{word}</p></section></body></html>')
