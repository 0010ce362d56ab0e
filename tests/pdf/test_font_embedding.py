"""app.letters.pdf embeds Noto CJK as bare CID-keyed CFF subsets, in letter renders only."""

from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from weasyprint import HTML

from app.letters.pdf import html_to_pdf

STATIC = Path(__file__).resolve().parents[2] / "static"
SENTENCE = "本人申请分期偿还信用卡欠款，每月还款¥1,234.56。"
LETTER = ('<!DOCTYPE html><html lang="zh-Hans-CN"><head><meta charset="utf-8">'
          '<link rel="stylesheet" href="css/letters.css"></head><body><section class="document">'
          f'<h1>申请书</h1><p>{SENTENCE}</p></section></body></html>')


def font_files(data: bytes) -> list[str]:
    """The /Subtype of each embedded FontFile3 program ('/CIDFontType0C'), or 'TrueType' (FontFile2)."""
    subtypes = []
    for page in PdfReader(BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            program = descriptor.get("/FontFile3")
            subtypes.append(str(program.get_object()["/Subtype"]) if program else "TrueType")
    return subtypes


def text(data: bytes) -> str:
    return "".join("".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages).split())


def test_a_letter_embeds_small_bare_cff_subsets_and_keeps_its_text():
    data = html_to_pdf(LETTER, static_dir=STATIC)
    assert font_files(data) and set(font_files(data)) == {"/CIDFontType0C"}     # regular and bold
    assert "申请书" + "".join(SENTENCE.split()) in text(data)
    assert len(data) < 60 * 1024          # was about 150 KB: 63,000 empty glyphs kept per face


def test_other_weasyprint_renders_in_the_process_are_left_as_released():
    data = HTML(string=f'<html lang="zh-Hans-CN"><body><p>{SENTENCE}</p></body></html>').write_pdf()
    assert "/OpenType" in font_files(data) and "/CIDFontType0C" not in font_files(data)


def test_the_cff_reader_tells_cid_keyed_fonts_from_others():
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen
    from fontTools.ttLib import TTFont

    from app.letters.pdf import _cid_keyed_charset

    builder = FontBuilder(1000, isTTF=False)
    builder.setupGlyphOrder([".notdef", "A"])
    builder.setupCharacterMap({65: "A"})
    pen = T2CharStringPen(500, None)
    pen.moveTo((0, 0)), pen.lineTo((500, 0)), pen.lineTo((250, 500)), pen.closePath()
    builder.setupCFF("Test", {"FullName": "Test"}, {".notdef": pen.getCharString(), "A": pen.getCharString()}, {})
    builder.setupHorizontalMetrics({".notdef": (500, 0), "A": (500, 0)})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Test", "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    out = BytesIO()
    builder.save(out)
    name_keyed = TTFont(BytesIO(out.getvalue())).reader["CFF "]
    assert _cid_keyed_charset(name_keyed) is None
    noto = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
    with TTFont(noto, fontNumber=2, lazy=True) as font:
        cff = font.reader["CFF "]
    assert _cid_keyed_charset(cff) == list(range(65535))          # Adobe-Identity-0: CID = glyph id
