"""Finding line-end hyphen breaks fast: the matches a pattern of breaks (the dehyphenate stage's
LINE_END_HYPHEN) finds in a text, looked for only where a break can start.

Such a pattern opens with a word ("incur", "two-and-a") of letters, marks, apostrophes and
hyphens, then the hyphen, then spaces or tabs and the line end. So a match starts in the last
word of a line that ends in a hyphen (after spaces or tabs), and nowhere else. Scanning a whole
web page copy for it costs a pattern's try at every letter; trying only those last words gives
the same matches, in the same order, as ``pattern.finditer(text)``.
"""
from __future__ import annotations

import unicodedata
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


def ends_in_hyphen(lines) -> bool:
    """Whether a letter and a hyphen (then spaces or tabs) end a line that another follows: the
    only place dehyphenate() has work. One look at each line's end, not a pattern over the text.

    >>> from cleantext.document import Line
    >>> ends_in_hyphen([Line("incur- ", (1, 1)), Line("sion", (2, 2))])
    True
    >>> ends_in_hyphen([Line("pages 7-", (1, 1)), Line("9", (2, 2))]), ends_in_hyphen([Line("last-", (1, 1))])
    (False, False)
    """
    for line in lines[:-1]:
        end = line.text.rstrip(" \t")
        if end[-1:] in ("-", "\N{HYPHEN}") and end[-2:-1].isalpha():
            return True
    return False


# A compound's last word broken inside: its head no word this common (Zipf: "in", "to", "of" open
# the last words of "mother-in-law", "well-to-do"), the word whole at least this common.
PIECE_COMMON, WHOLE_WORD = 6.0, 2.0


def inside_last_word(first: str, second: str, tail: str, zipf: Callable[[str], float]) -> str:
    """The last word's head where a line-end break after a compound's hyphenated head may fall
    inside the compound's last word ("verse-mak-|ing": "mak"), to be judged as any break; "" where
    it cannot (no hyphen before, a capital after, the compound going on after the break, the
    head a very common word or the word whole none: "mother-in-|law", "inlaw"). A program that
    hyphenates words breaks a compound's words too; TeX breaks a compound at its hyphens only.

    >>> zipf = {"mak": 3.1, "making": 5.5, "in": 7.4, "inlaw": 1.96}.get
    >>> zipf_of = lambda w: zipf(w.lower(), 0.0)
    >>> [inside_last_word(*b, zipf_of) for b in [("verse-mak", "ing", ""), ("mother-in", "law", ""),
    ...                                          ("mony", "getting", "-men")]]
    ['mak', '', '']
    """
    head, _, piece = first.rpartition("-")
    if not (head and piece and second[:1].islower() and not tail.startswith("-")):
        return ""
    return piece if zipf(piece) < PIECE_COMMON and zipf(piece + second) >= WHOLE_WORD else ""


def inside_first_word(first: str, second: str, tail: str, zipf: Callable[[str], float]) -> bool:
    """Whether a line-end break before a compound's own hyphen falls inside the compound's first
    word ("tobac-|co-smoke", "win-|dow-panes"), to be judged as any break of that word: the
    pieces make a word whole and are not both very common words (the author's "up-|to-date",
    "in-|to"). A program that hyphenates words breaks a compound's first word as any other.

    >>> zipf = {"tobac": 0.0, "co": 5.2, "tobacco": 4.2, "up": 6.4, "to": 7.4, "upto": 3.2,
    ...         "do": 6.4, "something": 5.8, "dosomething": 1.5}.get
    >>> zipf_of = lambda w: zipf(w.lower(), 0.0)
    >>> [inside_first_word(*b, zipf_of) for b in [("tobac", "co", "-smoke"), ("up", "to", "-date"),
    ...                                           ("do", "something", "-to"), ("tobac", "co", "")]]
    [True, False, False, False]
    """
    if "-" in first or first.isupper() or not second[:1].islower() or not (tail[:1] == "-" and tail[1:2].isalpha()):
        return False
    return min(zipf(first), zipf(second)) < PIECE_COMMON and zipf(first + second) >= WHOLE_WORD


def opens_word(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a word of the text: after a space, the text's start, an
    opening bracket, quote or a dash; not after the slash or the dot of an address or a path.

    >>> [opens_word(t, t.index("stack")) for t in ("the stack", "(“stack", "example.com/stack")]
    [True, True, False]
    """
    if start == 0:
        return True
    before = text[start - 1]
    return before.isspace() or before in "\"'" or unicodedata.category(before) in ("Ps", "Pi", "Pd")
