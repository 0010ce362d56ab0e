"""Request letter, case summary and phone script content: exact figures, capitals, dates, wording."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.core import plan as core_plan
from app.core.case import (
    Applicant,
    Budget,
    Case,
    DebtKind,
    Hardship,
    HardshipReason,
    PlanChoices,
)
from app.core.letters import phone_script, request, summary_sheet
from app.core.letters.common import count_cn, mask_id, reply_by
from tests.core.conduct_factories import at, make_incident
from tests.factories import make_debt

TODAY = date(2026, 11, 29)
BUDGET = Budget(
    income_fen={"wages": 600_000}, spending_fen={"food": 400_000}, household_size=3, dependants=1,
    hardships=(Hardship(HardshipReason.JOB_LOSS, date(2025, 2, 1)),), story="公司裁员，我失去了工作。",
    documents=("unemployment", "medical", "not_a_known_code"), documents_other="社区困难证明",
)
APPLICANT = Applicant(name="张三", phone="13800001234", id_number="110101199001011234")


def make_case(*debts, **changes) -> Case:
    case = Case(debts=debts or (make_debt(tail="1234"),), budget=BUDGET, applicant=APPLICANT)
    return replace(case, **changes)


def letters(case: Case) -> list[request.RequestLetter]:
    plan = core_plan.build(case.debts, case.budget, case.plan, TODAY)
    return [request.build(case, creditor, plan, TODAY) for creditor in plan.creditors]


def all_text(letter: request.RequestLetter) -> str:
    parts = [letter.title, letter.addressee, letter.addressee_brand, letter.account, letter.other_accounts,
             letter.hardship, letter.household, letter.share, letter.request_intro, letter.stop_interest,
             letter.hold, *letter.terms, letter.pause_collection, letter.stop_collection, letter.basis,
             *letter.commitments, letter.reply, *(a.name for a in letter.attachments), letter.signer, letter.dated]
    parts += [f"{label}{value}" for label, value in letter.applicant]
    return "".join(parts)


def test_letter_states_the_amount_owed_in_figures_and_capitals_as_of_today():
    [letter] = letters(make_case())
    assert letter.addressee == "招商银行信用卡中心"
    assert letter.account == ("本人持有贵行信用卡（尾号1234）。截至2026年11月29日，本人所知该账户欠款约"
                              "¥12,345.67（人民币壹万贰仟叁佰肆拾伍元陆角柒分），具体以贵行核对的金额为准。")


def test_known_principal_is_stated_too():
    [letter] = letters(make_case(make_debt(tail="1234", principal_fen=1_000_000)))
    assert letter.account.endswith("其中本金约¥10,000.00（人民币壹万元整），具体以贵行核对的金额为准。")


def test_monthly_terms_name_count_amount_start_and_a_different_last_installment():
    [letter] = letters(make_case())     # offer ¥6,000 − ¥4,000 − 10 % of ¥4,000 = ¥1,600.00
    assert letter.hold == ("将目前欠款¥12,345.67（人民币壹万贰仟叁佰肆拾伍元陆角柒分）挂账，按以下方案分期偿还"
                           "（期数与附件《还款计划表》一致）：")
    assert letter.terms == (
        "第1期至第7期：自2026年12月1日起，每月1日还款，每期¥1,600.00（人民币壹仟陆佰元整），共7期；",
        "第8期（最后一期）：于2027年7月1日还款¥1,145.67（人民币壹仟壹佰肆拾伍元陆角柒分）；",
        "以上共8期，合计¥12,345.67（人民币壹万贰仟叁佰肆拾伍元陆角柒分），于2027年7月1日还清。",
    )
    assert [row.amount for row in letter.schedule] == ["¥1,600.00"] * 7 + ["¥1,145.67"]
    assert letter.schedule[0].due == "2026年12月1日" and letter.schedule_total == "¥12,345.67"


def test_equal_installments_are_stated_once():
    [letter] = letters(make_case(make_debt(tail="1234", owed_fen=960_000)))
    assert letter.terms[0] == "第1期至第6期：自2026年12月1日起，每月1日还款，每期¥1,600.00（人民币壹仟陆佰元整），共6期；"


def test_down_payment_comes_first_and_monthly_payments_follow_from_the_next_month():
    case = make_case(plan=PlanChoices(down_payment_fen=100_000))
    [letter] = letters(case)
    assert letter.terms[0] == "第1期（首付款）：于2026年12月1日还款¥1,000.00（人民币壹仟元整）；"
    assert letter.terms[1].startswith("第2期至第8期：自2027年1月1日起，每月1日还款，每期¥1,600.00")
    assert letter.terms[2] == "第9期（最后一期）：于2027年8月1日还款¥145.67（人民币壹佰肆拾伍元陆角柒分）；"
    assert letter.terms[3].startswith("以上共9期，合计¥12,345.67")
    assert [row.number for row in letter.schedule] == list(range(1, 10))    # one numbering everywhere
    assert letter.schedule[0].down_payment and not letter.schedule[1].down_payment


def test_a_start_day_after_the_28th_says_what_happens_in_short_months():
    [letter] = letters(make_case(plan=PlanChoices(start_on=date(2027, 1, 31))))
    assert "每月31日（当月没有该日的，为当月最后一日）还款" in letter.terms[0]
    assert letter.schedule[1].due == "2027年2月28日"


def test_waiving_fees_holds_the_principal_and_asks_to_waive_what_was_charged():
    case = make_case(make_debt(tail="1234", principal_fen=1_000_000), plan=PlanChoices(waive_fees=True))
    [letter] = letters(case)
    assert letter.stop_interest == "自本申请获同意之日起停止计收利息，并减免已产生的利息、违约金及相关费用；"
    assert letter.hold.startswith("以本金¥10,000.00（人民币壹万元整）作为挂账金额，按以下方案分期偿还")
    assert letter.terms[-1].startswith("以上共7期，合计¥10,000.00（人民币壹万元整）")


def test_waiving_fees_without_a_known_principal_asks_the_bank_to_confirm_it():
    [letter] = letters(make_case(plan=PlanChoices(waive_fees=True)))
    assert "本人暂不清楚本金的准确数额，恳请贵行核实告知" in letter.hold
    assert "按欠款总额¥12,345.67（人民币壹万贰仟叁佰肆拾伍元陆角柒分）拟定" in letter.hold


def test_without_waiver_only_penalties_and_fees_are_asked_off():
    [letter] = letters(make_case())
    assert letter.stop_interest == "自本申请获同意之日起停止计收利息，并减免违约金及相关费用；"


def test_basis_cites_article_70_as_something_the_bank_may_do_never_must():
    [letter] = letters(make_case())
    assert "《商业银行信用卡业务监督管理办法》第七十条" in letter.basis
    assert "发卡银行可以与持卡人平等协商" in letter.basis and "恳请贵行" in letter.basis
    text = all_text(letter)
    assert not any(word in text for word in ("必须", "应当同意", "有权要求"))
    assert letter.pause_collection.startswith("在贵行考虑本申请期间，恳请贵行暂停委托外部机构对本人的催收")


def test_commitments_include_no_new_cards_until_paid():
    [letter] = letters(make_case())
    assert letter.commitments == (
        "严格按照协议约定的日期和金额按时足额还款；",
        "在分期还款协议相关款项全部结清前，不向任何银行申领信用卡；",
        "收入或联系方式如有变化，及时如实告知贵行。",
    )


def test_online_lender_letter_is_addressed_to_the_lender_without_article_70():
    debt = make_debt(issuer="zhaolian", kind=DebtKind.ONLINE_LENDER, tail="8888")
    [letter] = letters(make_case(debt))
    assert letter.addressee == "招联消费金融（公司全称：＿＿＿＿＿＿＿＿＿＿）"      # to be written in by hand
    assert letter.account.startswith("本人在贵机构有一笔借款（账户尾号8888）。")
    text = all_text(letter)
    assert "第七十条" not in text and "贵行" not in text and "信用卡中心" not in text


def test_online_lender_letter_is_addressed_to_its_legal_entity_with_the_brand_beside_it():
    zhaolian = make_debt(issuer="zhaolian", kind=DebtKind.ONLINE_LENDER, lender_entity="招联消费金融股份有限公司")
    [letter] = letters(make_case(zhaolian))
    assert (letter.addressee, letter.addressee_brand) == ("招联消费金融股份有限公司", "")   # the name holds it
    weilidai = make_debt(issuer="weilidai", kind=DebtKind.ONLINE_LENDER, lender_entity="深圳前海微众银行股份有限公司")
    [letter] = letters(make_case(weilidai))
    assert (letter.addressee, letter.addressee_brand) == ("深圳前海微众银行股份有限公司", "（微粒贷）")
    card = make_debt(lender_entity="不应出现")
    [letter] = letters(make_case(card))
    assert (letter.addressee, letter.addressee_brand) == ("招商银行信用卡中心", "")


def test_reply_date_is_fifteen_days_on_and_concrete():
    [letter] = letters(make_case())
    assert reply_by(TODAY) == date(2026, 12, 14) == letter.reply_by_on
    assert letter.reply == "恳请贵行于2026年12月14日前书面答复本人（联系电话：13800001234）。"
    assert letter.dated == "2026年11月29日"


def test_a_chosen_signing_date_dates_the_letter_and_moves_the_reply_date():
    [letter] = letters(make_case(applicant=replace(APPLICANT, signed_on=date(2026, 12, 3))))
    assert letter.dated == "2026年12月3日" and letter.reply_by_on == date(2026, 12, 18)
    assert "截至2026年12月3日" in letter.account and "2026年12月18日前书面答复" in letter.reply


def test_id_number_is_masked_unless_the_user_chose_to_show_it():
    assert mask_id("110101199001011234") == "1101**********1234"
    assert mask_id("11010119900101123X") == "1101**********123X"
    [masked] = letters(make_case())
    assert ("身份证号", "1101**********1234") in masked.applicant
    [shown] = letters(make_case(applicant=replace(APPLICANT, show_id_in_letter=True)))
    assert ("身份证号", "110101199001011234") in shown.applicant


def test_no_id_number_means_no_id_line_and_missing_name_leaves_a_line_to_sign():
    [letter] = letters(make_case(applicant=Applicant(phone="13800001234")))
    labels = [label for label, _ in letter.applicant]
    assert labels == ["申请人", "联系电话"]
    assert letter.signer == request.BLANK and letter.applicant[0][1] == request.BLANK


def test_one_card_with_a_bank_mentions_no_other_card():
    [letter] = letters(make_case())
    assert letter.other_accounts == ""
    assert letter.share == "本人目前只有贵行这一笔欠款，每月用于偿还贵行的为¥1,600.00。"
    assert letter.debts == () and [a.name for a in letter.attachments][:2] == ["还款计划表", "失业证明"]


def test_a_second_card_with_the_same_bank_is_named_in_the_singular():
    first, second = letters(make_case(make_debt(id="a", tail="1234"), make_debt(id="b", tail="5678")))
    assert first.other_accounts == "本人在贵行另有一张信用卡（尾号5678）逾期，已另行提交申请。"
    assert second.other_accounts == "本人在贵行另有一张信用卡（尾号1234）逾期，已另行提交申请。"


def test_several_other_cards_are_counted_and_listed():
    debts = (make_debt(id="a", tail="1111"), make_debt(id="b", tail="2222"), make_debt(id="c", tail="3333"),
             make_debt(id="d", issuer="icbc", tail="4444"))
    first, *_, icbc = letters(make_case(*debts))
    assert first.other_accounts == "本人在贵行另有两张信用卡（尾号2222、3333）逾期，已分别另行提交申请。"
    assert icbc.other_accounts == ""
    assert first.share.startswith("本人目前共有四笔欠款，合计约¥49,382.68（详见附件《本人全部债务情况》）。")
    assert [row.creditor for row in first.debts] == ["招商银行 尾号1111", "招商银行 尾号2222",
                                                       "招商银行 尾号3333", "中国工商银行 尾号4444"]
    assert [row.this_one for row in icbc.debts] == [False, False, False, True]
    assert "(s)" not in all_text(first)


def test_several_creditors_share_the_offer_fairly_and_the_letter_says_this_creditors_share():
    debts = (make_debt(id="a", tail="1234", owed_fen=3_000_000), make_debt(id="b", issuer="icbc", owed_fen=1_000_000))
    first, second = letters(make_case(*debts))
    assert first.share.endswith("每月用于偿还贵行的为¥1,200.00。")
    assert second.share.endswith("每月用于偿还贵行的为¥400.00。")
    assert [row.monthly for row in first.debts] == ["¥1,200.00", "¥400.00"]
    assert "¥" not in first.hardship and "¥" not in second.hardship       # figures never in the editable text


def test_default_hardship_uses_reasons_dates_household_and_story():
    [letter] = letters(make_case())
    assert letter.hardship.split("\n") == [
        "自2025年2月起，本人失去了原来的工作。因此，本人无法按原约定按期还款。",     # wages still recorded
        "具体情况如下：",
        "公司裁员，我失去了工作。",
        "本人并非恶意拖欠，一直有还款意愿。恳请贵行体谅本人的实际困难，给予分期还款的机会。",
    ]


def test_the_users_own_hardship_text_replaces_the_draft():
    case = make_case()
    edited = replace(case, narratives={request.hardship_key("d1"): "我自己写的困难说明。"})
    [letter] = letters(edited)
    assert letter.hardship == "我自己写的困难说明。"
    assert letter.hardship_default.startswith("自2025年2月起")


def test_attachments_list_known_evidence_and_the_users_own_item():
    [letter] = letters(make_case())
    assert [(a.label, a.name, a.user_text) for a in letter.attachments] == [
        ("附件1", "还款计划表", False), ("附件2", "失业证明", False), ("附件3", "病历、诊断证明", False),
        ("附件4", "社区困难证明", True)]
    assert letter.attachments_count == "附件共4份"
    [shown] = letters(make_case(applicant=replace(APPLICANT, show_id_in_letter=True)))
    assert [a.name for a in shown.attachments][1] == "身份证复印件"


def test_household_figures_are_fixed_text_from_the_budget():
    [letter] = letters(make_case())
    assert letter.household == ("本人家庭共三口人，其中需要本人抚养或赡养的有一人。目前家庭每月收入合计¥6,000.00，"
                                "必要生活支出合计¥4,000.00；扣除必要支出后每月结余¥2,000.00，本人每月用于还款¥1,600.00。")
    [letter] = letters(make_case(plan=PlanChoices(monthly_offer_fen=200_000)))
    assert letter.household.endswith("扣除必要支出后，每月能用于还款的金额为¥2,000.00。")
    no_income = replace(BUDGET, income_fen={"family_help": 0})
    [letter] = letters(make_case(budget=no_income, plan=PlanChoices(monthly_offer_fen=30_000)))
    assert letter.household.endswith("目前家庭每月没有收入，必要生活支出合计¥4,000.00；"
                                     "收入已不足以支付必要支出，本人将另行设法筹措，每月用于还款¥300.00。")
    assert letter.hardship.startswith("自2025年2月起，本人失去了工作，目前没有收入。")


def test_a_plan_over_60_months_is_kept_as_computed():
    [letter] = letters(make_case(plan=PlanChoices(monthly_offer_fen=10_000)))
    assert letter.over_limit and letter.months == 124 and len(letter.schedule) == 124
    assert letter.schedule[-1].amount == "¥45.67"


@pytest.mark.parametrize(("n", "word"), [(1, "一"), (2, "两"), (10, "十"), (11, "11")])
def test_small_counts_are_written_in_chinese(n, word):
    assert count_cn(n) == word


def test_summary_sheet_lists_debts_budget_plan_and_key_dates():
    case = make_case(make_debt(tail="1234", principal_fen=1_000_000))
    plan = core_plan.build(case.debts, case.budget, case.plan, TODAY)
    sheet = summary_sheet.build(case, plan, TODAY)
    [row] = sheet.debts
    assert (row.account, row.owed, row.principal, row.dpd, row.stage) == (
        "招商银行 尾号1234", "¥12,345.67", "¥10,000.00", 638, "M7+ · 后期")
    assert "可能被起诉" in row.flags
    assert ("每月可支配", "¥2,000.00") in sheet.budget
    [plan_row] = sheet.plan_rows
    assert (plan_row.monthly, plan_row.months, plan_row.last_due) == ("¥1,600.00", "8期", "2027年7月1日")
    assert sheet.key_dates[-1] == ("方案最后一期还款日", "2027年7月1日")
    assert ("身份证号", "1101**********1234") in sheet.applicant
    assert sheet.findings == () and sheet.incident_count == 0


def test_summary_sheet_counts_findings_by_severity():
    incidents = (make_incident(id="n1", occurred_at=at(23)), make_incident(id="d1", occurred_at=at(10)))
    case = make_case(incidents=incidents)
    plan = core_plan.build(case.debts, case.budget, case.plan, TODAY)
    sheet = summary_sheet.build(case, plan, TODAY)
    assert sheet.incident_count == 2
    assert sheet.findings == (("违法", 0), ("违规", 1), ("合规但记录", 0))     # the 23:00 call


def test_phone_script_uses_the_users_figures_and_warns_about_paid_agents():
    case = make_case()
    plan = core_plan.build(case.debts, case.budget, case.plan, TODAY)
    script = phone_script.build(case, plan)
    [call] = script.calls
    assert call.heading == "招商银行 尾号1234"
    text = "".join((*call.say, *script.ask))
    assert call.check == "共8期，每月¥1,600.00，第一期2026年12月1日"
    assert "我现在欠款¥12,345.67。" in text and "我每月最多能拿出¥1,600.00还款。" in text
    assert "第1期至第7期：自2026年12月1日起，每月1日还款，每期¥1,600.00，共7期；第8期（最后一期）：于2027年7月1日还款¥1,145.67" in text
    assert "工号" in text and "书面" in "".join(script.do_not_agree)
    assert any("个人账户" in item for item in script.do_not_agree)
    assert "免费" in script.scam_fact and len(script.scam_red_flags) == 4
    assert "人民币" not in text       # read aloud: figures only


def test_phone_script_for_several_creditors_states_each_share():
    debts = (make_debt(id="a", tail="1234", owed_fen=3_000_000), make_debt(id="b", issuer="icbc", owed_fen=1_000_000))
    case = make_case(*debts)
    plan = core_plan.build(case.debts, case.budget, case.plan, TODAY)
    script = phone_script.build(case, plan)
    assert "分别给两家机构" in script.intro
    assert "还全部两笔欠款，按欠款比例分给你们的是每月¥400.00。" in "".join(script.calls[1].say)


def test_phone_script_calls_only_creditors_with_a_letter_and_offers_no_alternatives():
    over = make_case(plan=PlanChoices(monthly_offer_fen=10_000))              # 124 installments: no letter
    plan = core_plan.build(over.debts, over.budget, over.plan, TODAY)
    assert phone_script.build(over, plan).calls == ()
    case = make_case()
    plan = core_plan.build(case.debts, case.budget, case.plan, TODAY)
    said = "".join(phone_script.build(case, plan).calls[0].say)
    assert "我会把书面申请书寄给你们，里面写明了这个方案，也附上了证明材料。" in said and "（或" not in said
