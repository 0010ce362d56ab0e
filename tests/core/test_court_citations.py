"""The court-stage rows and items, walked against reference/court-stage-zh.md itself."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest

from app.core import citations, court_citations
from app.core.citations import Tag

ROOT = Path(__file__).resolve().parents[2]


def _reference() -> str:
    """The reference file: $SHANGAN_REFERENCE_DIR, else shared/ beside the checkout or its parent."""
    candidates = [Path(os.environ["SHANGAN_REFERENCE_DIR"])] if "SHANGAN_REFERENCE_DIR" in os.environ else []
    candidates += [ROOT.parent / "shared" / "reference", ROOT.parent.parent / "shared" / "reference"]
    for folder in candidates:
        if (folder / "court-stage-zh.md").is_file():
            return (folder / "court-stage-zh.md").read_text(encoding="utf-8")
    raise AssertionError(f"court-stage-zh.md not found in {candidates}; set SHANGAN_REFERENCE_DIR")


RAW = _reference()
REFERENCE = RAW.replace("<br>", "\n")
ROWS = court_citations.ROWS
QUOTED = [c for c in ROWS if c.text]
ARTICLE = re.compile(r"第[一二三四五六七八九十百千零]+条")
BAD_FIGURES = ("24%", "24 %", "24％", "百分之二十四", "24 per cent")


def _item_table() -> dict[str, tuple[str, str]]:
    """§8: item id -> (citation cell, tag cell)."""
    section = RAW.split("## 8. Item table", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(ct_\w+)` \| .*? \| (.*?) \| ([^|]*?) \|$", section, re.M)
    return {item: (cite, tag) for item, cite, tag in rows}


ITEM_TABLE = _item_table()
DIGITS = dict(zip("零一二三四五六七八九", range(10), strict=True))
UNITS = {"十": 10, "百": 100, "千": 1000}


def _number(chinese: str) -> int:
    """一百二十八 -> 128, 二百零五 -> 205, 十六 -> 16 (as article numbers are written)."""
    total, digit = 0, 0
    for ch in chinese:
        if ch in UNITS:
            total += (digit or 1) * UNITS[ch]
            digit = 0
        else:
            digit = DIGITS[ch]
    return total + digit


def _cited_numbers(cite: str) -> set[int]:
    """Every article number a §8 citation cell names: "第一百六十五至一百六十九条、二百条" and the like."""
    numbers: set[int] = set()
    for group in re.findall(r"第([一二三四五六七八九十百千零、至]+)条", cite):
        for part in group.split("、"):
            ends = [_number(n) for n in part.split("至")]
            numbers.update(range(ends[0], ends[-1] + 1))
    return numbers


def _label(citation) -> str:
    """What the reference writes just before this row's quotation ("民诉法 第二百二十七条", ...)."""
    needle = "「" + citation.text.replace("\n", "<br>") + "」"
    lines = [line for line in RAW.splitlines() if needle in line]
    assert len(lines) == 1, (citation.id, len(lines))
    prefix = lines[0][: lines[0].index(needle)].rstrip(" |:")
    return re.split(r"\| |; ", prefix)[-1]


def _section_of(citation) -> str:
    """The reference's ###/## section (heading to next heading) that quotes this row."""
    at = RAW.index("「" + citation.text.replace("\n", "<br>") + "」")
    start = max(RAW.rfind("\n## ", 0, at), RAW.rfind("\n### ", 0, at))
    return RAW[start:at]


def test_the_reference_was_found_and_parsed():
    assert len(ITEM_TABLE) == 62
    assert ITEM_TABLE["ct_answer_15d"][1] == "VERIFIED-PRIMARY"
    assert ITEM_TABLE["ct_interest_cap_24pct"][1] == "UNVERIFIED"


@pytest.mark.parametrize("row", QUOTED, ids=lambda c: c.id)
def test_every_quotation_is_one_whole_quote_of_the_reference(row):
    assert "「" + row.text + "」" in REFERENCE


@pytest.mark.parametrize("row", [c for c in QUOTED if c.article], ids=lambda c: c.id)
def test_the_article_number_is_the_one_the_reference_quotes(row):
    assert ARTICLE.findall(_label(row))[-1] == ARTICLE.match(row.article).group()


@pytest.mark.parametrize("row", QUOTED, ids=lambda c: c.id)
def test_quoted_rows_are_primary_as_their_reference_section_says(row):
    assert row.tag is Tag.PRIMARY
    assert "VERIFIED-PRIMARY" in _section_of(row)


def test_the_law_and_its_interpretation_are_not_mixed_up():
    for row in QUOTED:
        in_interpretation_table = "### 1.2 " in _section_of(row)
        named_interpretation = "解释" in _label(row) or in_interpretation_table
        if row.instrument == "中华人民共和国民事诉讼法":
            assert not named_interpretation, row.id
        if row.instrument == "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释":
            assert named_interpretation, row.id


def test_secondary_rows_have_no_article_and_no_quotation():
    secondary = [c for c in ROWS if c.tag is Tag.SECONDARY]
    assert len(secondary) == 8
    assert all(c.article == "" and c.text == "" for c in secondary)


def test_practice_is_never_shown_as_law_but_the_case_number_rule_is():
    practice = {c.id for c in ROWS if c.practice}
    assert practice == {
        "case_no_pre_mediation", "judgment_performance_period", "card_interest_reduction_cases",
        "court_hotline_12368", "enforcement_info_platform", "fake_court_notice_signs", "lawyer_letter_nature",
    }
    assert not any(citations.shown_as_law(citations.get(cid)) for cid in practice)
    assert citations.shown_as_law(citations.get("case_number_format"))


def test_no_court_row_is_unverified_or_cites_a_24_percent_cap():
    assert all(c.tag is not Tag.UNVERIFIED for c in ROWS)
    for c in ROWS:
        for field in (c.text, c.substance_zh, c.meaning_en):
            assert not any(figure in field for figure in BAD_FIGURES), c.id


def test_every_verified_item_of_section_8_maps_to_rows_and_only_those():
    verified = {item for item, (_, tag) in ITEM_TABLE.items() if tag.startswith("VERIFIED")}
    assert set(court_citations.ITEMS) == verified
    for item in verified:
        assert citations.item(item), item
        for cid in citations.item(item):
            assert citations.get(cid).id == cid


@pytest.mark.parametrize("item", ["ct_wage_percentage", "ct_interest_cap_24pct", "ct_no_such_item"])
def test_unverified_and_unknown_items_are_not_reachable(item):
    with pytest.raises(KeyError):
        citations.item(item)


@pytest.mark.parametrize("item", sorted(court_citations.ITEMS))
def test_each_item_rests_on_rows_of_its_reference_tag(item):
    cite, tag = ITEM_TABLE[item]
    rows = [citations.get(cid) for cid in citations.item(item)]
    tags = {row.tag for row in rows}
    if "SECONDARY" in tag:
        assert Tag.SECONDARY in tags
    if "PRIMARY" in tag or "PRIMARY" in cite:
        assert Tag.PRIMARY in tags
    if "SECONDARY" not in tag:
        assert tags == {Tag.PRIMARY}
        for row in rows:
            if row.article:
                assert _number(ARTICLE.match(row.article).group()[1:-1]) in _cited_numbers(cite), row.id


def test_the_interest_reduction_item_reuses_the_legal_basis_rows():
    assert citations.item("ct_interest_reduction") == ("card_disputes_2", "civil_code_585_2")
    assert citations.get("card_disputes_2").verified_on == date(2026, 11, 29)


def test_the_arbitration_law_has_both_texts_and_no_transition_rule():
    new, old = citations.get("arb2025_72"), citations.get("arb2017_59")
    assert (new.article, old.article) == ("第七十二条", "第五十九条")
    assert "三个月内" in new.text and "六个月内" in old.text
    assert new.instrument != old.instrument
    assert new.in_force_on == date(2026, 3, 1) and old.in_force_on == date(2018, 1, 1)
    assert not any("施行前" in c.substance_zh or "transition" in c.meaning_en for c in ROWS)


def test_civil_procedure_rows_use_the_2023_text():
    civpro = [c for c in ROWS if c.instrument == "中华人民共和国民事诉讼法"]
    assert len(civpro) == 49
    assert {c.in_force_on for c in civpro} == {date(2024, 1, 1)}
    assert citations.get("civpro_128").text.startswith("人民法院应当在立案之日起五日内将起诉状副本发送被告")
    assert citations.get("civpro_interp_436").text.endswith("债务人的口头异议无效。")


def test_court_rows_carry_provenance_and_the_table_version_moved():
    assert citations.CITATIONS_VERSION == "2026-12-03"
    for c in ROWS:
        assert c.verified_on == date(2026, 12, 3), c.id
        assert c.instrument and c.issuer and c.source and c.substance_zh and c.meaning_en, c.id
    assert citations.get("dishonest_1").doc_number == "法释〔2017〕7号"
    assert citations.get("dishonest_1").source.startswith("Theonefkguy/Chinese-Laws@89a557d2")
    assert citations.get("court_fees_13").doc_number == "国务院令第481号"


def test_court_rows_render_in_the_citation_block(app):
    from app.law import citation_html

    with app.test_request_context("/"):
        html = str(citation_html(citations.item("ct_no_arrest_for_absence") + ("court_hotline_12368",)))
    assert "《中华人民共和国民事诉讼法》第一百一十二条" in html
    assert "《最高人民法院关于适用《中华人民共和国民事诉讼法》的解释》第一百七十四条" in html
    assert "负有赡养、抚育、扶养义务和不到庭就无法查清案情的被告" in html
    assert "法律依据（2 条）" in html and "12368" not in html
