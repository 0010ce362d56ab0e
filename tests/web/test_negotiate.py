"""The creditor page (/letters/creditor/<debt id>): state, history, forms; 422 at the field, 409 when stale.

Today is 2026-11-29. Two banks: 招商银行 ¥30,000.00 and 工商银行 ¥10,000.00; ¥3,000.00 left a month
after essential spending; the user offers ¥2,000.00 a month (shares ¥1,500.00 and ¥500.00).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from io import BytesIO

from icalendar import Calendar

from app.core.case import (
    Applicant,
    Budget,
    Case,
    Negotiation,
    PlanChoices,
    RecordKind,
    RequestRecord,
    SendChannel,
    Terms,
    case_from_data,
    case_to_data,
)
from tests.conftest import field_errors
from tests.factories import make_debt

CMB, ICBC = "d0000001", "d0000002"
CASE = Case(
    debts=(make_debt(id=CMB, owed_fen=3_000_000, tail="1234"),
           make_debt(id=ICBC, issuer="icbc", owed_fen=1_000_000, tail="5678")),
    budget=Budget(income_fen={"wages": 800_000}, spending_fen={"food": 500_000}),
    plan=PlanChoices(monthly_offer_fen=200_000, start_on=date(2027, 1, 1)),
    applicant=Applicant(name="张三", phone="13800001234"),
)
SENT = RequestRecord(RecordKind.SENT, date(2026, 11, 10), channel=SendChannel.EMS)


def seed(client, case: Case = CASE) -> None:
    body = json.dumps(case_to_data(case), ensure_ascii=False).encode()
    resp = client.post("/case/import", data={"file": (BytesIO(body), "case.json")},
                       content_type="multipart/form-data")
    assert resp.status_code == 302


def stored(client) -> Case:
    return case_from_data(json.loads(client.get("/case/export.json").data))


def version_of(client, debt_id: str = CMB) -> str:
    html = client.get(f"/letters/creditor/{debt_id}").text
    marker = 'name="send-case_version" type="hidden" value="'
    if marker not in html:
        marker = 'case_version" type="hidden" value="'
    start = html.index(marker) + len(marker)
    return html[start:html.index('"', start)]


def post(client, action: str, debt_id: str = CMB, **fields):
    data = {f"{action}-{k}": v for k, v in fields.items()}
    return client.post(f"/letters/creditor/{debt_id}/{action}", data=data)


def with_history(case: Case, *records, debt_id: str = CMB) -> Case:
    return replace(case, negotiations=(*case.negotiations, Negotiation(debt_id, records=records)))


def payment_uids(client) -> list[str]:
    ics = Calendar.from_ical(client.get("/next/calendar.ics").data)
    return sorted(str(e["uid"]) for e in ics.walk("VEVENT") if str(e["uid"]).startswith("payment-"))


def test_a_draft_request_shows_its_state_and_the_send_form(client):
    seed(client)
    resp = client.get(f"/letters/creditor/{CMB}")
    assert resp.status_code == 200
    assert "申请进展：招商银行" in resp.text and "草稿" in resp.text
    assert 'id="send-on"' in resp.text and "记为已寄出" in resp.text
    assert "不要在拿到书面协议前付款" in resp.text


def test_the_documents_page_links_each_request_letter_to_its_creditor_page(client):
    seed(client)
    text = client.get("/letters/").text
    assert f'href="/letters/creditor/{CMB}"' in text and f'href="/letters/creditor/{ICBC}"' in text


def test_unknown_creditor_or_action_is_404(client):
    seed(client)
    assert client.get("/letters/creditor/ffffffff").status_code == 404
    assert client.post(f"/letters/creditor/{CMB}/explode", data={}).status_code == 404


def test_marking_a_draft_sent_makes_it_final_as_of_the_sent_day(client):
    seed(client)
    resp = post(client, "send", on="2026-11-25", channel="ems", tracking="EA123456789CN",
                case_version=version_of(client))
    assert resp.status_code == 302
    case = stored(client)
    [final] = [f for f in case.finals if f.key == f"request-{CMB}"]
    assert final.finalized_on == date(2026, 11, 25) and final.version == 1
    [history] = case.negotiations
    assert history.records == (RequestRecord(RecordKind.SENT, date(2026, 11, 25), channel=SendChannel.EMS,
                                             tracking="EA123456789CN"),)
    page = client.get(f"/letters/creditor/{CMB}").text
    assert "已寄出，等待答复" in page and "答复期限：2026年12月10日" in page


def test_a_date_after_today_is_refused_at_the_field_and_the_input_kept(client):
    seed(client)
    resp = post(client, "send", on="2026-12-01", channel="ems", tracking="EA1", case_version=version_of(client))
    assert resp.status_code == 422
    assert field_errors(resp.text)["send-on"] == "日期不能晚于今天。"
    assert 'value="2026-12-01"' in resp.text and 'value="EA1"' in resp.text
    assert stored(client).negotiations == ()


def test_a_reply_before_sending_is_refused_with_a_message(client):
    seed(client, replace(CASE, negotiations=()))
    resp = post(client, "refused", on="2026-11-28", case_version=version_of(client))
    assert resp.status_code == 422
    assert field_errors(resp.text)["refused-on"] == "还没有记下寄出申请书，不能先记银行的答复。"


def test_a_bad_amount_in_a_counter_offer_is_reported_at_its_field(client):
    seed(client, with_history(CASE, SENT))
    resp = post(client, "counter", on="2026-11-28", monthly="1,80.00", installments="0", first_due_on="",
                case_version=version_of(client))
    assert resp.status_code == 422
    errors = field_errors(resp.text)
    assert "千分位" in errors["counter-monthly"]
    assert errors["counter-installments"] == "期数（不含首付款）要填 1 到 120 之间的整数。"
    assert errors["counter-first_due_on"] == "请填写第一期还款日期。"
    assert 'value="1,80.00"' in resp.text


def test_a_stale_tab_gets_409_and_nothing_is_written(client):
    seed(client, with_history(CASE, SENT))
    old = version_of(client)
    assert post(client, "refused", on="2026-11-28", case_version=old).status_code == 302
    resp = post(client, "more", on="2026-11-28", asked_for="收入证明", reply_by_on="2026-12-20", case_version=old)
    assert resp.status_code == 409
    assert "这个案件刚在另一个窗口或设备上更新过" in resp.text
    assert [r.kind for r in stored(client).negotiations[0].records] == [RecordKind.SENT, RecordKind.REFUSED]


def test_a_counter_offer_is_shown_beside_the_plan_and_checked_against_the_budget(client):
    seed(client, with_history(CASE, SENT))
    resp = post(client, "counter", on="2026-11-28", monthly="1800", installments="17", first_due_on="2027-01-05",
                case_version=version_of(client))
    assert resp.status_code == 302
    page = client.get(f"/letters/creditor/{CMB}").text
    assert "银行还价" in page
    table = page[page.index('class="comparison__table"'):page.index("</table>")]
    assert "¥1,500.00" in table and "¥1,800.00" in table and "¥30,600.00" in table and "2028年5月5日" in table
    assert "付得起：每月收入减去必要支出后还剩 ¥3,000.00，够付银行要的 ¥1,800.00 加上其他欠款现在的 ¥500.00" in page
    assert "工商银行：每月 ¥500.00 → ¥200.00，20 期 → 50 期" in page
    assert "全部欠款预计 2031年2月 还清" in page
    assert 'action="/letters/creditor/d0000001/accept"' in page
    assert payment_uids(client) == []                     # a counter-offer is not an agreement


def test_an_unaffordable_counter_offer_says_by_how_much(client):
    seed(client, with_history(CASE, SENT))
    post(client, "counter", on="2026-11-28", monthly="2600", installments="12", first_due_on="2027-01-05",
         case_version=version_of(client))
    page = client.get(f"/letters/creditor/{CMB}").text
    assert "付不起" in page and "多 ¥100.00" in page


def test_accepting_the_counter_offer_makes_the_agreement_and_its_payments(client):
    seed(client, with_history(CASE, SENT, RequestRecord(
        RecordKind.COUNTER, date(2026, 11, 20), terms=Terms(180_000, 17, date(2026, 12, 5)))))
    resp = post(client, "accept", on="2026-11-29", reference="HT-2026-1", stops_interest="y",
                case_version=version_of(client))
    assert resp.status_code == 302
    case = stored(client)
    agreed = case.negotiations[0].records[-1]
    assert agreed.kind is RecordKind.AGREED
    assert agreed.terms == Terms(180_000, 17, date(2026, 12, 5), stops_interest=True, reference="HT-2026-1")
    assert case.plan.monthly_by_debt == {CMB: 180_000}       # the others now share what is left
    uids = payment_uids(client)
    assert len(uids) == 17 and all(u.startswith(f"payment-{CMB}-1-") for u in uids)
    page = client.get(f"/letters/creditor/{CMB}").text
    assert "银行同意，已达成协议" in page and "HT-2026-1" in page
    assert "下一期还款 ¥1,800.00，2026年12月5日" in page


def test_accept_without_a_counter_offer_is_refused(client):
    seed(client, with_history(CASE, SENT))
    resp = post(client, "accept", on="2026-11-29", case_version=version_of(client))
    assert resp.status_code == 422 and field_errors(resp.text)["accept-on"] == "现在没有待回复的银行还价。"


AGREEMENT = RequestRecord(RecordKind.AGREED, date(2026, 10, 1),
                          terms=Terms(100_000, 12, date(2026, 10, 5), reference="A-1"))


def test_payments_show_paid_remaining_and_a_missed_installment_warns_with_what_default_means(client):
    seed(client, with_history(CASE, replace(SENT, on=date(2026, 9, 20)), AGREEMENT))
    assert post(client, "payment", on="2026-10-05", amount="1000", case_version=version_of(client)).status_code \
        == 302
    page = client.get(f"/letters/creditor/{CMB}").text
    assert "¥1,000.00" in page[page.index('class="agreement__paid"'):][:60]
    assert "¥11,000.00" in page[page.index('class="agreement__remaining"'):][:60]
    assert "招商银行：有 1 期没有按协议还款（共 ¥1,000.00），最早一期是 2026年11月5日。" in page
    assert "第七十条第三款" in page and "停止催收就不再适用" in page
    summary = client.get("/summary/").text
    assert "有 1 期没有按协议还款" in summary and "第七十条第三款" in summary


def test_a_payment_due_within_a_few_days_is_announced(client):
    soon = replace(AGREEMENT, terms=Terms(100_000, 12, date(2026, 12, 1)))
    seed(client, with_history(CASE, replace(SENT, on=date(2026, 9, 20)), soon))
    text = client.get("/next/").text
    assert "招商银行：2026年12月1日 要还 ¥1,000.00（按协议第 1 期）。" in text


def test_a_payment_before_the_agreement_or_without_one_is_refused(client):
    seed(client, with_history(CASE, replace(SENT, on=date(2026, 9, 20)), AGREEMENT))
    resp = post(client, "payment", on="2026-09-30", amount="1000", case_version=version_of(client))
    assert resp.status_code == 422 and field_errors(resp.text)["payment-on"] == "还款日期不能早于达成协议的日期。"
    resp = post(client, "payment", debt_id=ICBC, on="2026-11-20", amount="500", case_version=version_of(client, ICBC))
    assert resp.status_code == 422
    assert field_errors(resp.text)["payment-on"].startswith("还没有和银行达成协议。")


def test_a_revised_proposal_keeps_the_old_final_and_the_new_letter_carries_the_new_amount(client):
    seed(client)
    post(client, "send", on="2026-11-10", channel="registered", case_version=version_of(client))
    post(client, "counter", on="2026-11-20", monthly="2500", installments="12", first_due_on="2026-12-05",
         case_version=version_of(client))
    resp = post(client, "revise", on="2026-11-29", monthly="1700", case_version=version_of(client))
    assert resp.status_code == 302
    case = stored(client)
    [old] = [f for f in case.finals if f.key == f"request-{CMB}"]
    assert old.retired_on == date(2026, 11, 29)              # kept in history, no longer in force
    assert case.plan.monthly_by_debt == {CMB: 170_000}
    letter = client.get(f"/letters/request-{CMB}/preview").text
    assert "¥1,700.00" in letter
    page = client.get(f"/letters/creditor/{CMB}").text
    assert "准备新版本申请书" in page and 'action="/letters/creditor/d0000001/send"' in page
    assert "¥300.00" in client.get(f"/letters/request-{ICBC}/preview").text     # ICBC gets what is left


def test_after_a_refusal_the_page_gives_the_next_steps_without_claiming_a_right(client):
    seed(client, with_history(CASE, SENT, RequestRecord(RecordKind.REFUSED, date(2026, 11, 20), note="收入不足")))
    page = client.get(f"/letters/creditor/{CMB}").text
    assert "书面请银行说明拒绝" in page and "12378" in page and "修改方案再申请" in page
    assert "不是必须同意" in page and "第七十条" in page
    assert "收入不足" in page


def test_more_documents_lists_what_was_asked_and_the_new_date(client):
    seed(client, with_history(CASE, SENT))
    resp = post(client, "more", on="2026-11-28", asked_for="收入证明\n\n银行流水（近6个月）",
                reply_by_on="2026-12-20", case_version=version_of(client))
    assert resp.status_code == 302
    page = client.get(f"/letters/creditor/{CMB}").text
    assert "<li>收入证明</li>" in page and "<li>银行流水（近6个月）</li>" in page
    assert "新的答复期限：2026年12月20日" in page


def test_no_reply_is_refused_before_the_reply_by_date(client):
    seed(client, with_history(CASE, replace(SENT, on=date(2026, 11, 20))))
    resp = post(client, "noreply", on="2026-11-29", case_version=version_of(client))
    assert resp.status_code == 422
    assert field_errors(resp.text)["noreply-on"] == "还没到答复期限，过了答复日期才能记为“无答复”。"


def test_saving_the_plan_keeps_an_agreed_creditors_amount_and_says_it_is_fixed(client):
    seed(client, replace(CASE, plan=replace(CASE.plan, monthly_by_debt={CMB: 180_000})))
    page = client.get("/plan/").text
    assert "这家的每月金额按银行协议或您的新方案固定" in page
    version = page[page.index('name="case_version" type="hidden" value="') + 41:].split('"')[0]
    resp = client.post("/plan/", data={"offer": "2500", "down": "", "start": "2027-01-01", "case_version": version})
    assert resp.status_code == 302
    plan = stored(client).plan
    assert plan.monthly_offer_fen == 250_000 and plan.monthly_by_debt == {CMB: 180_000}


def as_version_1(case: Case) -> bytes:
    """The file the app wrote before schema 2: no request histories, no per-creditor amounts."""
    data = case_to_data(case)
    content = data["case"]
    assert content.pop("negotiations") == [] and content.pop("court_papers") == []
    for plan in [content["plan"], *(s["content"]["plan"] for s in content["snapshots"])]:
        assert plan.pop("monthly_by_debt") == {}
    for snapshot in content["snapshots"]:
        assert snapshot["content"].pop("court_papers") == []
    return json.dumps({"schema_version": 1, "case": content}, ensure_ascii=False).encode()


def test_a_version_1_export_with_a_final_letter_imports_and_reads_as_final_not_sent(client):
    from app.core import finals
    v1 = as_version_1(finals.finalize(CASE, f"request-{CMB}", date(2026, 11, 20)))
    resp = client.post("/case/import", data={"file": (BytesIO(v1), "case.json")}, content_type="multipart/form-data")
    assert resp.status_code == 302
    page = client.get(f"/letters/creditor/{CMB}").text
    assert "已定稿，未寄出" in page and "2026年11月20日 申请书定稿（第 1 版）" in page
    exported = json.loads(client.get("/case/export.json").data)
    assert exported["schema_version"] == 3 and exported["case"]["negotiations"] == []


def test_pasted_control_characters_are_stored_as_spaces_so_the_export_imports_again(client):
    seed(client, with_history(CASE, SENT))
    resp = post(client, "more", on="2026-11-28", asked_for="收入\t证明\r\n流水", reply_by_on="2026-12-20",
                case_version=version_of(client))
    assert resp.status_code == 302
    assert stored(client).negotiations[0].records[-1].asked_for == ("收入 证明", "流水")
    exported = client.get("/case/export.json").data
    again = client.post("/case/import", data={"file": (BytesIO(exported), "case.json"), "replace": "1"},
                        content_type="multipart/form-data")
    assert again.status_code == 302
