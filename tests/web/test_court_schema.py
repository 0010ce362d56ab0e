"""Cases stored before schema 3 (no court papers) still open, and are saved back as schema 3."""

from __future__ import annotations

import json

from app.core.case import Case
from tests.core.test_court_model import DEBT, v2_export


def test_a_case_stored_as_version_2_opens_and_is_saved_back_as_version_3(app):
    store = app.extensions["case_store"]
    code, _key, _version = store.create(json.dumps(v2_export(Case(debts=(DEBT,))), ensure_ascii=False).encode())
    client = app.test_client()
    assert client.post("/resume", data={"code": code}).status_code == 302
    assert client.get("/summary/").status_code == 200
    exported = json.loads(client.get("/case/export.json").data)
    assert exported["schema_version"] == 3 and exported["case"]["court_papers"] == []
    assert [d["id"] for d in exported["case"]["debts"]] == [DEBT.id]
