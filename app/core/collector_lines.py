"""What collectors commonly say on the phone, and the rows the truthful answer to each rests on.

The answers follow court-stage §7 and legal-basis; a line names legal-basis rows directly and
court-stage items (`citations.item`), and only rows that may be shown as law reach the page (the
shell filters through `citations.shown_as_law`). The shell words each line and its answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core import citations


@dataclass(frozen=True)
class Line:
    code: str                        # the collector's line, worded by the shell
    law_ids: tuple[str, ...]         # legal-basis rows
    court_items: tuple[str, ...]     # court-stage §8 items

    @property
    def citation_ids(self) -> tuple[str, ...]:
        """Every row the answer rests on, each once: the court rows first, then legal-basis."""
        court = (cid for item in self.court_items for cid in citations.item(item))
        return tuple(dict.fromkeys((*court, *self.law_ids)))


# 中银协指引 bans fake blacklists and exaggerated legal consequences (§6.1): cited beside each answer.
_MISLEADING = "cba_guideline_2026_misleading"

LINES: tuple[Line, ...] = (
    Line("sue_at_door", (_MISLEADING,),
         ("ct_filing_at_court", "ct_complaint_copy_5d", "ct_postal_service_fayuanzhuandi")),
    Line("credit_blacklist", ("credit_reporting_15", "credit_reporting_16", _MISLEADING),
         ("ct_dishonest_list",)),
    Line("jail", ("criminal_law_196", "card_crime_interp_6", _MISLEADING), ("ct_refusal_to_comply_crime",)),
    Line("freeze_family", (_MISLEADING,), ("ct_freeze_debtor_only", "ct_threat_family_accounts")),
)

# Never agree on the phone to pay a debt whose limitation period has run out without knowing what
# it means: agreeing or signing afterwards loses the defence (诉讼时效规定 第十九条, 民法典 第一百九十二条).
LIMITATION_CITATIONS = ("limitation_rules_19", "civil_code_192")
