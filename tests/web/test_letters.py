"""SPEC step 7 through the test client: review screen, applicant details, narrative edits, PDFs."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.core.case import (
    Applicant,
    Budget,
    Case,
    Channel,
    CollectorKind,
    Hardship,
    HardshipReason,
    Incident,
    PlanChoices,
    case_to_data,
)
from app.letters.pdf import PdfRenderError
from tests.conftest import field_errors, set_language
from tests.factories import make_debt

VALID_ID = "110101199001011237"          # check character 7 (GB 11643)
BUDGET = Budget(
    income_fen={"wages": 600_000}, spending_fen={"food": 400_000}, household_size=3, dependants=1,
    hardships=(Hardship(HardshipReason.JOB_LOSS, date(2025, 2, 1)),), story="公司裁员，我失去了工作。",
    documents=("unemployment",),
)
CASE = Case(
    debts=(make_debt(id="d0000001", tail="1234"),), budget=BUDGET,
    incidents=(Incident(id="e0000001", occurred_at=datetime(2026, 3, 5, 23, 10), channel=Channel.CALL_ANSWERED,
                        collector_kind=CollectorKind.AGENCY, collector_name="某某催收公司"),),
    applicant=Applicant(name="张三", phone="13800001234", id_number=VALID_ID),
)
APPLICANT_FORM = {"name": "李四", "phone": "139 0000 5678", "id_number": "", "address": "北京市某区某路1号",
                  "signed_on": ""}


def seed(client, case: Case = CASE) -> None:
    """Open `case` in the client's session through the public import route."""
    body = json.dumps(case_to_data(case), ensure_ascii=False).encode()
    resp = client.post("/case/import", data={"replace": "1", "file": (BytesIO(body), "case.json")},
                       content_type="multipart/form-data")
    assert resp.status_code == 302, resp.text


def exported(client) -> bytes:
    return client.get("/case/export.json").data


def pdf_text(data: bytes) -> str:
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)
    return "".join(text.split())


def page_count(data: bytes) -> int:
    return len(PdfReader(BytesIO(data)).pages)


@pytest.mark.parametrize(("lang", "shown"), [("zh_Hans_CN", "（自 2025年2月）"), ("zh_Hant_TW", "（自 2025年2月）"),
                                             ("en", "(since February 2025)")])
def test_a_hardship_given_as_a_month_is_shown_as_that_month(client, lang, shown):
    """The budget asks for the month a hardship began; no page or letter invents a day for it."""
    seed(client)
    set_language(client, lang)
    page = client.get("/letters/").text
    assert shown in page and "2025年2月1日" not in page and "February 1, 2025" not in page
    summary = pdf_text(client.get("/letters/summary.pdf").data)
    assert "失业（自2025年2月）" in summary and "2025年2月1日" not in summary
    letter = pdf_text(client.get("/letters/request-d0000001.pdf").data)
    assert "自2025年2月起，本人失去了原来的工作" in letter


def test_review_screen_lists_every_answer_with_a_link_to_change_it(client):
    seed(client)
    text = client.get("/letters/").text
    assert 'href="/debts/d0000001/edit"' in text and "尾号1234" in text and "¥12,345.67" in text
    assert "催收记录（1 条）" in text and "某某催收公司" in text and 'href="/conduct/"' in text
    assert "¥6,000.00" in text and "¥4,000.00" in text and "失业证明" in text and 'href="/budget/"' in text
    assert "¥1,600.00" in text and 'href="/plan/"' in text
    assert "张三" in text and "1101**********1237" in text and 'href="/letters/applicant"' in text
    assert VALID_ID not in text


def test_documents_are_listed_after_the_limitation_warning(client):
    seed(client)
    text = client.get("/letters/").text
    warning = text.index("诉讼时效会重新计算")
    assert "第十四条" in text and "第一百九十五条" in text
    assert warning < text.index('href="/letters/request-d0000001.pdf"') < text.rindex('href="/letters/all.pdf"')
    for link in ("/letters/request-d0000001/preview", "/letters/request-d0000001/edit", "/letters/summary/preview",
                 "/letters/phone-script.pdf"):
        assert f'href="{link}"' in text


def test_english_ui_explains_each_document_to_the_volunteer(client):
    seed(client)
    set_language(client, "en")
    text = client.get("/letters/").text
    assert "Article 70" in text and "MAY agree" in text and "phone script" in text


def test_a_plan_over_60_months_is_warned_about_on_the_documents_page(client):
    seed(client, replace(CASE, plan=PlanChoices(monthly_offer_fen=10_000)))
    text = client.get("/letters/").text
    assert "方案需要 124 期，超过了 60 期" in text and "¥205.77" in text
    assert "方案改到 60 期以内后就会生成" in text and "加一笔首付款" in text and "申请减免利息和费用" in text
    assert 'href="/letters/request-d0000001.pdf"' not in text    # no letter that quotes 5 years beside 124 installments
    assert client.get("/letters/request-d0000001.pdf").status_code == 404
    assert client.get("/letters/request-d0000001/preview").status_code == 404


def test_applicant_details_are_saved_and_the_id_is_kept_when_left_empty(client):
    seed(client)
    resp = client.post("/letters/applicant", data=APPLICANT_FORM)
    assert resp.status_code == 302 and resp.location == "/letters/"
    text = client.get("/letters/").text
    assert "李四" in text and "139 0000 5678" in text and "北京市某区某路1号" in text
    assert "1101**********1237" in text


def test_applicant_form_never_sends_the_saved_id_back(client):
    seed(client)
    text = client.get("/letters/applicant").text
    assert "1101**********1237" in text and VALID_ID not in text


def test_clear_id_deletes_the_saved_number(client):
    seed(client)
    assert client.post("/letters/applicant", data=APPLICANT_FORM | {"clear_id": "y"}).status_code == 302
    assert "1101**" not in client.get("/letters/").text


@pytest.mark.parametrize(("typed", "message"), [
    ("11010119900101123", "18 位"),
    ("1101011990010112A7", "最后一位是数字或 X"),
    ("110101199001011234", "最后一位对不上"),
])
def test_bad_id_numbers_are_refused_at_the_field_and_kept(client, typed, message):
    seed(client)
    resp = client.post("/letters/applicant", data=APPLICANT_FORM | {"id_number": typed})
    assert resp.status_code == 422
    assert message in field_errors(resp.text)["id_number"] and f'value="{typed}"' in resp.text


def test_id_number_ending_in_a_lower_case_x_or_typed_full_width_is_accepted(client):
    seed(client)
    assert client.post("/letters/applicant",
                       data=APPLICANT_FORM | {"id_number": "11010519491231002x"}).status_code == 302
    assert "1101**********002X" in client.get("/letters/").text
    assert client.post("/letters/applicant",
                       data=APPLICANT_FORM | {"id_number": "１１０１０１１９９００１０１１２３７"}).status_code == 302
    assert "1101**********1237" in client.get("/letters/").text


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"name": ""}, "name", "请填写姓名"),
    ({"phone": "12345"}, "phone", "手机号"),
    ({"phone": ""}, "phone", "请填写联系电话"),
    ({"name": "张" * 41}, "name", ""),
    ({"signed_on": "2026-02-30"}, "signed_on", "真实的日期"),
])
def test_bad_applicant_inputs_are_answered_at_their_field(client, changes, field, message):
    seed(client)
    resp = client.post("/letters/applicant", data=APPLICANT_FORM | changes)
    assert resp.status_code == 422
    assert message in field_errors(resp.text)[field]


def test_landline_with_area_code_is_a_valid_phone(client):
    seed(client)
    assert client.post("/letters/applicant", data=APPLICANT_FORM | {"phone": "010-12345678"}).status_code == 302


def test_stale_applicant_form_is_refused_with_the_typed_input_kept(client):
    seed(client)
    form = client.get("/letters/applicant").text
    version = re.search(r'name="case_version" type="hidden" value="(\d+)"', form).group(1)
    assert client.post("/letters/applicant", data=APPLICANT_FORM | {"case_version": version}).status_code == 302
    resp = client.post("/letters/applicant", data=APPLICANT_FORM | {"case_version": version, "name": "王五"})
    assert resp.status_code == 409 and 'value="王五"' in resp.text


def test_edited_paragraph_appears_in_the_preview_and_the_pdf(client):
    seed(client)
    form = client.get("/letters/request-d0000001/edit").text
    assert "公司裁员，我失去了工作。" in form
    edited = "二〇二五年二月公司关闭，我失业至今，靠打零工维持生活。"
    resp = client.post("/letters/request-d0000001/edit", data={"action": "save", "p0": edited})
    assert resp.status_code == 302 and resp.location == "/letters/request-d0000001/preview"
    assert edited in client.get("/letters/request-d0000001/preview").text
    assert edited in pdf_text(client.get("/letters/request-d0000001.pdf").data)


def test_reset_brings_back_our_draft(client):
    seed(client)
    client.post("/letters/request-d0000001/edit", data={"action": "save", "p0": "我自己写的说明。"})
    resp = client.post("/letters/request-d0000001/edit", data={"action": "reset", "p0": ""})
    assert resp.status_code == 302
    preview = client.get("/letters/request-d0000001/preview").text
    assert "我自己写的说明。" not in preview and "公司裁员，我失去了工作。" in preview
    assert '"narratives": {}' in exported(client).decode()


def test_an_empty_paragraph_is_refused(client):
    seed(client)
    resp = client.post("/letters/request-d0000001/edit", data={"action": "save", "p0": "   "})
    assert resp.status_code == 422 and "不能为空" in field_errors(resp.text)["p0"]


def test_a_paragraph_over_the_length_limit_is_refused_and_kept(client):
    seed(client)
    long_text = "很" * 5_001
    resp = client.post("/letters/request-d0000001/edit", data={"action": "save", "p0": long_text})
    assert resp.status_code == 422 and "最多 5000 个字" in field_errors(resp.text)["p0"]
    assert long_text in resp.text


def test_a_10000_character_paragraph_flows_across_pages(app, client):
    app.config["MAX_TEXT_CHARS"] = 10_000
    seed(client)
    short = page_count(client.get("/letters/request-d0000001.pdf").data)
    sentence = "因为失业，家里的开支全靠配偶的工资，孩子上学和老人看病都需要钱。"
    text = (sentence * (10_000 // len(sentence) + 1))[:9_990] + "这是最后一句话。"
    assert len(text) == 9_998
    assert client.post("/letters/request-d0000001/edit", data={"action": "save", "p0": text}).status_code == 302
    data = client.get("/letters/request-d0000001.pdf").data
    assert page_count(data) >= short + 4
    extracted = pdf_text(data)
    assert "这是最后一句话。" in extracted and extracted.count("孩子上学和老人看病都需要钱") >= 300


def test_documents_without_paragraphs_have_no_edit_page(client):
    seed(client)
    assert client.get("/letters/summary/edit").status_code == 404
    assert client.get("/letters/no-such-document/preview").status_code == 404
    assert client.get("/letters/no-such-document.pdf").status_code == 404


def test_pdf_download_has_an_ascii_name_and_a_pdf_type(client):
    seed(client)
    resp = client.get("/letters/request-d0000001.pdf")
    assert resp.status_code == 200 and resp.mimetype == "application/pdf"
    assert resp.headers["Content-Disposition"] == "attachment; filename=request-cmb-1234.pdf"
    assert client.get("/letters/all.pdf").headers["Content-Disposition"] == \
        "attachment; filename=documents-2026-11-29.pdf"


@pytest.mark.parametrize("path", ["/letters/request-d0000001.pdf", "/letters/all.pdf"])
def test_a_failed_render_gives_a_translated_503_and_leaves_the_case_alone(client, monkeypatch, path):
    seed(client)
    before = exported(client)

    def broken(htmls, *, static_dir):
        raise PdfRenderError("no font")

    monkeypatch.setattr("app.letters.pdf.htmls_to_pdf", broken)
    resp = client.get(path)
    assert resp.status_code == 503 and "暂时无法生成 PDF" in resp.text and "案件没有被改动" in resp.text
    set_language(client, "en")
    assert client.get(path).status_code == 503
    assert exported(client) == before


def test_pdf_routes_are_rate_limited(app, client):
    app.config["RATELIMIT_ENABLED"] = True
    app.config["PDF_RATE_LIMIT"] = "1 per minute"
    from app.security import limiter
    limiter.init_app(app)
    seed(client)
    assert client.get("/letters/summary.pdf").status_code == 200
    assert client.get("/letters/summary.pdf").status_code == 429


def test_preview_has_the_same_content_as_the_pdf(client):
    seed(client)
    preview = re.sub(r"<[^>]+>", "", client.get("/letters/request-d0000001/preview").text)
    preview = "".join(preview.split())
    pdf = pdf_text(client.get("/letters/request-d0000001.pdf").data)
    for piece in ("尾号1234", "¥12,345.67", "人民币壹万贰仟叁佰肆拾伍元陆角柒分", "第七十条", "2026年12月14日前书面答复"):
        assert piece in preview and piece in pdf


def test_no_case_redirects_to_the_start_page(client):
    assert client.get("/letters/").status_code == 302


def test_every_evidence_document_the_budget_offers_has_a_name_in_the_letter():
    from app.budget.wording import DOCUMENTS
    from app.core.letters.common import EVIDENCE_DOCUMENTS
    assert set(DOCUMENTS) == set(EVIDENCE_DOCUMENTS)
