"""Two columns that a text extractor mixed, put back in reading order from the text alone.

pdftotext's default mode (no ``-layout``) reads a two-column page in one of two wrong ways when
it does not see the gutter: it puts a column's block before the block it follows (the right
column first, then the left), or it takes the lines of both columns row by row, so that they
alternate. Where a left-column line ended in a hyphen it also removes the hyphen and glues the
next line on, which is then the right column's line: "of Russian terThe scale of the incursion".

Both are found from sentence continuity: a line that ends mid-sentence goes on with a line that
opens in lower case; a line that ends a sentence goes on with one that opens in upper case. Each
page is tried as it stands, with its blocks reordered, and with its lines dealt out to two
columns (a dynamic programme that gives each line to the column it continues best); a new order
is taken only where it reads markedly better than the old one, so text in order stays as it is.
"""

from __future__ import annotations

import functools
import statistics

import regex

from .glyphs import _width
from .gluedlines import DOUBLE, SUFFIX_WORD, WORD, _joins_lines, _split_glued
from .rowcuts import PAIR, ROW_SLACK, _cut_rows, _opens_row
from .words import zipf as _zipf

# A colon goes on in lower case as often as not: no sentence end here.
SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*$")
STARTS_LOWER = regex.compile(r"^[\"'“‘(«]?\p{Ll}")
STARTS_UPPER = regex.compile(r"^[\"'“‘(«]?[\p{Lu}\d]")
# A line narrower than this share of the column, without a sentence end, is a heading, byline or
# date: what follows it opens a paragraph.
HEADING = 0.7
# Lines dealt out to two columns: the new order must save at least GAIN_PER_LINE points of
# discontinuity a line of the block and MIN_GAIN_LINES in all, and each column must hold
# MIN_SHARE of the lines.
GAIN_PER_LINE = 0.3
MIN_SHARE = 0.25
MIN_LINES = 8
MIN_GAIN_LINES = 8.0
# A block longer than this is no page's two columns (and dealing it would cost time).
MAX_LINES = 400
TIE = 0.01
# Rows of a column: ROWS_NEAR of a block's lines within ROW_NEAR of the column's width.
ROW_NEAR = 0.15
ROWS_NEAR = 0.4
# Rows side by side on one line: such lines (as wide as three quarters of the widest in ten) are
# this share of a block's lines; a line PAIR columns wide is a pair; the cut's left part is
# within ROW_SLACK of where the left row ends (cleantext/rowcuts.py).
PAIR_SHARE = 0.3
# Points of discontinuity a joint: a block that reads this badly as given, and this well once
# its rows are cut apart and dealt.
DISORDER = 0.9
ORDER = 0.5
# Or the rows read at most this share as badly dealt as given.
ROWS_GAIN = 0.5
# Blocks reordered: the new order must save at least this many points.
MIN_GAIN = 2.5
MAX_SEGMENTS = 12
# Blocks given by turns from the two columns: at least two a column.
ALTERNATE_MIN = 4
# Moves tried one after the other on a page (two columns given as several blocks each).
MAX_MOVES = 3
LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}\p{P}])\p{Ll}+(?=[\s,.;:!?]|$)")
CLEAN_SHARE = 0.97
MAX_WORDS_CHECKED = 3000
SPREAD = 3
# A line glued to a paragraph's short last line is this many columns wide or more (a full line
# of justified text is at most 1.11 of the median one).
LAST_GLUED = 1.12
# Rows side by side glued into one line at a dropped hyphen: lines this many columns wide (more
# than a pair), at least this many in the text.
CHAIN = 2.5
MIN_CHAINS = 2
# Points of discontinuity the rows' reading must save over the lines' (a glued line is read as
# one line, so a text of them costs fewer joints than it is wrong).
CHAIN_GAIN = 4.0


def _trim(line: str, end: int) -> str:
    """``line`` without the marks that stand alone (no letter, no digit) at its end (-1) or
    start (0)."""
    words = line.split()
    while len(words) > 1 and not any(c.isalnum() for c in words[end]):
        words.pop(end)
    return " ".join(words)


@functools.lru_cache(maxsize=65536)
def _cost(prev: str, line: str, column: float) -> float:
    """How badly ``line`` reads on after ``prev`` (0 = goes on mid-sentence, 4 = surely not).
    Marks standing alone at either end (no letter, no digit) are left out."""
    prev, line = _trim(prev, -1), _trim(line, 0)
    if not prev:
        return 1.0
    ends = bool(SENTENCE_END.search(prev))
    lower = bool(STARTS_LOWER.match(line))
    if not lower and not STARTS_UPPER.match(line):
        # A line that opens with neither letter nor digit (a dash, a stray mark) says nothing.
        return 1.0
    if prev.endswith("-") and prev[-2:-1].isalpha():
        # A word broken at the line end goes on with its lower-case rest.
        return 0.0 if lower else 4.0
    if not ends and _width(prev) < HEADING * column:
        # A heading or byline: a paragraph opens after it.
        return 1.5 if lower else 0.5
    if ends:
        return 4.0 if lower else 1.0
    if prev.endswith((",", ";")):
        return 0.0 if lower else 2.5
    return 0.0 if lower else 2.0


def _chain_cost(lines: list[str], column: float) -> float:
    return sum(_cost(a, b, column) for a, b in zip(lines, lines[1:]))


def _deal(lines: list[str], column: float) -> tuple[float, list[int]]:
    """The cheapest dealing of ``lines`` to two columns, each read in the order given.

    The state after line i is (its column, the last line of the other column); the cost is the
    sum of each column's discontinuities. Returns the cost and each line's column (0 = the
    column of the first line).
    """
    n = len(lines)
    # best[(s, j)] = (cost, back pointer) after line i; j = -1: the other column is still empty.
    best: dict[tuple[int, int], float] = {(0, -1): 0.0}
    back: list[dict[tuple[int, int], tuple[int, int]]] = [{}]
    for i in range(1, n):
        nxt: dict[tuple[int, int], float] = {}
        ptr: dict[tuple[int, int], tuple[int, int]] = {}
        for (s, j), c in best.items():
            # Line i in the same column as line i-1 (a hair dearer, so that a tie goes to the
            # rows alternating, as the extractor deals them).
            cand = c + _cost(lines[i - 1], lines[i], column) + TIE
            if cand < nxt.get((s, j), float("inf")):
                nxt[(s, j)], ptr[(s, j)] = cand, (s, j)
            # Line i in the other column, after its line j.
            cand = c + (_cost(lines[j], lines[i], column) if j >= 0 else 0.0)
            if cand < nxt.get((1 - s, i - 1), float("inf")):
                nxt[(1 - s, i - 1)], ptr[(1 - s, i - 1)] = cand, (s, j)
        best = nxt
        back.append(ptr)
    state = min(best, key=best.get)
    sides = [0] * n
    for i in range(n - 1, -1, -1):
        sides[i] = state[0]
        if i:
            state = back[i][state]
    cost = sum(_chain_cost([line for line, s in zip(lines, sides) if s == side], column) for side in (0, 1))
    return cost, sides


def _rejoin_spread(lines: list[str], column: float) -> list[str]:
    """Lines of one word each, SPREAD or more in a row, joined back into the one printed line they
    were: a justified line whose word spaces are wide enough for the extractor to take each word
    for a line of its own ("has", "some", "feature,", "whether", "of", "form,", "or"). Taken only
    where the words together fit the column and each but the first opens in lower case or follows a
    sentence end (a column of a table's one-word cells stays as it is)."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if (len(run) >= SPREAD and _width(" ".join(w.strip() for w in run)) <= DOUBLE * column
                and all(STARTS_LOWER.match(b.strip()) or SENTENCE_END.search(a.strip())
                        for a, b in zip(run, run[1:]))):
            out.append(" ".join(w.strip() for w in run))
        else:
            out.extend(run)
        run.clear()

    for line in lines:
        word = line.strip()
        if word and " " not in word and "\f" not in line:
            run.append(line)
            continue
        flush()
        out.append(line)
    flush()
    return out


def _reads_clean(lines: list[str], lang: str) -> bool:
    """Whether the text's words are words of its language (97 in 100 of its lower-case words
    known to the word list): continuity is read from case and punctuation, which a noisy
    reading (OCR) puts in and takes out at random."""
    words = [w for line in lines for w in LOWER_WORD.findall(line)][:MAX_WORDS_CHECKED]
    if not words:
        return False
    return sum(_zipf(w, lang) > 0 for w in words) >= CLEAN_SHARE * len(words)



def _cut_row_pair(line: str, target: float, column: float, lang: str) -> list[str]:
    """A left and a right row set on one line, cut where the left row ends (its printed width near
    ``target``): at a space, or inside a word glued at a dropped hyphen (the hyphen put back)."""
    best: tuple[float, float, int, bool] | None = None
    for m in regex.finditer(r" +|(?<=\p{Ll})(?=[\p{Lu}“‘(])", line):
        off = abs(_width(line[: m.start()]) - target)
        if off > ROW_SLACK * column:
            continue
        glued = m.start() == m.end()
        score = (100.0 if glued else 5.0 + _opens_row(line[: m.start()], line[m.end():]), -off)
        if best is None or score > best[:2]:
            best = (*score, m.start(), glued)
    for m in WORD.finditer(line):
        word = m.group()
        for k in range(2, len(word) - 2):
            tail = word[k:]
            if not tail[0].islower() or len(tail) < 3:
                continue
            off = abs(_width(line[: m.start() + k] + "-") - target)
            if off > ROW_SLACK * column:
                continue
            if _zipf(tail, lang) >= SUFFIX_WORD and _zipf(word, lang) < SUFFIX_WORD - 1:
                score = (10.0 + len(tail), -off)
                if best is None or score > best[:2]:
                    best = (*score, m.start() + k, True)
    if best is None:
        return [line]
    cut, glued = best[2], best[3]
    left, right = line[:cut].rstrip(), line[cut:].lstrip()
    if not left or not right:
        return [line]
    return [left + "-" if glued else left, right]


def _row_pairs(lines: list[str], lang: str) -> tuple[list[str], float] | None:
    """The lines of a block whose left and right rows the extractor set side by side on one line
    (with a space between, or glued at a dropped hyphen), each row a line of its own, and the
    column's width (half the pairs' median width); None where most lines are not such pairs."""
    widths = [_width(line) for line in lines]
    top = sorted(widths)[int(0.9 * (len(widths) - 1))]
    pairs = [w for w in widths if w >= 0.75 * top]
    if len(pairs) < PAIR_SHARE * len(lines):
        return None
    column = (statistics.median(pairs) - _width(" ")) / 2
    out: list[str] = []
    for line, w in zip(lines, widths):
        if w < PAIR * column:
            out.append(line)
            continue
        # Both rows full: the left one ends near the middle; else it fills the column.
        target = (w - _width(" ")) / 2 if w >= 1.85 * column else column
        out += _cut_row_pair(line, target, column, lang)
    return (out, column) if len(out) > len(lines) else None


def _order_streams(a: list[str], b: list[str], before: str, column: float) -> list[list[str]]:
    """The two columns of a block, the one that reads on from ``before`` and into the other first."""
    ab = _cost(before, a[0], column) + _cost(a[-1], b[0], column)
    ba = _cost(before, b[0], column) + _cost(b[-1], a[0], column)
    return [b, a] if ba < ab else [a, b]


def _unweave_block(lines: list[str], before: str, column: float, lang: str,
                   pairs: bool = True, row_column: float | None = None) -> list[list[str]] | None:
    """The lines of a block whose two columns alternate, as the two columns' lines, the one to be
    read first first; None if they do not. The page puts the two where they read on best: a
    block of rows side by side at a page's foot ends both columns."""
    if not MIN_LINES <= len(lines) <= MAX_LINES:
        return None
    found = _row_pairs(lines, lang) if pairs else None
    if found is not None:
        # Rows side by side, cut apart: taken only where the block as given reads badly (its lines,
        # or its rows in the order given, a glued pair reading as one line: they read at least
        # twice as badly as the rows dealt) and the rows then deal out into two columns that
        # read well.
        rows, half = found
        given = max(_chain_cost(lines, column) / (len(lines) - 1), _chain_cost(rows, column) / (len(rows) - 1))
        streams = _unweave_block(rows, before, column, lang, pairs=False, row_column=half)
        if streams is not None:
            dealt = streams[0] + streams[1]
            cost = _chain_cost(dealt, column) / (len(dealt) - 1)
            if cost <= ORDER and (given >= DISORDER or cost <= ROWS_GAIN * given):
                return streams
    straight = _chain_cost(lines, column)
    n = len(lines)
    row = row_column or column
    near = sum(abs(_width(line) - row) <= ROW_NEAR * row for line in lines)
    if straight < max(MIN_GAIN_LINES, GAIN_PER_LINE * n) or near < ROWS_NEAR * n:
        # No dealing can save what the block does not lose (text in order costs no dynamic
        # programme), and a column's rows are most of them about a column wide (no paragraph a
        # line).
        return None
    cost, sides = _deal(lines, column)
    if straight - cost < max(MIN_GAIN_LINES, GAIN_PER_LINE * n) or min(sides.count(0), sides.count(1)) < MIN_SHARE * n:
        return None
    a = [line for line, s in zip(lines, sides) if s == 0]
    b = [line for line, s in zip(lines, sides) if s == 1]
    if not b:
        return None
    return _order_streams(a, b, before, column)


def _segments(blocks: list[list[str]], column: float, joined: set[int] = frozenset()) -> list[tuple[bool, list[str]]]:
    """The page's runs of lines that may have been put out of order: its blocks, cut again where a
    line cannot go on with the next (a heading or a sentence end before a lower-case line). Each
    with whether a blank line stood before it (none before a block whose id is in ``joined``)."""
    out: list[tuple[bool, list[str]]] = []
    for block in blocks:
        run = [block[0]]
        blank = bool(out) and id(block) not in joined
        for a, b in zip(block, block[1:]):
            if STARTS_LOWER.match(b) and (SENTENCE_END.search(a.rstrip()) or _width(a) < HEADING * column):
                out.append((blank, run))
                run, blank = [], False
            run.append(b)
        out.append((blank, run))
    return out


def _joints(runs: list[list[str]], before: str, after: str) -> list[tuple[str, str]]:
    """The lines that meet where runs of lines follow one another. The text's start reads as a
    sentence end, its end as a capital: a paragraph opens and closes there."""
    ends = [before or "."] + [x for run in runs for x in (run[0], run[-1])] + [after or "A"]
    return list(zip(ends[::2], ends[1::2]))


def _joints_cost(runs: list[list[str]], before: str, after: str, column: float) -> float:
    return sum(_cost(x, y, column) for x, y in _joints(runs, before, after))


def _reads_on(old: list[list[str]], new: list[list[str]], before: str, after: str, column: float) -> bool:
    """Whether every joint the new order makes reads on (mid-sentence, or a sentence or heading
    before a capital): a move that trades one break for another is no evidence. Lines that open
    with neither letter nor digit say nothing of what they follow."""
    made = set(_joints(new, before, after)) - set(_joints(old, before, after))
    return all(_cost(x, y, column) <= 1.0 and (STARTS_LOWER.match(y) or STARTS_UPPER.match(y)) for x, y in made)


def _reorder(segments: list[tuple[bool, list[str]]], before: str, after: str,
             column: float) -> list[tuple[bool, list[str]]]:
    """The segments with one run of them moved where the page reads on best: a column's block put
    before the block it follows goes back after it. The order is kept unless the move saves
    MIN_GAIN points of discontinuity."""
    m = len(segments)
    if m < 2 or m > MAX_SEGMENTS:
        return segments

    def total(order: list[tuple[bool, list[str]]]) -> float:
        return _joints_cost([seg for _, seg in order], before, after, column)

    base = total(segments)
    candidates: list[tuple[float, int, int, list[tuple[bool, list[str]]]]] = []
    for i in range(m):
        for j in range(i, m):
            moved, rest = segments[i:j + 1], segments[:i] + segments[j + 1:]
            size = sum(len(seg) for _, seg in moved)
            for k in range(len(rest) + 1):
                if k == i:
                    continue
                order = rest[:k] + moved + rest[k:]
                c = total(order)
                if base - c >= MIN_GAIN:
                    candidates.append((round(c, 9), size, len(candidates), order))
    # The cheapest move whose every new joint reads on; of two that read as well, the one that
    # moves fewer lines: a column's short block put out of place, rather than the long one around
    # it. A cheaper move that makes a joint that does not read on (a heading-short line before
    # lower case) is no evidence, and does not stop a dearer one that reads on throughout.
    old = [seg for _, seg in segments]
    for _, _, _, order in sorted(candidates, key=lambda c: c[:3]):
        if _reads_on(old, [seg for _, seg in order], before, after, column):
            return order
    return segments


def _alternated(blocks: list[list[str]], before: str, after: str, column: float) -> list[list[str]]:
    """A page's blocks given out of its two columns by turns (the left column's first paragraph,
    the right's first, the left's second...) put back column by column: the blocks at even places,
    then those at odd places; or, where the extractor began with the right column (a right
    column's rows set a little higher than the left's, as fpdf2 sets them), those at odd places
    first. Taken where that saves MIN_GAIN points of discontinuity and every joint it makes reads
    on, as for a move (_reorder); of the two, the one that reads better."""
    if not ALTERNATE_MIN <= len(blocks) <= MAX_SEGMENTS:
        return blocks
    base = _joints_cost(blocks, before, after, column)
    best, best_gain = blocks, 0.0
    for order in (blocks[0::2] + blocks[1::2], blocks[1::2] + blocks[0::2]):
        gain = base - _joints_cost(order, before, after, column)
        if gain >= MIN_GAIN and gain > best_gain + TIE and _reads_on(blocks, order, before, after, column):
            best, best_gain = order, gain
    return best


def _pages(lines: list[str]) -> list[list[str]]:
    pages: list[list[str]] = [[]]
    for line in lines:
        if "\f" in line and pages[-1]:
            pages.append([])
        pages[-1].append(line)
    return pages


def _blocks(page: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in page:
        if line.replace("\f", "").strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def unweave(text: str, *, lang: str = "en") -> tuple[str, int]:
    """Two columns mixed by the extractor put back in reading order: blocks out of order, lines
    alternating, lines glued at a dropped hyphen cut apart. Returns the text and how many lines
    were cut and blocks put in another order.

    >>> left = ["The ferry left the quay at noon and", "the gulls followed it out to the",
    ...         "open sea, where the wind was strong.", "Nobody on board had expected the",
    ...         "storm that came in the evening."]
    >>> right = ["It rained all day and all the night", "through, so that the harbour was",
    ...          "closed until the morning after.", "The fishermen stayed at home with",
    ...          "their nets and their stories."]
    >>> mixed = [x for pair in zip(left, right) for x in pair]
    >>> print(unweave("\\n".join(mixed))[0])
    The ferry left the quay at noon and
    the gulls followed it out to the
    open sea, where the wind was strong.
    Nobody on board had expected the
    storm that came in the evening.
    It rained all day and all the night
    through, so that the harbour was
    closed until the morning after.
    The fishermen stayed at home with
    their nets and their stories.
    """
    lines = text.split("\n")
    widths = [_width(line) for line in lines if line.strip()]
    if len(widths) < MIN_LINES:
        return text, 0
    column = statistics.median(widths)
    unglued = _unglue(lines, column, lang)
    out, changed = _unweave_lines(unglued, column, lang)
    changed += len(unglued) - len(lines)
    if sum(w >= CHAIN * column for w in widths) >= MIN_CHAINS:
        # Rows of two columns side by side, glued on at each dropped hyphen into lines of three
        # and more rows: cut each wide line into rows a column wide, and take that reading where
        # it reads on markedly better.
        rows = [part for line in lines for part in _cut_rows(line, column, lang)]
        chained, cut = _unweave_lines(rows, column, lang)
        if _text_cost(out, column) - _text_cost(chained, column) >= CHAIN_GAIN:
            out, changed = chained, cut + len(rows) - len(lines)
    new = "\n".join(out)
    # Asked last, and only of a text that would change: the word list is slow to load.
    if new == text or not _reads_clean(lines, lang):
        return text, 0
    return new, changed


def _unglue(lines: list[str], column: float, lang: str) -> list[str]:
    """The lines, those an extractor glued at a dropped hyphen cut apart (gluedlines.py)."""
    if not _joins_lines(lines, column):
        return lines
    # A wide line between two wide lines is one of rows of two columns side by side, not a glue
    # of a paragraph's last line at its dash.
    wide = [False] + [_width(line) >= DOUBLE * column for line in lines] + [False]
    out: list[str] = []
    for i, line in enumerate(lines):
        nxt = next((x.replace("\f", "").strip() for x in lines[i + 1:] if x.replace("\f", "").strip()), "")
        # A paragraph's last line glued on at a dropped hyphen makes a line a little over a column
        # wide that ends a sentence before a capital ("but is overwhelmed with joy." | "Art is").
        least = LAST_GLUED if SENTENCE_END.search(line.strip()) and not STARTS_LOWER.match(nxt) else DOUBLE
        out += _split_glued(line, column, lang, dash=not (wide[i] and wide[i + 2]), least=least)
    return out


def _text_cost(lines: list[str], column: float) -> float:
    body = [line.replace("\f", "").strip() for line in lines if line.replace("\f", "").strip()]
    return _chain_cost(body, column)


def _unweave_lines(lines: list[str], column: float, lang: str) -> tuple[list[str], int]:
    """The lines, page by page, in reading order (see unweave); and how many changes that took."""
    spread = _rejoin_spread(lines, column)
    changed = len(lines) - len(spread)
    lines = spread
    pages = _pages(lines)
    out: list[str] = []
    for p, page in enumerate(pages):
        blocks = _blocks(page)
        if not blocks:
            out += page
            continue
        before = next((line for line in reversed(out) if line.strip()), "")
        nxt = _blocks(pages[p + 1]) if p + 1 < len(pages) else []
        after = nxt[0][0].replace("\f", "") if nxt else ""
        dealt: list[list[str]] = []
        joined: set[int] = set()
        for block in blocks:
            clean = [line.replace("\f", "") for line in block]
            prev = dealt[-1][-1] if dealt else before
            woven = _unweave_block(clean, prev, column, lang)
            if woven is None:
                dealt.append(clean)
                continue
            dealt += woven
            # The second column's lines were no block of their own: no blank line before them.
            joined.add(id(woven[1]))
            changed += 1
        alternated = _alternated(dealt, before, after, column)
        changed += alternated is not dealt
        segments = _segments(alternated, column, joined)
        ordered = segments
        for _ in range(MAX_MOVES):
            moved = _reorder(ordered, before, after, column)
            if moved is ordered:
                break
            ordered = moved
            changed += 1
        if [x.replace("\f", "") for b in blocks for x in b] == [x for _, seg in ordered for x in seg]:
            out += page
            continue
        first = next(i for i, line in enumerate(page) if line.replace("\f", "").strip())
        last = max(i for i, line in enumerate(page) if line.replace("\f", "").strip())
        lead = "\f" if "\f" in page[first] else ""
        text_lines: list[str] = []
        for blank, seg in ordered:
            text_lines += ([""] if text_lines and blank else []) + seg
        text_lines[0] = lead + text_lines[0]
        out += page[:first] + text_lines + page[last + 1:]
    return out, changed
