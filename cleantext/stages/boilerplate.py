"""Web page furniture on any site: menus, link lists, banners, footers around the main text.

A web page copied as text (w3m, lynx, html2text, inscriptis, a browser's
select-all) holds the article among the page's navigation, share bars,
consent banners, "most read" lists and legal footers. No rule file knows
most sites, so this stage judges blocks (runs of lines between blank lines)
by what they look like, in the spirit of jusText, and keeps the densest run
of good blocks with the short blocks inside it (headline, byline, dateline,
subheadings, one-line paragraphs, lists that belong to the article).

Every word, weight and threshold comes from the ``[boilerplate]`` table of
the rule files (rules/boilerplate.toml); this module is the mechanism.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

import regex

from ..document import Document
from ..kinds import aligned_bars, front_matter_only, inner_lists
from ..markdown import contents_lists, fenced_code
from ..patterns import compiled
from ..rulefile import selected
from ..webblocks import (  # noqa: F401  (judge, plain_words: the stage's plain functions, read here too)
    BULLET, CJK, LINK_MARK, MD_LINK, is_bullet, NO_EVIDENCE, URL, Block, has_address, Phrase, Settings, _line_signals, blocks_of, judge,
    lone_link, page_language, plain_words, sentence_end, signals, weigh, TYPOGRAPHIC,
)
from ..webends import _before_teasers, _before_thread, _end_at_marker, _end_at_thread, main_run
from ..words import frequent
from .base import Remover, stage

# -- where the main text is ---------------------------------------------------

# A Markdown link whose target runs on to the next line: "[Reply](/2012/10/instagramming-".
OPEN_TARGET = regex.compile(r"\]\([^)\s]*$")


def units_of(lines: list[str], first: int, last: int, width: int) -> list[tuple[int, int]]:
    """A block cut into the paragraphs a dumper wrapped: each ends at a short line.

    A dumper wraps a paragraph at its width: every line but the last is long.
    So a short line ends a unit (a menu item, a byline, a heading, the last
    line of a paragraph), and a list item starts one. Some dumpers (Debian's
    html2text) put no blank line between paragraphs at all.

    >>> units_of(["* Home", "* News", "a long line of text", "ends.", "By Ann"], 0, 4, 10)
    [(0, 0), (1, 1), (2, 3), (4, 4)]
    """
    units: list[tuple[int, int]] = []
    start = None
    for i in range(first, last + 1):
        line = lines[i]
        if not line.strip():
            continue
        if start is not None and is_bullet(line):
            units.append((start, i - 1))
            start = None
        if start is None:
            start = i
        if len(line.strip()) < width:
            units.append((start, i))
            start = None
    if start is not None:
        units.append((start, last))
    return units


def wrap_width(lines: list[str], settings: Settings) -> int:
    """The length under which a line ends a wrapped paragraph: ``wrapped_share`` of the dumper's
    width, read as most wrapped lines come close to the longest lines. A Markdown link's target
    or an address is never broken, so lines holding one run past the width; so does the tail of
    a target a converter broke at its hyphen ("[Reply](/2012/10/instagramming-" over
    "iceland.html?utm_source=feedburner&..."), on the line after its "](".

    >>> wrap_width(["a line of text " * 5, "short", "* [Home](https://example.org/a/long/path)"], default_settings())
    44
    """
    lengths = sorted(len(line.strip()) for i, line in enumerate(lines)
                     if line.strip() and "](" not in line and not has_address(line)
                     and not (i and "](" in lines[i - 1] and OPEN_TARGET.search(lines[i - 1]))) or [0]
    return int(settings.wrapped_share * lengths[int(len(lengths) * 0.9)])


def _extend(blocks: list[Block], start: int, end: int, settings: Settings) -> tuple[int, int]:
    """The main run widened over what reads as prose next to it (jusText's context): a list
    that reads as prose, a near-good unit, across up to ``lead_blocks`` short units between."""
    def near(b: Block) -> bool:
        return b.kind == "short" and b.signal in ("list", "near-good")

    for step in (-1, 1):
        k = start if step < 0 else end
        while True:
            j, skipped = k + step, 0
            while 0 <= j < len(blocks) and blocks[j].kind == "short" and not near(blocks[j]) \
                    and skipped < settings.lead_blocks:
                j, skipped = j + step, skipped + 1
            if not (0 <= j < len(blocks) and near(blocks[j])):
                break
            k = j
        if step < 0:
            start = k
        else:
            end = k
    return start, end


def is_web_copy(text: str, blocks: list[Block]) -> bool:
    """Whether the text shows a web page around its article (link marks, menus, phrases)."""
    signals = sum(b.kind == "bad" for b in blocks)
    return signals >= 3 or (len(LINK_MARK.findall(text)) + len(MD_LINK.findall(text)) >= 10 and signals >= 1)


def _most_bad_lines(blocks: list[Block], settings: Settings) -> int:
    """The most lines the furniture blocks can hold once the language's signal is in: the bad
    blocks' and those of every short unit that repeats (``_mark_repeated``), as if none were good."""
    seen: dict[str, int] = {}
    for b in blocks:
        seen[b.key] = seen.get(b.key, 0) + 1
    return sum(b.last - b.first + 1 for b in blocks
               if (b.kind == "bad" and b.signal != "image") or (settings.repeated_min_words and b.kind == "short"
                                      and b.words >= settings.repeated_min_words and seen[b.key] > 1))


def _mark_lists(blocks: list[Block], settings: Settings) -> None:
    """A run of list items with no links that together read as a paragraph (enough words,
    frequent words, few capitals) is marked a list: next to the main text it is the article's
    (a changelog, ingredients, steps). Each item alone is too short to tell; a menu's items
    are links or capitalised names."""
    def item(b: Block) -> bool:
        return b.kind == "short" and b.items > 0 and not b.link_density and b.signal != "teaser"

    k = 0
    while k < len(blocks):
        if not item(blocks[k]):
            k += 1
            continue
        j = k
        while j + 1 < len(blocks) and item(blocks[j + 1]):
            j += 1
        run = blocks[k:j + 1]
        words = sum(b.words for b in run)
        if (len(run) >= settings.menu_min_items and words >= settings.good_min_words_unended
                and sum(b.frequent * b.words for b in run) / words >= settings.good_min_frequent
                and sum(b.title_case * b.words for b in run) / words <= settings.max_title_case):
            for b in run:
                b.signal = "list"
        k = j + 1


def _mark_streams(blocks: list[Block], settings: Settings) -> None:
    """A stream of teasers: lines of a phrase of ``stream_marks`` (a comment count, "11 Comments";
    a live blog's bare time, "14:10") that recur at least ``stream_min_marks`` times. A good
    block alone between two of them is a teaser's summary, not the article: an article's
    paragraphs run on between two such lines, or after the last one."""
    marks = [k for k, b in enumerate(blocks)
             if b.phrase is not None and b.phrase.id in settings.stream_marks]
    if len(marks) < settings.stream_min_marks:
        return
    for a, b in zip(marks, marks[1:]):
        good = [blocks[k] for k in range(a + 1, b) if blocks[k].kind == "good"]
        if len(good) == 1:
            good[0].kind, good[0].signal = "short", "teaser"


def _mark_repeated(lines: list[str], blocks: list[Block], settings: Settings) -> None:
    """Short units whose words occur again on the page are furniture: a menu at head and
    foot, a teaser's title over its own link, the same widget twice."""
    seen: dict[str, list[int]] = {}
    for k, b in enumerate(blocks):
        seen.setdefault(b.key, []).append(k)
    def twice(k: int) -> bool:   # a good block shown again nearby with a neighbour shown again beside it
        return any(j != k and abs(j - k) <= settings.repeated_good_span and any(
            0 <= k + d < len(blocks) and 0 <= j + d < len(blocks) and k + d != j
            and blocks[k + d].key == blocks[j + d].key for d in (-1, 1)) for j in seen[blocks[k].key])

    for k, b in enumerate(blocks):
        if (b.words >= settings.repeated_min_words and len(seen[b.key]) > 1 and b.signal != "markup"   # the same formula again is no widget
                and (b.kind == "short" or (b.kind == "good" and settings.repeated_good_span and twice(k)))):
            b.kind, b.signal, b.cls = "bad", "repeated", "widget"


def _bordered(lines: list[str], first: int, last: int) -> bool:
    """Whether most of a block's lines open and close with a bar: a table drawn with its borders
    (html2text's), whose cells may hold a page's text; a menu's bars stand between its items."""
    rows = [line.strip() for line in lines[first:last + 1] if line.strip()]
    return len(rows) > 2 and sum(r[0] == "|" and r[-1] == "|" for r in rows) > len(rows) / 2


def _led_list(lines: list[str], first: int, last: int, whole: Block, settings: Settings) -> list[Block]:
    """A block judged a menu, its list led in by a sentence of the article above its items ("This
    document registers the following properties:"): the lead-in judged apart, the items as one.
    A menu's heading ("Sections") is too short to be a paragraph and keeps the block whole."""
    item = next((i for i in range(first, last + 1) if BULLET.match(lines[i])), first)
    if item == first:
        return [whole]
    lead = signals(lines, first, item - 1, settings)
    if lead.kind == "bad" or lead.words < settings.good_min_words or not lead.sentence:
        return [whole]
    return [lead, signals(lines, item, last, settings)]


def _punctuation_of(blocks: list[Block], settings: Settings) -> Settings:
    """The settings for a page in Han or kana that punctuates its prose: where at least
    ``cjk_punctuated_min_blocks`` paragraphs in a row end a sentence ("。"), a line that ends
    none is a headline (another page's, under its picture), not a line of an unpunctuated blog,
    and needs ``cjk_good_min_chars_unended_punctuated`` characters to count as prose. An article's
    paragraphs follow one another; a blog's comments, punctuated under its unpunctuated post,
    each stand between a name and a date."""
    if not settings.cjk_punctuated_min_blocks:
        return settings
    in_row = 0
    for b in blocks:
        if b.han and b.sentence and b.kind == "short" and \
                sum(CJK.match(f) is not None for f in b.folded) >= settings.cjk_good_min_chars:
            in_row += 1
            if in_row >= settings.cjk_punctuated_min_blocks:
                return replace(settings, cjk_good_min_chars_unended=max(
                    settings.cjk_good_min_chars_unended, settings.cjk_good_min_chars_unended_punctuated))
        else:
            in_row = 0
    return settings


def _mark_lone_links(lines: list[str], blocks: list[Block], start: int, end: int, settings: Settings) -> None:
    """Units between the main text's first paragraph and its end that are one link alone of a few
    words (``lone_link``: "[15]DurbanLocal", "Listen_Live") are furniture: another page's name, a
    button. The main run is chosen before (each weighs as a short unit), so that no such unit cuts
    it; above its first paragraph a linked headline stays."""
    for b in blocks[start + 1:end + 1]:
        if b.kind == "short" and b.signal != "list" and lone_link(lines, b, settings):
            b.kind, b.signal, b.cls = "bad", "lone-link", "menu"


def find_boilerplate(lines: list[str], settings: Settings) -> list[Block]:
    """The blocks of ``lines`` that are page furniture, each with its class and signal.

    Nothing is found in text that shows no web page (see ``is_web_copy``),
    nor where the main text would be under ``min_main_words`` words.
    """
    # A Markdown code block is the text's code, never furniture nor a sign of a page: its shell
    # pipelines ("sort | uniq -c") read as menus. Its lines are left out of the blocks (kept).
    # So are a table of contents' (its links lead to the text's own places): no page's menu.
    code = fenced_code(lines) | contents_lists(lines)
    if code:
        lines = ["" if i in code else line for i, line in enumerate(lines)]
    spans = blocks_of(lines)
    if not spans or sum(last - first + 1 for first, last in spans) < settings.web_min_signals:
        return []   # fewer lines than the furniture lines a web page shows (one 20 MB line, say)
    # Lines are read once per document (a block and its units share them), not remembered from
    # one document to the next, nor kept after it (a long line's words are many).
    _line_signals.cache_clear()
    try:
        return _find_boilerplate(lines, spans, settings)
    finally:
        _line_signals.cache_clear()


# -- units read only once the page shows furniture ----------------------------

# What a unit's lines must not hold to be read later (_NOT_PLAIN: a character beyond ASCII and
# TYPOGRAPHIC; and "www.", "(BUTTON)", "IFRAME:"): link marks, addresses, markup, a separator of
# a menu's items, a button's or a frame's mark. Without them, a line's words are its runs of
# ASCII letters and digits (plain_words: nothing is taken out; typographic quotes and dashes are
# spaces, an apostrophe joins).
_NOT_PLAIN = re.compile("[^" + re.escape("".join(
    c for c in map(chr, range(128)) if c not in "[/<>\\|") + "".join(c for c in TYPOGRAPHIC if c not in "▪•·›»")) + "]")
# Each byte that is no ASCII letter or digit, as a space (apostrophes are deleted apart).
_ALNUM_OR_SPACE = bytes(code if code < 128 and chr(code).isalnum() else 32 for code in range(256))
_NOT_ALNUM = bytes(code for code in range(256) if not (code < 128 and chr(code).isalnum()))


class _Unread(Block):
    """A unit whose signals can make it nothing but short (no phrase, link list, menu, markup,
    image): read in full (``signals``) only where the page turns out to show furniture."""

    alnum: int = 0   # its letters and digits, as many as its casefolded words hold


def _read_later(lines: list[str], first: int, last: int, settings: Settings) -> int | None:
    """How many ASCII letters and digits the unit ``first``..``last`` holds, where its lines are
    plain (``_NOT_PLAIN``; ASCII and typographic marks only) and hold more words than a phrase or a
    menu of its list items can: then ``signals`` would find it short, neither furniture nor a
    menu; else None (read it now). Its words are counted from below: each run of letters and
    digits between other characters, apostrophes left out, holds one word or more."""
    rows = lines[first:last + 1]
    if sum(map(len, rows)) + len(rows) <= 2 * settings.phrase_max_words:
        return None   # a run of letters and a character after it each: too few words
    words = alnum = bullets = 0
    for line in rows:
        if _NOT_PLAIN.search(line) or "www." in line or "(BUTTON)" in line or "IFRAME:" in line:
            return None
        runs = line.replace("’", "").encode("ascii", "replace").translate(_ALNUM_OR_SPACE, b"'")
        words += len(runs.split())
        alnum += len(runs) - runs.count(32)
        bullets += is_bullet(line)
    if words <= settings.phrase_max_words or words <= settings.menu_max_words_per_item * max(bullets, 1):
        return None
    return alnum


def _read(lines: list[str], first: int, last: int, settings: Settings, unread: list[_Unread] | None) -> Block:
    """``signals`` of the unit, or an ``_Unread`` unit standing for them (``_read_later``), added to
    ``unread``; with ``unread`` None, ``signals``."""
    alnum = _read_later(lines, first, last, settings) if unread is not None else None
    if alnum is None:
        return signals(lines, first, last, settings)
    unit = _Unread(first, last)
    unit.alnum = alnum
    unread.append(unit)
    return unit


def _furniture_lines(lines: list[str], blocks: list[Block], settings: Settings) -> int:
    """``_most_bad_lines`` of the blocks as ``signals`` reads them all. An unread unit is short,
    so it counts only as a repeated one, which its words show: it is read now where another
    unit's words could be the same (as many letters and digits), and else counts for none."""
    unread = [k for k, b in enumerate(blocks) if type(b) is _Unread]
    if unread:
        counts = Counter(b.alnum for b in blocks if type(b) is _Unread)
        counts.update(len(b.key.encode("ascii", "ignore").translate(None, _NOT_ALNUM)) for b in blocks
                      if type(b) is not _Unread and b.words > settings.phrase_max_words)
        for k in unread:
            b = blocks[k]
            if counts[b.alnum] > 1:
                blocks[k] = signals(lines, b.first, b.last, settings)
            else:
                b.key = f"\0{k}"   # no other unit's words
    return _most_bad_lines(blocks, settings)


def _find_boilerplate(lines: list[str], spans: list[tuple[int, int]], settings: Settings) -> list[Block]:
    width = wrap_width(lines, settings)
    blocks: list[Block] = []
    unread: list[_Unread] = []
    later: list[_Unread] | None = unread
    bad = counted = 0   # the lines of furniture blocks so far: once they show a page, every unit is read at once
    for a, b in spans:
        if later is not None:
            bad += sum(u.last - u.first + 1 for u in blocks[counted:] if u.kind == "bad" and u.signal != "image")
            counted = len(blocks)
            if bad >= settings.web_min_signals:
                later = None
        whole = _read(lines, a, b, settings, later)
        if whole.signal == "menu" and (_bordered(lines, a, b) or aligned_bars(lines[a:b + 1])):
            # a table's cell borders, bars under one another (a table, a grammar): no menu's separators
            whole.kind, whole.signal, whole.cls = "short", "", "other"
            blocks.append(whole)
        elif whole.signal == "menu" and a < b:
            blocks += _led_list(lines, a, b, whole, settings)
        elif whole.kind == "bad" or a == b:
            blocks.append(whole)
        else:
            units = units_of(lines, a, b, width)
            if units == [(a, b)]:
                blocks.append(whole)   # one unit: the block judged already
            else:
                cut = [_read(lines, i, j, settings, later) for i, j in units]
                if any(u.signal == "menu" for u in cut) and aligned_bars(lines[a:b + 1]):
                    for u in cut:   # a grammar's or a diagram's lines, their bars under one another
                        if u.signal == "menu":
                            u.kind, u.signal, u.cls = "short", "", "other"
                blocks += cut
    if (_furniture_lines(lines, blocks, settings) if unread else _most_bad_lines(blocks, settings)) < settings.web_min_signals:
        return []   # not a web page, whatever the language says: spare finding it
    if unread:
        blocks = [signals(lines, b.first, b.last, settings) if type(b) is _Unread else b for b in blocks]
    lang = page_language(lines, settings)
    common = frequent(lang, settings.frequent_words) if lang else None
    settings = _punctuation_of(blocks, settings)
    for block in blocks:
        weigh(block, common, settings)
    _mark_lists(blocks, settings)
    if settings.stream_marks:
        _mark_streams(blocks, settings)
    if settings.repeated_min_words:
        _mark_repeated(lines, blocks, settings)
    # Each line of a furniture block counts: a menu of twelve items is twelve signs of a page.
    # A line that comes again is no sign of a page by itself: a play names its speakers again
    # and again ("MRS. UPJOHN AND JIMMIE."), a song sings its refrain, a book repeats a
    # sentence; only where other furniture shows a page is the repeated line a widget.
    # A book's title page (a copyright notice above the whole text) is no page's furniture either,
    # nor are lists within the text's paragraphs where nothing else shows a page.
    inner = {id(b) for b in inner_lists(lines, blocks)}
    if (sum(b.last - b.first + 1 for b in blocks if b.kind == "bad" and b.signal != "image") < settings.web_min_signals
            or not any(b.kind == "bad" and b.signal not in NO_EVIDENCE and id(b) not in inner for b in blocks)
            or front_matter_only(blocks)):
        return []
    run = main_run(blocks, settings)
    if run is None:
        return []
    if settings.thread_marks:
        run = _before_thread(blocks, run, settings)
    start, end = _end_at_marker(blocks, *run, settings)
    if settings.thread_marks:
        end = _end_at_thread(blocks, start, end, settings)
    end = _before_teasers(blocks, start, end, settings)
    start, end = _extend(blocks, start, end, settings)
    # The headline, byline and dateline stand just before the first good block.
    lead = start
    while (lead > 0 and start - lead < settings.lead_blocks
           and (blocks[lead - 1].kind == "short" or blocks[lead - 1].signal == "image")
           and blocks[lead - 1].words <= settings.lead_max_words):
        lead -= 1
    kept_words = sum(b.words for b in blocks[lead:end + 1] if b.kind != "bad")
    if kept_words < settings.min_main_words:
        return []
    if settings.lone_link_max_words:
        _mark_lone_links(lines, blocks, start, end, settings)
    out = []
    for k, b in enumerate(blocks):
        if b.kind == "bad" and (b.signal != "repeated" or k < lead or k > end):
            # Inside the main text a repeated line is a quotation or a subheading again.
            out.append(b)
        elif k < lead or k > end:
            b.signal = "outside-main"
            b.cls = "header" if k < lead else "footer"
            out.append(b)
    return out


def remove_boilerplate(text: str, settings: Settings | None = None) -> tuple[str, list[Block]]:
    """Drop the page furniture of a web page copy; return the text and the blocks dropped.

    >>> page = ("* Home\\n* News\\n* Sport\\n* Contact\\n\\n"
    ...         "Ferry service to resume\\n\\n"
    ...         "The ferry between the two harbours will resume on Monday, the council said, "
    ...         "after the storm damaged the quay at the end of the winter.\\n\\n"
    ...         "Repairs to the quay took longer than the engineers had hoped, and the "
    ...         "first boat will leave at nine in the morning.\\n\\n"
    ...         "Accept cookies\\n\\nShare on Facebook\\n\\nAll rights reserved\\n")
    >>> text, dropped = remove_boilerplate(page, default_settings())
    >>> print(text)
    Ferry service to resume
    <BLANKLINE>
    The ferry between the two harbours will resume on Monday, the council said, after the storm damaged the quay at the end of the winter.
    <BLANKLINE>
    Repairs to the quay took longer than the engineers had hoped, and the first boat will leave at nine in the morning.
    <BLANKLINE>
    >>> [b.signal for b in dropped]
    ['menu', 'cookies', 'share', 'copyright']

    Text that is no web page is left alone:

    >>> remove_boilerplate("Share\\n\\nThe ferry left at noon.\\n", default_settings())[0]
    'Share\\n\\nThe ferry left at noon.\\n'
    """
    settings = settings or default_settings()
    lines = text.split("\n")
    found = find_boilerplate(lines, settings)
    gone = {i for b in found for i in range(b.first, b.last + 1)}
    kept = [line for i, line in enumerate(lines) if i not in gone]
    # Blank lines left side by side by a removal become one.
    out: list[str] = []
    for line in kept:
        if not line.strip() and (not out or not out[-1].strip()):
            continue
        out.append(line)
    return "\n".join(out), found


# -- settings from the rule files ---------------------------------------------

_NUMBERS = {name for name, f in Settings.__dataclass_fields__.items()
            if name not in ("languages", "phrases", "teaser_ends", "sentence_end", "formula_tags",
                            "stream_marks", "marks_only", "thread_marks", "thread_heads", "thread_titles", "gap_heads")}


def settings_from(tables: list[dict]) -> Settings:
    """Settings from ``[boilerplate]`` tables in load order: later keys win, phrases by id."""
    values: dict = {}
    phrases: dict[str, Phrase] = {}
    ends: dict[str, list[str]] = {"any": [], "cjk": []}
    for table in tables:
        for key, value in table.items():
            if key in ("languages", "teaser_ends", "formula_tags", "stream_marks", "marks_only", "thread_marks",
                       "thread_heads", "thread_titles", "gap_heads"):
                values[key] = tuple(value)
            elif key == "sentence_ends":
                ends["any"] = list(value)
            elif key == "cjk":
                values.update({"cjk_" + k: v for k, v in value.items() if "cjk_" + k in _NUMBERS})
                ends["cjk"] = list(value.get("sentence_ends", ends["cjk"]))
            elif key in _NUMBERS:
                values[key] = value
        for item in table.get("phrases", []):
            phrases.pop(item["id"], None)
            if item.get("enabled", True):
                phrases[item["id"]] = Phrase(item["id"], item["class"], compiled(item["pattern"]),
                                             item.get("ends_main", False), item.get("as_written", False),
                                             item.get("whole_line", False))
    if ends["any"] or ends["cjk"]:
        values["sentence_end"] = sentence_end(ends["any"] + ends["cjk"])
    return Settings(**values, phrases=tuple(phrases.values()))


@lru_cache(maxsize=1)
def default_settings() -> Settings:
    """The settings of the shipped rules/boilerplate.toml alone."""
    from ..rulefile import builtin_dir, load

    return settings_from([load(builtin_dir() / "boilerplate.toml", checked=False).data.get("boilerplate", {})])


_CACHE: dict[tuple, Settings] = {}


def _settings_for(doc: Document) -> Settings:
    chosen = selected(doc) if doc.rules is not None else []
    files = [f for f in (doc.rules.files if doc.rules is not None else []) if f.generic or f in chosen]
    tables = [f.data["boilerplate"] for f in files if "boilerplate" in f.data]
    if not tables:
        return default_settings()
    key = tuple(id(t) for t in tables)
    if key not in _CACHE:
        _CACHE[key] = settings_from(tables)
    return _CACHE[key]


@stage("boilerplate")
class Boilerplate(Remover):
    """Remove the furniture around and inside the main text of a web page copy."""

    counter = "boilerplate_blocks"

    def after(self, doc: Document, cuts: list[tuple[int, str, str, str]], count: int) -> None:
        # Furniture found shows a web page where the text's signs did not (a browser's copy, an
        # inscriptis dump): the stages after this one see it as one.
        if count and doc.kind in ("prose", "markdown") and doc.kind_reason != "forced":
            doc.kind = "web"
            doc.kind_reason = f"the boilerplate stage found {count} furniture block{'s' * (count > 1)}"

    def options(self, doc: Document) -> dict:
        return {"settings": _settings_for(doc)}

    @staticmethod
    def find(texts: list[str], settings: Settings | None = None) -> tuple[list[tuple[int, str, str, str]], int]:
        """The non-blank lines of the furniture blocks ``find_boilerplate`` finds, and how many blocks."""
        found = find_boilerplate(texts, settings or default_settings())
        cuts = []
        for b in found:
            why = f"{b.kind} block, {b.words:g} words, frequent words {b.frequent:.0%}, links {b.link_density:.0%}"
            cuts += [(k, b.cls, f"boilerplate:{b.signal}", why) for k in range(b.first, b.last + 1)
                     if texts[k] and not texts[k].isspace()]
        return cuts, len(found)
