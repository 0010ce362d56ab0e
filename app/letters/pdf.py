"""HTML -> PDF for every printed letter; the only module in the project that imports WeasyPrint.

The renderer fetches nothing but the app's own files under static/: no network, no other
local files, no data: URLs. A refused URL is logged by WeasyPrint and skipped (an image simply
does not appear, the text around it still renders), because a letter missing a decorative
resource is still a correct letter. What would make it wrong, the print stylesheet failing
to load (no page numbers, no CJK serif font, no page breaks), raises PdfRenderError instead.
"""

import gc
import mimetypes
import threading
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import weasyprint
from weasyprint import CSS, HTML
from weasyprint import html as weasyprint_html
from weasyprint.pdf import fonts as pdf_fonts
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

STYLESHEET = "css/letters.css"
_per_thread = threading.local()


class PdfRenderError(RuntimeError):
    """The PDF could not be produced, or would have been produced without its stylesheet."""


class RefusedURL(ValueError):
    """A URL outside static/ was requested while rendering; WeasyPrint logs it and skips it."""


class StaticFilesOnly(URLFetcher):
    """Serve file: URLs of regular files under `root` and refuse everything else.

    Refusals raise RefusedURL, an ordinary exception, not FatalURLFetchingError as the STYLE
    example does: WeasyPrint 70 wraps ordinary exceptions into a logged, skipped resource,
    which keeps a stray <img> or url() from aborting a letter the user needs to print.
    `served` lists the static paths (relative, POSIX) actually handed out, in order.
    """

    def __init__(self, root: Path) -> None:
        # super().__init__() is required: WeasyPrint reads attributes it sets (_fail_on_errors).
        super().__init__(allowed_protocols={"file"}, allow_redirects=False)
        self.root = root.resolve()
        self.served: list[str] = []

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        """Return the static file behind `url`, or raise RefusedURL."""
        path = self._static_file(url)
        if path is None:
            raise RefusedURL(f"refused {url!r}: only files under static/ are fetched for PDFs")
        self.served.append(path.relative_to(self.root).as_posix())
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": mime})

    def _static_file(self, url: str) -> Path | None:
        """The resolved file under root that `url` names, or None (other scheme, host, ../, symlink out)."""
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            return None
        path = Path(url2pathname(parts.path)).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            return None
        return path


def html_to_pdf(html: str, *, static_dir: Path) -> bytes:
    """Render a document built on templates/letters/_document.html to PDF bytes.

    Relative URLs resolve against `static_dir`, so the template's `css/letters.css` link is
    served by the fetcher. Fonts are found by family name through Fontconfig, embedded and
    subset by WeasyPrint (HarfBuzz-Subset; app.checks verifies it is installed).
    """
    return htmls_to_pdf([html], static_dir=static_dir)


def htmls_to_pdf(htmls: Sequence[str], *, static_dir: Path) -> bytes:
    """One PDF of several separately laid-out documents, one after another.

    Each document is rendered on its own, so its pages are numbered "第 N 页 共 M 页" within
    that document: a letter taken out of the printed pack for one bank is complete and says
    nothing about the letters to other banks.
    """
    fetcher = StaticFilesOnly(static_dir)
    base_url = fetcher.root.as_uri() + "/"
    try:
        with _COLLECTOR_PAUSED:
            rendered = [LetterHTML(string=html, base_url=base_url, url_fetcher=fetcher).render(
                font_config=_font_config()) for html in htmls]
            pages = [page for document in rendered for page in document.pages]
            pdf = rendered[0].copy(pages).write_pdf()
    except Exception as exc:  # WeasyPrint raises assorted types; callers need one to catch
        raise PdfRenderError(f"WeasyPrint failed: {type(exc).__name__}: {exc}") from exc
    if STYLESHEET not in fetcher.served:
        raise PdfRenderError(f"{STYLESHEET} was not loaded: does the template extend letters/_document.html?")
    return pdf


class _CollectorPause:
    """Pause Python's cyclic garbage collector while any thread is rendering.

    A render allocates hundreds of thousands of boxes and style dicts that stay alive until it
    ends, so every collection run during it traverses them all again and finds little to free:
    that is 5 % of a request letter's CPU time and 17 % of a five-creditor pack's (bench/pdfs.py).
    Reference counting still frees everything it can; the cycles left over are collected as
    usual once the last render in the process has finished. Nested or concurrent renders keep
    it paused until the last one ends; a collector that was already off stays off.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._renders = 0
        self._enable_after = False

    def __enter__(self) -> None:
        with self._lock:
            if self._renders == 0:
                self._enable_after = gc.isenabled()
                gc.disable()
            self._renders += 1

    def __exit__(self, *exc_info: object) -> None:
        with self._lock:
            self._renders -= 1
            if self._renders == 0 and self._enable_after:
                gc.enable()


_COLLECTOR_PAUSED = _CollectorPause()


def _letter_user_agent_stylesheet() -> CSS:
    """WeasyPrint's HTML user-agent stylesheet without its footnote and note pseudo-element rules.

    Those five rules (::footnote-call, ::footnote-marker, ::note-*) match every element, so each
    element of a letter got five extra pseudo-element styles computed for nothing: letters have
    no footnotes or notes. Dropping them leaves the PDF byte-for-byte the same and saves 2-4 %
    of a letter's render time (bench/pdfs.py). A letter that wants footnotes must restore them.
    """
    rules = weasyprint_html.UA.splitlines()
    kept = [line for line in rules if not line.startswith(("::footnote-", "::note-"))]
    return CSS(string="\n".join(kept), counter_style=weasyprint_html.UA_COUNTER_STYLE)


class LetterHTML(HTML):
    """An HTML document rendered with the letters' user-agent stylesheet."""

    _user_agent = _letter_user_agent_stylesheet()

    def _ua_stylesheets(self, forms: bool = False) -> list[CSS]:
        # Letters have no form fields (pdf_forms is off), so the forms stylesheet is never asked for.
        return [self._user_agent]


def _font_config() -> FontConfiguration:
    """This thread's FontConfiguration, created on its first render.

    Reusing one keeps Pango's loaded Noto CJK faces between renders: the one-sentence page of
    bench/pdf_floor.py takes about 43 ms instead of 51 ms with a fresh one per render. It is
    per thread because Pango font maps are not documented as thread-safe. Reuse cannot leak
    one letter into the next: its caches are keyed by computed font style only, and
    letters.css declares no @font-face (the one thing that would accumulate in it).
    Fonts installed after start-up are seen after a restart.
    """
    config = getattr(_per_thread, "font_config", None)
    if config is None:
        config = _per_thread.font_config = FontConfiguration()
    return config


# --- Not copying the whole font collection on every render ------------------------------------
# WeasyPrint's pdf.fonts.Font.__init__ copies the complete font file behind each face it embeds
# into a Python bytes object (get_hb_object_data(hb_face)). For Noto Serif CJK that is the whole
# TTC, 26-27 MB per weight, on every render; the HarfBuzz subsetter then works from the face and
# replaces the copy unread. Two weights mean 53 MB allocated, page-faulted in and freed per
# letter: 20-50 ms of a 300 ms letter (bench/pdfs.py) and as much again on a worker's peak RSS.
# Below, that one copy made in Font.__init__ is deferred until something reads
# Font.file_content (variable or colour fonts, a failed subset); everything else is unchanged.
# Applied only to the WeasyPrint major version it was checked against; others render as before.
PATCHED_WEASYPRINT_MAJOR = "70"


class _DeferredCopy:
    """The face whose bytes Font.__init__ asked for; copied only if Font.file_content is read."""

    __slots__ = ("hb_face",)

    def __init__(self, hb_face: object) -> None:
        self.hb_face = hb_face


def _defer_face_copies() -> None:
    """Patch pdf.fonts so Font.__init__ stores a _DeferredCopy instead of the file's bytes."""
    copy_data = pdf_fonts.get_hb_object_data
    init = pdf_fonts.Font.__init__
    in_init = threading.local()

    def get_hb_object_data(hb_object, ot_color=None, glyph=None):
        if getattr(in_init, "active", False) and ot_color is None:
            return _DeferredCopy(hb_object)
        return copy_data(hb_object, ot_color, glyph)

    def font_init(font, *args, **kwargs) -> None:
        in_init.active = True
        try:
            init(font, *args, **kwargs)
        finally:
            in_init.active = False

    def get(font):
        value = font.__dict__["_file_content"]
        if isinstance(value, _DeferredCopy):
            value = font.__dict__["_file_content"] = copy_data(value.hb_face)
        return value

    def put(font, value) -> None:
        font.__dict__["_file_content"] = value

    pdf_fonts.get_hb_object_data = get_hb_object_data
    pdf_fonts.Font.__init__ = font_init
    pdf_fonts.Font.file_content = property(get, put)


if weasyprint.__version__.split(".")[0] == PATCHED_WEASYPRINT_MAJOR:
    _defer_face_copies()
