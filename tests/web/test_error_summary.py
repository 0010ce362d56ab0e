"""The error summary links each problem, including one inside a list of dates, to its field."""

from __future__ import annotations

from tests.web.test_debts import VALID


def test_summary_links_a_bad_demand_date_to_its_own_input(case_client):
    resp = case_client.post("/debts/new", data=VALID | {"demands-1": "2099-01-01"})
    summary = resp.text.split('id="error-summary"')[1].split("</div>")[0]
    assert resp.status_code == 422
    assert 'href="#demands-1"' in summary and "[]" not in summary
    assert "有 1 处需要修改" in summary
