"""Every character a user typed reaches every document, on the page, with its line breaks (issue 15).

Two levels. In the rendered document HTML (fast, so checked with Hypothesis over arbitrary text):
each field's text sits, whole and with its line breaks, inside elements of class `user-text`,
which letters.css prints with `white-space: pre-line` and `overflow-wrap: anywhere`. In the PDFs
(slow, so one concrete case): 5,000-character runs without a break opportunity (digits, Latin
letters, a URL, CJK without punctuation) are printed entirely, wrapped inside the page, and typed
line breaks come out as separate lines. The case is built directly, not through the forms: a
case file may carry texts as long as MAX_TEXT_CHARS in any field, the forms only in some.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from html.parser import HTMLParser
from io import BytesIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.conduct.complaint import complaints_for
from app.conduct.letter import statement_paragraph
from app.core.case import (
    Applicant,
    Budget,
    Case,
    Channel,
    Collector,
    CollectorKind,
    Debt,
    Evidence,
    EvidenceKind,
    Hardship,
    HardshipReason,
    Incident,
)
from app.core.court.papers import CourtPaper, PaperChannel, PaperKind
from app.core.letters import court_answer, court_objection
from app.core.letters.request import hardship_key
from app.documents import documents_for
from app.letters import render

TODAY = date(2026, 11, 29)
RUN = 5000
FOOTER = re.compile(r"第\s*\d+\s*页\s*共\s*\d+\s*页")
# A4 is 595 x 842 pt with 2.5 cm (70.9 pt) margins. The narrowest characters used here at the
# smallest size printed (9 pt) fit well under 150 on one line of the 453 pt text width; a run
# that did not wrap puts thousands on one line, most of them beyond the paper's edge.
MARGIN, MAX_CHARS_PER_LINE = 70.9, 150


BODIES = {
    "digits": "9876543210",
    "latin": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "url": "https://example.com/a/very/long/path?query=value&next=",
    # CJK without punctuation, one text per field: no piece of one run is a piece of another.
    "cjk1": "永和九年岁在癸丑暮春之初会于会稽山阴之兰亭修禊事也",
    "cjk2": "群贤毕至少长咸集此地有崇山峻岭茂林修竹又有清流激湍",
    "cjk3": "映带左右引以为流觞曲水列坐其次虽无丝竹管弦盛一觞咏",
    "cjk4": "亦足畅叙幽情是日天朗气清惠风和畅仰观宇宙大俯察品类",
    "cjk5": "所游目骋怀足极视听娱信可乐夫人相与俯仰世或取诸抱悟",
}


def run(kind: str, head: str, n: int = RUN) -> str:
    """`n` characters without a space or any punctuation a line may break at, starting with `head`."""
    body = BODIES[kind]
    return (head + body * (n // len(body) + 1))[:n]


def base_case() -> Case:
    """One card with an agency collecting, a night call that breaks the rules, a budget, an applicant."""
    debt = Debt(id="d1", issuer="cmb", owed_fen=5_000_000, first_missed_on=date(2025, 3, 1), tail="1234",
                collector=Collector.AGENCY, collector_name="鼎盛催收")
    incident = Incident(id="i1", occurred_at=datetime(2026, 11, 20, 23, 0), channel=Channel.CALL_ANSWERED,
                        collector_kind=CollectorKind.AGENCY, collector_name="鼎盛催收", debt_id="d1",
                        evidence=(Evidence(EvidenceKind.RECORDING, date(2026, 11, 20), "录音"),))
    budget = Budget(income_fen={"wages": 800_000}, spending_fen={"food": 300_000}, household_size=2,
                    hardships=(Hardship(HardshipReason.OTHER, date(2025, 1, 1)),), hardship_other="店铺关门",
                    story="店铺关门了。", documents=("medical",), documents_other="欠薪证明")
    papers = (CourtPaper("c1000001", PaperKind.COMPLAINT, PaperChannel.COURT_POST, date(2026, 11, 20), debt_id="d1",
                         body="北京市朝阳区人民法院", case_number="(2026)京0105民初1号", address="朝阳路1号",
                         lives_elsewhere=True, clause_not_explained=True),
              CourtPaper("c1000002", PaperKind.PAYMENT_ORDER, PaperChannel.COURT_POST, date(2026, 11, 21), debt_id="d1",
                         body="北京市朝阳区人民法院", case_number="(2026)京0105民督2号", address="朝阳路1号",
                         claimed_fen=6_000_000, admitted_fen=5_000_000))
    return Case(debts=(debt,), incidents=(incident,), budget=budget, court_papers=papers,
                applicant=Applicant(name="王小明", phone="13800000000", id_number="110101199001011234",
                                    show_id_in_letter=True, address="北京市朝阳区"))


def _complaint_key(case: Case) -> str:
    (complaint,) = complaints_for(case)
    return statement_paragraph(case, complaint).key


# Every user-text field: how to put a text into the case, and which documents print it.
REQUEST, COMPLAINT, SUMMARY, SCRIPT = "request", "complaint", "summary", "phone-script"
ANSWER, OBJECTION, PROPOSAL = "court-answer", "court-objection", "court-proposal"
COURT = {ANSWER, OBJECTION, PROPOSAL}
KINDS = [REQUEST, COMPLAINT, SUMMARY, SCRIPT, ANSWER, OBJECTION, PROPOSAL]
PACK = "print-all"                  # every document in one PDF, as /letters/print-all makes it


def _debt(case: Case, **changes) -> Case:
    return replace(case, debts=(replace(case.debts[0], **changes),))


def _incident(case: Case, **changes) -> Case:
    return replace(case, incidents=(replace(case.incidents[0], **changes),))


def _budget(case: Case, **changes) -> Case:
    return replace(case, budget=replace(case.budget, **changes))


def _applicant(case: Case, **changes) -> Case:
    return replace(case, applicant=replace(case.applicant, **changes))


def _papers(case: Case, **changes) -> Case:
    return replace(case, court_papers=tuple(replace(p, **changes) for p in case.court_papers))


def _narrative(case: Case, key: str, text: str) -> Case:
    return replace(case, narratives={**case.narratives, key: text})


FIELDS = {
    "name": (lambda c, t: _applicant(c, name=t), {REQUEST, COMPLAINT, SUMMARY, SCRIPT} | COURT),
    "phone": (lambda c, t: _applicant(c, phone=t), {REQUEST, COMPLAINT, SUMMARY} | COURT),
    "id_number": (lambda c, t: _applicant(c, id_number=t), {REQUEST} | COURT),
    "address": (lambda c, t: _applicant(c, address=t), {REQUEST} | COURT),
    "creditor_other": (lambda c, t: _debt(c, issuer="other", issuer_other=t),
                       {REQUEST, COMPLAINT, SUMMARY, SCRIPT} | COURT),
    "tail": (lambda c, t: _debt(c, tail=t), {REQUEST, COMPLAINT, SUMMARY, SCRIPT}),
    "debt_collector": (lambda c, t: _debt(c, collector_name=t), {SUMMARY}),
    "incident_collector": (lambda c, t: _incident(c, collector_name=t), {COMPLAINT}),
    "caller_name": (lambda c, t: _incident(c, caller_name=t), {COMPLAINT}),
    "caller_number": (lambda c, t: _incident(c, caller_number=t), {COMPLAINT}),
    "number_dialled": (lambda c, t: _incident(c, number_dialled=t), {COMPLAINT}),
    "details": (lambda c, t: _incident(c, details=t), {COMPLAINT}),
    "evidence_note": (lambda c, t: _incident(c, evidence=(Evidence(EvidenceKind.SCREENSHOT, date(2026, 11, 21), t),)),
                      {COMPLAINT}),
    "story": (lambda c, t: _budget(c, story=t), {REQUEST, ANSWER}),
    "hardship_other": (lambda c, t: _budget(c, hardship_other=t), {REQUEST, ANSWER}),
    "documents_other": (lambda c, t: _budget(c, documents_other=t), {REQUEST}),
    "hardship_edit": (lambda c, t: _narrative(c, hardship_key("d1"), t), {REQUEST}),
    "statement_edit": (lambda c, t: _narrative(c, _complaint_key(c), t), {COMPLAINT}),
    "court_body": (lambda c, t: _papers(c, body=t), COURT),
    "case_number": (lambda c, t: _papers(c, case_number=t), COURT),
    "court_address": (lambda c, t: _papers(c, address=t), COURT),
    "answer_edit": (lambda c, t: _narrative(c, court_answer.hardship_key("c1000001"), t), {ANSWER}),
    "reasons_edit": (lambda c, t: _narrative(c, court_objection.reasons_key("c1000002"), t), {OBJECTION}),
}


def kind_of(doc_key: str) -> str:
    if doc_key.startswith("court-"):
        return "-".join(doc_key.split("-")[:2])
    return doc_key.split("-")[0] if doc_key.startswith(("request-", "complaint-")) else doc_key


def document_htmls(case: Case) -> dict[str, str]:
    """{document kind: the HTML its PDF is made from}, one document of each kind."""
    return {kind_of(doc.key): "".join(render.print_html([part], doc.title) for part in _with_cover(doc))
            for doc in documents_for(case, TODAY)}


def _with_cover(doc):
    """The document's printed parts: its cover sheet first when it has one (as render.to_pdf prints it)."""
    return ([replace(doc, template=doc.cover)] if doc.cover else []) + [doc]


class UserTexts(HTMLParser):
    """The text inside every element of class user-text, one string per outermost such element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth, self.stack, self.found = 0, [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "col", "meta", "link", "wbr", "img"):
            return
        marked = "user-text" in (dict(attrs).get("class") or "").split()
        self.stack.append(marked)
        if marked:
            self.depth += 1
            if self.depth == 1:
                self.found.append("")

    def handle_endtag(self, tag):
        if tag in ("br", "col", "meta", "link", "wbr", "img") or not self.stack:
            return
        if self.stack.pop():
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.found[-1] += data


def user_texts(html: str) -> list[str]:
    parser = UserTexts()
    parser.feed(html)
    return parser.found


def kept_with_line_breaks(text: str, printed: list[str]) -> bool:
    """Every typed line is printed whole in a user-text element, and consecutive lines are
    separated by a line break (inside one element, kept by pre-line, or between two elements)."""
    lines = [line.strip(" \t") for line in text.split("\n") if line.strip(" \t")]
    joined = "\n".join(printed)
    if not lines:
        return True
    if len(lines) == 1:
        return lines[0] in joined
    pattern = r"[ \t]*\n\s*".join(re.escape(line) for line in lines)
    return re.search(pattern, joined) is not None


# --- HTML: arbitrary text, every field, every document that prints it ---------------------------

TYPED = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85")
                | st.just("\n"), min_size=1, max_size=80).filter(lambda t: t.strip())


@pytest.mark.parametrize("field", sorted(FIELDS))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TYPED)
def test_typed_text_reaches_every_document_whole_with_its_line_breaks(app, field, text):
    put, kinds = FIELDS[field]
    with app.test_request_context():
        htmls = document_htmls(put(base_case(), text))
    assert kinds <= set(htmls)
    for kind in kinds:
        assert kept_with_line_breaks(text.strip(), user_texts(htmls[kind])), (kind, text)


def test_print_all_prints_every_document_section_as_the_single_pdfs_do(app):
    case = _applicant(base_case(), name="第一行\n第二行")
    with app.test_request_context():
        docs = documents_for(case, TODAY)
        single = [render.print_html([doc], doc.title) for doc in docs]
        pack = render.print_html(docs, "全部文书")
    sections = [html[html.index("<section"):html.rindex("</section>") + 10] for html in single]
    assert all(section in pack for section in sections)


# --- PDF: 5,000-character runs, every field at once, one render per document kind --------------

LONG = {
    "name": run("cjk1", "姓名"),
    "phone": run("digits", "1"),
    "id_number": run("latin", "ID"),
    "address": run("cjk2", "地址"),
    "creditor_other": run("cjk3", "机构"),
    "tail": "末四位" + run("digits", "6", RUN - 3),
    "debt_collector": run("cjk5", "催收方"),
    "incident_collector": run("latin", "Agency"),
    "caller_name": run("latin", "Caller"),
    "caller_number": run("digits", "2"),
    "number_dialled": run("digits", "3"),
    "details": "补充第一行\n补充第二行\n" + run("url", "https://details."),
    "evidence_note": run("latin", "Note"),
    "statement_edit": "意见第一行\n意见第二行\n" + run("digits", "4"),
    "story": "经过第一行\n经过第二行\n" + run("digits", "5"),
    "hardship_other": run("latin", "Other"),
    "documents_other": run("url", "https://documents."),
    "court_body": run("cjk4", "法院"),
    "case_number": run("latin", "Case"),
    "court_address": run("url", "https://court."),
    "reasons_edit": "理由第一行\n理由第二行\n" + run("digits", "8"),
}
# Typed line breaks to find in the PDF text: the line, and the line that must follow it.
BREAKS = {COMPLAINT: [("补充第一行", "补充第二行"), ("意见第一行", "意见第二行")],
          REQUEST: [("经过第一行", "经过第二行")], ANSWER: [("经过第一行", "经过第二行")],
          OBJECTION: [("理由第一行", "理由第二行")]}


def long_case() -> Case:
    case = base_case()
    for field, text in LONG.items():
        case = FIELDS[field][0](case, text)
    return case


def pieces(pdf: bytes) -> list[str]:
    """The text the PDF shows, piece by piece (a line, or part of one) in drawing order."""
    found = []
    for page in PdfReader(BytesIO(pdf)).pages:
        page.extract_text(visitor_text=lambda text, *_: found.append(squeeze(text)) if text.strip() else None)
    return found


def printed_whole(value: str, shown: list[str]) -> bool:
    """Whether the pieces, read in order, hold all of `value`, its wrapped lines one after another.

    Pieces of other text may come between two lines of it: a long table row split across pages
    is drawn a page's part of each cell at a time, and a list number is drawn after its item."""
    for start, piece in enumerate(shown):
        at = next((i for i in range(len(piece)) if value.startswith(piece[i:])), None)
        if at is None:
            continue
        done = len(piece) - at
        for later in shown[start + 1:]:
            if done == len(value):
                break
            if value.startswith(later, done):
                done += len(later)
            elif later.startswith(value[done:]):
                done = len(value)
        if done == len(value):
            return True
    return False


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text without its page-number footer (it would sit inside a run crossing pages)."""
    return [FOOTER.sub("", page.extract_text()) for page in PdfReader(BytesIO(pdf)).pages]


def squeeze(text: str) -> str:
    return "".join(text.split())


def off_the_text_area(pdf: bytes) -> list[tuple[int, str]]:
    """Lines of body text that start outside the area inside the margins, or hold more characters
    than a line can: where a run that does not wrap would go."""
    found = []
    for number, page in enumerate(PdfReader(BytesIO(pdf)).pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)

        def visit(text, cm, tm, font, size, number=number, width=width, height=height):
            shown = text.strip()
            if not shown or FOOTER.fullmatch(shown):
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            inside = MARGIN - 1 <= x <= width - MARGIN and MARGIN - 12 <= y <= height - MARGIN
            if not inside or len(shown) > MAX_CHARS_PER_LINE:
                found.append((number, f"{len(shown)} characters at ({x:.0f}, {y:.0f}): {shown[:30]}"))

        page.extract_text(visitor_text=visit)
    return found


@pytest.fixture(scope="module")
def long_pdfs(tmp_path_factory):
    """{document kind: PDF bytes} for the long case, plus "print-all": the pack of every document."""
    from app import create_app
    from app.store import upgrade

    db = tmp_path_factory.mktemp("wrap") / "db.sqlite"
    upgrade(f"sqlite:///{db}")
    flask_app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{db}", "FIXED_TODAY": "2026-11-29",
                            "SECRET_KEY": "test"})
    with flask_app.test_request_context():
        docs = documents_for(long_case(), TODAY)
        assert {kind_of(d.key) for d in docs} == set(KINDS)
        pdfs = {kind_of(doc.key): render.to_pdf([doc], doc.title) for doc in docs}
        pdfs[PACK] = render.to_pdf(docs, "全部文书")       # what app.letters.views.print_all sends
    return pdfs


@pytest.mark.parametrize("kind", [*KINDS, PACK])
def test_every_character_of_a_long_unbroken_run_is_printed(long_pdfs, kind):
    shown = pieces(long_pdfs[kind])
    fields = [field for field, (_, kinds) in FIELDS.items() if field in LONG and (kind in kinds or kind == PACK)]
    missing = [field for field in fields if not printed_whole(LONG[field].split("\n")[-1], shown)]
    assert fields and missing == []


@pytest.mark.parametrize("kind", [*KINDS, PACK])
def test_long_runs_wrap_inside_the_page(long_pdfs, kind):
    assert off_the_text_area(long_pdfs[kind]) == []


@pytest.mark.parametrize("kind", [REQUEST, COMPLAINT, ANSWER, OBJECTION, PACK])
def test_typed_line_breaks_are_separate_lines_in_the_pdf(long_pdfs, kind):
    lines = [line.strip() for page in page_texts(long_pdfs[kind]) for line in page.splitlines()]
    for first, second in BREAKS.get(kind, BREAKS[REQUEST] + BREAKS[COMPLAINT] + BREAKS[OBJECTION]):
        at = next(n for n, line in enumerate(lines) if line.endswith(first))
        assert lines[at + 1].startswith(second), lines[at - 1:at + 2]


# --- Layout: nothing sticks out of its table cell -------------------------------------------------

def sticking_out(html: str) -> list[tuple[int, str]]:
    """Text boxes wider than their table cell or the page's text area, from WeasyPrint's layout
    (the boxes the PDF is drawn from; `_page_box` is WeasyPrint's, read-only here)."""
    from pathlib import Path

    from flask import current_app
    from weasyprint.formatting_structure import boxes

    from app.letters.pdf import LetterHTML, StaticFilesOnly

    fetcher = StaticFilesOnly(Path(current_app.static_folder))
    document = LetterHTML(string=html, base_url=fetcher.root.as_uri() + "/", url_fetcher=fetcher).render()
    found = []
    for number, page in enumerate(document.pages, start=1):
        area = page._page_box
        left, right = area.content_box_x(), area.content_box_x() + area.width

        def walk(box, low, high, number=number):
            if isinstance(box, boxes.MarginBox):
                return
            if isinstance(box, boxes.TableCellBox):
                low, high = box.content_box_x(), box.content_box_x() + box.width
            if isinstance(box, boxes.TextBox) and (box.position_x < low - 0.5
                                                   or box.position_x + box.width > high + 0.5):
                found.append((number, box.text[:30]))
            for child in getattr(box, "children", ()):
                walk(child, low, high)

        walk(area, left, right)
    return found


def test_the_largest_amounts_and_long_names_stay_inside_their_cells(app):
    case = _debt(base_case(), owed_fen=9_999_999_999, principal_fen=9_999_999_999, issuer="other",
                 issuer_other="云岭农村商业银行瑞丽支行" + run("latin", "Bank", 300),
                 collector_name="鼎盛恒通资产管理有限公司" + run("digits", "7", 300))
    case = _applicant(case, address=run("url", "https://", 400))
    case = replace(case, plan=replace(case.plan, monthly_offer_fen=999_999_999, down_payment_fen=999_999_999))
    with app.test_request_context():
        htmls = document_htmls(case)
        shown = (SUMMARY, REQUEST, ANSWER, OBJECTION)
        assert {kind: sticking_out(htmls[kind]) for kind in shown} == {kind: [] for kind in shown}
