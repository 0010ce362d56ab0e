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

from flask import url_for
from flask_babel import gettext as _
from markupsafe import Markup, escape

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


class _Page:
    """The active locale's words, formats, fragments and labels, looked up once for the page."""

    def __init__(self) -> None:
        self.words = wording.words()
        self.fmt: Formats = formats()
        self.fragment = Fragments()
        # One URL built and filled in per account: url_for costs about 10 µs, and ids are hex.
        self.edit = url_for("debts.edit", debt_id=EDIT_ID)
        self.edit_label = escape(_("修改"))
        self.why_sep = escape(_("："))
        self.heads: dict[str, Markup] = {}
        self.tails: dict[tuple[tuple[str, ...], bool], Markup] = {}

    def head(self, code: str) -> Markup:
        if code not in self.heads:
            self.heads[code] = self.fragment(FLAG_HEAD, code=code)
        return self.heads[code]

    def tail(self, changes: tuple[str, ...], elapsed: bool) -> Markup:
        if (changes, elapsed) not in self.tails:
            self.tails[changes, elapsed] = self.fragment(FLAG_TAIL, what_changes=changes, elapsed=elapsed)
        return self.tails[changes, elapsed]


def accounts_html(summary: Summary, names: dict[str, str]) -> Markup:
    """Each account, most urgent first, with its flags worded; `names` holds each debt's creditor
    in the UI language."""
    page = _Page()
    return Markup("".join(_account(number, account, names[account.debt.id], page)  # nosec B704
                          for number, account in enumerate(summary.accounts, 1)))


def _account(number: int, account: AccountSummary, name: str, page: _Page) -> str:
    debt, words = account.debt, page.words
    heading = f"{name} · {words['tail'] % {'tail': debt.tail}}" if debt.tail else name
    phase = (words["phases"] if debt.kind is DebtKind.CARD else words["phases_lender"])[account.phase]
    facts = words["facts"] % {"owed": page.fmt.money(debt.owed_fen), "days": account.dpd,
                              "bucket": account.bucket, "phase": phase}
    edit = escape(page.edit.replace(EDIT_ID, debt.id))
    html = (f'\n<section class="account panel account--{account.urgency}">\n'
            f'<div class="account__head"><h2>{number}. {escape(heading)}</h2>'
            f'<a href="{edit}">{page.edit_label}</a></div>\n'
            f'<p class="account__facts">{escape(facts)}</p>')
    flags = account.flags + account.notes
    if flags:
        titles = words["titles"] % {"n": len(flags), "titles": words["list_sep"].join(
            words["flags"][flag.code]["short"] for flag in flags)}
        html += (f'\n<details class="account__flags"><summary>{escape(titles)}</summary>'
                 + "".join(_flag(flag, page) for flag in flags) + "\n</details>")
    return html + "\n</section>"


def _flag(flag: Flag, page: _Page) -> str:
    elapsed = flag.code == "limitation_note" and flag.facts.get("elapsed") == "yes"
    changes = flag.what_changes if flag.code in wording.CHANGES_PER_ACCOUNT else ()
    why = wording.flag_text(flag.code, "why", flag.facts, page.words, page.fmt)
    return (f'\n<p class="flag flag--{flag.code}">{page.head(flag.code)}{page.why_sep}{escape(why)}</p>'
            f'{page.tail(changes, elapsed)}')


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
