"""The quick log (/conduct/quick) through the test client: prefilled now, saved as a normal incident
through the same checks, bad input answered at the field with everything kept, earlier collectors
offered, and "更多情况" carrying everything over to the full form."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from app.core.case import Channel, CollectorKind, Incident, Party, case_from_data
from tests.conftest import field_errors

QUICK = {"on_date": "2026-11-29", "at_time": "22:40", "channel": "call_answered", "who": "unknown:",
         "party": "", "then": "save"}
FUTURE = "日期不能晚于今天。"


@pytest.fixture
def app(app):
    app.config["FIXED_NOW"] = "2026-11-29T22:47"
    return app


def stored(client) -> tuple[Incident, ...]:
    return case_from_data(client.get("/case/export.json").get_json()).incidents


def version(client) -> str:
    return re.search(r'name="case_version" type="hidden" value="(\d+)"', client.get("/conduct/quick").text)[1]


def test_the_form_opens_with_now_and_the_call_i_answered(case_client):
    page = case_client.get("/conduct/quick")
    assert page.status_code == 200
    assert 'id="on_date" name="on_date" required type="date" value="2026-11-29"' in page.text
    assert 'id="at_time" name="at_time" required type="time" value="22:47"' in page.text
    assert '<option selected value="call_answered">' in page.text
    assert '<option selected value="unknown:">不清楚 / 陌生号码</option>' in page.text


def test_a_toggle_and_save_store_one_incident_with_exact_time_and_facts_and_show_the_findings(case_client):
    response = case_client.post("/conduct/quick", data=QUICK | {"toggles": ["insulting_words", "threatened_harm"],
                                                                "case_version": version(case_client)})
    assert response.status_code == 302 and response.headers["Location"] == "/conduct/findings"
    [incident] = stored(case_client)
    assert incident.occurred_at == datetime(2026, 11, 29, 22, 40)
    assert incident.channel is Channel.CALL_ANSWERED and incident.contacted is Party.DEBTOR
    assert incident.collector_kind is CollectorKind.UNKNOWN and incident.collector_name == ""
    assert incident.facts == ("insulting_words", "threatened_harm")
    page = case_client.get("/conduct/findings").text
    rules = re.findall(r'<article class="finding finding--\w+" data-rule="(\w+)"', page)
    assert rules == ["c_threat_violence", "c_insult", "c_hours_night"]


def test_contacted_someone_else_sets_who_was_contacted(case_client):
    case_client.post("/conduct/quick", data=QUICK | {"at_time": "15:05", "party": "employer",
                                                     "case_version": version(case_client)})
    [incident] = stored(case_client)
    assert incident.contacted is Party.EMPLOYER and incident.facts == ()
    assert incident.occurred_at == datetime(2026, 11, 29, 15, 5)


def test_asked_to_stop_is_recorded_as_its_fact(case_client):
    case_client.post("/conduct/quick", data=QUICK | {"at_time": "10:00", "case_version": version(case_client),
                                                     "toggles": ["contacted_after_asked_to_stop"]})
    [incident] = stored(case_client)
    assert incident.facts == ("contacted_after_asked_to_stop",) and incident.contacted is Party.DEBTOR


def test_bad_input_is_answered_at_the_field_with_everything_kept(case_client):
    response = case_client.post("/conduct/quick", data=QUICK | {
        "at_time": "25:99", "on_date": "2026-11-30", "toggles": ["insulting_words"], "channel": "call_unanswered",
        "case_version": version(case_client)})
    assert response.status_code == 422
    errors = field_errors(response.text)
    assert errors == {"at_time": "请按“21:30”的格式填写时间（24 小时制）。", "on_date": FUTURE}
    assert 'value="25:99"' in response.text and 'value="2026-11-30"' in response.text
    assert 'value="insulting_words" id="toggles-insulting_words" checked' in response.text
    assert '<option selected value="call_unanswered">' in response.text
    assert stored(case_client) == ()


def test_a_day_after_today_is_refused_at_the_date(case_client):
    response = case_client.post("/conduct/quick", data=QUICK | {"on_date": "2026-12-01",
                                                                "case_version": version(case_client)})
    assert response.status_code == 422
    assert field_errors(response.text) == {"on_date": FUTURE}


def test_an_unknown_choice_is_refused_not_a_server_error(case_client):
    response = case_client.post("/conduct/quick", data=QUICK | {"who": "agency:从没出现过", "toggles": ["hit"],
                                                                "party": "boss", "case_version": version(case_client)})
    assert response.status_code == 422
    assert field_errors(response.text) == {"who": "请从列表中选择。", "toggles": "请从列表中选择。",
                                           "party": "请从列表中选择。"}
    assert 'aria-describedby="party-error" aria-invalid="true" id="party"' in response.text
    assert stored(case_client) == ()


def test_earlier_collectors_and_the_users_banks_are_offered_and_one_tap_saves_the_name(case_client):
    assert case_client.post("/debts/new", data={
        "kind": "card", "issuer": "icbc", "tail": "1234", "owed": "12345", "first_missed_on": "2025-03-01",
        "collector": "bank", "collector_name": ""}).status_code == 302
    case_client.post("/conduct/quick", data=QUICK | {"case_version": version(case_client)})
    incident = stored(case_client)[0]
    form = case_client.get("/conduct/quick").text
    assert '<option value="bank:中国工商银行">中国工商银行（银行自己）</option>' in form
    case_client.post("/conduct/quick", data=QUICK | {"who": "bank:中国工商银行", "at_time": "11:00",
                                                     "case_version": version(case_client)})
    saved = [i for i in stored(case_client) if i.id != incident.id]
    assert [(i.collector_kind, i.collector_name) for i in saved] == [(CollectorKind.BANK, "中国工商银行")]


def test_a_stale_tab_gets_409_and_nothing_is_saved_twice(case_client):
    old = version(case_client)
    case_client.post("/conduct/quick", data=QUICK | {"case_version": old})
    response = case_client.post("/conduct/quick", data=QUICK | {"at_time": "09:00", "case_version": old})
    assert response.status_code == 409 and len(stored(case_client)) == 1
    assert 'value="09:00"' in response.text


def test_more_opens_the_full_checklist_with_everything_entered(case_client):
    response = case_client.post("/conduct/quick", data=QUICK | {
        "then": "more", "at_time": "23:15", "channel": "sms", "toggles": ["threatened_harm"],
        "party": "colleague", "case_version": version(case_client)})
    assert response.status_code == 200 and 'action="/conduct/new"' in response.text
    assert 'id="at_time" name="at_time" required type="time" value="23:15"' in response.text
    assert '<option selected value="sms">' in response.text
    assert '<option selected value="colleague">' in response.text
    assert 'value="threatened_harm" id="facts-threatened_harm" checked' in response.text
    assert 'class="field__error"' not in response.text and stored(case_client) == ()


def test_without_a_case_the_quick_log_sends_to_the_start_page(client):
    response = client.get("/conduct/quick")
    assert response.status_code == 302 and response.headers["Location"] == "/"


def test_with_only_the_day_pinned_now_is_that_day_at_the_real_time_of_day(client):
    client.application.config.pop("FIXED_NOW", None)
    client.post("/new")
    form = client.get("/conduct/quick").text
    assert 'id="on_date" name="on_date" required type="date" value="2026-11-29"' in form
    assert re.search(r'id="at_time" name="at_time" required type="time" value="\d\d:\d\d"', form)
