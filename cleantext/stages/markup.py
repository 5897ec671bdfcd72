"""Remove the Markdown that a copy added: heading marks, emphasis, link and image syntax."""
from __future__ import annotations

from ..markdown import marks_in, strip_markdown
from .base import LineFixer, stage


@stage("markup")
class Markup(LineFixer):
    """Strip Markdown marks from every kept line."""

    counter = "markup"
    fix = staticmethod(strip_markdown)
    needles = staticmethod(marks_in)
    code_fix = None  # "# a comment" in a block of code is no heading: code is left alone

    def prepare(self, doc):
        """Not in text read from a PDF: a PDF sets emphasis and headings in a face and a size,
        so an asterisk, underscore or hash in its text layer was printed ("‘@*’" in a manual)."""
        return None if doc.encoding == "pdf" else super().prepare(doc)
