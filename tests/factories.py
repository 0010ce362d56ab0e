"""Test data builders: valid by default, override only what a test is about."""

import json
from dataclasses import replace
from datetime import date

from app.core.case import Debt


def make_debt(**changes) -> Debt:
    """A 招商银行 card, ¥12,345.67 owed, first missed on 2025-03-01; `changes` replace fields."""
    debt = Debt(id="d1", issuer="cmb", owed_fen=1_234_567, first_missed_on=date(2025, 3, 1))
    return replace(debt, **changes)


def as_version_2(export: str) -> str:
    """The app's export `export` (indented JSON) as the app wrote it before schema 3: no court papers."""
    data = json.loads(export)
    content = data["case"]
    assert content.pop("court_papers") == []
    for snapshot in content["snapshots"]:
        assert snapshot["content"].pop("court_papers") == []
    return json.dumps({"schema_version": 2, "case": content}, ensure_ascii=False, indent=2)
