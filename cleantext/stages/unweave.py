"""The unweave stage: two columns that pdftotext's default mode mixed, put back in reading order
(the work is done in cleantext/textcolumns.py). Declared in rules/default.toml for text that
shows pages only: in other text a block out of order is the author's, and reordering it would
move paragraphs."""
from __future__ import annotations

from ..document import Document
from ..textcolumns import unweave
from .base import Relayout, stage


@stage("unweave")
class Unweave(Relayout):
    """Put back in order the two columns an extractor mixed (lines alternating, a column's block
    before the one it follows, rows glued at a dropped hyphen)."""

    counter = "columns_unwoven"
    keeps_code = False  # columns are unwoven over the whole text

    def relay(self, text: str) -> tuple[str, int]:
        if "   " in text:  # a column gap: -layout's columns side by side, for the columns stage
            return text, 0
        return unweave(text)
