"""The inputs the request letter needs: whom a hardship struck (budget) and a lender's legal name (debts)."""

from __future__ import annotations

import re

from tests.conftest import field_errors
from tests.web.test_budget import VALID as BUDGET
from tests.web.test_debts import VALID as DEBT
from tests.web.test_debts import debt_ids


def test_whom_a_hardship_struck_is_saved_shown_again_and_named_in_the_letter(case_client):
    assert case_client.post("/debts/new", data=DEBT).status_code == 302
    resp = case_client.post("/budget/", data=BUDGET | {"who_illness": "mother", "who_job_loss": "self"})
    assert resp.status_code == 302
    form = case_client.get("/budget/").text
    assert re.search(r'<option selected value="mother">', form)
    assert 'id="who_illness"' in form and 'id="who_family_change"' not in form
    [debt_id] = debt_ids(case_client)
    letter = case_client.get(f"/letters/request-{debt_id}/preview").text
    assert "本人母亲因伤病需要治疗" in letter and "自2025年3月起，本人失去了原来的工作" in letter
    section = letter[letter.index('<section class="document'):letter.index("</section>")]
    assert "（或" not in section


def test_an_unknown_person_is_answered_at_its_field_and_kept(case_client):
    resp = case_client.post("/budget/", data=BUDGET | {"who_illness": "king"})
    assert resp.status_code == 422 and "who_illness" in field_errors(resp.text)
    assert 'value="2025-06-15"' in resp.text


def test_a_lenders_legal_name_is_saved_and_the_letter_is_addressed_to_it(case_client):
    lender = DEBT | {"kind": "online_lender", "issuer": "zhaolian", "lender_entity": "招联消费金融股份有限公司"}
    assert case_client.post("/debts/new", data=lender).status_code == 302
    [debt_id] = debt_ids(case_client)
    assert 'value="招联消费金融股份有限公司"' in case_client.get(f"/debts/{debt_id}/edit").text
    case_client.post("/budget/", data=BUDGET)
    letter = case_client.get(f"/letters/request-{debt_id}/preview").text
    assert '<p class="salutation user-text">招联消费金融股份有限公司' in letter
    assert "第七十条" not in letter and "贵行" not in letter and "信用卡中心" not in letter


def test_a_card_keeps_no_lender_name(case_client):
    assert case_client.post("/debts/new", data=DEBT | {"lender_entity": "某某公司"}).status_code == 302
    [debt_id] = debt_ids(case_client)
    assert "某某公司" not in case_client.get(f"/debts/{debt_id}/edit").text


def test_the_applicant_form_says_why_a_bank_may_need_the_full_id(case_client):
    text = case_client.get("/letters/applicant").text
    assert "有的银行只认完整号码" in text and "身份证复印件" in text
