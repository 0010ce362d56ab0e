"""One small check per conduct rule: which of the user's facts trigger it.

A check takes all incidents and returns `Hit`s: the incidents concerned and the facts that
triggered the rule, as short codes (`{"time": "22:40"}`, `{"facts": "insulting_words"}`) that the
web layer words. Most checks look at one incident at a time (`per_incident`); the counting rules
look at one day of one collector.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from app.core.case import Channel, CollectorKind, Incident, Party
from app.core.conduct import timing
from app.core.conduct.facts import NEUTRAL, Fact, ticked


class CollectorKey(NamedTuple):
    kind: CollectorKind
    name: str


@dataclass(frozen=True)
class Hit:
    incidents: tuple[Incident, ...]
    facts: dict[str, str]


Check = Callable[[Sequence[Incident]], list[Hit]]

CONNECTED = frozenset({Channel.CALL_ANSWERED, Channel.ROBOT_CALL})
TIMED = frozenset(Channel) - {Channel.LETTER}        # a letter's arrival time says nothing about the sender
DEBT_PARTIES = frozenset({Party.GUARANTOR, Party.SPOUSE_DEBT_RELATED})
VISITS = frozenset({Channel.HOME_VISIT, Channel.WORKPLACE_VISIT})
DISCLOSURE = (Fact.TOLD_THIRD_PARTY_AMOUNT, Fact.TOLD_THIRD_PARTY_ABOUT_DEBT)


def collector_key(incident: Incident) -> CollectorKey:
    return CollectorKey(incident.collector_kind, incident.collector_name.strip())


def per_incident(check: Callable[[Incident], dict[str, str] | None]) -> Check:
    """Lift a one-incident check (facts, or None when the rule does not apply) to all incidents."""
    def run(incidents: Sequence[Incident]) -> list[Hit]:
        return [Hit((i,), facts) for i in incidents if (facts := check(i)) is not None]
    run.__doc__ = check.__doc__
    run.one = check                                 # engine.evaluate asks it incident by incident
    return run


def when_ticked(*needed: Fact) -> Callable[[Callable[[Incident], dict[str, str] | None]], Check]:
    """`per_incident` for a check that finds nothing unless one of `needed` is ticked: it is asked
    only of those incidents (most incidents tick few facts; the findings page runs every rule)."""
    codes = frozenset(f.value for f in needed)       # plain strings: an enum member hashes by name

    def lift(check: Callable[[Incident], dict[str, str] | None]) -> Check:
        def run(incidents: Sequence[Incident]) -> list[Hit]:
            return [Hit((i,), facts) for i in incidents
                    if not codes.isdisjoint(i.facts) and (facts := check(i)) is not None]
        run.__doc__ = check.__doc__
        run.__wrapped__ = check                     # the check asked of every incident
        run.needs = codes                           # engine.evaluate skips it when none is ticked at all
        run.one = check                             # ... and asks it incident by incident
        return run
    return lift


def _facts(incident: Incident, *wanted: Fact) -> dict[str, str] | None:
    found = ticked(incident.facts, *wanted)
    return {"facts": ",".join(found)} if found else None


def _has(incident: Incident, fact: Fact) -> bool:
    return fact in incident.facts


def _party(incident: Incident) -> str:
    """Who was contacted; a workplace call left at "debtor" reached the employer."""
    if incident.contacted is Party.DEBTOR and _has(incident, Fact.CALLED_WORKPLACE):
        return Party.EMPLOYER.value
    return incident.contacted.value


def third_party(incident: Incident) -> bool:
    """Someone unrelated to the debt was contacted (a third-party contact left at "debtor" counts too,
    and so does a call to the debtor's workplace: whoever answers there is not the debtor)."""
    if incident.contacted in DEBT_PARTIES:
        return False
    return (incident.contacted is not Party.DEBTOR or incident.channel is Channel.THIRD_PARTY
            or _has(incident, Fact.CALLED_WORKPLACE))


def _times(incident: Incident) -> dict[str, str]:
    facts = {"time": timing.hhmm(incident.occurred_at.time())}
    if incident.until is not None:
        facts["until"] = timing.hhmm(incident.until)
    if incident.count > 1:
        facts["count"] = str(incident.count)
    return facts


def _night(incident: Incident) -> bool:
    return (incident.channel in TIMED and not _has(incident, Fact.DEBTOR_CONSENTED_TO_TIME)
            and timing.touches(incident, timing.NIGHT))


# --- hours -------------------------------------------------------------------------------------------

@per_incident
def hours_night(i: Incident) -> dict[str, str] | None:
    """Contact in [22:00, 08:00) without the debtor's consent."""
    return _times(i) if _night(i) else None


@per_incident
def hours_evening(i: Incident) -> dict[str, str] | None:
    """Contact in [21:00, 22:00) that is not already a night contact: noted only."""
    evening = (i.channel in TIMED and not _has(i, Fact.DEBTOR_CONSENTED_TO_TIME)
               and timing.touches(i, timing.EVENING))
    return _times(i) if evening and not _night(i) else None


# --- counting: one day of one collector ----------------------------------------------------------------

def _by_day(incidents: Iterable[Incident], subkey: Callable[[Incident], str]) -> dict[tuple, list[Incident]]:
    groups: dict[tuple, list[Incident]] = defaultdict(list)
    for i in sorted(incidents, key=lambda i: i.occurred_at):
        groups[(i.occurred_at.date(), collector_key(i), subkey(i))].append(i)
    return groups


def _count_hits(groups: dict[tuple, list[Incident]], limit: int, number: bool) -> list[Hit]:
    hits = []
    for (day, _collector, dialled), group in groups.items():
        total = sum(max(i.count, 0) for i in group)
        if total > limit:
            facts = {"date": day.isoformat(), "count": str(total)}
            hits.append(Hit(tuple(group), facts | ({"number": dialled} if number else {})))
    return hits


def calls_connected(incidents: Sequence[Incident]) -> list[Hit]:
    """More than 3 connected calls (robot calls included) with the debtor in one day, per collector."""
    calls = (i for i in incidents if i.channel in CONNECTED and i.contacted is Party.DEBTOR)
    return _count_hits(_by_day(calls, lambda i: ""), 3, number=False)


def calls_unanswered(incidents: Sequence[Incident]) -> list[Hit]:
    """More than 6 unanswered attempts to the same number in one day, per collector."""
    calls = (i for i in incidents if i.channel is Channel.CALL_UNANSWERED)
    return _count_hits(_by_day(calls, lambda i: i.number_dialled.strip()), 6, number=True)


# --- third parties ----------------------------------------------------------------------------------

def _relay_only(i: Incident) -> bool:
    return (_has(i, Fact.ASKED_ONLY_CONTACT_DETAILS) and _has(i, Fact.DEBTOR_UNREACHABLE)
            and not ticked(i.facts, *DISCLOSURE, Fact.THIRD_PARTY_PRESSED, Fact.THIRD_PARTY_ASKED_TO_STOP))


@per_incident
def third_party_pressure(i: Incident) -> dict[str, str] | None:
    """A third party pressed, contacted again after refusing, or contacted when relaying was not the case."""
    if not third_party(i):
        return None
    pressed = _facts(i, Fact.THIRD_PARTY_PRESSED, Fact.THIRD_PARTY_ASKED_TO_STOP)
    if pressed:
        return {"party": _party(i)} | pressed
    if _relay_only(i) or ticked(i.facts, *DISCLOSURE):
        return None                      # noted as relay-only, or a disclosure finding
    if _has(i, Fact.ASKED_ONLY_CONTACT_DETAILS):
        return {"party": _party(i), "debtor_unreachable": "no"}
    return {"party": _party(i), "relay_only": "no"}


@when_ticked(*DISCLOSURE, Fact.EXPOSED_DEBT_ONLINE)
def third_party_disclosure(i: Incident) -> dict[str, str] | None:
    """The debt was told to someone unrelated to it, or exposed online."""
    if _has(i, Fact.EXPOSED_DEBT_ONLINE):
        return _facts(i, *DISCLOSURE, Fact.EXPOSED_DEBT_ONLINE)
    if i.contacted in DEBT_PARTIES:
        return None
    return _facts(i, *DISCLOSURE)


@per_incident
def third_party_relay_only(i: Incident) -> dict[str, str] | None:
    """Only asked for contact details while the debtor was unreachable, revealing nothing: noted."""
    return {"party": _party(i)} if third_party(i) and _relay_only(i) else None


@per_incident
def guarantor_contact(i: Incident) -> dict[str, str] | None:
    """Contact with the guarantor or a spouse whose household the debt served: lawful."""
    return {"party": _party(i)} if i.contacted in DEBT_PARTIES else None


@when_ticked(Fact.USED_CONTACT_LIST)
def contacts_harvest(i: Incident) -> dict[str, str] | None:
    """Contacts taken from the debtor's phone or elsewhere without consent."""
    return _facts(i, Fact.USED_CONTACT_LIST)


# --- threats, force, insults ------------------------------------------------------------------------

@when_ticked(Fact.REPEATED_ABUSIVE_MESSAGES, Fact.FOLLOWED_OR_STALKED)
def harassing_messages(i: Incident) -> dict[str, str] | None:
    """Repeated insulting or threatening messages, pestering or stalking."""
    return _facts(i, Fact.REPEATED_ABUSIVE_MESSAGES, Fact.FOLLOWED_OR_STALKED)


@when_ticked(Fact.THREATENED_HARM, Fact.THREATENED_HOME_VISIT)
def threat_violence(i: Incident) -> dict[str, str] | None:
    """Threats to hurt the debtor or family, or to come and make trouble (and, when recorded, that they
    went on after the police or another authority had stopped them)."""
    if not ticked(i.facts, Fact.THREATENED_HARM, Fact.THREATENED_HOME_VISIT):
        return None
    return _facts(i, Fact.THREATENED_HARM, Fact.THREATENED_HOME_VISIT, Fact.CONTINUED_AFTER_AUTHORITY_STOPPED)


@when_ticked(Fact.HIT_OR_BLOCKED, Fact.DETAINED_OR_TAKEN_AWAY)
def violence_detention(i: Incident) -> dict[str, str] | None:
    """Hitting, blocking, locking in or taking the debtor away (and, beside hitting or blocking, that it
    went on after an authority had stopped it)."""
    if not ticked(i.facts, Fact.HIT_OR_BLOCKED, Fact.DETAINED_OR_TAKEN_AWAY):
        return None
    went_on = (Fact.CONTINUED_AFTER_AUTHORITY_STOPPED,) if _has(i, Fact.HIT_OR_BLOCKED) else ()
    return _facts(i, Fact.HIT_OR_BLOCKED, Fact.DETAINED_OR_TAKEN_AWAY, *went_on)


@when_ticked(Fact.INSULTING_WORDS)
def insult(i: Incident) -> dict[str, str] | None:
    """Insults, abusive or humiliating words (and, when recorded, that they went on after an authority
    had stopped them)."""
    if not _has(i, Fact.INSULTING_WORDS):
        return None
    return _facts(i, Fact.INSULTING_WORDS, Fact.CONTINUED_AFTER_AUTHORITY_STOPPED)


@when_ticked(Fact.ENTERED_HOME, Fact.REFUSED_TO_LEAVE)
def home_entry(i: Incident) -> dict[str, str] | None:
    """Entering the home without consent or refusing to leave."""
    return _facts(i, Fact.ENTERED_HOME, Fact.REFUSED_TO_LEAVE)


# --- identity and documents -------------------------------------------------------------------------

@when_ticked(Fact.CLAIMED_COURT_OR_POLICE)
def impersonate_authority(i: Incident) -> dict[str, str] | None:
    """Claimed to be, or to act for, police, a court, a procuratorate or the government."""
    return _facts(i, Fact.CLAIMED_COURT_OR_POLICE)


@when_ticked(Fact.IDENTITY_FOUND_FALSE, Fact.CLAIMED_TO_BE_BANK)
def impersonate_other(i: Incident) -> dict[str, str] | None:
    """An agency claiming to be the bank, or a claimed lawyer or bank identity found false."""
    if _has(i, Fact.IDENTITY_FOUND_FALSE):
        return _facts(i, Fact.CLAIMED_TO_BE_LAWYER, Fact.CLAIMED_TO_BE_BANK, Fact.IDENTITY_FOUND_FALSE)
    if i.collector_kind is CollectorKind.AGENCY and _has(i, Fact.CLAIMED_TO_BE_BANK):
        return {"facts": Fact.CLAIMED_TO_BE_BANK.value, "collector_kind": i.collector_kind.value}
    return None


@when_ticked(Fact.SENT_FAKE_LEGAL_DOCUMENT)
def fake_legal_document(i: Incident) -> dict[str, str] | None:
    """A fake summons, case notice, police notice or forged lawyer's letter."""
    return _facts(i, Fact.SENT_FAKE_LEGAL_DOCUMENT)


@when_ticked(Fact.POSTED_PUBLIC_NOTICE)
def public_notice(i: Incident) -> dict[str, str] | None:
    """Collection notices or lawyer letters posted at home, at work or in public."""
    return _facts(i, Fact.POSTED_PUBLIC_NOTICE)


@when_ticked(Fact.REFUSED_IDENTITY)
def no_identification(i: Incident) -> dict[str, str] | None:
    """The caller would not say who they are or for whom they collect."""
    return _facts(i, Fact.REFUSED_IDENTITY)


@when_ticked(Fact.USED_PRIVATE_PHONE_OR_WECHAT)
def private_channel_agency(i: Incident) -> dict[str, str] | None:
    """An outsourced agency contacting from a private phone or personal WeChat."""
    return _facts(i, Fact.USED_PRIVATE_PHONE_OR_WECHAT) if i.collector_kind is CollectorKind.AGENCY else None


FALSE_THREATS = (Fact.FALSE_ARREST_OR_BLACKLIST_THREAT, Fact.INFLATED_AMOUNT,
                 Fact.THREATENED_IMMEDIATE_LAWSUIT, Fact.THREATENED_ARREST_FOR_ABSENCE,
                 Fact.THREATENED_FAMILY_ACCOUNTS, Fact.COURT_LOOKING_PAYMENT_DEMAND)


@when_ticked(*FALSE_THREATS)
def false_legal_threat(i: Incident) -> dict[str, str] | None:
    """False or exaggerated threats: arrest, 'blacklist', inflated amounts, and the court threats
    (an instant lawsuit at the door, arrest for not appearing, relatives' accounts frozen, a
    court-looking demand for payment)."""
    return _facts(i, *FALSE_THREATS)


# --- money ------------------------------------------------------------------------------------------

@when_ticked(Fact.ASKED_PERSONAL_ACCOUNT)
def personal_account(i: Incident) -> dict[str, str] | None:
    """Payment demanded into a personal account or QR code."""
    return _facts(i, Fact.ASKED_PERSONAL_ACCOUNT)


@when_ticked(Fact.ASKED_FEE_TO_STOP, Fact.CHARGED_COLLECTION_FEE)
def unlawful_fees(i: Incident) -> dict[str, str] | None:
    """Fees not in the contract, or a fee to stop collection."""
    return _facts(i, Fact.ASKED_FEE_TO_STOP, Fact.CHARGED_COLLECTION_FEE)


@when_ticked(Fact.PRESSED_NEW_LOAN)
def induce_borrowing(i: Incident) -> dict[str, str] | None:
    """Pressing the debtor to borrow anew to repay."""
    return _facts(i, Fact.PRESSED_NEW_LOAN)


# --- visits -----------------------------------------------------------------------------------------

@per_incident
def home_visit(i: Incident) -> dict[str, str] | None:
    """A daytime home visit with nothing amiss: noted as lawful (§17 `c_home_visit`: identified
    collectors who leave when asked). Any other ticked fact (entry, refusing to leave, violence,
    being held, threats ...) makes it something else, never a lawful visit beside an unlawful one."""
    clean = not (set(i.facts) - NEUTRAL)
    ok = i.channel is Channel.HOME_VISIT and clean and not _night(i)
    return _times(i) if ok else None


@per_incident
def workplace_visit(i: Incident) -> dict[str, str] | None:
    """A visit to the debtor's workplace (the guideline's rule is about entering the work area).

    A phone call to the workplace is a contact with a third party (the third-party rules), not this."""
    return {"channel": i.channel.value} if i.channel is Channel.WORKPLACE_VISIT else None


# --- lawful conduct and agreements -------------------------------------------------------------------

@when_ticked(Fact.POLITE_REMINDER)
def lawful_reminder(i: Incident) -> dict[str, str] | None:
    """A polite, identified reminder to the debtor within hours, with nothing else amiss."""
    clean = not (set(i.facts) - NEUTRAL)
    ok = (_has(i, Fact.POLITE_REMINDER) and clean and i.contacted is Party.DEBTOR
          and i.channel not in VISITS and not _night(i))
    return {"facts": Fact.POLITE_REMINDER.value} if ok else None


@when_ticked(Fact.LAWSUIT_OR_CREDIT_REPORT)
def lawsuit_or_credit_report(i: Incident) -> dict[str, str] | None:
    """A lawsuit, payment order, credit report or police report: lawful steps."""
    return _facts(i, Fact.LAWSUIT_OR_CREDIT_REPORT)


@when_ticked(Fact.AFTER_INSTALLMENT_AGREEMENT)
def collection_after_agreement(i: Incident) -> dict[str, str] | None:
    """Collection while a signed installment agreement is being honoured."""
    return _facts(i, Fact.AFTER_INSTALLMENT_AGREEMENT)
