"""Every user-visible string is translated in all three catalogs: no empty and no fuzzy entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

LOCALES = Path(__file__).resolve().parents[2] / "locales"


@pytest.mark.parametrize("lang", ["zh_Hans_CN", "zh_Hant_TW", "en"])
def test_catalog_is_complete_and_has_no_fuzzy_entry(lang):
    with (LOCALES / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    problems = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
    assert problems == []


def test_every_extracted_string_is_in_the_catalogs():
    with (LOCALES / "messages.pot").open("rb") as handle:
        template_ids = {m.id for m in read_po(handle) if m.id}
    with (LOCALES / "en" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        english_ids = {m.id for m in read_po(handle, locale="en") if m.id}
    assert template_ids <= english_ids


def test_the_template_is_up_to_date_with_the_source(tmp_path):
    """A string added in code or a template but never extracted would show untranslated."""
    import subprocess
    import sys

    root = LOCALES.parent
    fresh = tmp_path / "fresh.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "locales/babel.cfg",
                    "-k", "_l", "--ignore-dirs=.*", "-o", str(fresh), "."],
                   cwd=root, check=True, capture_output=True)
    with fresh.open("rb") as handle:
        source_ids = {m.id for m in read_po(handle) if m.id}
    with (LOCALES / "messages.pot").open("rb") as handle:
        template_ids = {m.id for m in read_po(handle) if m.id}
    assert source_ids - template_ids == set(), "run `make messages` and translate the new strings"
