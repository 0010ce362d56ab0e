"""The complaint letter as a PDF and as its HTML preview: incidents, dates, citations, exhibits,
one-or-several wording, hostile text shown literally, and a clear page when rendering fails."""

from __future__ import annotations

import logging
import re
from datetime import date
from io import BytesIO

import pytest
from flask import render_template_string
from pypdf import PdfReader

from app.conduct import views
from app.conduct.complaint import collector_slug
from app.core.case import Case, CollectorKind
from app.core.conduct.checks import CollectorKey
from app.documents import documents_for
from app.letters.pdf import PdfRenderError
from tests.web.test_conduct import AGENCY, DEBT, add, add_batch, night_calls

KEY = collector_slug(CollectorKey(CollectorKind.AGENCY, AGENCY))


def pdf_text(data: bytes) -> str:
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)
    return "".join(text.split())                     # Chinese lines wrap mid-phrase


def preview_text(client) -> str:
    html = client.get(f"/conduct/complaint/{KEY}").text
    section = html[html.index('<section class="document complaint">'):html.index("</section>")]
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
    assert "请于2026年12月14日前书面答复本人" in text
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


def test_one_card_or_several(case_client):
    case_client.post("/debts/new", data=DEBT)
    case_client.post("/debts/new", data=DEBT | {"issuer": "icbc", "tail": "5678"})
    ids = re.findall(r'<option value="([0-9a-f]{8})"', case_client.get("/conduct/new").text)
    add(case_client, debt_id=ids[0])
    assert "持有贵行信用卡（尾号1234）。" in preview_text(case_client)
    add_batch(case_client, debt_id=ids[1])
    text = preview_text(case_client)
    assert "持有招商银行信用卡（尾号1234）、中国工商银行信用卡（尾号5678）。" in text
    assert "招商银行、中国工商银行消费者权益保护部门" in text


def test_no_account_and_no_name_leave_lines_to_fill_by_hand(case_client):
    add(case_client, **{"evidence-0-kind": "", "evidence-0-dated_on": "", "evidence-0-note": ""})
    text = preview_text(case_client)
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
