"""The findings page's rows, built in one pass, and the explanations they link to.

Fifty incidents can give a hundred findings of a handful of rules. Under each collector, the
findings of one rule are one row (folded to its severity, rule and count): each finding in it is
one line with its date and the user's own facts. What the rule's citations are and what the user
can do are shown once per page for each rule (per set of citations: a rule may cite a different
article for conduct before a law changed), and each row links there. Everything that depends only
on the rule and the locale is a cached fragment (app.fragments).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

from app.conduct import wording
from app.core import citations
from app.core.conduct.engine import Finding
from app.fragments import Fragments
from app.i18n import formats

FINDING_HEAD = "conduct/_finding_head.html"
FINDING_MORE = "conduct/_finding_more.html"
RULE_GUIDE = "conduct/_rule_guide.html"


@dataclass(frozen=True)
class FindingRow:
    """The findings of one rule (and set of citations) under one collector, in page order."""

    rule_id: str
    severity: str
    head: Markup                        # severity and rule
    count: str                          # how many findings, worded
    lines: Markup                       # <li>: the date and the user's own facts (escaped) of each finding
    more: Markup                        # the link to the rule's explanation


@dataclass(frozen=True)
class Explained:
    """One rule as explained on the page, with the id every finding citing it this way links to.

    A court threat's truths are shown one by one, each with its own citations (`truths`: item id
    and its rows); the rule's citation block keeps the rest."""

    anchor: str
    rule_id: str
    citation_ids: tuple[str, ...]
    comparison_ids: tuple[str, ...]
    truths: tuple[tuple[str, tuple[str, ...]], ...] = ()


def _key(finding: Finding) -> tuple:
    return finding.rule_id, finding.citation_ids, finding.comparison_ids, finding.truth_items


def explain(anchor: str, finding: Finding) -> Explained:
    truths = tuple((item, citations.item(item)) for item in finding.truth_items)
    told = {row for _item, rows in truths for row in rows}
    own = tuple(c for c in finding.citation_ids if c not in told)
    return Explained(anchor, finding.rule_id, own, finding.comparison_ids, truths)


def explanations(findings: Iterable[Finding]) -> dict[tuple, Explained]:
    """{(rule, citations, comparisons, truths): Explained} in order of first appearance on the page."""
    found: dict[tuple, Explained] = {}
    taken: dict[str, int] = {}
    for finding in findings:
        key = _key(finding)
        if key not in found:
            taken[finding.rule_id] = taken.get(finding.rule_id, 0) + 1
            number = taken[finding.rule_id]
            anchor = f"rule-{finding.rule_id}" + (f"-{number}" if number > 1 else "")
            found[key] = explain(anchor, finding)
    return found


class Rows:
    """Finding rows for one page: the locale's words, formats and fragments looked up once."""

    def __init__(self, explained: dict[tuple, Explained]) -> None:
        self.explained = explained
        self.words = wording.words()
        self.fmt = formats()
        self.fragment = Fragments()
        # for this page only: the rows' lines repeat a few facts and days
        self.worded: dict[tuple, str] = {}      # the facts depend on the rule and the facts alone
        self.dated: dict[date, str] = {}

    def rows(self, findings: Iterable[Finding]) -> list[FindingRow]:
        """One row per explained rule, in order of its first finding."""
        grouped: dict[str, list[Finding]] = {}
        for finding in findings:
            grouped.setdefault(self.explained[_key(finding)].anchor, []).append(finding)
        return [self.row(anchor, group) for anchor, group in grouped.items()]

    def row(self, anchor: str, findings: list[Finding]) -> FindingRow:
        first = findings[0]
        return FindingRow(
            first.rule_id, first.severity,
            self.fragment(FINDING_HEAD, rule_id=first.rule_id, severity=str(first.severity)),
            self.words["count"] % {"n": len(findings)}, self.lines(findings),
            self.fragment(FINDING_MORE, rule_id=first.rule_id, anchor=anchor))

    def lines(self, findings: list[Finding]) -> Markup:
        """One <li> per finding, built here rather than in a template loop: a row may hold fifty.
        Its date and its facts (the user's own text: a dialled number) are escaped."""
        sep, when_sep = self.words["facts_sep"], escape(self.words["when_sep"])
        worded, dated = self.worded, self.dated
        items = []
        for f in findings:
            key = (f.rule_id, tuple(f.facts.items()))
            facts = worded.get(key)
            if facts is None:
                facts = worded[key] = escape(sep.join(wording.finding_facts(f, self.words, self.fmt)))
            day = f.occurred_at.date()
            when = dated.get(day)
            if when is None:
                when = dated[day] = escape(self.fmt.date(day))
            items.append(f'<li><span class="finding__when">{when}</span>{when_sep}{facts}</li>')
        return Markup("".join(items))  # nosec B704: every value above is escaped

    def guide(self) -> Markup:
        """Each explained rule: severity, title, note, court truths, citations, foreign comparisons,
        what to do."""
        if not self.explained:
            return Markup("")
        items = tuple((e.anchor, e.rule_id, e.citation_ids, e.comparison_ids, e.truths)
                      for e in self.explained.values())
        return self.fragment(RULE_GUIDE, items=items)
