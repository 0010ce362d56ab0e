"""Documents step: stale edits, 定稿 (final versions) and their history, missing details, the sending
panel and the preview's print CSS, through the test client with real PDFs."""

from __future__ import annotations

import html
import json
import re
from dataclasses import replace
from datetime import date
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from app.core import finals as core_finals
from app.core.case import Applicant, Case, CaseContent, FinalDocument, Snapshot, case_to_data
from tests.factories import make_debt
from tests.web.test_letters import CASE, exported, pdf_text, seed

MINE = "我自己写的经过：二〇二五年二月公司关闭，我失业至今，靠打零工维持生活。"
STALE = "您改写过的这一段可能已经过时"
OLD_STORY = "公司裁员，我失去了工作。"                       # CASE's budget story, in our draft
NEW_STORY = "公司倒闭以后，我一直没有找到工作，靠打零工生活。"
BUDGET_FORM = {"income_wages": "9,000", "household_size": "3", "dependants": "1", "spending_food": "4000",
               "reason_job_loss": "y", "since_job_loss": "2025-02", "story": NEW_STORY,
               "documents": ["unemployment"]}


def edit_then_change_budget(client) -> None:
    seed(client)
    assert client.post("/letters/request-d0000001/edit", data={"action": "save", "p0": MINE}).status_code == 302
    assert STALE not in client.get("/letters/").text
    assert client.post("/budget/", data=BUDGET_FORM).status_code == 302


def raw_text(data: bytes) -> list[str]:
    """Each page's extracted text exactly as pypdf gives it (line breaks and spaces kept)."""
    return [page.extract_text() for page in PdfReader(BytesIO(data)).pages]


def text_of(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def test_an_edit_goes_stale_when_the_budget_changes_and_both_texts_are_shown(client):
    edit_then_change_budget(client)
    index = client.get("/letters/")
    assert index.status_code == 200 and STALE in index.text
    review = index.text[index.text.index('id="review-stale"'):index.text.index('id="review-debts"')]
    assert MINE in review and NEW_STORY in review     # mine beside the regenerated draft
    assert review.count('class="user-text side-by-side__text"') == 2
    assert 'action="/letters/request-d0000001/paragraphs/0/keep"' in review
    assert 'action="/letters/request-d0000001/paragraphs/0/redraft"' in review
    assert 'href="/letters/request-d0000001/edit"' in review
    preview = client.get("/letters/request-d0000001/preview").text
    assert STALE in preview and NEW_STORY in preview


def test_keep_mine_rebases_the_edit_and_the_notice_goes(client):
    edit_then_change_budget(client)
    resp = client.post("/letters/request-d0000001/paragraphs/0/keep", data={"next": "preview"})
    assert resp.status_code == 302 and resp.location == "/letters/request-d0000001/preview"
    assert STALE not in client.get("/letters/").text
    assert MINE in pdf_text(client.get("/letters/request-d0000001.pdf").data)
    saved = json.loads(exported(client))["case"]
    assert list(saved["narratives"].values()) == [MINE] and list(saved["narrative_bases"]) == list(saved["narratives"])


def test_use_the_new_draft_drops_the_edit(client):
    edit_then_change_budget(client)
    assert client.post("/letters/request-d0000001/paragraphs/0/redraft").status_code == 302
    assert STALE not in client.get("/letters/").text
    letter = pdf_text(client.get("/letters/request-d0000001.pdf").data)
    assert MINE not in letter and NEW_STORY in letter
    saved = json.loads(exported(client))["case"]
    assert saved["narratives"] == {} and saved["narrative_bases"] == {}


def test_saving_the_edit_again_rebases_it(client):
    edit_then_change_budget(client)
    assert NEW_STORY in client.get("/letters/request-d0000001/edit").text   # the new draft, for reference
    assert client.post("/letters/request-d0000001/edit", data={"action": "save", "p0": MINE + "补充。"}).status_code == 302
    assert STALE not in client.get("/letters/").text


def test_an_edit_without_a_recorded_base_is_not_called_stale(client):
    seed(client, replace(CASE, narratives={"request-d0000001-hardship": MINE}))
    assert STALE not in client.get("/letters/").text


def test_a_final_version_reprints_the_same_text_after_the_case_and_the_date_change(app, client):
    seed(client)
    resp = client.post("/letters/request-d0000001/final")
    assert resp.status_code == 302 and resp.location == "/letters/#doc-request-d0000001"
    first_pdf = client.get("/letters/request-d0000001.pdf").data
    first = pdf_text(first_pdf)
    assert "2026年11月29日" in first and "张三" in first
    assert client.post("/budget/", data=BUDGET_FORM).status_code == 302
    form = {"name": "李四", "phone": "13900005678", "id_number": "", "address": "", "signed_on": ""}
    assert client.post("/letters/applicant", data=form).status_code == 302
    app.config["FIXED_TODAY"] = "2027-01-15"
    again = client.get("/letters/request-d0000001.pdf").data
    assert raw_text(again) == raw_text(first_pdf)
    index = client.get("/letters/").text
    assert "第 1 版" in index and "定稿之后，案件内容有了改动" in index
    assert 'action="/letters/request-d0000001/new-version"' in index and 'action="/letters/request-d0000001/final"' not in index
    # the other documents are drafts: dated today, with the new figures
    summary = pdf_text(client.get("/letters/summary.pdf").data)
    assert "2027年1月15日" in summary


def test_a_new_version_keeps_the_old_one_in_history(app, client):
    seed(client)
    client.post("/letters/request-d0000001/final")
    first = pdf_text(client.get("/letters/request-d0000001.pdf").data)
    client.post("/budget/", data=BUDGET_FORM)
    app.config["FIXED_TODAY"] = "2026-12-10"
    assert client.post("/letters/request-d0000001/new-version").status_code == 302
    draft = pdf_text(client.get("/letters/request-d0000001.pdf").data)
    assert draft != first and "2026年12月10日" in draft and NEW_STORY in draft
    index = client.get("/letters/").text
    assert "以前的版本（1 个）" in index and 'href="/letters/request-d0000001/v1/preview"' in index
    assert 'action="/letters/request-d0000001/final"' in index
    assert client.post("/letters/request-d0000001/final").status_code == 302
    assert "第 2 版" in client.get("/letters/").text
    assert pdf_text(client.get("/letters/request-d0000001/v1.pdf").data) == first
    old = client.get("/letters/request-d0000001/v1/preview")
    assert old.status_code == 200 and "2026年11月29日" in old.text and "以前的版本" in old.text
    assert client.get("/letters/request-d0000001/v9/preview").status_code == 404
    saved = json.loads(exported(client))["case"]
    assert [(f["key"], f["version"], f["finalized_on"], f["retired_on"]) for f in saved["finals"]] == [
        ("request-d0000001", 1, "2026-11-29", "2026-12-10"), ("request-d0000001", 2, "2026-12-10", None)]
    assert len(saved["snapshots"]) == 2 and "finals" not in saved["snapshots"][0]["content"]


def test_print_all_uses_the_final_versions(client):
    seed(client)
    client.post("/letters/request-d0000001/final")
    client.post("/budget/", data=BUDGET_FORM)
    everything = pdf_text(client.get("/letters/all.pdf").data)
    assert OLD_STORY in everything and NEW_STORY not in everything


def test_a_final_version_survives_export_and_import(client):
    seed(client)
    client.post("/letters/request-d0000001/final")
    data = exported(client)
    seed(client, Case())
    resp = client.post("/case/import", data={"replace": "1", "file": (BytesIO(data), "case.json")},
                       content_type="multipart/form-data")
    assert resp.status_code == 302
    assert "第 1 版，2026年11月29日 定稿" in text_of(client.get("/letters/").text)


def test_a_case_file_from_before_finals_still_loads(client):
    data = case_to_data(CASE)
    data["case"].pop("narrative_bases")
    data["case"].pop("finals")
    body = json.dumps(data, ensure_ascii=False).encode()
    resp = client.post("/case/import", data={"replace": "1", "file": (BytesIO(body), "case.json")},
                       content_type="multipart/form-data")
    assert resp.status_code == 302 and client.get("/letters/").status_code == 200


def test_marking_final_from_a_stale_tab_changes_nothing(client):
    seed(client)
    client.post("/budget/", data=BUDGET_FORM)
    resp = client.post("/letters/request-d0000001/final", data={"case_version": "1"}, follow_redirects=True)
    assert resp.status_code == 200 and "刚才的操作没有执行" in resp.text
    assert json.loads(exported(client))["case"]["finals"] == []


def test_unknown_documents_cannot_be_made_final(client):
    seed(client)
    assert client.post("/letters/no-such/final").status_code == 404
    assert client.post("/letters/request-d0000001/new-version").status_code == 404
    assert client.post("/letters/request-d0000001/paragraphs/3/keep").status_code == 404


def test_missing_name_and_phone_are_listed_where_the_letters_are_offered(client):
    seed(client, replace(CASE, applicant=Applicant()))
    index = client.get("/letters/").text
    card = index[index.index('id="doc-request-d0000001"'):index.index('id="doc-summary"')]
    assert "这份文书还缺：姓名、联系电话" in card and 'href="/letters/applicant"' in card
    summary_card = index[index.index('id="doc-summary"'):]
    assert "这份文书还缺" not in summary_card[:summary_card.index("</li>")]
    preview = client.get("/letters/request-d0000001/preview").text
    assert "这份文书还缺：姓名、联系电话" in preview
    complaint_key = re.search(r'id="doc-(complaint-[^"]+)"', index).group(1)
    assert "这份文书还缺：姓名、联系电话" in client.get(f"/letters/{complaint_key}/preview").text


def test_only_the_phone_is_listed_when_only_the_phone_is_missing(client):
    seed(client, replace(CASE, applicant=Applicant(name="张三")))
    assert "这份文书还缺：联系电话。" in client.get("/letters/request-d0000001/preview").text


def test_each_sent_document_has_a_sending_panel_in_the_ui_language(client):
    seed(client)
    index = client.get("/letters/").text
    assert index.count("怎样寄出") == 2                   # the request and the complaint, not summary/script
    assert "本工具无法核实地址是否正确" in index and "挂号信或 EMS" in index
    complaint_key = re.search(r'id="doc-(complaint-[^"]+)"', index).group(1)
    complaint = client.get(f"/letters/{complaint_key}/preview").text
    assert "自收到投诉之日起 15 日内" in complaint and "银行业保险业消费投诉处理管理办法" in complaint
    assert "怎样寄出" not in client.get("/letters/summary/preview").text


def test_the_preview_carries_the_letters_print_stylesheet(client):
    seed(client)
    preview = client.get("/letters/request-d0000001/preview").text
    assert '<link rel="stylesheet" href="/static/css/letters.css" media="print">' in preview
    assert '<link rel="stylesheet" href="/static/css/documents.css">' in preview
    css = Path("static/css/documents.css").read_text()
    rules = css[css.index("@media print"):]
    assert "body > *:not(main), main > *:not(.letter-preview) { display: none !important; }" in rules
    assert "@page" in Path("static/css/letters.css").read_text()


def test_snapshot_holds_every_case_field_but_the_finals_bases_request_histories_and_desk():
    """A Case field added later must be added to CaseContent too, or final versions would lose it.

    The request histories (negotiations) are what happened after a letter, not what it is built from;
    the desk's label and notes are the volunteer's, never printed in a letter: renaming a case or
    writing a note must not change what a final version was built from.
    """
    names = set(core_finals.CONTENT_FIELDS)
    assert names == {f for f in Case.__dataclass_fields__} - {"finals", "snapshots", "narrative_bases",
                                                              "negotiations", "label", "notes"}
    assert "finals" not in CaseContent.__dataclass_fields__


def test_a_stale_complaint_statement_is_shown_on_its_preview(client):
    seed(client)
    key = re.search(r'id="doc-(complaint-[^"]+)"', client.get("/letters/").text).group(1)
    paragraph = f"{key}-statement"
    seed(client, replace(CASE, narratives={paragraph: MINE}, narrative_bases={paragraph: "0" * 12}))
    preview = client.get(f"/letters/{key}/preview").text
    assert STALE in preview and MINE in preview and "本人没有拒绝还款" in preview
    assert client.post(f"/letters/{key}/paragraphs/0/keep").status_code == 302
    assert STALE not in client.get(f"/letters/{key}/preview").text


def frozen(content_case: Case, key: str, on: date, retired_on: date | None = None):
    """(the stored snapshot, a version 1 final of `key`) made from `content_case` on `on`."""
    content = core_finals.snapshot(content_case)
    sid = core_finals.content_id(content)
    return Snapshot(sid, content), FinalDocument(key, 1, on, sid, retired_on)


def test_a_case_keeps_at_most_max_finals_versions(client):
    snap, old = frozen(CASE, "summary", date(2026, 11, 1), retired_on=date(2026, 11, 2))
    olds = tuple(replace(old, version=n) for n in range(1, core_finals.MAX_FINALS + 1))
    seed(client, replace(CASE, snapshots=(snap,), finals=olds))
    resp = client.post("/letters/request-d0000001/final", follow_redirects=True)
    assert resp.status_code == 200 and "不能再增加" in resp.text
    assert "第 1 版" not in resp.text[resp.text.index('id="doc-request-d0000001"'):resp.text.index('id="doc-summary"')]


def test_a_final_letter_outlives_its_debt_and_a_retired_one_stays_in_history(client):
    other = replace(CASE, debts=(*CASE.debts, make_debt(id="000000ff", tail="9999")))
    snap, in_force = frozen(other, "request-000000ff", date(2026, 11, 1))
    seed(client, replace(CASE, snapshots=(snap,), finals=(in_force,)))
    index = client.get("/letters/").text
    card = index[index.index('id="doc-request-000000ff"'):]
    assert "按现在的案件内容已经不会再生成这份文书" in card[:card.index("</li>")]
    assert "尾号9999" in client.get("/letters/request-000000ff/preview").text
    assert "尾号9999" in pdf_text(client.get("/letters/all.pdf").data)

    seed(client, replace(CASE, snapshots=(snap,), finals=(replace(in_force, retired_on=date(2026, 11, 20)),)))
    index = client.get("/letters/").text
    card = index[index.index('id="doc-request-000000ff"'):]
    card = card[:card.index("</li>")]
    assert 'href="/letters/request-000000ff/v1/preview"' in card and 'href="/letters/request-000000ff/preview"' not in card
    assert client.get("/letters/request-000000ff/preview").status_code == 404
    assert client.get("/letters/request-000000ff/v1/preview").status_code == 200
    assert "尾号9999" not in pdf_text(client.get("/letters/all.pdf").data)
    assert client.post("/letters/request-000000ff/final").status_code == 404


def test_a_final_the_providers_no_longer_rebuild_is_shown_as_a_draft_and_can_be_made_final_again(client):
    snap, lost = frozen(Case(), "request-d0000001", date(2026, 11, 1))
    seed(client, replace(CASE, snapshots=(snap,), finals=(lost,)))
    assert 'action="/letters/request-d0000001/final"' in client.get("/letters/").text
    assert client.post("/letters/request-d0000001/final").status_code == 302
    saved = json.loads(exported(client))["case"]["finals"]
    assert [(f["version"], f["retired_on"]) for f in saved] == [(1, "2026-11-29"), (2, None)]


def test_a_final_made_without_a_name_says_a_new_version_is_needed(client):
    seed(client, replace(CASE, applicant=Applicant()))
    client.post("/letters/request-d0000001/final")
    form = {"name": "李四", "phone": "13900005678", "id_number": "", "address": "", "signed_on": ""}
    assert client.post("/letters/applicant", data=form).status_code == 302
    preview = client.get("/letters/request-d0000001/preview").text
    assert "这份文书还缺：姓名、联系电话" in preview and "请点“做新版本”再定稿" in preview
    client.post("/letters/request-d0000001/new-version")
    assert "这份文书还缺" not in client.get("/letters/request-d0000001/preview").text


def test_mark_final_and_download_from_the_preview(client):
    seed(client)
    preview = client.get("/letters/request-d0000001/preview").text
    assert 'name="next" value="pdf"' in preview
    resp = client.post("/letters/request-d0000001/final", data={"next": "pdf"})
    assert resp.status_code == 302 and resp.location == "/letters/request-d0000001.pdf"
    assert "2026年11月29日" in pdf_text(client.get(resp.location).data)
    assert "第 1 版" in client.get("/letters/request-d0000001/preview").text
