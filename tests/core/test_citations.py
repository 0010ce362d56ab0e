"""The versioned citation table: required ids, provenance, and the reference's quoting rules."""

from __future__ import annotations

from datetime import date

import pytest

from app.core import citations, court_citations
from app.core.citations import Tag

REQUIRED = (
    "civil_code_188", "civil_code_192", "civil_code_195", "limitation_rules_14", "card_disputes_2",
    "card_disputes_3", "credit_reporting_15", "credit_reporting_16", "credit_reporting_17",
    "credit_reporting_25", "criminal_law_196", "card_crime_interp_6", "card_crime_interp_7",
    "card_crime_interp_8", "card_crime_interp_9", "card_crime_interp_10", "card_rules_68", "card_rules_69",
    "card_rules_70", "complaint_rules_time_limits", "complaint_rules_materials", "fee_notice_2016",
    "rate_reform_2020",
)


@pytest.mark.parametrize("citation_id", REQUIRED)
def test_ids_other_modules_rely_on_exist(citation_id):
    assert citations.get(citation_id).id == citation_id


def test_unknown_id_raises_key_error():
    with pytest.raises(KeyError):
        citations.get("civil_code_9999")


def test_ids_are_unique():
    assert len(citations.ALL) == len(citations.CITATIONS)


def test_table_is_versioned_by_its_newest_reference_and_rows_keep_their_own_date():
    assert citations.CITATIONS_VERSION == "2026-12-03"
    legal_basis = [c for c in citations.ALL if c not in court_citations.ROWS]
    assert {c.verified_on for c in legal_basis} == {date(2026, 11, 29)}
    assert {c.verified_on for c in court_citations.ROWS} == {date(2026, 12, 3)}


def test_every_row_has_substance_meaning_issuer_and_source():
    for c in citations.ALL:
        assert c.instrument and c.substance_zh and c.meaning_en and c.issuer and c.source, c.id


def test_unverified_rows_are_not_law_and_carry_no_number_or_quotation():
    unverified = [c for c in citations.ALL if c.tag is Tag.UNVERIFIED]
    assert [c.id for c in unverified] == ["nifa_convention_2018"]
    for c in unverified:
        assert not citations.shown_as_law(c) and c.article == "" and c.text == ""


def test_verified_chinese_rows_are_shown_as_law_and_foreign_ones_are_not():
    assert citations.shown_as_law(citations.get("civil_code_195"))
    assert citations.shown_as_law(citations.get("card_rules_68"))
    assert not citations.shown_as_law(citations.get("us_fdcpa_1692c"))


def test_article_68_is_cited_by_number_but_only_paraphrased():
    c = citations.get("card_rules_68")
    assert (c.article, c.text, c.tag) == ("第六十八条", "", Tag.SECONDARY)
    assert "担保人" in c.substance_zh and "第三人" in c.substance_zh


def test_guideline_and_national_standard_are_cited_by_document_name_only():
    rows = [c for c in citations.ALL if c.id.startswith(("cba_guideline_2026", "gbt_45251_2025"))]
    assert len(rows) >= 10
    assert all(c.article == "" for c in rows)
    assert {c.doc_number for c in rows if c.id.startswith("gbt")} == {"GB/T 45251—2025"}
    assert citations.get("gbt_45251_2025_frequency").text.endswith("每日不应超过3次。")
    assert "不宜超过6次" in citations.get("cba_guideline_2026_frequency").text


def test_complaint_time_limits_have_no_article_number():
    c = citations.get("complaint_rules_time_limits")
    assert c.article == "" and "15日内" in c.text and c.doc_number == "银保监会令2020年第3号"
    assert c.instrument == "银行业保险业消费投诉处理管理办法"


def test_public_security_law_has_separate_2012_and_2025_rows():
    old, new = citations.get("psl2012_42_5"), citations.get("psl2025_50_5")
    assert old.instrument != new.instrument
    assert (old.article, new.article) == ("第四十二条第（五）项", "第五十条第一款第（五）项")
    assert new.in_force_on == date(2026, 1, 1) and old.in_force_on < date(2026, 1, 1)
    assert "五百元以下罚款" in old.text and "一千元以下罚款" in new.text


def test_unconfirmed_article_numbers_are_left_out():
    for citation_id in ("consumer_protection_collection", "fee_notice_2016", "rate_reform_2020",
                        "complaint_rules_materials", "card_notice_2022_agency_info"):
        assert citations.get(citation_id).article == "", citation_id


def test_the_card_rules_have_no_order_number_and_the_2022_notice_no_text():
    assert citations.get("card_rules_70").doc_number == ""
    assert all(c.text == "" for c in citations.ALL if c.id.startswith("card_notice_2022"))


def test_individual_installments_are_described_as_discretionary():
    c = citations.get("card_rules_70")
    assert "可以与持卡人平等协商" in c.text and "不是必须" in c.substance_zh


def test_civil_code_limitation_rows_quote_the_primary_text():
    c = citations.get("civil_code_195")
    assert (c.article, c.tag, c.in_force_on) == ("第一百九十五条", Tag.PRIMARY, date(2021, 1, 1))
    assert c.text.startswith("有下列情形之一的，诉讼时效中断")
    assert citations.get("limitation_rules_14").article == "第十四条"
    assert citations.get("credit_reporting_16").text.startswith("征信机构对个人不良信息的保存期限")


def test_articles_are_chinese_numbers_for_chinese_rows():
    for c in citations.ALL:
        if c.article and not c.foreign:
            assert c.article.startswith("第") and not any(ch.isdigit() for ch in c.article), c.id
