"""app.letters.pdf: Chinese text, page numbers, embedded subset fonts, and a fetcher that
fetches nothing but static/ (checked against a real local HTTP server that counts hits)."""

import logging
import re
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader
from pypdf import PdfReader

from app.letters import pdf
from app.letters.pdf import PdfRenderError, RefusedURL, StaticFilesOnly, html_to_pdf

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "static"
JINJA = Environment(loader=FileSystemLoader(ROOT / "templates"), autoescape=True)

REQUEST = "本人因失业暂时无法按期还款，特向贵行申请停止计息并分期偿还。"
COMPLAINT = "催收人员于夜间多次致电本人家属，严重影响其正常生活。"


def render(documents: str, **context: object) -> bytes:
    """Render `documents` (Jinja, autoescaped) inside letters/_document.html, then to PDF."""
    template = JINJA.from_string(
        '{% extends "letters/_document.html" %}{% block documents %}' + documents + "{% endblock %}"
    )
    return html_to_pdf(template.render(**context), static_dir=STATIC)


def pdf_text(data: bytes) -> str:
    """All page text with whitespace removed: Chinese lines wrap mid-phrase."""
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)
    return "".join(text.split())


def weasyprint_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name.startswith("weasyprint") and r.levelno >= logging.WARNING]


TWO_DOCUMENTS = (
    '<section class="document"><h1>分期还款申请书</h1><p>{{ request }}</p></section>'
    '<section class="document"><h1>投诉信</h1><p>{{ complaint }}</p></section>'
)


@pytest.fixture
def hits(listener) -> tuple[str, list[str]]:
    """The shared recording server as (base URL, paths requested)."""
    port, seen = listener
    return f"http://127.0.0.1:{port}", seen


def test_two_documents_print_chinese_text_on_two_numbered_pages():
    data = render(TWO_DOCUMENTS, request=REQUEST, complaint=COMPLAINT)
    reader = PdfReader(BytesIO(data))
    pages = ["".join(page.extract_text().split()) for page in reader.pages]
    assert len(pages) == 2
    assert "分期还款申请书" in pages[0] and REQUEST in pages[0] and "第1页共2页" in pages[0]
    assert "投诉信" in pages[1] and COMPLAINT in pages[1] and "第2页共2页" in pages[1]


def test_long_paragraph_flows_onto_following_pages():
    data = render('<section class="document"><p>{{ text }}</p></section>', text=REQUEST * 120)
    assert len(PdfReader(BytesIO(data)).pages) >= 2
    body = re.sub(r"第\d+页共\d+页", "", pdf_text(data))  # page footers sit between the pages' text
    assert body == REQUEST * 120


def test_page_is_a4_portrait():
    page = PdfReader(BytesIO(render(TWO_DOCUMENTS, request=REQUEST, complaint=COMPLAINT))).pages[0]
    width_mm, height_mm = (float(v) * 25.4 / 72 for v in (page.mediabox.width, page.mediabox.height))
    assert (round(width_mm), round(height_mm)) == (210, 297)


def test_fonts_are_serif_cjk_sc_embedded_and_subset():
    reader = PdfReader(BytesIO(render(TWO_DOCUMENTS, request=REQUEST, complaint=COMPLAINT)))
    refs = [ref for page in reader.pages for ref in page["/Resources"]["/Font"].values()]
    fonts = {ref.idnum: ref.get_object() for ref in refs}
    names = sorted(str(font["/BaseFont"]) for font in fonts.values())
    assert names and all(re.fullmatch(r"/[A-Z]{6}\+Noto-Serif-CJK-SC(-Bold)?", name) for name in names), names
    assert any(name.endswith("-Bold") for name in names)  # the titles
    for font in fonts.values():
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        programs = [descriptor[key].get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
                    if key in descriptor]
        assert len(programs) == 1
        # The installed Noto Serif CJK faces are over 15 MB each; a subset of ~60 glyphs is far smaller.
        assert len(programs[0].get_data()) < 2_000_000


def test_render_logs_no_weasyprint_warnings(caplog):
    caplog.set_level(logging.DEBUG, logger="weasyprint")
    render(TWO_DOCUMENTS, request=REQUEST, complaint=COMPLAINT)
    assert not weasyprint_records(caplog), caplog.text  # .notdef = no font; fontTools = no HarfBuzz-Subset


@pytest.fixture
def fetched(monkeypatch) -> list[str]:
    """The URLs the PDF fetcher is asked for, with no stylesheet parsed yet in this thread."""
    asked: list[str] = []
    fetch = StaticFilesOnly.fetch

    def recording_fetch(self, url, headers=None):
        asked.append(url)
        return fetch(self, url, headers)

    monkeypatch.setattr(StaticFilesOnly, "fetch", recording_fetch)
    monkeypatch.setattr(pdf._per_thread, "stylesheets", {}, raising=False)
    return asked


def test_a_plain_letter_asks_the_fetcher_for_the_stylesheet_only(fetched):
    asked = fetched
    render(TWO_DOCUMENTS, request=REQUEST, complaint=COMPLAINT)
    assert asked == [STATIC.as_uri() + "/css/letters.css"]


def test_letters_css_is_parsed_once_and_reused_while_unchanged(fetched):
    asked = fetched
    first = pdf_text(render(TWO_DOCUMENTS, request=REQUEST, complaint=COMPLAINT))
    again = pdf_text(render(TWO_DOCUMENTS, request=REQUEST, complaint=COMPLAINT))
    assert asked == [STATIC.as_uri() + "/css/letters.css"]          # the second render reused it
    assert first == again and "第1页共2页" in again                   # still styled: @page numbers


def test_remote_local_and_escaping_urls_are_refused_and_the_text_still_prints(hits, caplog):
    base, seen = hits
    caplog.set_level(logging.DEBUG, logger="weasyprint")
    documents = (
        "<style>@import url('" + base + "/import.css');"
        " .a { background: url('" + base + "/bg.png') } .b { background-image: url('../pyproject.toml') }"
        " .c { list-style-image: url('file:///etc/hostname') }</style>"
        '<link rel="stylesheet" href="' + base + '/link.css">'
        '<section class="document"><p class="a">前文开始</p><p class="b">中间</p>'
        '<ul class="c"><li>列表</li></ul>'
        '<img src="' + base + '/img.png" alt=""><img src="file:///etc/passwd" alt="">'
        '<img src="../../../../../../../../etc/shadow" alt=""><img src="css/../../app/checks.py" alt="">'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">'
        "<p>后文结束</p></section>"
    )
    text = pdf_text(render(documents))
    assert seen == []
    assert "前文开始" in text and "中间" in text and "列表" in text and "后文结束" in text
    assert "第1页共1页" in text  # letters.css still applied
    refusals = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    for url in ("/import.css", "/link.css", "/bg.png", "/pyproject.toml", "file:///etc/hostname",
                "/img.png", "file:///etc/passwd", "file:///etc/shadow", "/app/checks.py", "data:image/gif"):
        assert any(url in message and "RefusedURL" in message for message in refusals), url


def test_escaped_user_markup_prints_literally_and_fetches_nothing(hits):
    base, seen = hits
    user_text = f'<img src="{base}/x.png">我的情况说明'
    text = pdf_text(render('<section class="document"><p>{{ note }}</p></section>', note=user_text))
    assert "".join(user_text.split()) in text
    assert seen == []


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:9/letters.css",
    "https://example.com/letters.css",
    "file:///etc/passwd",
    "file://otherhost" + STATIC.as_posix() + "/css/letters.css",
    STATIC.as_uri() + "/css/../../pyproject.toml",
    STATIC.as_uri() + "/css/%2e%2e/%2e%2e/pyproject.toml",
    STATIC.as_uri() + "/css/no-such-file.css",
    STATIC.as_uri() + "/css",
    "data:text/css,p{color:red}",
    "ftp://127.0.0.1/x.css",
])
def test_fetcher_refuses_everything_but_static_files(url):
    with pytest.raises(RefusedURL):
        StaticFilesOnly(STATIC).fetch(url)


def test_fetcher_refuses_a_symlink_out_of_static(tmp_path):
    (tmp_path / "static").mkdir()
    (tmp_path / "secret.txt").write_text("secret")
    (tmp_path / "static" / "link.txt").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(RefusedURL):
        StaticFilesOnly(tmp_path / "static").fetch((tmp_path / "static" / "link.txt").as_uri())


def test_fetcher_serves_a_static_file_with_its_type():
    fetcher = StaticFilesOnly(STATIC)
    response = fetcher.fetch(STATIC.as_uri() + "/css/letters.css?v=1")
    assert response.content_type == "text/css"
    assert response.read() == (STATIC / "css" / "letters.css").read_bytes()
    assert fetcher.served == ["css/letters.css"]


def test_document_without_the_print_stylesheet_is_an_error():
    with pytest.raises(PdfRenderError, match="letters.css"):
        html_to_pdf('<html lang="zh-Hans-CN"><p>没有样式</p></html>', static_dir=STATIC)


def test_wrong_static_dir_is_an_error_not_an_unstyled_letter(tmp_path):
    html = JINJA.get_template("letters/_document.html").render()
    with pytest.raises(PdfRenderError, match="letters.css"):
        html_to_pdf(html, static_dir=tmp_path)


def test_concurrent_renders_in_threads_each_print_their_own_text():
    notes = [f"第{n}号申请：{REQUEST}" for n in range(6)]
    with ThreadPoolExecutor(max_workers=3) as pool:
        texts = list(pool.map(
            lambda note: pdf_text(render('<section class="document"><p>{{ note }}</p></section>', note=note)),
            notes,
        ))
    assert texts == [note + "第1页共1页" for note in notes]
