"""Decoding a case (core.serial): the fast generated builders decode exactly what the checking
builders decode, into equal objects, and refuse exactly what they refuse, with the same error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import serial
from app.core.case import Case, case_to_data
from tests.case_strategies import cases, mutations
from tests.rich_case import make_rich_case


def checked(content: object) -> tuple[str, object]:
    """What the checking builders alone make of `content`: ("ok", case) or ("error", (code, where))."""
    try:
        return "ok", serial._builder(Case)(content)
    except serial.SerialError as exc:
        return "error", (exc.code, "$" + exc.where)


def decoded(content: object) -> tuple[str, object]:
    try:
        return "ok", serial.from_data(Case, content)
    except serial.SerialError as exc:
        return "error", (exc.code, exc.where)


def test_a_rich_case_decodes_to_the_same_objects_by_both_paths():
    content = case_to_data(make_rich_case())["case"]
    fast = serial._fast(Case)(content)
    assert fast == serial._builder(Case)(content) == make_rich_case()
    assert repr(fast) == repr(make_rich_case())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_case_and_any_mutation_of_it_decode_as_the_checking_builders_say(data):
    case = data.draw(cases())
    content = case_to_data(case)["case"]
    assert decoded(content) == ("ok", case)
    _what, mutated = data.draw(mutations(case_to_data(case)))
    assert decoded(mutated["case"]) == checked(mutated["case"])


def test_a_wrong_value_deep_inside_is_reported_with_its_path():
    content = case_to_data(make_rich_case())["case"]
    content["incidents"][1]["count"] = True
    assert decoded(content) == ("error", ("bad_type", "$.incidents[1].count"))
    content["incidents"][1]["count"] = 1
    content["incidents"][0]["channel"] = "telegram"
    assert decoded(content) == ("error", ("bad_value", "$.incidents[0].channel"))
