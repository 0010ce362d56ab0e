"""The flags an account carries: the user's own facts measured against the rules that matter.

Each flag names its rule by citation ids (rows of the versioned citations table built from
reference/legal-basis-zh.md), the facts that triggered it, and codes for what would change
it; the shell words all three. Fact values are strings in a language-neutral form: money as
`format_yuan` writes it, dates in ISO form under keys ending in `_on`, counts as integers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.core.case import Collector, Debt, DebtKind
from app.core.dates import add_months, days_between
from app.core.money import format_yuan

LAWSUIT_OWED_FEN = 1_000_000            # ¥10,000 ... (practice the seed article describes, not law:
LAWSUIT_DAYS = 180                      # ... banks often sue after this long without a payment)
FRAUD_PRINCIPAL_FEN = 5_000_000         # ¥50,000 unpaid principal: 两高解释 第八条 "数额较大"
DEMAND_GAP_DAYS = 30                    # two effective demands at least 30 days apart: 第七条
FRAUD_MONTHS_AFTER_DEMAND = 3           # "超过三个月仍不归还": 第六条
LIMITATION_MONTHS = 36                  # 民法典 第188条: three years

# lawsuit_risk: no rule sets its trigger, so it cites only what its words rely on: that a court
# may reduce excessive interest, compound interest and penalties on a card (银行卡纠纷规定 第二条)
# or an excessive agreed penalty on any contract (民法典 第585条第二款), and, for a card, that
# collection stops once an installment agreement is signed and honoured (信用卡办法 第七十条).
LAWSUIT_CITATIONS = ("card_disputes_2", "card_rules_70_3")
LENDER_LAWSUIT_CITATIONS = ("civil_code_585_2",)
FRAUD_CITATIONS = ("criminal_law_196", "card_crime_interp_6", "card_crime_interp_7",
                   "card_crime_interp_8", "card_crime_interp_9", "card_crime_interp_10", "card_rules_70_3")
LIMITATION_CITATIONS = ("civil_code_188", "civil_code_195", "limitation_rules_8", "card_disputes_3",
                        "limitation_rules_14", "civil_code_192")
LENDER_LIMITATION_CITATIONS = ("civil_code_188", "civil_code_195", "limitation_rules_8",
                               "limitation_rules_14", "civil_code_192")
CREDIT_RECORD_CITATIONS = ("credit_reporting_16", "credit_reporting_15")
LITIGATION_CITATIONS = ("civil_code_195",)      # a lawsuit interrupts limitation: 第195条（三）

# What would change a flag, as the reference supports it and no more. Only full repayment and a
# signed installment agreement (信用卡办法 第七十条, cards only) are named: a small payment does
# not undo the elements of 恶意透支 already met, and nothing in the reference says it lowers
# the risk of a lawsuit.
LAWSUIT_CHANGES = ("repay_in_full", "signed_agreement")
LENDER_LAWSUIT_CHANGES = ("repay_in_full",)
FRAUD_CHANGES = ("repay_in_full_before_prosecution", "signed_agreement")


@dataclass(frozen=True)
class Flag:
    """One finding about one account: what it is, its rules, the facts behind it, what changes it."""

    code: str
    citation_ids: tuple[str, ...]
    facts: dict[str, str] = field(default_factory=dict)
    what_changes: tuple[str, ...] = ()


def flags_for(debt: Debt, today: date) -> tuple[Flag, ...]:
    """Every flag the account carries today, most urgent first."""
    found = (_judgment(debt), _litigation_started(debt), _fraud_threshold(debt, today),
             _lawsuit_risk(debt, today), _limitation_note(debt, today), _credit_record(debt, today))
    return tuple(flag for flag in found if flag is not None)


def notes_for(debt: Debt, today: date) -> tuple[Flag, ...]:
    """Checks we could not finish for lack of a fact, as flags to show apart from the real ones.

    Only one today: "fraud_principal_unknown", when, on a credit card, the demand and time
    elements of 恶意透支 are present and the total owed reaches ¥50,000, but the principal
    (which alone counts) was not given, so we neither raise nor clear `fraud_threshold`.
    """
    if not is_card(debt) or debt.principal_fen is not None or debt.owed_fen < FRAUD_PRINCIPAL_FEN:
        return ()
    elements = _demand_elements(debt, today)
    if elements is None:
        return ()
    facts = {"owed": format_yuan(debt.owed_fen), **elements}
    return (Flag("fraud_principal_unknown", FRAUD_CITATIONS, facts, ("enter_principal",)),)


def is_card(debt: Debt) -> bool:
    """A credit card: 恶意透支 (刑法 第一百九十六条) and the card rules apply only to cards."""
    return debt.kind is DebtKind.CARD


def is_overdue(debt: Debt, today: date) -> bool:
    """True once the first missed payment date is behind us."""
    return debt.first_missed_on < today


def _judgment(debt: Debt) -> Flag | None:
    if debt.collector != Collector.JUDGMENT:
        return None
    return Flag("judgment", (), _collector_facts(debt))


def _litigation_started(debt: Debt) -> Flag | None:
    if debt.collector != Collector.COURT_FILED:
        return None
    return Flag("litigation_started", LITIGATION_CITATIONS, _collector_facts(debt))


def _collector_facts(debt: Debt) -> dict[str, str]:
    facts = {"collector": str(debt.collector)}
    if debt.collector_name.strip():
        facts["collector_name"] = debt.collector_name.strip()
    return facts


def _lawsuit_risk(debt: Debt, today: date) -> Flag | None:
    """Owed ≥ ¥10,000 and ≥ 180 days since the last payment made after the account fell behind.

    The trigger is the practice the seed article describes for banks, not a rule of law; the
    shell says so. The facts carry the account's kind, since a lender is worded apart.

    A last payment from before the first missed payment does not restart anything, so then
    (and when there was none) the days count from the first missed payment.
    """
    if debt.last_payment_on is not None and debt.last_payment_on >= debt.first_missed_on:
        start_on, counted_from = debt.last_payment_on, "last_payment"
    else:
        start_on, counted_from = debt.first_missed_on, "first_missed"
    days = days_between(start_on, today)
    if debt.owed_fen < LAWSUIT_OWED_FEN or days < LAWSUIT_DAYS:
        return None
    facts = {"owed": format_yuan(debt.owed_fen), "days_since_payment": str(days),
             "counted_from": counted_from, "counted_from_on": start_on.isoformat(), "kind": str(debt.kind)}
    if is_card(debt):
        return Flag("lawsuit_risk", LAWSUIT_CITATIONS, facts, LAWSUIT_CHANGES)
    return Flag("lawsuit_risk", LENDER_LAWSUIT_CITATIONS, facts, LENDER_LAWSUIT_CHANGES)


def _fraud_threshold(debt: Debt, today: date) -> Flag | None:
    """The objective elements of 恶意透支: principal ≥ ¥50,000 plus the demand and time elements.

    Principal only (第九条): an unknown principal raises nothing here (see `notes_for`). Credit
    cards only: 恶意透支 is a form of 信用卡诈骗 (刑法 第一百九十六条), so a 网贷 or consumer-finance
    loan never carries this flag.
    """
    if not is_card(debt) or debt.principal_fen is None or debt.principal_fen < FRAUD_PRINCIPAL_FEN:
        return None
    elements = _demand_elements(debt, today)
    if elements is None:
        return None
    facts = {"principal": format_yuan(debt.principal_fen), **elements}
    return Flag("fraud_threshold", FRAUD_CITATIONS, facts, FRAUD_CHANGES)


def _demand_elements(debt: Debt, today: date) -> dict[str, str] | None:
    """Facts when two demands ≥ 30 days apart were followed by more than 3 months without payment.

    Demands count from the first missed payment on (第七条（一）: made after the account fell
    behind). The second demand is the earliest one at least 30 days after the first that was
    not followed by a payment within the three months: a payment on or after a demand and no
    later than three months on clears it (later demands may qualify again). A payment made
    after the three months had passed does not: the elements were met by then, and the
    reference gives no rule by which a later payment, let alone a small one, undoes them.
    "More than 3 months" means today is after the same day three months on.
    """
    demands = sorted(d for d in debt.demands_on if debt.first_missed_on <= d <= today)
    paid_on = debt.last_payment_on
    for second in demands:
        if days_between(demands[0], second) < DEMAND_GAP_DAYS:
            continue
        passed_on = add_months(second, FRAUD_MONTHS_AFTER_DEMAND)
        if paid_on is not None and second <= paid_on <= passed_on:
            continue
        if today <= passed_on:
            return None
        return {"first_demand_on": demands[0].isoformat(), "second_demand_on": second.isoformat(),
                "three_months_on": passed_on.isoformat(),
                "days_since_second_demand": str(days_between(second, today))}
    return None


def _limitation_note(debt: Debt, today: date) -> Flag | None:
    """When the 3-year limitation period would end, counted from its latest restart.

    It runs from the first missed payment and restarts at the last payment (partial
    performance is an acknowledgement) and at every demand received (第195条). The facts say
    whether, on the user's own dates, three years have passed; the shell must still say that
    demands not recorded here, a hardship letter or a proposal restart it, and never suggest
    waiting the debt out.
    """
    if not is_overdue(debt, today):
        return None
    # The latest restart up to today; on a tie the first missed payment, then the last payment,
    # then the earliest-listed demand names it.
    restart_on, counted_from = debt.first_missed_on, "first_missed"
    paid_on = debt.last_payment_on
    if paid_on is not None and restart_on < paid_on <= today:
        restart_on, counted_from = paid_on, "last_payment"
    demand_count = 0
    for demand in debt.demands_on:
        if demand <= today:
            demand_count += 1
            if demand > restart_on:
                restart_on, counted_from = demand, "demand"
    ends_on = add_months(restart_on, LIMITATION_MONTHS)
    facts = {"counted_from": counted_from, "counted_from_on": restart_on.isoformat(),
             "ends_on": ends_on.isoformat(), "elapsed": "yes" if ends_on < today else "no",
             "demand_count": str(demand_count)}
    citations = LIMITATION_CITATIONS if is_card(debt) else LENDER_LIMITATION_CITATIONS
    return Flag("limitation_note", citations, facts,
                ("demand_restarts", "payment_restarts", "proposal_restarts"))


def _credit_record(debt: Debt, today: date) -> Flag | None:
    """An overdue account leaves a negative record kept 5 years after the debt is settled."""
    if not is_overdue(debt, today):
        return None
    facts = {"owed": format_yuan(debt.owed_fen), "first_missed_on": debt.first_missed_on.isoformat()}
    return Flag("credit_record", CREDIT_RECORD_CITATIONS, facts, ("settle_debt",))
