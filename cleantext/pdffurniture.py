"""A PDF's running heads, feet and page numbers, found from its lines' places, sizes and repetition.

The lines are the pages' lines in reading order (``cleantext.pdf.Line``): a line at the top or
bottom of a page is furniture when it is a page number, comes back on other pages (digits aside),
carries the page's number in step with other pages, or is set smaller than the body at a place
other pages share.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Protocol


class Line(Protocol):
    """What this module reads of a line (``cleantext.pdf.Line`` has these and more)."""

    text: str
    top: float
    size: float
    bold: bool

# Type set smaller than the body by half a point or more (sizes are read to a tenth of a point).
SMALLER = 0.45
# Type larger than this (points) is display type: a page set in it (a title page, a chapter
# opening) has no running text, so no running head known by being set smaller than its text.
DISPLAY = 14.0
SENTENCE = re.compile(r"[.!?…][\"”’»)\]]*\s*$")
# A head names the work or its part ("The Angler's Calendar", "A Compendium of Essays 1"); a line
# with a clause's comma, a label's colon or figures inside it says where, when or which (a letter's
# "Saltmere, 12 March 2026", "Reference: HB/2026/114", an address) and is the page's own.
NOT_A_NAME = re.compile(r"[,:;]|\d.*\D.*\d|^\D+\d+\D")
PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*[-–—])?\s*$", re.IGNORECASE)


def _normalised(text: str) -> str:
    """A line with its digits masked, so "Chapter 2 · 14" repeats as a running head."""
    return re.sub(r"\d+", "#", text.strip().lower())


def _body_size(pages: list[list[Line]]) -> float:
    sizes = Counter(line.size for lines in pages for line in lines for _ in range(max(1, len(line.text))))
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _furniture(pages: list[list[Line]]) -> list[set[int]]:
    """For each page, the indexes of its running heads, feet and page numbers.

    A line at the top or bottom of a page is furniture when it is a page number, when its text
    (digits aside) comes back at the top or bottom of another page, when it begins or ends with
    the page's number as other pages' edge lines do (running heads that differ between odd and
    even pages, "2  Coastal Letters" and "Winter issue  3"), or when it is set smaller than the
    body at a place (within 2 pt) where other pages have such a line too. The first line of a
    text of one page is a running head when it is set apart above the text in smaller type
    (``_small_head``); on a page of many, a head runs (it comes back, or shares its place with
    the other pages' small lines), and a small first line no other page has is the page's own: a
    letter's sender line or dateline over its first page.
    """
    found: list[set[int]] = [set() for _ in pages]
    edge_counts: Counter = Counter()
    for lines in pages:
        for text in {_normalised(line.text) for line in lines[:1] + lines[-1:]}:
            edge_counts[text] += 1
    repeated = {text for text, n in edge_counts.items() if n >= 2}
    body = _body_size(pages)
    small_edges = [round(line.top / 2) for lines in pages for line in {id(x): x for x in lines[:1] + lines[-1:]}.values()
                   if line.size < body - 0.5]
    places = Counter(small_edges)
    numbered = _numbered_edges(pages)
    for index, lines in enumerate(pages):
        for i in {0, len(lines) - 1} if lines else ():
            line = lines[i]
            if (PAGE_NUMBER.match(line.text) or _normalised(line.text) in repeated or (index, i) in numbered
                    or (line.size < body - 0.5 and places[round(line.top / 2)] >= 2 and not _goes_on(lines, i))):
                found[index].add(i)
        if lines and _numbered_foot(lines, index):
            found[index].add(len(lines) - 1)
        if len(pages) == 1 and _small_head(lines, body):
            found[index].add(0)
        # a page number under a running head, or over a running foot
        for i in (1, len(lines) - 2):
            if 0 < i < len(lines) - 1 and PAGE_NUMBER.match(lines[i].text) and (i - 1 in found[index] or i + 1 in found[index]):
                found[index].add(i)
    _feet_above(pages, found)
    return found


# A running foot of more lines than one (a licence notice over its last word, an address over a
# page number): so many lines over the foot found are asked about.
FOOT_LINES = 2


def _feet_above(pages: list[list[Line]], found: list[set[int]]) -> None:
    """Add to ``found`` the lines over a page's running foot that belong to it: the line right
    over the lines found at a page's end, set as one block with them (the next line within two of
    its type sizes), whose text (digits aside) comes back at the same place (within 2 pt) over the
    foot of another page. A part's title page ends alike ("THE COMING OF THE" / "MARTIANS", far
    over the page's number), and keeps its title. A foot of two or three lines ("Word lists by
    S. Jones, licensed under Creative Commons Attribution 4.0 International" / "License") repeats
    whole; only its last line is a page's last. Heads are left to their first line: a table's
    column heads repeat under the running head of every page it runs over, and are the table's."""
    for _ in range(FOOT_LINES):
        over: dict[str, list[tuple[int, int, float]]] = {}
        for index, lines in enumerate(pages):
            gone = found[index]
            i = len(lines) - 1
            while i in gone:
                i -= 1
            # set as a block with the foot: its next line within two of its type sizes under it
            if 0 < i < len(lines) - 1 and lines[i].text.strip() and lines[i + 1].top - lines[i].top <= 2 * lines[i].size:
                over.setdefault(_normalised(lines[i].text), []).append((index, i, lines[i].top))
        added = False
        for places in over.values():
            for index, i, top in places:
                if any(other != index and abs(top - elsewhere) <= 2.0 for other, _, elsewhere in places):
                    found[index].add(i)
                    added = True
        if not added:
            return


def _goes_on(lines: list[Line], i: int) -> bool:
    """Whether a page's first or last line goes on a block of its own type: the line next to it
    (under a first line, over a last one) is set in its size, a line's spacing away. The last
    line of a listing or of notes set small is the text's, where every full page ends it at the
    same place; a foot is set apart from the text over it, or in another size."""
    j = i + 1 if i == 0 else i - 1
    if not 0 <= j < len(lines) or j == i:
        return False
    line, other = lines[i], lines[j]
    return abs(line.size - other.size) < 0.1 and abs(line.top - other.top) <= 1.5 * line.size


def _small_head(lines: list[Line], body: float) -> bool:
    """Whether a page's first line is a running head by its own geometry: set smaller than the
    body, not in a bold face, no sentence, alone (the line under it is set no smaller than the
    body: a title or the text, not more of its small type), and apart from that line by more than
    one and a half of the text's line spacing.

    A title or a heading is set larger or bolder than the body, never smaller in a plain face; a
    block of small type (an abstract, a note) goes on in its size; a line that ends a sentence
    (an epigraph, a caption) says something, where a head names the work or its part; so does a
    line with a comma, a colon or figures inside it (``NOT_A_NAME``: a letter's dateline, sender or
    reference line), which the page keeps. On a page whose most type is display type (a title
    page: an author's name over the title), the smaller first line is no head.
    """
    if (len(lines) < 3 or body > DISPLAY or SENTENCE.search(lines[0].text)
            or NOT_A_NAME.search(lines[0].text.strip())):
        return False
    head, under = lines[0], lines[1]
    if not (body - head.size > SMALLER and not head.bold and under.size > body - SMALLER):
        return False
    steps = sorted(b.top - a.top for a, b in zip(lines[1:], lines[2:])
                   if b.top > a.top and abs(a.size - body) <= 0.5 and abs(b.size - body) <= 0.5)
    return bool(steps) and under.top - head.top > 1.5 * steps[len(steps) // 2]


def _numbered_foot(lines: list[Line], index: int) -> bool:
    """Whether a page's last line is its number set in a word or two ("Page 1", "p. 1"): short,
    ending in the page's place in the file, and set apart below the text by more than twice its
    line spacing. Found on a page alone (a one-page text), where no other page's foot repeats it."""
    words = lines[-1].text.split()
    if not 2 <= len(words) <= 3 or words[-1] != str(index + 1) or len(lines) < 3:
        return False
    steps = sorted(b.top - a.top for a, b in zip(lines[:-1], lines[1:-1]) if b.top > a.top)
    return bool(steps) and lines[-1].top - max(line.top for line in lines[:-1]) > 2 * steps[len(steps) // 2]


EDGE_NUMBER = re.compile(r"^\s*(\d{1,4})\b|\b(\d{1,4})\s*$")


def _numbered_edges(pages: list[list[Line]]) -> set[tuple[int, int]]:
    """(page index, line index) of the first and last lines that carry their page's number.

    A short line beginning or ending with a number counts when the number minus the page's
    place in the file is the same on at least two pages and half of them: a running head or foot
    with the page number in it, whatever its words (a line of running text that happens to start
    with a number does not keep step with the pages).
    """
    candidates: dict[int, set[tuple[int, int]]] = {}
    for index, lines in enumerate(pages):
        for i in {0, len(lines) - 1} if lines else ():
            match = EDGE_NUMBER.search(lines[i].text) if len(lines[i].text) <= 80 else None
            if match:
                offset = int(match.group(1) or match.group(2)) - (index + 1)
                candidates.setdefault(offset, set()).add((index, i))
    found: set[tuple[int, int]] = set()
    for places in candidates.values():
        pages_with = {index for index, _ in places}
        if len(pages_with) >= 2 and len(pages_with) * 2 >= len(pages):
            found |= places
    return found
