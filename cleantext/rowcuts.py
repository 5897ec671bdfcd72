"""Rows of a two-column page that an extractor set on one line, cut apart where each row ends.

pdftotext's default mode takes a left and a right row at the same height for one line where the
gutter is narrow (pdfLaTeX's ``multicols`` sets 10pt), and glues the next such line on where a row
ended in a hyphen, which it drops: "pleasing The ordinary reader would allow the conjunca new
value. It is in turn modified. If we tion and to pass unperceived". The unweave stage
(cleantext/textcolumns.py) cuts such lines into rows a column wide here, then deals the rows out
to their columns.
"""

from __future__ import annotations

import regex

from .glyphs import _width
from .gluedlines import SUFFIX_WORD, WORD
from .words import zipf as _zipf

STARTS_UPPER = regex.compile(r"^[\"'“‘(«]?[\p{Lu}\d]")
STARTS_LOWER = regex.compile(r"^[\"'“‘(«]?\p{Ll}")
SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*$")
# A line this many columns wide or more holds a row and the next (PAIR); a row's end lies within
# ROW_SLACK of the column's width (or of where the row is taken to end).
PAIR = 1.5
ROW_SLACK = 0.15


def _opens_row(left: str, right: str) -> float:
    """0 where a cut at a space leaves the left part ending on a capitalised word that follows a
    word in lower case with no sentence end ("period of You | may"), else 1: a row opens a sentence
    more often than it ends on a capital ("period of | You may")."""
    words = left.split()
    if (len(words) >= 2 and STARTS_UPPER.match(words[-1]) and STARTS_LOWER.match(words[-2])
            and not SENTENCE_END.search(words[-2]) and not words[-2].endswith((",", ";", ":"))):
        return 0.0
    return 1.0


def _cut_rows(line: str, column: float, lang: str) -> list[str]:
    """A line PAIR columns wide or more cut into rows about a column wide, from its start: the
    rows of two columns side by side (a space between) that the extractor glued on where a row
    ended in a hyphen ("the conjunca new value": "the conjunc-", "a new value")."""
    out: list[str] = []
    while _width(line) >= PAIR * column:
        cut = _chain_cut(line, column, lang)
        if cut is None:
            break
        at, glued = cut
        out.append(line[:at].rstrip() + ("-" if glued else ""))
        line = line[at:].lstrip()
    return out + [line]


def _fragment(word: str, lang: str) -> bool:
    """Whether a word in lower case is no word of the language (a piece of a broken word)."""
    word = word.strip(".,;:!?”’\"')(—")
    return word.isalpha() and word.islower() and _zipf(word, lang) < SUFFIX_WORD


def _chain_cut(line: str, column: float, lang: str) -> tuple[int, bool] | None:
    """Where the first row of a line of rows glued together ends (a column wide, give or take
    ROW_SLACK), and whether a hyphen is put back there. A row ends at a space or, where it ended
    in a hyphen the extractor dropped, inside a word that is none whose tail is one ("conjunc|a
    new"). No row ends in a piece of a word; a row that opens with one goes on with a word broken
    in the other column ("If we | tion and"). Of the cuts that fit, the nearest the column's width,
    a tenth of the column costing a point."""
    best: tuple[float, int, bool] | None = None

    def consider(score: float, at: int, glued: bool, width: float) -> None:
        nonlocal best
        off = abs(width - column)
        if off <= ROW_SLACK * column and (best is None or score - 10 * off / column > best[0]):
            best = (score - 10 * off / column, at, glued)

    for m in regex.finditer(r" +", line):
        before, after = line[: m.start()].rsplit(" ", 1)[-1], line[m.end():].split(" ", 1)[0]
        if not after or _fragment(before, lang):
            continue
        consider((2.0 if _fragment(after, lang) else 1.0) + 0.5 * _opens_row(line[: m.start()], line[m.end():]),
                 m.start(), False, _width(line[: m.start()]))
    for m in WORD.finditer(line):
        word = m.group()
        if len(word) < 3 or _zipf(word.lower(), lang) >= SUFFIX_WORD - 1:
            continue
        for k in range(2, len(word)):
            tail = word[k:]
            if tail[0].isupper() and word[k - 1].islower():
                consider(3.0, m.start() + k, True, _width(line[: m.start() + k] + "-"))
            elif tail[0].islower() and _zipf(tail, lang) >= SUFFIX_WORD:
                consider(2.0 + 0.1 * len(tail), m.start() + k, True, _width(line[: m.start() + k] + "-"))
    return None if best is None else (best[1], best[2])
