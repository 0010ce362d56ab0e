"""How big a case may be and which dates make sense: the limits `validation` checks a file against.

The row and text limits come from the caller (the shell's config, MAX_DEBTS ...); the date window
is the one the date fields accept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

EARLIEST = date(1900, 1, 1)          # the same window the date fields accept
LATEST = date(2100, 12, 31)
MAX_NUMBER = 1_000_000               # counts and sizes with no tighter limit of their own
# Complaint histories (core.complaints): one record per letter, and a letter needs an incident, so
# at most max_incidents letters, plus the collector-only keys of older cases and the records of
# letters whose incidents were deleted since: twice max_incidents (`complaint_records`). Each
# history is at most a handful of dated steps.
RECORDS_PER_INCIDENT = 2
MAX_COMPLAINT_ENTRIES = 12
MAX_ANSWER_SUMMARY_CHARS = 500       # the bank's answer, summed up in the user's words
MAX_TRACKING_CHARS = 40              # a postal tracking number

# Request tracking (core.negotiation): per creditor
MAX_RECORDS = 40                     # dated changes of one creditor's request
MAX_PAYMENTS = 200                   # payments recorded under its agreements
MAX_INSTALLMENTS = 120               # installments of an agreement or counter-offer (over 60 is flagged)
MAX_ASKED_FOR = 10                   # items of one 要求补材料

# Court and arbitration papers (core.court.papers): per case
MAX_COURT_PAPERS = 20                # papers one case records
COURT_BODY_CHARS = 60                # the court or commission, as printed on the papers
CASE_NUMBER_CHARS = 40               # a 案号 as typed, spaces and brackets included
COURT_ADDRESS_CHARS = 120            # the court's address from the papers
COURT_NOTE_CHARS = 500               # the user's own words about one paper

LABEL_CHARS = 40                     # Case.label: one line, a name, initials or a number
NOTES_CHARS = 2_000                  # Case.notes: the volunteer's notes, several lines


@dataclass(frozen=True)
class Limits:
    max_debts: int
    max_incidents: int
    max_text_chars: int


def complaint_records(limits: Limits) -> int:
    """How many complaint histories a case may keep."""
    return RECORDS_PER_INCIDENT * limits.max_incidents
