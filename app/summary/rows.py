"""The summary page's accounts as HTML, built in one pass in Python.

A 20-card case shows some 60 flags. Through Jinja each account's dozen values cost a lookup, a
call and an escape apiece (about half a millisecond for the page), so the accounts are written
here from fixed markup instead. Every text put into it is escaped, translations as much as the
user's own words (as the template's autoescape did); only codes from the core (identifiers such
as `lawsuit_risk`), numbers and the cached fragments go in as they are.

Everything about a flag that depends only on its kind and the locale (its title, what would
change it, the link to its explanation) is a cached fragment (app.fragments), looked up once per
kind per page; only the account's own facts are worded per request.
"""

from __future__ import annotations

from datetime import date

from flask import url_for
from markupsafe import Markup, escape

from app.core import phases
from app.core.flags import Flag
from app.core.overdue import AccountSummary, Summary
from app.fragments import Fragments
from app.i18n import Formats, formats
from app.summary import wording

FLAG_TAIL = "summary/_flag_tail.html"
FLAG_GUIDE = "summary/_flag_guide.html"
EDIT_ID = "debt-id"


class _Page:
    """The active locale's words, formats, fragments and labels, looked up once for the page."""

    def __init__(self) -> None:
        self.words = words = wording.words()
        self.fmt: Formats = formats()
        self.fragment = Fragments()
        # One URL built and filled in per account: url_for costs about 10 µs, and ids are hex.
        self.edit = url_for("debts.edit", debt_id=EDIT_ID)
        self.edit_label = escape(words["edit"])
        self.flag_words = words["flags"]
        self.counted_from = words["counted_from"]
        self.heads: dict[str, str] = {}
        self.tails: dict[tuple[tuple[str, ...], bool], str] = {}
        self.dates: dict[str, str] = {}     # ISO date -> shown: accounts share their dates
        self.titled: dict[tuple[str, ...], Markup] = {}

    def head(self, code: str) -> str:
        """A flag's paragraph up to the account's facts: its title, linked to its kind's
        explanation below the accounts, and the separator."""
        if code not in self.heads:
            title, separator = escape(self.flag_words[code]["short"]), escape(self.words["why_sep"])
            self.heads[code] = f'<p class="flag"><a href="#flag-{code}">{title}</a>{separator}'
        return self.heads[code]

    def tail(self, changes: tuple[str, ...], elapsed: bool) -> str:
        """A cached fragment's HTML as a plain str: `str + Markup` would escape the str."""
        if (changes, elapsed) not in self.tails:
            tail = self.fragment(FLAG_TAIL, what_changes=changes, elapsed=elapsed)
            self.tails[changes, elapsed] = str(tail)
        return self.tails[changes, elapsed]

    def titles(self, codes: tuple[str, ...]) -> Markup:
        """'3 条提示：可能被起诉、诉讼时效、征信记录': accounts mostly share their kinds of flags."""
        if codes not in self.titled:
            words = self.words
            self.titled[codes] = escape(words["titles"] % {"n": len(codes), "titles": words["list_sep"].join(
                self.flag_words[code]["short"] for code in codes)})
        return self.titled[codes]

    def why(self, flag: Flag) -> str:
        """The flag's `why` (or `why_lender` for a 网贷 account, where the flag has one) with the
        account's facts: dates in the UI locale, each shown once per page; codes worded."""
        parts = self.flag_words[flag.code]
        facts = flag.facts
        lender = facts.get("kind") == "online_lender" and "why_lender" in parts
        text = parts["why_lender"] if lender else parts["why"]
        shown = dict(facts)
        for key, value in facts.items():
            if key.endswith("_on"):
                if value not in self.dates:
                    self.dates[value] = self.fmt.date(date.fromisoformat(value))
                shown[key] = self.dates[value]
        if "counted_from" in facts:
            shown["counted_from"] = self.counted_from.get(facts["counted_from"], facts["counted_from"])
        return text % shown


def accounts_html(summary: Summary, names: dict[str, str], owed: dict[str, str]) -> Markup:
    """Each account, most urgent first, with its flags worded; `names` holds each debt's creditor
    and `owed` its amount owed, in the UI language."""
    page = _Page()
    return Markup("".join(_account(number, account, names[account.debt.id], owed[account.debt.id], page)  # nosec B704
                          for number, account in enumerate(summary.accounts, 1)))


def _account(number: int, account: AccountSummary, name: str, owed: str, page: _Page) -> str:
    debt, words = account.debt, page.words
    heading = f"{name} · {words['tail'] % {'tail': debt.tail}}" if debt.tail else name
    facts = words["facts"] % {"owed": owed, "days": account.dpd, "bucket": account.bucket,
                              "phase": words["phases"][account.phase]}
    edit = escape(page.edit.replace(EDIT_ID, debt.id))
    html = (f'\n<section class="account panel account--{account.urgency}">'
            f'<header><h2>{number}. {escape(heading)}</h2><a href="{edit}">{page.edit_label}</a></header>'
            f'<p>{escape(facts)}</p>')
    flags = account.flags + account.notes
    if not flags:
        return html + "</section>"
    html += f'<details><summary>{page.titles(tuple(flag.code for flag in flags))}</summary>'
    for flag in flags:
        code = flag.code
        html += f'{page.head(code)}{escape(page.why(flag))}</p>'
        if code in wording.CHANGES_PER_ACCOUNT:
            html += page.tail(flag.what_changes, False)
        elif code == "limitation_note" and flag.facts.get("elapsed") == "yes":
            html += page.tail((), True)
    return html + "</details></section>"


def guide(summary: Summary) -> Markup:
    """What each kind of flag on the page means, what to do next and its law, once per kind (the
    credit record's also says how to dispute an error, for the phase cards' credit line).

    Kinds come in the order FLAGS words them; each cites every id any account's flag of that
    kind cites, in order of first appearance, and lists what would change it (in the order the
    accounts' flags give it), unless that is said under each account (CHANGES_PER_ACCOUNT).
    """
    cited: dict[str, dict[str, None]] = {}
    changes: dict[str, dict[str, None]] = {}
    seen: set[tuple[str, tuple[str, ...], tuple[str, ...]]] = set()   # most flags of a kind cite alike
    for account in summary.accounts:
        for flag in account.flags + account.notes:
            said = (flag.code, flag.citation_ids, flag.what_changes)
            if said in seen:
                continue
            seen.add(said)
            cited.setdefault(flag.code, {}).update(dict.fromkeys(flag.citation_ids))
            if flag.code not in wording.CHANGES_PER_ACCOUNT:
                changes.setdefault(flag.code, {}).update(dict.fromkeys(flag.what_changes))
    if "credit_record" in cited:     # the phase cards' credit line links here for how to dispute
        cited["credit_record"].update(dict.fromkeys(phases.CREDIT_CITATIONS))
    kinds = tuple((code, tuple(cited[code]), tuple(changes.get(code, ())))
                  for code in wording.FLAGS if code in cited)
    return Fragments()(FLAG_GUIDE, kinds=kinds) if kinds else Markup("")
