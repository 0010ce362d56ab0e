"""A catalogue of hostile input: what an attacker, a confused user or a broken client may type.

Strings only, as Python `str`; lone surrogates are sent the way they arrive over HTTP form
encoding (their UTF-8-style bytes, which are invalid UTF-8: encode with errors="surrogatepass").
`PRODUCTS` maps template expressions to what they would render as if ever evaluated.
"""

from __future__ import annotations

from urllib.parse import urlencode

KB100 = 100 * 1024

MARKUP = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">点我</text></a></svg>',
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    '" onmouseover="alert(1)" x="',
    "' onfocus='alert(1)' autofocus='",
    "</textarea><script>alert(1)</script>",
    "</style><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "</option></select><img src=x onerror=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<a href="javascript:alert(1)">点我领取补贴</a>',
    "<body onload=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<!-- <script>alert(1)</script> -->",
    "<<SCRIPT>alert(1);//<</SCRIPT>",
    "<link rel=stylesheet href=http://127.0.0.1:9/x.css>",
    "<style>@import url(http://127.0.0.1:9/x.css);</style>",
    '<div style="background:url(http://127.0.0.1:9/x.png)">x</div>',
    '<object data="file:///etc/passwd"></object>',
    '<meta http-equiv="refresh" content="0;url=http://example.com">',
    "<base href=http://example.com/>",
]

TEMPLATES = [
    "{{7*7}}",
    "{{ 1234*5678 }}",
    "{{ config }}",
    "{{ config.SECRET_KEY }}",
    "{% raw %}{{7*7}}{% endraw %}",
    "{% for x in range(3) %}循环{% endfor %}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "${7*7}",
    "#{7*7}",
    "<%= 7*7 %>",
    "%(name)s",
    "%s%s%s%n",
    "{0}{1}{__class__}",
]

SQL_AND_PATHS = [
    "'; DROP TABLE cases; --",
    '" OR "1"="1',
    "1' OR '1'='1' --",
    "1; SELECT pg_sleep(5)--",
    "../../../../etc/passwd",
    "file:///etc/passwd",
    "http://127.0.0.1:9/",
    "javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "\r\n\r\nSet-Cookie: injected=1",
    "\nINFO forged log line",
    "\x1b[31mred\x1b[0m",
]

UNICODE = [
    "\x00",
    "abc\x00def",
    "\ud800",                   # lone high surrogate
    "\udfff",                   # lone low surrogate
    "a\ud83dz",                 # half an emoji
    "\u202egnp.exe",            # right-to-left override
    "\u200f\u200e\u2066\u2069",  # bidi marks and isolates
    "👨\u200d👩\u200d👧",           # zero-width joiners
    "\u200b\u200c\u200d\ufeff",  # zero-width space, non-joiner, joiner, BOM
    "😀🎉🀄",
    "𠀀𪚥",                      # characters beyond the Basic Multilingual Plane
    "Z\u0334\u0321\u032aa\u0338l\u0337g\u0336o\u0335",
    "\u2028\u2029",
    "\t \n ",
    "   ",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "\\u003cscript\\u003e",
]

NUMBERS = [
    "１２３４５",                 # full-width digits
    "１２,３４５．６７",
    "١٢٣٤٥",                    # Arabic-Indic digits
    "۱۲۳۴",                     # extended Arabic-Indic (Persian) digits
    "1e309",
    "-1e309",
    "NaN",
    "Infinity",
    "-0",
    "-0.00",
    "0x10",
    "1_000",
    "9" * 400,
    "99999999999999999999.99",
]

HUGE = [
    "A" * KB100,
    ("<b>界</b>" * (KB100 // 10 + 1)),
]

CATALOGUE: list[str] = MARKUP + TEMPLATES + SQL_AND_PATHS + UNICODE + NUMBERS + HUGE

# Template expressions and what they would print if a template ever evaluated user text.
PRODUCTS = {"{{7*7}}": "49", "{{ 1234*5678 }}": "7006652", "${7*7}": "49", "#{7*7}": "49", "<%= 7*7 %>": "49"}
UNIQUE_PRODUCTS = ("7006652",)

# Short printable strings that must come out of a PDF exactly as typed (whitespace aside).
PDF_LITERALS = [
    "<img src=x onerror=alert(1)>",
    "</style><script>alert(1)</script>",
    "{{7*7}}",
    "{% raw %}x{% endraw %}",
    "'; DROP TABLE cases; --",
    "%s%n",
    "file:///etc/passwd",
]


def encode_form(pairs: list[tuple[str, str]]) -> bytes:
    """application/x-www-form-urlencoded bytes; lone surrogates go out as their invalid UTF-8 bytes."""
    return urlencode(pairs, encoding="utf-8", errors="surrogatepass").encode("ascii")


# --- case files (issue 15): values an imported file may hold that no form could produce ---------

# Ids where the app writes 8 lowercase hex digits (URLs, calendar UIDs, form keys).
CASE_FILE_IDS = ["d000\r\n01", "d0000001\n", "../../x", "<script>", "D0000001", "d1", "", "d0000001 ",
                 "d0000001/../..", "d000%0a01", "\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661"]
# Codes from closed lists that end up in file names and document keys.
CASE_FILE_CODES = ["../../x<script>", "<script>", "cmb\r\nX-Injected: 1", "CMB", "other ", "", "cmb\x00",
                   "__proto__", "constructor"]
# Times carrying what the app never writes: a zone, seconds, a fold, an offset the pages cannot compare.
CASE_FILE_DATETIMES = ["2026-11-29T10:00:00+08:00", "2026-11-29T10:00:00Z", "2026-11-29T10:00:00-23:59",
                       "2026-11-29T10:00:30", "2026-11-29T10:00:00.000001", "9999-12-31T23:59:00",
                       "0001-01-01T00:00:00"]
CASE_FILE_TIMES = ["10:00:00+08:00", "10:00Z", "10:00:30", "10:00:00.5"]
# JSON values of the wrong type for any field.
CASE_FILE_TYPES = [None, True, 1, -1, 1.5, 10**20, "1", [], {}, ["x"], {"x": 1}]
