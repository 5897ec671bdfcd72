"""Finding line-end hyphen breaks fast: the matches a pattern of breaks (the dehyphenate stage's
LINE_END_HYPHEN) finds in a text, looked for only where a break can start.

Such a pattern opens with a word ("incur", "two-and-a") of letters, marks, apostrophes and
hyphens, then the hyphen, then spaces or tabs and the line end. So a match starts in the last
word of a line that ends in a hyphen (after spaces or tabs), and nowhere else. Scanning a whole
web page copy for it costs a pattern's try at every letter; trying only those last words gives
the same matches, in the same order, as ``pattern.finditer(text)``.
"""
from __future__ import annotations

from typing import Callable, Iterator

HYPHENS = ("-", "\N{HYPHEN}")


def line_end_matches(pattern, text: str, lines: list[str] | None = None) -> Iterator[tuple[int, object]]:
    """(index of the line it starts on, match) of each match ``pattern.finditer(text)`` yields,
    for a pattern whose matches open with a word of no spaces ending right before a hyphen that
    ends its line; ``lines`` is ``text.split("\\n")`` when the caller has it.

    >>> import regex
    >>> breaks = regex.compile(r"\\p{L}+-[ \\t]*\\n\\p{L}+")
    >>> text = "an incur-\\nsion, pages 7-\\n9, the know- \\nledge-\\nable"
    >>> [(k, m.group()) for k, m in line_end_matches(breaks, text)]
    [(0, 'incur-\\nsion'), (2, 'know- \\nledge')]
    >>> [m.group() for m in breaks.finditer(text)]
    ['incur-\\nsion', 'know- \\nledge']
    """
    if lines is None:
        lines = text.split("\n")
    last = 0  # where the previous match ended: the next starts there or later
    start = 0  # the offset of line k
    for k in range(len(lines) - 1):
        line = lines[k]
        line_start, start = start, start + len(line) + 1
        end = line.rstrip(" \t")
        if end[-1:] not in HYPHENS:
            continue
        mark = line_start + len(end) - 1  # the hyphen's offset
        head = end[:-1]
        if mark <= last or not head or head[-1].isspace():
            continue  # no word before the hyphen, or it was part of the previous match
        # The word is the line's last run of characters other than spaces: a match starts in it.
        word = head.rsplit(None, 1)[-1]
        for at in range(max(last, mark - len(word)), mark):
            m = pattern.match(text, at)
            if m is not None:
                yield k, m
                last = m.end()
                break


def substitute(pattern, text: str, lines: list[str], repl: Callable[[object, int], str]) -> str:
    """``pattern.sub`` over the text with ``repl(match, index of the line it starts on)``, the
    matches found by line_end_matches().

    >>> import regex
    >>> substitute(regex.compile(r"\\p{L}+-\\n\\p{L}+"), "an incur-\\nsion in-\\n7", ["an incur-", "sion in-", "7"],
    ...            lambda m, k: m.group().replace("-\\n", "") + f"@{k}")
    'an incursion@0 in-\\n7'
    """
    parts, done = [], 0
    for k, m in line_end_matches(pattern, text, lines):
        parts += (text[done : m.start()], repl(m, k))
        done = m.end()
    if not done:
        return text
    parts.append(text[done:])
    return "".join(parts)
