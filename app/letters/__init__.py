"""Letters (SPEC step 7): review, documents, previews, edits and PDFs.

Importing this package registers this step's document providers and does not import WeasyPrint
(app.letters.pdf is imported only when a PDF is made).
"""

from app.letters.views import bp

__all__ = ["bp"]
