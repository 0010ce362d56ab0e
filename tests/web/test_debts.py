"""SPEC step 2 through the test client: add, edit, remove; every bad input answered at its field."""

from __future__ import annotations

import re

import pytest

from tests.conftest import LANGS, field_errors, set_language

VALID = {"kind": "card", "issuer": "cmb", "tail": "1234", "owed": "12,345.67", "principal": "10000",
         "limit": "20000", "first_missed_on": "2025-03-01", "last_payment_on": "", "last_payment": "",
         "collector": "agency", "collector_name": "某某催收公司", "demands-0": "2025-04-01",
         "demands-1": "2025-05-10", "demands-2": "", "demands-3": ""}


def debt_ids(client) -> list[str]:
    return re.findall(r'href="/debts/([0-9a-f]+)/edit"', client.get("/debts/").text)


def add(client, **changes):
    return client.post("/debts/new", data=VALID | changes)


def test_a_valid_account_is_saved_and_listed(case_client):
    resp = add(case_client)
    assert resp.status_code == 302 and resp.location == "/debts/"
    text = case_client.get("/debts/").text
    assert "招商银行" in text and "尾号1234" in text and "12,345.67" in text


def test_days_overdue_stands_in_for_the_date(case_client):
    assert add(case_client, first_missed_on="", days_overdue="200", **{"demands-0": "", "demands-1": ""}).status_code == 302
    assert "2026年5月13日" in case_client.get("/debts/").text      # 2026-11-29 minus 200 days


def test_edit_keeps_the_id_and_changes_the_amount(case_client):
    add(case_client)
    [debt_id] = debt_ids(case_client)
    form = case_client.get(f"/debts/{debt_id}/edit").text
    assert 'value="12345.67"' in form
    assert case_client.post(f"/debts/{debt_id}/edit", data=VALID | {"owed": "9999", "principal": ""}).status_code == 302
    text = case_client.get("/debts/").text
    assert "9,999.00" in text and "12,345.67" not in text


def test_remove_deletes_only_that_account(case_client):
    add(case_client)
    add(case_client, issuer="icbc", tail="5678")
    first_id = debt_ids(case_client)[0]
    assert case_client.post(f"/debts/{first_id}/delete").status_code == 302
    text = case_client.get("/debts/").text
    assert "尾号1234" not in text and "尾号5678" in text


def test_other_issuer_needs_a_name(case_client):
    resp = add(case_client, issuer="other", issuer_other="")
    assert resp.status_code == 422 and "issuer_other" in field_errors(resp.text)
    assert add(case_client, issuer="other", issuer_other="某农商银行").status_code == 302
    assert "某农商银行" in case_client.get("/debts/").text


BAD_INPUTS = [
    ("owed", "", "owed"),
    ("owed", "-500", "owed"),
    ("owed", "abc", "owed"),
    ("owed", "3万5", "owed"),
    ("owed", "1" * 10_000, "owed"),
    ("owed", "<script>alert(1)</script>", "owed"),
    ("owed", "12,345.678", "owed"),
    ("owed", "100000001", "owed"),
    ("principal", "五千", "principal"),
    ("principal", "20000", "principal"),          # more than owed
    ("tail", "12a4", "tail"),
    ("tail", "<script>", "tail"),
    ("first_missed_on", "2027-01-01", "first_missed_on"),
    ("first_missed_on", "not a date", "first_missed_on"),
    ("first_missed_on", "", "first_missed_on"),    # and no days given
    ("days_overdue", "-3", "days_overdue"),
    ("last_payment_on", "2030-01-01", "last_payment_on"),
    ("demands-0", "2025-01-01", "demands-0"),     # before the first missed payment
    ("demands-1", "2099-01-01", "demands-1"),
    ("collector_name", "x" * 10_000, "collector_name"),
    ("issuer", "<script>", "issuer"),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("name", "value", "error_field"), BAD_INPUTS)
def test_bad_input_is_answered_at_its_field_and_kept(case_client, lang, name, value, error_field):
    set_language(case_client, lang)
    changes = {name: value}
    if name == "first_missed_on" and value == "":
        changes["days_overdue"] = ""
    if name == "days_overdue":
        changes["first_missed_on"] = ""
    if name == "principal" and value == "20000":
        changes["owed"] = "10000"
    resp = add(case_client, **changes)
    assert resp.status_code == 422
    errors = field_errors(resp.text)
    assert error_field in errors, errors
    assert 'aria-invalid="true"' in resp.text
    assert "<script>" not in resp.text.split("<main")[1]
    if value and name != "issuer":
        kept = value.replace("<", "&lt;").replace(">", "&gt;")
        assert kept in resp.text
    assert 'value="某某催收公司"' in resp.text or name == "collector_name"


def test_full_width_digits_are_accepted(case_client):
    assert add(case_client, owed="１２３４５", tail="１２３４").status_code == 302
    assert "12,345.00" in case_client.get("/debts/").text


def test_stale_form_is_refused_with_the_newer_data(case_client):
    add(case_client)
    stale = VALID | {"issuer": "icbc", "case_version": "1"}
    resp = case_client.post("/debts/new", data=stale)
    assert resp.status_code == 409
    newer = resp.text.split('id="newer-title"')[1].split("</section>")[0]
    assert "另一个窗口" in resp.text and "尾号1234" in newer and "12,345.67" in newer
    assert 'value="1"' not in resp.text.split('name="case_version"')[1][:40]
