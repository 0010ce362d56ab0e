"""The pure core: debts, money, dates, flags, plans, conduct rules and letter content.

Nothing here imports Flask, WTForms, SQLAlchemy or WeasyPrint, reads the clock, the
config, files or the locale: the shell passes "today" in and words the codes we return.
"""
