"""Join words that a typesetter broke across lines with a hyphen ("incur-\\nsion")."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter

import regex

from ..document import Document
from ..hyphenjoin import (ends_in_hyphen as _ends_in_hyphen, inside_first_word, inside_last_word, line_end_matches,
                          opens_word, substitute)
from ..words import affix_counts, hyphenator as _hyphenator, zipf as _zipf
from ..wrapping import cut_at_width, overflows, wrapped_at_spaces
from .base import Relaid, Relayout, stage

# A letter word ending a line in a hyphen, then the word that opens the next
# line. Blank lines may sit between at a page break (a form feed among them),
# no more than a few, or one blank line before a word in lower case (an
# extractor's break between a column's blocks); otherwise a blank line ends a
# paragraph.
# The first part may itself hold hyphens ("two-and-a-") so that a compound is
# seen whole. The hyphen is a hyphen-minus or, where a program marks its own breaks so
# (marked_breaks()), U+2010 HYPHEN.
LINE_END_HYPHEN = regex.compile(
    r"(?P<first>\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}]*)*)(?P<mark>-|\N{HYPHEN})[ \t]*\n"
    r"(?P<gap>(?=[ \t\n]*\f)(?:[ \t\f]*\n){0,3}[ \t\f]*|[ \t]*\n[ \t]*(?=\p{Ll})|[ \t]*)"
    r"(?P<second>\p{L}[\p{L}\p{M}]*)(?P<tail>[^\s]*)[ \t]*(?P<eol>\n?)"
)
WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*")
NEWLINE = re.compile("\n")

# wordfreq's Zipf scale: 3 is a word seen once per million words. A joined
# form rarer than 2 is no word at all ("selfdefense" is 1.7, mostly from the
# same damage on the web); "understate" (2.3) and "incursion" (2.9) are.
NOT_A_WORD = 2.0
# A part of a compound must be a word in its own right, this common.
PART = 3.0
# A compound's pieces, measured on simulated breaks of the tuning books' passages
# (benchmarks/hyphen_breaks.py: every hyphenated compound broken at its hyphen, a pyphen en_US
# break in three in ten other words of five letters or more; 493 compounds, 2,354 words; before
# these two rules 109 compounds joined and 25 words kept a hyphen, after them 77 and 27):
# - no word when joined, a common word of at least HEAD_LETTERS letters before the break and a
#   word at least TAIL_WORD common (inflections counted) after it: "silver-|hilted",
#   "olive-|hued". 15 more compounds kept, no word broken; with three-letter heads "mis-|doings"
#   and "cum-|brous" break, with a tail from Zipf 1.0 "sports-|manlike".
HEAD_LETTERS, TAIL_WORD = 4, 1.5
# - a word when joined, but rarer than COMPOUND_RARE, two common words of three letters or more
#   apart, neither an affix (opening or ending AFFIX of the language's common words: "dis",
#   "over", "less", "ing"): "quarter-|deck", "state-|rooms", "spy-|glass" (but "post" opens 25
#   words and "side" ends 39, so "post-|war" and "hill-|side" are joined). 17 more compounds
#   kept, 2 words broken ("pom-|mel", "thy-|self"); AFFIX 20 keeps 23 and breaks 11,
#   COMPOUND_RARE 3.5 keeps 20 and breaks 4.
COMPOUND_RARE, AFFIX = 3.0, 10
# A suffix of rules/lang/inflections.toml after a word ("wonderful-|ness") is joined, and a piece of
# three letters at most that opens PREFIX_WORDS common words ("un", "dis", "in") makes no compound of
# two words: on the same breaks 9 + 4 fewer words kept a hyphen, 1 compound more joined ("re-measure").
PREFIX_WORDS = 100
# A break whose joined form is a word keeps its hyphen where the text writes other compounds of the
# same pieces with a hyphen this often, and glues neither piece to a word (_pieces_hyphenated()).
PIECE_HYPHENATED = 2
TAIL_HYPHENATED = 3  # compounds with a tail that give a glued non-word its hyphen back, any head


def _vocabulary(text: str) -> dict[str, int]:
    """Count each word (compounds whole) as it stands inside lines."""
    counts = Counter(map(str.lower, WORD.findall(text)))
    for key, n in list(counts.items()):
        if "-" in key:
            # Also "-brokered" for "US-brokered": the word is used as the
            # second part of compounds in this text.
            counts[key[key.rindex("-") :]] += n
    return counts


@functools.lru_cache(maxsize=None)
def _inflections(lang: str) -> dict:
    """The ``[inflections.LANG]`` table of rules/lang/inflections.toml ({} for a language it lacks)."""
    from ..lang.data import INFLECTIONS

    return INFLECTIONS.get(lang, {})


def _forms(word: str, lang: str = "en") -> list[str]:
    """The word and its forms with an inflection taken off or put on, as the language's table
    in rules/lang/inflections.toml says.

    >>> _forms("commotions"), _forms("commotions", "xx")
    (['commotions', 'commotionss', 'commotion'], ['commotions'])
    """
    table = _inflections(lang)
    forms = [word] + [word + ending for ending in table.get("added", ())]
    least = table.get("min_stem", 1)
    for ending in table.get("endings", ()):
        if word.endswith(ending) and len(word) - len(ending) >= least:
            forms.append(word[: -len(ending)])
    for rule in table.get("replaced", ()):
        if word.endswith(rule["ending"]) and len(word) >= rule.get("min_word", 1):
            forms.append(word[: -len(rule["ending"])] + rule["by"])
    return forms


def _in_text(vocab: dict[str, int], word: str, lang: str = "en") -> int:
    """How often the text spells the word inside lines, counting its inflected forms."""
    return sum(vocab.get(form, 0) for form in _forms(word, lang))


def _word_zipf(word: str, lang: str) -> float:
    """The word's frequency, or that of the word it is an inflection of, whichever is higher."""
    added = {word + ending for ending in _inflections(lang).get("added", ())}
    return max(_zipf(form, lang) for form in _forms(word, lang) if form not in added)


def _newlines(text: str) -> list[int]:
    """The offsets of the text's line ends."""
    return [m.start() for m in NEWLINE.finditer(text)]


# After the break the word goes on as a hyphenated compound: "mony-|getting-men".
COMPOUND_GOES_ON = regex.compile(r"-\p{L}")


def _compound_or_name(first: str, second: str, tail: str = "") -> bool:
    """Whether the break is inside a word that already has a hyphen ("two-and-a-|half",
    "mony-|getting-men"), a name or an acronym ("pro-|Kremlin", "NATO-|backed"): typesetters
    break none of these but at their own hyphens, so the hyphen at the line end is the author's."""
    return "-" in first or bool(COMPOUND_GOES_ON.match(tail)) or second[0].isupper() or first.isupper()


def _keep_hyphen(first: str, second: str, vocab: dict[str, int], lang: str, at_hyphen: bool = False,
                 tail: str = "", prose: bool = True) -> bool:
    """Decide whether the line-end hyphen between first and second is spelling; ``tail`` is what
    follows ``second`` up to the next space.

    ``at_hyphen``: the line was wrapped by a program that breaks only at spaces and at the text's
    own hyphens, and the whole compound would not have fitted on it. ``prose``: ``first`` opens
    its word (not a piece of an address or a path, "example.com/stack-|overflow-survey").
    """
    if _compound_or_name(first, second, tail):  # a compound's last word broken as any word: "verse-mak-|ing"
        if prose and inside_first_word(first, second, tail, lambda w: _zipf(w.lower(), lang)):  # "tobac-|co-smoke"
            return _keep_hyphen(first, second, vocab, lang, at_hyphen)
        piece = inside_last_word(first, second, tail, lambda w: _zipf(w.lower(), lang)) if not first.isupper() else ""
        return not piece or _keep_hyphen(piece, second, vocab, lang, at_hyphen, tail)
    joined = (first + second).lower()
    hyphened = f"{first}-{second}".lower()
    # The document's own spelling comes first: it knows its names and terms.
    if vocab.get(joined, 0) != vocab.get(hyphened, 0):
        return vocab.get(hyphened, 0) > vocab.get(joined, 0)
    # Then the same words inflected: "fox-|terriers" beside "fox-terrier".
    if _in_text(vocab, joined, lang) != _in_text(vocab, hyphened, lang):
        return _in_text(vocab, hyphened, lang) > _in_text(vocab, joined, lang)
    if at_hyphen:
        # A text-mode browser or textwrap inserts no hyphens: "post-|war" is the author's, though
        # "postwar" is a word too.
        return True
    # Then word frequencies. Only the joined form is asked: wordfreq reads "under-state" as the
    # phrase "under state", so a hyphenated form always looks common.
    head, tail = first.lower(), second.lower()
    if tail in _inflections(lang).get("suffixes", ()) and _word_zipf(head, lang) >= NOT_A_WORD:
        # "wonderful-|ness", "house-|less": a word and a suffix, the typesetter's break.
        return False
    joined_zipf = _word_zipf(joined, lang)
    if joined_zipf >= NOT_A_WORD:
        if _pieces_hyphenated(head, tail, vocab, lang):
            # "to-|morrow" in a text that writes "to-day" and "to-night" and no "towards".
            return True
        return joined_zipf < COMPOUND_RARE and _two_words(head, tail, lang)
    if vocab.get("-" + tail, 0) and _zipf(head, lang) >= PART or min(len(head), len(tail)) >= 3 \
            and vocab.get("-" + tail, 0) >= TAIL_HYPHENATED:
        # "American-\nbrokered" where the text also has "US-brokered"; "oake-|worm" by three "-worm".
        return True
    if _zipf(head, lang) >= PART and _zipf(tail, lang) >= PART and not (
            len(head) <= 3 and affix_counts(lang)[0].get(head, 0) >= PREFIX_WORDS):
        # "self-defense", "American-brokered": no word when joined, two words when apart; not
        # "un-|frequent", "dis-|concerts" (a prefix of three letters at most).
        return True
    if _zipf(head, lang) >= PART and len(head) >= HEAD_LETTERS and len(tail) >= 3 \
            and _word_zipf(tail, lang) >= TAIL_WORD:
        # "silver-|hilted": no word when joined, a common word and a rarer one apart; the
        # hyphenation patterns allow the break, as they allow most breaks between two words.
        return True
    # A rare word or a name: trust the hyphenation patterns. A break the
    # patterns do not allow, after a word of its own, is kept.
    hyphenator = _hyphenator(lang)
    if hyphenator is not None and len(first) not in hyphenator.positions(first + second):
        return _zipf(head, lang) >= PART
    return False


# The vocabulary last asked about and its compounds of two pieces: one text's breaks ask in turn.
_LAST_COMPOUNDS: tuple = (None, [])


def _compounds(vocab: dict[str, int]) -> list[tuple[str, str, int]]:
    """(first piece, second piece, count) of each compound of two pieces in the vocabulary."""
    global _LAST_COMPOUNDS
    last = _LAST_COMPOUNDS
    if last[0] is not vocab:
        last = (vocab, [(*key.split("-"), n) for key, n in vocab.items()
                        if key.count("-") == 1 and not key.startswith("-") and n > 0])
        _LAST_COMPOUNDS = last
    return last[1]


def _pieces_hyphenated(head: str, tail: str, vocab: dict[str, int], lang: str) -> bool:
    """Whether the text writes the pieces of a break with a hyphen in other compounds, though
    those join into words too ("to-day" and "to-night" for "to-|morrow", "school-house" for
    "block-|house"), at least PIECE_HYPHENATED times, and never glues either piece to another
    word ("toward", "bedroom"): a document's own habit of spelling such compounds.

    >>> vocab = _vocabulary("to-day and to-night, not to-morrow")
    >>> _pieces_hyphenated("to", "morrow", vocab, "en"), _pieces_hyphenated("to", "wards", vocab, "en")
    (True, True)
    >>> _pieces_hyphenated("to", "wards", _vocabulary("to-day and to-night, toward it"), "en")
    False
    """
    hyphenated = sum(n for first, second, n in _compounds(vocab)
                     if (first == head) != (second == tail) and _zipf(first + second, lang) >= NOT_A_WORD)
    if hyphenated < PIECE_HYPHENATED:
        return False
    joined = head + tail
    for key, n in vocab.items():
        if n <= 0 or "-" in key or key == joined:
            continue
        if key.startswith(head) and len(key) - len(head) >= 3 and _zipf(key[len(head):], lang) >= PART:
            return False
        if key.endswith(tail) and len(key) - len(tail) >= 3 and _zipf(key[: -len(tail)], lang) >= PART:
            return False
    return True


def _two_words(head: str, tail: str, lang: str) -> bool:
    """Whether the pieces either side of a break are two common words, neither an affix of the
    language: "quarter|deck" and "state|rooms" are, "over|powered", "dis|mal" and "breath|less"
    are not (affix_counts()).

    >>> _two_words("quarter", "deck", "en"), _two_words("over", "powered", "en"), _two_words("breath", "less", "en")
    (True, False, False)
    """
    if min(len(head), len(tail)) < 3 or min(_zipf(head, lang), _zipf(tail, lang)) < PART:
        return False
    opens, ends = affix_counts(lang)
    return opens.get(head, 0) < AFFIX and ends.get(tail, 0) < AFFIX


# A piece of a word broken at a line end is a word of its own when at least this common; a break
# into a piece that is not ("incur-|sion", "know-|ledge") is one an author never writes.
AUTO_PART = 3.5
# So many such breaks show that the program that set the text hyphenates words itself.
AUTO_MIN = 2


def automatic_breaks(text: str, *, lang: str = "en") -> int:
    """How many line-end hyphens split a word where only a hyphenating program splits it.

    Such a break joins into a word (word frequencies, or the text spells it so elsewhere) and
    one of its pieces is no common word: "incur-|sion", "know-|ledge". A compound broken at its
    own hyphen ("long-|standing", "post-|war") has words on both sides; one the text spells
    with a hyphen elsewhere ("to-|morrow" beside "to-morrow") is not counted either. TeX and
    other hyphenating typesetters leave many such breaks in a text; a program that breaks
    lines only at spaces and hyphens (a browser's print to PDF) leaves none.

    >>> automatic_breaks("an incur-\\nsion, a long-\\nstanding quarrel and the know-\\nledge of it")
    2
    >>> automatic_breaks("a long-\\nstanding quarrel, the post-\\nwar years, to-\\nmorrow and to-morrow")
    0
    """
    vocab = _vocabulary(text)
    found = 0
    for _, m in line_end_matches(LINE_END_HYPHEN, text):
        first, second = m["first"], m["second"]
        if m["mark"] != "-" or _compound_or_name(first, second, m["tail"]):
            continue
        joined, hyphened = (first + second).lower(), f"{first}-{second}".lower()
        if vocab.get(hyphened, 0) or not (vocab.get(joined, 0) or _zipf(joined, lang) >= NOT_A_WORD):
            continue
        if _zipf(first.lower(), lang) < AUTO_PART or _zipf(second.lower(), lang) < AUTO_PART:
            found += 1
    return found


def dehyphenate(text: str, *, lang: str = "en", author_hyphens: bool = False, marked: bool = False) -> tuple[str, list[tuple[int, str, str]]]:
    """Join words hyphenated at line ends; keep the hyphen of real compounds.

    The part after the hyphen moves up to the first line, so line structure
    is kept for the stages that follow. Each decision is returned as
    (1-based line of the hyphen, "first-|second", result). The document's
    own vocabulary is asked first, then word frequencies, then hyphenation
    patterns; a capital after the break keeps the hyphen.

    >>> dehyphenate("an incur-\\nsion into Kursk")
    ('an incursion\\ninto Kursk', [(1, 'incur-|sion', 'incursion')])
    >>> dehyphenate("the pro-\\nKremlin press")[0]
    'the pro-Kremlin\\npress'
    >>> dehyphenate("two-and-a-\\nhalf years")[0], dehyphenate("the mony-\\ngetting-men of it")[0]
    ('two-and-a-half\\nyears', 'the mony-getting-men\\nof it')
    >>> dehyphenate("its offen-\\nsive.\\nNext")[0]
    'its offensive.\\nNext'

    In text that a program wrapped at spaces and hyphens (wrapped_at_spaces()), a line-end hyphen
    where the whole compound would not have fitted is the author's, unless the text spells the
    word joined elsewhere. ``author_hyphens``: the text was set by a program that hyphenates no
    word itself (a PDF's producer says so), so every line-end hyphen is the author's, with the
    same exception:

    >>> dehyphenate("a long-\\nstanding quarrel")[0], dehyphenate("a long-\\nstanding quarrel", author_hyphens=True)[0]
    ('a longstanding\\nquarrel', 'a long-standing\\nquarrel')

    ``marked``: the program that set the text marks the breaks it makes with U+2010 HYPHEN and
    writes the author's hyphens as hyphen-minus (marked_breaks()): a U+2010 at a line end is
    joined (inside a compound or before a capital it is judged as any break), a hyphen-minus is
    the author's, with the same exception. Without it a U+2010 at a line end is left as it is.

    >>> dehyphenate("a death-\\nbed and a beau\N{HYPHEN}\\ntiful long\N{HYPHEN}\\nstanding quarrel", marked=True)[0]
    'a death-bed\\nand a beautiful\\nlongstanding\\nquarrel'

    Hyphens that do not end a line are left alone:

    >>> dehyphenate("call 555- 1234 or get an A- grade")
    ('call 555- 1234 or get an A- grade', [])
    """
    if "-" not in text and not (marked and "\N{HYPHEN}" in text):
        return text, []
    vocab = _vocabulary(text)
    joins: list[tuple[int, str, str]] = []
    # A line that held only the moved part, itself ending in a hyphen ("Oh-what-a-|wicked-world-
    # ...-could-do-|something"), moves up whole and its hyphen ends the line again: such lines
    # are looked at once more, until none is left. origin: each line's number in the input.
    origin = list(range(text.count("\n") + 1))
    again: set[int] | None = None  # the lines to look at once more (None: all, the first time)
    while again is None or again:
        text, origin, again = _dehyphenate_pass(text, vocab, lang, author_hyphens, origin, again, joins, marked)
    joins.sort(key=lambda join: join[0])
    return text, joins


def _dehyphenate_pass(text: str, vocab: dict[str, int], lang: str, author_hyphens: bool, origin: list[int],
                      only: set[int] | None, joins: list, marked: bool = False) -> tuple[str, list[int], set[int]]:
    """One pass of dehyphenate() over the text's line-end hyphens (or those ending the lines in
    ``only``); the new text, its lines' numbers in the input and the lines to look at again."""
    lines = text.split("\n")
    widths = functools.lru_cache(maxsize=None)(lambda: wrapped_at_spaces(lines))  # asked only at a "-"
    removed: list[int] = []  # lines whose words all moved up
    # lines that end in a hyphen again, carried up with the moved part, and the line it came from
    carried: list[tuple[int, int]] = []

    def repl(m: regex.Match, index: int) -> str:
        first, second, tail = m["first"], m["second"], m["tail"]
        if only is not None and index not in only:
            return m.group()
        if m["mark"] != "-" and not marked:
            return m.group()
        if m["mark"] != "-" and not _compound_or_name(first, second, tail):
            keep = False  # the program's own break, marked as such
        elif m["mark"] != "-":
            # inside a compound the program sets U+2010 at the text's own hyphen too
            # ("three-and-six-|pence"): judged as any break
            keep = _keep_hyphen(first, second, vocab, lang, False, tail, opens_word(text, m.start()))
        else:
            at_hyphen = author_hyphens or marked or (
                index in widths() and index + 1 in widths() and "\n" not in m["gap"]
                and overflows(lines[index], lines[index + 1], widths()[index]))
            keep = _keep_hyphen(first, second, vocab, lang, at_hyphen, tail, opens_word(text, m.start()))
        result = f"{first}-{second}" if keep else first + second
        joins.append((origin[index] + 1, f"{first}-|{second}", result))
        # The rest of the second line stays on its own line; a line that held
        # only the moved word disappears rather than leaving a blank. Blank
        # and form-feed lines between the parts (a page break) are kept.
        gap_lines = m["gap"][: m["gap"].rfind("\n") + 1]
        if "\f" in m["gap"][len(gap_lines) :]:
            gap_lines += "\f"
        if "\f" not in m["gap"]:
            # A blank line inside a word (a column's end) is no paragraph's end: it goes.
            gap_lines = ""
        if m.end() == len(text) and not m["eol"]:
            return f"{result}{tail}"
        if m["eol"]:
            removed.append(index + 1 + m["gap"].count("\n"))
            if tail.endswith("-") and (result + tail)[-2:-1].isalpha():
                carried.append((index, removed[-1]))
        return f"{result}{tail}\n{gap_lines}"

    out = substitute(LINE_END_HYPHEN, text, lines, repl)
    origin = list(origin)
    for line, source in carried:  # the hyphen now ending the line is the moved line's
        origin[line] = origin[source] if source < len(origin) else origin[line]
    gone = set(removed)
    kept = [k for k in range(len(origin)) if k not in gone]
    renumber = {k: n for n, k in enumerate(kept)}
    return out, [origin[k] for k in kept], {renumber[k] for k, _ in carried if k in renumber}


JOINED_TOKEN = regex.compile(r"(?<![\p{L}\p{M}\-])\p{L}[\p{L}\p{M}]{4,}(?![\p{L}\p{M}\-])")


def _best_split(word: str, vocab: dict[str, int], lang: str) -> str | None:
    """Find where a hyphen was dropped from word, or None when unsure.

    English glues compounds freely ("halftone", "intermix"), so a split needs evidence beyond the
    lexicon: the document's own spelling (of the word, or of its tail in TAIL_HYPHENATED compounds),
    an acronym or a capital at the seam, or a prefix that always takes a hyphen.
    """
    lower = word.lower()
    if vocab.get(lower, 0) > 1 or _zipf(lower, lang) >= NOT_A_WORD:
        return None
    for i in range(2, len(word) - 1):
        head, tail = word[:i], word[i:]
        hyphened = f"{head}-{tail}"
        if vocab.get(hyphened.lower(), 0):
            # The document spells it with a hyphen elsewhere: certain.
            return hyphened
    for i in range(2, len(word) - 2):
        head, tail = word[:i], word[i:]
        if not tail.isalpha():
            continue
        if head.isupper() and tail.islower() and _zipf(tail, lang) >= PART:
            return f"{head}-{tail}"  # "NATObacked": an acronym glued to a word
        if head.islower() and tail[0].isupper() and tail[1:].islower() and head in CAMEL_PREFIXES:
            return f"{head}-{tail}"  # "proKremlin": a capital inside a word
        if (
            head[0].isupper() and head[1:].islower() and tail[0].isupper() and tail[1:].islower()
            and min(len(head), len(tail)) >= 4 and vocab.get(head.lower()) and vocab.get(tail.lower())
        ):
            # "UkraineRussia": two names that the text also uses alone.
            return f"{head}-{tail}"
        if head[1:].islower() and tail.islower():
            if head.lower() in HYPHEN_PREFIXES and len(tail) >= 5 and _zipf(tail, lang) >= PART:
                return f"{head}-{tail}"  # "selfdefense"
            if vocab.get("-" + tail, 0) and _zipf(head.lower(), lang) >= PART and len(head) >= 3:
                return f"{head}-{tail}"  # "Americanbrokered" beside "US-brokered"
            if vocab.get("-" + tail, 0) >= TAIL_HYPHENATED and min(len(head), len(tail)) >= 3:
                return f"{head}-{tail}"  # "oakeworm" beside "marsh-worm", "flag-worm", "dock-worm"
    return None


# Prefixes that take a hyphen before a word (almost) always, so that the
# glued form is damage, not spelling. "anti", "non", "half" and the like are
# left out: "anticommunist" and "halftone" are spelled both ways, and "pro"
# opens too many words ("procreative"). Short tails are often suffixes
# ("selfhood"), hence five letters at least.
HYPHEN_PREFIXES = frozenset("self ex quasi".split())
# Before a capital, a prefix is surely glued: "proKremlin", "antiAmerican".
CAMEL_PREFIXES = frozenset("anti ex mid neo non pan post pre pro self un".split())


def restore_dropped_hyphens(text: str, *, lang: str = "en") -> tuple[str, list[tuple[int, str, str]]]:
    """Put back hyphens an extractor dropped when it joined a line-end break.

    pdftotext joins "NATO-" + "backed" as "NATObacked" and "self-" +
    "defense" as "selfdefense". A word is repaired only when it is not a
    word itself and the hyphenated form is: spelled so elsewhere in the
    document, an acronym before a word, a capital at the seam, or a known
    prefix that always takes a hyphen. Ordinary words are never split.

    >>> restore_dropped_hyphens("NATObacked forces in selfdefense")
    ('NATO-backed forces in self-defense', [(1, 'NATObacked', 'NATO-backed'), (1, 'selfdefense', 'self-defense')])
    >>> restore_dropped_hyphens("Germanbacked troops, not German-backed")[0]
    'German-backed troops, not German-backed'
    >>> restore_dropped_hyphens("another nowhere Zaporizhzhia Washington")[1]
    []
    """
    fixes: list[tuple[int, str, str]] = []
    # A repair is evidence for the next ("TODAY-while" makes "-while" a tail of this text, and
    # then "otherswhile" is "others-while"): repeat until nothing changes, so that cleaning the
    # output again finds nothing more. Each round only adds hyphens, so the rounds are few.
    while True:
        vocab = _vocabulary(text)
        newlines = _newlines(text)
        found = len(fixes)

        def repl(m: regex.Match) -> str:
            word = m.group()
            fixed = _best_split(word, vocab, lang)
            if fixed is None:
                return word
            fixes.append((bisect.bisect_left(newlines, m.start()) + 1, word, fixed))
            return fixed

        text = JOINED_TOKEN.sub(repl, text)
        if len(fixes) == found:
            return text, fixes


# --- the stage -------------------------------------------------------------

# A soft hyphen at a line end marks a hyphenation point, never a real hyphen: join outright.
SOFT_BREAK = regex.compile(r"(?<=\p{L}\p{M}*)\N{SOFT HYPHEN}[ \t]*\n[ \t]*(\p{L}\S*)[ \t]*(\n?)")
# U+2010 HYPHEN at a line end: the hyphen some programs set where they hyphenate a word
# (WeasyPrint), judged as a hyphen-minus is. Its form inside a line is left alone.
HYPHEN_BREAK = regex.compile(r"(?<=\p{L})\N{HYPHEN}(?=[ \t]*\n)")


# U+2010 HYPHEN between two letters inside a line: the text's own spelling uses it.
HYPHEN_INSIDE = regex.compile(r"\p{L}\N{HYPHEN}\p{L}")
# So many line ends in U+2010 show a program that marks its own breaks with it.
MARKED_MIN = 3


def marked_breaks(text: str) -> bool:
    """Whether the program that set the text marks the breaks it makes with U+2010 HYPHEN and
    writes the author's hyphens as hyphen-minus: at least MARKED_MIN lines end in a letter and
    U+2010, and no U+2010 stands between two letters inside a line. WeasyPrint (CSS ``hyphens:
    auto``) sets so; there a hyphen-minus at a line end is a compound's own ("death-|bed"), though
    its joined form is a word too.

    >>> marked_breaks("beau\N{HYPHEN}\\ntiful, won\N{HYPHEN}\\nder, hap\N{HYPHEN}\\npily, death-\\nbed")
    True
    >>> marked_breaks("beau\N{HYPHEN}\\ntiful, won\N{HYPHEN}\\nder, hap\N{HYPHEN}\\npily, death\N{HYPHEN}bed")
    False
    """
    return len(HYPHEN_BREAK.findall(text)) >= MARKED_MIN and not HYPHEN_INSIDE.search(text)


def _hyphenates_nothing(doc: Document) -> str | None:
    """The program that made the document's PDF, when a rule file's [pdf] table says it
    hyphenates no word itself (rules/pdf/producers.toml); None otherwise, and for text not read
    from a PDF. Files without a site match are read (the program is no site's)."""
    if doc.pdf_producer is None or doc.rules is None:
        return None
    for rules in doc.rules.files:
        table = rules.data.get("pdf") if rules.generic else None
        for item in (table or {}).get("no_hyphenation", []):
            for said in doc.pdf_producer:
                if said and regex.search(item["pattern"], said):
                    return said
    return None


@stage("dehyphenate")
class Dehyphenate(Relayout):
    """Join words hyphenated at line ends and restore hyphens an extractor dropped.

    In text read from a PDF made by a program that hyphenates no word itself (the [pdf] tables
    of the rule files, rules/pdf/producers.toml, name them by Producer and Creator), a line-end
    hyphen is the author's, unless the document shows breaks only hyphenation makes.
    """

    def __init__(self, *, lang: str = "en", restore_dropped: bool = True, restore_paged_only: bool = True):
        # English word frequencies and patterns decide by default; a rule file may name another.
        self.lang = lang
        # pdftotext's default mode turns "NATO-\nbacked" into "NATObacked"; undo it.
        self.restore_dropped = restore_dropped
        # ...only in text that shows it came from pages: of kind "page" (cleantext/kinds.py: cut
        # by form feeds, as pdftotext writes them, read from a PDF, words hyphenated at line
        # ends), or, when no kind was told, cut by form feeds or read from a PDF. Web page copies
        # are wrapped too, but nothing in them dropped a hyphen: there a restoration only
        # damages ("guestroom" -> "guest-room", addresses).
        self.restore_paged_only = restore_paged_only

    def relay(self, text: str) -> tuple[str, int]:
        """``text`` alone, with no document around it (no kind told, not from a PDF)."""
        doc = Document.from_text(text)
        relaid = self.relay_document(doc, *doc.kept_text())
        return relaid.text, sum(relaid.counts.values())

    def relay_document(self, doc: Document, text: str, lines: list) -> Relaid:
        broken = _ends_in_hyphen(lines) or "\N{SOFT HYPHEN}" in text
        # An extractor drops hyphens only where it wrapped lines; text with a paragraph per line
        # (web copies) has none to restore, and asking the lexicon about every word is costly.
        paged = doc.kind == "page" if doc.kind is not None else ("\f" in text or doc.encoding == "pdf")
        # Whether the lines look wrapped is asked last: it sorts every line's length.
        restore = self.restore_dropped and (not self.restore_paged_only or paged) and cut_at_width(lines)
        if not broken and not restore:
            return Relaid(text, {})
        # The word's second part moves up, whole, to the first line; the rest of its line stays.
        new, soft = SOFT_BREAK.subn(lambda m: m[1] + ("\n" if m[2] or m.end() < len(text) else ""), text)
        if soft or "\N{SOFT HYPHEN}" in new:
            # One the unicode stage left at a line end (see normalize()) with no word after it.
            new = new.replace("\N{SOFT HYPHEN}", "")
        marked = broken and marked_breaks(new)
        if not marked:
            new = HYPHEN_BREAK.sub("-", new)
        author = (broken and not marked and _hyphenates_nothing(doc) is not None
                  and automatic_breaks(new, lang=self.lang) < AUTO_MIN)
        new, joins = dehyphenate(new, lang=self.lang, author_hyphens=author, marked=marked)
        if marked:  # a U+2010 left at a line end (no word after it) reads as the others do
            new = HYPHEN_BREAK.sub("-", new)
        restored: list = []
        if restore:
            new, restored = restore_dropped_hyphens(new, lang=self.lang)
        counts: dict[str, int] = {}
        counts["hyphens_joined"] = soft + sum(1 for _, _, after in joins if "-" not in after)
        counts["hyphens_kept"] = sum(1 for _, _, after in joins if "-" in after)
        counts["hyphens_restored"] = len(restored)
        return Relaid(new, counts, [(number, before, after, "hyphen") for number, before, after in joins + restored])
