"""app.core.flags: each flag on both sides of each threshold, with its facts and citations."""

from datetime import date, timedelta

from app.core import citations, flags
from app.core.case import Collector, DebtKind
from app.core.flags import Flag, flags_for, notes_for
from tests.factories import make_debt

TODAY = date(2026, 11, 29)


def codes(debt, today=TODAY):
    return [flag.code for flag in flags_for(debt, today)]


def flag(debt, code, today=TODAY) -> Flag | None:
    return next((f for f in flags_for(debt, today) if f.code == code), None)


# lawsuit_risk: owed ≥ ¥10,000 and ≥ 180 days since the last payment (or the first missed one):
# the seed article's practice, not law

def test_lawsuit_risk_needs_ten_thousand_yuan_owed():
    assert "lawsuit_risk" not in codes(make_debt(owed_fen=999_999))
    assert "lawsuit_risk" in codes(make_debt(owed_fen=1_000_000))


def test_lawsuit_risk_needs_180_days_since_the_first_missed_payment():
    assert "lawsuit_risk" not in codes(make_debt(first_missed_on=TODAY - timedelta(days=179)))
    assert "lawsuit_risk" in codes(make_debt(first_missed_on=TODAY - timedelta(days=180)))


def test_lawsuit_risk_counts_from_a_payment_made_after_falling_behind():
    recent = make_debt(last_payment_on=TODAY - timedelta(days=179))
    assert "lawsuit_risk" not in codes(recent)
    older = make_debt(last_payment_on=TODAY - timedelta(days=180))
    assert flag(older, "lawsuit_risk").facts == {
        "owed": "¥12,345.67", "days_since_payment": "180",
        "counted_from": "last_payment", "counted_from_on": "2026-06-02", "kind": "card",
    }


def test_lawsuit_risk_ignores_a_last_payment_from_before_the_first_missed_one():
    debt = make_debt(last_payment_on=date(2025, 1, 20))
    assert flag(debt, "lawsuit_risk").facts == {
        "owed": "¥12,345.67", "days_since_payment": "638",
        "counted_from": "first_missed", "counted_from_on": "2025-03-01", "kind": "card",
    }


def test_lawsuit_risk_cites_only_what_its_words_rely_on_and_no_token_payment_changes_it():
    found = flag(make_debt(), "lawsuit_risk")
    assert found.citation_ids == ("card_disputes_2", "card_rules_70_3")
    assert found.what_changes == ("repay_in_full", "signed_agreement")


def test_lawsuit_risk_on_a_lender_cites_no_card_rule():
    found = flag(make_debt(kind=DebtKind.ONLINE_LENDER), "lawsuit_risk")
    assert found.facts["kind"] == "online_lender"
    assert found.citation_ids == ("civil_code_585_2",)
    assert found.what_changes == ("repay_in_full",)


# fraud_threshold: principal ≥ ¥50,000, two demands ≥ 30 days apart, > 3 months after the second

def fraud_debt(**changes):
    """Principal ¥50,000, demands on 2025-04-01 and 2025-05-01 (30 days apart), no payment."""
    base = {"owed_fen": 6_000_000, "principal_fen": 5_000_000,
            "demands_on": (date(2025, 4, 1), date(2025, 5, 1))}
    return make_debt(**{**base, **changes})


AFTER_THREE_MONTHS = date(2025, 8, 2)      # the second demand was 2025-05-01


def test_fraud_threshold_needs_fifty_thousand_yuan_of_principal():
    assert "fraud_threshold" not in codes(fraud_debt(principal_fen=4_999_999), AFTER_THREE_MONTHS)
    assert "fraud_threshold" in codes(fraud_debt(principal_fen=5_000_000), AFTER_THREE_MONTHS)


def test_fraud_threshold_counts_principal_only_not_the_total_owed():
    debt = fraud_debt(owed_fen=9_000_000, principal_fen=4_000_000)
    assert "fraud_threshold" not in codes(debt, AFTER_THREE_MONTHS)
    assert notes_for(debt, AFTER_THREE_MONTHS) == ()


def test_fraud_threshold_needs_two_demands_at_least_30_days_apart():
    too_close = fraud_debt(demands_on=(date(2025, 4, 2), date(2025, 5, 1)))     # 29 days
    assert "fraud_threshold" not in codes(too_close, AFTER_THREE_MONTHS)
    assert "fraud_threshold" in codes(fraud_debt(), AFTER_THREE_MONTHS)         # 30 days


def test_fraud_threshold_needs_two_demands_not_one():
    assert "fraud_threshold" not in codes(fraud_debt(demands_on=(date(2025, 4, 1),)), TODAY)
    assert "fraud_threshold" not in codes(fraud_debt(demands_on=()), TODAY)


def test_fraud_threshold_needs_more_than_three_months_after_the_second_demand():
    assert "fraud_threshold" not in codes(fraud_debt(), date(2025, 7, 31))
    assert "fraud_threshold" not in codes(fraud_debt(), date(2025, 8, 1))
    assert "fraud_threshold" in codes(fraud_debt(), date(2025, 8, 2))


def test_fraud_threshold_facts_name_the_demands_and_the_date_three_months_on():
    found = flag(fraud_debt(), "fraud_threshold", AFTER_THREE_MONTHS)
    assert found.facts == {
        "principal": "¥50,000.00", "first_demand_on": "2025-04-01", "second_demand_on": "2025-05-01",
        "three_months_on": "2025-08-01", "days_since_second_demand": "93",
    }
    assert found.citation_ids == ("criminal_law_196", "card_crime_interp_6", "card_crime_interp_7",
                                  "card_crime_interp_8", "card_crime_interp_9", "card_crime_interp_10",
                                  "card_rules_70_3")
    assert found.what_changes == ("repay_in_full_before_prosecution", "signed_agreement")


def test_a_payment_on_or_after_the_second_demand_clears_fraud_threshold():
    assert "fraud_threshold" not in codes(fraud_debt(last_payment_on=date(2025, 5, 1)), TODAY)
    assert "fraud_threshold" not in codes(fraud_debt(last_payment_on=date(2025, 6, 15)), TODAY)


def test_a_payment_after_the_three_months_have_passed_does_not_clear_fraud_threshold():
    assert "fraud_threshold" in codes(fraud_debt(last_payment_on=date(2025, 8, 2)), TODAY)
    assert "fraud_threshold" in codes(fraud_debt(last_payment_on=date(2026, 11, 1)), TODAY)
    assert "fraud_threshold" not in codes(fraud_debt(last_payment_on=date(2025, 8, 1)), TODAY)


def test_a_lender_account_never_carries_fraud_threshold_or_its_principal_note():
    lender = fraud_debt(kind=DebtKind.ONLINE_LENDER)
    assert "fraud_threshold" not in codes(lender, AFTER_THREE_MONTHS)
    assert notes_for(fraud_debt(kind=DebtKind.ONLINE_LENDER, principal_fen=None), AFTER_THREE_MONTHS) == ()


def test_a_payment_between_the_two_demands_does_not_clear_fraud_threshold():
    assert "fraud_threshold" in codes(fraud_debt(last_payment_on=date(2025, 4, 30)), AFTER_THREE_MONTHS)


def test_demands_after_a_payment_can_meet_fraud_threshold_again():
    debt = fraud_debt(demands_on=(date(2025, 4, 1), date(2025, 5, 1), date(2025, 9, 1)),
                      last_payment_on=date(2025, 6, 1))
    assert "fraud_threshold" not in codes(debt, date(2025, 12, 1))
    found = flag(debt, "fraud_threshold", date(2025, 12, 2))
    assert found.facts["second_demand_on"] == "2025-09-01"
    assert found.facts["three_months_on"] == "2025-12-01"


def test_demands_before_the_first_missed_payment_do_not_count():
    debt = fraud_debt(demands_on=(date(2025, 2, 1), date(2025, 4, 1)))
    assert "fraud_threshold" not in codes(debt, TODAY)


def test_unknown_principal_raises_no_fraud_flag_but_a_note():
    debt = fraud_debt(principal_fen=None, owed_fen=5_000_000)
    assert "fraud_threshold" not in codes(debt, AFTER_THREE_MONTHS)
    (note,) = notes_for(debt, AFTER_THREE_MONTHS)
    assert note.code == "fraud_principal_unknown"
    assert note.facts["owed"] == "¥50,000.00" and note.facts["second_demand_on"] == "2025-05-01"
    assert note.what_changes == ("enter_principal",)


def test_no_principal_note_below_fifty_thousand_owed_or_before_the_demand_elements():
    assert notes_for(fraud_debt(principal_fen=None, owed_fen=4_999_999), AFTER_THREE_MONTHS) == ()
    assert notes_for(fraud_debt(principal_fen=None), date(2025, 8, 1)) == ()
    assert notes_for(fraud_debt(), AFTER_THREE_MONTHS) == ()


# litigation_started / judgment

def test_a_filed_case_raises_litigation_started():
    found = flag(make_debt(collector=Collector.COURT_FILED, collector_name=" 朝阳区人民法院 "),
                 "litigation_started")
    assert found.facts == {"collector": "court_filed", "collector_name": "朝阳区人民法院"}
    assert found.citation_ids == ("civil_code_195",)


def test_a_judgment_raises_judgment_alone():
    debt = make_debt(collector=Collector.JUDGMENT)
    assert "judgment" in codes(debt) and "litigation_started" not in codes(debt)
    assert flag(debt, "judgment").facts == {"collector": "judgment"}


def test_other_collectors_raise_no_court_flags():
    for collector in (Collector.BANK, Collector.AGENCY, Collector.LAWYER):
        assert not {"judgment", "litigation_started"} & set(codes(make_debt(collector=collector)))


# limitation_note: 3 years from the latest restart (first missed, last payment, any demand)

def test_limitation_counts_three_years_from_the_first_missed_payment():
    found = flag(make_debt(), "limitation_note")
    assert found.facts == {"counted_from": "first_missed", "counted_from_on": "2025-03-01",
                           "ends_on": "2028-03-01", "elapsed": "no", "demand_count": "0"}
    assert found.citation_ids == ("civil_code_188", "civil_code_195", "limitation_rules_8", "card_disputes_3",
                                  "limitation_rules_14", "civil_code_192")
    lender = flag(make_debt(kind=DebtKind.ONLINE_LENDER), "limitation_note")
    assert "card_disputes_3" not in lender.citation_ids and "limitation_rules_8" in lender.citation_ids
    assert found.what_changes == ("demand_restarts", "payment_restarts", "proposal_restarts")


def test_every_demand_restarts_limitation_from_the_latest_one():
    debt = make_debt(last_payment_on=date(2025, 5, 1), demands_on=(date(2025, 4, 1), date(2026, 6, 10)))
    facts = flag(debt, "limitation_note").facts
    assert (facts["counted_from"], facts["counted_from_on"], facts["ends_on"]) == (
        "demand", "2026-06-10", "2029-06-10")
    assert facts["demand_count"] == "2"


def test_a_payment_after_the_last_demand_restarts_limitation():
    debt = make_debt(last_payment_on=date(2026, 7, 1), demands_on=(date(2026, 6, 10),))
    facts = flag(debt, "limitation_note").facts
    assert (facts["counted_from"], facts["ends_on"]) == ("last_payment", "2029-07-01")


def test_limitation_from_a_leap_day_ends_on_the_last_day_of_february():
    debt = make_debt(first_missed_on=date(2024, 2, 29))
    assert flag(debt, "limitation_note", date(2024, 6, 1)).facts["ends_on"] == "2027-02-28"


def test_limitation_reports_when_three_years_have_passed_on_the_users_dates():
    debt = make_debt(first_missed_on=date(2022, 1, 10))
    assert flag(debt, "limitation_note", date(2025, 1, 10)).facts["elapsed"] == "no"
    assert flag(debt, "limitation_note", date(2025, 1, 11)).facts["elapsed"] == "yes"


def test_future_dated_demands_do_not_move_limitation():
    debt = make_debt(demands_on=(date(2027, 1, 1),))
    facts = flag(debt, "limitation_note").facts
    assert facts["counted_from"] == "first_missed" and facts["demand_count"] == "0"


# credit_record and accounts that are not overdue

def test_an_overdue_account_carries_the_credit_record_flag():
    found = flag(make_debt(), "credit_record")
    assert found.facts == {"owed": "¥12,345.67", "first_missed_on": "2025-03-01"}
    assert found.citation_ids == ("credit_reporting_16", "credit_reporting_15")
    assert found.what_changes == ("settle_debt",)


def test_an_account_not_yet_overdue_carries_no_flags():
    assert codes(make_debt(first_missed_on=TODAY)) == []
    assert "credit_record" in codes(make_debt(first_missed_on=TODAY - timedelta(days=1)))


def test_flags_come_most_urgent_first():
    debt = fraud_debt(collector=Collector.JUDGMENT)
    assert codes(debt) == ["judgment", "fraud_threshold", "lawsuit_risk", "limitation_note", "credit_record"]


def test_every_flag_citation_is_in_the_table_and_shown_as_law():
    ids = (flags.LAWSUIT_CITATIONS + flags.LENDER_LAWSUIT_CITATIONS + flags.FRAUD_CITATIONS
           + flags.LIMITATION_CITATIONS + flags.LENDER_LIMITATION_CITATIONS + flags.CREDIT_RECORD_CITATIONS
           + flags.LITIGATION_CITATIONS)
    assert all(citations.shown_as_law(citations.get(citation_id)) for citation_id in ids)
