"""Text set side by side on a PDF page: columns of running text against a table's cells.

Two sides of an empty vertical band are read one after the other (left, then right) only when
both are running text: most of a side's lines run across most of its width, as a program fills
the lines of a column or a stanza, and hold a dozen letters or more. A table's cells are set
short or hold figures, so a side of such lines, level row by row with the other side's, is a
table, read row by row as PDFBox and pdftotext read it. On a page without a gutter, a block of rows set apart by wider gaps (two
stanzas side by side over a page of prose) is read the same way when its two sides are
running text.

Rows are lists of pdfplumber word dicts (``x0``, ``x1``, ``top``, ``bottom``, ``size``),
sorted left to right, as ``cleantext.pdf._rows`` makes them.
"""
from __future__ import annotations

from typing import Callable

Row = list[dict]
# A side is running text when its middle line (by width) covers this share of the side's width,
# it has this many lines or more, and its lines hold this many letters on average (a table's
# cells hold a name or figures; letters, not words, so that a script written without spaces
# counts as well).
FILLED, TEXT_LINES, TEXT_LETTERS = 2 / 3, 3, 12
# Running text's words are parted by word spaces: its middle line's widest gap between two words
# is under this many ems (a table row's cells stand further apart).
WORD_GAP = 1.0
# A table's rows: this share of the shorter side's lines level with a line of the other side.
LEVEL = 0.7
# Blocks of a page: rows further apart than this many of the page's usual steps are apart.
BLOCK_GAP = 1.5
# A band between two blocks side by side: at least this wide, in points, in the middle of the page.
BAND, MIDDLE = 5, (0.3, 0.7)


def running_text(rows: list[Row]) -> bool:
    """Whether a side's lines are running text: enough of them, of a dozen letters or more each
    on average (not figures), most running across most of its width (verse too, a short line
    here and there) with word spaces between their words, not the wider gaps between cells."""
    letters = sum(c.isalpha() for row in rows for word in row for c in word["text"])
    if len(rows) < TEXT_LINES or letters < TEXT_LETTERS * len(rows):
        return False
    left = min(row[0]["x0"] for row in rows)
    right = max(word["x1"] for row in rows for word in row)
    widths = sorted(max(w["x1"] for w in row) - row[0]["x0"] for row in rows)
    gaps = sorted(max((b["x0"] - a["x1"]) / max(a["size"], 1.0) for a, b in zip(row, row[1:])) if len(row) > 1 else 0.0
                  for row in rows)
    return widths[len(widths) // 2] >= FILLED * (right - left) and gaps[len(gaps) // 2] < WORD_GAP


def level(left: list[Row], right: list[Row]) -> float:
    """The share of the shorter side's rows that stand on the baseline of a row of the other side."""
    shorter, longer = sorted((left, right), key=len)
    if not shorter:
        return 0.0
    others = [(max(w["bottom"] for w in row), min(w["size"] for w in row)) for row in longer]
    found = sum(any(abs(max(w["bottom"] for w in row) - bottom) <= max(1.5, min(size, row[0]["size"]) * 0.25)
                    for bottom, size in others) for row in shorter)
    return found / len(shorter)


def cells(left: list[Row], right: list[Row]) -> bool:
    """Whether the two sides of a band are a table's columns rather than two columns of text:
    their rows are level with each other, and one side of enough lines to tell is no running
    text (of a line or two, nothing is told)."""
    return level(left, right) >= LEVEL and any(len(side) >= TEXT_LINES and not running_text(side)
                                               for side in (left, right))


def _steps(rows: list[Row]) -> float:
    steps = sorted(b[0]["top"] - a[0]["top"] for a, b in zip(rows, rows[1:]))
    return steps[len(steps) // 2] if steps else 0.0


def _band(words: list[dict], width: float) -> tuple[float, float] | None:
    """The widest band in the middle of the page that no word of a block crosses."""
    lo, hi = int(width * MIDDLE[0]), int(width * MIDDLE[1])
    free = [True] * (hi - lo)
    for word in words:
        for x in range(max(lo, int(word["x0"])), min(hi, int(word["x1"]) + 1)):
            free[x - lo] = False
    best: tuple[float, float] | None = None
    start = None
    for x, empty in enumerate(free + [False]):
        if empty and start is None:
            start = x
        elif not empty and start is not None:
            if x - start >= BAND and (best is None or x - start > best[1] - best[0]):
                best = (float(lo + start), float(lo + x))
            start = None
    return best


def side_by_side(rows: list[Row], width: float,
                 rows_of: Callable[[list[dict]], list[Row]]) -> list[tuple[list[Row], list[list[Row]] | None]]:
    """A page's rows in blocks (split where the gap between rows is wide), each with its two sides'
    rows when it is two blocks of running text side by side, else None (read row by row)."""
    usual = _steps(rows)
    blocks: list[list[Row]] = []
    for row in rows:
        if blocks and row[0]["top"] - blocks[-1][-1][0]["top"] <= BLOCK_GAP * usual:
            blocks[-1].append(row)
        else:
            blocks.append([row])
    found: list[tuple[list[Row], list[list[Row]] | None]] = []
    for block in blocks:
        words = [w for row in block for w in row]
        band = _band(words, width) if len(block) >= TEXT_LINES and width > 0 else None
        sides = None
        if band is not None:
            middle = (band[0] + band[1]) / 2
            left, right = rows_of([w for w in words if w["x1"] <= middle]), rows_of([w for w in words if w["x0"] >= middle])
            if running_text(left) and running_text(right):
                sides = [left, right]
        found.append((block, sides))
    return found
