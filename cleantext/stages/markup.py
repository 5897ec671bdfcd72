"""Remove the Markdown that a copy added: heading marks, emphasis, link and image syntax."""
from __future__ import annotations

from functools import partial

from ..markdown import about_html, markup_needles, strip_markdown
from .base import LineFixer, Mending, stage


@stage("markup")
class Markup(LineFixer):
    """Strip Markdown marks from every kept line."""

    counter = "markup"
    fix = staticmethod(strip_markdown)
    needles = staticmethod(markup_needles)
    code_fix = None  # "# a comment" in a block of code is no heading: code is left alone

    def prepare(self, doc):
        # A document that shows HTML's references as such keeps its named references (about_html).
        return Mending(partial(strip_markdown, named=not about_html(doc.kept_text()[0])), self.needles)
