"""The court documents as PDFs and on the documents page (issue 13): the court, the 案号, the exact
amounts, the deadline on its sheet, the citations, and never a percentage cap; 定稿 reprints the same."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date
from io import BytesIO

from app.core.case import Applicant, Budget, Case, DebtKind, Hardship, HardshipReason, PlanChoices
from app.core.court.papers import CourtPaper, PaperChannel, PaperKind
from app.core.letters import court_answer
from tests.factories import make_debt
from tests.pdf.test_request_letter import pages, seed, weasyprint_warnings

CARD = make_debt(id="d0000001", tail="1234")
LENDER = make_debt(id="d0000002", issuer="zhaolian", kind=DebtKind.ONLINE_LENDER, owed_fen=800_000,
                   lender_entity="招联消费金融股份有限公司")
ORDER = CourtPaper("c0000001", PaperKind.PAYMENT_ORDER, PaperChannel.COURT_POST, date(2026, 9, 20),
                   debt_id="d0000001", body="北京市朝阳区人民法院", case_number="(2026)京0105民督123号",
                   address="北京市朝阳区某路1号", claimed_fen=2_000_000, claimed_principal_fen=1_500_000,
                   claimed_charges_fen=500_000, admitted_fen=1_500_000)
COMPLAINT = CourtPaper("c0000002", PaperKind.COMPLAINT, PaperChannel.COURT_POST, date(2026, 11, 20),
                       debt_id="d0000001", body="深圳市福田区人民法院", case_number="(2026)粤0304民初777号",
                       claimed_fen=1_600_000, claimed_charges_fen=350_000, admitted_fen=1_234_567,
                       lives_elsewhere=True, clause_not_explained=True)
LENDER_SUIT = CourtPaper("c0000003", PaperKind.SUMMONS, PaperChannel.HANDED, date(2026, 11, 25),
                         debt_id="d0000002", body="重庆市渝北区人民法院", case_number="(2026)渝0112民初88号",
                         hearing_on=date(2026, 12, 16))
ENFORCEMENT = CourtPaper("c0000004", PaperKind.ENFORCEMENT_NOTICE, PaperChannel.COURT_POST, date(2026, 11, 2),
                         debt_id="d0000001", body="北京市朝阳区人民法院", case_number="(2026)京0105执456号")
BUDGET = Budget(income_fen={"wages": 600_000}, spending_fen={"food": 400_000}, household_size=2,
                hardships=(Hardship(HardshipReason.ILLNESS, date(2025, 1, 10)),), story="去年住院三个月。")
CASE = Case(debts=(CARD, LENDER), budget=BUDGET, plan=PlanChoices(start_on=date(2027, 1, 1)),
            applicant=Applicant(name="张三", phone="13800001234", address="北京市海淀区某街2号"),
            court_papers=(ORDER, COMPLAINT, LENDER_SUIT, ENFORCEMENT))
NO_PERCENT = ("24%", "24％", "百分之二十四", "年利率")


def card(page: str, key: str) -> str:
    """The documents page's card of one document (up to the next card or the end of the list)."""
    start = page.index(f'id="doc-{key}"')
    ends = [page.find('id="doc-', start + 1), page.find('<p class="actions"><a class="button button--primary"', start)]
    return page[start:min(i for i in ends if i > 0)]


def text_of(client, key: str) -> tuple[str, str]:
    """(the submission sheet, the document) of one court document's PDF."""
    sheet, *document = pages(client.get(f"/letters/{key}.pdf").data)
    return sheet, "".join(document)


def test_objection_names_court_and_case_disputes_the_amount_and_carries_the_deadline(client, caplog):
    caplog.set_level(logging.WARNING, logger="weasyprint")
    seed(client, CASE)
    sheet, text = text_of(client, "court-objection-c0000001")
    for expected in ("提交须知", "本页是给您自己看的提醒，不要提交", "提出支付令书面异议：最晚2026年10月8日（星期四）",
                     "本应在2026年10月5日届满", "以法院的通知为准", "北京市朝阳区某路1号", "第八十五条"):
        assert expected in sheet, expected
    assert "第1页" not in sheet
    for expected in ("支付令异议书", "异议人（被申请人）：张三", "申请人：招商银行（全称以支付令所列为准）",
                     "北京市朝阳区人民法院：", "(2026)京0105民督123号", "¥20,000.00（人民币贰万元整）",
                     "其中本金¥15,000.00，利息、复利、违约金及费用¥5,000.00",
                     "异议人认可的欠款金额为¥15,000.00（人民币壹万伍仟元整），对超出部分¥5,000.00（人民币伍仟元整）不予认可",
                     "请求贵院依法裁定终结督促程序，支付令自行失效", "《中华人民共和国民事诉讼法》第二百二十七条、第二百二十八条",
                     "异议人（签名并按手印）：", "日期：2026年11月29日", "第1页共1页"):
        assert expected in text, expected
    assert not any(p in sheet + text for p in NO_PERCENT)
    assert weasyprint_warnings(caplog) == []


def test_card_answer_with_jurisdiction_objection_edited_hardship_and_plan(client):
    seed(client, replace(CASE, narratives={court_answer.hardship_key("c0000002"): "我去年住院，收入断了。\n第二段。"}))
    sheet, text = text_of(client, "court-answer-c0000002")
    assert "提交答辩状：最晚2026年12月7日（星期一）" in sheet and "提出管辖异议：最晚2026年12月7日（星期一）" in sheet
    for expected in ("民事答辩状", "答辩人（被告）：张三", "住址：北京市海淀区某街2号", "深圳市福田区人民法院：",
                     "(2026)粤0304民初777号", "一、管辖异议", "第三十一条", "第一百三十条",
                     "答辩人认可尚欠被答辩人¥12,345.67（人民币壹万贰仟叁佰肆拾伍元陆角柒分）",
                     "对超出部分¥3,654.33（人民币叁仟陆佰伍拾肆元叁角叁分），答辩人不予认可",
                     "利息、复利、违约金及费用合计¥3,500.00",
                     "《最高人民法院关于审理银行卡民事纠纷案件若干问题的规定》第二条第二款",
                     "我去年住院，收入断了。第二段。", "目前家庭每月收入合计¥6,000.00", "四、调解意愿和还款方案",
                     "本人另有其他欠款，每月还款额已按各笔欠款金额的比例分配", "答辩人（签名并按手印）："):
        assert expected in text, expected
    assert re.search(r"第1期至第\d+期：自2027年1月1日起，每月1日还款，每期¥[\d,]+\.\d\d", text)
    assert "去年住院三个月" not in text                      # the edit replaces our draft
    assert not any(p in text for p in NO_PERCENT)


def test_lender_answer_without_figures_rests_on_the_civil_code_and_the_page_says_what_is_missing(client):
    seed(client, CASE)
    sheet, text = text_of(client, "court-answer-c0000003")
    assert "开庭：2026年12月16日（星期三），请按时到庭" in sheet
    assert "《中华人民共和国民法典》第五百八十五条第二款" in text and "招联消费金融股份有限公司" in text
    assert "银行卡" not in text and "透支" not in text and "一、对欠款金额的意见" in text and "管辖异议" not in text
    assert "¥" in text and "认可尚欠" not in text                # the plan's figures, no admitted sentence
    page = client.get("/letters/").text
    assert "这份文书还缺：法院文书上对方请求的金额、您认可的欠款金额" in card(page, "court-answer-c0000003")


def test_enforcement_settlement_goes_to_the_bank_and_warns_of_resumed_enforcement(client):
    seed(client, CASE)
    sheet, text = text_of(client, "court-proposal-c0000004")
    assert "交给：招商银行信用卡中心" in sheet and "同时可以把复印件交给执行法院" in sheet
    for expected in ("执行和解方案", "被执行人：张三", "招商银行信用卡中心：", "(2026)京0105执456号",
                     "《中华人民共和国民事诉讼法》第二百四十一条", "《最高人民法院关于执行和解若干问题的规定》第一条",
                     "可以申请恢复执行原生效法律文书", "被执行人（签名并按手印）："):
        assert expected in text, expected


def test_missing_name_and_phone_print_blanks_and_are_listed(client):
    seed(client, replace(CASE, applicant=Applicant()))
    _sheet, text = text_of(client, "court-objection-c0000001")
    assert "异议人（被申请人）：＿＿＿＿＿＿＿＿＿＿" in text and "联系电话：＿＿＿＿＿＿＿＿＿＿" in text
    page = client.get("/letters/").text
    assert "这份文书还缺：姓名、联系电话" in card(page, "court-objection-c0000001")


def test_documents_page_reminds_what_an_objection_must_be_and_how_to_file(client):
    seed(client, CASE)
    page = client.get("/letters/").text
    objection = card(page, "court-objection-c0000001")
    assert "只说没钱还、要求延期或分期的异议，不影响支付令的效力" in objection and "第四百三十六条" in objection
    assert "最后期限：2026年10月8日" in objection and "以法院的通知为准" in objection
    assert "北京市朝阳区某路1号" in objection and "第八十五条" in objection
    assert "管辖异议不一定成立" in card(page, "court-answer-c0000002")


def test_no_objection_when_the_whole_claim_is_accepted_and_the_page_says_why(client):
    seed(client, replace(CASE, court_papers=(replace(ORDER, admitted_fen=ORDER.claimed_fen),)))
    page = client.get("/letters/").text
    assert "court-objection-" not in page
    assert "您认可的金额与支付令上的金额相同，所以没有生成异议书" in page


def test_final_versions_reprint_the_same_and_print_all_includes_every_court_document(app, client):
    seed(client, CASE)
    keys = ("court-objection-c0000001", "court-answer-c0000002", "court-proposal-c0000002",
            "court-answer-c0000003", "court-proposal-c0000003", "court-proposal-c0000004")
    for key in keys:
        assert client.post(f"/letters/{key}/final").status_code == 302
    first = {key: pages(client.get(f"/letters/{key}.pdf").data) for key in keys}
    pack = "".join(pages(client.get("/letters/all.pdf").data))
    for title in ("支付令异议书", "民事答辩状", "调解还款方案", "执行和解方案"):
        assert title in pack, title
    assert pack.count("提交须知") == len(keys)
    app.config["FIXED_TODAY"] = "2026-12-20"
    assert {key: pages(client.get(f"/letters/{key}.pdf").data) for key in keys} == first
    exported = client.get("/case/export.json").data          # the case file keeps the final versions
    resp = client.post("/case/import", data={"replace": "1", "file": (BytesIO(exported), "case.json")},
                       content_type="multipart/form-data")
    assert resp.status_code == 302
    assert pages(client.get(f"/letters/{keys[0]}.pdf").data) == first[keys[0]]


def test_each_papers_page_in_the_court_step_links_its_documents(client):
    seed(client, CASE)
    order = client.get("/court/c0000001")
    assert order.status_code == 200
    assert "/letters/court-objection-c0000001.pdf" in order.text and 'id="documents"' in order.text
    complaint = client.get("/court/c0000002").text
    assert "/letters/court-answer-c0000002.pdf" in complaint and "/letters/court-proposal-c0000002.pdf" in complaint
    seed(client, replace(CASE, court_papers=(replace(ORDER, admitted_fen=ORDER.claimed_fen),)))
    accepted = client.get("/court/c0000001").text
    assert "court-objection-" not in accepted and "所以没有生成异议书" in accepted


def test_the_objections_reasons_are_edited_like_a_letters_and_the_figures_stay(client):
    seed(client, CASE)
    assert "异议人认为，申请人主张的欠款数额与异议人了解的情况不符。" in client.get(
        "/letters/court-objection-c0000001/edit").text
    resp = client.post("/letters/court-objection-c0000001/edit", data={"action": "save", "p0": "申请人从未寄来账单。"})
    assert resp.status_code == 302
    _sheet, text = text_of(client, "court-objection-c0000001")
    assert "申请人从未寄来账单。" in text and "与异议人了解的情况不符" not in text
    assert "异议人认可的欠款金额为¥15,000.00" in text and "终结督促程序" in text


def test_english_documents_page_explains_the_court_documents(client):
    seed(client, CASE)
    page = client.get("/letters/", headers={"Accept-Language": "en"})
    assert page.status_code == 200
    assert "A written objection to the payment order (2026)京0105民督123号" in page.text
    assert "never a percentage" in page.text


def test_the_documents_page_names_every_deadline_the_sheet_names():
    from app.core.letters import court
    from app.court import documents

    assert set(documents.DEADLINE_NAMES) == set(court.DEADLINE_NAMES)
