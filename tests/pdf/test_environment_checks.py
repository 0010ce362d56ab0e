"""app.checks: start-up checks name the exact Debian package for whatever is missing."""

import ctypes

import pytest

from app import checks


def only_fontconfig_loads(short_name: str, soname: str) -> ctypes.CDLL | None:
    """A _load_library stand-in for a machine without libharfbuzz-subset.so.0."""
    return None if short_name == "harfbuzz-subset" else ctypes.CDLL(soname)


def test_this_machine_has_everything_the_letters_need():
    assert checks.check_environment() == []
    checks.require_environment()


def test_missing_cjk_font_names_fonts_noto_cjk(monkeypatch):
    monkeypatch.setattr(checks, "CJK_FONT_PATTERN", b":family=No Such Font Shangan Test:lang=zh")
    messages = checks.check_environment()
    assert messages == [checks.FONT_MESSAGE]
    assert "apt-get install fonts-noto-cjk" in messages[0]


def test_missing_fontconfig_library_names_it_and_the_font(monkeypatch):
    monkeypatch.setattr(checks, "_load_library", lambda short_name, soname: None)
    messages = checks.check_environment()
    assert messages == [checks.FONTCONFIG_MESSAGE, checks.SUBSET_MESSAGE]
    assert "apt-get install libfontconfig1 fonts-noto-cjk" in messages[0]


def test_missing_subsetter_names_libharfbuzz_subset0(monkeypatch):
    monkeypatch.setattr(checks, "_load_library", only_fontconfig_loads)
    messages = checks.check_environment()
    assert messages == [checks.SUBSET_MESSAGE]
    assert "apt-get install libharfbuzz-subset0" in messages[0]


def test_subsetter_found_by_soname_when_find_library_fails(monkeypatch):
    monkeypatch.setattr(checks.ctypes.util, "find_library", lambda name: None)
    assert checks.check_environment() == []


def test_unloadable_subsetter_is_reported(monkeypatch):
    monkeypatch.setattr(checks.ctypes.util, "find_library", lambda name: None)
    real_cdll = ctypes.CDLL

    def cdll(name: str) -> ctypes.CDLL:
        if "harfbuzz-subset" in name:
            raise OSError(f"{name}: cannot open shared object file")
        return real_cdll(name)

    monkeypatch.setattr(checks.ctypes, "CDLL", cdll)
    assert checks.check_environment() == [checks.SUBSET_MESSAGE]


def test_require_environment_exits_with_every_message(monkeypatch):
    monkeypatch.setattr(checks, "CJK_FONT_PATTERN", b":family=No Such Font Shangan Test")
    monkeypatch.setattr(checks, "_load_library", only_fontconfig_loads)
    with pytest.raises(SystemExit) as caught:
        checks.require_environment()
    assert "apt-get install fonts-noto-cjk" in str(caught.value.code)
    assert "apt-get install libharfbuzz-subset0" in str(caught.value.code)
