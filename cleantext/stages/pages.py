"""Find page furniture: running heads and feet, page numbers, print lines."""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict

import regex

from ..markdown import fenced_code
from .base import Remover, stage
from ..pagebreaks import apart as _apart, cuts_the_text

# How many non-blank lines at each end of a page can hold furniture. Running
# heads are one or two lines; three leaves room for a page number apart.
ZONE = 3
# A head or foot must repeat on this share of the pages: alternating
# even/odd heads each reach only half of them.
SHARE = 0.4
# Keys this similar (0..1) are the same head with a changing part, such as
# a section title or an author's name that varies in length.
FUZZY = 0.85
# Without form feeds, a line repeated this often, at least this far apart,
# is taken as running furniture.
MIN_REPEATS = 3
MIN_GAP = 12

# Page numbers as printers set them: "7", "- 7 -", "Page 7", "Page 7 of 12",
# "7/12", "p. 7", roman numerals for front matter.
ROMAN = r"(?=[ivxlcdm]+\b)m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
PAGE_NUMBER = regex.compile(
    rf"""^\s*(?:
        [-–—]?\s*(?P<n>\d{{1,4}})\s*[-–—]?
      | (?:page|p\.|pg\.?|seite)\s*(?P<n>\d{{1,4}})(?:\s*(?:of|/)\s*\d{{1,4}})?
      | (?P<n>\d{{1,4}})\s*(?:/|of)\s*\d{{1,4}}
      | [-–—]?\s*(?P<r>{ROMAN})\s*[-–—]?
    )\s*$""",
    regex.I | regex.X,
)
# Browser print lines: a URL and a date or time on one line.
URL = regex.compile(r"https?://\S+|www\.\S+|\b[\w-]+\.(?:com|org|net|gov|edu)/\S*")
DATE = regex.compile(
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\s*(?:[AP]M)?\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b",
    regex.I,
)
DIGITS = regex.compile(r"\d+")
ROMAN_TOKEN = regex.compile(rf"\b{ROMAN}\b", regex.I)
SPACES = regex.compile(r"\s+")
# The mark may be followed by a dash (a letter's "MY DEAR SON,--"), closing quotes or brackets,
# and emphasis marks (a play's speaker "_Einar._", "(_Silence._)", "[K.]").
SENTENCE_END = regex.compile(r"[.!?:;,][-–—]*[\"'”’)\]_*]*$")
STARTS_LOWER = regex.compile(r"^[\"'“‘(«]?\p{Ll}")
# A running head with the page's number at its start or end: "2 Coastal Letters", "Winter issue 3".
NUMBERED_HEAD = regex.compile(r"^(?:(?P<n>\d{1,4})\s+(?P<a>\p{L}.*)|(?P<b>.*\p{L}\S*)\s+(?P<m>\d{1,4}))$")
# A running head of a text of one page: at most this many words.
HEAD_WORDS = 8


def _sentence(line: str) -> bool:
    """A line of five words or more that ends like a sentence is text."""
    return len(line.split()) >= 5 and bool(SENTENCE_END.search(line.strip()))


# Furniture is short. A line longer than this (ends stripped) is text: its masked key could
# only come under KEY_MAX if most of it were digits and spaces. Skipping such lines keeps the
# cost of a web page's long paragraphs to one len() each.
LINE_MAX = 160
KEY_MAX = 80
# A page number with its words ("Page 1234 of 1234") is far shorter than this.
NUMBER_MAX = 40


def _key(line: str) -> str:
    """Mask what changes from page to page: numbers, case, spacing."""
    line = DIGITS.sub("#", line.replace("\f", ""))
    line = ROMAN_TOKEN.sub("#", line) if len(line) < 80 else line
    return SPACES.sub(" ", line).strip().lower()


class _Unkeyed(dict):
    """A str.translate table, filled on first use, that deletes what _key() masks or drops: digits,
    spaces (those str.strip() takes too), "#", the letters of Roman numerals (and the dot "İ"
    keeps when lower-cased); and writes every small sigma alike."""

    def __missing__(self, code: int) -> int | None:
        char = chr(code)
        masked = DIGITS.fullmatch(char) or char.isspace() or SPACES.fullmatch(char) or char in "#ivxlcdm\u0307"
        # Final sigma: lower() writes "ς" or "σ" by the letters around, which masking changes.
        self[code] = found = None if masked else ord("σ") if char == "ς" else code
        return found


_UNKEYED = _Unkeyed()
_UNKEYED_BYTES = b"0123456789\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f #ivxlcdm"


def _signature(line: str) -> str:
    """What is left of ``line``, lower-cased, once _key() would have nothing more to mask.

    Two lines with one key have one signature (the key, with the same characters deleted, is the
    signature), so a signature seen fewer than MIN_REPEATS times rules its lines out without
    working out their keys. A translate in C, where _key() takes three patterns.

    >>> _signature("Page 7 of the Harbour Review") == _signature("PAGE 12 of the  Harbour Review")
    True
    """
    if line.isascii():
        return line.lower().encode().translate(None, _UNKEYED_BYTES).decode()
    return line.lower().translate(_UNKEYED)


def _signatures(lines: list[str]) -> list[str]:
    """[_signature(line) for line in lines], the ASCII lines' made in one go: joined by NUL (which
    the translate keeps and lower() leaves), lower-cased, translated and split again. A line that
    holds a NUL itself splits into more parts than there were lines, and the lines go one by one."""
    plain = [line for line in lines if line.isascii()]
    if not plain:
        return [_signature(line) for line in lines]
    parts = "\0".join(plain).lower().encode().translate(None, _UNKEYED_BYTES).decode().split("\0")
    if len(parts) != len(plain):
        return [_signature(line) for line in lines]
    if len(plain) == len(lines):
        return parts
    made = iter(parts)
    return [next(made) if line.isascii() else _signature(line) for line in lines]


# What a page-number line can hold, of ASCII: PAGE_NUMBER's every form but the Roman numeral's
# holds a digit, and a Roman numeral's line holds nothing but its letters, spaces and dashes.
# Taken from the patterns themselves, character by character.
_ASCII = [chr(code) for code in range(128)]
_ASCII_DIGITS = "".join(c for c in _ASCII if regex.fullmatch(r"\d", c)).encode()
_ROMAN_LINE = "".join(c for c in _ASCII if regex.fullmatch(r"[ivxlcdm]|\s|[-–—]", c, regex.I)).encode()


def _may_be_page_number(line: str) -> bool:
    """False only where _page_number(line) is None: an ASCII line with no digit and a character
    other than a Roman numeral's letters, spaces and dashes. A cheap test before PAGE_NUMBER's match.

    >>> _may_be_page_number("Share this article"), _may_be_page_number("xiv"), _may_be_page_number("p. 7")
    (False, True, True)
    """
    if not line.isascii():
        return True
    raw = line.encode()
    return len(raw.translate(None, _ASCII_DIGITS)) < len(raw) or not raw.translate(None, _ROMAN_LINE)


def _roman_value(text: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for a, b in zip(text.lower(), text.lower()[1:] + " "):
        v = values[a]
        total += -v if b != " " and values.get(b, 0) > v else v
    return total


def _page_number(line: str) -> int | None:
    """The number a page-number line shows, or None."""
    m = PAGE_NUMBER.match(line.replace("\f", ""))
    if not m or not line.strip():
        return None
    if m["n"]:
        return int(m["n"])
    # Only ASCII letters are Roman numerals: "İ" matches "i" without case, but is no numeral.
    return _roman_value(m["r"]) if m["r"] and m["r"].isascii() else None


def _pages(lines: list[str]) -> list[list[int]]:
    """Non-blank line indexes of each page, pages cut at form feeds."""
    pages: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if "\f" in line and pages[-1]:
            pages.append([])
        if line.replace("\f", "").strip():
            pages[-1].append(i)
    return [p for p in pages if p]


def _cluster(keys: list[str]) -> dict[str, str]:
    """Map each key to a representative, grouping near-identical keys.

    Only keys seen at least twice can gather others: comparing every body
    line with every other would be quadratic in the length of a book.
    """
    counts = Counter(keys)
    anchors: list[str] = []
    out: dict[str, str] = {}
    for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        out[key] = key
        for anchor in anchors:
            matcher = difflib.SequenceMatcher(None, key, anchor)
            if matcher.real_quick_ratio() >= FUZZY and matcher.quick_ratio() >= FUZZY and matcher.ratio() >= FUZZY:
                out[key] = anchor
                break
        else:
            if count >= 2:
                anchors.append(key)
    return out


def _numbered(candidates: list[tuple[int, int, int]], min_run: int) -> list[tuple[int, int]]:
    """Keep page-number candidates (line, page, value) that follow the pages.

    A number is a page number when value - page is the same offset as for
    most other candidates: a stray "7" in the body does not follow along.
    """
    offsets = Counter(value - page for _, page, value in candidates)
    if not offsets:
        return []
    offset, count = offsets.most_common(1)[0]
    # A lone number still counts when it is the page's own ordinal, as when
    # OCR missed the numbers on the other pages.
    if count < min_run and not (count == 1 and offset == 1):
        return []
    return [(i, v) for i, page, v in candidates if v - page == offset]


def _with_form_feeds(lines: list[str], pages: list[list[int]]) -> dict[int, tuple[str, str]]:
    found: dict[int, tuple[str, str]] = {}
    n = len(pages)
    # On a short page the zones would overlap: split it in the middle.
    tops = [p[: min(ZONE, (len(p) + 1) // 2)] for p in pages]
    bottoms = [p[len(p) - min(ZONE, len(p) // 2) :] for p in pages]

    # Page numbers first: a bare number is the surest furniture there is.
    candidates = []
    for page, zone in enumerate(pages):
        for i in set(tops[page]) | set(bottoms[page]):
            value = _page_number(lines[i])
            if value is not None:
                candidates.append((i, page, value))
    for i, value in _numbered(candidates, min_run=2):
        found[i] = ("page-number", f"page number {lines[i].strip()!r}")

    # Then lines that repeat, digits masked, in the same zone of many pages.
    for where, zones in (("header", tops), ("footer", bottoms)):
        keys = [_key(lines[i]) for zone in zones for i in zone if i not in found]
        rep = _cluster(keys)
        pages_with: dict[str, set[int]] = defaultdict(set)
        for page, zone in enumerate(zones):
            for i in zone:
                if i not in found:
                    pages_with[rep[_key(lines[i])]].add(page)
        need = max(2, round(SHARE * n))
        for page, zone in enumerate(zones):
            for i in zone:
                if i in found:
                    continue
                hits = len(pages_with[rep[_key(lines[i])]])
                if hits >= need and not _sentence(lines[i]):
                    side = "top" if where == "header" else "bottom"
                    found[i] = (where, f"repeats at {side} of {hits} of {n} pages")
                elif URL.search(lines[i]) and DATE.search(lines[i]):
                    found[i] = (where, "print line with a URL and a date")
    # A short line found once on nearly every page, wherever it stands: OCR
    # reads a head set left and right as two lines and may put the right
    # half after the first column.
    per_page: dict[str, list[int]] = defaultdict(list)
    for page in pages:
        seen: dict[str, list[int]] = defaultdict(list)
        for i in page:
            seen[_key(lines[i])].append(i)
        for key, where in seen.items():
            if len(where) == 1 and key and len(key) <= 40 and not _sentence(lines[where[0]]):
                per_page[key].append(where[0])
    for key, where in per_page.items():
        if len(where) >= max(2, round(0.8 * n)):
            for i in where:
                found.setdefault(i, ("header", f"repeats once on {len(where)} of {n} pages"))
    # A head that carries the page's number ("2 Coastal Letters", "Winter issue 3"), where the
    # numbers at the heads' edges follow the pages: an even page's head met once (alternating
    # heads of a short text) repeats nowhere.
    for i, value in _numbered_heads(lines, tops, bottoms):
        found.setdefault(i, ("header" if any(i in zone for zone in tops) else "footer",
                             f"a head with the page's number {value}"))
    # Specks an OCR engine read as ">)" or a lone digit, in the same zone as
    # furniture already found: page debris, not text.
    for page, zone in enumerate(tops + bottoms):
        if any(i in found for i in zone):
            where = "header" if page < n else "footer"
            for i in zone:
                text = lines[i].replace("\f", "").strip()
                if i not in found and len(text) <= 3 and not regex.search(r"\p{L}", text):
                    found[i] = (where, f"no letters, beside the running {where}")
    return found


def _numbered_heads(lines: list[str], tops: list[list[int]], bottoms: list[list[int]]) -> list[tuple[int, int]]:
    """(line, number) of the short lines at a page's top or foot with a number at their start or
    end that is the page's: the numbers of two pages or more, each with the page's place in the
    file added, give one offset. A line that ends like a sentence, or of more than HEAD_WORDS
    words, is text.

    >>> lines = ["Winter issue 1", "The ferry left the quay.", "\f2 Coastal Letters", "It rained.",
    ...          "\fWinter issue 3", "We slept."]
    >>> _numbered_heads(lines, [[0], [2], [4]], [[1], [3], [5]])
    [(0, 1), (2, 2), (4, 3)]
    >>> _numbered_heads(["2 cups of flour", "Mix.", "\fStir well.", "Bake."], [[0], [2]], [[1], [3]])
    []
    """
    candidates = []
    for page, zone in enumerate(zip(tops, bottoms)):
        for i in set(zone[0]) | set(zone[1]):
            m = NUMBERED_HEAD.match(lines[i].replace("\f", "").strip())
            if m:
                words = m["a"] or m["b"]
                if len(words.split()) <= HEAD_WORDS and not SENTENCE_END.search(words):
                    candidates.append((i, page, int(m["n"] or m["m"])))
    offsets = Counter(value - page for _, page, value in candidates)
    if not offsets or offsets.most_common(1)[0][1] < 2:
        return []
    offset = offsets.most_common(1)[0][0]
    return sorted((i, v) for i, page, v in candidates if v - page == offset)


def _without_form_feeds(lines: list[str]) -> dict[int, tuple[str, str]]:
    found: dict[int, tuple[str, str]] = {}
    sizes = [len(line.strip()) for line in lines]  # each line's length, ends stripped, once
    first_lines = [i for i, size in enumerate(sizes) if size][:ZONE]
    by_key: dict[str, list[int]] = defaultdict(list)
    # A Markdown code block's lines (its fences, a closing brace) are the text's code, never a page's.
    code = fenced_code(lines)
    short = [(i, line) for i, (line, size) in enumerate(zip(lines, sizes)) if 0 < size <= LINE_MAX and i not in code]
    signatures = _signatures([line for _, line in short])
    repeats = Counter(signatures)
    for (i, line), signature in zip(short, signatures):
        if repeats[signature] < MIN_REPEATS:
            continue  # its key cannot repeat often enough either
        key = _key(line)
        # Furniture is short and does not end like a sentence.
        if key and len(key) <= KEY_MAX and not SENTENCE_END.search(key):
            by_key[key].append(i)
    running: list[list[int]] = []
    for key, where in by_key.items():
        if len(where) < MIN_REPEATS or _page_number(lines[where[0]]) is not None:
            continue
        # Pages are of about one length: the repeats of a running head are
        # spaced evenly, a speaker's name or a refrain is not.
        gaps = sorted(b - a for a, b in zip(where, where[1:]))
        if gaps[0] >= MIN_GAP and gaps[-1] <= 2 * gaps[len(gaps) // 2]:
            running.append(where)
    # Page numbers: bare numbers rising by one, each on its own line, spaced
    # like pages. Their order stands in for the page index.
    candidates = [(i, _page_number(line)) for i, line in short
                  if sizes[i] <= NUMBER_MAX and _may_be_page_number(line)]
    candidates = [(i, v) for i, v in candidates if v is not None]
    run: list[tuple[int, int]] = []
    best: list[tuple[int, int]] = []
    for i, v in candidates:
        if run and v == run[-1][1] + 1 and i - run[-1][0] >= MIN_GAP:
            run.append((i, v))
        else:
            run = [(i, v)]
        if len(run) > len(best):
            best = list(run)
    if len(best) >= MIN_REPEATS:
        for i, _ in best:
            found[i] = ("page-number", f"page number {lines[i].strip()!r}")
    # Without page numbers, a repeated line is a page's only where it cuts the text (pagebreaks.py).
    numbered = bool(found)
    skip = {i for where in running for i in where} | set(found)
    for where in running:
        if numbered or cuts_the_text(lines, where, skip):
            cls = "header" if where[0] in first_lines else "footer"
            for i in where:
                found.setdefault(i, (cls, f"repeats {len(where)} times, {MIN_GAP}+ lines apart"))
    return found


def _single_page(lines: list[str], page: list[int]) -> dict[int, tuple[str, str]]:
    """The furniture of a text of one page (a form feed marks it as a page): nothing repeats, so
    only its page number, a line of its own at the top or foot that shows the number 1 ("1",
    "Page 1", "- 1 -", "1/1"), and standing apart from the text (blank lines around it), or with a
    word ("Page 1") on the page's first or last line; the same line apart anywhere on the page
    where a sentence runs on across it; and a running head, the page's first line, short, apart
    and without a sentence end, where that number or a sentence's continuation comes next.

    >>> _single_page(["The ferry left.", "", "1", "", "\f"], [0, 2])
    {2: ('page-number', "page number '1'")}
    >>> _single_page(["1", "The ferry left.", "\f"], [0, 1])
    {}
    >>> _single_page(["The ferry left.", "Page 1", "", "\f"], [0, 1])
    {1: ('page-number', "page number 'Page 1'")}
    """
    found: dict[int, tuple[str, str]] = {}
    zone = min(ZONE, len(page) // 2)
    for i in page[:zone] + page[len(page) - zone:]:
        # A number with a word ("Page 1") is no count or heading even where it touches the text,
        # on the page's first or last line.
        worded = i in (page[0], page[-1]) and regex.search(r"\p{L}{2}", lines[i])
        if _page_number(lines[i]) == 1 and (_apart(lines, i, {i}) or worded):
            found[i] = ("page-number", f"page number {lines[i].strip()!r}")
    text = [i for i in page if lines[i].replace("\f", "").strip()]
    # A page without a blank line (pypdf's, which marks no block) shows nothing apart: there a bare
    # 1 ending a page of MIN_GAP lines or more is its number.
    last = text[-1] if text else None
    if (last is not None and last not in found and last - text[0] == len(text) - 1 and len(text) >= MIN_GAP
            and _page_number(lines[last]) == 1
            and not regex.search(r"\p{L}", lines[last])):
        found[last] = ("page-number", f"page number {lines[last].strip()!r}")
    for k, i in enumerate(text[1:-1], 1):
        # A line showing 1 apart from the text anywhere on the page, where a sentence runs on
        # across it (no sentence end before, lower case after): a page number an extractor set
        # between the page's two columns; a count or a heading stands between sentences.
        before, after = lines[text[k - 1]].strip(), lines[text[k + 1]].strip()
        if (i not in found and _page_number(lines[i]) == 1 and _apart(lines, i, {i})
                and not SENTENCE_END.search(before) and STARTS_LOWER.match(after)):
            found[i] = ("page-number", f"page number {lines[i].strip()!r}")
    if len(text) > 2:
        # The page's first line, short and apart, without a sentence end, is a running head where
        # the page number comes next or the text under it opens in lower case (it goes on with a
        # sentence begun before the page, which no title's text does).
        first = text[0]
        nxt = next((i for i in text[1:] if i not in found), None)
        head = lines[first].replace("\f", "").strip()
        if (first not in found and len(head.split()) <= HEAD_WORDS and not SENTENCE_END.search(head)
                and _apart(lines, first, {first}) and nxt is not None
                and (text[1] in found or STARTS_LOWER.match(lines[nxt].strip()))):
            found[first] = ("header", "a short line apart atop a text of one page, its number or a "
                                      "sentence's continuation under it")
    return found


def find_page_furniture(lines: list[str]) -> list[tuple[int, str, str]]:
    """List the lines that belong to the page, not the text.

    Returns (0-based line index, class, reason) with class "header",
    "footer" or "page-number". Pages are cut at form feeds ("\\f", as
    pdftotext writes them); without any, pages are inferred from lines that
    repeat at regular distances, where page numbers show the pages or the
    text runs on across them (at half their places or more): a line repeated
    between paragraphs (a section break, "[Illustration]") is the text's own. Heads and feet are compared with digits
    masked and fuzzily, so a changing page number or section title and
    alternating even/odd heads are still seen as one. A line is furniture
    only by repetition or by a page-number sequence (and a speck without
    letters beside such a line), so a text without pages gives nothing; of a
    text of one page (one form feed), only a line showing its number 1, apart
    from the text at its top or foot or inside a sentence, and a short first line
    apart above that number or above a sentence's continuation (a running head).

    >>> lines = []
    >>> for n, body in enumerate(["The ferry left.", "It rained.", "We slept."], 1):
    ...     lines += ["\\f" * (n > 1) + "The Harbour Review", "", body, "", f"- {n} -"]
    >>> for hit in find_page_furniture(lines)[:2]: print(hit)
    (0, 'header', 'repeats at top of 3 of 3 pages')
    (4, 'page-number', "page number '- 1 -'")
    >>> find_page_furniture(["A title", "7", "Body text.", "A title"])
    []
    """
    pages = _pages(lines) if any("\f" in line for line in lines) else []
    if len(pages) >= 2:
        found = _with_form_feeds(lines, pages)
    else:
        found = _without_form_feeds(lines)
        if len(pages) == 1:
            found.update(_single_page(lines, pages[0]))
    return [(i, cls, reason) for i, (cls, reason) in sorted(found.items())]


def remove_page_furniture(text: str) -> tuple[str, list[tuple[int, str, str]]]:
    """Drop the lines find_page_furniture names, with the blank lines around them.

    The blank lines an extractor puts around a running head belong to the
    page, not the text: leaving them would cut every paragraph that runs on
    over a page break. The form feed stays, on the line that follows.

    >>> remove_page_furniture("\\fHarbour Review\\n\\nthe end.\\n\\fHarbour Review\\n\\nIt rained.\\n")
    ('\\x0cthe end.\\n\\x0cIt rained.\\n', [(0, 'header', 'repeats at top of 2 of 2 pages'), (3, 'header', 'repeats at top of 2 of 2 pages')])
    """
    lines = text.split("\n")
    found = find_page_furniture(lines)
    drop, feeds = _page_gaps(lines, {i for i, _, _ in found})
    out = [("\f" + line if i in feeds else line) for i, line in enumerate(lines) if i not in drop]
    return "\n".join(out), found


def _apart_all(lines: list[str], gone: set[int]) -> set[int]:
    """{i for i in gone if apart(lines, i, gone)}, each block of non-blank lines read once: a
    non-blank line of ``gone`` stands apart where every line of its block is in ``gone``, and then
    so does every other line of the block (a blank line of ``gone`` is asked about on its own)."""
    found: set[int] = set()
    settled: set[int] = set()
    for i in sorted(gone):
        if i in settled:
            continue
        if not lines[i].replace("\f", "").strip():
            if _apart(lines, i, gone):
                found.add(i)
            continue
        start = end = i
        while start > 0 and lines[start - 1].replace("\f", "").strip():
            start -= 1
        while end + 1 < len(lines) and lines[end + 1].replace("\f", "").strip():
            end += 1
        block = range(start, end + 1)
        settled.update(block)
        if all(j in gone for j in block):
            found.update(block)
    return found


def _page_gaps(lines: list[str], gone: set[int]) -> tuple[set[int], set[int]]:
    """The lines to drop (``gone`` and the blank lines touching them) and the kept lines that take
    over a dropped line's form feed: the page break stays, for the column and paragraph stages.

    The blank lines an extractor puts around a running head belong to the page, not the text:
    leaving them would cut every paragraph that runs on over a page break. Where the pages were
    told by repetition alone (no form feeds), only a line that stands apart from the text, in a
    block of its own or with other furniture, is such a head: a repeated line inside a block
    with text (a signature's "--" above a line of its own, a "Top" link under a user's box in a
    copied forum thread) is no page's edge, and the blank lines around that block end
    paragraphs.

    >>> text = ["Post one ends.", "", "--", "NB Tern", "", "Post two.", "", "--", "NB Otter", ""]
    >>> sorted(_page_gaps(text, {2, 7})[0]), sorted(_page_gaps(["a", "", "Head", "", "b"], {2})[0])
    ([2, 7], [1, 2, 3])
    """
    # Without a form feed, _pages() finds one page.
    if not any("\f" in line for line in lines) or len(_pages(lines)) < 2:
        gone_apart = _apart_all(lines, gone)
    else:
        gone_apart = gone
    drop = set(gone)
    for i in sorted(gone_apart):
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and j not in drop and not lines[j].replace("\f", "").strip():
                drop.add(j)
                j += step
    feeds: set[int] = set()
    feed = False
    for i, line in enumerate(lines):
        if i in drop:
            feed = feed or "\f" in line
            continue
        if feed and "\f" not in line:
            feeds.add(i)
        feed = False
    return drop, feeds


# --- the stage -------------------------------------------------------------


@stage("pages")
class Pages(Remover):
    """Remove running headers and footers and page numbers; close the gaps they leave. Text without
    pages for which a site file is chosen is left to that file."""

    counter = "page_lines_removed"

    def applies(self, doc) -> bool:
        """Not where a site file is chosen, unless the text has pages (a PDF's, an OCR reading's):
        the site file names the site's own repeated lines ("Top", "Posts: N" under each post of a
        forum thread), and one learned by ``cleantext rules learn`` was learned from pages that
        still held them, where this stage takes them only on pages that repeat them often and
        evenly enough. (A web copy is often told from prose only by the boilerplate stage, later.)"""
        return not doc.sites or doc.kind == "page"

    def find(self, texts: list[str]) -> tuple[list[tuple[int, str, str, str]], int]:
        found = find_page_furniture(texts)
        return [(i, cls, f"layout:{cls}", reason) for i, cls, reason in found], len(found)

    # The same lines go, and the same form feeds move, as remove_page_furniture() says.
    gaps = staticmethod(_page_gaps)
