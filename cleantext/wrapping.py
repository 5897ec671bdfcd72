"""How a text's lines were cut: by a program that wraps at spaces (a text-mode browser, textwrap,
fmt), at a page's width, or one paragraph per line. The dehyphenate stage asks before it judges a
line-end hyphen: a break a wrapper made at an author's hyphen keeps it."""
from __future__ import annotations

import regex

# The next line's first piece as a wrapper that breaks at hyphens sees it: "war" of "war-torn".
FIRST_PIECE = regex.compile(r"\S*?\p{L}{2}-(?=\p{L})|\S+")
# Lines of prose: a run of at least this many lines, the longest at least this long.
PROSE_RUN, PROSE_WIDTH = 3, 60
# Wrapped by a program at spaces: this share of a text's prose line ends, of at least this many.
GREEDY_SHARE, GREEDY_MIN = 0.95, 5
# The quote marks a mail program or a forum's text dump puts before each line of a quote ("> ",
# "> > "): the wrapper fills the line with them, and the next line's first word comes after them.
QUOTE_MARKS = regex.compile(r"[ \t]*(?:>[ \t]?)*")
_SPACE_OR_TAB = regex.compile(r"[ \t]")
_DIGITS = regex.compile(r"\d+")


def _runs(lines: list[str]) -> list[tuple[int, int, int]]:
    """(first, last, width) of each run of prose lines, width its longest line's length."""
    runs, start = [], None
    for i, line in enumerate([*lines, ""]):
        blank = not line or line.isspace()  # as `not line.strip()`, without the copy
        if not blank and start is None:
            start = i
        elif blank and start is not None:
            width = max(len(lines[k].rstrip()) for k in range(start, i))
            if i - start >= PROSE_RUN and width >= PROSE_WIDTH:
                runs.append((start, i - 1, width))
            start = None
    return runs


def _quote(line: str) -> str:
    """The quote marks a line starts with, spaces left out: ">>" for "> > text", "" for none."""
    if ">" not in line:
        return ""
    return _SPACE_OR_TAB.sub("", QUOTE_MARKS.match(line).group())


def _opening(line: str) -> str:
    """A line's first word, numbers masked: lines of a list open alike ("Ep. 12:", "Ep. 11:")."""
    if not line or line.isspace():
        return ""
    word = line.split(maxsplit=1)[0]
    return word if word.isascii() and word.isalpha() else _DIGITS.sub("0", word)


def overflows(line: str, following: str, width: int) -> bool:
    """Whether the next line's first piece, after its quote marks, would not have fitted at the end
    of line."""
    # With no ">" in it, the line's quote marks are its leading spaces and tabs.
    piece = FIRST_PIECE.match(following.lstrip(" \t") if ">" not in following
                              else following[QUOTE_MARKS.match(following).end():])
    line = line.rstrip()
    return piece is not None and len(line) + (0 if line.endswith("-") else 1) + len(piece.group()) > width


def wrapped_at_spaces(lines: list[str]) -> dict[int, int]:
    """The width of each prose line of a text that a program wrapped at spaces and hyphens, by
    line index; empty when the text does not look so wrapped.

    A text-mode browser, textwrap or fmt fills each line as far as the next word allows, counting
    characters: the next line's first word never fits at the end of a line. Typeset text (PDF,
    OCR) is filled by measured glyph widths, so about one line in three breaks that rule.

    >>> import textwrap
    >>> prose = textwrap.wrap("A ferry crossed the bay at noon, and the harbour master wrote it "
    ...                       "down in the post-war ledger with the others. " * 12, 64)
    >>> len(wrapped_at_spaces(prose)) == len(prose)
    True
    >>> wrapped_at_spaces([line[:40] for line in prose])   # short lines (verse, a list) say nothing
    {}
    >>> ragged = [line + " tail" if k % 2 else line for k, line in enumerate(prose)]
    >>> wrapped_at_spaces(ragged)
    {}
    """
    widths: dict[int, int] = {}
    filled = checked = 0
    for first, last, width in _runs(lines):
        for i in range(first, last + 1):
            widths[i] = width
            # Where a quote starts or ends ("NAME wrote:" above "> " lines) the break is the
            # writer's, not the wrapper's: such a line end says nothing; nor does one after a line
            # under half the width (a speaker's name and time, a label, set over the text), nor
            # one between the items of a list, which open alike ("Ep. 12: ...", "3. ...").
            size = len(lines[i].rstrip())
            if (i < last and width / 2 <= size < width and _quote(lines[i]) == _quote(lines[i + 1])
                    and _opening(lines[i]) != _opening(lines[i + 1])):
                checked += 1
                filled += overflows(lines[i], lines[i + 1], width)
    return widths if checked >= GREEDY_MIN and filled >= GREEDY_SHARE * checked else {}


# A page's lines are seldom longer than this; a paragraph per line (web copies) usually is.
WRAPPED_MEDIAN = 120


def cut_at_width(lines) -> bool:
    """Whether most lines look cut at a page width rather than at a paragraph's end.

    >>> from cleantext.document import Line
    >>> cut_at_width([Line("a line of a page that was wrapped at its width, as they are", (1, 1))] * 5)
    True
    >>> cut_at_width([Line("a paragraph " * 30, (1, 1))] * 5)
    False

    Runs of spaces count as one, as the whitespace stage will leave them, so that cleaning the
    output again decides the same way:

    >>> cut_at_width([Line("a line " + " " * 80 + "of a page that was wrapped at its width, as they are", (1, 1))] * 5)
    True
    """
    lengths = sorted(len(line.text) for line in lines if not line.blank)
    if not lengths:
        return False
    if lengths[len(lengths) // 2] > WRAPPED_MEDIAN:
        lengths = sorted(len(" ".join(line.text.split())) for line in lines if not line.blank)
    return lengths[len(lengths) // 2] <= WRAPPED_MEDIAN
