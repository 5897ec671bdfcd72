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
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import regex

from ..document import Document
from ..words import frequency_bands
from .base import stage
from ..rulefile import selected

# -- how blocks are read -----------------------------------------------------

# Marks a dumper puts around links: lynx's and w3m's "[12]", Markdown's
# "[text](target)" and "<https://...>", bare addresses.
LINK_MARK = regex.compile(r"\[\d{1,5}\]")
# lynx's mark for a form's button: no word of the page.
BUTTON_MARK = "(BUTTON)"
MD_LINK = regex.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
# An address's host and path without its scheme is one too: a Markdown image's target broken
# over two lines ("](http://img-" then "aws.example.com/640/a.jpg)").
URL = regex.compile(r"<?\b(?:https?|ftp)://\S+|\bwww\.\S+\.\S+|\b[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}/\S*")
# A line that is an item of a list: bullets the dumpers write (w3m marks nested lists ○ □ ☆), numbers;
# Markdown escapes a "+" or "-" that opens a paragraph ("\+ Added ...").
BULLET = regex.compile(r"^\s*(?:\\?[*+•·▪◦‣o○●□■☆★◆◇►▸-]|\d{1,3}[.)])\s+\S")
# Markdown heading and emphasis marks, table rules: not words.
MARKS = regex.compile(r"[#*_|=~`>\[\]]+")
# Markup a dumper shows as text (lynx writes a formula's MathML, "<mi> A </mi>", and its TeX):
# tags and their attributes, and TeX commands, are no words of the page. A tag broken over two
# lines leaves its start at one line's end and its attributes' end at the next one's start.
_ATTRS = r"""(?:\s+[\w:.-]+(?:=(?:"[^"\n]*"|'[^'\n]*'|[^\s<>"']+))?)*"""
MARKUP = regex.compile(r"(?m)</?[A-Za-z][\w:.-]*" + _ATTRS + r"\s*/?>"
                       r"|^\s*[\w:.-]+=(?:\"[^\"\n]*\"|'[^'\n]*')" + _ATTRS + r"\s*/?>"
                       r"|</?[A-Za-z][\w:.-]*" + _ATTRS + r"\s*$"
                       r"|\\[A-Za-z]+")
# A Han or kana character is a word of its own; other letters run on (not into Han).
WORD = regex.compile(r"(?V1)[\p{Han}\p{Hiragana}\p{Katakana}]"
                     r"|[[\p{L}\p{M}\p{N}]--[\p{Han}\p{Hiragana}\p{Katakana}]]+"
                     r"(?:['’][[\p{L}]--[\p{Han}\p{Hiragana}\p{Katakana}]]+)?")
# WORD on ASCII text (no Han, kana, marks or ’ there), for the standard library's faster engine.
ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")
# What separates the items of a menu written on one line: "News | Sport ▪ Culture".
SEPARATOR = regex.compile(r"(?:^|\s)[|▪•·›»/]+(?=\s|$)")
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
CJK_GAP = regex.compile(r"(?<=[\p{Han}\p{Hiragana}\p{Katakana}ー]) (?=[\p{Han}\p{Hiragana}\p{Katakana}ー])")


def sentence_end(marks) -> regex.Pattern:
    """A text's end that ends a sentence: one of ``marks``, then closing quotes or brackets."""
    return regex.compile("(?:" + "|".join(regex.escape(m) for m in marks) + r")[\"'”’»)\]」』）]*$")


SENTENCE_END = sentence_end(".!?…。！？؟:;")


@dataclass(frozen=True)
class Phrase:
    id: str
    cls: str
    pattern: regex.Pattern
    ends_main: bool = False   # what follows it is no longer the article ("Related", "Comments")


@dataclass(frozen=True)
class Settings:
    """The ``[boilerplate]`` table: signals' thresholds and the phrase lists."""

    languages: tuple[str, ...] = ("en",)
    frequent_words: int = 200
    language_min_words: int = 50
    good_min_words: float = 10
    good_min_frequent: float = 0.25
    near_min_frequent: float = 1.0
    good_min_words_unended: float = 30
    max_link_density: float = 0.5
    menu_min_items: int = 3
    menu_max_words_per_item: float = 5
    max_title_case: float = 0.5
    repeated_min_words: float = 4
    wrapped_share: float = 0.6
    phrase_max_words: float = 40
    short_weight: float = 0.5
    bad_weight: float = 1.0
    bad_cost: float = 2.0
    lead_blocks: int = 3
    lead_max_words: float = 25
    web_min_signals: int = 3
    min_main_words: float = 40
    markup_min_share: float = 0.5
    formula_tags: tuple[str, ...] = ()
    stream_marks: tuple[str, ...] = ()
    stream_min_marks: int = 3
    end_min_share: float = 0.75
    teaser_ends: tuple[str, ...] = ()
    phrases: tuple[Phrase, ...] = field(default_factory=tuple)
    # What ends a sentence, in any script, and what a paragraph in Han or kana needs, counted in
    # characters: Chinese and Japanese put no space between words.
    sentence_end: regex.Pattern = SENTENCE_END
    cjk_good_min_chars: float = 20
    cjk_good_min_chars_unended: float = 60


@dataclass
class Block:
    """Lines ``first``..``last`` of the text with what the signals made of them."""

    first: int
    last: int
    words: float = 0
    frequent: float = 0.0
    link_density: float = 0.0
    items: int = 0
    sentence: bool = False
    title_case: float = 0.0
    phrase: Phrase | None = None
    kind: str = "short"   # good, short, bad
    signal: str = ""      # which signal made it bad
    cls: str = "other"
    key: str = ""         # its words, casefolded: how a repetition elsewhere on the page is found
    folded: list[str] = field(default_factory=list, repr=False)
    han: bool = False     # holds a Han or kana character


def blocks_of(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) line indices of each run of non-blank lines.

    >>> blocks_of(["a", "b", "", "c", " ", ""])
    [(0, 1), (3, 3)]
    """
    out, start = [], None
    for i, line in enumerate(lines):
        if line.strip():
            if start is None:
                start = i
        elif start is not None:
            out.append((start, i - 1))
            start = None
    if start is not None:
        out.append((start, len(lines) - 1))
    return out


def plain_words(text: str) -> list[str]:
    """The words of a block, link marks, addresses and Markdown marks aside.

    >>> plain_words("* [3]Home [Sport](https://x.example/s) 2024")
    ['Home', 'Sport', '2024']
    """
    if BUTTON_MARK in text:
        text = text.replace(BUTTON_MARK, " ")
    if "[" in text:   # both kinds of link mark open with one
        text = LINK_MARK.sub(" ", MD_LINK.sub(r" \1 ", text))
    if "/" in text or "www." in text:
        text = URL.sub(" ", text)
    if "<" in text or ">" in text or "\\" in text:
        text = MARKUP.sub(" ", text)
    text = MARKS.sub(" ", text)
    return (ASCII_WORD if text.isascii() else WORD).findall(text)


def markup_share(text: str) -> float:
    """The share of a text's visible characters that are markup: tags and their attributes,
    TeX commands, and the braces, sub- and superscript marks that go with them."""
    visible = len(text) - sum(map(str.isspace, text)) or 1
    tags = sum(len(m.group()) - sum(map(str.isspace, m.group())) for m in MARKUP.finditer(text)
               if not m.group().startswith("\\"))
    tex = sum(len(m.group()) for m in MARKUP.finditer(text) if m.group().startswith("\\"))
    return (tags + tex + sum(text.count(c) for c in "{}^_")) / visible


@lru_cache(maxsize=4)
def _formula_tag(names: tuple[str, ...]) -> regex.Pattern:
    return regex.compile(r"</?(?:" + "|".join(map(regex.escape, names)) + r")[\s>]")


def _count(words: list[str]) -> float:
    # A Han or kana character is half a word: Chinese words are one to three characters.
    return sum(0.5 if CJK.match(w) else 1 for w in words)


@lru_cache(maxsize=None)
def frequent(lang: str, n: int) -> frozenset[str]:
    """The language's ``n`` most frequent words (wordfreq's top_n_list), casefolded.

    Read from the first bands of wordfreq's list alone (``frequency_bands``): top_n_list
    decodes the whole list to keep its first words. Words with a digit sequence are left out,
    as top_n_list leaves them.
    """
    import wordfreq
    from wordfreq.numbers import has_digit_sequence

    bands = frequency_bands(lang)
    if bands is None:   # no list by that name: wordfreq may know a near one, or none
        try:
            found = {w.casefold() for w in wordfreq.top_n_list(lang, n)}
        except LookupError:
            return frozenset()
        finally:
            # top_n_list keeps each language's whole word list (tens of MB) in a cache: a page is
            # tried against every language, so keeping them all took about 480 MB in each worker.
            wordfreq.get_frequency_list.cache_clear()
    else:
        words: list[str] = []
        for band in bands:
            words += [word for word in band if not has_digit_sequence(word)]
            if len(words) >= n:
                break
        found = {w.casefold() for w in words[:n]}
    # wordfreq lists Chinese in Simplified characters: a Traditional character counts as the
    # frequent word it simplifies to (為 as 为), or a Taiwanese page reads as no language.
    found |= {t for t, simple in _simplified().items() if simple in found}
    return frozenset(found)


@lru_cache(maxsize=1)
def _simplified() -> dict[str, str]:
    """wordfreq's map of Traditional Han characters to Simplified ones (empty if it is missing)."""
    import gzip

    try:
        import msgpack
        from wordfreq.util import data_path

        with gzip.open(data_path("_chinese_mapping.msgpack.gz")) as f:
            table = msgpack.load(f, raw=False, strict_map_key=False)
    except (ImportError, OSError):
        return {}
    return {chr(k) if isinstance(k, int) else k: v for k, v in table.items()}


def page_language(lines: list[str], settings: Settings) -> str:
    """The language whose frequent words cover most of the words of the page's sentences.

    Only lines that end a sentence are read: menus, code and addresses say
    little about the language.
    """
    prose = [line for line in lines if settings.sentence_end.search(line)]
    # Distinct words: a stray token repeated in addresses or markup ("de", "st") counts once.
    sample = {w.casefold() for w in plain_words("\n".join(prose))[:4000]}
    if len(sample) < settings.language_min_words:   # a blog writing unpunctuated lines: read them all
        sample = {w.casefold() for w in plain_words("\n".join(lines))[:4000]}
    best, best_hits = settings.languages[0], -1
    for lang in settings.languages:
        hits = len(sample & frequent(lang, settings.frequent_words))
        if hits > best_hits:
            best, best_hits = lang, hits
    return best


def judge(lines: list[str], first: int, last: int, common: frozenset[str], settings: Settings) -> Block:
    """One unit's signals and its kind: good (article-like), short, or bad (furniture)."""
    return weigh(signals(lines, first, last, settings), common, settings)


class _Line(NamedTuple):
    """What the signals read in one line of a block."""

    words: tuple[str, ...]
    folded: tuple[str, ...]   # the words casefolded
    han: bool                 # holds a Han or kana character
    anchored: int             # the words of its Markdown link anchors, up to two after each numbered link mark
    bullet: bool              # starts a list item
    separators: int           # menu separators ("News | Sport")


@lru_cache(maxsize=1 << 14)
def _line_signals(line: str) -> _Line:
    words = tuple(plain_words(line))
    anchored = 0
    if "[" in line:
        anchored = sum(len(plain_words(m.group(1))) for m in MD_LINK.finditer(line))
        # A numbered mark stands before its anchor, whose end is not shown: two words, as a
        # menu's, but no more than the words up to the next mark or the line's end
        # ("Spectral properties[[37]edit]" is a heading with one linked word).
        marks = list(LINK_MARK.finditer(line))
        for k, m in enumerate(marks):
            stop = marks[k + 1].start() if k + 1 < len(marks) else len(line)
            anchored += min(2, len(plain_words(line[m.end():stop])))
    return _Line(words, tuple(map(str.casefold, words)), not line.isascii() and CJK.search(line) is not None,
                 anchored, BULLET.match(line) is not None, len(SEPARATOR.findall(line)))


def signals(lines: list[str], first: int, last: int, settings: Settings) -> Block:
    """A unit's signals but the language's: bad (furniture) or short, as far as they tell."""
    text = "\n".join(lines[first:last + 1])
    # Every mark and word a unit's signals count lies within one line: each line is read once
    # (_line_signals), for its block and again for the units a block is cut into.
    nonblank = [line for line in lines[first:last + 1] if line.strip()]
    read = [_line_signals(line) for line in nonblank]
    words = [w for line in read for w in line.words]
    folded = [w for line in read for w in line.folded]
    han = any(line.han for line in read)   # most pages have none: then every word counts whole
    block = Block(first, last, words=_count(words) if han else len(words), key=" ".join(folded),
                  folded=folded, han=han)
    n = max(block.words, 1)
    anchored = sum(line.anchored for line in read)
    block.link_density = min(anchored / n, 1.0)
    block.items = sum(line.bullet for line in read)
    separators = sum(line.separators for line in read)
    block.sentence = bool(settings.sentence_end.search(text.strip()))
    cased = [w for w in words if w[:1].isalpha() and not (han and CJK.match(w))]
    # Over all words: Latin names in a Chinese sentence are few of its words.
    block.title_case = sum(w[:1].isupper() for w in cased) / len(words) if words else 0.0
    if block.words <= settings.phrase_max_words:
        flat = " ".join(words)
        if han:   # Han and kana are written without spaces: a phrase in them is searched so
            flat = CJK_GAP.sub("", flat)
        block.phrase = next((p for p in settings.phrases if p.pattern.search(flat)), None)
    items = max(block.items, separators + 1)
    if block.phrase is not None:
        block.kind, block.signal, block.cls = "bad", block.phrase.id, block.phrase.cls
    elif block.words >= 3 and block.link_density > settings.max_link_density:
        block.kind, block.signal, block.cls = "bad", "link-list", "menu"
    elif (items >= settings.menu_min_items and (block.items >= len(nonblank) / 2 or separators >= 2)
          and block.words / items <= settings.menu_max_words_per_item):
        block.kind, block.signal, block.cls = "bad", "menu", "menu"
    elif settings.teaser_ends and text.rstrip().endswith(settings.teaser_ends):
        block.signal = "teaser"   # a paragraph the site cut short: another page's teaser; not prose here
    elif ("<" in text or "\\" in text) and markup_share(text) >= settings.markup_min_share:
        block.signal = "markup"   # a formula's MathML or TeX, code: neither prose nor furniture
        if settings.formula_tags and _formula_tag(settings.formula_tags).search(text):
            # A formula's presentation markup, as lynx shows MathML: nobody's text, wherever it stands.
            block.kind, block.signal, block.cls = "bad", "formula-markup", "other"
    return block


def weigh(block: Block, common: frozenset[str], settings: Settings) -> Block:
    """The language's signal, the share of its frequent words: a short unit that reads as
    running text is good."""
    n = max(block.words, 1)
    if block.han:
        block.frequent = sum(0.5 if CJK.match(f) else 1 for f in block.folded if f in common) / n
    else:
        block.frequent = sum(f in common for f in block.folded) / n
    long_enough = block.words >= (settings.good_min_words if block.sentence else settings.good_min_words_unended)
    if block.han and not long_enough and (block.sentence or not (block.items or block.link_density)):
        # Counted in characters; a list item or a link that ends no sentence is a title, not a line of prose.
        chars = sum(CJK.match(f) is not None for f in block.folded)
        long_enough = chars >= (settings.cjk_good_min_chars if block.sentence
                                else settings.cjk_good_min_chars_unended)
    if (block.kind == "short" and block.signal not in ("teaser", "markup") and long_enough
            and block.title_case <= settings.max_title_case):
        if block.frequent >= settings.good_min_frequent:
            block.kind = "good"
        elif block.frequent >= settings.near_min_frequent:
            block.signal = "near-good"   # prose by its length, not quite by its words: next to the main text it is
    elif block.signal == "near-good":
        block.signal = ""
    return block


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
        if start is not None and BULLET.match(line):
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


def main_run(blocks: list[Block], settings: Settings) -> tuple[int, int] | None:
    """The densest run of good blocks: the run of blocks with the highest score.

    Good blocks count their words, short ones a share of theirs against,
    bad ones all of theirs and a cost (Kadane's maximum-sum run).
    """
    best, best_run = 0.0, None
    total, start = 0.0, 0
    for k, b in enumerate(blocks):
        if b.kind == "good":
            value = b.words
        elif b.signal in ("markup", "formula-markup"):
            value = 0.0   # inside the main text it is the article's formula or code, outside it is left out
        elif b.kind == "bad":
            value = -settings.bad_weight * b.words - settings.bad_cost
        else:
            value = -settings.short_weight * max(b.words, 1)
        if total <= 0:
            total, start = 0.0, k
        total += value
        if total > best:
            best, best_run = total, (start, k)
    return best_run


def _end_at_marker(blocks: list[Block], start: int, end: int, settings: Settings) -> tuple[int, int]:
    """The main run cut at the first phrase that ends an article ("Related", "Comments") once
    ``end_min_share`` of the run's good words lie before it: teasers and comments below such a
    heading can outweigh it, and a share bar between headline and text must not end the run."""
    total = sum(b.words for b in blocks[start:end + 1] if b.kind == "good")
    seen = 0.0
    for k in range(start, end + 1):
        b = blocks[k]
        if b.kind == "good":
            seen += b.words
        elif b.phrase is not None and b.phrase.ends_main and seen >= settings.end_min_share * total:
            last = max(j for j in range(start, k) if blocks[j].kind == "good")
            return start, last
    return start, end


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
               if b.kind == "bad" or (settings.repeated_min_words and b.kind == "short"
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
    """A stream of teasers: count lines ("11 Comments", a phrase of ``stream_marks`` with a
    number) that recur at least ``stream_min_marks`` times. A good block alone between two of
    them is a teaser's summary, not the article: an article's paragraphs run on between two
    such lines, or after the last one."""
    marks = [k for k, b in enumerate(blocks)
             if b.phrase is not None and b.phrase.id in settings.stream_marks
             and any(c.isdigit() for c in b.key)]
    if len(marks) < settings.stream_min_marks:
        return
    for a, b in zip(marks, marks[1:]):
        good = [blocks[k] for k in range(a + 1, b) if blocks[k].kind == "good"]
        if len(good) == 1:
            good[0].kind, good[0].signal = "short", "teaser"


def _mark_repeated(lines: list[str], blocks: list[Block], settings: Settings) -> None:
    """Short units whose words occur again on the page are furniture: a menu at head and
    foot, a teaser's title over its own link, the same widget twice."""
    seen: dict[str, int] = {}
    for b in blocks:
        seen[b.key] = seen.get(b.key, 0) + 1
    for b in blocks:
        if (b.kind == "short" and b.words >= settings.repeated_min_words and seen[b.key] > 1
                and b.signal != "markup"):   # the same formula again is no widget
            b.kind, b.signal, b.cls = "bad", "repeated", "widget"


def find_boilerplate(lines: list[str], settings: Settings) -> list[Block]:
    """The blocks of ``lines`` that are page furniture, each with its class and signal.

    Nothing is found in text that shows no web page (see ``is_web_copy``),
    nor where the main text would be under ``min_main_words`` words.
    """
    spans = blocks_of(lines)
    if not spans:
        return []
    # Lines are read once per document (a block and its units share them), not remembered from
    # one document to the next.
    _line_signals.cache_clear()
    # The dumper's width: most wrapped lines come close to the longest lines. A Markdown
    # link's target or an address is never broken, so lines holding one run past the width.
    lengths = sorted(len(line.strip()) for line in lines
                     if line.strip() and not URL.search(line) and "](" not in line) or [0]
    width = int(settings.wrapped_share * lengths[int(len(lengths) * 0.9)])
    blocks = []
    for a, b in spans:
        whole = signals(lines, a, b, settings)
        if whole.kind == "bad" or a == b:
            blocks.append(whole)
        else:
            units = units_of(lines, a, b, width)
            if units == [(a, b)]:
                blocks.append(whole)   # one unit: the block judged already
            else:
                blocks += [signals(lines, i, j, settings) for i, j in units]
    if _most_bad_lines(blocks, settings) < settings.web_min_signals:
        return []   # not a web page, whatever the language says: spare finding it
    common = frequent(page_language(lines, settings), settings.frequent_words)
    for block in blocks:
        weigh(block, common, settings)
    _mark_lists(blocks, settings)
    if settings.stream_marks:
        _mark_streams(blocks, settings)
    if settings.repeated_min_words:
        _mark_repeated(lines, blocks, settings)
    # Each line of a furniture block counts: a menu of twelve items is twelve signs of a page.
    if sum(b.last - b.first + 1 for b in blocks if b.kind == "bad") < settings.web_min_signals:
        return []
    run = main_run(blocks, settings)
    if run is None:
        return []
    start, end = _end_at_marker(blocks, *run, settings)
    start, end = _extend(blocks, start, end, settings)
    # The headline, byline and dateline stand just before the first good block.
    lead = start
    while (lead > 0 and start - lead < settings.lead_blocks and blocks[lead - 1].kind == "short"
           and blocks[lead - 1].words <= settings.lead_max_words):
        lead -= 1
    kept_words = sum(b.words for b in blocks[lead:end + 1] if b.kind != "bad")
    if kept_words < settings.min_main_words:
        return []
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
                            "stream_marks")}


def settings_from(tables: list[dict]) -> Settings:
    """Settings from ``[boilerplate]`` tables in load order: later keys win, phrases by id."""
    values: dict = {}
    phrases: dict[str, Phrase] = {}
    ends: dict[str, list[str]] = {"any": [], "cjk": []}
    for table in tables:
        for key, value in table.items():
            if key in ("languages", "teaser_ends", "formula_tags", "stream_marks"):
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
                phrases[item["id"]] = Phrase(item["id"], item["class"], regex.compile(item["pattern"]),
                                             item.get("ends_main", False))
    if ends["any"] or ends["cjk"]:
        values["sentence_end"] = sentence_end(ends["any"] + ends["cjk"])
    return Settings(**values, phrases=tuple(phrases.values()))


@lru_cache(maxsize=1)
def default_settings() -> Settings:
    """The settings of the shipped rules/boilerplate.toml alone."""
    from ..rulefile import builtin_dir, load

    return settings_from([load(builtin_dir() / "boilerplate.toml").data.get("boilerplate", {})])


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
class Boilerplate:
    """Remove the furniture around and inside the main text of a web page copy."""

    def __init__(self, *, skip_read_from: tuple[str, ...] = ()):
        # The inputs it leaves alone, by how they were read (``"pdf"``), as rules/default.toml
        # declares: a PDF's page furniture is known from its geometry, and a lecture script's
        # front matter or formula lines look like a page's menus to this stage.
        self.skip_read_from = set(skip_read_from)

    def __call__(self, doc: Document) -> Document:
        if doc.encoding in self.skip_read_from:
            return doc
        lines = list(doc.kept())
        found = find_boilerplate([line.text for line in lines], _settings_for(doc))
        for b in found:
            why = f"{b.kind} block, {b.words:g} words, frequent words {b.frequent:.0%}, links {b.link_density:.0%}"
            for k in range(b.first, b.last + 1):
                if not lines[k].blank:
                    doc.remove(lines[k], b.cls, f"boilerplate:{b.signal}", why)
        if found:
            doc.count("boilerplate_blocks", len(found))
        return doc
