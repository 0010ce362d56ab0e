"""Pasted text brings invisible control characters; every form drops them, so what it stores an
import of the exported case accepts again (issue 15: a case must never be lost to its own export)."""

from __future__ import annotations

import json
from io import BytesIO

from tests.web.test_conduct import DEBT, add

BELL, ESC, NUL = "\x07", "\x1b", "\x00"


def test_debt_incident_and_applicant_text_is_stored_without_control_characters_and_imports_again(case_client):
    client = case_client
    assert client.post("/debts/new", data=DEBT | {"collector_name": f"某某{NUL}资产管理公司"}).status_code == 302
    assert add(client, caller_name=f"王{NUL}经理", collector_name=f"某{ESC}某", details=f"对方说{BELL}\n第二行").status_code == 302
    applicant = {"name": f"张{NUL}三", "phone": "13800001234", "id_number": "", "address": f"成都{BELL}市\t武侯区",
                 "signed_on": ""}
    assert client.post("/letters/applicant", data=applicant).status_code == 302
    exported = client.get("/case/export.json").data
    case = json.loads(exported)["case"]
    assert case["debts"][0]["collector_name"] == "某某资产管理公司"
    incident = case["incidents"][0]
    assert (incident["caller_name"], incident["collector_name"], incident["details"]) == ("王经理", "某某", "对方说\n第二行")
    assert (case["applicant"]["name"], case["applicant"]["address"]) == ("张三", "成都市 武侯区")
    again = client.post("/case/import", data={"file": (BytesIO(exported), "case.json"), "replace": "1"},
                        content_type="multipart/form-data")
    assert again.status_code == 302
