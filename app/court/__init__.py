"""The step 法院与仲裁: court and arbitration papers received, what each means, and its deadlines.

Importing `followup` registers the papers' timeline events and "where things stand" rows.
"""

from app.court import followup
from app.court.views import bp

__all__ = ["bp", "followup"]
