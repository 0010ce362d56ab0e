"""SPEC step 5 through the test client: the household budget saved, totalled, and every bad input answered."""

from __future__ import annotations

import re

import pytest

from tests.conftest import LANGS, field_errors, set_language

VALID = {"income_wages": "6,000", "income_family_help": "2000", "household_size": "3", "dependants": "1",
         "spending_housing": "2000", "spending_food": "1,500.50", "spending_medical": "1499.50",
         "reason_job_loss": "y", "since_job_loss": "2025-03", "reason_illness": "y",
         "since_illness": "2025-06-15", "story": "去年三月公司裁员，之后一直在找工作。",
         "documents": ["unemployment", "medical"], "documents_other": "社区证明"}


def save(client, **changes):
    return client.post("/budget/", data=VALID | changes)


def totals(html: str) -> dict[str, str]:
    return dict(re.findall(r'data-total="(\w+)">([^<]*)<', html))


@pytest.mark.parametrize("lang", LANGS)
def test_the_budget_page_renders_in_every_language(case_client, lang):
    set_language(case_client, lang)
    resp = case_client.get("/budget/")
    assert resp.status_code == 200
    for name in ("income_wages", "household_size", "spending_other_debts", "reason_job_loss",
                 "since_job_loss", "story", "documents-0", "documents_other"):
        assert f'id="{name}"' in resp.text, name
    assert "js/budget.js" in resp.text


def test_a_saved_budget_shows_its_monthly_totals(case_client):
    resp = save(case_client)
    assert resp.status_code == 302 and resp.location == "/budget/"
    assert totals(case_client.get("/budget/").text) == {
        "income": "¥8,000.00", "spending": "¥5,000.00", "left": "¥3,000.00"}


def test_save_and_next_goes_to_the_plan(case_client):
    resp = case_client.post("/budget/", data=VALID | {"then": "next"})
    assert resp.status_code == 302 and resp.location == "/plan/"


def test_going_back_shows_every_saved_answer(case_client):
    save(case_client)
    text = case_client.get("/budget/").text
    assert 'value="6000.00"' in text and 'value="1500.50"' in text and 'value="3"' in text
    assert '<input checked id="reason_job_loss"' in text
    assert '<input id="reason_business_failure"' in text
    assert 'value="2025-03"' in text and 'value="2025-06-15"' in text
    assert "去年三月公司裁员" in text and 'value="社区证明"' in text
    assert re.search(r'<input checked id="documents-\d" name="documents" type="checkbox" value="unemployment">', text)


def test_blank_amounts_are_not_totalled_and_a_budget_can_have_no_income(case_client):
    empty = {k: "" for k in VALID if k.startswith(("income_", "spending_"))}
    assert save(case_client, **(empty | {"spending_food": "800"})).status_code == 302
    text = case_client.get("/budget/").text
    assert totals(text) == {"income": "¥0.00", "spending": "¥800.00", "left": "-¥800.00"}
    assert "每月收入不够支付必要开支" in text


def test_full_width_digits_and_wan_are_accepted(case_client):
    assert save(case_client, income_wages="６０００", household_size="３", income_family_help="0.2万").status_code == 302
    assert totals(case_client.get("/budget/").text)["income"] == "¥8,000.00"


def test_a_month_alone_is_accepted_as_when_the_hardship_began(case_client):
    assert save(case_client, since_job_loss="2025年3月").status_code == 302
    assert 'value="2025-03"' in case_client.get("/budget/").text


def test_typical_spending_is_shown_for_comparison_with_its_source(case_client):
    save(case_client)            # household of 3
    text = case_client.get("/budget/").text
    # 2025 national 食品烟酒 8631 yuan a person a year: 8631 / 12 = 719.25 -> ¥719; × 3 = 2157.75 -> ¥2,158
    assert "约 ¥719.00；按 3 口人约 ¥2,158.00" in text
    assert "国家统计局《2025年居民收入和消费支出情况》" in text and "不是标准" in text


def test_hostile_text_is_shown_escaped(case_client):
    assert save(case_client, story="<script>alert(1)</script>").status_code == 302
    text = case_client.get("/budget/").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text and "<script>alert" not in text


LONG = "1" * 10_000
BAD_INPUTS = [
    ("household_size", "", "household_size"),
    ("household_size", "0", "household_size"),
    ("household_size", "-1", "household_size"),
    ("household_size", "21", "household_size"),
    ("household_size", "三", "household_size"),
    ("household_size", "2.5", "household_size"),
    ("household_size", LONG, "household_size"),
    ("household_size", "<script>", "household_size"),
    ("dependants", "-1", "dependants"),
    ("dependants", "abc", "dependants"),
    ("income_wages", "-500", "income_wages"),
    ("income_wages", "abc", "income_wages"),
    ("income_wages", "3万5", "income_wages"),
    ("income_wages", LONG, "income_wages"),
    ("income_wages", "<script>alert(1)</script>", "income_wages"),
    ("income_wages", "12,345.678", "income_wages"),
    ("income_business", "100000001", "income_business"),
    ("spending_food", "五百", "spending_food"),
    ("spending_housing", "-1", "spending_housing"),
    ("spending_other_debts", "3万5", "spending_other_debts"),
    ("since_job_loss", "2027-01", "since_job_loss"),          # in the future
    ("since_job_loss", "2026-12-01", "since_job_loss"),
    ("since_job_loss", "last spring", "since_job_loss"),
    ("since_job_loss", "2025-13", "since_job_loss"),
    ("since_job_loss", LONG, "since_job_loss"),
    ("since_business_failure", "2025-03", "since_business_failure"),   # a date for a reason not ticked
    ("hardship_other", LONG, "hardship_other"),
    ("story", "说" * 5_001, "story"),
    ("documents", "<script>", "documents"),
    ("documents_other", LONG, "documents_other"),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("name", "value", "error_field"), BAD_INPUTS)
def test_bad_input_is_answered_at_its_field_and_kept(case_client, lang, name, value, error_field):
    set_language(case_client, lang)
    resp = save(case_client, **{name: value})
    assert resp.status_code == 422
    errors = field_errors(resp.text)
    assert error_field in errors, errors
    assert 'aria-invalid="true"' in resp.text or name == "documents"     # a fieldset: marked by its class
    assert "<script>" not in resp.text.split("<main")[1]
    if name != "documents" and value:
        assert value.replace("<", "&lt;").replace(">", "&gt;") in resp.text
    assert 'value="6,000"' in resp.text or name == "income_wages"       # other answers kept too
    assert re.sub(r"[^0-9.,]", "", totals(resp.text)["income"]) == "0.00"    # nothing was saved


def test_other_reason_needs_a_few_words(case_client):
    resp = save(case_client, reason_other="y", hardship_other="")
    assert resp.status_code == 422 and "hardship_other" in field_errors(resp.text)
    assert save(case_client, reason_other="y", hardship_other="店铺拆迁").status_code == 302


def test_stale_form_is_refused_with_the_newer_data(case_client):
    save(case_client)
    resp = case_client.post("/budget/", data=VALID | {"income_wages": "9000", "case_version": "1"})
    assert resp.status_code == 409
    assert "另一个窗口" in resp.text and 'value="9000"' in resp.text
    assert totals(resp.text)["income"] == "¥8,000.00"


def test_the_budget_needs_an_open_case(client):
    resp = client.get("/budget/")
    assert resp.status_code == 302 and resp.location == "/"
