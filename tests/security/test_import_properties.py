"""Issue 15, as properties: the import accepts exactly what the app exports.

Any case the app's forms can build exports and imports to an equal case; any mutation of a valid
export (type swap, duplicate row, out-of-range or hostile value, extra, missing or renamed key,
time zones, unknown codes) is refused with a worded message, or gives a case on which every page,
PDF and calendar file answers 200. The page part renders PDFs (slow), so it runs few examples;
`SHANGAN_PROPERTY_EXAMPLES=200` runs many.
"""

from __future__ import annotations

import json
import os
from io import BytesIO

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from app.core.bounds import Limits
from app.core.case import case_to_data
from app.core.validation import validate_case
from app.start.importing import ImportProblem, read_case_file
from app.start.wording import IMPORT_ERRORS
from tests.case_strategies import cases, mutations
from tests.security import site

LIMITS = Limits(max_debts=50, max_incidents=300, max_text_chars=5000)
MAX_BYTES = 1024 * 1024
PAGE_EXAMPLES = int(os.environ.get("SHANGAN_PROPERTY_EXAMPLES", "4"))
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=PAGE_EXAMPLES, deadline=None, phases=[Phase.explicit, Phase.generate],
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def as_file(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8", errors="surrogatepass")


def read(raw: bytes):
    return read_case_file(BytesIO(raw), MAX_BYTES, LIMITS)


@FAST
@given(case=cases())
def test_any_case_the_app_can_build_exports_and_imports_to_an_equal_case(case):
    assert validate_case(case, LIMITS) == []
    assert read(as_file(case_to_data(case))) == case


@FAST
@given(data=st.data(), case=cases(max_debts=3, max_incidents=3))
def test_any_mutation_of_an_export_is_refused_with_a_message_or_gives_a_valid_case(data, case):
    what, mutated = data.draw(mutations(case_to_data(case)))
    try:
        imported = read(as_file(mutated))
    except ImportProblem as problem:
        assert problem.problems and set(problem.codes) <= set(IMPORT_ERRORS), what
    else:
        assert validate_case(imported, LIMITS) == [], what
        assert read(as_file(case_to_data(imported))) == imported, what


@pytest.fixture(scope="module")
def property_app(tmp_path_factory):
    return site.make_app(tmp_path_factory.mktemp("import-properties"))


def every_page_answers_200(client, what: str) -> None:
    """Crawl from the start page, PDFs and calendar files included: nothing but 200s and
    same-site redirects (the language and discreet switches)."""
    pages = site.crawl(client)
    for path, response in pages.items():
        expected = (200, 302) if path.startswith(("/lang/", "/discreet")) else (200,)
        assert response.status_code in expected, (path, response.status_code, what)


def upload(client, raw: bytes):
    return client.post("/case/import", data={"replace": "1", "file": (BytesIO(raw), "case.json")},
                       content_type="multipart/form-data")


@SLOW
@given(case=cases(max_debts=2, max_incidents=3))
def test_every_page_and_pdf_of_any_imported_case_answers_200(property_app, case):
    client = property_app.test_client()
    response = upload(client, as_file(case_to_data(case)))
    assert response.status_code == 302, response.text
    every_page_answers_200(client, repr(case))


@SLOW
@given(data=st.data(), case=cases(max_debts=2, max_incidents=2))
def test_a_mutated_export_is_refused_with_422_or_every_page_answers_200(property_app, data, case):
    what, mutated = data.draw(mutations(case_to_data(case)))
    client = property_app.test_client()
    response = upload(client, as_file(mutated))
    assert response.status_code in (302, 422), what
    if response.status_code == 302:
        every_page_answers_200(client, what)
    else:
        assert "没有导入任何内容，当前案件没有改动。" in response.text, what
