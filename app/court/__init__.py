"""The step 法院与仲裁: court and arbitration papers received, what each means, and its deadlines.

Importing `followup` registers the papers' timeline events and "where things stand" rows;
importing `documents` registers the documents answering them (objection, defence, proposal).
"""

from app.court import documents, followup
from app.court.views import bp

__all__ = ["bp", "documents", "followup"]
