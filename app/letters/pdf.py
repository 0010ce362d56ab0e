"""HTML -> PDF for every printed letter; the only module in the project that imports WeasyPrint.

The renderer fetches nothing but the app's own files under static/: no network, no other
local files, no data: URLs. A refused URL is logged by WeasyPrint and skipped (an image simply
does not appear, the text around it still renders), because a letter missing a decorative
resource is still a correct letter. What would make it wrong, the print stylesheet failing
to load (no page numbers, no CJK serif font, no page breaks), raises PdfRenderError instead.
"""

import gc
import mimetypes
import struct
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import pydyf
import weasyprint
from weasyprint import CSS, HTML
from weasyprint import css as weasyprint_css
from weasyprint import html as weasyprint_html
from weasyprint.pdf import fonts as pdf_fonts
from weasyprint.text import ffi as pdf_ffi
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
        with _COLLECTOR_PAUSED, _letter_render():
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


@contextmanager
def _letter_render() -> Iterator[None]:
    """Mark this thread as rendering a letter: the WeasyPrint patches below apply only then.

    Any other WeasyPrint render in the process (bench/pdf_floor.py's plain page, for one) runs
    WeasyPrint exactly as released, whatever this module patched.
    """
    _per_thread.rendering = True
    try:
        yield
    finally:
        _per_thread.rendering = False


def _rendering_letter() -> bool:
    return getattr(_per_thread, "rendering", False)


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
        if getattr(in_init, "active", False) and ot_color is None and _rendering_letter():
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


# --- Embedding CID-keyed CFF fonts as bare CFF, without retained glyph ids ------------------------
# WeasyPrint 70 subsets every font with HB_SUBSET_FLAGS_RETAIN_GIDS (then a second pass that only
# trims the glyphs after the last one used), and embeds the result as a whole OpenType file. For
# Noto Serif CJK, whose used glyph ids reach 63,000, that keeps 63,000 empty glyphs per face: a
# CharStrings index, hmtx and vmtx of 63,000 entries each, about 130 KB per face once compressed,
# so a request letter was 350 KB of which 345 KB fonts, and both subset passes and the zlib pass
# walked all of it (about 70 ms of a letter). Retained ids are needed because the page content
# names glyphs by their id in the whole font. For a CID-keyed CFF font whose charset maps every
# glyph id to the same CID (Noto / Source Han CJK: ROS Adobe-Identity-0, CID = glyph id), the
# content's codes are CIDs, and a PDF reader finds a CID's glyph through the embedded CFF's
# charset (ISO 32000-1 9.7.4.2, CIDFontType0), which HarfBuzz keeps when it renumbers the glyphs.
# So such a font is subset once, without retained ids, and its CFF table embedded on its own as
# FontFile3 /CIDFontType0C. Checked on the bench letter and pack (bench/pdfs.py): page images
# identical in MuPDF and the same glyphs in PDFium (anti-aliasing differences only), the same
# text extracted; the letter 75 KB instead of 350 KB. Every other font, or a font where a check
# below fails, goes through WeasyPrint's own subsetting unchanged.

_DROP_TABLES = (b"BASE", b"DSIG", b"EBDT", b"EBLC", b"EBSC", b"GPOS", b"GSUB", b"JSTF", b"LTSH",
                b"PCLT", b"SVG ")
_identity_cid_faces: dict[tuple, bool] = {}
_identity_lock = threading.Lock()


class BareCFF(bytes):
    """A CID-keyed CFF program (the CFF table alone), to embed as FontFile3 /CIDFontType0C."""


def _cff_table(font_file: bytes) -> bytes | None:
    """The 'CFF ' table of an OpenType file, or None."""
    (tables,) = struct.unpack(">H", font_file[4:6])
    for entry in range(tables):
        tag, _checksum, offset, length = struct.unpack(">4sLLL", font_file[12 + 16 * entry:28 + 16 * entry])
        if tag == b"CFF ":
            return font_file[offset:offset + length]
    return None


class _CFFError(ValueError):
    """The data is not a CFF program this reader understands."""


def _index(cff, at: int) -> tuple[list[tuple[int, int]], int]:
    """A CFF INDEX at `at`: its entries as (start, end) offsets into `cff`, and the offset after it."""
    count = int.from_bytes(cff[at:at + 2], "big")
    if count == 0:
        return [], at + 2
    size = cff[at + 2]
    if not 1 <= size <= 4:
        raise _CFFError("bad INDEX offset size")
    table = at + 3
    offsets = [int.from_bytes(cff[table + i * size:table + (i + 1) * size], "big") for i in range(count + 1)]
    data = table + (count + 1) * size - 1          # offsets count from the byte before the data
    return [(data + offsets[i], data + offsets[i + 1]) for i in range(count)], data + offsets[-1]


def _top_dict(data: bytes) -> dict:
    """The operators of a CFF Top DICT: {operator: [operands]}, escaped operators as (12, n)."""
    found, operands, at = {}, [], 0
    while at < len(data):
        b0 = data[at]
        if b0 <= 21:
            if b0 == 12:
                at += 1
                key: object = (12, data[at])
            else:
                key = b0
            found[key], operands = operands, []
            at += 1
        elif b0 == 28:
            operands.append(int.from_bytes(data[at + 1:at + 3], "big", signed=True))
            at += 3
        elif b0 == 29:
            operands.append(int.from_bytes(data[at + 1:at + 5], "big", signed=True))
            at += 5
        elif b0 == 30:                             # a real: skip its nibbles, up to the 0xf end
            at += 1
            while data[at] & 0x0F != 0x0F and data[at] >> 4 != 0x0F:
                at += 1
            operands.append(0)
            at += 1
        elif 32 <= b0 <= 246:
            operands.append(b0 - 139)
            at += 1
        elif 247 <= b0 <= 250:
            operands.append((b0 - 247) * 256 + data[at + 1] + 108)
            at += 2
        elif 251 <= b0 <= 254:
            operands.append(-(b0 - 251) * 256 - data[at + 1] - 108)
            at += 2
        else:
            raise _CFFError("bad DICT byte")
    return found


def _cid_keyed_charset(cff) -> list[int] | None:
    """The CID of each glyph of a CID-keyed CFF program, in glyph order; None if not CID-keyed.

    `cff` is bytes or a buffer over HarfBuzz's copy of the font (read without copying it whole:
    a Noto CJK CFF table is 23 MB). Raises _CFFError on data it does not understand.
    """
    cff = memoryview(cff).cast("B")
    if len(cff) < 4 or cff[0] != 1:
        raise _CFFError("not CFF version 1")
    _names, after_names = _index(cff, cff[2])
    tops, _after = _index(cff, after_names)
    if len(tops) != 1:
        raise _CFFError("not one font")
    top = _top_dict(bytes(cff[tops[0][0]:tops[0][1]]))
    if (12, 30) not in top or 15 not in top or 17 not in top:     # ROS, charset, CharStrings
        return None
    glyphs = int.from_bytes(cff[top[17][0]:top[17][0] + 2], "big")
    at = top[15][0]
    fmt, at = cff[at], at + 1
    cids = [0]
    while len(cids) < glyphs:
        if fmt == 0:
            cids.append(int.from_bytes(cff[at:at + 2], "big"))
            at += 2
            continue
        if fmt not in (1, 2):
            raise _CFFError("bad charset format")
        first = int.from_bytes(cff[at:at + 2], "big")
        width = 1 if fmt == 1 else 2
        left = int.from_bytes(cff[at + 2:at + 2 + width], "big")
        cids.extend(range(first, first + left + 1))
        at += 2 + width
    if len(cids) != glyphs:
        raise _CFFError("charset longer than the font")
    return cids


def _has_identity_cids(font) -> bool:
    """True when the font's CFF is CID-keyed with CID = glyph id for every glyph (cached per face)."""
    key = (font.family, font.weight, font.style, font.index, font.glyph_count)
    with _identity_lock:
        if key in _identity_cid_faces:
            return _identity_cid_faces[key]
    tag = pdf_ffi.harfbuzz.hb_tag_from_string(b"CFF ", -1)
    blob = pdf_ffi.harfbuzz.hb_face_reference_table(font.hb_face, tag)
    try:
        length = pdf_ffi.ffi.new("unsigned int *")
        data = pdf_ffi.harfbuzz.hb_blob_get_data(blob, length)
        try:
            cff = None if data == pdf_ffi.ffi.NULL else pdf_ffi.ffi.buffer(data, int(length[0]))
            cids = _cid_keyed_charset(cff) if cff else None
        except (_CFFError, IndexError, ValueError):  # unreadable: leave the font to WeasyPrint's own path
            cids = None
    finally:
        pdf_ffi.harfbuzz.hb_blob_destroy(blob)
    identity = cids is not None and cids == list(range(len(cids))) and len(cids) == font.glyph_count
    with _identity_lock:
        _identity_cid_faces[key] = identity
    return identity


def _bare_cff_subset(font, to_unicode, hinting) -> BareCFF | None:
    """The font subset to the used glyphs, renumbered, as a bare CID-keyed CFF; None when not possible."""
    if (font.missing or "CFF " not in font.tables or "fvar" in font.tables or font.png or font.svg
            or font.colr or not _has_identity_cids(font)):
        return None
    hb, hb_subset, ffi = pdf_ffi.harfbuzz, pdf_ffi.harfbuzz_subset, pdf_ffi.ffi
    plan = ffi.gc(hb_subset.hb_subset_input_create_or_fail(), hb_subset.hb_subset_input_destroy)
    used = sorted(to_unicode)
    hb.hb_set_add_sorted_array(hb_subset.hb_subset_input_glyph_set(plan),
                               ffi.new(f"hb_codepoint_t[{len(used)}]", used), len(used))
    flags = hb_subset.HB_SUBSET_FLAGS_PASSTHROUGH_UNRECOGNIZED | hb_subset.HB_SUBSET_FLAGS_DESUBROUTINIZE
    if not hinting:
        flags |= hb_subset.HB_SUBSET_FLAGS_NO_HINTING
    hb_subset.hb_subset_input_set_flags(plan, flags)
    drop = tuple(hb.hb_tag_from_string(name, -1) for name in _DROP_TABLES)
    hb.hb_set_add_sorted_array(hb_subset.hb_subset_input_set(plan, hb_subset.HB_SUBSET_SETS_DROP_TABLE_TAG),
                               ffi.new(f"hb_codepoint_t[{len(drop)}]", sorted(drop)), len(drop))
    face = hb_subset.hb_subset_or_fail(font.hb_face, plan)
    if face == ffi.NULL:
        return None
    face = ffi.gc(face, hb.hb_face_destroy)
    otf = pdf_fonts.get_hb_object_data(face)
    cff = _cff_table(otf) if otf and otf[:4] == b"OTTO" else None
    try:
        cids = _cid_keyed_charset(cff) if cff else None
    except (_CFFError, IndexError, ValueError):  # the subset did not come out as expected
        cids = None
    if cids is None or not set(used) <= set(cids):
        return None
    return BareCFF(cff)


def _embed_cid_cff_bare() -> None:
    """Patch pdf.fonts: subset CID-keyed CFF fonts with _bare_cff_subset and embed them as CIDFontType0C."""
    harfbuzz_subset = pdf_fonts.Font._harfbuzz_subset
    file_type = pdf_fonts.Font.type

    def subset(font, to_unicode, hinting) -> None:
        bare = _bare_cff_subset(font, to_unicode, hinting) if _rendering_letter() else None
        if bare is None:
            harfbuzz_subset(font, to_unicode, hinting)
        else:
            font.file_content = bare

    def font_type(font) -> str:
        return "otf" if isinstance(font.__dict__.get("_file_content"), BareCFF) else file_type.fget(font)

    class _Pydyf:
        """pydyf as pdf.fonts sees it, with a font stream of bare CFF marked /CIDFontType0C."""

        def __getattr__(self, name: str):
            return getattr(pydyf, name)

        @staticmethod
        def Stream(stream=None, extra=None, compress=False):  # noqa: N802 (pydyf's name)
            if stream and len(stream) == 1 and isinstance(stream[0], BareCFF):
                extra = pydyf.Dictionary({"Subtype": "/CIDFontType0C"})
            return pydyf.Stream(stream, extra, compress)

    pdf_fonts.Font._harfbuzz_subset = subset
    pdf_fonts.Font.type = property(font_type)
    pdf_fonts.pydyf = _Pydyf()


if weasyprint.__version__.split(".")[0] == PATCHED_WEASYPRINT_MAJOR:
    _embed_cid_cff_bare()


# --- letters.css parsed once per thread, not once per document --------------------------------------
# Every document links css/letters.css, and WeasyPrint fetches and parses a linked stylesheet on
# every render: tokenising it and compiling each selector (cssselect2 compiles selectors into
# Python code with eval) took about 18 ms per document, a tenth of a request letter and as much
# again for each of the eight documents of a print-all pack (bench/pdfs.py). The parsed sheet is
# kept per thread (like the FontConfiguration it is bound to) and reused while the file is
# unchanged; its @page rules are its own, which is how WeasyPrint reads them (one sheet at a time).
# Only letters.css, only in letter renders, and only after it was once fetched and parsed for real.
# letters.css declares no @font-face, @counter-style, @layer or @import: nothing else a parse
# records into the render is skipped by reusing it.

def _stylesheet_key(url: str, fetcher: StaticFilesOnly) -> tuple | None:
    """(path, mtime, size) of letters.css when `url` names it under the fetcher's root, else None."""
    path = fetcher._static_file(url)
    if path is None or path != (fetcher.root / STYLESHEET).resolve():
        return None
    stat = path.stat()
    return str(path), stat.st_mtime_ns, stat.st_size


def _reuse_letters_css() -> None:
    """Patch weasyprint.css so a letter's <link> to letters.css reuses this thread's parsed sheet."""
    make_css = weasyprint_css.CSS

    def css(*args, url=None, url_fetcher=None, font_config=None, page_rules=None, **kwargs):
        key = None
        if (url is not None and not args and _rendering_letter() and isinstance(url_fetcher, StaticFilesOnly)
                and isinstance(font_config, FontConfiguration)):
            key = _stylesheet_key(url, url_fetcher)
        if key is None:
            return make_css(*args, url=url, url_fetcher=url_fetcher, font_config=font_config,
                            page_rules=page_rules, **kwargs)
        cache = _per_thread.__dict__.setdefault("stylesheets", {})
        key = (*key, id(font_config), kwargs.get("media_type"))
        sheet = cache.get(key)
        if sheet is None:
            before = len(page_rules) if page_rules is not None else 0
            sheet = make_css(url=url, url_fetcher=url_fetcher, font_config=font_config,
                             page_rules=page_rules, **kwargs)
            sheet.page_rules = list(sheet.page_rules[before:])   # its own rules, not the render's list
            cache.clear()                                         # one current version per thread
            cache[key] = sheet
        else:
            url_fetcher.served.append(STYLESHEET)                 # as if fetched: htmls_to_pdf checks it
        return sheet

    weasyprint_css.CSS = css


if weasyprint.__version__.split(".")[0] == PATCHED_WEASYPRINT_MAJOR:
    _reuse_letters_css()
