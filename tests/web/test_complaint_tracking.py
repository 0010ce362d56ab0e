"""Each complaint letter tracked to an answer (issue 12): the findings page shows its state, history
and next-step forms; refusals and bad input are answered at the field with the input kept; a stale
tab gets 409; the timeline, the calendar and the standing rows take their dates from the history."""

from __future__ import annotations

import re
from datetime import date, datetime
from io import BytesIO

import pytest
from icalendar import Calendar

from app import timeline
from app.conduct import wording
from app.conduct.complaint import complaint_key
from app.conduct.followup import complaint_events, complaint_standing
from app.conduct.forms import STEP_FORMS
from app.core.case import Case, Channel, CollectorKind, Debt, DebtKind, Incident
from app.core.complaints import REFUSALS, ComplaintEntry, ComplaintRecord, SendChannel, State, Step
from app.core.conduct.checks import CollectorKey
from tests.conftest import field_errors
from tests.factories import as_version_2
from tests.web.test_complaint_letters import KEY, histories, mark_received, mark_sent
from tests.web.test_conduct import AGENCY, DEBT, add


@pytest.fixture
def with_complaint(case_client):
    case_client.post("/debts/new", data=DEBT)
    add(case_client)
    return case_client


def answer(client, on: str, satisfied: str = "no", summary: str = "只说已转交，没说催收机构的名称", key: str = KEY):
    return client.post(f"/conduct/findings/{key}/answered",
                       data={f"{key}-answered-on": on, f"{key}-answered-satisfied": satisfied,
                             f"{key}-answered-summary": summary})


def escalate(client, on: str, key: str = KEY):
    return client.post(f"/conduct/findings/{key}/escalated", data={f"{key}-escalated-on": on})


def close(client, on: str, key: str = KEY):
    return client.post(f"/conduct/findings/{key}/closed", data={f"{key}-closed-on": on})


def block(html: str, key: str = KEY) -> str:
    """The findings page's part about one complaint letter, tags dropped."""
    start = html.index(f'id="complaint-{key}"')
    end = html.find('<div class="complaint" id=', start + 1)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html[start:end if end > 0 else len(html)]))


def forms_on(html: str, key: str = KEY) -> list[str]:
    return re.findall(rf'action="/conduct/findings/{key}/(\w+)"', html)


# --- the path: sent, received, an unsatisfying answer, 12378, closed ---------------------------------------

def test_a_complaint_goes_from_sent_to_an_unsatisfying_answer_to_12378(with_complaint):
    html = with_complaint.get("/conduct/findings").text
    assert "进展： 尚未寄出" in block(html) and forms_on(html) == ["sent"]
    assert "签名后寄出或当面提交" in block(html)

    assert mark_sent(with_complaint, on="2026-11-20").status_code == 302
    html = with_complaint.get("/conduct/findings").text
    assert forms_on(html) == ["received", "answered"]             # escalation waits for its day
    assert "如果到 2026年12月9日 仍没有答复，可以拨打 12378 反映" in block(html)
    assert "等待答复，预计 2026年12月8日 前（按估计的送达日计算）" in block(html)

    assert mark_received(with_complaint, "2026-11-22").status_code == 302
    assert "等待答复，应在 2026年12月7日 前答复。" in block(with_complaint.get("/conduct/findings").text)

    assert answer(with_complaint, "2026-11-27").status_code == 302
    html = with_complaint.get("/conduct/findings").text
    text = block(html)
    assert "进展： 已答复（不满意）" in text
    assert "2026年11月27日 收到答复（不满意） 答复内容：只说已转交，没说催收机构的名称" in text
    assert "怎样拨打 12378 反映" in text and "这是通常的做法，不是法律规定的顺序" in text
    assert "银行业保险业消费投诉处理管理办法" in text                   # the citation row complaints use
    assert forms_on(html) == ["escalated", "closed"]

    assert escalate(with_complaint, "2026-11-28").status_code == 302
    html = with_complaint.get("/conduct/findings").text
    assert "进展： 已向 12378 反映" in block(html) and "2026年11月28日 已拨打 12378 反映" in block(html)
    assert forms_on(html) == ["closed"]

    assert close(with_complaint, "2026-11-29").status_code == 302
    html = with_complaint.get("/conduct/findings").text
    assert "进展： 已结束" in block(html) and forms_on(html) == []
    assert histories(with_complaint) == {KEY: [("sent", "2026-11-20"), ("received", "2026-11-22"),
                                               ("answered", "2026-11-27"), ("escalated", "2026-11-28"),
                                               ("closed", "2026-11-29")]}


def test_a_satisfying_answer_can_only_be_closed(with_complaint):
    mark_sent(with_complaint)
    assert answer(with_complaint, "2026-11-28", satisfied="yes", summary="").status_code == 302
    html = with_complaint.get("/conduct/findings").text
    assert "进展： 已答复（满意）" in block(html) and forms_on(html) == ["closed"] and "拨打 12378 反映" not in block(html)
    resp = escalate(with_complaint, "2026-11-29")
    assert resp.status_code == 422
    assert field_errors(resp.text)[f"{KEY}-escalated-on"] == "您记下的答复是满意的，不需要再反映。"


def test_no_answer_by_the_due_date_opens_the_escalation_path(with_complaint):
    mark_sent(with_complaint, on="2026-11-01")                  # estimated receipt 11-04, due 11-19
    html = with_complaint.get("/conduct/findings").text
    text = block(html)
    assert "答复期限已过，还没有答复：可以拨打 12378 反映。 （ 2026年11月20日 ）" in text
    assert "怎样拨打 12378 反映" in text and forms_on(html) == ["received", "answered", "escalated"]
    assert escalate(with_complaint, "2026-11-20").status_code == 302


def test_escalation_before_the_due_date_is_refused_at_its_field(with_complaint):
    mark_sent(with_complaint)                                   # due 12-13: escalation from 12-14
    resp = escalate(with_complaint, "2026-11-29")
    assert resp.status_code == 422 and "答复期限还没过" in field_errors(resp.text)[f"{KEY}-escalated-on"]
    assert 'value="2026-11-29"' in resp.text
    assert histories(with_complaint) == {KEY: [("sent", "2026-11-25")]}


@pytest.mark.parametrize(("data", "field", "message"), [
    ({"answered-on": "2026-11-28", "answered-satisfied": "", "answered-summary": "银行说会核查"},
     "answered-satisfied", "请选择满意或不满意。"),
    ({"answered-on": "2026-11-28", "answered-satisfied": "maybe", "answered-summary": "银行说会核查"},
     "answered-satisfied", ""),
    ({"answered-on": "", "answered-satisfied": "no", "answered-summary": "银行说会核查"}, "answered-on", "请填写"),
    ({"answered-on": "2026-11-20", "answered-satisfied": "no", "answered-summary": "银行说会核查"},
     "answered-on", "这个日期早于上一步的日期（2026年11月25日）。"),
    ({"answered-on": "2026-11-28", "answered-satisfied": "no", "answered-summary": "长" * 501},
     "answered-summary", "最多 500 个字"),
])
def test_a_bad_answer_is_answered_at_its_field_with_the_input_kept(with_complaint, data, field, message):
    mark_sent(with_complaint)
    resp = with_complaint.post(f"/conduct/findings/{KEY}/answered", data={f"{KEY}-{k}": v for k, v in data.items()})
    assert resp.status_code == 422 and message in field_errors(resp.text)[f"{KEY}-{field}"]
    assert data["answered-summary"][:20] in resp.text
    assert histories(with_complaint) == {KEY: [("sent", "2026-11-25")]}


def test_a_stale_tab_gets_409_and_overwrites_nothing(with_complaint):
    html = with_complaint.get("/conduct/findings").text
    [version] = re.findall(rf'name="{KEY}-sent-case_version" type="hidden" value="([^"]+)"', html)
    add(with_complaint, details="另一个窗口里加的记录")              # the case moves on elsewhere
    resp = with_complaint.post(f"/conduct/findings/{KEY}/sent",
                               data={f"{KEY}-sent-on": "2026-11-26", f"{KEY}-sent-channel": "in_person",
                                     f"{KEY}-sent-tracking": "", f"{KEY}-sent-case_version": version})
    assert resp.status_code == 409 and 'value="2026-11-26"' in resp.text
    assert "这个案件刚在另一个窗口或设备上更新过" in resp.text
    assert histories(with_complaint) == {}


# --- the documents page -----------------------------------------------------------------------------------

def test_the_documents_page_says_where_each_complaint_stands(with_complaint):
    mark_sent(with_complaint)
    html = with_complaint.get("/letters/").text
    start = html.index(f'id="doc-complaint-{KEY}"')
    end = html.find('id="doc-', start + 1)
    card = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html[start:end if end > 0 else len(html)]))
    assert "进展： 已寄出 （ 2026年11月25日 ）" in card and "等待答复，预计 2026年12月13日 前" in card
    assert "（ 2026年12月13日 ）" in card
    mark_received(with_complaint, "2026-11-27")
    html = with_complaint.get("/letters/").text
    start = html.index(f'id="doc-complaint-{KEY}"')
    card = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html[start:]))
    assert "2026年11月25日 已寄出（EMS） 2026年11月27日 银行已收到" in card
    assert f'href="/conduct/findings#complaint-{KEY}"' in html


# --- the timeline, the calendar and the standing rows -----------------------------------------------------

COLLECTOR = CollectorKey(CollectorKind.AGENCY, AGENCY)
NIGHT = Incident(id="n1", occurred_at=datetime(2026, 11, 20, 23, 0), channel=Channel.CALL_ANSWERED,
                 collector_kind=CollectorKind.AGENCY, collector_name=AGENCY, debt_id="d1")


def tracked(*entries: ComplaintEntry, kind: DebtKind = DebtKind.CARD) -> Case:
    debt = Debt(id="d1", issuer="cmb" if kind is DebtKind.CARD else "zhaolian", owed_fen=100_000,
                first_missed_on=date(2025, 3, 1), tail="1234", kind=kind)
    key = complaint_key(COLLECTOR, debt.creditor_name)
    return Case(debts=(debt,), incidents=(NIGHT,), complaints=(ComplaintRecord(key, entries),) if entries else ())


SENT = ComplaintEntry(Step.SENT, date(2026, 11, 5), channel=SendChannel.EMS, tracking="EA1")
RECEIVED = ComplaintEntry(Step.RECEIVED, date(2026, 11, 7))
UNSATISFIED = ComplaintEntry(Step.ANSWERED, date(2026, 11, 20), summary="", satisfied=False)
SATISFIED = ComplaintEntry(Step.ANSWERED, date(2026, 11, 20), summary="", satisfied=True)
ESCALATED = ComplaintEntry(Step.ESCALATED, date(2026, 11, 21))


@pytest.mark.parametrize(("entries", "expected"), [
    ((), []),
    ((SENT,), [("complaint_due", date(2026, 11, 23)), ("escalate", date(2026, 11, 24))]),
    ((SENT, RECEIVED), [("complaint_due", date(2026, 11, 22)), ("escalate", date(2026, 11, 23))]),
    ((SENT, RECEIVED, UNSATISFIED), [("escalate", date(2026, 11, 20))]),
    ((SENT, SATISFIED), []),
    ((SENT, RECEIVED, UNSATISFIED, ESCALATED), []),
])
def test_timeline_dates_come_from_the_history_never_the_print_date(app, entries, expected):
    with app.test_request_context():
        for today in (date(2026, 11, 29), date(2027, 3, 1)):        # whenever the page is looked at
            events = complaint_events(tracked(*entries), today)
            assert [(e.kind, e.on) for e in events] == expected
    key = complaint_key(COLLECTOR, "招商银行")
    assert {e.key for e in events} <= {f"complaint-{key}-due", f"complaint-{key}-escalate"}


def test_the_calendar_holds_the_complaint_dates_with_stable_uids(with_complaint):
    assert not [e for e in calendar(with_complaint) if "complaint" in str(e["uid"])]
    mark_sent(with_complaint)
    first = {str(e["uid"]): e["dtstart"].dt for e in calendar(with_complaint) if "complaint" in str(e["uid"])}
    assert first == {f"complaint-{KEY}-due@shangan.invalid": date(2026, 12, 13),
                     f"complaint-{KEY}-escalate@shangan.invalid": date(2026, 12, 14)}
    mark_received(with_complaint, "2026-11-27")
    again = {str(e["uid"]): e["dtstart"].dt for e in calendar(with_complaint) if "complaint" in str(e["uid"])}
    assert again == {f"complaint-{KEY}-due@shangan.invalid": date(2026, 12, 12),
                     f"complaint-{KEY}-escalate@shangan.invalid": date(2026, 12, 13)}


def calendar(client) -> list:
    resp = client.get("/next/calendar.ics")
    assert resp.status_code == 200
    return list(Calendar.from_ical(resp.data).walk("VEVENT"))


def test_one_standing_row_per_complaint_letter_sent_or_not(app):
    key = complaint_key(COLLECTOR, "招商银行")
    with app.test_request_context():
        [draft] = complaint_standing(tracked(), date(2026, 11, 29))
        [waiting] = complaint_standing(tracked(SENT, RECEIVED), date(2026, 11, 20))
        [overdue] = complaint_standing(tracked(SENT, RECEIVED), date(2026, 11, 29))
        [answered] = complaint_standing(tracked(SENT, UNSATISFIED), date(2026, 11, 29))
        [done] = complaint_standing(tracked(SENT, SATISFIED), date(2026, 11, 29))
        registered = [r for r in timeline.standings_for(tracked(SENT), date(2026, 11, 29))
                      if r.key.startswith("complaint-")]
    assert (draft.key, draft.subject, draft.state, draft.changed_on, draft.next_on, draft.debt_id) == (
        f"complaint-{key}", f"{AGENCY} → 招商银行", "尚未寄出", None, None, "d1")
    assert "签名后寄出" in draft.next_action
    assert (waiting.state, waiting.changed_on, waiting.next_on) == ("银行已收到", date(2026, 11, 7), date(2026, 11, 22))
    assert "应在 2026年11月22日 前答复" in waiting.next_action
    assert (overdue.next_on, overdue.next_action) == (date(2026, 11, 23), "答复期限已过，还没有答复：可以拨打 12378 反映。")
    assert (answered.state, answered.changed_on, answered.next_on) == ("已答复（不满意）", date(2026, 11, 20),
                                                                       date(2026, 11, 20))
    assert (done.state, done.next_on) == ("已答复（满意）", None)
    assert [r.state for r in registered] == ["已寄出"]


def test_a_lender_is_escalated_to_the_regulator_not_12378(app):
    with app.test_request_context():
        [row] = complaint_standing(tracked(SENT, UNSATISFIED, kind=DebtKind.ONLINE_LENDER), date(2026, 11, 29))
        [event] = complaint_events(tracked(SENT, UNSATISFIED, kind=DebtKind.ONLINE_LENDER), date(2026, 11, 29))
        [after] = complaint_standing(tracked(SENT, UNSATISFIED, ESCALATED, kind=DebtKind.ONLINE_LENDER),
                                     date(2026, 11, 29))
    assert "12378" not in row.next_action and "金融监管部门" in row.next_action
    assert "12378" not in event.title and after.state == "已向监管部门反映"


def test_an_old_export_shows_the_same_state_and_dates(with_complaint):
    data = as_version_2(with_complaint.get("/case/export.json").text).replace(
        '"schema_version": 2', '"schema_version": 1').replace(
        '"complaints": []', '"complaints_sent_on": {"' + KEY + '": "2026-11-20"}, '
                            '"complaints_received_on": {"' + KEY + '": "2026-11-24"}')
    resp = with_complaint.post("/case/import", data={"file": (BytesIO(data.encode()), "case.json"), "replace": "1"},
                               content_type="multipart/form-data")
    assert resp.status_code == 302
    text = block(with_complaint.get("/conduct/findings").text)
    assert "进展： 银行已收到" in text and "2026年11月20日 已寄出（方式未记录）" in text
    due = {str(e["uid"]): e["dtstart"].dt for e in calendar(with_complaint) if "complaint" in str(e["uid"])}
    assert due[f"complaint-{KEY}-due@shangan.invalid"] == date(2026, 12, 9)        # 11-24 + 15, as before


def test_the_users_words_in_a_history_are_escaped(with_complaint):
    mark_sent(with_complaint)
    hostile = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
    assert answer(with_complaint, "2026-11-28", summary=hostile).status_code == 302
    html = with_complaint.get("/conduct/findings").text
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_every_code_the_tracking_core_emits_has_wording():
    assert set(wording.SEND_CHANNELS) == set(SendChannel)
    assert set(wording.STATES) == set(wording.STATES_LENDER) == set(State)
    for table in (wording.STEP_TITLES, wording.STEP_TITLES_LENDER, wording.STEP_ACTIONS, wording.STEP_ACTIONS_LENDER,
                  wording.STEP_SAVED, STEP_FORMS):
        assert set(table) == set(Step)
    assert set(wording.TRACKING_ERRORS) == set(REFUSALS)


def test_invisible_control_characters_are_dropped_so_the_case_exports_and_imports_again(with_complaint):
    with_complaint.post(f"/conduct/findings/{KEY}/sent",
                        data={f"{KEY}-sent-on": "2026-11-25", f"{KEY}-sent-channel": "ems",
                              f"{KEY}-sent-tracking": "EA\x00123\x1b"})
    answer(with_complaint, "2026-11-28", summary="第一行\r\n第二行\x07")
    [record] = with_complaint.get("/case/export.json").get_json()["case"]["complaints"]
    assert [(e["tracking"], e["summary"]) for e in record["history"]] == [("EA123", ""), ("", "第一行\r\n第二行")]
    data = with_complaint.get("/case/export.json").data
    resp = with_complaint.post("/case/import", data={"file": (BytesIO(data), "case.json"), "replace": "1"},
                               content_type="multipart/form-data")
    assert resp.status_code == 302
