"""Read the wizard's pages as a browser would: links and POST forms, and fill forms with valid answers.

Shared by the security tests (Flask test client) and bench/load.py (real HTTP), so both follow
whatever steps exist when they run: a step that lands later is crawled without editing them.
Only the standard library is used (html.parser), so a page is read the way it was sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

TEXT_TYPES = frozenset({"text", "search", "number", "date", "month", "time", "email", "tel", "url",
                        "password", "datetime-local"})
# Links a crawler must not follow: they close the case in this browser or only set a cookie.
UNSAFE_LINK = re.compile(r"^/(exit|lang/|discreet|static/)")
# Forms a crawler must not submit on its own: they delete, leave, replace or reopen a case.
UNSAFE_ACTION = re.compile(r"(/delete|/remove|/exit|/import|/resume|^/new$|/close$|/switch$)")

# Answers known to be valid for field names of the steps that exist (others get KIND_FILL).
KNOWN_VALID = {
    "issuer": "cmb", "kind": "card", "tail": "1234", "owed": "12,345.67", "first_missed_on": "2025-03-01", "collector": "agency",
    "collector_name": "某某催收公司", "demands-0": "2025-04-01", "household_size": "3", "dependants": "1",
    "income_salary": "6000", "spending_housing": "1500", "spending_food": "1200", "offer": "",
    "applicant_name": "张三", "name": "张三", "phone": "13800000000",
}
KIND_FILL = {"date": "2026-11-01", "month": "2026-10", "time": "23:30", "number": "1", "email": "a@example.com",
             "tel": "13800000000", "url": "", "datetime-local": "2026-11-01T21:30"}


@dataclass
class Field:
    name: str
    kind: str                      # input type, or "select" / "textarea"
    value: str = ""                # the default the page shows
    options: list[str] = field(default_factory=list)   # for select and radio groups
    checked: bool = False          # checkboxes and radios
    required: bool = False
    multiple: bool = False
    inputmode: str = ""

    @property
    def is_text(self) -> bool:
        """A field where the user types: where hostile strings go."""
        return self.kind in TEXT_TYPES or self.kind == "textarea"


@dataclass
class Form:
    action: str
    method: str
    enctype: str
    fields: list[Field] = field(default_factory=list)

    def field_named(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    def text_fields(self) -> list[Field]:
        seen, out = set(), []
        for f in self.fields:
            if f.is_text and f.name not in seen:
                seen.add(f.name)
                out.append(f)
        return out

    @property
    def is_multipart(self) -> bool:
        return "multipart" in self.enctype

    @property
    def is_safe_to_submit(self) -> bool:
        return not UNSAFE_ACTION.search(urlsplit(self.action).path)


@dataclass
class Page:
    url: str
    links: list[str]
    forms: list[Form]


class _Parser(HTMLParser):
    def __init__(self, url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.url = url
        self.links: list[str] = []
        self.forms: list[Form] = []
        self._form: Form | None = None
        self._select: Field | None = None
        self._textarea: Field | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "a" and a.get("href"):
            self.links.append(urljoin(self.url, a["href"]))
        elif tag == "form":
            self._form = Form(urljoin(self.url, a.get("action") or self.url), a.get("method", "get").lower(),
                              a.get("enctype", "application/x-www-form-urlencoded"))
            self.forms.append(self._form)
        elif self._form is not None:
            self._field_tag(tag, a)

    def _field_tag(self, tag: str, a: dict[str, str]) -> None:
        name, required = a.get("name", ""), "required" in a
        if tag == "input" and name:
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset"):
                return
            self._form.fields.append(Field(name, kind, a.get("value", "on" if kind in ("checkbox", "radio") else ""),
                                           checked="checked" in a, required=required,
                                           inputmode=a.get("inputmode", "")))
        elif tag == "select" and name:
            self._select = Field(name, "select", required=required, multiple="multiple" in a)
            self._form.fields.append(self._select)
        elif tag == "option" and self._select is not None:
            value = a.get("value", "")
            self._select.options.append(value)
            if "selected" in a:
                self._select.value = value
        elif tag == "textarea" and name:
            self._textarea = Field(name, "textarea", required=required)
            self._form.fields.append(self._textarea)

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._textarea.value += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            if self._textarea is not None:   # HTML drops one leading newline
                self._textarea.value = self._textarea.value.removeprefix("\r").removeprefix("\n")
            self._textarea = None


def parse(html: str, url: str) -> Page:
    """Links (absolute) and forms of a page served at `url`."""
    parser = _Parser(url)
    parser.feed(html)
    parser.close()
    return Page(url, parser.links, parser.forms)


def local_path(url: str, host: str | None = None) -> str | None:
    """Path and query of a same-site URL (None for other sites and for unsafe links)."""
    parts = urlsplit(url)
    if parts.scheme not in ("", "http", "https") or (host and parts.netloc and parts.netloc != host):
        return None
    if UNSAFE_LINK.match(parts.path):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


# The open-case bar on every page with a case (templates/_layout/case_bar.html) belongs to the site,
# not to the page: its forms (关闭此案件, 切换案件) come first in every page and are never a page's own.
SITE_BAR_ACTIONS = re.compile(r"^/case/(close|switch)$")


def post_forms(page: Page) -> list[Form]:
    """The page's own POST forms, in page order (the open-case bar's left out)."""
    return [f for f in page.forms if f.method == "post" and not SITE_BAR_ACTIONS.match(urlsplit(f.action).path)]


def fill(form: Form, overrides: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(name, value) pairs a person would send: defaults kept, blanks filled with valid answers.

    Radios send their checked (or first) choice, checkboxes only when checked, selects their
    selected (or first non-empty) option. `overrides` replace a field's value wherever it is.
    """
    overrides = overrides or {}
    pairs: list[tuple[str, str]] = []
    radios_done: set[str] = set()
    for f in form.fields:
        if f.name in overrides:
            if f.kind == "radio" and f.name in radios_done:
                continue
            radios_done.add(f.name)
            pairs.append((f.name, overrides[f.name]))
        elif f.kind == "radio":
            if f.name not in radios_done:
                radios_done.add(f.name)
                pairs.append((f.name, _radio_value(form, f.name)))
        elif f.kind == "checkbox":
            if f.checked:
                pairs.append((f.name, f.value))
        elif f.kind == "file":
            continue
        elif f.kind == "select":
            pairs.append((f.name, _select_value(f)))
        else:
            pairs.append((f.name, f.value or _valid_text(f)))
    return pairs


def _radio_value(form: Form, name: str) -> str:
    group = [f for f in form.fields if f.name == name]
    checked = next((f.value for f in group if f.checked), None)
    if checked is not None:
        return checked
    known = KNOWN_VALID.get(name)
    return known if known in {f.value for f in group} else group[0].value


def _select_value(f: Field) -> str:
    """The selected option, else a known answer, else what a browser sends: the first option
    (the first non-empty one if the field is required)."""
    if f.value:
        return f.value
    if KNOWN_VALID.get(f.name) in f.options:
        return KNOWN_VALID[f.name]
    if f.required:
        return next((o for o in f.options if o), "")
    return f.options[0] if f.options else ""


def _valid_text(f: Field) -> str:
    if f.name in KNOWN_VALID:
        return KNOWN_VALID[f.name]
    if f.kind in KIND_FILL and f.required:
        return KIND_FILL[f.kind]
    if not f.required:
        return ""
    return "1" if f.inputmode in ("numeric", "decimal") else "测试"


def first_form_with_action(page: Page, path: str) -> Form | None:
    return next((f for f in post_forms(page) if urlsplit(f.action).path == path), None)
