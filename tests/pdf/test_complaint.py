"""The complaint letter as a PDF and as its HTML preview: incidents, dates, citations, exhibits,
one-or-several wording, hostile text shown literally, and a clear page when rendering fails."""

from __future__ import annotations

import logging
import re
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from flask import render_template_string
from pypdf import PdfReader

from app.conduct import letter, views
from app.conduct.complaint import collector_slug, complaint_key
from app.core.case import Case, CollectorKind, Evidence, EvidenceKind
from app.core.conduct.checks import CollectorKey
from app.documents import documents_for
from app.letters.pdf import PdfRenderError
from tests.pdf.test_user_text_wraps import user_texts
from tests.web.test_conduct import AGENCY, DEBT, INCIDENT, add, add_batch, night_calls

KEY = complaint_key(CollectorKey(CollectorKind.AGENCY, AGENCY), "招商银行")


def pdf_text(data: bytes) -> str:
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)
    return "".join(text.split())                     # Chinese lines wrap mid-phrase


def preview_text(client, key: str = KEY) -> str:
    html = client.get(f"/conduct/complaint/{key}").text
    start = html.index('<section class="document complaint">')
    section = html[start:html.index("</section>", start)]
    return "".join(re.sub(r"<[^>]+>", "", section).split())


@pytest.fixture
def night_and_employer(case_client):
    """A night of unanswered calls and a call telling the employer the amount, one card on file."""
    case_client.post("/debts/new", data=DEBT)
    add_batch(case_client)
    add(case_client, details="老板说对方讲我欠了五万 <img src=x> 还说要再打来。")
    return case_client


def test_the_letter_pdf_names_everything_a_complaints_desk_needs(night_and_employer, caplog):
    caplog.set_level(logging.WARNING, logger="weasyprint")
    resp = night_and_employer.get(f"/conduct/complaint/{KEY}.pdf")
    assert resp.status_code == 200 and resp.mimetype == "application/pdf"
    assert resp.headers["Content-Disposition"] == f"attachment; filename=complaint-{KEY}.pdf"
    text = pdf_text(resp.data)
    assert "招商银行消费者权益保护部门" in text and f"催收机构“{AGENCY}”" in text and "尾号1234" in text
    assert "（1）2026年11月20日21:30至23:10，对方来电，本人未接通，共7次" in text
    assert "（2）2026年11月21日10:15，对方联系了本人以外的人" in text
    assert "第五十条第一款第（六）项" in text and "第一千零三十二条、第一千零三十四条" in text
    assert ("请于2026年12月17日前书面答复本人（自收到本投诉之日起15日计算；本人估计本信于2026年12月2日前后送达，"
            "即落款日后约3日，此送达日仅为估计，以实际收到之日为准）") in text
    assert "证据一：录音，2026年11月21日，老板转发的录音（对应上述第2项）" in text
    assert "据公开报道/转载文本" in text
    assert "<imgsrc=x>" in text                      # the user's text, literally
    assert "投诉人：__________" in text and "日期：2026年11月29日" in text
    assert "第1页共" in text
    assert not [r for r in caplog.records if r.name.startswith("weasyprint")], caplog.text


def test_several_incidents_are_numbered_and_referenced(night_and_employer):
    text = preview_text(night_and_employer)
    assert "具体经过如下（共2项）" in text and "（见上述第1项）" in text and "（见上述第2项）" in text
    assert "对方的上述行为存在以下问题：" in text


def test_one_incident_is_told_without_numbers(case_client):
    case_client.post("/debts/new", data=DEBT)
    add(case_client)
    text = preview_text(case_client)
    assert "具体经过如下" not in text and "见上述第" not in text and "存在以下问题" not in text
    assert "一、事实经过2026年11月21日10:15，对方联系了本人以外的人" in text
    assert "对方向与欠款无关的人透露本人的欠款情况。依据：" in text
    assert "证据一：录音，2026年11月21日，老板转发的录音。" not in text     # no "item N" reference
    assert "证据一：录音，2026年11月21日，老板转发的录音" in text


def test_two_cards_of_one_bank_are_named_in_one_letter(case_client):
    case_client.post("/debts/new", data=DEBT)
    case_client.post("/debts/new", data=DEBT | {"tail": "5678"})
    ids = re.findall(r'<option value="([0-9a-f]{8})"', case_client.get("/conduct/new").text)
    add(case_client, debt_id=ids[0])
    assert "持有贵行信用卡（尾号1234）。" in preview_text(case_client)
    add_batch(case_client, debt_id=ids[1])
    text = preview_text(case_client)
    assert "持有贵行的两张信用卡（尾号1234、5678）。" in text and text.count("消费者权益保护部门") == 1


def test_a_collector_for_two_banks_gives_one_letter_to_each_bank(case_client):
    case_client.post("/debts/new", data=DEBT)
    case_client.post("/debts/new", data=DEBT | {"issuer": "icbc", "tail": "5678"})
    ids = re.findall(r'<option value="([0-9a-f]{8})"', case_client.get("/conduct/new").text)
    add(case_client, debt_id=ids[0])
    add_batch(case_client, debt_id=ids[1])
    icbc = complaint_key(CollectorKey(CollectorKind.AGENCY, AGENCY), "中国工商银行")
    cmb_text, icbc_text = preview_text(case_client), preview_text(case_client, icbc)
    assert cmb_text.startswith("催收行为投诉信招商银行消费者权益保护部门：")
    assert "持有贵行信用卡（尾号1234）" in cmb_text and "尾号5678" not in cmb_text and "共7次" not in cmb_text
    assert icbc_text.startswith("催收行为投诉信中国工商银行消费者权益保护部门：")
    assert "持有贵行信用卡（尾号5678）" in icbc_text and "尾号1234" not in icbc_text
    assert "对方联系了本人以外的人" not in icbc_text and "共7次" in icbc_text
    findings = case_client.get("/conduct/findings").text
    assert f"/conduct/complaint/{KEY}" in findings and f"/conduct/complaint/{icbc}" in findings
    assert "按债权人分别起草了 2 封投诉信" in findings


def calls_about_two_banks(case_client) -> str:
    """One agency's unanswered calls: 4 about the 招商银行 card, 3 about the 工商银行 one; the 工商银行 key."""
    case_client.post("/debts/new", data=DEBT)
    case_client.post("/debts/new", data=DEBT | {"issuer": "icbc", "tail": "5678"})
    ids = re.findall(r'<option value="([0-9a-f]{8})"', case_client.get("/conduct/new").text)
    add_batch(case_client, debt_id=ids[0], count="4", at_time="10:00", until="10:30")
    add_batch(case_client, debt_id=ids[1], count="3", at_time="11:00", until="11:30")
    icbc = complaint_key(CollectorKey(CollectorKind.AGENCY, AGENCY), "中国工商银行")
    return icbc


def test_a_count_spanning_two_banks_is_stated_as_the_collectors_calls_to_the_debtor(case_client):
    icbc = calls_about_two_banks(case_client)
    for key, mine in ((KEY, "10:00至10:30，对方来电，本人未接通，共4次"),
                      (icbc, "11:00至11:30，对方来电，本人未接通，共3次")):
        text = preview_text(case_client, key)
        assert mine in text
        assert ("同一天内向本人同一号码拨打电话超过6次（2026年11月20日当天，该催收方向本人同一号码拨打而未接通的电话共7次，"
                "其中包括为本人其他欠款催收的来电；上文只列出与贵行欠款有关的来电）") in text


def test_a_lender_is_not_written_to_as_a_bank(case_client):
    case_client.post("/debts/new", data=DEBT | {"kind": "online_lender", "issuer": "zhaolian", "tail": "8888"})
    add(case_client)
    key = complaint_key(CollectorKey(CollectorKind.AGENCY, AGENCY), "招联消费金融")
    text = preview_text(case_client, key)
    assert text.startswith("催收行为投诉信招联消费金融投诉处理部门：")
    assert "在贵机构有借款（账户尾号8888）。" in text and "现向贵机构投诉" in text
    assert "贵行" not in text and "信用卡" not in text and "银行业保险业消费投诉处理管理办法" not in text
    assert "请于" in text and "如逾期未获答复，本人将向有关金融监管部门反映" in text


def test_the_bank_collecting_itself_is_its_own_staff(case_client):
    case_client.post("/debts/new", data=DEBT | {"collector": "bank", "collector_name": ""})
    add(case_client, collector_kind="bank", collector_name="招商银行")
    key = complaint_key(CollectorKey(CollectorKind.BANK, "招商银行"), "招商银行")
    text = preview_text(case_client, key)
    assert "贵行的催收人员在催收本人上述欠款时" in text and "由贵行哪个部门进行" in text
    assert "催收机构" not in text.split("四、投诉请求")[0]


def test_an_unknown_collector_is_described_as_unknown(case_client):
    case_client.post("/debts/new", data=DEBT)
    add(case_client, collector_kind="unknown", collector_name="")
    key = complaint_key(CollectorKey(CollectorKind.UNKNOWN, ""), "招商银行")
    text = preview_text(case_client, key)
    assert "身份不明的催收人员在催收本人上述欠款时" in text
    assert "书面告知本人实施上述催收的机构名称，以及该机构与贵行的关系" in text


def test_no_account_and_no_name_leave_lines_to_fill_by_hand(case_client):
    add(case_client, **{"evidence-0-kind": "", "evidence-0-dated_on": "", "evidence-0-note": ""})
    text = preview_text(case_client, collector_slug(CollectorKey(CollectorKind.AGENCY, AGENCY)))  # the old key
    assert text.startswith("催收行为投诉信__________消费者权益保护部门：本人__________（联系电话：__________）")
    assert "尾号__________" in text and "贵行需要时可以提供" in text and "证据一" not in text


def test_hostile_text_is_escaped_in_the_preview(night_and_employer):
    html = night_and_employer.get(f"/conduct/complaint/{KEY}").text
    assert "&lt;img src=x&gt;" in html and "<img src=x>" not in html


def test_unknown_complaint_is_404(case_client):
    assert case_client.get("/conduct/complaint/agency-0000000000").status_code == 404
    assert case_client.get("/conduct/complaint/agency-0000000000.pdf").status_code == 404


def test_a_render_failure_gives_a_clear_page_and_changes_nothing(night_and_employer, monkeypatch):
    before = night_and_employer.get("/case/export.json").data

    def broken(html, *, static_dir):
        raise PdfRenderError("WeasyPrint failed: test")

    monkeypatch.setattr(views, "html_to_pdf", broken)
    resp = night_and_employer.get(f"/conduct/complaint/{KEY}.pdf")
    assert resp.status_code == 503 and resp.mimetype == "text/html"
    assert "PDF 这次没有生成成功，您的案件没有任何改动" in resp.text
    assert night_and_employer.get("/case/export.json").data == before


def test_the_section_renders_standalone_wherever_it_is_included(app):
    """The print-all page includes each document's template in a loop, with its own `title`."""
    with app.test_request_context():
        [doc] = documents_for(Case(incidents=(night_calls(),)), date(2026, 11, 29))
        html = render_template_string("{% for doc in documents %}{% include doc.template %}{% endfor %}",
                                      documents=[doc, doc], title="全部文书")
    assert html.count('<section class="document complaint">') == 2
    assert html.count("<h1>催收行为投诉信</h1>") == 2 and "全部文书" not in html
    assert "2026年11月20日21:30至23:10，对方来电，本人未接通，共7次" in html


def last_pages(app, incidents_for_length, lengths) -> list[tuple[int, int, str]]:
    """(length, number of pages, last page's text) for complaint letters of several lengths."""
    out = []
    with app.test_request_context():
        for n in lengths:
            [doc] = documents_for(Case(incidents=incidents_for_length(n)), date(2026, 11, 29))
            html = render_template_string('{% extends "letters/_document.html" %}'
                                          '{% block documents %}{% include doc.template %}{% endblock %}',
                                          doc=doc, title=doc.title)
            reader = PdfReader(BytesIO(views.html_to_pdf(html, static_dir=Path(app.static_folder))))
            out.append((n, len(reader.pages), "".join(reader.pages[-1].extract_text().split())))
    return out


SIGNATURE_ONLY = re.compile(r"(投诉人：[^联]*)?(联系电话：[^日]*)?(日期：\d{4}年\d+月\d+日)?(第\d+页共\d+页)?")


@pytest.mark.parametrize("exhibits", [0, 3])
def test_the_signature_never_stands_alone_on_the_last_page(app, exhibits):
    """Letters of many lengths, with and without an evidence annex: the last page always carries
    the closing sentence (and the last exhibit) with the signature, never the signature alone."""
    def incidents(n):
        evidence = tuple(Evidence(EvidenceKind.RECORDING, date(2026, 11, 20), f"录音{k}") for k in range(exhibits))
        return (night_calls(details="补充说明" * (n // 4) + "。", evidence=evidence),)

    found = last_pages(app, incidents, range(600 - 100 * exhibits, 1500 - 100 * exhibits, 100))
    assert len({pages for _n, pages, _text in found}) >= 2, found      # the lengths cross a page boundary
    for n, _pages, text in found:
        assert "需要时可以提供" in text, (n, text)
        assert SIGNATURE_ONLY.fullmatch(text) is None, (n, text)
        if exhibits:
            assert f"证据{letter.cn_number(exhibits)}：录音" in text, (n, text)


def test_an_unknown_creditor_when_every_debt_is_with_lenders_is_written_to_as_a_lender(case_client):
    case_client.post("/debts/new", data=DEBT | {"kind": "online_lender", "issuer": "zhaolian", "tail": "8888"})
    case_client.post("/debts/new", data=DEBT | {"kind": "online_lender", "issuer": "mashang", "tail": "7777"})
    add(case_client)                                   # no account named, two lenders on file
    text = preview_text(case_client, complaint_key(CollectorKey(CollectorKind.AGENCY, AGENCY), ""))
    assert text.startswith("催收行为投诉信__________投诉处理部门：")
    assert "在贵机构有借款（账户尾号__________）" in text and "贵行" not in text and "信用卡" not in text


def test_two_loans_with_one_lender(case_client):
    case_client.post("/debts/new", data=DEBT | {"kind": "online_lender", "issuer": "zhaolian", "tail": "8888"})
    case_client.post("/debts/new", data=DEBT | {"kind": "online_lender", "issuer": "zhaolian", "tail": "9999"})
    ids = re.findall(r'<option value="([0-9a-f]{8})"', case_client.get("/conduct/new").text)
    add(case_client, debt_id=ids[0])
    add_batch(case_client, debt_id=ids[1])
    text = preview_text(case_client, complaint_key(CollectorKey(CollectorKind.AGENCY, AGENCY), "招联消费金融"))
    assert "在贵机构有两笔借款（账户尾号8888、9999）。" in text and "具体经过如下（共2项）" in text


# --- the same, on the PDF's own text ------------------------------------------------------------------------

def pdf_of(client, key: str) -> str:
    resp = client.get(f"/conduct/complaint/{key}.pdf")
    assert resp.status_code == 200 and resp.mimetype == "application/pdf"
    return pdf_text(resp.data)


def test_pdf_one_letter_to_each_bank_with_that_banks_incidents(case_client):
    icbc = calls_about_two_banks(case_client)
    cmb_text, icbc_text = pdf_of(case_client, KEY), pdf_of(case_client, icbc)
    assert "招商银行消费者权益保护部门" in cmb_text and "持有贵行信用卡（尾号1234）" in cmb_text
    assert "中国工商银行消费者权益保护部门" in icbc_text and "持有贵行信用卡（尾号5678）" in icbc_text
    assert "尾号5678" not in cmb_text and "尾号1234" not in icbc_text
    assert "10:00至10:30" in cmb_text and "11:00至11:30" not in cmb_text
    assert "11:00至11:30" in icbc_text and "10:00至10:30" not in icbc_text
    for text in (cmb_text, icbc_text):
        assert "该催收方向本人同一号码拨打而未接通的电话共7次，其中包括为本人其他欠款催收的来电" in text


def test_pdf_a_lender_letter_never_calls_the_lender_a_bank(case_client):
    case_client.post("/debts/new", data=DEBT | {"kind": "online_lender", "issuer": "zhaolian", "tail": "8888"})
    add(case_client)
    text = pdf_of(case_client, complaint_key(CollectorKey(CollectorKind.AGENCY, AGENCY), "招联消费金融"))
    assert "招联消费金融投诉处理部门" in text and "在贵机构有借款（账户尾号8888）" in text
    assert "贵行" not in text and "信用卡" not in text and "消费者权益保护部门" not in text


def test_pdf_the_quarrel_clause_only_with_conduct_that_went_on_after_being_stopped(case_client):
    case_client.post("/debts/new", data=DEBT)
    add(case_client, channel="call_answered", contacted="debtor", facts=["threatened_harm"])
    text = pdf_of(case_client, KEY)
    assert "第五十条第一款第（一）项" in text
    assert "第二百九十三条" not in text and "寻衅滋事" not in text
    [incident_id] = re.findall(r'href="/conduct/([0-9a-f]+)/edit"', case_client.get("/conduct/").text)
    case_client.post(f"/conduct/{incident_id}/edit",
                     data=INCIDENT | {"channel": "call_answered", "contacted": "debtor",
                                      "facts": ["threatened_harm", "continued_after_authority_stopped"]})
    text = pdf_of(case_client, KEY)
    assert "第二百九十三条" in text and "第一条第三款" in text


def test_pdf_a_call_to_the_employer_is_not_a_workplace_visit(case_client):
    case_client.post("/debts/new", data=DEBT)
    add(case_client, facts=["called_workplace", "third_party_pressed"])
    text = pdf_of(case_client, KEY)
    assert "向与欠款无关的人催收或施压" in text and "工作单位催收" not in text


def test_pdf_the_reply_date_counts_from_the_entered_receipt(case_client):
    case_client.post("/debts/new", data=DEBT)
    add(case_client)
    assert "估计本信于2026年12月2日前后送达" in pdf_of(case_client, KEY)
    case_client.post(f"/conduct/findings/{KEY}/sent",
                     data={f"{KEY}-sent-on": "2026-11-25", f"{KEY}-sent-channel": "registered_mail"})
    case_client.post(f"/conduct/findings/{KEY}/received", data={f"{KEY}-received-on": "2026-11-27"})
    text = pdf_of(case_client, KEY)
    assert "请于2026年12月12日前书面答复本人（自本投诉于2026年11月27日送达之日起15日计算）" in text
    assert "估计" not in text


def test_every_user_string_in_the_letter_is_escaped_inside_a_user_text_element(case_client):
    case_client.post("/debts/new", data=DEBT | {"issuer": "other", "issuer_other": "某<i>银行</i>"})
    assert add(case_client, collector_name="<b>公司</b>", caller_name="<u>王</u>",
               **{"evidence-0-note": "<s>录音</s>"}).status_code == 302
    key = complaint_key(CollectorKey(CollectorKind.AGENCY, "<b>公司</b>"), "某<i>银行</i>")
    case_client.post(f"/conduct/complaint/{key}", data={"name": "<em>张</em>", "phone": "13800138000"})
    html = case_client.get(f"/conduct/complaint/{key}").text
    letter_html = html[html.index('<section class="document complaint">'):]
    for typed in ("<b>公司</b>", "<u>王</u>", "021-12345678", "<s>录音</s>", "某<i>银行</i>", "<em>张</em>"):
        escaped = typed.replace("<", "&lt;").replace(">", "&gt;")
        assert escaped in letter_html and typed in "\n".join(user_texts(letter_html)), typed
        assert "<" not in typed or typed not in letter_html


def test_the_complaint_is_dated_as_the_request_letters_are(case_client):
    case_client.post("/debts/new", data=DEBT)
    add(case_client)
    case_client.post("/letters/applicant", data={"name": "张三", "phone": "13800138000", "signed_on": "2026-11-28"})
    page = case_client.get("/letters/").text
    key = page[page.index('id="doc-complaint-') + len('id="doc-'):].split('"')[0]
    page = case_client.get(f"/letters/{key}/preview").text
    letter = page[page.index('<section class="document complaint">'):page.index("</section>")]
    assert "日期：2026年11月28日" in letter and "2026年11月29日" not in letter
