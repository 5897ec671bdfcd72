"""Markdown marks in one line of text: which a line holds, and the line without them. The markup
stage strips them; the reflow stage reads a line's width as dumped, before its link went."""
from __future__ import annotations

import regex

HEADING = regex.compile(r"^(?:#{1,6}\s+)+(.*?)(?:\s+#+)?\s*$")
IMAGE = regex.compile(r"!\[[^\]]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
LINK = regex.compile(r"\[([^\]]+)\]\((?:https?://|/|#|mailto:)[^)\s]*(?:\s+\"[^\"]*\")?\)")
# Emphasis hugs its text: `*word*`, `**words**`; a star with a space beside it is arithmetic or a list.
STRONG = regex.compile(r"(?<![\w*])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?![\w*])")
EMPHASIS = regex.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])")
UNDERSCORE = regex.compile(r"(?<![\w_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\w_])")


MARKS = "#*_[]"


def marks_in(text: str) -> list[str]:
    """The characters Markdown marks are made of that ``text`` holds: a line without them is left as it is."""
    return [mark for mark in MARKS if mark in text]


def strip_markdown(text: str) -> str:
    """Remove Markdown marks from one line, keeping the words they marked.

    >>> strip_markdown("# Ukrainian military launches incursion")
    'Ukrainian military launches incursion'
    >>> strip_markdown("**[wsws.org/contact](https://wsws.org/contact)**")
    'wsws.org/contact'
    >>> strip_markdown("the *Wall Street Journal's* reporter")
    "the Wall Street Journal's reporter"
    >>> strip_markdown("3 * 4 * 5 and snake_case_name and #hashtag")   # not Markdown: left alone
    '3 * 4 * 5 and snake_case_name and #hashtag'
    """
    for _ in range(3):  # marks can nest ("***x***", "# # x"): strip until none are left
        if not marks_in(text):
            return text
        before = text
        # Each pattern only where the marks it needs are: most lines with a mark have one kind.
        if text.startswith("#"):
            text = HEADING.sub(r"\1", text)
        if "](" in text:
            text = LINK.sub(r"\1", IMAGE.sub("", text))
        if "**" in text or "__" in text:
            text = STRONG.sub(r"\2", text)
        if "*" in text:
            text = EMPHASIS.sub(r"\1", text)
        if "_" in text:
            text = UNDERSCORE.sub(r"\1", text)
        if text == before:
            break
    return text
