"""The summary page's accounts as ready-to-show rows, built in one pass.

A 20-card case shows some 60 flags. Everything about a flag that depends only on its kind and
the locale (its title, what would change it, the link to its explanation) is a cached fragment
(app.fragments); only the account's own facts are worded per request.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import url_for
from markupsafe import Markup

from app.core import phases
from app.core.case import DebtKind
from app.core.flags import Flag
from app.core.overdue import AccountSummary, Summary
from app.fragments import Fragments
from app.i18n import Formats, formats
from app.summary import wording

FLAG_HEAD = "summary/_flag_head.html"
FLAG_TAIL = "summary/_flag_tail.html"
FLAG_GUIDE = "summary/_flag_guide.html"
EDIT_ID = "debt-id"


@dataclass(frozen=True)
class FlagRow:
    code: str
    head: Markup        # the title, linked to its kind's explanation
    why: str            # the account's own facts
    tail: Markup        # a note on the facts; what would change a flag whose answer is the account's


@dataclass(frozen=True)
class AccountRow:
    debt_id: str
    urgency: str
    edit: str           # the account's edit page
    heading: str        # creditor and card tail
    facts: str          # owed, days overdue, bucket and phase on one line
    titles: str         # the flags' titles, shown while the account's flags are folded
    flags: tuple[FlagRow, ...]


class _Words:
    """The active locale's words, formats and fragments, looked up once for the whole page."""

    def __init__(self) -> None:
        self.words = wording.words()
        self.fmt: Formats = formats()
        self.fragment = Fragments()
        # One URL built and filled in per account: url_for costs about 10 µs, and ids are hex.
        self.edit = url_for("debts.edit", debt_id=EDIT_ID)


def account_rows(summary: Summary, names: dict[str, str]) -> list[AccountRow]:
    """Each account with its flags worded; `names` holds each debt's creditor in the UI language."""
    shared = _Words()
    return [_account(account, names[account.debt.id], shared) for account in summary.accounts]


def _account(account: AccountSummary, name: str, shared: _Words) -> AccountRow:
    debt, words = account.debt, shared.words
    heading = f"{name} · {words['tail'] % {'tail': debt.tail}}" if debt.tail else name
    phases = words["phases"] if debt.kind is DebtKind.CARD else words["phases_lender"]
    flags = account.flags + account.notes
    titles = words["titles"] % {"n": len(flags), "titles": words["list_sep"].join(
        words["flags"][flag.code]["short"] for flag in flags)}
    facts = words["facts"] % {"owed": shared.fmt.money(debt.owed_fen), "days": account.dpd,
                              "bucket": account.bucket, "phase": phases[account.phase]}
    return AccountRow(debt.id, account.urgency, shared.edit.replace(EDIT_ID, debt.id), heading, facts, titles,
                      tuple(_flag(flag, shared) for flag in flags))


def _flag(flag: Flag, shared: _Words) -> FlagRow:
    elapsed = flag.code == "limitation_note" and flag.facts.get("elapsed") == "yes"
    changes = flag.what_changes if flag.code in wording.CHANGES_PER_ACCOUNT else ()
    return FlagRow(flag.code, shared.fragment(FLAG_HEAD, code=flag.code),
                   wording.flag_text(flag.code, "why", flag.facts, shared.words, shared.fmt),
                   shared.fragment(FLAG_TAIL, what_changes=changes, elapsed=elapsed))


def guide(summary: Summary) -> Markup:
    """What each kind of flag on the page means, what to do next and its law, once per kind (the
    credit record's also says how to dispute an error, for the phase cards' credit line).

    Kinds come in the order FLAGS words them; each cites every id any account's flag of that
    kind cites, in order of first appearance, and lists what would change it (in the order the
    accounts' flags give it), unless that is said under each account (CHANGES_PER_ACCOUNT).
    """
    cited: dict[str, dict[str, None]] = {}
    changes: dict[str, dict[str, None]] = {}
    for account in summary.accounts:
        for flag in account.flags + account.notes:
            cited.setdefault(flag.code, {}).update(dict.fromkeys(flag.citation_ids))
            if flag.code not in wording.CHANGES_PER_ACCOUNT:
                changes.setdefault(flag.code, {}).update(dict.fromkeys(flag.what_changes))
    if "credit_record" in cited:     # the phase cards' credit line links here for how to dispute
        cited["credit_record"].update(dict.fromkeys(phases.CREDIT_CITATIONS))
    kinds = tuple((code, tuple(cited[code]), tuple(changes.get(code, ())))
                  for code in wording.FLAGS if code in cited)
    return Fragments()(FLAG_GUIDE, kinds=kinds) if kinds else Markup("")
