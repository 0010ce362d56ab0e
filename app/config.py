"""Defaults only. Secrets and DATABASE_URL come from the environment (FLASK_* prefixed or plain)."""

BABEL_DEFAULT_LOCALE = "zh_Hans_CN"
BABEL_DEFAULT_TIMEZONE = "Asia/Shanghai"
LANGUAGES = ("zh_Hans_CN", "zh_Hant_TW", "en")

LOOKUP_SECRET = None              # FLASK_LOOKUP_SECRET: keys row ids; never change it (docs/operations.md)
DATABASE_URL = None               # None: sqlite in the instance folder
CASE_TTL_DAYS = 90                # cases untouched this long are purged
MAX_CONTENT_LENGTH = 2 * 1024 * 1024
MAX_IMPORT_BYTES = 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = True      # the factory relaxes this in debug and testing
SESSION_COOKIE_NAME = "sa_session"
PERMANENT_SESSION_LIFETIME = 60 * 60 * 8
SESSION_REFRESH_EACH_REQUEST = False   # re-signed when it changes (every save), not on every page

WTF_CSRF_TIME_LIMIT = None        # tied to the session; a debtor may leave a page open for hours

RATELIMIT_ENABLED = True   # explicit: the shared Limiter would inherit the last app's setting
RATELIMIT_STORAGE_URI = "memory://"
RATELIMIT_HEADERS_ENABLED = True
RESUME_RATE_LIMIT = "10 per minute;50 per day"
PDF_RATE_LIMIT = "30 per minute"

QUICK_EXIT_URL = "https://www.baidu.com/s?wd=%E5%A4%A9%E6%B0%94"   # a weather search: neutral

PAGE_CACHE_BYTES = 32 * 1024 * 1024   # per worker: sealed repeat views (app/page_cache.py); 0 = off

MAX_DEBTS = 50
MAX_INCIDENTS = 300
MAX_TEXT_CHARS = 5000
WTF_I18N_ENABLED = False          # app.i18n.BaseForm picks WTForms locales itself (zh_Hant_TW -> zh_TW)
