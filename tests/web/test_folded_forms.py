"""Long forms fold on a phone (issue 14): <details> that work without JavaScript, built from the
data, and opened wherever the user's input or an error is, so a refused form shows what was typed."""

from __future__ import annotations

import re

from app.core.conduct.facts import GROUPS
from tests.conftest import field_errors

INCIDENT = {"on_date": "2026-11-21", "at_time": "10:15", "count": "1", "until": "", "channel": "third_party",
            "contacted": "employer", "collector_kind": "agency", "collector_name": "某某催收公司", "caller_name": "",
            "caller_number": "", "number_dialled": "", "debt_id": "", "details": ""}
BUDGET = {"income_wages": "6,000", "household_size": "3", "spending_housing": "2000", "spending_food": "1500"}
DEBT = {"kind": "card", "issuer": "cmb", "owed": "12,345.67", "first_missed_on": "2025-03-01", "collector": "bank"}


def folds(html: str) -> dict[str, bool]:
    """{summary text: open?} for every folded part (`fold` macro) of the page."""
    return {summary: bool(is_open) for is_open, summary in re.findall(
        r'<details class="fold[^"]*"( open)?>\s*<summary class="fold__summary">([^<]+)</summary>', html)}


def fact_groups(html: str) -> list[tuple[bool, list[str]]]:
    """(open?, fact codes in order) for each folded group of the incident checklist."""
    parts = re.split(r'<details class="facts-group"', html)[1:]
    return [(part.startswith(" open"), re.findall(r'name="facts" value="(\w+)"', part.split("</details>")[0]))
            for part in parts]


def test_the_checklist_is_one_folded_group_per_group_of_the_facts_data(case_client):
    html = case_client.get("/conduct/new").text
    assert fact_groups(html) == [(False, [f.value for f in group.facts]) for group in GROUPS]
    assert folds(html) == {"同一段时间联系了不止一次？": False, "对方的姓名和号码、打的是我哪个号码": False,
                           "填写证据（可不填）": False}


def test_a_refused_incident_opens_the_groups_with_ticked_boxes_and_keeps_them(case_client):
    ticked = ["insulting_words", "told_third_party_about_debt", "third_party_pressed"]
    resp = case_client.post("/conduct/new", data=INCIDENT | {"at_time": "25:99", "facts": ticked})
    assert resp.status_code == 422
    assert "at_time" in field_errors(resp.text)
    opened = [group.code for group, (is_open, _) in zip(GROUPS, fact_groups(resp.text), strict=True) if is_open]
    assert opened == ["said", "others"]
    assert "（已勾选 1 项）" in resp.text and "（已勾选 2 项）" in resp.text
    for code in ticked:
        assert f'value="{code}" id="facts-{code}" checked' in resp.text


def test_a_refused_incident_opens_the_folded_fields_holding_input_or_an_error(case_client):
    resp = case_client.post("/conduct/new", data=INCIDENT | {
        "count": "abc", "caller_name": "王经理", "evidence-1-kind": "recording", "evidence-1-dated_on": ""})
    assert resp.status_code == 422
    errors = field_errors(resp.text)
    assert "count" in errors and "evidence-1-dated_on" in errors
    assert folds(resp.text) == {"同一段时间联系了不止一次？": True, "对方的姓名和号码、打的是我哪个号码": True,
                                "填写证据（可不填）": True}
    assert 'value="王经理"' in resp.text and 'value="abc"' in resp.text


def test_an_incident_with_several_contacts_opens_its_window_when_edited(case_client):
    assert case_client.post("/conduct/new", data=INCIDENT | {"count": "4", "until": "11:00"}).status_code == 302
    [incident_id] = re.findall(r'href="/conduct/([0-9a-f]+)/edit"', case_client.get("/conduct/").text)
    html = case_client.get(f"/conduct/{incident_id}/edit").text
    assert folds(html)["同一段时间联系了不止一次？"] is True
    assert folds(html)["填写证据（可不填）"] is False


def test_budget_parts_are_folded_and_the_part_with_an_error_opens(case_client):
    assert folds(case_client.get("/budget/").text) == {
        "每月收入": True, "家庭情况": False, "每月必要开支": False, "遇到了什么困难": False, "证明材料": False}
    assert case_client.post("/budget/", data=BUDGET).status_code == 302
    assert not any(folds(case_client.get("/budget/").text).values())       # saved: every part folded
    resp = case_client.post("/budget/", data=BUDGET | {"spending_food": "3万5"})
    assert resp.status_code == 422 and "spending_food" in field_errors(resp.text)
    assert folds(resp.text) == {
        "每月收入": False, "家庭情况": False, "每月必要开支": True, "遇到了什么困难": False, "证明材料": False}
    assert 'value="3万5"' in resp.text


def test_the_debt_forms_optional_parts_open_with_input_or_an_error(case_client):
    assert not any(folds(case_client.get("/debts/new").text).values())
    resp = case_client.post("/debts/new", data=DEBT | {"last_payment": "-5", "demands-0": "2025-05-01"})
    assert resp.status_code == 422 and "last_payment" in field_errors(resp.text)
    assert folds(resp.text) == {"最后一次还款（可不填）": True, "收到正式催收的日期（建议至少填前两次）": True}
    assert 'value="-5"' in resp.text and 'value="2025-05-01"' in resp.text
