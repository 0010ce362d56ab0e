"""SPEC step 3, the words on the page: each flag says what its rule supports and nothing more.

Today is 2026-11-29 (tests/conftest.py). Exact texts, as the debtor reads them in Simplified Chinese.
"""

from __future__ import annotations

import html
import re

CARD = {"kind": "card", "issuer": "cmb", "tail": "1234", "owed": "60,000", "principal": "55,000",
        "limit": "", "first_missed_on": "2025-03-01", "last_payment_on": "", "last_payment": "",
        "collector": "bank", "collector_name": "", "demands-0": "2025-04-01", "demands-1": "2025-05-10",
        "demands-2": "", "demands-3": ""}
LENDER = CARD | {"kind": "online_lender", "issuer": "zhaolian", "tail": "5678"}


def summary_text(client, *debts: dict) -> str:
    for debt in debts:
        assert client.post("/debts/new", data=debt).status_code == 302
    page = client.get("/summary/")
    assert page.status_code == 200
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.text)).split())


def account(text: str, heading: str) -> str:
    """The text of one account's section, from its heading to the next account or the guide."""
    start = text.index(heading)
    ends = [i for i in (text.find(" 2. ", start + 1), text.find("这些提示的含义", start)) if i > 0]
    return text[start:min(ends)]


def guide_item(text: str, title: str) -> str:
    """One kind's explanation in the guide below the accounts, up to the next kind's title."""
    guide = text[text.index("这些提示的含义"):]
    start = guide.index(f"{title} 这意味着")
    return guide[start:start + guide[start:].index(" 下一步：") + 2000]


def test_what_changes_the_fraud_flag_is_full_repayment_or_a_signed_agreement_only(case_client):
    card = account(summary_text(case_client, CARD), "招商银行 · 尾号1234")
    fraud = card[card.index("恶意透支条件 ："):card.index("可能被起诉 ：")]
    assert fraud.endswith(
        "什么会改变这条提示： 全部还清：恶意透支数额较大的，在提起公诉前全部归还的，可以不起诉；在一审判决前全部归还的，"
        "可以免予刑事处罚（“可以”由司法机关决定，不是一定）。依据：两高《关于办理妨害信用卡管理刑事案件具体应用法律"
        "若干问题的解释》第十条。 与银行签订书面的个性化分期还款协议，并按协议还款：签署后，银行及其委托的催收机构应当"
        "停止催收，不按协议还款的除外。依据：《商业银行信用卡业务监督管理办法》第七十条。 ")
    assert "还一笔钱" not in card and "门槛以下" not in card and "能还一点就先还一点" not in card


def test_the_lawsuit_flag_calls_its_trigger_practice_not_law(case_client):
    text = summary_text(case_client, CARD)
    card = account(text, "招商银行 · 尾号1234")
    assert ("可能被起诉 ：欠款 ¥60,000.00，从第一次逾期（2025年3月1日）算起已经 638 天没有还款。"
            "实践中常会被起诉，但这不是法律规定的起诉条件。") in card
    lawsuit = guide_item(text, "可能被起诉")
    assert ("这意味着： 本应用参考的文章说，实践中银行对欠款一万元以上、半年以上没有还款的信用卡常会起诉。"
            "一万元、半年不是法律规定的起诉条件，而是实践中的常见情形。被起诉是民事纠纷，不等于坐牢。") in lawsuit
    assert "什么会改变这条提示： 还清这笔欠款的全部金额 与银行签订书面的个性化分期还款协议，并按协议还款：" in lawsuit
    assert "什么会改变这条提示" not in card[card.index("可能被起诉 ："):]
    assert "哪怕每月少量还款" not in text and "银行通常会起诉" not in text


def test_the_lawsuit_flag_cites_only_the_rules_its_words_rely_on(case_client):
    page = (summary_text(case_client, CARD))
    guide = page[page.index("这些提示的含义"):]
    lawsuit = guide[guide.index("可能被起诉 这意味着"):guide.index("诉讼时效：三年")]
    assert "最高人民法院关于审理银行卡民事纠纷案件若干问题的规定》第二条" in lawsuit
    assert "《商业银行信用卡业务监督管理办法》第七十条第三款" in lawsuit
    assert "第三条" not in lawsuit and "第一百九十五条" not in lawsuit


def test_limitation_and_credit_record_are_explained_once_and_linked_from_every_account(case_client):
    three = [CARD, LENDER, CARD | {"issuer": "icbc", "tail": "9012"}]
    for debt in three:
        assert case_client.post("/debts/new", data=debt).status_code == 302
    page = case_client.get("/summary/").text
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    for code in ("limitation_note", "credit_record"):
        assert page.count(f'id="flag-{code}"') == 1
        assert page.count(f'<p class="flag"><a href="#flag-{code}">') == 3
    assert text.count("您提出的分期申请或困难说明也会让时效重新计算") == 1
    assert text.count("还清欠款：不良记录一般理解为从还清之日起再保存 5 年") == 1
    assert text.count("逾期会在个人信用报告中留下不良记录。") == 1
    assert text.count("诉讼时效 ：从最近一次催收（2025年5月10日）重新计算，按您填写的日期，三年后是 2028年5月10日。") == 3
    assert text.count("《中华人民共和国民法典》第一百九十五条") == 1


def test_a_lender_account_is_never_worded_as_a_bank(case_client):
    text = summary_text(case_client, LENDER)
    lender = account(text, "招联消费金融 · 尾号5678")
    assert "账龄 M7+ · 后期 " in lender
    assert "银行可能采取法律手段" not in lender
    assert ("本应用参考的文章说银行信用卡这样常会被起诉，这里借来提醒您；这是惯例，不是法律规定。") in lender
    assert "什么会改变这条提示： 还清这笔欠款的全部金额 法律依据" in guide_item(text, "可能被起诉")
    assert "恶意透支" not in text and "个性化分期还款协议" not in text
    assert "商业银行信用卡业务监督管理办法" not in text and "银行卡民事纠纷" not in text
    assert "《中华人民共和国民法典》第五百八十五条第二款" in text


def test_an_account_names_its_phase_and_its_card_says_what_the_phase_spans(case_client):
    text = summary_text(case_client, CARD)
    assert "欠款 ¥60,000.00 · 逾期 638 天 · 账龄 M7+ · 后期 " in account(text, "招商银行 · 尾号1234")
    assert "接下来会怎样 后期（逾期 90 天以上） 招商银行 ****1234" in text


def test_the_users_own_words_are_escaped_in_the_accounts_the_chart_and_the_cards(case_client):
    name = '<b>"A&B\'s</b>'
    summary_text(case_client, CARD | {"issuer": "other", "issuer_other": name})
    page = case_client.get("/summary/").text
    assert "<b>" not in page
    shown = "&lt;b&gt;&#34;A&amp;B&#39;s&lt;/b&gt;"
    assert f"<h2>1. {shown} · 尾号1234</h2>" in page                   # the account's heading
    assert f'<text y="14">{shown} ****1234 · ¥60,000.00</text>' in page  # the chart's bar
    assert f'<span class="muted phase-card__accounts">{shown} ****1234</span>' in page


def test_court_flags_name_the_lender_too(case_client):
    text = summary_text(case_client, LENDER | {"collector": "court_filed"})
    assert "在诉讼中仍可以和银行或贷款机构协商分期还款。" in text


def test_each_account_links_to_its_own_edit_page(case_client):
    summary_text(case_client, CARD, LENDER)
    ids = re.findall(r'href="/debts/([0-9a-f]{8})/edit"', case_client.get("/debts/").text)
    page = case_client.get("/summary/").text
    assert len(set(ids)) == 2
    for debt_id in set(ids):
        assert page.count(f'<a href="/debts/{debt_id}/edit">修改</a>') == 1



def test_an_elapsed_limitation_is_warned_under_the_account_itself(case_client):
    text = summary_text(case_client, CARD | {"first_missed_on": "2020-01-15", "demands-0": "", "demands-1": ""})
    card = account(text, "招商银行 · 尾号1234")
    assert "诉讼时效 ：从第一次逾期（2020年1月15日）重新计算，按您填写的日期，三年后是 2023年1月15日。 按您填写的日期，三年似乎已经过去。" in card
    page = case_client.get("/summary/").text
    assert "<p>按您填写的日期，三年似乎已经过去。" in page and "&lt;p" not in page    # markup, not escaped twice
