"""The case summary sheet words the lawsuit flag as practice, not law."""

from datetime import date

from app.core import plan as core_plan
from app.core.case import Case
from app.core.letters import summary_sheet
from tests.factories import make_debt

TODAY = date(2026, 11, 29)


def test_the_sheet_labels_the_lawsuit_trigger_as_practice_not_law():
    case = Case(debts=(make_debt(tail="1234", principal_fen=1_000_000),))
    sheet = summary_sheet.build(case, core_plan.build(case.debts, case.budget, case.plan, TODAY), TODAY)
    [row] = sheet.debts
    assert row.flags == "可能被起诉＊、诉讼时效提示、征信记录"
    assert sheet.flag_notes == ("＊可能被起诉：惯例提示（欠款1万元以上、半年未还），不是法律规定。",)


def test_no_practice_note_without_the_lawsuit_flag():
    case = Case(debts=(make_debt(tail="1234", owed_fen=500_000, principal_fen=400_000),))
    sheet = summary_sheet.build(case, core_plan.build(case.debts, case.budget, case.plan, TODAY), TODAY)
    assert "可能被起诉" not in sheet.debts[0].flags and sheet.flag_notes == ()
