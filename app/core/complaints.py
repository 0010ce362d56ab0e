"""Where each complaint letter stands: a dated, append-only history, and the rules for adding to it.

A complaint goes 已寄出 (sent: date, channel, tracking number) → 银行已收到 (received, optional)
→ 已答复 (answered: date, a short summary, satisfied or not) → 已升级 12378 (escalated) or 结束
(closed). Each change is one `ComplaintEntry`; nothing is ever edited or removed, so the history
the user and a volunteer see is what happened, in order.

`add` is the only way to grow a history: it returns the longer history or raises `TrackingError`
with a code the shell words. The answer-due date is counted from these records, never from the day
a letter was printed: 15 days (REPLY_DAYS) from the receipt date the user entered, or else from an
estimated receipt DELIVERY_ESTIMATE_DAYS after sending.

Pure: no clock ("today" is a parameter), no framework. `case.py` imports the dataclasses from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from app.core.bounds import MAX_ANSWER_SUMMARY_CHARS, MAX_COMPLAINT_ENTRIES, MAX_TRACKING_CHARS

# 银行业保险业消费投诉处理管理办法 (citation `complaint_rules_time_limits`): a simple complaint is
# decided within 15 days of the bank's *receipt*. The letter asks for a reply by then; a complex
# case may take up to 30 days, and another 30 with notice, which the findings page explains.
REPLY_DAYS = 15
# No rule says how long a letter takes to arrive. This is our own rough estimate for post within
# the mainland, always labelled as an estimate; an entered receipt date replaces it.
DELIVERY_ESTIMATE_DAYS = 3

MAX_ENTRIES = MAX_COMPLAINT_ENTRIES          # the machine itself needs at most 5
MAX_SUMMARY_CHARS = MAX_ANSWER_SUMMARY_CHARS


class SendChannel(StrEnum):
    REGISTERED_MAIL = "registered_mail"     # 挂号信
    EMS = "ems"                             # EMS
    BANK_APP = "bank_app"                   # 银行App或官网
    IN_PERSON = "in_person"                 # 当面
    PHONE = "phone"                         # 客服电话
    NOT_RECORDED = "not_recorded"           # cases saved before channels were asked (upgrade only)


CHOSEN_CHANNELS = tuple(c for c in SendChannel if c is not SendChannel.NOT_RECORDED)


class Step(StrEnum):
    SENT = "sent"                           # 已寄出
    RECEIVED = "received"                   # 银行已收到
    ANSWERED = "answered"                   # 已答复
    ESCALATED = "escalated"                 # 已升级 12378
    CLOSED = "closed"                       # 结束


@dataclass(frozen=True)
class ComplaintEntry:
    """One dated change. Only the fields of its step are set (`add` checks that)."""

    step: Step
    on: date
    channel: SendChannel | None = None      # SENT
    tracking: str = ""                      # SENT, optional
    summary: str = ""                       # ANSWERED
    satisfied: bool | None = None           # ANSWERED


@dataclass(frozen=True)
class ComplaintRecord:
    """The history of one complaint letter, by the letter's key (app.conduct.complaint.complaint_key;
    a collector's key alone in cases saved before letters were split per creditor)."""

    key: str
    history: tuple[ComplaintEntry, ...] = ()


class State(StrEnum):
    NOT_SENT = "not_sent"
    SENT = "sent"
    RECEIVED = "received"
    ANSWERED_SATISFIED = "answered_satisfied"
    ANSWERED_UNSATISFIED = "answered_unsatisfied"
    ESCALATED = "escalated"
    CLOSED = "closed"


class TrackingError(ValueError):
    """A change the history refuses; `code` is worded by the shell."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


REFUSALS = (
    "already_sent",        # a second 已寄出
    "not_sent",            # received / answered / escalated / closed before 已寄出
    "already_received",    # a second 已收到
    "already_answered",    # a second answer, or a receipt after the answer
    "not_due",             # escalation with no answer before the answer-due date has passed
    "satisfied",           # escalation after a satisfying answer
    "already_escalated",   # anything but 结束 after escalating
    "not_answered",        # closing with no answer yet
    "closed",              # anything after 结束
    "before_previous",     # a date before the entry it follows
    "future",              # a date after today
    "too_many",            # more entries than MAX_ENTRIES
    "bad_entry",           # fields that do not belong to the step (a channel on an answer ...)
)


@dataclass(frozen=True)
class ReplyBy:
    """The date a reply is due and what it is counted from."""

    on: date
    counted_from: date                     # receipt: entered, or estimated
    received_entered: bool                 # True: the user entered the receipt date


def reply_by(letter_or_sent_on: date, received: date | None = None) -> ReplyBy:
    """When the reply is due: REPLY_DAYS after the entered receipt date, or else after an estimated
    receipt DELIVERY_ESTIMATE_DAYS after the letter was dated or sent."""
    if received is not None:
        return ReplyBy(received + timedelta(days=REPLY_DAYS), received, True)
    arrives = letter_or_sent_on + timedelta(days=DELIVERY_ESTIMATE_DAYS)
    return ReplyBy(arrives + timedelta(days=REPLY_DAYS), arrives, False)


# --- reading a history ----------------------------------------------------------------------------

def entry(history: Iterable[ComplaintEntry], step: Step) -> ComplaintEntry | None:
    """The history's entry of `step` (each step happens at most once)."""
    return next((e for e in history if e.step is step), None)


def sent_on(history: tuple[ComplaintEntry, ...]) -> date | None:
    found = entry(history, Step.SENT)
    return found.on if found else None


def received_on(history: tuple[ComplaintEntry, ...]) -> date | None:
    found = entry(history, Step.RECEIVED)
    return found.on if found else None


def state(history: tuple[ComplaintEntry, ...]) -> State:
    """The state the last entry puts the complaint in."""
    if not history:
        return State.NOT_SENT
    last = history[-1]
    if last.step is Step.ANSWERED:
        return State.ANSWERED_SATISFIED if last.satisfied else State.ANSWERED_UNSATISFIED
    return State(last.step.value)


def changed_on(history: tuple[ComplaintEntry, ...]) -> date | None:
    return history[-1].on if history else None


def answer_due(history: tuple[ComplaintEntry, ...]) -> ReplyBy | None:
    """When the bank's answer is due: None before the letter is sent."""
    sent = sent_on(history)
    return reply_by(sent, received_on(history)) if sent else None


def escalation_from(history: tuple[ComplaintEntry, ...]) -> date | None:
    """The first day escalation to 12378 is open: the answer day after an unsatisfying answer;
    with no answer, the day after the answer was due; None before sending, after a satisfying
    answer, after escalating or closing."""
    current = state(history)
    if current is State.ANSWERED_UNSATISFIED:
        return history[-1].on
    if current in (State.SENT, State.RECEIVED):
        due = answer_due(history)
        return due.on + timedelta(days=1) if due else None
    return None


def next_steps(history: tuple[ComplaintEntry, ...]) -> tuple[Step, ...]:
    """The steps that may follow, whatever the date (escalation may still wait for its day)."""
    return {
        State.NOT_SENT: (Step.SENT,),
        State.SENT: (Step.RECEIVED, Step.ANSWERED, Step.ESCALATED),
        State.RECEIVED: (Step.ANSWERED, Step.ESCALATED),
        State.ANSWERED_SATISFIED: (Step.CLOSED,),
        State.ANSWERED_UNSATISFIED: (Step.ESCALATED, Step.CLOSED),
        State.ESCALATED: (Step.CLOSED,),
        State.CLOSED: (),
    }[state(history)]


# --- growing a history ----------------------------------------------------------------------------

def add(history: tuple[ComplaintEntry, ...], new: ComplaintEntry, today: date) -> tuple[ComplaintEntry, ...]:
    """The history with `new` appended, or TrackingError(code) when the change is not allowed."""
    if len(new.tracking) > MAX_TRACKING_CHARS or len(new.summary) > MAX_SUMMARY_CHARS:
        raise TrackingError("bad_entry")
    return _append(history, new, today)


def _append(history: tuple[ComplaintEntry, ...], new: ComplaintEntry,
            today: date) -> tuple[ComplaintEntry, ...]:
    _check_fields(new)
    if new.on > today:
        raise TrackingError("future")
    if len(history) >= MAX_ENTRIES:
        raise TrackingError("too_many")
    current = state(history)
    if new.step not in next_steps(history):
        raise TrackingError(_refusal(current, new.step))
    if history and new.on < history[-1].on:
        raise TrackingError("before_previous")
    if new.step is Step.ESCALATED:
        opens = escalation_from(history)
        if opens is None or new.on < opens:
            raise TrackingError("not_due")
    return (*history, new)


def _check_fields(new: ComplaintEntry) -> None:
    sent_fields = new.channel is not None or bool(new.tracking)
    answer_fields = bool(new.summary) or new.satisfied is not None
    if new.step is Step.SENT:
        ok = new.channel is not None and not answer_fields
    elif new.step is Step.ANSWERED:
        ok = new.satisfied is not None and not sent_fields
    else:
        ok = not sent_fields and not answer_fields
    if not ok:
        raise TrackingError("bad_entry")


def _refusal(current: State, step: Step) -> str:
    if current is State.CLOSED:
        return "closed"
    if step is Step.SENT:
        return "already_sent"
    if current is State.NOT_SENT:
        return "not_sent"
    if current is State.ESCALATED:
        return "already_escalated"             # only 结束 follows an escalation
    if step is Step.RECEIVED:
        return "already_received" if current is State.RECEIVED else "already_answered"
    if step is Step.ANSWERED:
        return "already_answered"
    if step is Step.ESCALATED:
        return "satisfied"                     # the one state escalation does not follow
    return "not_answered"                      # CLOSED from SENT or RECEIVED


def problems(history: tuple[ComplaintEntry, ...]) -> list[str]:
    """Refusal codes replaying `history` from empty would raise (validation of imported files).
    A history is judged against its own last date, not a clock: "future" is the import's concern;
    text lengths are the field rules' concern."""
    found: list[str] = []
    replayed: tuple[ComplaintEntry, ...] = ()
    last = max((e.on for e in history), default=date.min)
    for item in history:
        try:
            replayed = _append(replayed, item, last)
        except TrackingError as exc:
            found.append(exc.code)
            break
    return found


# --- records by complaint key ---------------------------------------------------------------------

def history_of(records: Iterable[ComplaintRecord], key: str,
               legacy_key: str = "") -> tuple[ComplaintEntry, ...]:
    """The history kept under `key`, or else under the collector's old key (cases saved before
    letters were split per creditor: the old history applies to each of the collector's letters)."""
    by_key = {r.key: r.history for r in records}
    if key in by_key:
        return by_key[key]
    return by_key.get(legacy_key, ()) if legacy_key else ()


def with_history(records: tuple[ComplaintRecord, ...], key: str, history: tuple[ComplaintEntry, ...],
                 legacy_key: str = "", siblings: Iterable[str] = ()) -> tuple[ComplaintRecord, ...]:
    """`records` with `key`'s history replaced. A history still kept under the collector's old
    `legacy_key` is first copied to every letter of that collector (`siblings`) and dropped, so
    recording one letter's step never changes what its siblings show."""
    out = {r.key: r for r in records}
    if legacy_key and legacy_key != key and legacy_key in out:
        old = out.pop(legacy_key)
        for sibling in siblings:
            out.setdefault(sibling, replace(old, key=sibling))
    out[key] = ComplaintRecord(key, history)
    return tuple(out.values())


# --- cases saved before histories: complaints_sent_on / complaints_received_on --------------------

OLD_FIELDS = ("complaints_sent_on", "complaints_received_on")


def upgrade_v1_complaints(data: dict) -> dict:
    """A case as JSON data with the old date maps folded into `complaints` histories.

    Before histories a case held `complaints_sent_on` and `complaints_received_on` (complaint key
    -> ISO date). Each sent date becomes a 已寄出 entry (channel not recorded); each receipt date a
    银行已收到 entry after it. A receipt date under a letter's key whose sent date is under the
    collector's old key (the first two parts of the letter key) follows that sent date; a receipt
    with no sent date anywhere (the old form did not allow it) is counted as sent that same day, so
    the answer-due date is what it was. A receipt before its sent date is dropped: the old app counted
    from it, but a history cannot go back in time. Snapshots of final versions are upgraded too.

    Accepts the export envelope ({"schema_version", "case"}) or the case object itself, returns the
    same shape; data already without the old fields comes back unchanged. Bad dates are left for
    the strict decoder to refuse (the old fields are then kept as they were, so it says where).
    """
    if set(data) == {"schema_version", "case"} and isinstance(data.get("case"), dict):
        return {**data, "case": upgrade_v1_complaints(data["case"])}
    out = _fold(data)
    snapshots = out.get("snapshots")
    if isinstance(snapshots, list):
        out["snapshots"] = [{**s, "content": _fold(s["content"])}
                            if isinstance(s, dict) and isinstance(s.get("content"), dict) else s
                            for s in snapshots]
    return out


def bad_old_date(case: dict) -> str:
    """Where an old date map holds something other than an ISO date ("complaints_sent_on.<key>"),
    or "" when nothing does: the decoder's error then names the place in the user's own file."""
    for name in OLD_FIELDS:
        dates = case.get(name, {})
        if not isinstance(dates, dict):
            return name
        for key, value in dates.items():
            if not (isinstance(value, str) and _iso(value)):
                return f"{name}.{key}"
    return ""


def _fold(case: dict) -> dict:
    if not any(name in case for name in OLD_FIELDS):
        return case
    sent, received = case.get("complaints_sent_on", {}), case.get("complaints_received_on", {})
    if not isinstance(sent, dict) or not isinstance(received, dict) or not all(
            isinstance(v, str) and _iso(v) for v in (*sent.values(), *received.values())):
        return case                                     # the decoder names the bad value
    histories: dict[str, list[dict]] = {}
    for key, on in sent.items():
        histories[key] = [{"step": Step.SENT.value, "on": on, "channel": SendChannel.NOT_RECORDED.value}]
    for key, on in received.items():
        if key not in histories:
            old = "-".join(key.split("-")[:2])
            start = sent.get(old, on)
            histories[key] = [{"step": Step.SENT.value, "on": min(start, on),
                               "channel": SendChannel.NOT_RECORDED.value}]
        if on >= histories[key][0]["on"]:
            histories[key].append({"step": Step.RECEIVED.value, "on": on})
    out = {k: v for k, v in case.items() if k not in OLD_FIELDS}
    existing = [r for r in case.get("complaints", []) if isinstance(r, dict)]
    have = {r.get("key") for r in existing}
    out["complaints"] = existing + [{"key": k, "history": h} for k, h in histories.items() if k not in have]
    return out


def _iso(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False
