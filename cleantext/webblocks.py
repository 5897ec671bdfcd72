"""How a block of a web page copy is read for the boilerplate stage: its words (Han and kana by
the character), link marks, list bullets, markup, the share of its language's most frequent words
(wordfreq), and the signals a block shows of itself, before its place on the page is weighed.

Every word, weight and threshold comes from the ``[boilerplate]`` table of the rule files
(rules/boilerplate.toml), given as ``Settings``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

import regex

from .webphrases import Phrase, _phrase, words_beyond
from .words import frequent

# -- how blocks are read -----------------------------------------------------

# Marks a dumper puts around links: lynx's and w3m's "[12]", Markdown's
# "[text](target)" and "<https://...>", bare addresses.
LINK_MARK = regex.compile(r"\[\d{1,5}\]")
# lynx's mark for a form's button: no word of the page.
BUTTON_MARK = "(BUTTON)"
# What a dumper writes in an image's or a form field's place: a blank field ("[          ]"), an
# image's file name or a name made from it ("[spacer.gif]", "[USEMAP:nav.gif]", "[t_wf_graph]",
# "[logo]", "[IMG]"): one token in brackets in one case only, or holding a digit or a file name's
# mark. A word in brackets written as words are ("[Illustration]", "[Laughter]") is none, nor a
# numbered link mark, nor Han or kana ("[责任编辑:肖春芳]", an editor's credit). A line of nothing else (with link marks and a bullet) shows no text.
PLACEHOLDER = regex.compile(r"\[(?:\s*|\p{Ll}+|\p{Lu}{2,}|(?=[^\]\s]*[\p{L}])(?=[^\]\s]*[\d_.:*%=/])[^\[\]\s,\p{Han}\p{Hiragana}\p{Katakana}]{1,80})\]")
PLACEHOLDER_LINE = regex.compile(r"^\s*(?:[*+•·-]\s+)?(?:(?:\[\d{1,5}\])*" + PLACEHOLDER.pattern + r"\s*)+$")
# A form's line: a text field, its label or value padded with spaces to its width ("[search     ]",
# "[Enter your email address...   ]"), with the form's buttons ("[Search]", "[ Go]") beside it.
# lynx's mark for an inline frame, with its address ("IFRAME: [28]http://..."), and a line of
# form buttons, alone or each with its label of a few words ending no sentence ("(BUTTON) (BUTTON)",
# "(BUTTON) Sign Up", "(BUTTON) Lesen (BUTTON) Hören"): no text of the page either.
FRAME_LINE = regex.compile(r"^\s*IFRAME:(?:\s*(?:\[\d{1,5}\])?\S*)?\s*$")
BUTTONS_LINE = regex.compile(r"^\s*(?:[*+•·-]\s+)?(?:\(BUTTON\)(?:\s*[^\s.!?:;()\[\]]+){0,4}\s*)+$")
FORM_LINE = regex.compile(r"^\s*(?=[^\n]*\[[^\[\]\n]{0,60}?\s{2,}\])(?:\[[^\[\]\n]{0,60}\]\s*)+$")
MD_LINK = regex.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
# An address's host and path without its scheme is one too: a Markdown image's target broken
# over two lines ("](http://img-" then "aws.example.com/640/a.jpg)").
URL = regex.compile(r"<?\b(?:https?|ftp)://\S+|\bwww\.\S+\.\S+|\b[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}/\S*")
# A line that is an item of a list: bullets the dumpers write (w3m marks nested lists ○ □ ☆), numbers;
# Markdown escapes a "+" or "-" that opens a paragraph ("\+ Added ...").
BULLET = regex.compile(r"^\s*(?:\\?[*+•·▪◦‣o○●□■☆★◆◇►▸-]|\d{1,3}[.)])\s+\S")
# A line that starts with an ASCII letter other than "o" is no list item (BULLET's first character
# is white space, a mark or a digit): most lines are not searched.
_NO_BULLET_START = frozenset("abcdefghijklmnpqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def is_bullet(line: str) -> bool:
    """Whether ``line`` starts a list item (``BULLET``).

    >>> is_bullet("* Home"), is_bullet("  12. The ferry"), is_bullet("Home"), is_bullet("o News")
    (True, True, False, True)
    """
    return line[:1] not in _NO_BULLET_START and BULLET.match(line) is not None
# Markdown heading and emphasis marks, table rules: not words. None is a character of any word
# pattern below (letters, marks, digits, apostrophes), so a word never holds one and plain_words
# need not blank them out first (tests/test_boilerplate.py holds it to doing so).
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
# Characters beyond ASCII that are no letter, mark or digit: typographic quotes and dashes, the
# no-break space, bullets, box drawing, a few signs; on the 450 dumps of benchmarks/web they are
# the commonest characters outside ASCII that are not letters. Text whose only other characters
# are these finds its words by TYPOGRAPHIC_WORD (WORD on it, ’ joining as ' does).
TYPOGRAPHIC = "’‘“”–—…•·«»‹›©®°±×÷£€−→■□▪►☆★│─━┼    "
TYPOGRAPHIC_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_BEYOND_TYPOGRAPHIC = re.compile("[^\x00-\x7f" + TYPOGRAPHIC + "]")
# What separates the items of a menu written on one line: "News | Sport ▪ Culture".
SEPARATOR = regex.compile(r"(?:^|\s)[|▪•·›»/]+(?=\s|$)")
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
CJK_GAP = regex.compile(r"(?<=[\p{Han}\p{Hiragana}\p{Katakana}ー]) (?=[\p{Han}\p{Hiragana}\p{Katakana}ー])")


_CLOSERS = "\"'”’»)]」』）"   # what may close after a sentence's mark


def sentence_end(marks) -> regex.Pattern:
    """A text's end that ends a sentence: one of ``marks``, then closing quotes or brackets."""
    pattern = regex.compile("(?:" + "|".join(regex.escape(m) for m in marks) + r")[\"'”’»)\]」』）]*$")
    marks = tuple(marks)
    if marks and all(m and m[-1] not in _CLOSERS and "\n" not in m for m in marks):
        # The search, read as a test of the text's end (ends_sentence): kept by the pattern.
        _MARKS_OF[id(pattern)] = (pattern, marks)
    return pattern


_MARKS_OF: dict[int, tuple[regex.Pattern, tuple[str, ...]]] = {}


SENTENCE_END = sentence_end(".!?…。！？؟:;")


def ends_sentence(text: str, pattern: regex.Pattern) -> bool:
    """Whether ``text`` ends a sentence by ``pattern`` (``sentence_end``), read from its last
    characters alone: searched whole, a long block is tried at each of its characters.

    >>> ends_sentence("The ferry left.”", SENTENCE_END), ends_sentence("Home News", SENTENCE_END)
    (True, False)
    """
    tail = text[-_TAIL:]
    known = _MARKS_OF.get(id(pattern))
    if known is None or known[0] is not pattern:
        return pattern.search(tail) is not None
    # The pattern's "$" stands at the end or before a last line end; before it, closers, and
    # before them a mark, which ends in no closer: so it ends what is left of the tail once the
    # closers are stripped off its end.
    marks = known[1]
    return (tail.rstrip(_CLOSERS).endswith(marks)
            or (tail[-1:] == "\n" and tail[:-1].rstrip(_CLOSERS).endswith(marks)))


_TAIL = 64   # a mark and the quotes and brackets that close after it


@dataclass(frozen=True)
class Settings:
    """The ``[boilerplate]`` table: signals' thresholds and the phrase lists."""

    languages: tuple[str, ...] = ("en",)
    frequent_words: int = 200
    language_min_words: int = 50
    language_min_share: float = 0.0
    good_min_words: float = 10
    good_min_frequent: float = 0.25
    near_min_frequent: float = 1.0
    good_min_words_unended: float = 30
    max_link_density: float = 0.5
    menu_min_items: int = 3
    menu_max_words_per_item: float = 5
    max_title_case: float = 0.5
    repeated_min_words: float = 4
    repeated_good_span: int = 0
    wrapped_share: float = 0.6
    phrase_max_words: float = 40
    phrase_prose_min_words: float = 0   # a sentence running on this many words beyond a phrase is prose (0: never)
    short_weight: float = 0.5
    short_cost: float = 0.0
    short_cost_max_words: float = 1e9
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
    marks_only: tuple[str, ...] = ()   # phrases that mark a stream and are no furniture by themselves (a bare date)
    thread_marks: tuple[str, ...] = ()
    thread_min_marks: int = 3
    thread_heads: tuple[str, ...] = ()
    thread_titles: tuple[str, ...] = ()   # heads naming the post ("48 Responses to “Title”"): end it whatever lies below
    thread_max_joined: float = 0.2
    thread_first_post: float = 4.0
    end_min_share: float = 0.75
    end_gap_blocks: int = 0
    gap_resume_blocks: int = 0   # so many good blocks in a row below such a gap: the article goes on (0: never)
    gap_heads: tuple[str, ...] = ()   # phrases heading other pages' headlines: end the main text over a gap of end_gap_blocks
    teaser_ends: tuple[str, ...] = ()
    teaser_max_words: float = 0   # good blocks under this many words, each between short ones, end the main text: teasers (0: never)
    teaser_min_count: int = 3
    lone_link_max_words: float = 0   # a unit of one link of at most this many words between the main text's paragraphs is furniture (0: never)
    phrases: tuple[Phrase, ...] = field(default_factory=tuple)
    # What ends a sentence, in any script, and what a paragraph in Han or kana needs, counted in
    # characters: Chinese and Japanese put no space between words.
    sentence_end: regex.Pattern = SENTENCE_END
    cjk_good_min_chars: float = 20
    cjk_good_min_chars_unended: float = 60
    cjk_punctuated_min_blocks: int = 0   # a page with so many paragraphs in Han or kana that end a sentence punctuates its prose (0: never)...
    cjk_good_min_chars_unended_punctuated: float = 60   # ...there a line that ends none needs this many characters


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
    held: Phrase | None = None   # a phrase its sentence runs on beyond: furniture only if its words are no prose (weigh)


# Furniture signals that show no web page by themselves: a line that comes again (a play's
# speaker, a song's refrain), an image's place.
NO_EVIDENCE = ("repeated", "image")


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


def has_address(text: str) -> bool:
    """Whether ``text`` holds a web address (``URL``). Each of its forms holds "/" or "www.":
    a text with neither is not searched (on a long line the search costs more than the rest of
    the line's signals together).

    >>> has_address("see example.org/about"), has_address("e.g. the end."), has_address("www.x.org")
    (True, False, True)
    """
    return ("/" in text or "www." in text) and URL.search(text) is not None


def plain_words(text: str) -> list[str]:
    """The words of a block, link marks, addresses and Markdown marks aside.

    >>> plain_words("* [3]Home [Sport](https://x.example/s) 2024")
    ['Home', 'Sport', '2024']
    """
    if BUTTON_MARK in text:
        text = text.replace(BUTTON_MARK, " ")
    if "[" in text:   # both kinds of link mark open with one
        text = LINK_MARK.sub(" ", MD_LINK.sub(_spaced_anchor, text))
    if "/" in text or "www." in text:
        text = _without_addresses(text)
    if "<" in text or ">" in text or "\\" in text:
        text = MARKUP.sub(" ", text)
    if text.isascii():
        return _ascii_words(text)
    if _BEYOND_TYPOGRAPHIC.search(text) is None:
        return _typographic_words(text)
    return WORD.findall(text)


def _anchor(link) -> str:
    """``MD_LINK.sub(r"\\1", ...)``'s replacement: a template is looked up in the engine's cache
    at each call, which took longer than the substitution."""
    return link.group(1)


def _spaced_anchor(link) -> str:
    """``MD_LINK.sub(r" \\1 ", ...)``'s replacement (see _anchor)."""
    return " " + link.group(1) + " "


def _without_addresses(text: str) -> str:
    """``URL.sub(" ", text)``, searched from the start of the run of non-space characters that
    holds the text's first "/" or "www.": every address URL finds is such a run's piece holding
    one, and the "\\b" that opens it reads a run's start as it reads the text's start."""
    slash, www = text.find("/"), text.find("www.")
    first = slash if www < 0 or 0 <= slash < www else www
    if first < 0:
        return text
    start = _RUN_BEFORE.search(text, 0, first).start()   # searched backwards from the "/" or "www."
    return text[:start] + URL.sub(" ", text[start:]) if start else URL.sub(" ", text)


_RUN_BEFORE = regex.compile(r"(?r)\S*")


# Every byte that is no ASCII letter, digit or apostrophe, as a space: ASCII_WORD's words are then
# the pieces of the text split at spaces, found in C, unless an apostrophe stands where a word
# does not take it in.
_WORD_BYTES = bytes(code if code < 128 and (chr(code).isalnum() or code == 39) else 32 for code in range(256))
# An apostrophe inside a piece that is one word: a letter or digit before it, letters after it to
# the piece's end ("don't"; not "rock'n'roll", "'tis", "a'1").
_WORD_APOSTROPHE = re.compile(r"'(?<=[A-Za-z0-9]')[A-Za-z]+(?![^ ])")


def _spaced(text: str) -> str | None:
    """The text with every character that is no ASCII letter, digit or apostrophe as a space, when
    its pieces between spaces are ASCII_WORD's words (each apostrophe a word's); else None."""
    spaced = text.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii")
    apostrophes = spaced.count("'")
    if apostrophes and len(_WORD_APOSTROPHE.findall(spaced)) != apostrophes:
        return None
    return spaced


def _ascii_words(text: str) -> list[str]:
    """``ASCII_WORD.findall(text)``, three times as fast: a match holds no character beyond ASCII
    letters, digits and apostrophes, so it lies within one piece of the text split at the others,
    and a piece whose apostrophes are all a word's is one match.

    >>> _ascii_words("Don't -- rock'n'roll, 'tis 3.5x_y"), _ascii_words("it's a_b")
    (["Don't", "rock'n", 'roll', 'tis', '3', '5x', 'y'], ["it's", 'a', 'b'])
    """
    spaced = _spaced(text)
    return spaced.split() if spaced is not None else ASCII_WORD.findall(text)


def _typographic_words(text: str) -> list[str]:
    """``TYPOGRAPHIC_WORD.findall(text)`` for a text of ASCII and TYPOGRAPHIC characters: where it
    writes its apostrophes one way only, they are read as ASCII's and written back in the words
    (its other characters are no word's and count as spaces).

    >>> _typographic_words("“Don’t” — it’s 10\u00a0km"), _typographic_words("it's and it’s")
    (['Don’t', 'it’s', '10', 'km'], ["it's", 'and', 'it’s'])
    """
    if "’" not in text:
        return _ascii_words(text)
    spaced = _spaced(text.replace("’", "'")) if "'" not in text else None
    return spaced.replace("'", "’").split() if spaced is not None else TYPOGRAPHIC_WORD.findall(text)


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


def page_language(lines: list[str], settings: Settings) -> str:
    """The language whose frequent words cover most of the words of the page's sentences, or ""
    where none covers ``language_min_share`` of them (a language with no list, a language whose
    words carry their particles): the page is then judged without a language's words.

    Only lines that end a sentence are read: menus, code and addresses say
    little about the language.
    """
    prose = [line for line in lines if ends_sentence(line, settings.sentence_end)]
    # Distinct words: a stray token repeated in addresses or markup ("de", "st") counts once.
    sample = _sample(prose)
    if len(sample) < settings.language_min_words:   # a blog writing unpunctuated lines: read them all
        sample = _sample(lines)
    best, best_hits = settings.languages[0], -1
    for lang in settings.languages:
        hits = len(sample & frequent(lang, settings.frequent_words))
        if hits > best_hits:
            best, best_hits = lang, hits
    return best if best_hits >= settings.language_min_share * len(sample) else ""


def _sample(lines: list[str], limit: int = 4000) -> set[str]:
    """``{w.casefold() for w in plain_words("\\n".join(lines))[:limit]}``, from the words each line's
    signals read already (_line_signals). No mark, address or word plain_words takes out or finds
    runs over a line's end, but a tag's attributes may (``MARKUP``): text with a "<", ">" or "\\"
    is read whole."""
    text = "\n".join(lines)
    if "<" in text or ">" in text or "\\" in text:
        return {w.casefold() for w in plain_words(text)[:limit]}
    words: list[str] = []
    for line in lines:
        if len(words) >= limit:
            break
        if line and not line.isspace():
            words += _line_signals(line).folded
    return set(words[:limit])


def judge(lines: list[str], first: int, last: int, common: frozenset[str] | None, settings: Settings) -> Block:
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
    capitals: int             # words that start with a capital letter


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
    # Han and kana lie at U+2E80 and above; a separator holds one of its marks (searched first, in C).
    return _Line(words, tuple(map(str.casefold, words)),
                 not line.isascii() and _FROM_FIRST_CJK.search(line) is not None and CJK.search(line) is not None,
                 anchored, is_bullet(line),
                 len(SEPARATOR.findall(line)) if _SEPARATOR_MARK.search(line) else 0,
                 sum(map(str.isupper, map(itemgetter(0), words))))   # a word is never empty


# From the first character CJK matches (a Han radical) on: searched in C, where max(line) compared
# the line's characters one by one in Python objects.
_FROM_FIRST_CJK = re.compile("[\u2e80-\U0010ffff]")
_SEPARATOR_MARK = re.compile("[|▪•·›»/]")   # SEPARATOR's marks


def signals(lines: list[str], first: int, last: int, settings: Settings) -> Block:
    """A unit's signals but the language's: bad (furniture) or short, as far as they tell."""
    text = "\n".join(lines[first:last + 1])
    # Every mark and word a unit's signals count lies within one line: each line is read once
    # (_line_signals), for its block and again for the units a block is cut into.
    nonblank = [line for line in lines[first:last + 1] if line.strip()]
    # The lines' figures summed in one pass (most units are one line: taken as they are).
    if len(nonblank) == 1:
        one = _line_signals(nonblank[0])
        words, folded, han = list(one.words), list(one.folded), one.han
        anchored, items, separators, capitals = one.anchored, int(one.bullet), one.separators, one.capitals
    else:
        words, folded, han = [], [], False   # most pages have no Han: then every word counts whole
        anchored = items = separators = capitals = 0
        for one in map(_line_signals, nonblank):
            words += one.words
            folded += one.folded
            han = han or one.han
            anchored += one.anchored
            items += one.bullet
            separators += one.separators
            capitals += one.capitals
    block = Block(first, last, words=_count(words) if han else len(words), key=" ".join(folded),
                  folded=folded, han=han)
    n = max(block.words, 1)
    block.link_density = min(anchored / n, 1.0)
    block.items = items
    block.sentence = ends_sentence(text.strip(), settings.sentence_end)
    # Over all words: Latin names in a Chinese sentence are few of its words (Han has no capitals).
    block.title_case = capitals / len(words) if words else 0.0
    if block.words <= settings.phrase_max_words:
        flat = " ".join(words)
        if han:   # Han and kana are written without spaces: a phrase in them is searched so
            flat = CJK_GAP.sub("", flat)
        # As written: its punctuation kept, link marks and Markdown link syntax aside ("* [71]14:10").
        written = LINK_MARK.sub("", MD_LINK.sub(_anchor, text)).strip() if "[" in text else text.strip()
        block.phrase = _phrase(settings.phrases, flat, written)
        if (block.phrase is not None and settings.phrase_prose_min_words and block.sentence and not han
                and not block.phrase.whole_line and not block.phrase.as_written
                and block.phrase.id not in settings.marks_only + settings.thread_marks
                and words_beyond(block.phrase, flat, [len(_line_signals(line).words) for line in nonblank],
                                 settings.phrase_prose_min_words) >= settings.phrase_prose_min_words):
            block.held, block.phrase = block.phrase, None   # "Subscribe to our newsletter was the last line, and ..."
    items = max(block.items, separators + 1)
    if _no_text(nonblank):
        # An image's, a frame's or a form field's place, no text of the page. No sign of a web page
        # either (see NO_EVIDENCE): a book's "[a]" or "[IMG]" lines do not make it one.
        block.kind, block.signal, block.cls, block.phrase = "bad", "image", "other", None
        return block
    # A thread's mark (a post's date and time) is no furniture of itself: an article's dateline too.
    if block.phrase is not None and block.phrase.id not in settings.thread_marks and block.phrase.id not in settings.marks_only:
        block.kind, block.signal, block.cls = "bad", block.phrase.id, block.phrase.cls
    elif block.words >= 3 and block.link_density > settings.max_link_density:
        block.kind, block.signal, block.cls = "bad", "link-list", "menu"
    elif (items >= settings.menu_min_items and (block.items >= len(nonblank) / 2 or separators >= 2)
          and 0 < block.words / items <= settings.menu_max_words_per_item):   # no words: a book's "*  *  *" break
        block.kind, block.signal, block.cls = "bad", "menu", "menu"
    elif settings.teaser_ends and text.rstrip().endswith(settings.teaser_ends):
        block.signal = "teaser"   # a paragraph the site cut short: another page's teaser; not prose here
    elif ("<" in text or "\\" in text) and markup_share(text) >= settings.markup_min_share:
        block.signal = "markup"   # a formula's MathML or TeX, code: neither prose nor furniture
        if settings.formula_tags and _formula_tag(settings.formula_tags).search(text):
            # A formula's presentation markup, as lynx shows MathML: nobody's text, wherever it stands.
            block.kind, block.signal, block.cls = "bad", "formula-markup", "other"
    return block


# A unit that is one link and nothing else, as each dumper writes it: lynx's numbered mark before
# its words ("[15]Explore charts"), Markdown's "[Listen live](/radio)", html2text's words joined
# by underscores ("Listen_Live"), a list item's bullet or number before it.
_ITEM = r"^\s*(?:[*+•·-]\s+|\d{1,3}[.)]\s+)?"
LYNX_LONE = regex.compile(_ITEM + r"\[\d{1,5}\][^\[\]]*$")
MARKDOWN_LONE = regex.compile(_ITEM + r"[*_]*\[[^\]\n]*\]\((?P<target>[^)\s]*)(?:\s+\"[^\"\n]*\")?\)[*_]*\s*$")
# Where a Markdown link leads another page's way: an address (a scheme, "//"), a path from a site's
# root ("/radio"), or nowhere. A dumper writes a page's links so, as the browser resolved them or as
# the site wrote them; a person writing Markdown links the text's own files and places by relative
# paths ("docs/install.md", "ch5.md#berth", "#smith"): a README's, a book's or a wiki's own text.
AWAY = regex.compile(r"(?:$|/|\p{L}[\p{L}\d+.-]*:)")
# html2text's run: one piece with no space that joins letters by "_" and holds both cases. A name
# in code is all one case ("get_next_work", "FATAL_FAILURE") or holds what code does ("f(x)", "a=b").
UNDERSCORED = regex.compile(_ITEM + r"(?=\S*\p{Lu})(?=\S*\p{Ll})[^\s()=;{}<>\[\]]*\p{L}_\p{L}[^\s()=;{}<>\[\]]*\s*$")


def lone_link(lines: list[str], block: Block, settings: Settings) -> bool:
    """Whether a unit is one link alone and nothing else (``LYNX_LONE``, ``MARKDOWN_LONE``,
    ``UNDERSCORED``) of at most ``lone_link_max_words`` words, on one line that ends no sentence,
    a block of its own or a list item: a cell of a table or the link a paragraph ends on is none,
    nor a Markdown link to a relative path (``AWAY``: the text's own files and places).

    >>> lines = ["", "[15]Listen live", "", "Sinwar, 61, has led Hamas.", "[16]Gaza"]
    >>> s = Settings(lone_link_max_words=3)
    >>> lone_link(lines, Block(1, 1, words=2), s), lone_link(lines, Block(4, 4, words=1), s)
    (True, False)
    """
    if not settings.lone_link_max_words or block.sentence or block.words > settings.lone_link_max_words:
        return False
    rows = [i for i in range(block.first, block.last + 1) if lines[i].strip()]
    if len(rows) != 1:
        return False
    i = rows[0]
    row = lines[i]
    if not is_bullet(row) and ((i > 0 and lines[i - 1].strip()) or (i + 1 < len(lines) and lines[i + 1].strip())):
        return False
    if "[" in row:
        if LYNX_LONE.match(row) is not None and len(LINK_MARK.findall(row)) == 1:
            return True
        markdown = MARKDOWN_LONE.match(row)
        return markdown is not None and AWAY.match(markdown["target"]) is not None
    return "_" in row and UNDERSCORED.match(row) is not None


def _no_text(nonblank: list[str]) -> bool:
    """Whether a unit's lines hold only the places of images, frames, form fields and buttons: a
    frame's mark may have its address broken over the lines below it, one word each. Each
    pattern is tried only on a line holding what every match holds ("IFRAME:", a "[").
    """
    first = nonblank[0]
    if "IFRAME:" in first and FRAME_LINE.match(first) and all(len(line.split()) == 1 for line in nonblank[1:]):
        return True
    return all(("[" in line and (PLACEHOLDER_LINE.match(line) or FORM_LINE.match(line)))
               or (BUTTON_MARK in line and BUTTONS_LINE.match(line)) for line in nonblank)


def weigh(block: Block, common: frozenset[str] | None, settings: Settings) -> Block:
    """The language's signal, the share of its frequent words: a short unit that reads as
    running text is good. With no language's words (``common`` None: no list fits the page),
    as jusText without a stoplist: length, sentence ends and links alone decide."""
    n = max(block.words, 1)
    if common is None:
        block.frequent = 1.0
    elif block.han:
        block.frequent = sum(0.5 if CJK.match(f) else 1 for f in block.folded if f in common) / n
    else:
        block.frequent = sum(map(common.__contains__, block.folded)) / n
    if block.held is not None and block.kind == "short" and block.frequent < settings.good_min_frequent:
        block.phrase, block.held = block.held, None   # few of the language's words: the phrase's furniture after all
        block.kind, block.signal, block.cls = "bad", block.phrase.id, block.phrase.cls
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
