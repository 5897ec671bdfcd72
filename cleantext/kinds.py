"""What kind of text a document holds: a web page copy, Markdown, page text (PDF, OCR) or prose.

The kind is told once per document, from the decoded text, right after the site files are
chosen (``Pipeline.run``), and decides which stages run: a ``[pipeline]`` stage declared with
``kinds = [...]`` runs only for those kinds. The signs are the ``[kind]`` tables of the rule files
(rules/kinds.toml): patterns, each with the kind it shows and how many matches it needs; the
first sign, in the order written, found often enough decides. Text read from a PDF is page text
whatever it holds. This module is the mechanism; the signs live in the rule files.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from .document import Document
from .patterns import compiled, finditer_at_line_starts
from .webblocks import BULLET, SEPARATOR


@dataclass(frozen=True)
class Sign:
    id: str
    kind: str
    pattern: regex.Pattern
    min: int = 1
    min_share: float = 0.0  # matches per non-blank line, at least


_CACHE: dict[tuple, tuple[Sign, ...]] = {}


def signs_from(tables: list[dict]) -> tuple[Sign, ...]:
    """The signs of ``[kind]`` tables in load order: a later sign replaces an earlier one by id."""
    signs: dict[str, Sign] = {}
    for table in tables:
        for item in table.get("signs", []):
            signs.pop(item["id"], None)
            if item.get("enabled", True):
                signs[item["id"]] = Sign(item["id"], item["kind"], compiled(item["pattern"]),
                                         item.get("min", 1), item.get("min_share", 0.0))
    return tuple(signs.values())


def _files(doc: Document) -> list:
    rules = doc.rules
    if rules is None:
        return []
    chosen = {id(f) for f, _ in (doc.selected or [])}
    return [f for f in rules.files if f.generic or id(f) in chosen]


def signs_for(doc: Document) -> tuple[Sign, ...]:
    """The signs of the rule files in force for this document (generic ones and its site files)."""
    tables = [f.data["kind"] for f in _files(doc) if isinstance(f.data.get("kind"), dict)]
    key = tuple(id(t) for t in tables)
    if key not in _CACHE:
        _CACHE[key] = signs_from(tables)
    return _CACHE[key]


def forced_kind(rules) -> str | None:
    """The kind a generic rule file forces on every document (``[kind] force``), the last one's."""
    force = None
    for f in getattr(rules, "files", []):
        table = f.data.get("kind")
        if f.generic and isinstance(table, dict) and isinstance(table.get("force"), str):
            force = table["force"]
    return force


def count_upto(pattern: regex.Pattern, text: str, need: int) -> int:
    """How many times ``pattern`` occurs in ``text``, counting no further than ``need``.

    >>> count_upto(regex.compile(r"\\[\\d+\\]"), "[1] a [2] b [3]", 2)
    2
    """
    found = 0
    for _ in finditer_at_line_starts(pattern, text):   # most signs are anchored at a line's start
        found += 1
        if found >= need:
            break
    return found


def tell_kind(text: str, signs: tuple[Sign, ...], *, read_from: str | None = None) -> tuple[str, str]:
    """The kind of ``text`` and why, from ``signs`` (``read_from="pdf"``: read from a PDF).

    >>> signs = (Sign("form-feed", "page", regex.compile("\\f")),
    ...          Sign("link-marks", "web", regex.compile(r"\\[\\d+\\]"), 3))
    >>> tell_kind("[1]Home [2]News [3]Sport\\n\\nThe ferry left.\\n", signs)
    ('web', 'sign link-marks: found at least 3 times')
    >>> tell_kind("The ferry left.\\n", signs)
    ('prose', 'no sign of another kind')
    """
    if read_from == "pdf":
        return "page", "read from a PDF"
    lines = None
    for sign in signs:
        if not sign.min_share:
            if count_upto(sign.pattern, text, sign.min) >= sign.min:
                times = "once" if sign.min == 1 else f"at least {sign.min} times"
                return sign.kind, f"sign {sign.id}: found {times}"
            continue
        if lines is None:
            lines = sum(1 for line in text.split("\n") if line.strip()) or 1
        found = count_upto(sign.pattern, text, max(sign.min, int(sign.min_share * lines + 0.999)))
        if found >= sign.min and found >= sign.min_share * lines:
            return sign.kind, f"sign {sign.id}: found {found} times in {lines} lines"
    return "prose", "no sign of another kind"


def decide_kind(doc: Document, forced: str | None = None) -> None:
    """Set the document's kind: ``forced`` if given, else told from its decoded text."""
    if forced is not None:
        doc.kind, doc.kind_reason = forced, "forced"
        return
    text = "\n".join(line.text for line in doc.lines)
    doc.kind, doc.kind_reason = tell_kind(text, signs_for(doc), read_from=doc.encoding)


# -- a web page's evidence, as the boilerplate stage weighs it ---------------------------------

# The furniture signals a book or a standard prints on its title page too: a copyright notice
# ("Copyright, 1911, by ...", "All rights reserved"). Ids of rules/boilerplate.toml's phrases.
FRONT_MATTER_SIGNALS = ("copyright",)
# A title page stands above the text it opens: at most this share of the text's running words
# above its last furniture line, and at least FRONT_MATTER_BELOW words below it.
FRONT_MATTER_ABOVE = 0.1
FRONT_MATTER_BELOW = 500


def front_matter_only(blocks) -> bool:
    """Whether all the furniture the boilerplate stage found in a text stands on its title page.

    A book's or a standard's title page holds a copyright notice and, beside it, lines a web page
    holds too: a publisher's towns ("Boston · New York · Chicago"), a list of the author's other
    works, the title again. They stand above the whole text, and nothing below looks like a page's
    furniture: a web page's copyright line is in its footer, below the article, beside its legal
    links and menus. ``blocks`` are the stage's judged blocks (``kind`` "good", "short" or "bad",
    ``signal``, ``words``, line span ``first``-``last``); lines repeated on the page prove nothing.

    >>> from types import SimpleNamespace as B
    >>> title = [B(kind="bad", signal="copyright", words=4, first=3, last=3),
    ...          B(kind="bad", signal="menu", words=6, first=5, last=6)]
    >>> text = [B(kind="good", signal="", words=60, first=8 + 2 * k, last=8 + 2 * k) for k in range(10)]
    >>> front_matter_only(title + text)
    True
    >>> footer = [B(kind="bad", signal="copyright", words=4, first=30, last=30)]
    >>> front_matter_only(title + text + footer)   # a footer's copyright line: below the text
    False
    >>> front_matter_only(title[1:] + text)   # a menu with no copyright notice: a page's head
    False
    """
    bad = [b for b in blocks if b.kind == "bad" and b.signal != "repeated"]
    if not any(b.signal in FRONT_MATTER_SIGNALS for b in bad):
        return False
    last = max(b.last for b in bad)
    good = sum(b.words for b in blocks if b.kind == "good")
    below = sum(b.words for b in blocks if b.kind == "good" and b.first > last)
    return below >= FRONT_MATTER_BELOW and good - below <= FRONT_MATTER_ABOVE * good


# A bar with more of its line after it: between a table's columns or a grammar's alternatives
# ("a | b"). A bar that ends its line or a list item of its own closes a menu's item ("News |").
INNER_BAR = regex.compile(r"\|(?=[ \t]*\S)")
# At least this share of a block's inner bars stand in a column where one of another line stands too.
ALIGNED_BARS = 0.7


def aligned_bars(lines: list[str]) -> bool:
    """Whether the bars of ``lines`` stand in columns: a table, a diagram or a grammar set in a
    fixed-width font, whose lines put their bars under one another. A menu written on lines
    ("News | Sport | Culture") puts its bars wherever its items' words end; a list of links
    parted by bars holds them in list items ("* |") or at its lines' ends; a line shown again
    stands under itself and counts once.

    >>> aligned_bars(['Stomach   |  4  |  1', 'Chest     |  3  |', 'Head      |  3  |  3'])
    True
    >>> aligned_bars(['  Method = "GET"', '         | "HEAD"', '         | "POST"', '         | extension'])
    True
    >>> aligned_bars(['Home | News | Sport | Weather', 'Culture | Travel | Contact us'])
    False
    >>> aligned_bars(['* |', '* Evening News', '* |', '* Morning News', '* |', '* Face the Nation'])
    False
    >>> aligned_bars(['Advertise | AdChoices', 'Advertise | AdChoices'])
    False
    >>> aligned_bars(['News | Sport | Weather'])   # one line: nothing stands under it
    False
    """
    columns = [{m.start() for m in INNER_BAR.finditer(line)} for line in dict.fromkeys(lines)
               if "|" in line and not BULLET.match(line)]
    columns = [c for c in columns if c]
    if len(columns) < 2:
        return False
    lines_at = Counter(k for c in columns for k in c)
    bars = sum(lines_at.values())
    return sum(n for n in lines_at.values() if n > 1) >= ALIGNED_BARS * bars


def inner_lists(lines: list[str], blocks) -> list:
    """The lists the boilerplate stage judged menus that stand within a text's running words.

    A page's menus stand above its article or below it; a list with the text's paragraphs on
    either side may be the text's own: a book's table of contents after its preface, the packages
    a manual names, an encyclopedia's list of works. Only plain lists: their items hold no
    links and no menu separators ("News | Sport"), a list item each line or more. A page's
    article holds such lists too, beside widgets of its comments ("reply", "Edit", "Delete"): the
    stage takes them for no sign of a page, but where other furniture shows one they stay menus.

    >>> from types import SimpleNamespace as B
    >>> lines = ["A paragraph.", "* Wii U", "* Games", "* Support", "Another paragraph.", "* Home", "* About", "* FAQ"]
    >>> para = lambda k: B(kind="good", signal="", first=k, last=k, items=0, link_density=0.0)
    >>> menu = lambda a, b: B(kind="bad", signal="menu", first=a, last=b, items=b - a + 1, link_density=0.0)
    >>> blocks = [para(0), menu(1, 3), para(4), menu(5, 7)]
    >>> [(b.first, b.last) for b in inner_lists(lines, blocks)]   # the foot's menu has no text below it
    [(1, 3)]
    """
    good = [k for k, b in enumerate(blocks) if b.kind == "good"]
    if len(good) < 2:
        return []
    return [b for b in blocks[good[0] + 1:good[-1]]
            if b.kind == "bad" and b.signal == "menu" and not b.link_density
            and 2 * b.items >= sum(1 for line in lines[b.first:b.last + 1] if line.strip())
            and not any(SEPARATOR.search(line) for line in lines[b.first:b.last + 1])]
