"""The desk's fields in a case file: the label is one short line, the notes several lines, both bounded."""

from __future__ import annotations

from dataclasses import replace

from app.core.bounds import LABEL_CHARS, NOTES_CHARS, Limits
from app.core.case import Case, case_from_data, case_to_data
from app.core.validation import validate_case

LIMITS = Limits(50, 300, 5000)


def problems(case: Case) -> list[tuple[str, str]]:
    return [(p.code, p.where) for p in validate_case(case, LIMITS)]


def test_a_label_is_one_line_of_at_most_its_limit():
    assert problems(replace(Case(), label="张三 A-17")) == []
    assert problems(replace(Case(), label="字" * LABEL_CHARS)) == []
    assert problems(replace(Case(), label="字" * (LABEL_CHARS + 1))) == [("text_too_long", "label")]
    assert problems(replace(Case(), label="张三\n李四")) == [("bad_text", "label")]


def test_notes_keep_line_breaks_within_their_own_limit():
    assert problems(replace(Case(), notes="第一行\n第二行\t缩进")) == []
    assert problems(replace(Case(), notes="字" * NOTES_CHARS)) == []
    assert problems(replace(Case(), notes="字" * (NOTES_CHARS + 1))) == [("text_too_long", "notes")]
    assert problems(replace(Case(), notes="响铃\x07")) == [("bad_text", "notes")]


def test_a_case_file_without_the_desk_fields_still_loads_with_empty_ones():
    data = case_to_data(Case())
    del data["case"]["label"], data["case"]["notes"]
    assert case_from_data(data) == Case()
    both = replace(Case(), label="张三", notes="见面\n带材料")
    assert case_from_data(case_to_data(both)) == both
