"""The court documents' content (app.core.letters.court_*): every sentence true for the case that
produces it — card or 网贷 creditor, with or without the user's figures, with or without the 管辖异议,
an over-60 plan, a creditor the user did not name."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.core import plan as core_plan
from app.core.case import Applicant, Budget, Case, DebtKind, Hardship, HardshipReason, PlanChoices
from app.core.court.papers import CourtPaper, PaperChannel, PaperKind
from app.core.letters import court, court_answer, court_objection, court_proposal, request
from tests.factories import make_debt

TODAY = date(2026, 11, 29)
CARD = make_debt(id="d1", tail="1234")                                  # ¥12,345.67
LENDER = make_debt(id="d2", issuer="zhaolian", kind=DebtKind.ONLINE_LENDER, lender_entity="招联消费金融股份有限公司",
                   owed_fen=800_000)
BUDGET = Budget(income_fen={"wages": 600_000}, spending_fen={"food": 400_000}, household_size=2,
                hardships=(Hardship(HardshipReason.JOB_LOSS, date(2025, 6, 1)),), story="公司裁员。")
ORDER = CourtPaper("p1", PaperKind.PAYMENT_ORDER, PaperChannel.COURT_POST, date(2026, 9, 20), debt_id="d1",
                   body="北京市朝阳区人民法院", case_number="(2026)京0105民督123号", address="北京市朝阳区某路1号",
                   claimed_fen=2_000_000, claimed_principal_fen=1_500_000, claimed_charges_fen=500_000,
                   admitted_fen=1_500_000)
COMPLAINT = replace(ORDER, id="p2", kind=PaperKind.COMPLAINT, received_on=date(2026, 11, 20),
                    case_number="(2026)京0105民初12345号")


def case_with(*papers: CourtPaper, debts=(CARD,), **changes) -> Case:
    base = Case(debts=debts, budget=BUDGET, applicant=Applicant(name="张三", phone="13800001234"),
                court_papers=papers)
    return replace(base, **changes)


def plan_of(case: Case) -> core_plan.Plan:
    return core_plan.build(case.debts, case.budget, case.plan, TODAY)


def answer(paper: CourtPaper, **changes) -> court_answer.Answer:
    case = case_with(paper, **changes)
    return court_answer.build(case, paper, plan_of(case), TODAY)


def text(*parts) -> str:
    return "".join("".join(p) if isinstance(p, tuple) else str(p) for p in parts)


# --- 支付令异议书 ---------------------------------------------------------------------------------------

def test_objection_disputes_the_amount_with_the_users_figures_and_asks_to_end_the_procedure():
    o = court_objection.build(case_with(ORDER), ORDER, TODAY)
    figures = "".join(o.figures)
    assert "支付令所列申请人请求异议人给付¥20,000.00（人民币贰万元整）（其中本金¥15,000.00，利息、复利、违约金及费用¥5,000.00）" \
        in figures
    assert "异议人认可的欠款金额为¥15,000.00（人民币壹万伍仟元整），对超出部分¥5,000.00（人民币伍仟元整）不予认可" in figures
    assert "对其中利息、复利、违约金等费用的计算依据和数额不予认可" in figures
    assert o.request == "请求贵院依法裁定终结督促程序，支付令自行失效。"
    assert "《中华人民共和国民事诉讼法》第二百二十七条、第二百二十八条" in o.basis
    assert o.court == "北京市朝阳区人民法院" and "(2026)京0105民督123号" in o.opening
    assert o.missing == ()


def test_objection_without_figures_prints_the_dispute_only_and_says_what_is_missing():
    bare = replace(ORDER, claimed_fen=None, claimed_principal_fen=None, claimed_charges_fen=None, admitted_fen=None)
    o = court_objection.build(case_with(bare), bare, TODAY)
    assert o.figures == ("异议人对申请人主张的债务数额有异议，对其中利息、复利、违约金等费用的计算依据和数额不予认可。",)
    assert o.missing == ("claimed", "admitted")
    only_admitted = replace(bare, admitted_fen=1_000_000)
    o = court_objection.build(case_with(only_admitted), only_admitted, TODAY)
    assert o.figures[-1] == "异议人认可的欠款金额为¥10,000.00（人民币壹万元整）。" and o.missing == ("claimed",)


def test_accepting_nothing_is_said_as_disputing_it_all():
    none = replace(ORDER, admitted_fen=0)
    assert court_objection.build(case_with(none), none, TODAY).figures[-1] == "异议人对申请人主张的全部金额均不予认可。"
    assert answer(replace(COMPLAINT, admitted_fen=0)).figures[-1] == "答辩人对被答辩人主张的全部金额均不予认可。"


def test_no_objection_when_the_user_accepts_the_whole_claim_nor_for_other_papers():
    assert court_objection.wanted(ORDER)
    assert not court_objection.wanted(replace(ORDER, admitted_fen=ORDER.claimed_fen))
    assert not court_objection.wanted(COMPLAINT)


def test_objection_asks_for_nothing_but_the_dispute():
    o = court_objection.build(case_with(ORDER), ORDER, TODAY)
    body = text(o.opening, o.request, o.figures, o.reasons, o.basis)
    assert "分期" not in body and "延期" not in body and "困难" not in body


# --- 答辩状 -------------------------------------------------------------------------------------------

def test_card_answer_asks_for_reduction_under_the_card_rule_and_never_a_percentage():
    a = answer(COMPLAINT)
    assert "《最高人民法院关于审理银行卡民事纠纷案件若干问题的规定》第二条第二款，" in a.reduction
    assert a.reduction.startswith("被答辩人主张的利息、复利、违约金及费用合计¥5,000.00。答辩人认为")
    whole = text(a.opening, a.figures, a.reduction, a.hardship, a.household, a.mediation, a.terms, a.terms_note)
    assert "%" not in whole and "％" not in whole and "百分之" not in whole and "24" not in whole.replace("2024", "")


@pytest.mark.parametrize("debts, debt_id", [((LENDER,), "d2"), ((CARD,), ""), ((CARD,), "d9")],
                         ids=["lender", "unnamed", "no-longer-listed"])
def test_lender_or_unnamed_creditor_answer_rests_on_the_civil_code_not_the_card_rule(debts, debt_id):
    paper = replace(COMPLAINT, debt_id=debt_id)
    a = answer(paper, debts=debts)
    assert "银行卡" not in a.reduction and "透支" not in a.reduction
    assert "《中华人民共和国民法典》第五百八十五条第二款" in a.reduction and "违约金如过分高于其实际损失" in a.reduction
    assert "答辩人认为" not in a.reduction                  # no rule lets a borrower call the total excessive


def test_answer_admits_and_disputes_by_the_users_figures():
    a = answer(COMPLAINT)
    assert a.figures == (
        "被答辩人起诉请求答辩人支付¥20,000.00（人民币贰万元整）（其中本金¥15,000.00，利息、复利、违约金及费用¥5,000.00）。",
        "答辩人认可尚欠被答辩人¥15,000.00（人民币壹万伍仟元整）；对超出部分¥5,000.00（人民币伍仟元整），答辩人不予认可。",
    )
    everything = answer(replace(COMPLAINT, admitted_fen=2_000_000))
    assert everything.figures[-1] == "答辩人认可被答辩人主张的上述金额。" and everything.reduction == ""
    nothing = answer(replace(COMPLAINT, claimed_fen=None, claimed_principal_fen=None, claimed_charges_fen=None,
                             admitted_fen=None))
    assert nothing.figures == () and nothing.missing == ("claimed", "admitted")
    assert nothing.reduction.startswith("答辩人认为，被答辩人主张的透支利息")


def test_jurisdiction_objection_only_when_living_elsewhere_and_the_clause_was_not_explained():
    assert answer(COMPLAINT).jurisdiction == ()
    assert answer(replace(COMPLAINT, lives_elsewhere=True)).jurisdiction == ()
    assert answer(replace(COMPLAINT, clause_not_explained=True)).jurisdiction == ()
    both = answer(replace(COMPLAINT, lives_elsewhere=True, clause_not_explained=True))
    joined = "".join(both.jurisdiction)
    assert "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第三十一条" in joined
    assert "《中华人民共和国民事诉讼法》第一百三十条" in joined and "第二十二条第一款" in joined
    assert [line.code for line in both.cover.deadlines] == ["answer", "jurisdiction_objection"]


def test_answer_states_the_request_letters_hardship_facts_and_household_figures():
    case = case_with(COMPLAINT)
    a = court_answer.build(case, COMPLAINT, plan_of(case), TODAY)
    letter_facts = request.default_hardship(case, CARD).splitlines()
    assert a.hardship.splitlines()[:3] == letter_facts[:3]          # the reasons, "具体情况如下：", the story
    assert a.household == request.household_paragraph(case.budget, plan_of(case))


@pytest.mark.parametrize("reason", list(HardshipReason))
@pytest.mark.parametrize("income", [{"wages": 600_000}, {}], ids=["income", "no-income"])
def test_every_hardship_is_stated_with_the_request_letters_words(reason, income):
    budget = replace(BUDGET, income_fen=income, hardships=(Hardship(reason, date(2025, 6, 1)),), hardship_other="店铺关门")
    case = case_with(COMPLAINT, budget=budget)
    a = court_answer.build(case, COMPLAINT, plan_of(case), TODAY)
    assert a.hardship.splitlines()[0] == request.default_hardship(case, CARD).splitlines()[0]


def test_answer_proposes_the_plans_installments_numbered_as_the_request_letter():
    case = case_with(COMPLAINT)
    plan = plan_of(case)
    a = court_answer.build(case, COMPLAINT, plan, TODAY)
    (creditor,) = plan.creditors
    assert [t.rstrip("；。") for t in a.terms] == request.payment_terms(creditor)
    assert a.mediation == "答辩人愿意在贵院主持下调解，提出以下分期还款方案："


def test_over_60_installments_proposes_no_numbers():
    slow = replace(PlanChoices(), monthly_offer_fen=10_000)                  # ¥100 a month: 124 installments
    a = answer(COMPLAINT, plan=slow)
    assert a.terms == () and a.terms_note == ""
    assert a.mediation == "答辩人愿意在贵院主持下调解，具体分期还款方案另行协商。"


def test_answer_leaves_lines_for_the_particulars_an_answer_must_state():
    labels = [label for label, _ in answer(COMPLAINT).debtor]
    assert labels == ["答辩人（被告）", "性别、年龄、民族", "职业、工作单位", "住址", "联系电话"]


def test_edited_hardship_is_printed_as_written():
    a = answer(COMPLAINT, narratives={court_answer.hardship_key("p2"): "我自己写的困难说明。"})
    assert a.hardship == "我自己写的困难说明。" and a.hardship_default != a.hardship


# --- 调解 / 执行和解 ------------------------------------------------------------------------------------

def test_mediation_proposal_goes_to_the_courts_mediator_with_the_plan():
    case = case_with(COMPLAINT)
    p = court_proposal.build(case, COMPLAINT, plan_of(case), TODAY)
    assert p.addressee == "北京市朝阳区人民法院调解员" and not p.settlement and p.basis == ()
    assert p.terms and p.terms[-1].startswith("以上共8期，合计¥12,345.67")


def test_enforcement_settlement_goes_to_the_creditor_and_states_the_consequence():
    notice = replace(COMPLAINT, id="p3", kind=PaperKind.ENFORCEMENT_NOTICE, case_number="(2026)京0105执456号")
    case = case_with(notice)
    p = court_proposal.build(case, notice, plan_of(case), TODAY)
    assert p.settlement and p.title == "执行和解方案" and p.addressee == "招商银行信用卡中心" and p.role == "被执行人"
    basis = "".join(p.basis)
    assert "《中华人民共和国民事诉讼法》第二百四十一条" in basis and "《最高人民法院关于执行和解若干问题的规定》第一条" in basis
    assert "可以申请恢复执行原生效法律文书" in basis


def test_judgment_settlement_does_not_claim_enforcement_has_started():
    judgment = replace(COMPLAINT, id="p4", kind=PaperKind.JUDGMENT)
    case = case_with(judgment)
    p = court_proposal.build(case, judgment, plan_of(case), TODAY)
    assert p.title == "和解还款方案" and p.role == "被告" and "判决进入执行程序后" in p.basis[0]
    assert [line.code for line in p.cover.deadlines] == ["appeal_judgment"]


def test_which_papers_get_which_documents():
    kinds = {kind: (court_objection.wanted(replace(ORDER, kind=kind)), court_answer.wanted(replace(ORDER, kind=kind)),
                    court_proposal.wanted(replace(ORDER, kind=kind))) for kind in PaperKind}
    assert kinds[PaperKind.PAYMENT_ORDER] == (True, False, False)
    assert kinds[PaperKind.COMPLAINT] == kinds[PaperKind.SUMMONS] == (False, True, True)
    assert kinds[PaperKind.PRE_SUIT_MEDIATION] == kinds[PaperKind.JUDGMENT] == (False, False, True)
    assert kinds[PaperKind.ENFORCEMENT_NOTICE] == (False, False, True)
    assert kinds[PaperKind.LAWYER_LETTER] == kinds[PaperKind.ARBITRATION_AWARD] == (False, False, False)


# --- the submission sheet ---------------------------------------------------------------------------

def test_sheet_gives_the_deadline_with_weekday_and_the_holiday_move():
    o = court_objection.build(case_with(ORDER), ORDER, TODAY)
    (line,) = o.cover.deadlines
    assert line.due == "2026年10月8日（星期四）" and line.on == date(2026, 10, 8)
    assert "本应在2026年10月5日届满" in line.notes[0]
    assert "以法院的通知为准" in o.cover.counting and "第八十五条" in o.cover.counting
    assert "北京市朝阳区某路1号" in o.cover.ways[0]


def test_a_hearing_date_is_not_said_to_be_counted():
    summons = replace(COMPLAINT, kind=PaperKind.SUMMONS, hearing_on=date(2026, 12, 16))
    sheet = answer(summons).cover
    assert [line.code for line in sheet.deadlines] == ["hearing"]
    assert "推算" not in sheet.counting and "第八十五条" in sheet.counting
    both = answer(replace(COMPLAINT, hearing_on=date(2026, 12, 16))).cover
    assert "除开庭日期外，以上日期由本工具按您填写的收到日期推算，以法院的通知为准。" in both.counting


def test_a_deadline_already_past_is_said_to_be_past():
    (line,) = court_objection.build(case_with(ORDER), ORDER, date(2026, 10, 9)).cover.deadlines
    assert line.passed and "这个日期已经过了" in line.notes[-1]
    (line,) = court_objection.build(case_with(ORDER), ORDER, date(2026, 10, 8)).cover.deadlines
    assert not line.passed and not any("已经过了" in note for note in line.notes)


def test_a_year_without_holiday_data_is_said_to_count_weekends_only():
    late = replace(ORDER, received_on=date(2031, 3, 2))
    (line,) = court_objection.build(case_with(late), late, TODAY).cover.deadlines
    assert any("只跳过了周末" in note for note in line.notes)


def test_debtor_lines_print_the_id_only_when_allowed():
    shown = Applicant(name="张三", phone="1", id_number="110101199001011237", show_id_in_letter=True)
    assert ("身份证号", "110101199001011237") in court.debtor_lines(shown, "答辩人")
    hidden = replace(shown, show_id_in_letter=False)
    assert all(label != "身份证号" for label, _ in court.debtor_lines(hidden, "答辩人"))
    blank = court.debtor_lines(Applicant(), "答辩人")
    assert blank[0] == ("答辩人", court.BLANK) and ("联系电话", court.BLANK) in blank


def test_a_citation_outside_its_item_is_refused():
    with pytest.raises(KeyError):
        court.cited("ct_answer_15d", ("civpro_227",))


def test_every_deadline_a_paper_can_start_has_a_name_on_the_sheet():
    from app.core.court.deadlines import deadlines_for

    award = replace(ORDER, id="p9", kind=PaperKind.ARBITRATION_AWARD)
    codes = {d.code for kind in PaperKind
             for d in deadlines_for(replace(ORDER, kind=kind, hearing_on=date(2026, 12, 1)), (award,))}
    assert {"answer", "payment_order_objection", "award_nonenforcement", "award_setaside", "hearing"} <= codes
    assert codes <= set(court.DEADLINE_NAMES)


def test_a_case_holding_only_the_paper_still_gets_true_documents():
    bare = Case(court_papers=(replace(COMPLAINT, debt_id=""),))
    plan = plan_of(bare)
    a = court_answer.build(bare, bare.court_papers[0], plan, TODAY)
    assert a.terms == () and a.mediation.endswith("另行协商。") and a.debtor[0] == ("答辩人（被告）", court.BLANK)
    assert a.hardship.startswith("本人因经济困难") and "银行卡" not in a.reduction
    p = court_proposal.build(bare, bare.court_papers[0], plan, TODAY)
    assert p.terms == () and "另行协商" in p.opening and court.BLANK in p.opening


def test_over_60_installments_proposal_has_no_numbers():
    slow = case_with(COMPLAINT, plan=replace(PlanChoices(), monthly_offer_fen=10_000))
    p = court_proposal.build(slow, COMPLAINT, plan_of(slow), TODAY)
    assert p.terms == () and p.terms_note == "" and "具体分期还款方案希望与对方另行协商" in p.opening
