"""One way to send a download: a file name made only of safe pieces.

A download name reaches the Content-Disposition header and the user's file system. Built from
user or imported text (a creditor's name, an id from a case file) it could carry CR/LF (a broken
or injected header: a 500), quotes, slashes or names that mean something to a file system. So
every name here keeps ASCII letters, digits and "-" of each piece, joined by "-", and a fixed
extension; a name with nothing left is "document".
"""

from __future__ import annotations

import re
from io import BytesIO

from flask import Response, send_file

_UNSAFE = re.compile(r"[^A-Za-z0-9-]+")
MAX_NAME_CHARS = 80
EXTENSIONS = frozenset({"pdf", "json", "ics"})


def safe_filename(*pieces: object, ext: str) -> str:
    """'request-cmb-1234.pdf' from ("request", "cmb", "1234"): only [A-Za-z0-9-] survive."""
    if ext not in EXTENSIONS:
        raise ValueError(f"unexpected download extension {ext!r}")
    parts = [_UNSAFE.sub("-", str(piece)).strip("-") for piece in pieces]
    stem = "-".join(part for part in parts if part)[:MAX_NAME_CHARS].strip("-")
    return f"{stem or 'document'}.{ext}"


def send_download(data: bytes, mimetype: str, *pieces: object, ext: str) -> Response:
    """`data` as an attachment named `safe_filename(*pieces, ext=ext)`."""
    return send_file(BytesIO(data), mimetype=mimetype, as_attachment=True,
                     download_name=safe_filename(*pieces, ext=ext))
