"""What collectors commonly say on the phone, and the rows the truthful answer to each rests on.

Court-stage §7 and legal-basis give the truth; only rows that may be shown as law are cited (the
shell filters through `citations.shown_as_law`). The shell words each line and its answer.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    code: str                        # the collector's line, worded by the shell
    citation_ids: tuple[str, ...]    # the rows its truthful answer rests on


# 中银协指引 bans fake blacklists and exaggerated legal consequences (§6.1): cited beside each answer.
_MISLEADING = "cba_guideline_2026_misleading"

LINES: tuple[Line, ...] = (
    Line("sue_at_door", (_MISLEADING,)),
    Line("credit_blacklist", ("credit_reporting_15", "credit_reporting_16", _MISLEADING)),
    Line("jail", ("criminal_law_196", "card_crime_interp_6", _MISLEADING)),
    Line("freeze_family", (_MISLEADING,)),
)

# Never agree on the phone to pay a debt whose limitation period has run out without knowing what
# it means: agreeing or signing afterwards loses the defence (诉讼时效规定 第十九条, 民法典 第一百九十二条).
LIMITATION_CITATIONS = ("limitation_rules_19", "civil_code_192")
