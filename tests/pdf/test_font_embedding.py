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
