"""A complaint's history (app.core.complaints): every allowed step, every refused one, the dates the
timeline takes from it, and the upgrade of cases saved with the old sent/received date maps."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.core import complaints as c
from app.core.case import Case, case_from_data, case_to_data
from app.core.complaints import ComplaintEntry, ComplaintRecord, SendChannel, State, Step, TrackingError

TODAY = date(2026, 12, 31)


def sent(on=date(2026, 11, 25), channel=SendChannel.REGISTERED_MAIL, tracking="") -> ComplaintEntry:
    return ComplaintEntry(Step.SENT, on, channel=channel, tracking=tracking)


def received(on=date(2026, 11, 27)) -> ComplaintEntry:
    return ComplaintEntry(Step.RECEIVED, on)


def answered(on=date(2026, 12, 5), satisfied=False, summary="说已经转交催收机构") -> ComplaintEntry:
    return ComplaintEntry(Step.ANSWERED, on, summary=summary, satisfied=satisfied)


def escalated(on=date(2026, 12, 6)) -> ComplaintEntry:
    return ComplaintEntry(Step.ESCALATED, on)


def closed(on=date(2026, 12, 7)) -> ComplaintEntry:
    return ComplaintEntry(Step.CLOSED, on)


def build(*entries: ComplaintEntry, today: date = TODAY) -> tuple[ComplaintEntry, ...]:
    history: tuple[ComplaintEntry, ...] = ()
    for item in entries:
        history = c.add(history, item, today)
    return history


def refusal(history: tuple[ComplaintEntry, ...], new: ComplaintEntry, today: date = TODAY) -> str:
    with pytest.raises(TrackingError) as caught:
        c.add(history, new, today)
    return caught.value.code


# --- allowed ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("entries", "state"), [
    ((), State.NOT_SENT),
    ((sent(),), State.SENT),
    ((sent(), received()), State.RECEIVED),
    ((sent(), answered()), State.ANSWERED_UNSATISFIED),
    ((sent(), received(), answered(satisfied=True)), State.ANSWERED_SATISFIED),
    ((sent(), received(), answered(), escalated()), State.ESCALATED),
    ((sent(), answered(satisfied=True), closed()), State.CLOSED),
    ((sent(), answered(), closed()), State.CLOSED),
    ((sent(), answered(), escalated(), closed()), State.CLOSED),
    ((sent(date(2026, 11, 1)), escalated(date(2026, 11, 20))), State.ESCALATED),       # no answer, overdue
    ((sent(date(2026, 11, 1)), received(date(2026, 11, 3)), escalated(date(2026, 11, 19))), State.ESCALATED),
])
def test_every_allowed_path_reaches_its_state(entries, state):
    history = build(*entries)
    assert history == entries and c.state(history) is state


def test_the_same_day_may_follow_and_today_is_allowed():
    day = date(2026, 11, 25)
    history = build(sent(day), received(day), answered(day), escalated(day), closed(day), today=day)
    assert c.state(history) is State.CLOSED and c.changed_on(history) == day


def test_adding_never_changes_what_was_recorded():
    first = build(sent())
    second = c.add(first, received(), TODAY)
    assert first == (sent(),) and second[:1] == first


def test_the_tracking_number_and_channel_are_kept():
    [entry] = build(sent(channel=SendChannel.EMS, tracking="EA123456789CN"))
    assert entry.channel is SendChannel.EMS and entry.tracking == "EA123456789CN"


# --- refused ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("entries", "new", "code"), [
    ((), received(), "not_sent"),
    ((), answered(), "not_sent"),
    ((), escalated(), "not_sent"),
    ((), closed(), "not_sent"),
    ((sent(),), sent(), "already_sent"),
    ((sent(), received()), received(), "already_received"),
    ((sent(), answered()), received(date(2026, 12, 6)), "already_answered"),
    ((sent(), answered()), answered(date(2026, 12, 6)), "already_answered"),
    ((sent(), answered(), escalated()), answered(date(2026, 12, 7)), "already_escalated"),
    ((sent(date(2026, 11, 1)), escalated(date(2026, 11, 20))), answered(date(2026, 11, 21)), "already_escalated"),
    ((sent(date(2026, 11, 1)), escalated(date(2026, 11, 20))), received(date(2026, 11, 21)), "already_escalated"),
    ((sent(), answered(satisfied=True)), escalated(), "satisfied"),
    ((sent(), answered(), escalated()), escalated(date(2026, 12, 7)), "already_escalated"),
    ((sent(),), closed(), "not_answered"),
    ((sent(), received()), closed(), "not_answered"),
    ((sent(), answered(), closed()), escalated(date(2026, 12, 8)), "closed"),
    ((sent(), answered(), closed()), sent(date(2026, 12, 8)), "closed"),
])
def test_every_refused_step_has_its_code(entries, new, code):
    assert refusal(build(*entries), new) == code


def test_no_escalation_before_the_answer_due_date_has_passed():
    # sent 11-25, estimated receipt 11-28, answer due 12-13: escalation opens on 12-14
    history = build(sent())
    assert c.answer_due(history).on == date(2026, 12, 13) and c.escalation_from(history) == date(2026, 12, 14)
    assert refusal(history, escalated(date(2026, 12, 13))) == "not_due"
    assert c.state(c.add(history, escalated(date(2026, 12, 14)), TODAY)) is State.ESCALATED


def test_a_recorded_receipt_moves_the_escalation_date():
    history = build(sent(), received(date(2026, 12, 1)))             # due 12-16, escalation from 12-17
    assert c.answer_due(history).on == date(2026, 12, 16) and c.answer_due(history).received_entered
    assert refusal(history, escalated(date(2026, 12, 16))) == "not_due"
    assert c.add(history, escalated(date(2026, 12, 17)), TODAY)[-1].step is Step.ESCALATED


def test_an_unsatisfying_answer_opens_escalation_at_once():
    history = build(sent(), answered(date(2026, 11, 30)))
    assert c.escalation_from(history) == date(2026, 11, 30)
    assert c.add(history, escalated(date(2026, 11, 30)), TODAY)[-1].on == date(2026, 11, 30)


@pytest.mark.parametrize("new", [received(date(2026, 11, 24)), answered(date(2026, 11, 24))])
def test_no_date_before_the_one_it_follows(new):
    assert refusal(build(sent()), new) == "before_previous"


def test_no_date_in_the_future():
    assert refusal((), sent(date(2027, 1, 1))) == "future"
    assert refusal(build(sent()), received(date(2026, 11, 26)), today=date(2026, 11, 25)) == "future"


@pytest.mark.parametrize("new", [
    ComplaintEntry(Step.SENT, date(2026, 11, 25)),                                   # no channel
    ComplaintEntry(Step.SENT, date(2026, 11, 25), channel=SendChannel.EMS, tracking="x" * 41),
    ComplaintEntry(Step.SENT, date(2026, 11, 25), channel=SendChannel.EMS, satisfied=True),
    ComplaintEntry(Step.RECEIVED, date(2026, 11, 27), channel=SendChannel.EMS),
    ComplaintEntry(Step.ANSWERED, date(2026, 12, 5)),                                  # satisfied or not?
    ComplaintEntry(Step.ANSWERED, date(2026, 12, 5), satisfied=False, summary="长" * 501),
    ComplaintEntry(Step.ESCALATED, date(2026, 12, 6), summary="x"),
])
def test_fields_that_do_not_belong_to_the_step_are_refused(new):
    history = build(sent()) if new.step is not Step.SENT else ()
    assert refusal(history, new) == "bad_entry"


def test_every_refusal_code_is_declared():
    codes = set()
    cases = [((), received()), ((sent(),), sent()), ((sent(), received()), received()),
             ((sent(), answered()), answered(date(2026, 12, 6))), ((sent(),), escalated(date(2026, 11, 26))),
             ((sent(), answered(satisfied=True)), escalated()), ((sent(), answered(), escalated()), escalated()),
             ((sent(),), closed()), ((sent(), answered(), closed()), closed()),
             ((sent(),), received(date(2026, 11, 1))), ((), sent(date(2027, 1, 1))),
             ((), ComplaintEntry(Step.SENT, date(2026, 11, 25)))]
    for entries, new in cases:
        codes.add(refusal(build(*entries), new))
    assert codes == set(c.REFUSALS) - {"too_many"}


def test_a_history_is_bounded():
    long = (sent(),) + tuple(received() for _ in range(c.MAX_ENTRIES - 1))
    assert refusal(long, received()) == "too_many"


# --- what the timeline takes from a history ---------------------------------------------------------

def test_nothing_is_due_before_the_letter_is_sent():
    assert c.answer_due(()) is None and c.escalation_from(()) is None and c.changed_on(()) is None
    assert c.next_steps(()) == (Step.SENT,)


def test_the_answer_is_due_15_days_after_the_estimated_or_recorded_receipt():
    estimated = c.answer_due(build(sent(date(2026, 11, 20))))
    assert (estimated.on, estimated.counted_from, estimated.received_entered) == (
        date(2026, 12, 8), date(2026, 11, 23), False)
    entered = c.answer_due(build(sent(date(2026, 11, 20)), received(date(2026, 11, 26))))
    assert (entered.on, entered.counted_from, entered.received_entered) == (date(2026, 12, 11), date(2026, 11, 26), True)


@pytest.mark.parametrize(("entries", "steps"), [
    ((sent(),), (Step.RECEIVED, Step.ANSWERED, Step.ESCALATED)),
    ((sent(), received()), (Step.ANSWERED, Step.ESCALATED)),
    ((sent(), answered()), (Step.ESCALATED, Step.CLOSED)),
    ((sent(), answered(satisfied=True)), (Step.CLOSED,)),
    ((sent(), answered(), escalated()), (Step.CLOSED,)),
    ((sent(), answered(), closed()), ()),
])
def test_the_steps_that_may_follow(entries, steps):
    assert c.next_steps(build(*entries)) == steps


def test_escalation_is_closed_after_satisfaction_escalation_or_closing():
    for entries in ((sent(), answered(satisfied=True)), (sent(), answered(), escalated()),
                    (sent(), answered(), closed())):
        assert c.escalation_from(build(*entries)) is None


# --- records by key, and old collector keys ---------------------------------------------------------

def test_a_letters_own_history_comes_before_its_collectors_old_one():
    records = (ComplaintRecord("agency-0123456789", (sent(date(2026, 11, 1)),)),
               ComplaintRecord("agency-0123456789-11111111", (sent(),)))
    assert c.history_of(records, "agency-0123456789-11111111", "agency-0123456789") == (sent(),)
    assert c.history_of(records, "agency-0123456789-22222222", "agency-0123456789") == (sent(date(2026, 11, 1)),)
    assert c.history_of(records, "agency-0123456789-22222222") == ()


def test_recording_one_letter_copies_the_old_history_to_its_siblings_first():
    old = ComplaintRecord("agency-0123456789", (sent(date(2026, 11, 1)),))
    one, two = "agency-0123456789-11111111", "agency-0123456789-22222222"
    longer = c.add(old.history, received(date(2026, 11, 3)), TODAY)
    records = c.with_history((old,), one, longer, "agency-0123456789", [one, two])
    assert {r.key: r.history for r in records} == {one: longer, two: old.history}


# --- cases saved with complaints_sent_on / complaints_received_on -----------------------------------

OLD_KEY = "agency-0123456789-11111111"


def test_the_upgrade_folds_the_old_dates_into_histories():
    data = {"debts": [], "complaints_sent_on": {OLD_KEY: "2026-11-20", "bank-0123456789-none": "2026-11-21"},
            "complaints_received_on": {OLD_KEY: "2026-11-26"}}
    out = c.upgrade_v1_complaints(data)
    assert "complaints_sent_on" not in out and "complaints_received_on" not in out and out["debts"] == []
    assert out["complaints"] == [
        {"key": OLD_KEY, "history": [{"step": "sent", "on": "2026-11-20", "channel": "not_recorded"},
                                     {"step": "received", "on": "2026-11-26"}]},
        {"key": "bank-0123456789-none", "history": [{"step": "sent", "on": "2026-11-21",
                                                     "channel": "not_recorded"}]},
    ]
    assert data["complaints_sent_on"]                      # the input is not changed


def test_an_upgraded_case_shows_the_same_dates_as_before():
    envelope = {"schema_version": 1, "case": {"complaints_sent_on": {OLD_KEY: "2026-11-20"},
                                              "complaints_received_on": {OLD_KEY: "2026-11-26"}}}
    case = case_from_data(json.loads(json.dumps(envelope)))
    history = c.history_of(case.complaints, OLD_KEY)
    assert c.sent_on(history) == date(2026, 11, 20) and c.received_on(history) == date(2026, 11, 26)
    assert c.answer_due(history).on == date(2026, 12, 11) and history[0].channel is SendChannel.NOT_RECORDED
    assert case_from_data(case_to_data(case)) == case


def test_the_upgrade_takes_the_envelope_or_the_case_and_leaves_new_data_alone():
    new = case_to_data(Case(complaints=(ComplaintRecord(OLD_KEY, (sent(),)),)))
    assert c.upgrade_v1_complaints(new) == new and c.upgrade_v1_complaints(new["case"]) == new["case"]
    old = {"schema_version": 1, "case": {"complaints_sent_on": {OLD_KEY: "2026-11-20"}}}
    assert c.upgrade_v1_complaints(old)["case"]["complaints"][0]["key"] == OLD_KEY


def test_a_receipt_under_a_letter_key_follows_its_collectors_old_sent_date():
    out = c.upgrade_v1_complaints({"complaints_sent_on": {"agency-0123456789": "2026-11-20"},
                                   "complaints_received_on": {OLD_KEY: "2026-11-24"}})
    by_key = {r["key"]: [(e["step"], e["on"]) for e in r["history"]] for r in out["complaints"]}
    assert by_key == {"agency-0123456789": [("sent", "2026-11-20")],
                      OLD_KEY: [("sent", "2026-11-20"), ("received", "2026-11-24")]}


def test_a_receipt_without_any_sent_date_keeps_its_answer_due_date():
    out = c.upgrade_v1_complaints({"complaints_received_on": {OLD_KEY: "2026-11-24"}})
    case = case_from_data({"schema_version": 1, "case": out})
    assert c.answer_due(c.history_of(case.complaints, OLD_KEY)).on == date(2026, 12, 9)


def test_a_receipt_before_its_sent_date_is_dropped():
    out = c.upgrade_v1_complaints({"complaints_sent_on": {OLD_KEY: "2026-11-20"},
                                   "complaints_received_on": {OLD_KEY: "2026-11-19"}})
    assert [e["step"] for e in out["complaints"][0]["history"]] == ["sent"]


def test_snapshots_of_final_versions_are_upgraded_too():
    data = {"snapshots": [{"id": "0123456789abcdef",
                           "content": {"complaints_sent_on": {OLD_KEY: "2026-11-20"}, "complaints_received_on": {}}}]}
    content = c.upgrade_v1_complaints(data)["snapshots"][0]["content"]
    assert content == {"complaints": [{"key": OLD_KEY, "history": [
        {"step": "sent", "on": "2026-11-20", "channel": "not_recorded"}]}]}


def test_bad_old_dates_are_left_for_the_decoder_to_name():
    data = {"complaints_sent_on": {OLD_KEY: "soon"}}
    assert c.upgrade_v1_complaints(data) == data


def test_replaying_a_history_finds_what_add_would_refuse():
    assert c.problems((sent(), received(), answered())) == []
    assert c.problems((received(),)) == ["not_sent"]
    assert c.problems((sent(), received(date(2026, 11, 1)))) == ["before_previous"]
