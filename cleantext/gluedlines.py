"""Lines an extractor glued together, cut back into the printed lines they were.

pdftotext's default mode takes a line-end hyphen out and glues the next line on ("a possible
Americanbrokered truce."); where it did not see a two-column page's gutter, the next line is the
right column's ("of Russian terThe scale of the incursion"). It takes a paragraph's last line that
ends in a dash set apart ("counting -") for a broken word in the same way. This module tells a text
that holds such lines (``_joins_lines``) and cuts each back (``_split_glued``); the unweave stage
(cleantext/textcolumns.py) calls both before it reads the columns' order.
"""

from __future__ import annotations

import regex

from .glyphs import _width
from .words import hyphenator as _hyphenator, zipf as _zipf

STARTS_UPPER = regex.compile(r"^[\"'“‘(«]?[\p{Lu}\d]")
# A line this much wider than the column holds two printed lines (the extractor joined a line
# that ended in a hyphen to the next one).
DOUBLE = 1.2
# The rows of two columns glued at a dropped hyphen: the left part (with its hyphen) is within
# this share of the column.
SPLIT_SLACK = 0.18
# A piece of a glued word that opens the right column's line is a word of this Zipf frequency.
SUFFIX_WORD = 3.0
WORD = regex.compile(r"[\p{L}’']+")
HYPHEN_END = regex.compile(r"\p{L}-$")
# A space where a line glued at a dropped dash may be cut: lower case before, upper case after.
DASH_GLUE = regex.compile(r"(?<=(?<!\p{L})\p{Ll}+) (?=[\"'“‘(«]?\p{Lu})")
# The word after it is one that opens sentences: this common (Zipf) in lower case.
OPENING_WORD = 5.0
# A paragraph's last line, its dash and the next word: within this share of the column.
DASH_FIT = 1.02
# A dash glue beats a mere hyphenation point (score 1), not a word's capital or a word tail.
DASH_SCORE = 5.0
# What is left of a glued line once cut is cut again where it is this many columns wide.
RECUT = 1.5
# A line wider than this is no pair of printed lines.
MAX_DOUBLE = 2.2
# Fewer lines than this are too few to tell an extraction that glued lines from a text with a
# long line or two.
MIN_JOINED_TEXT = 20
# A justified line the extractor gave a word at a time: this many one-word lines in a row.
# Lines of a column: this share of them within an eighth of its width.
ALIGNED = 0.75


def _split_glued(line: str, column: float, lang: str, weak: bool = True, dash: bool = True,
                 least: float = DOUBLE) -> list[str]:
    """A line that holds two printed lines, glued where the first ended in a hyphen (the
    extractor took the hyphen out and the line end with it), cut back into the two with the hyphen
    put back: "a possible Americanbrokered truce." -> "a possible Ameri-", "canbrokered truce.";
    "of Russian terThe scale" (rows of two columns) -> "of Russian ter-", "The scale".

    The cut is inside the word that spans the column's right edge (the first line, with its
    hyphen, within SPLIT_SLACK of the column): where a capital follows a lower-case letter; else
    before the longest tail that is a word while the whole is none ("deparamilitary" ->
    "de-", "paramilitary"); else at the hyphenation point nearest the edge. The dehyphenate
    stage then judges the hyphen as it judges any other. A line that holds three or more printed
    lines (each but the last ended in a hyphen) is cut at each.

    Where no more than a hyphenation point shows a cut, but the line holds a paragraph's last line
    that ended in a dash set apart ("counting -", taken for a hyphen that breaks a word), it is cut
    there, the dash put back: "Miss Pole was counting As we were getting into the fly" ->
    "Miss Pole was counting -", "As we were getting into the fly". Taken only where the next
    word would have fitted on the first line (the line ended there for a paragraph's end) and
    what follows is a line. ``weak``: whether a hyphenation point alone is enough for a cut;
    ``dash``: whether a dash glue is looked for (not among rows of two columns side by side);
    ``least``: how many columns wide a line must be to be cut.
    """
    if _width(line) < least * column:
        return [line]
    hyphenator = _hyphenator(lang)
    best: tuple[float, float, int] | None = None
    for m in WORD.finditer(line):
        word = m.group()
        if len(word) < 4 or _width(line[: m.start()]) > (1 + SPLIT_SLACK) * column:
            continue
        if least < DOUBLE and "-" in line[max(0, m.start() - 1): m.end() + 1]:
            # A line barely two lines wide is cut in no compound: "window-panes" broke at its hyphen.
            continue
        points = set(hyphenator.positions(word)) if hyphenator else set()
        for k in range(2, len(word) - 1):
            off = abs(_width(line[: m.start() + k] + "-") - column)
            if off > SPLIT_SLACK * column:
                continue
            head, tail = word[:k], word[k:]
            if head[-1].islower() and tail[0].isupper():
                score = 100.0
            elif (tail[0].islower() and len(tail) >= 3 and _zipf(tail, lang) >= SUFFIX_WORD
                  and _zipf(word, lang) < SUFFIX_WORD - 1):
                score = 10.0 + len(tail)
            elif weak and k in points and tail[0].islower():
                score = 1.0
            else:
                continue
            if best is None or (score, -off) > best[:2]:
                best = (score, -off, m.start() + k)
    if dash and (best is None or best[0] < DASH_SCORE):
        at = _dash_cut(line, column, lang)
        if at is not None:
            return [line[:at] + " -", line[at + 1:]]
    if best is None:
        return [line]
    cut = best[2]
    # The extractor glues on every line that ends in a hyphen, so a run of them is one line: the
    # rest is cut again where it is still RECUT columns wide. A narrower rest is a line and a short
    # one (a paragraph's last), or a line the extractor glued at a dash ("prophetess -"), where a
    # hyphenation point is no evidence.
    rest = line[cut:]
    return [line[:cut] + "-"] + _split_glued(rest, column, lang, weak=_width(rest) >= RECUT * column, dash=dash)


def _dash_cut(line: str, column: float, lang: str) -> int | None:
    """Where a line glued at a dropped dash ("counting As we") holds a paragraph's last line and
    the next: the space between a word in lower case and a common word that opens a sentence in
    title case ("As", "But", "It"; no name, no initials, no title before a name: "by Praxilla",
    "the US", "with Miss Matilda"), with the first part, its dash and the next word within the
    column, and the rest a line's width. The leftmost such space (the widest rest)."""
    for m in DASH_GLUE.finditer(line):
        head, tail = line[:m.start()], line[m.end():]
        first, *more = tail.split(" ", 2)
        word = WORD.search(first)
        # A title before a name ("Miss Matilda", "Mr Holbrook") is no sentence's opening.
        named = bool(more) and bool(STARTS_UPPER.match(more[0])) and first.isalpha()
        if (word and word.group().istitle() and not named and _zipf(word.group().lower(), lang) >= OPENING_WORD
                and _width(head + " - " + first) <= DASH_FIT * column
                and _width(tail) <= (1 + SPLIT_SLACK) * column):
            return m.start()
    return None


def _joins_lines(lines: list[str], column: float) -> bool:
    """Whether the text is an extraction that glued a line ending in a hyphen to the next: lines
    of a column (most within a tenth of the median), hardly any ending in a hyphen, some wider
    than DOUBLE columns."""
    body = [line for line in lines if line.strip()]
    near = sum(abs(_width(line) - column) <= 0.12 * column for line in body)
    hyphens = sum(bool(HYPHEN_END.search(line)) for line in body)
    wide = sum(DOUBLE * column <= _width(line) <= MAX_DOUBLE * column for line in body)
    if len(body) < MIN_JOINED_TEXT or near < 0.5 * len(body) or hyphens > 0.01 * len(body):
        return False
    # Where nearly every line is a column's and none ends in a hyphen, one wide line is a glue: a
    # program that seldom breaks a word (a browser, an office suite, a non-hyphenating PDF library)
    # leaves few line-end hyphens for the extractor to glue, and each one counts.
    if near >= ALIGNED * len(body) and not hyphens:
        return wide >= 1
    return wide >= max(2, 0.03 * len(body))
