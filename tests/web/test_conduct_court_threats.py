"""Court threats through the incident form: the findings page words each threat, shows what is true
with its citations, and the complaint letter (PDF) states the breach truthfully for the bank."""

from __future__ import annotations

import re

import pytest

from tests.pdf.test_complaint import KEY, pdf_text, preview_text
from tests.web.test_conduct import DEBT, add, findings

TRUTHS = {
    "threatened_immediate_lawsuit": (
        "对方说马上起诉我、明天就立案，或要“上门起诉”",
        ["催收人员不能替法院“立案”，也没有“上门起诉”这回事",
         "起诉状由法院送来，不是由催收人员送上门",
         "可以用自己的身份证号在中国审判流程信息公开网查询自己的案件",
         "也可以拨打 12368"],
        ["《中华人民共和国民事诉讼法》第一百二十三条第一款", "起诉应当向人民法院递交起诉状",
         "《中华人民共和国民事诉讼法》第一百二十八条", "《最高人民法院关于人民法院通过互联网公开审判流程信息的规定》第三条"],
    ),
    "threatened_arrest_for_absence": (
        "对方说我不出庭（或不接电话）就会被抓",
        ["不会因为不出庭被抓", "法院可以缺席判决"],
        ["《中华人民共和国民事诉讼法》第一百一十二条", "第一百七十四条", "负有赡养、抚育、扶养义务和不到庭就无法查清案情的被告",
         "《中华人民共和国民事诉讼法》第一百四十七条"],
    ),
    "threatened_family_accounts": (
        "对方说要冻结我家人的账户，或查封我家人的房子",
        ["家人自己的账户和财产，不能因为您的信用卡欠款被执行", "家人可以向执行法院提出书面异议"],
        ["《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二条第一、三款",
         "《中华人民共和国民法典》第一千零六十四条", "《中华人民共和国民事诉讼法》第二百三十八条"],
    ),
    "court_looking_payment_demand": (
        "对方发来看起来像是法院的短信或文书，要我付款",
        ["据法院的公开说明，假冒法院通知的常见特征是", "诉讼费交给法院，不交给催收人员", "也可以拨打 12368"],
        ["《最高人民法院关于以法院专递方式邮寄送达民事诉讼文书的若干规定》第二条",
         "《中华人民共和国民事诉讼法》第八十七条", "《最高人民法院关于人民法院通过互联网公开审判流程信息的规定》第五条第一款"],
    ),
}


@pytest.mark.parametrize("fact", sorted(TRUTHS))
def test_a_court_threat_shows_the_truth_with_its_citations(case_client, fact):
    label, truths, cited = TRUTHS[fact]
    resp = add(case_client, channel="call_answered", contacted="debtor", facts=[fact])
    assert resp.status_code == 302
    assert label in case_client.get("/conduct/").text
    page = case_client.get("/conduct/findings")
    assert page.status_code == 200
    [(rule, severity, body)] = findings(page.text)
    assert (rule, severity) == ("c_false_legal_threat", "breach")
    assert label in body and "虚假或夸大的威胁" in body and "法律上实际是这样的：" in body
    for text in truths + cited:
        assert text in body, text
    assert "《金融机构个人消费类贷款催收工作指引（试行）》" in body        # the §17 rule's own citations
    assert "24%" not in body and "24 %" not in body


def test_each_truth_sits_beside_its_own_citations(case_client):
    add(case_client, channel="call_answered", contacted="debtor", facts=["threatened_arrest_for_absence"])
    html = case_client.get("/conduct/findings").text
    arrest = html.split('data-item="ct_no_arrest_for_absence">')[1].split('data-item="ct_default_judgment"')[0]
    default = html.split('data-item="ct_default_judgment">')[1].split("可以怎么做")[0]
    assert "第一百一十二条" in arrest and "第一百七十四条" in arrest and "第一百四十七条" not in arrest
    assert "第一百四十七条" in default and "第二百四十一条" in default and "第一百一十二条" not in default


def test_a_court_threat_is_kept_when_another_field_is_bad(case_client):
    resp = add(case_client, channel="call_answered", contacted="debtor", on_date="2026-13-40",
               facts=["threatened_family_accounts", "court_looking_payment_demand"])
    assert resp.status_code == 422
    for code in ("threatened_family_accounts", "court_looking_payment_demand"):
        assert re.search(rf'value="{code}"[^>]*checked', resp.text), code


def test_the_letter_states_the_court_threats_truthfully(case_client):
    case_client.post("/debts/new", data=DEBT)
    add(case_client, channel="call_answered", contacted="debtor",
        facts=["threatened_arrest_for_absence", "court_looking_payment_demand"])
    resp = case_client.get(f"/conduct/complaint/{KEY}.pdf")
    assert resp.status_code == 200 and resp.mimetype == "application/pdf"
    text = pdf_text(resp.data)
    assert "具体情况：对方称本人不出庭（或不接电话）就会被抓；对方发来看似法院发出的短信或文书，要求本人付款。" in text
    assert "以虚假或夸大的法律后果相威胁；发来看似法院发出的短信或文书，要求本人付款" in text
    assert "以虚假或夸大的后果、金额相威胁" not in text
    assert "《中华人民共和国民事诉讼法》第一百一十二条" in text and "第一百七十四条" in text
    assert "第一百四十七条" in text and "第八十七条" in text


def test_the_letter_keeps_the_old_wording_for_arrest_and_blacklist_threats(case_client):
    case_client.post("/debts/new", data=DEBT)
    add(case_client, channel="call_answered", contacted="debtor",
        facts=["false_arrest_or_blacklist_threat", "threatened_family_accounts"])
    text = preview_text(case_client)
    assert "以虚假或夸大的后果、金额相威胁" in text and "法律后果相威胁" not in text
    assert "对方称要冻结本人家人的账户，或查封本人家人的房产" in text
    assert "第一千零六十四条" in text
