"""Start-up checks for what the PDF letters need from the operating system.

Without a CJK font WeasyPrint prints every Chinese character as an empty box; without
HarfBuzz-Subset it falls back to fontTools, logs a warning on every render and is slower.
Neither shows up until someone prints a letter, so the app factory checks at start-up and
says exactly which Debian package to install. Both checks ask the same C libraries
WeasyPrint itself loads (Fontconfig, HarfBuzz-Subset), through ctypes, so this module does
not import WeasyPrint and needs no command-line tools.
"""

import ctypes
import ctypes.util

CJK_FONT_PATTERN = b":lang=zh"
FONT_MESSAGE = (
    "No Chinese (CJK) font is known to Fontconfig, so PDF letters would print empty boxes. "
    "Install one: apt-get install fonts-noto-cjk"
)
FONTCONFIG_MESSAGE = (
    "The Fontconfig library (libfontconfig.so.1) could not be loaded. "
    "Install it and a CJK font: apt-get install libfontconfig1 fonts-noto-cjk"
)
SUBSET_MESSAGE = (
    "WeasyPrint's font subsetter HarfBuzz-Subset (libharfbuzz-subset.so.0) could not be loaded, "
    "so fonts would not be subset with HarfBuzz. Install it: apt-get install libharfbuzz-subset0"
)


class _FcFontSet(ctypes.Structure):
    """Fontconfig's FcFontSet: only the count is read."""

    _fields_ = [("nfont", ctypes.c_int), ("sfont", ctypes.c_int), ("fonts", ctypes.c_void_p)]


def _load_library(short_name: str, soname: str) -> ctypes.CDLL | None:
    """Load a shared library the way WeasyPrint finds it (by short name, then soname), or None."""
    for name in (ctypes.util.find_library(short_name), soname):
        if name:
            try:
                return ctypes.CDLL(name)
            except OSError:
                continue
    return None


def _count_fonts(fontconfig: ctypes.CDLL, pattern: bytes) -> int:
    """How many installed fonts match a Fontconfig pattern such as b":lang=zh" (like fc-list)."""
    fontconfig.FcNameParse.restype = ctypes.c_void_p
    fontconfig.FcNameParse.argtypes = [ctypes.c_char_p]
    fontconfig.FcObjectSetCreate.restype = ctypes.c_void_p
    fontconfig.FcObjectSetAdd.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    fontconfig.FcFontList.restype = ctypes.POINTER(_FcFontSet)
    fontconfig.FcFontList.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    for destroy in ("FcFontSetDestroy", "FcObjectSetDestroy", "FcPatternDestroy"):
        getattr(fontconfig, destroy).argtypes = [ctypes.c_void_p]
    query = fontconfig.FcNameParse(pattern)
    objects = fontconfig.FcObjectSetCreate()
    fontconfig.FcObjectSetAdd(objects, b"family")
    fonts = fontconfig.FcFontList(None, query, objects)  # None: the default configuration
    try:
        return fonts.contents.nfont if fonts else 0
    finally:
        if fonts:
            fontconfig.FcFontSetDestroy(ctypes.cast(fonts, ctypes.c_void_p))
        fontconfig.FcObjectSetDestroy(objects)
        fontconfig.FcPatternDestroy(query)


def _font_messages() -> list[str]:
    """Messages about the CJK font: empty when Fontconfig knows at least one."""
    fontconfig = _load_library("fontconfig", "libfontconfig.so.1")
    if fontconfig is None:
        return [FONTCONFIG_MESSAGE]
    return [] if _count_fonts(fontconfig, CJK_FONT_PATTERN) else [FONT_MESSAGE]


def _subset_messages() -> list[str]:
    """Messages about HarfBuzz-Subset: empty when the library loads and has the subset call."""
    library = _load_library("harfbuzz-subset", "libharfbuzz-subset.so.0")
    return [] if library is not None and hasattr(library, "hb_subset_or_fail") else [SUBSET_MESSAGE]


def check_environment() -> list[str]:
    """Everything missing for PDF letters, one human message each saying what to install."""
    return _font_messages() + _subset_messages()


def require_environment() -> None:
    """Stop start-up with the messages of check_environment() if anything is missing."""
    messages = check_environment()
    if messages:
        raise SystemExit("上岸 Shang'an cannot print letters on this machine:\n" + "\n".join(messages))
