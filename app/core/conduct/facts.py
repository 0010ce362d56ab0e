"""The checklist a debtor ticks for an incident: facts (what happened), never conclusions.

`Incident.facts` holds these codes as plain strings; the rules derive findings from them. The web
layer words each code and shows the checklist in `GROUPS` order.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Fact(StrEnum):
    # What was said
    INSULTING_WORDS = "insulting_words"  # swore at me, humiliating words
    REPEATED_ABUSIVE_MESSAGES = "repeated_abusive_messages"  # insulting/threatening messages again and again
    THREATENED_HARM = "threatened_harm"  # said they would hurt me or my family
    THREATENED_HOME_VISIT = "threatened_home_visit"  # said they would come to my home to make trouble
    FALSE_ARREST_OR_BLACKLIST_THREAT = "false_arrest_or_blacklist_threat"  # "arrested tomorrow", "blacklist"
    INFLATED_AMOUNT = "inflated_amount"  # named more than my statement shows
    # Threats about courts (reference/court-stage-zh.md §7; app.core.conduct.court_threats)
    THREATENED_IMMEDIATE_LAWSUIT = "threatened_immediate_lawsuit"  # "马上起诉", "明天立案", "上门起诉"
    THREATENED_ARREST_FOR_ABSENCE = "threatened_arrest_for_absence"  # "不出庭就抓你"
    THREATENED_FAMILY_ACCOUNTS = "threatened_family_accounts"  # "冻结你家人的账户"
    # Who they said they were
    REFUSED_IDENTITY = "refused_identity"  # would not give name, company, or for whom
    CLAIMED_COURT_OR_POLICE = "claimed_court_or_police"  # posed as, or for, police/court/government
    CLAIMED_TO_BE_LAWYER = "claimed_to_be_lawyer"
    CLAIMED_TO_BE_BANK = "claimed_to_be_bank"  # said they were the bank's own staff
    IDENTITY_FOUND_FALSE = "identity_found_false"  # the bank or law firm said they are not theirs
    SENT_FAKE_LEGAL_DOCUMENT = "sent_fake_legal_document"  # fake "summons", "case notice", lawyer letter
    COURT_LOOKING_PAYMENT_DEMAND = "court_looking_payment_demand"  # "法院" SMS or paper asking to pay
    USED_PRIVATE_PHONE_OR_WECHAT = "used_private_phone_or_wechat"
    # Money
    ASKED_PERSONAL_ACCOUNT = "asked_personal_account"  # pay into a personal account or QR code
    ASKED_FEE_TO_STOP = "asked_fee_to_stop"
    CHARGED_COLLECTION_FEE = "charged_collection_fee"  # "collection/handling/lawyer fee" not in the contract
    PRESSED_NEW_LOAN = "pressed_new_loan"  # borrow, 网贷, 套现 or ask family to repay
    # Other people
    TOLD_THIRD_PARTY_AMOUNT = "told_third_party_amount"
    TOLD_THIRD_PARTY_ABOUT_DEBT = "told_third_party_about_debt"
    THIRD_PARTY_PRESSED = "third_party_pressed"  # told them to pay, or to make me pay
    THIRD_PARTY_ASKED_TO_STOP = "third_party_asked_to_stop"  # that person had already asked them to stop
    ASKED_ONLY_CONTACT_DETAILS = "asked_only_contact_details"  # only how to reach me / pass a message
    DEBTOR_UNREACHABLE = "debtor_unreachable"  # I could not be reached then
    USED_CONTACT_LIST = "used_contact_list"  # contacted people from my phone I never gave them
    EXPOSED_DEBT_ONLINE = "exposed_debt_online"  # posted about my debt in a group chat / online
    POSTED_PUBLIC_NOTICE = "posted_public_notice"  # notice or lawyer letter posted at home, work, in public
    CALLED_WORKPLACE = "called_workplace"
    # Visits and force
    ENTERED_HOME = "entered_home"  # came in without my consent
    REFUSED_TO_LEAVE = "refused_to_leave"
    HIT_OR_BLOCKED = "hit_or_blocked"  # hit, pushed, or blocked my way
    DETAINED_OR_TAKEN_AWAY = "detained_or_taken_away"  # locked me in or took me somewhere
    FOLLOWED_OR_STALKED = "followed_or_stalked"
    # Context
    DEBTOR_CONSENTED_TO_TIME = "debtor_consented_to_time"  # I agreed to be contacted at that time
    AFTER_INSTALLMENT_AGREEMENT = "after_installment_agreement"  # signed installment plan, paying as agreed
    POLITE_REMINDER = "polite_reminder"  # identified, polite, stated the amount
    LAWSUIT_OR_CREDIT_REPORT = "lawsuit_or_credit_report"  # sued, payment order, credit report, police report
    # The police or another authority had already stopped or punished this conduct and it went on
    # (寻衅滋事解释 第一条第三款: only then may debt-dispute abuse be the crime of 寻衅滋事).
    CONTINUED_AFTER_AUTHORITY_STOPPED = "continued_after_authority_stopped"


@dataclass(frozen=True)
class FactGroup:
    code: str                    # section of the checklist, worded by the web layer
    facts: tuple[Fact, ...]


GROUPS: tuple[FactGroup, ...] = (
    FactGroup("said", (
        Fact.INSULTING_WORDS, Fact.REPEATED_ABUSIVE_MESSAGES, Fact.THREATENED_HARM,
        Fact.THREATENED_HOME_VISIT, Fact.FALSE_ARREST_OR_BLACKLIST_THREAT, Fact.INFLATED_AMOUNT,
        Fact.THREATENED_IMMEDIATE_LAWSUIT, Fact.THREATENED_ARREST_FOR_ABSENCE,
        Fact.THREATENED_FAMILY_ACCOUNTS,
    )),
    FactGroup("identity", (
        Fact.REFUSED_IDENTITY, Fact.CLAIMED_COURT_OR_POLICE, Fact.CLAIMED_TO_BE_LAWYER,
        Fact.CLAIMED_TO_BE_BANK, Fact.IDENTITY_FOUND_FALSE, Fact.SENT_FAKE_LEGAL_DOCUMENT,
        Fact.COURT_LOOKING_PAYMENT_DEMAND, Fact.USED_PRIVATE_PHONE_OR_WECHAT,
    )),
    FactGroup("money", (
        Fact.ASKED_PERSONAL_ACCOUNT, Fact.ASKED_FEE_TO_STOP, Fact.CHARGED_COLLECTION_FEE,
        Fact.PRESSED_NEW_LOAN,
    )),
    FactGroup("others", (
        Fact.TOLD_THIRD_PARTY_AMOUNT, Fact.TOLD_THIRD_PARTY_ABOUT_DEBT, Fact.THIRD_PARTY_PRESSED,
        Fact.THIRD_PARTY_ASKED_TO_STOP, Fact.ASKED_ONLY_CONTACT_DETAILS, Fact.DEBTOR_UNREACHABLE,
        Fact.USED_CONTACT_LIST, Fact.EXPOSED_DEBT_ONLINE, Fact.POSTED_PUBLIC_NOTICE, Fact.CALLED_WORKPLACE,
    )),
    FactGroup("force", (
        Fact.ENTERED_HOME, Fact.REFUSED_TO_LEAVE, Fact.HIT_OR_BLOCKED, Fact.DETAINED_OR_TAKEN_AWAY,
        Fact.FOLLOWED_OR_STALKED,
    )),
    FactGroup("context", (
        Fact.DEBTOR_CONSENTED_TO_TIME, Fact.AFTER_INSTALLMENT_AGREEMENT, Fact.POLITE_REMINDER,
        Fact.LAWSUIT_OR_CREDIT_REPORT, Fact.CONTINUED_AFTER_AUTHORITY_STOPPED,
    )),
)

FACTS: tuple[str, ...] = tuple(f.value for group in GROUPS for f in group.facts)
_POSITION = {code: index for index, code in enumerate(FACTS)}

# Facts that describe circumstances or lawful conduct; any other ticked fact rules out a lawful reminder.
NEUTRAL: frozenset[str] = frozenset(f.value for f in (
    Fact.DEBTOR_CONSENTED_TO_TIME, Fact.POLITE_REMINDER, Fact.LAWSUIT_OR_CREDIT_REPORT,
    Fact.CLAIMED_TO_BE_LAWYER, Fact.CLAIMED_TO_BE_BANK, Fact.ASKED_ONLY_CONTACT_DETAILS,
    Fact.DEBTOR_UNREACHABLE,
))


def ticked(facts: tuple[str, ...], *wanted: Fact) -> list[str]:
    """The wanted codes present in `facts`, in checklist order (stable output for findings)."""
    found = [code for code in wanted if code in facts]
    return sorted(found, key=_POSITION.__getitem__) if len(found) > 1 else found
