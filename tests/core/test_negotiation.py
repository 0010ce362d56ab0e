"""core.negotiation: every allowed and refused transition, the derived state, payments, the comparison."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from app.core import finals, negotiation
from app.core import plan as core_plan
from app.core.bounds import MAX_PAYMENTS, MAX_RECORDS, Limits
from app.core.case import (
    Budget,
    Case,
    Negotiation,
    Payment,
    PlanChoices,
    RecordKind,
    RequestRecord,
    SendChannel,
    Terms,
    case_from_data,
    case_to_data,
)
from app.core.negotiation import Refused, State
from app.core.serial import SerialError
from app.core.validation import validate_case
from tests.factories import make_debt

TODAY = date(2026, 12, 20)
SENT_ON = date(2026, 11, 30)
TERMS = Terms(monthly_fen=100_000, installments=12, first_due_on=date(2027, 1, 5))
LIMITS = Limits(max_debts=20, max_incidents=200, max_text_chars=5000)

EMPTY = Negotiation(debt_id="d0000001")


def sent(on: date = SENT_ON) -> Negotiation:
    return negotiation.send(EMPTY, on, SendChannel.EMS, TODAY, is_final=True, tracking=" EA123 ")


def refused_code(call) -> str:
    with pytest.raises(Refused) as caught:
        call()
    return caught.value.code


# --- states -----------------------------------------------------------------------------------------

def test_state_is_draft_then_final_from_the_letters_final_version():
    assert negotiation.state_of(EMPTY, is_final=False) is State.DRAFT
    assert negotiation.state_of(EMPTY, is_final=True) is State.FINAL


def test_state_of_a_case_reads_the_request_letters_final():
    debt = make_debt(id="d0000001")
    case = Case(debts=(debt,))
    assert negotiation.state(case, "d0000001") is State.DRAFT
    final = finals.finalize(case, "request-d0000001", SENT_ON)
    assert negotiation.state(final, "d0000001") is State.FINAL
    other = finals.finalize(case, "summary", SENT_ON)
    assert negotiation.state(other, "d0000001") is State.DRAFT


def test_sending_records_date_channel_and_trimmed_tracking_number():
    after = sent()
    assert after.records == (RequestRecord(RecordKind.SENT, SENT_ON, channel=SendChannel.EMS, tracking="EA123"),)
    assert negotiation.state_of(after, False) is State.SENT
    assert negotiation.reply_due(after) == date(2026, 12, 15)      # 15 days from the day it was sent


def test_sending_a_draft_is_refused():
    assert refused_code(lambda: negotiation.send(EMPTY, SENT_ON, SendChannel.EMS, TODAY, is_final=False)) \
        == "not_final"


def test_sending_in_the_future_is_refused_and_today_is_allowed():
    assert refused_code(lambda: negotiation.send(EMPTY, date(2026, 12, 21), SendChannel.PHONE, TODAY,
                                                 is_final=True)) == "future"
    assert negotiation.send(EMPTY, TODAY, SendChannel.PHONE, TODAY, is_final=True).records[-1].on == TODAY


@pytest.mark.parametrize("reply", [
    lambda n: negotiation.agree(n, TODAY, TERMS, TODAY),
    lambda n: negotiation.counter(n, TODAY, TERMS, TODAY),
    lambda n: negotiation.refuse(n, TODAY, TODAY),
    lambda n: negotiation.more_documents(n, TODAY, ["收入证明"], date(2027, 1, 10), TODAY),
    lambda n: negotiation.no_reply(n, TODAY, TODAY),
], ids=["agreed", "counter", "refused", "more_documents", "no_reply"])
def test_no_reply_of_any_kind_without_a_sent_request(reply):
    assert refused_code(lambda: reply(EMPTY)) == "not_sent"


@pytest.mark.parametrize(("reply", "state"), [
    (lambda n: negotiation.agree(n, TODAY, TERMS, TODAY), State.AGREED),
    (lambda n: negotiation.counter(n, TODAY, TERMS, TODAY), State.COUNTER),
    (lambda n: negotiation.refuse(n, TODAY, TODAY, " 收入不稳定 "), State.REFUSED),
    (lambda n: negotiation.more_documents(n, TODAY, ["收入证明", " "], date(2027, 1, 10), TODAY),
     State.MORE_DOCUMENTS),
    (lambda n: negotiation.no_reply(n, TODAY, TODAY), State.NO_REPLY),
], ids=["agreed", "counter", "refused", "more_documents", "no_reply"])
def test_every_reply_after_sending(reply, state):
    after = reply(sent())
    assert negotiation.state_of(after, True) is state
    assert after.records[0] == sent().records[0]         # history kept
    assert len(after.records) == 2


def test_refusal_reason_and_asked_for_items_are_kept_trimmed():
    refused = negotiation.refuse(sent(), TODAY, TODAY, " 收入不稳定 ")
    assert refused.records[-1].note == "收入不稳定"
    asked = negotiation.more_documents(sent(), TODAY, ["收入证明", " ", " 病历 "], date(2027, 1, 10), TODAY)
    assert asked.records[-1].asked_for == ("收入证明", "病历")
    assert negotiation.reply_due(asked) == date(2027, 1, 10)


def test_more_documents_needs_items_and_a_reply_by_not_before_the_day():
    assert refused_code(lambda: negotiation.more_documents(sent(), TODAY, [" "], date(2027, 1, 1), TODAY)) \
        == "nothing_asked"
    assert refused_code(lambda: negotiation.more_documents(sent(), TODAY, ["流水"], date(2026, 12, 19), TODAY)) \
        == "reply_by_before"


def test_no_reply_only_after_the_reply_by_date():
    early = date(2026, 12, 15)                          # the reply-by day itself: not yet
    assert refused_code(lambda: negotiation.no_reply(sent(), early, TODAY)) == "no_reply_too_early"
    assert negotiation.no_reply(sent(), date(2026, 12, 16), TODAY).records[-1].kind is RecordKind.NO_REPLY


def test_no_reply_after_more_documents_counts_from_the_new_date():
    asked = negotiation.more_documents(sent(), date(2026, 12, 10), ["流水"], date(2026, 12, 25), TODAY)
    later = date(2026, 12, 31)
    assert refused_code(lambda: negotiation.no_reply(asked, TODAY, TODAY)) == "no_reply_too_early"
    assert negotiation.state_of(negotiation.no_reply(asked, later, later), True) is State.NO_REPLY


def test_a_reply_dated_before_the_sending_is_refused():
    assert refused_code(lambda: negotiation.refuse(sent(), date(2026, 11, 29), TODAY)) == "before_previous"


def test_a_reply_in_the_future_is_refused():
    assert refused_code(lambda: negotiation.counter(sent(), date(2026, 12, 21), TERMS, TODAY)) == "future"


@pytest.mark.parametrize("terms", [
    replace(TERMS, installments=0), replace(TERMS, monthly_fen=0), replace(TERMS, installments=121),
    replace(TERMS, down_payment_fen=-1)])
def test_terms_without_installments_or_amount_are_refused(terms):
    assert refused_code(lambda: negotiation.agree(sent(), TODAY, terms, TODAY)) == "bad_terms"
    assert refused_code(lambda: negotiation.counter(sent(), TODAY, terms, TODAY)) == "bad_terms"


def test_counter_offer_keeps_only_the_banks_terms():
    offered = negotiation.counter(sent(), TODAY, replace(TERMS, reference="X", stops_interest=True), TODAY)
    assert offered.records[-1].terms == TERMS
    assert negotiation.pending_counter(offered) == offered.records[-1]


def test_accepting_a_counter_offer_is_an_agreement_on_its_terms():
    offered = negotiation.counter(sent(), date(2026, 12, 10), TERMS, TODAY)
    agreed = negotiation.accept(offered, TODAY, TODAY, reference=" HT-1 ", stops_interest=True)
    assert agreed.records[-1] == RequestRecord(RecordKind.AGREED, TODAY,
                                               terms=replace(TERMS, reference="HT-1", stops_interest=True))
    assert negotiation.agreement_in_force(agreed) == (1, agreed.records[-1])


@pytest.mark.parametrize("start", ["empty", "sent", "refused"])
def test_accept_and_decline_need_a_pending_counter_offer(start):
    before = {"empty": EMPTY, "sent": sent(), "refused": negotiation.refuse(sent(), TODAY, TODAY)}[start]
    assert refused_code(lambda: negotiation.accept(before, TODAY, TODAY)) == "no_counter"
    assert refused_code(lambda: negotiation.decline(before, TODAY, TODAY)) == "no_counter"


def test_declining_a_counter_offer():
    declined = negotiation.decline(negotiation.counter(sent(), TODAY, TERMS, TODAY), TODAY, TODAY)
    assert negotiation.state_of(declined, True) is State.DECLINED


@pytest.mark.parametrize("start", ["counter", "refused", "no_reply", "declined", "more_documents"])
def test_a_new_version_after_any_answer_then_sent_again(start):
    after_send = sent()
    before = {
        "counter": negotiation.counter(after_send, TODAY, TERMS, TODAY),
        "refused": negotiation.refuse(after_send, TODAY, TODAY),
        "no_reply": negotiation.no_reply(after_send, TODAY, TODAY),
        "declined": negotiation.decline(negotiation.counter(after_send, TODAY, TERMS, TODAY), TODAY, TODAY),
        "more_documents": negotiation.more_documents(after_send, TODAY, ["流水"], date(2027, 1, 5), TODAY),
    }[start]
    revising = negotiation.revise(before, TODAY, 80_000, TODAY)
    assert negotiation.state_of(revising, True) is State.REVISING
    assert revising.records[-1].terms.monthly_fen == 80_000
    assert refused_code(lambda: negotiation.refuse(revising, TODAY, TODAY)) == "not_sent"   # not sent yet
    assert refused_code(lambda: negotiation.send(revising, TODAY, SendChannel.EMS, TODAY, is_final=False)) \
        == "not_final"
    again = negotiation.send(revising, TODAY, SendChannel.REGISTERED, TODAY, is_final=True)
    assert negotiation.state_of(again, True) is State.SENT
    assert [r.kind for r in again.records][-2:] == [RecordKind.REVISING, RecordKind.SENT]


def test_a_new_version_is_refused_before_sending_while_waiting_and_after_an_agreement():
    assert refused_code(lambda: negotiation.revise(EMPTY, TODAY, None, TODAY)) == "not_sent"
    assert refused_code(lambda: negotiation.revise(sent(), TODAY, None, TODAY)) == "no_reply_too_early"
    agreed = negotiation.agree(sent(), TODAY, TERMS, TODAY)
    assert refused_code(lambda: negotiation.revise(agreed, TODAY, None, TODAY)) == "already_agreed"
    assert refused_code(lambda: negotiation.revise(negotiation.refuse(sent(), TODAY, TODAY), TODAY, 0, TODAY)) \
        == "bad_terms"


def test_sending_again_after_no_reply_keeps_the_letter_in_force():
    quiet = negotiation.no_reply(sent(), date(2026, 12, 16), TODAY)
    again = negotiation.send(quiet, TODAY, SendChannel.REGISTERED, TODAY, is_final=True)
    assert negotiation.reply_due(again) == date(2027, 1, 4)


@pytest.mark.parametrize("step", [
    lambda n: negotiation.send(n, TODAY, SendChannel.EMS, TODAY, is_final=True),
    lambda n: negotiation.refuse(n, TODAY, TODAY),
    lambda n: negotiation.counter(n, TODAY, TERMS, TODAY),
    lambda n: negotiation.agree(n, TODAY, TERMS, TODAY),
], ids=["send", "refuse", "counter", "agree"])
def test_an_agreement_ends_the_history_only_payments_follow(step):
    agreed = negotiation.agree(sent(), date(2026, 12, 10), TERMS, TODAY)
    assert refused_code(lambda: step(agreed)) == "already_agreed"


def test_a_reply_on_the_same_day_as_the_sending_is_allowed():
    assert negotiation.refuse(sent(TODAY), TODAY, TODAY).records[-1].on == TODAY


def test_records_are_bounded():
    full = replace(sent(), records=(sent().records[0],) * MAX_RECORDS)
    assert refused_code(lambda: negotiation.refuse(full, TODAY, TODAY)) == "too_many_records"


# --- payments ---------------------------------------------------------------------------------------

def agreed(on: date = date(2026, 12, 10)) -> Negotiation:
    return negotiation.agree(sent(), on, TERMS, TODAY)


@pytest.mark.parametrize("before", ["empty", "sent", "counter"])
def test_no_payment_before_an_agreement(before):
    start = {"empty": EMPTY, "sent": sent(), "counter": negotiation.counter(sent(), TODAY, TERMS, TODAY)}[before]
    assert refused_code(lambda: negotiation.pay(start, TODAY, 100_000, TODAY)) == "no_agreement"


def test_payments_are_dated_after_the_agreement_in_order_and_not_in_the_future():
    base = agreed()
    assert refused_code(lambda: negotiation.pay(base, date(2026, 12, 9), 100, TODAY)) == "before_agreement"
    assert refused_code(lambda: negotiation.pay(base, date(2026, 12, 21), 100, TODAY)) == "future"
    assert refused_code(lambda: negotiation.pay(base, TODAY, 0, TODAY)) == "bad_amount"
    one = negotiation.pay(base, date(2026, 12, 15), 100, TODAY)
    assert one.payments == (Payment(date(2026, 12, 15), 100, 1),)
    assert refused_code(lambda: negotiation.pay(one, date(2026, 12, 14), 100, TODAY)) == "before_previous"
    assert len(negotiation.pay(one, date(2026, 12, 15), 100, TODAY).payments) == 2


def test_payments_are_bounded():
    full = replace(agreed(), payments=(Payment(date(2026, 12, 10), 1),) * MAX_PAYMENTS)
    assert refused_code(lambda: negotiation.pay(full, TODAY, 1, TODAY)) == "too_many_payments"


def test_schedule_puts_the_down_payment_first_then_monthly_from_the_next_month():
    rows = negotiation.schedule(replace(TERMS, installments=3, down_payment_fen=50_000))
    assert [(r.number, r.due_on, r.amount_fen) for r in rows] == [
        (1, date(2027, 1, 5), 50_000), (2, date(2027, 2, 5), 100_000), (3, date(2027, 3, 5), 100_000),
        (4, date(2027, 4, 5), 100_000)]
    assert [r.due_on for r in negotiation.schedule(replace(TERMS, installments=2))] == \
        [date(2027, 1, 5), date(2027, 2, 5)]


def test_standing_paid_remaining_next_due_and_missed():
    base = agreed()
    on_feb_10 = date(2027, 2, 10)
    start = negotiation.standing(base, date(2027, 1, 2))
    assert (start.paid_fen, start.remaining_fen, start.next_due.due_on, start.due_soon) == \
        (0, 1_200_000, date(2027, 1, 5), True)
    assert start.missed == ()
    paid_once = negotiation.pay(base, date(2027, 1, 5), 100_000, on_feb_10)
    late = negotiation.standing(paid_once, on_feb_10)      # February's installment (5th) was missed
    assert late.paid_fen == 100_000 and late.remaining_fen == 1_100_000
    assert [m.due_on for m in late.missed] == [date(2027, 2, 5)] and late.missed_fen == 100_000
    assert late.next_due.due_on == date(2027, 3, 5) and not late.due_soon
    part = negotiation.pay(paid_once, on_feb_10, 40_000, on_feb_10)
    assert negotiation.standing(part, on_feb_10).missed_fen == 60_000
    assert negotiation.standing(sent(), TODAY) is None


def test_an_installment_due_today_is_not_missed_yet():
    due_day = date(2027, 1, 5)
    row = negotiation.standing(agreed(), due_day)
    assert row.missed == () and row.next_due.due_on == due_day and row.next_due_fen == 100_000


def test_a_paid_off_agreement_has_nothing_due():
    base = agreed()
    done = negotiation.pay(base, TODAY, 1_200_000, TODAY)
    row = negotiation.standing(done, date(2028, 6, 1))
    assert row.remaining_fen == 0 and row.next_due is None and row.missed == ()


# --- the comparison with the plan -------------------------------------------------------------------

BUDGET = Budget(income_fen={"wages": 800_000}, spending_fen={"food": 500_000})   # ¥3,000.00 left a month


def two_banks(offer: int = 200_000) -> Case:
    return Case(debts=(make_debt(id="d0000001", owed_fen=3_000_000), make_debt(id="d0000002", issuer="icbc",
                                                                                owed_fen=1_000_000)),
                budget=BUDGET, plan=PlanChoices(monthly_offer_fen=offer, start_on=date(2027, 1, 1)))


def test_a_counter_offer_within_the_surplus_is_affordable_and_shrinks_the_others_shares():
    case = two_banks()                      # shares: ¥1,500 and ¥500 of a ¥2,000 offer
    terms = Terms(monthly_fen=180_000, installments=17, first_due_on=date(2027, 1, 5))
    result = negotiation.compare(case, "d0000001", terms, date(2026, 12, 20))
    assert (result.plan_monthly_fen, result.plan_months) == (150_000, 20)
    assert result.counter_total_fen == 3_060_000 and result.counter_months == 17
    assert result.counter_end_on == date(2028, 5, 5)
    assert result.others_fen == 50_000 and result.needed_fen == 230_000
    assert result.affordable and result.shortfall_fen == 0
    [other] = result.others
    assert (other.monthly_before_fen, other.monthly_after_fen) == (50_000, 20_000)
    assert (other.months_before, other.months_after) == (20, 50)
    assert result.plan_end_after_on == date(2031, 2, 1)      # the other bank's 50th month


def test_a_counter_offer_above_the_surplus_is_not_affordable():
    terms = Terms(monthly_fen=260_000, installments=12, first_due_on=date(2027, 1, 5))
    result = negotiation.compare(two_banks(), "d0000001", terms, date(2026, 12, 20))
    assert not result.affordable and result.shortfall_fen == 10_000
    assert result.others[0].monthly_after_fen == 0 and result.plan_end_after_on is None


def test_the_plan_honours_a_per_creditor_monthly_amount():
    case = two_banks()
    fixed = replace(case.plan, monthly_by_debt={"d0000001": 180_000})
    built = core_plan.build(case.debts, case.budget, fixed, date(2026, 12, 20))
    assert [c.monthly_fen for c in built.creditors] == [180_000, 20_000]


# --- data: validation, migration --------------------------------------------------------------------

def test_a_history_the_transitions_allow_validates():
    history = negotiation.pay(agreed(), TODAY, 100_000, TODAY)
    case = Case(debts=(make_debt(id="d0000001"),), negotiations=(history,))
    assert validate_case(case, LIMITS) == []


@pytest.mark.parametrize("history", [
    Negotiation("d0000001", records=(RequestRecord(RecordKind.AGREED, TODAY, terms=TERMS),)),
    Negotiation("d0000001", records=(RequestRecord(RecordKind.SENT, TODAY, channel=SendChannel.EMS),
                                     RequestRecord(RecordKind.REFUSED, date(2026, 1, 1)))),
    Negotiation("d0000001", records=sent().records, payments=(Payment(TODAY, 100),)),
    Negotiation("d0000001", records=(RequestRecord(RecordKind.SENT, TODAY, channel=SendChannel.EMS),
                                     RequestRecord(RecordKind.AGREED, TODAY))),
    Negotiation("d0000001", records=(RequestRecord(RecordKind.SENT, TODAY),)),
    Negotiation("d0000001", records=(RequestRecord(RecordKind.SENT, TODAY, channel=SendChannel.EMS, terms=TERMS),)),
    Negotiation("d0000001", records=(RequestRecord(RecordKind.SENT, TODAY, channel=SendChannel.EMS,
                                                   tracking=" padded "),)),
], ids=["agreement without sending", "date before", "payment without agreement", "agreement without terms",
        "sent without a channel", "sent with terms", "untrimmed text"])
def test_an_impossible_history_does_not_validate(history):
    case = Case(debts=(make_debt(id="d0000001"),), negotiations=(history,))
    assert [p.code for p in validate_case(case, LIMITS)] == ["inconsistent"]


def test_two_histories_for_one_creditor_do_not_validate():
    case = Case(debts=(make_debt(id="d0000001"),), negotiations=(sent(), sent()))
    assert "duplicate" in [p.code for p in validate_case(case, LIMITS)]


V1_EXPORT = {
    "schema_version": 1,
    "case": {
        "debts": [{"id": "d0000001", "issuer": "cmb", "owed_fen": 1234567, "first_missed_on": "2025-03-01",
                   "issuer_other": "", "kind": "card", "tail": "1234", "principal_fen": None, "limit_fen": None,
                   "last_payment_on": None, "last_payment_fen": None, "collector": "bank",
                   "collector_name": "", "demands_on": [], "lender_entity": ""}],
        "incidents": [], "budget": None,
        "plan": {"monthly_offer_fen": 160000, "down_payment_fen": 0, "start_on": None, "waive_fees": False},
        "applicant": {"name": "张三", "phone": "13800001234", "id_number": "", "show_id_in_letter": False,
                      "address": "", "signed_on": None},
        "narratives": {}, "complaints_sent_on": {}, "complaints_received_on": {}, "narrative_bases": {},
        "snapshots": [], "finals": [],
    },
}


def test_a_version_1_export_is_upgraded_and_written_back_as_the_current_version():
    case = case_from_data(json.loads(json.dumps(V1_EXPORT)))
    assert case.negotiations == () and case.plan.monthly_by_debt == {}
    assert case.plan.monthly_offer_fen == 160_000 and case.applicant.name == "张三"
    data = case_to_data(case)
    assert data["schema_version"] == 3
    assert data["case"]["negotiations"] == [] and data["case"]["plan"]["monthly_by_debt"] == {}
    assert case_from_data(data) == case


def test_v1_to_v2_adds_the_histories_and_drops_the_old_complaint_dates():
    upgraded = __import__("app.core.case", fromlist=["_v1_to_v2"])._v1_to_v2(V1_EXPORT["case"])
    assert set(upgraded) ^ set(V1_EXPORT["case"]) == {
        "negotiations", "complaints", "complaints_sent_on", "complaints_received_on"}
    assert upgraded["negotiations"] == [] and upgraded["complaints"] == []
    assert upgraded["plan"]["monthly_by_debt"] == {} and "monthly_by_debt" not in V1_EXPORT["case"]["plan"]


@pytest.mark.parametrize("version", [0, 4, "2", True, None])
def test_unknown_schema_versions_are_refused(version):
    with pytest.raises(SerialError) as caught:
        case_from_data({"schema_version": version, "case": {}})
    assert caught.value.code == "unknown_schema_version"


def test_every_refusal_code_is_declared():
    import ast
    import inspect
    tree = ast.parse(inspect.getsource(negotiation))
    raised = {node.args[0].value for node in ast.walk(tree) if isinstance(node, ast.Call)
              and getattr(node.func, "id", "") == "Refused" and isinstance(node.args[0], ast.Constant)}
    assert raised <= set(negotiation.REFUSALS)
