"""Join paragraphs that a page break or a copy split in the middle of a sentence."""
from __future__ import annotations

import regex

from ..codeblocks import code_line_ids
from ..document import Change, Document
from .base import stage

# A paragraph left open ends in a letter or a comma (anything else, it has finished), and the
# next part continues it if it starts with a lower-case word (not a URL or an address).
CONTINUES = regex.compile(r"^\p{Ll}+(?:[\s,;:]|$)")


def joins(previous: str, following: str) -> bool:
    """Whether ``following`` continues the sentence that ``previous`` left open.

    >>> joins("while others", "reported that they had to hide")
    True
    >>> joins("Clara Weiss", "7 August 2024")          # a byline, then a date
    False
    >>> joins("The attack failed.", "then came another")  # the sentence had ended
    False
    >>> joins("همه سر به سر تن به کشتن دهیم", "www.afgazad.com")  # an address is no continuation
    False
    """
    # The end is read off the last character: a pattern anchored at the end would scan the line.
    end = previous.rstrip()[-1:]
    return (end == "," or end.isalpha()) and bool(CONTINUES.match(following.lstrip()))


@stage("paragraphs")
class Paragraphs:
    """Join a paragraph with the next when a blank line (or removed furniture) cut a sentence."""

    def __call__(self, doc: Document) -> Document:
        out, previous = [], None
        # A line of code (cleantext/codeblocks.py) neither continues a sentence nor is continued.
        code = code_line_ids(list(doc.kept()))
        for line in doc.lines:
            worded = line.removal is None and not line.blank  # kept, and not blank
            if worded and previous is not None and id(line) not in code and id(previous) not in code \
                    and joins(previous.text, line.text):
                before = previous.text
                previous.text = f"{previous.text.rstrip()} {line.text.lstrip()}"
                previous.span = (previous.span[0], line.span[1])
                doc.changes.append(Change(self.name, previous.span, before, previous.text, "joined"))
                doc.count("paragraphs_joined")
                continue
            out.append(line)
            if worded:
                previous = line
        doc.lines = out
        return doc
