"""The shape of one citation row and of what every row of one instrument shares.

The tables that hold the rows are `citations` (reference/legal-basis-zh.md) and `court_citations`
(reference/court-stage-zh.md); `citations.get()` looks up both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

LRB = "LawRefBook/Laws@2f4c5c23716267af9dbebbbbd6cbbf732b101981:"
NPC = "https://flk.npc.gov.cn/detail?bbbs="


class Tag(StrEnum):
    PRIMARY = "primary"          # VERIFIED-PRIMARY: copied from a mirror of the official text
    SECONDARY = "secondary"      # VERIFIED-SECONDARY: agrees across independent secondary sources
    UNVERIFIED = "unverified"    # never shown as law, never with an article number


@dataclass(frozen=True)
class Citation:
    id: str
    instrument: str              # full Chinese title, without 《》
    article: str                 # "第一百九十五条", or "" to cite the instrument by title only
    text: str                    # quotation ("\n" between paragraphs); "" when only the substance may be used
    substance_zh: str            # plain-words paraphrase, always present
    meaning_en: str
    issuer: str
    in_force_on: date | None
    verified_on: date
    tag: Tag
    source: str                  # repository path or URL, as given in the reference
    doc_number: str = ""         # 文号, only where the reference confirms it
    foreign: bool = False        # a foreign rule shown for comparison, never as Chinese law
    practice: bool = False       # what courts or others usually do (verified as practice), never law


def shown_as_law(citation: Citation) -> bool:
    """True when the app may present the row as a rule of Chinese law or regulation."""
    return citation.tag is not Tag.UNVERIFIED and not citation.foreign and not citation.practice


@dataclass(frozen=True)
class Instrument:
    """What every row of one instrument shares."""

    title: str
    issuer: str
    in_force_on: date | None
    tag: Tag
    source: str
    doc_number: str = ""
    practice: bool = False
