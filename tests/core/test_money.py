"""app.core.money: parsing typed amounts into fen, and writing fen as ¥ and in capital numerals."""

import pytest

from app.core import money


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("12345", 1_234_500),
        ("12,345.6", 1_234_560),
        ("１２３４５", 1_234_500),
        ("¥12,345", 1_234_500),
        ("1.2万", 1_200_000),
        ("￥12,345", 1_234_500),
        ("12,345元", 1_234_500),
        ("¥ 12,345.67 元", 1_234_567),
        ("１２，３４５．６７", 1_234_567),
        ("￥１２３４５", 1_234_500),
        ("１．２万", 1_200_000),
        ("1.2万元", 1_200_000),
        ("3万", 3_000_000),
        ("1,000万", 1_000_000_000),
        ("1.23456万", 1_234_560),
        ("  12345  ", 1_234_500),
        ("\u300012345\u3000", 1_234_500),
        ("0", 0),
        ("0.01", 1),
        ("12.5", 1_250),
        (".5", 50),
        ("12.", 1_200),
        ("007", 700),
        ("1,234,567.89", 123_456_789),
        ("100000000", 10_000_000_000),
        ("10000万", 10_000_000_000),
    ],
)
def test_parse_amount_accepts_the_ways_people_type_money(text, fen):
    assert money.parse_amount(text) == fen


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("\u3000", "empty"),
        ("abc", "not_a_number"),
        ("1e5", "not_a_number"),
        ("NaN", "not_a_number"),
        ("inf", "not_a_number"),
        ("Infinity", "not_a_number"),
        ("١٢٣", "not_a_number"),          # Arabic-Indic digits
        ("۱۲۳", "not_a_number"),          # Extended Arabic-Indic digits
        ("²", "not_a_number"),
        ("①", "not_a_number"),
        ("一万", "not_a_number"),
        ("万", "not_a_number"),
        ("¥", "not_a_number"),
        (".", "not_a_number"),
        ("1.2.3", "not_a_number"),
        ("12 345", "not_a_number"),
        ("+5", "not_a_number"),
        ("12a", "not_a_number"),
        ("12,345.6,7", "not_a_number"),
        ("-abc", "not_a_number"),
        ("-5", "negative"),
        ("-0", "negative"),
        ("－５", "negative"),
        ("¥-5", "negative"),
        ("-¥5", "negative"),
        ("-12.345", "negative"),
        ("12.345", "too_many_decimals"),
        ("12,345.678", "too_many_decimals"),
        ("12.340", "too_many_decimals"),
        ("1.2345678万", "too_many_decimals"),
        ("3万5", "mixed_units"),
        ("3万5千", "mixed_units"),
        ("1万万", "mixed_units"),
        ("100000000.01", "too_large"),
        ("100,000,001", "too_large"),
        ("10000.0001万", "too_large"),
        ("9" * 30, "too_large"),
        ("9" * 5000, "too_large"),
        ("1,23,4", "bad_grouping"),
        ("12,34", "bad_grouping"),
        (",123", "bad_grouping"),
        ("1234,567", "bad_grouping"),
        ("1,234,", "bad_grouping"),
    ],
)
def test_parse_amount_rejects_with_a_code(text, code):
    with pytest.raises(money.AmountError) as caught:
        money.parse_amount(text)
    assert caught.value.code == code


def test_amount_error_is_a_value_error_carrying_its_code():
    error = money.AmountError("negative")
    assert isinstance(error, ValueError)
    assert error.code == "negative" and str(error) == "negative"


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (1_234_567, "¥12,345.67"),
        (0, "¥0.00"),
        (1, "¥0.01"),
        (50, "¥0.50"),
        (1_000_000, "¥10,000.00"),
        (999_999, "¥9,999.99"),
        (10_000_000_000, "¥100,000,000.00"),
        (-1_234_567, "-¥12,345.67"),
        (-5, "-¥0.05"),
    ],
)
def test_format_yuan_writes_two_decimals_and_thousands_commas(fen, text):
    assert money.format_yuan(fen) == text


@pytest.mark.parametrize(
    ("fen", "words"),
    [
        (1_234_567, "人民币壹万贰仟叁佰肆拾伍元陆角柒分"),
        (0, "人民币零元整"),
        (1, "人民币壹分"),
        (5, "人民币伍分"),
        (50, "人民币伍角整"),
        (55, "人民币伍角伍分"),
        (100, "人民币壹元整"),
        (105, "人民币壹元零伍分"),
        (150, "人民币壹元伍角整"),
        (1_000, "人民币壹拾元整"),
        (1_050, "人民币壹拾元伍角整"),
        (1_500, "人民币壹拾伍元整"),
        (10_000, "人民币壹佰元整"),
        (10_100, "人民币壹佰零壹元整"),
        (11_000, "人民币壹佰壹拾元整"),
        (101_000, "人民币壹仟零壹拾元整"),
        (100_100, "人民币壹仟零壹元整"),
        (140_950, "人民币壹仟肆佰零玖元伍角整"),
        (168_032, "人民币壹仟陆佰捌拾元叁角贰分"),
        (600_714, "人民币陆仟零柒元壹角肆分"),
        (32_504, "人民币叁佰贰拾伍元零肆分"),
        (1_000_000, "人民币壹万元整"),
        (1_000_500, "人民币壹万零伍元整"),
        (1_005_000, "人民币壹万零伍拾元整"),
        (1_050_000, "人民币壹万零伍佰元整"),
        (1_100_000, "人民币壹万壹仟元整"),
        (1_640_902, "人民币壹万陆仟肆佰零玖元零贰分"),
        (5_000_000, "人民币伍万元整"),
        (9_999_999, "人民币玖万玖仟玖佰玖拾玖元玖角玖分"),
        (10_000_000, "人民币壹拾万元整"),
        (10_000_500, "人民币壹拾万零伍元整"),
        (10_700_053, "人民币壹拾万柒仟元伍角叁分"),
        (11_000_000, "人民币壹拾壹万元整"),
        (100_000_100, "人民币壹佰万零壹元整"),
        (100_100_000, "人民币壹佰万壹仟元整"),
        (1_000_000_000, "人民币壹仟万元整"),
        (1_001_000_000, "人民币壹仟零壹万元整"),
        (10_000_000_000, "人民币壹亿元整"),
        (10_000_000_500, "人民币壹亿零伍元整"),
        (10_001_000_000, "人民币壹亿零壹万元整"),
        (10_000_100_000, "人民币壹亿零壹仟元整"),
        (12_345_678_912, "人民币壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"),
        (100_000_000_000, "人民币壹拾亿元整"),
    ],
)
def test_to_capital_follows_formal_financial_writing(fen, words):
    assert money.to_capital(fen) == words


def test_to_capital_refuses_negative_amounts():
    with pytest.raises(money.AmountError) as caught:
        money.to_capital(-1)
    assert caught.value.code == "negative"
