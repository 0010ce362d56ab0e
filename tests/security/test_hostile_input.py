"""Hostile strings through every text field of every form the crawl finds, in each locale.

Forms are found by crawling a seeded case (a new form or step is covered without editing this
file); a form reached both to add and to edit is attacked once, through its edit page, so the
case does not grow. Default run (well under a minute): in Simplified Chinese every string of the
catalogue goes through every form, rotating over its fields, and the CORE strings go through
every field; Traditional Chinese and English get a rotating quarter. SHANGAN_HOSTILE_FULL=1 sends
every string through every field in Simplified Chinese (several minutes). After each form, the
pages that show the case are read back. Nothing may answer 5xx, echo markup unescaped, or evaluate
a template expression; afterwards the app still saves a valid answer.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from io import BytesIO

import pytest
from werkzeug.exceptions import HTTPException

from tests.security import hostile, site, webforms

LOCALES = ("zh_Hans_CN", "zh_Hant_TW", "en")
FULL = os.environ.get("SHANGAN_HOSTILE_FULL") == "1"
CORE = ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "{{ 1234*5678 }}")
FORM_CONTENT = "application/x-www-form-urlencoded"
# Forms that record one step of a history (a complaint sent, answered ...): once a string is saved
# the step is done and its form rightly gives way to the next step's, which the crawl attacks too.
ONE_SHOT = {"/conduct/findings/<key>/<step>"}


@dataclass
class Target:
    """One form of the crawled case, named by its URL rule, and the page that shows it."""

    rule: str
    page: str
    action: str
    fields: list[str]                 # names of its text fields, in page order


@dataclass
class Findings:
    problems: list[str] = field(default_factory=list)
    posts: int = 0

    def add(self, where: str, problem: str | None) -> None:
        if problem:
            self.problems.append(f"{where}: {problem}")


def _targets(client) -> list[Target]:
    app = client.application
    adapter = app.url_map.bind("localhost")
    targets: dict[frozenset[str], Target] = {}
    for path, response in site.crawl(client, downloads=False).items():
        if not site.is_html(response) or response.status_code != 200:
            continue
        for form in webforms.post_forms(webforms.parse(response.get_data(as_text=True), f"http://localhost{path}")):
            action = webforms.local_path(form.action)
            if not action or not form.is_safe_to_submit or form.is_multipart or not form.text_fields():
                continue
            try:
                rule = adapter.match(action.split("?")[0], method="POST", return_rule=True)[0].rule
            except HTTPException:
                continue
            names = frozenset(f.name for f in form.text_fields())
            known = targets.get(names)
            if known is None or ("<" in rule and "<" not in known.rule):    # edit pages don't add items
                targets[names] = Target(rule, path, action, [f.name for f in form.text_fields()])
    return list(targets.values())


def _plan(target: Target, locale_index: int) -> list[tuple[str, str]]:
    """(field, string) pairs to send through one form in one locale (see the module docstring)."""
    names = target.fields
    if FULL and locale_index == 0:
        return [(name, text) for name in names for text in hostile.CATALOGUE]
    stride = 1 if locale_index == 0 else 4
    chosen = [(i, text) for i, text in enumerate(hostile.CATALOGUE) if i % stride == locale_index % stride]
    pairs = [(names[(i // stride + locale_index) % len(names)], text) for i, text in chosen]
    if locale_index == 0:
        pairs += [(name, text) for name in names for text in CORE]
    return pairs


def _echo_problem(body: str, sent: str, baseline: str) -> str | None:
    """Markup echoed raw, or a template expression evaluated, in an HTML body."""
    if "<" in sent and sent in body and sent not in baseline:
        return f"unescaped echo of {sent[:40]!r}"
    if site.SECRET_KEY in body:
        return "the secret key is on the page"
    for product in hostile.UNIQUE_PRODUCTS:
        if product in body and product not in baseline:
            return f"template evaluated ({product} in page)"
    if sent in hostile.PRODUCTS and f'value="{hostile.PRODUCTS[sent]}"' in body:
        return f"{sent!r} came back as {hostile.PRODUCTS[sent]}"
    return None


def _current_form(client, target: Target) -> webforms.Form | None:
    page = site.page(client, target.page)
    return next((f for f in webforms.post_forms(page) if webforms.local_path(f.action) == target.action), None)


def _attack(client, target: Target, locale_index: int, baseline: str, findings: Findings) -> list[str]:
    """Send the planned strings through one form; returns the markup strings sent."""
    form = _current_form(client, target)
    for name, text in _plan(target, locale_index):
        if form is None:
            if target.rule not in ONE_SHOT:
                findings.add(target.page, "the form disappeared during the run")
            break
        body = hostile.encode_form(webforms.fill(form, {name: text}))
        response = client.post(target.action, data=body, content_type=FORM_CONTENT)
        findings.posts += 1
        where = f"{target.rule} {name}={text[:30]!r} -> {response.status_code}"
        if response.status_code >= 500:
            findings.add(where, "server error")
        if site.is_html(response):
            findings.add(where, _echo_problem(response.get_data(as_text=True), text, baseline))
        if response.status_code != 422:
            form = _current_form(client, target)     # saved (or refused): a new case version
    return [text for _, text in _plan(target, locale_index) if "<" in text]


def _read_back(client, pages: list[str], sent: list[str], baselines: dict[str, str], findings: Findings) -> None:
    """The pages that show the case, after hostile answers were saved: no 5xx, nothing raw."""
    for path in pages:
        response = client.get(path)
        if response.status_code >= 500:
            findings.add(f"GET {path}", f"server error {response.status_code}")
        if not site.is_html(response):
            continue
        body = response.get_data(as_text=True)
        for text in sent:
            findings.add(f"GET {path}", _echo_problem(body, text, baselines.get(path, "")))


@pytest.mark.parametrize("locale_index", range(len(LOCALES)), ids=LOCALES)
def test_hostile_strings_in_every_text_field_never_break_or_inject(tmp_path, locale_index):
    app = site.make_app(tmp_path, MAX_DEBTS=10_000, MAX_INCIDENTS=10_000)
    client = app.test_client()
    client.set_cookie("lang", LOCALES[locale_index])
    site.seed_case(client)
    targets = _targets(client)
    assert {"/debts/<debt_id>/edit", "/budget/"} <= {t.rule for t in targets}
    read_back = [p for p, r in site.crawl(client, downloads=False).items() if site.is_html(r) and "/edit" not in p]
    baselines = {p: client.get(p).get_data(as_text=True) for p in read_back}
    findings = Findings()
    for target in targets:
        sent = _attack(client, target, locale_index, baselines.get(target.page, ""), findings)
        _read_back(client, read_back, sent, baselines, findings)
    assert findings.problems == [], f"{len(findings.problems)} problems in {findings.posts} posts"
    assert findings.posts >= len(hostile.CATALOGUE)
    _still_works(client)


def _still_works(client) -> None:
    form = webforms.post_forms(site.page(client, "/debts/new"))[0]
    assert site.submit(client, form, {"owed": "4321", "tail": "4321"}).status_code == 302
    assert "4,321.00" in client.get("/debts/").get_data(as_text=True)


def test_hostile_resume_codes_are_answered_at_the_field(client):
    for text in hostile.CATALOGUE:
        response = client.post("/resume", data=hostile.encode_form([("code", text)]), content_type=FORM_CONTENT)
        assert response.status_code == 422, text[:40]
        assert _echo_problem(response.get_data(as_text=True), text, "") is None


FREE_TEXT_KEY = re.compile(r"(name|other|story|details|note)$")    # phone numbers: digits only, else refused


def _poisoned(data, text: str):
    """The exported case with every free-text value replaced by `text`."""
    if isinstance(data, dict):
        return {k: (text if isinstance(v, str) and FREE_TEXT_KEY.search(k) else _poisoned(v, text))
                for k, v in data.items()}
    if isinstance(data, list):
        return [_poisoned(v, text) for v in data]
    return data


IMPORTED = ("<script>alert(1)</script>", '" onmouseover="alert(1)" x="', "</textarea><script>alert(1)</script>",
            "{{ 1234*5678 }}", "{{ config.SECRET_KEY }}", 700 * "<b>")   # stays under the spooling size


def test_an_imported_case_full_of_hostile_text_renders_escaped(client):
    """The import path skips the forms' validators: the pages must still escape what it brings."""
    site.seed_case(client)
    exported = json.loads(client.get("/case/export.json").get_data(as_text=True))
    imported = 0
    for text in IMPORTED:
        poisoned = json.dumps(_poisoned(exported, text), ensure_ascii=False).encode("utf-8")
        response = client.post("/case/import", data={"replace": "1", "file": (BytesIO(poisoned), "case.json")})
        assert response.status_code in (302, 422), text[:40]
        imported += response.status_code == 302
        for path, page in site.crawl(client, downloads=False).items():
            assert page.status_code < 500, (path, text[:40])
            if site.is_html(page):
                assert _echo_problem(page.get_data(as_text=True), text, "") is None, (path, text[:40])
    assert imported >= len(IMPORTED) - 1            # markup fits what the forms send; 700 × "<b>" is too long
