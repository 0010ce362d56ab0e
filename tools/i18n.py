"""Translation catalogs: extract, update, fill and check, safely while several people edit.

    python tools/i18n.py update            extract msgids, update the three catalogs, fill zh_Hans_CN
                                           (identity) and empty zh_Hant_TW entries (OpenCC s2twp)
    python tools/i18n.py missing en        untranslated msgids of a locale, as JSON
    python tools/i18n.py translate en F    set translations from a JSON object {msgid: msgstr}
    python tools/i18n.py check             exit 1 when any catalog has untranslated or fuzzy entries

Every command holds locales/.lock, so concurrent runs never overwrite each other's edits.
Compiled .mo files are built by `make` (pybabel compile) and never committed.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
POT = LOCALES / "messages.pot"
LANGS = ("zh_Hans_CN", "zh_Hant_TW", "en")


@contextmanager
def locked():
    with open(LOCALES / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def po_path(lang: str) -> Path:
    return LOCALES / lang / "LC_MESSAGES" / "messages.po"


def load(lang: str):
    with po_path(lang).open("rb") as handle:
        return read_po(handle, locale=lang)


def save(lang: str, catalog) -> None:
    with po_path(lang).open("wb") as handle:
        write_po(handle, catalog, width=0, omit_header=False, ignore_obsolete=True)


def pybabel(*args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "babel.messages.frontend", *args], cwd=ROOT,
                          capture_output=True, text=True)
    if done.returncode:
        sys.exit(done.stdout + done.stderr)


def update() -> None:
    # --ignore-dirs: babel skips "_*" folders by default, which would hide templates/_macros/.
    pybabel("extract", "-F", "locales/babel.cfg", "-k", "_l", "--add-comments=TRANSLATORS:",
            "--ignore-dirs=.*",
            "--no-location", "--sort-output", "-o", str(POT.relative_to(ROOT)), ".")
    for lang in LANGS:
        if po_path(lang).exists():
            pybabel("update", "-i", str(POT), "-d", "locales", "-l", lang, "--no-fuzzy-matching",
                    "--ignore-obsolete", "--no-wrap")
        else:
            pybabel("init", "-i", str(POT), "-d", "locales", "-l", lang, "--no-wrap")
    fill("zh_Hans_CN", lambda text: text)
    fill("zh_Hant_TW", to_traditional)


# OpenCC's Taiwan phrasing gets a few legal and everyday words wrong for this app.
HANT_FIXES = {"髮卡": "發卡", "髮到": "發到", "寫明瞭": "寫明了", "登出證明": "註銷證明",
              "儲存證據": "保存證據", "不良資訊": "不良信息", "恐嚇資訊": "恐嚇訊息"}


def to_traditional(text: str) -> str:
    from opencc import OpenCC
    converted = OpenCC("s2twp").convert(text)
    for wrong, right in HANT_FIXES.items():
        converted = converted.replace(wrong, right)
    return converted


def fill(lang: str, convert) -> None:
    catalog = load(lang)
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            if not any(message.string):
                message.string = tuple(convert(part) for part in message.id)
        elif not message.string:
            message.string = convert(message.id)
    save(lang, catalog)


def missing(lang: str) -> dict[str, str]:
    return {m.id: "" for m in load(lang) if m.id and not isinstance(m.id, tuple) and not m.string}


def translate(lang: str, source: Path) -> None:
    given = json.loads(source.read_text(encoding="utf-8"))
    catalog = load(lang)
    unknown = [msgid for msgid in given if msgid not in catalog]
    for msgid, text in given.items():
        if msgid in catalog and text:
            catalog[msgid].string = text
            catalog[msgid].flags.discard("fuzzy")
    save(lang, catalog)
    if unknown:
        print(f"{len(unknown)} msgids are not in the catalog (run update first?):", *unknown[:10], sep="\n  ")


def check() -> int:
    problems = 0
    for lang in LANGS:
        for message in load(lang):
            if not message.id:
                continue
            empty = not message.string or (isinstance(message.string, tuple) and not all(message.string))
            if empty or message.fuzzy:
                problems += 1
                print(f"{lang}: {'fuzzy' if message.fuzzy else 'untranslated'}: {message.id!r}")
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    command, *rest = argv or ["help"]
    with locked():
        if command == "update":
            update()
        elif command == "missing":
            print(json.dumps(missing(rest[0]), ensure_ascii=False, indent=1))
        elif command == "translate":
            translate(rest[0], Path(rest[1]))
        elif command == "check":
            return check()
        else:
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
