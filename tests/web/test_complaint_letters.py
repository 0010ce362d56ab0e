"""The complaint letters where the conduct step offers them: the signer's details asked for there,
the dates a reply is counted from, complaint keys from before letters were split per creditor, and
findings that say only what the user recorded (the quarrel clause, workplace calls, home visits)."""

from __future__ import annotations

import re
from datetime import date, datetime
from io import BytesIO

import pytest

from app.conduct.complaint import collector_slug, complaint_key
from app.conduct.followup import complaint_events
from app.core.case import Case, Channel, CollectorKind, Debt, Incident
from app.core.complaints import ComplaintEntry, ComplaintRecord, SendChannel, Step
from app.core.conduct.checks import CollectorKey
from app.documents import documents_for
from tests.conftest import LANGS, field_errors, set_language
from tests.factories import as_version_2
from tests.web.test_conduct import AGENCY, DEBT, INCIDENT, add, add_batch, findings

COLLECTOR = CollectorKey(CollectorKind.AGENCY, AGENCY)
KEY = complaint_key(COLLECTOR, "招商银行")


def letter_text(client, key: str = KEY) -> str:
    html = client.get(f"/conduct/complaint/{key}").text
    start = html.index('<section class="document complaint">')
    return "".join(re.sub(r"<[^>]+>", "", html[start:html.index("</section>", start)]).split())


def export(client) -> str:
    return client.get("/case/export.json").text


@pytest.fixture
def with_complaint(case_client):
    case_client.post("/debts/new", data=DEBT)
    add(case_client)
    return case_client


# --- name and phone, asked where the letter is offered ----------------------------------------------------

def test_the_preview_says_what_is_missing_and_asks_for_it(with_complaint):
    html = with_complaint.get(f"/conduct/complaint/{KEY}").text
    assert "投诉信上还缺：姓名、联系电话" in html and 'name="name"' in html and 'name="phone"' in html
    assert "仍然下载 PDF（姓名、联系电话留空，打印后手写）" in html
    findings_html = with_complaint.get("/conduct/findings").text
    assert "信上还缺您的姓名、联系电话，不填会印成空白横线。" in findings_html
    assert f'href="/conduct/complaint/{KEY}#signer"' in findings_html
    assert f"/conduct/complaint/{KEY}.pdf" not in findings_html     # no blank letter one click away


def test_name_and_phone_saved_at_the_conduct_step_are_printed_and_shared(with_complaint):
    resp = with_complaint.post(f"/conduct/complaint/{KEY}", data={"name": " 张三 ", "phone": "138 0013 8000"})
    assert resp.status_code == 302 and resp.location == f"/conduct/complaint/{KEY}"
    text = letter_text(with_complaint)
    assert text.startswith("催收行为投诉信招商银行消费者权益保护部门：本人张三（联系电话：13800138000）")
    assert "投诉人：张三联系电话：13800138000" in text and "__________" not in text.split("持有")[0]
    html = with_complaint.get(f"/conduct/complaint/{KEY}").text
    assert "投诉信上还缺" not in html and "仍然下载" not in html
    assert f"/conduct/complaint/{KEY}.pdf" in with_complaint.get("/conduct/findings").text
    assert 'value="张三"' in with_complaint.get("/letters/applicant").text     # the letters step sees it


def test_saving_the_signer_keeps_the_other_applicant_details(with_complaint):
    with_complaint.post("/letters/applicant", data={"name": "李四", "phone": "13800138000",
                                                    "address": "北京市某路1号", "signed_on": "2026-11-28"})
    assert with_complaint.post(f"/conduct/complaint/{KEY}",
                               data={"name": "李四", "phone": "010-12345678"}).status_code == 302
    data = export(with_complaint)
    assert '"address": "北京市某路1号"' in data and '"signed_on": "2026-11-28"' in data
    assert '"phone": "010-12345678"' in data


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("name", "phone", "bad"), [("", "13800138000", "name"), ("张三", "", "phone"),
                                                    ("张三", "12345", "phone"), ("张" * 41, "13800138000", "name")])
def test_bad_signer_details_are_answered_at_the_field_and_kept(with_complaint, lang, name, phone, bad):
    set_language(with_complaint, lang)
    resp = with_complaint.post(f"/conduct/complaint/{KEY}", data={"name": name, "phone": phone})
    assert resp.status_code == 422 and bad in field_errors(resp.text)
    assert (f'value="{phone}"' in resp.text) or not phone
    assert '"name": ""' in export(with_complaint)


def test_signer_form_for_an_unknown_complaint_is_404(case_client):
    assert case_client.post("/conduct/complaint/agency-0000000000-none",
                            data={"name": "张三", "phone": "13800138000"}).status_code == 404


# --- the reply date: from the entered or an estimated receipt -------------------------------------------

def test_the_letter_counts_the_reply_from_an_estimated_receipt_and_says_so(with_complaint):
    text = letter_text(with_complaint)
    assert ("请于2026年12月17日前书面答复本人（自收到本投诉之日起15日计算；本人估计本信于2026年12月2日前后送达，"
            "即落款日后约3日，此送达日仅为估计，以实际收到之日为准）") in text


def mark_sent(client, key: str = KEY, on: str = "2026-11-25"):
    return client.post(f"/conduct/findings/{key}/sent",
                       data={f"{key}-sent-on": on, f"{key}-sent-channel": "ems", f"{key}-sent-tracking": ""})


def mark_received(client, on: str, key: str = KEY):
    return client.post(f"/conduct/findings/{key}/received", data={f"{key}-received-on": on})


def histories(client) -> dict[str, list[tuple[str, str]]]:
    return {r["key"]: [(e["step"], e["on"]) for e in r["history"]]
            for r in client.get("/case/export.json").get_json()["case"]["complaints"]}


def test_an_entered_receipt_date_is_stored_and_counted_from(with_complaint, app):
    assert mark_sent(with_complaint).status_code == 302
    assert mark_received(with_complaint, "2026-11-27").status_code == 302
    assert histories(with_complaint) == {KEY: [("sent", "2026-11-25"), ("received", "2026-11-27")]}
    html = with_complaint.get("/conduct/findings").text
    assert "2026年11月25日</time> 已寄出（EMS）" in html and "2026年11月27日</time> 银行已收到" in html
    assert "请于2026年12月12日前书面答复本人（自本投诉于2026年11月27日送达之日起15日计算）" in letter_text(with_complaint)
    steps = with_complaint.get("/next/").text
    assert "2026年12月12日" in steps and "按 2026年11月27日 收到投诉计算。" in steps


def test_a_receipt_date_is_recorded_once_and_never_erased(with_complaint):
    mark_sent(with_complaint)
    mark_received(with_complaint, "2026-11-27")
    resp = mark_received(with_complaint, "2026-11-28")
    assert resp.status_code == 422 and "已经记下对方收到的日期了。" in field_errors(resp.text)[f"{KEY}-received-on"]
    assert histories(with_complaint) == {KEY: [("sent", "2026-11-25"), ("received", "2026-11-27")]}


@pytest.mark.parametrize(("received", "message"), [("2026-11-24", "这个日期早于上一步的日期（2026年11月25日）。"),
                                                   ("2026-12-01", "不能晚于今天"), ("明天", "")])
def test_a_bad_receipt_date_is_answered_at_its_field(with_complaint, received, message):
    mark_sent(with_complaint)
    resp = mark_received(with_complaint, received)
    assert resp.status_code == 422 and message in field_errors(resp.text)[f"{KEY}-received-on"]
    assert f'value="{received}"' in resp.text
    assert histories(with_complaint) == {KEY: [("sent", "2026-11-25")]}


def test_a_receipt_before_the_letter_is_sent_is_refused(with_complaint):
    resp = mark_received(with_complaint, "2026-11-27")
    assert resp.status_code == 422 and "请先记下寄出日期。" in field_errors(resp.text)[f"{KEY}-received-on"]
    assert histories(with_complaint) == {}


def test_the_timeline_counts_from_the_receipt_date(app):
    calls = Incident(id="n1", occurred_at=datetime(2026, 11, 20, 23, 0), channel=Channel.CALL_ANSWERED,
                     collector_kind=CollectorKind.AGENCY, collector_name=AGENCY)
    key = complaint_key(COLLECTOR, "")
    case = Case(incidents=(calls,), complaints=(ComplaintRecord(key, (
        ComplaintEntry(Step.SENT, date(2026, 11, 20), channel=SendChannel.IN_PERSON),
        ComplaintEntry(Step.RECEIVED, date(2026, 11, 26)))),))
    with app.test_request_context():
        events = complaint_events(case, date(2026, 11, 29))
    assert [(e.kind, e.on) for e in events] == [("complaint_due", date(2026, 12, 11)),
                                                ("escalate", date(2026, 12, 12))]
    assert events[0].key == f"complaint-{key}-due" and "收到投诉计算" in events[0].detail


# --- keys from before the letters were split per creditor -----------------------------------------------

def two_banks_case(**changes) -> Case:
    debts = (Debt(id="d1", issuer="cmb", owed_fen=100_000, first_missed_on=date(2025, 3, 1), tail="1234"),
             Debt(id="d2", issuer="icbc", owed_fen=100_000, first_missed_on=date(2025, 3, 1), tail="5678"))
    night = [Incident(id=f"n{k}", occurred_at=datetime(2026, 11, 20, 23, k), channel=Channel.CALL_ANSWERED,
                      collector_kind=CollectorKind.AGENCY, collector_name=AGENCY, debt_id=f"d{k}")
             for k in (1, 2)]
    return Case(debts=debts, incidents=tuple(night), **changes)


def old_sent(key: str, on: date = date(2026, 11, 25)) -> ComplaintRecord:
    return ComplaintRecord(key, (ComplaintEntry(Step.SENT, on, channel=SendChannel.NOT_RECORDED),))


def test_an_old_collector_key_still_dates_every_letter_of_that_collector(app):
    old = collector_slug(COLLECTOR)
    case = two_banks_case(complaints=(old_sent(old),))
    with app.test_request_context():
        events = complaint_events(case, date(2026, 11, 29))
        docs = documents_for(case, date(2026, 11, 29))
    due = [e for e in events if e.kind == "complaint_due"]
    assert len(due) == 2 and {e.on for e in due} == {date(2026, 12, 13)}      # 11-25 + 3 (estimate) + 15
    assert {e.key for e in due} == {f"complaint-{complaint_key(COLLECTOR, n)}-due" for n in ("招商银行", "中国工商银行")}
    assert [d.title for d in docs if d.key.startswith("complaint-")] == [f"催收行为投诉信（{AGENCY}，致招商银行）", f"催收行为投诉信（{AGENCY}，致中国工商银行）"]


def test_an_old_key_in_a_loaded_case_does_not_break_the_pages(case_client):
    case_client.post("/debts/new", data=DEBT)
    add(case_client)
    # a file from before histories: the old date map, under the collector's pre-split key
    data = as_version_2(export(case_client)).replace('"schema_version": 2', '"schema_version": 1').replace('"complaints": []',
                                       '"complaints_sent_on": {"' + collector_slug(COLLECTOR) + '": "2026-11-25", '
                                       '"agency-0000000000": "2026-11-01"}')
    resp = case_client.post("/case/import", data={"replace": "1", "file": (BytesIO(data.encode()), "case.json")},
                            content_type="multipart/form-data")
    assert resp.status_code in (200, 302), resp.text[:500]
    for page in ("/conduct/findings", f"/conduct/complaint/{KEY}", "/next/", "/letters/"):
        assert case_client.get(page).status_code == 200, page
    assert "2026年11月25日</time> 已寄出（方式未记录）" in case_client.get("/conduct/findings").text
    # recording this letter's next step moves the old key's history to the letter's own key
    assert mark_received(case_client, "2026-11-26").status_code == 302
    assert histories(case_client) == {"agency-0000000000": [("sent", "2026-11-01")],
                                      KEY: [("sent", "2026-11-25"), ("received", "2026-11-26")]}


# --- findings say only what the user recorded -------------------------------------------------------------

def test_the_quarrel_clause_appears_only_when_threats_went_on_after_being_stopped(case_client):
    case_client.post("/debts/new", data=DEBT)
    add(case_client, channel="call_answered", contacted="debtor", facts=["threatened_harm"])
    shown = dict((r, b) for r, _s, b in findings(case_client.get("/conduct/findings").text))
    assert "第二百九十三条" not in shown["c_threat_violence"] and "第一条第三款" not in shown["c_threat_violence"]
    text = letter_text(case_client)
    assert "第二百九十三条" not in text and "第一条第三款" not in text and "寻衅滋事" not in text
    [incident_id] = re.findall(r'href="/conduct/([0-9a-f]+)/edit"', case_client.get("/conduct/").text)
    case_client.post(f"/conduct/{incident_id}/edit",
                     data=INCIDENT | {"channel": "call_answered", "contacted": "debtor",
                                      "facts": ["threatened_harm", "continued_after_authority_stopped"]})
    text = letter_text(case_client)
    assert "第二百九十三条" in text and "第一条第三款" in text
    shown = dict((r, b) for r, _s, b in findings(case_client.get("/conduct/findings").text))
    assert "第二百九十三条" in shown["c_threat_violence"] and "第一条第三款" in shown["c_threat_violence"]
    assert "派出所或其他部门已经制止或处罚过对方，对方仍继续这样做" in text


def test_a_call_to_the_employer_is_not_called_a_workplace_visit(case_client):
    case_client.post("/debts/new", data=DEBT)
    add(case_client, facts=["called_workplace", "told_third_party_amount"])
    html = case_client.get("/conduct/findings").text
    rules = [r for r, _s, _b in findings(html)]
    assert "c_workplace_visit" not in rules and "c_third_party_disclosure" in rules
    assert "到工作单位催收" not in html
    assert "工作单位催收" not in letter_text(case_client)


def test_a_home_visit_with_violence_is_never_shown_as_lawful(case_client):
    case_client.post("/debts/new", data=DEBT)
    add(case_client, channel="home_visit", contacted="debtor", facts=["hit_or_blocked"])
    html = case_client.get("/conduct/findings").text
    rules = [r for r, _s, _b in findings(html)]
    assert rules == ["c_violence_detention"] and "白天上门催收" not in html


def test_the_findings_page_points_to_the_letter_where_it_is(with_complaint):
    html = with_complaint.get("/conduct/findings").text
    assert "下面的投诉信" not in html
    assert "本页上方该催收方一栏里有起草好的投诉信" in html
    assert html.index(f'id="complaint-{KEY}"') < html.index("本页上方该催收方一栏里有起草好的投诉信")


def test_a_batch_for_one_bank_and_a_call_for_another_make_two_letters_each_with_its_own_dates(case_client):
    case_client.post("/debts/new", data=DEBT)
    case_client.post("/debts/new", data=DEBT | {"issuer": "icbc", "tail": "5678"})
    ids = re.findall(r'<option value="([0-9a-f]{8})"', case_client.get("/conduct/new").text)
    add(case_client, debt_id=ids[0])
    add_batch(case_client, debt_id=ids[1])
    icbc = complaint_key(COLLECTOR, "中国工商银行")
    mark_sent(case_client, icbc)
    assert histories(case_client) == {icbc: [("sent", "2026-11-25")]}
    html = case_client.get("/conduct/findings").text
    assert html.count("已寄出（EMS）") == 1 and "写给 中国工商银行" in html and "写给 招商银行" in html


def test_a_statement_written_under_the_old_key_still_reaches_the_letters(app):
    old = collector_slug(COLLECTOR)
    case = two_banks_case(narratives={f"complaint-{old}-statement": "我以前写的话。"})
    with app.test_request_context():
        docs = [d for d in documents_for(case, date(2026, 11, 29)) if d.key.startswith("complaint-")]
    assert [d.context["statement"] for d in docs] == ["我以前写的话。", "我以前写的话。"]


def test_a_bank_collecting_for_another_creditor_is_named_not_called_the_creditors_staff(app):
    debt = Debt(id="d1", issuer="icbc", owed_fen=100_000, first_missed_on=date(2025, 3, 1), tail="5678")
    call = Incident(id="n1", occurred_at=datetime(2026, 11, 20, 23, 0), channel=Channel.CALL_ANSWERED,
                    collector_kind=CollectorKind.BANK, collector_name="招商银行", debt_id="d1")
    with app.test_request_context():
        [doc] = [d for d in documents_for(Case(debts=(debt,), incidents=(call,)), date(2026, 11, 29))
                 if d.key.startswith("complaint-")]
    assert doc.context["addressee"].striptags() == "中国工商银行消费者权益保护部门"
    assert doc.context["collector"].striptags() == "“招商银行”的催收人员"
    assert any("实施上述催收的机构名称，以及该机构与贵行的关系" in ask for ask in doc.context["requests"])


def test_a_stale_signer_form_is_refused_with_the_input_kept(with_complaint):
    html = with_complaint.get(f"/conduct/complaint/{KEY}").text
    [version] = re.findall(r'name="case_version" type="hidden" value="([^"]+)"', html)
    with_complaint.post("/letters/applicant", data={"name": "李四", "phone": "13800138000"})
    resp = with_complaint.post(f"/conduct/complaint/{KEY}",
                               data={"name": "张三", "phone": "13900139000", "case_version": version})
    assert resp.status_code == 409 and 'value="张三"' in resp.text
    assert '"name": "李四"' in export(with_complaint)


def test_the_bank_complaint_rules_are_not_shown_for_a_letter_to_a_lender(case_client):
    case_client.post("/debts/new", data=DEBT | {"kind": "online_lender", "issuer": "zhaolian", "tail": "8888"})
    add(case_client)
    complaint_box = case_client.get("/conduct/findings").text.split('class="complaint-box"')[1].split("</section>")[0]
    assert "写给 招联消费金融" in complaint_box and "银行业保险业消费投诉处理管理办法" not in complaint_box
