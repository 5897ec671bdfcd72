"""Printed widths of text estimated from its characters (the reflow and columns stages)."""

from __future__ import annotations

from itertools import repeat

import regex

SPACES = regex.compile(r"[ \t]{2,}")

# Advance widths of the Times-Roman core font (Adobe AFM, 1/1000 em). A
# line's printed width is read from its characters rather than counted in
# characters: "illicit" is half as wide as "WOMAN" in any proportional font,
# and full lines of justified text differ by a tenth in characters but far
# less in width. Characters not listed take a middling letter's width.
_GLYPH_WIDTHS = {
    **dict(zip("abcdefghijklmnopqrstuvwxyz",
               (444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778,
                500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444))),
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               (722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889,
                722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611))),
    **dict.fromkeys("0123456789", 500),
    **dict.fromkeys(" .,", 250), **dict.fromkeys(":;", 278),
    **dict.fromkeys("!()[]/-'‘’", 333), **dict.fromkeys("?\"“”", 444),
    "–": 500, "—": 1000, "%": 833, "&": 778,
}
OTHER_WIDTH = 500


def _width(line: str) -> int:
    """The printed width of a line in a proportional font, in 1/1000 em.

    Runs of spaces (-layout padding, indents) count as one space: they say
    where a line stands, not how much it holds.
    """
    text = line.strip()
    if "  " in text or "\t" in text:
        text = SPACES.sub(" ", text)
    return sum(map(_GLYPH_WIDTHS.get, text, repeat(OTHER_WIDTH)))
