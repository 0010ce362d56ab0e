"""Request tracking (issue 12): per creditor, the request's state, history, agreement and payments.

Importing this package registers the "where things stand" rows of the requests (app.timeline).
"""

from app.negotiate.views import bp

__all__ = ["bp"]
