"""User text in PDFs, end to end through the app's own forms: printed literally, and never fetched.

Which fields reach which PDFs is found at run time: a distinct marker goes into every free-text
field of every form, every PDF the crawl finds is generated, and the markers found in them name
the fields that print. Hostile strings then go into those fields. A local HTTP listener records
any request the renderer makes; `file:///etc/passwd` and friends point at files outside static/.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from io import BytesIO

import pytest
from pypdf import PdfReader

from tests.security import hostile, site, webforms


@dataclass(frozen=True)
class PrintedField:
    page: str            # the page showing the form
    action: str          # where the form posts
    name: str            # the field whose text appears in a PDF


def pdf_text(data: bytes) -> str:
    """All page text, whitespace removed: Chinese lines and long strings wrap anywhere."""
    return "".join("".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages).split())


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _pdf_paths(client) -> list[str]:
    return sorted(p for p in site.crawl(client) if p.split("?")[0].endswith(".pdf"))


def _all_pdf_text(client) -> dict[str, str]:
    texts = {}
    for path in _pdf_paths(client):
        response = client.get(path)
        assert response.status_code == 200 and response.mimetype == "application/pdf", (path, response.status_code)
        texts[path] = pdf_text(response.get_data())
    return texts


def _forms(client) -> list[tuple[str, webforms.Form]]:
    found, seen = [], set()
    for path, response in site.crawl(client, downloads=False).items():
        if not site.is_html(response) or response.status_code != 200:
            continue
        for form in webforms.post_forms(webforms.parse(response.get_data(as_text=True), f"http://localhost{path}")):
            action = webforms.local_path(form.action)
            if action and form.is_safe_to_submit and not form.is_multipart and action not in seen:
                seen.add(action)
                found.append((path, form))
    return found


def _write(client, field: PrintedField, text: str) -> int | None:
    """POST `text` into the field; None when its form is gone (an earlier write renamed what it
    belongs to, e.g. the collector a complaint letter's tracking form is keyed by)."""
    form = next((f for f in webforms.post_forms(site.page(client, field.page))
                 if webforms.local_path(f.action) == field.action), None)
    if form is None:
        return None
    body = hostile.encode_form(webforms.fill(form, {field.name: text}))
    return client.post(field.action, data=body, content_type="application/x-www-form-urlencoded").status_code


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """(app, session cookie, fields whose text reaches a PDF) for a seeded case."""
    app = site.make_app(tmp_path_factory.mktemp("pdf-text"))
    client = app.test_client()
    site.seed_case(client)
    if not _pdf_paths(client):
        pytest.skip("no PDF route is reachable from the seeded case yet")
    markers: dict[str, PrintedField] = {}
    for page, form in _forms(client):
        for f in form.text_fields():
            marker = "QZ" + secrets.token_hex(4).upper()
            field = PrintedField(page, webforms.local_path(form.action), f.name)
            if _write(client, field, marker) == 302:
                markers[marker] = field
    texts = "".join(_all_pdf_text(client).values())
    fields = _one_per_field([field for marker, field in markers.items() if marker in texts])
    assert fields, "no text typed into any form appears in any PDF"
    return app, site.session_cookie(client), fields


def _one_per_field(found: list[PrintedField]) -> list[PrintedField]:
    """One form per (rule, field name), an edit page where there is one, so writing adds no items."""
    chosen: dict[tuple[str, str], PrintedField] = {}
    for field in found:
        key = (_rule_shape(field.action), field.name)
        if key not in chosen or _rule_shape(field.action) != field.action:
            chosen[key] = field
    return sorted(chosen.values(), key=lambda f: (f.action, f.name))


def _rule_shape(action: str) -> str:
    """/debts/1a2b3c4d/edit -> /debts/*/edit: items of one kind share a form."""
    return "/".join("*" if any(c.isdigit() for c in part) else part for part in action.split("/"))


def _write_everywhere(client, fields: list[PrintedField], strings: list[str]) -> list[PrintedField]:
    """Type the strings, joined by spaces, into every printed field; returns the fields that saved them.

    One value carrying all strings means one round of PDFs: fields too short for it refuse it at
    the field, and long ones (a narrative, a letter paragraph) take it."""
    packed = " ".join(strings)
    return [field for field in fields if _write(client, field, packed) == 302]





def _client(printed):
    app, cookie, _ = printed
    return site.clone(app, cookie)


def test_hostile_text_prints_literally_in_the_pdfs(printed):
    client, fields = _client(printed), printed[2]
    assert _write_everywhere(client, fields, hostile.PDF_LITERALS), "no printed field took the text"
    texts = _all_pdf_text(client)
    missing = [text for text in hostile.PDF_LITERALS if not any(_squeeze(text) in t for t in texts.values())]
    assert missing == []
    assert not any(product in t for t in texts.values() for product in hostile.UNIQUE_PRODUCTS)


UNUSUAL = [s for s in hostile.UNICODE + hostile.NUMBERS if len(s) < 60]


@pytest.mark.parametrize("group", range(3))
def test_unusual_characters_in_printed_fields_still_give_pdfs(printed, group):
    client, fields = _client(printed), printed[2]
    _write_everywhere(client, fields, UNUSUAL[group::3])
    for path in _pdf_paths(client):
        response = client.get(path)
        assert response.status_code == 200 and response.get_data().startswith(b"%PDF-"), path


def _fetch_bait(port: int) -> list[str]:
    """User text that a careless renderer would fetch: markup, CSS, file and loopback URLs."""
    here = f"http://127.0.0.1:{port}"
    return [
        f'<img src="{here}/img">',
        f'<div style="background:url({here}/style-url)">x</div>',
        f"<style>@import url({here}/import);</style>",
        f"<link rel=stylesheet href={here}/link>",
        f'<svg><image href="{here}/svg-image"/></svg>',
        f"url({here}/bare-url)",
        f"@import '{here}/bare-import';",
        '<img src="file:///etc/passwd">',
        "file:///etc/passwd",
        f"{here}/",
    ]


def test_the_renderer_fetches_nothing_that_user_text_names(printed, listener):
    port, hits = listener
    client, fields = _client(printed), printed[2]
    # Fields too short for the baits keep what the tests above wrote, and a glyph no font has (🀄,
    # 𠀀) garbles pypdf's reading of the whole text layer (WeasyPrint maps .notdef to U+FFFF): reset.
    _write_everywhere(client, fields, ["QZRESET"])
    baits = _fetch_bait(port)
    assert _write_everywhere(client, fields, baits), "no printed field took the text"
    texts = _all_pdf_text(client)
    assert hits == []
    assert [b for b in baits if not any(_squeeze(b) in t for t in texts.values())] == []
    assert all("root:x:0:0" not in t for t in texts.values())
