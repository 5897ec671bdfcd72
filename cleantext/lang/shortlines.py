"""Short lines (a word to a few) labelled from their words: how often each word is written in
each language, the letters that rule languages out, and the blocks around them."""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from array import array
from functools import lru_cache
from operator import add

import regex

from .data import DETECT
from .scripts import _WORD
from .wordlists import lookup, word_list

_SHORT = DETECT["short_lines"]
MAX_WORDS: int = _SHORT["max_words"]
DECIDE: float = _SHORT["decide"]
ALONE: float = _SHORT["alone"]
ALONE_RATIO: float = _SHORT["alone_ratio"]
NEIGHBOUR_WEIGHT: float = _SHORT["neighbour_weight"]
FLOOR: float = _SHORT["floor"]
FLOOR_LARGE: float = _SHORT["floor_large"]
FLOOR_UNLISTED: float = _SHORT["floor_unlisted"]
CAPS_WORD: float = _SHORT["caps_word"]
ACRONYMS: frozenset[str] = frozenset(_SHORT["acronyms"])
NEAR_TIE: dict[str, str] = _SHORT["near_tie"]
NEAR_TIE_RATIO: float = _SHORT["near_tie_ratio"]
# In NEAR_TIE, a script whose near-ties go to the line's best language, whichever it is.
BEST = "best"
# script -> the languages written in it that have no word list: between blocks of one of them, a
# short line's words count in it as in the listed language that writes them most, over
# NEIGHBOUR_WEIGHT (see word_shares).
_UNLISTED: dict[str, list[str]] = _SHORT["unlisted"]
# The languages whose large lists are read for a word that no small list has.
_LARGE: frozenset[str] = frozenset(_SHORT["large"])
CERTAIN = 0.99
# script -> {lang: prior weight}, and (letters, the languages they leave) from rules/lang/detect.toml.
_LANGUAGES: dict[str, dict[str, float]] = _SHORT["languages"]
# ... and the weight each letter set puts on the languages it leaves (absent: 1).
_LETTERS: list[tuple[frozenset[str], frozenset[str], dict[str, float]]] = [
    (frozenset(entry["letters"]), frozenset(entry["only"]), entry.get("weights", {}))
    for entry in _SHORT["letters"]]


def is_short(text: str, script: str) -> bool:
    """Whether `text` is a line that its words label (one to MAX_WORDS words, in a script listed).

    >>> is_short("Special report", "Latn"), is_short("خیرات صدقات", "Arab")
    (True, True)
    >>> is_short("The strikes mark an escalation of the war", "Latn")
    False
    """
    return script in _LANGUAGES and len(text.split(None, MAX_WORDS)) <= MAX_WORDS


@lru_cache(maxsize=None)
def _word_list(lang: str) -> Mapping[str, float]:
    # wordfreq's small list (words of frequency 1e-6 and more): it loads in a few hundredths of a
    # second, where the large one takes most of a second. Looked up directly: its word_frequency()
    # tokenizes each word again, which costs more than the whole rest of a short line's labelling.
    # Its bands are decoded as far as the words looked up need (wordlists.py).
    return word_list(lang, "small")


@lru_cache(maxsize=None)
def _large_list(lang: str) -> Mapping[str, float]:
    # wordfreq's large list (down to 1e-8), read only when a line has a word that no small list
    # holds: English's takes a tenth of a second and 36 MB, when decoded whole.
    return word_list(lang, "large")


def load() -> None:
    """Read every list and build every model that short lines may need (before worker processes
    fork, so that they share them): the small lists of the languages weighed, the large lists of
    _LARGE, the shape models."""
    for script, languages in _LANGUAGES.items():
        for lang in languages:
            _read_whole(_word_list(lang))
            if lang in _LARGE:
                _read_whole(_large_list(lang))
            if script in SHAPE_SCRIPTS:
                _shape_model(lang)


def _read_whole(listed) -> None:
    read_all = getattr(listed, "read_all", None)   # a WordList; wordfreq's dictionary is whole
    if read_all is not None:
        read_all()


# What wordfreq's lists leave out of a word: combining marks (Arabic short vowels) and tatweel.
_MARKS = regex.compile(r"[\p{Mn}\N{ARABIC TATWEEL}]")


def _key(word: str) -> str:
    """`word` as wordfreq's lists spell it: folded case, no marks."""
    word = word.casefold()
    return word if word.isascii() else _MARKS.sub("", word)


# The same marks in the blocks of the scripts weighed on short lines (combining diacritics, Arabic
# and its supplements), as a class of the re module: it scans a paragraph three times as fast.
_INNER_MARKS = re.compile("[{}]".format("".join(
    ch for lo, hi in ((0x300, 0x370), (0x600, 0x700), (0x750, 0x780), (0x8A0, 0x900))
    for ch in map(chr, range(lo, hi)) if unicodedata.category(ch) == "Mn") + "\N{ARABIC TATWEEL}"))


def words_of(text: str) -> list[str]:
    """The words of `text`, marks taken out first: a vowel sign or shadda is no word's end
    (vocalised Arabic, "تؤكَّد", would give "تؤك" and "د", Pashto's "of").

    >>> words_of("لم تؤكَّد"), words_of("Café au lait")
    (['لم', 'تؤكد'], ['Café', 'au', 'lait'])
    """
    return _WORD.findall(text if text.isascii() else _INNER_MARKS.sub("", text))


def word_shares(text: str, script: str, prior: str | None = None) -> dict[str, float] | None:
    """Each candidate language's share of the evidence in `text`'s words, or None if none is known.

    A language's weight is its prior weight times the product of its words' frequencies (a word
    its small list lacks counts as FLOOR, or, in a language of _LARGE, as its large list's
    frequency, FLOOR_LARGE when that lacks it too); letters that a language does not write rule
    it out; the
    `prior` language (the neighbours') starts NEIGHBOUR_WEIGHT times heavier. A prior of
    _UNLISTED (a language with no list: Pashto) is weighed too, each word listed elsewhere
    counting in it as in the language that writes it most, over NEIGHBOUR_WEIGHT. None when no
    word is in any candidate's list: nothing to go on.

    >>> shares = word_shares("للحصول", "Arab")
    >>> max(shares, key=shares.get), shares["ar"] > 0.99
    ('ar', True)
    >>> word_shares("Melanovski", "Latn") is None
    True
    >>> shares = word_shares("semesters", "Latn")     # German's small list has it, English's large
    >>> max(shares, key=shares.get)
    'en'
    >>> shares = word_shares("رییس", "Arab", "ps")     # one word between Pashto blocks: level
    >>> round(shares["ps"] / shares["fa"], 6)
    1.0
    """
    unlisted = prior if prior in _UNLISTED.get(script, ()) else None
    candidates = _candidates(text, script, unlisted)
    words = [_key(w) for w in words_of(text)]
    if not candidates or not words:
        return None
    listed = order = tuple(candidates)
    with_unlisted = unlisted in candidates
    if with_unlisted:
        listed = tuple(lang for lang in order if lang != unlisted)
        order = listed + (unlisted,)   # its terms come after the listed languages'
    if not listed:
        return None
    listed = _LISTED.setdefault(listed, listed)   # one tuple for the kept terms' keys to share
    # Each language's log-weight, summed word by word in the line's order (the same terms, added
    # in the same order, as word_shares_plain in tests/test_speed_paths.py adds them).
    sums = _first_logs(tuple((lang, candidates[lang]) for lang in order) if with_unlisted
                       else tuple(candidates.items()), prior)
    known = False
    for word in words:
        found, terms = _word_terms(word, listed, with_unlisted)
        known = known or found
        sums = list(map(add, sums, terms))
    if not known:
        return None
    if with_unlisted and order != tuple(candidates):
        # The shares keep the candidates' order (their total is summed in it).
        by_lang = dict(zip(order, sums))
        sums = [by_lang[lang] for lang in candidates]
    return _shares(candidates, sums)


# The candidate languages' tuples, one object each (a few: the scripts and the letters' cuts).
_LISTED: dict[tuple[str, ...], tuple[str, ...]] = {}


@lru_cache(maxsize=1024)
def _first_logs(candidates: tuple[tuple[str, float], ...], prior: str | None) -> tuple[float, ...]:
    """The log-weights a line's words are added to: each candidate's prior weight, the
    neighbours' language NEIGHBOUR_WEIGHT times heavier."""
    return tuple(math.log(weight * (NEIGHBOUR_WEIGHT if lang == prior else 1.0)) for lang, weight in candidates)


# A word's terms are kept for this many (word, languages) pairs: they are a function of the word
# lists alone, as wordfreq's own look-ups are (a stream of pages repeats its menus' words). Each
# is a few hundred bytes (its terms as an array of doubles): a few MB in all. A third of the web
# sets' dev dumps ask for 16,393 pairs, 87% of the look-ups found kept.
WORD_TERMS = 1 << 14


@lru_cache(maxsize=WORD_TERMS)
def _word_terms(word: str, listed: tuple[str, ...], unlisted: bool) -> tuple[bool, array]:
    """What one word adds to each language's log-weight in word_shares, among the `listed`
    languages (and, if `unlisted`, the unlisted one after them), and whether it is evidence at all
    (a list holds it).

    A word of some small list counts in each language as its frequency there (a word its small
    list lacks: FLOOR, or, in a language of _LARGE, its large list's frequency, FLOOR_LARGE when
    that lacks it too); in the unlisted language as in the listed language that writes it most,
    over NEIGHBOUR_WEIGHT. A word of no small list counts as its large list's frequency where that
    is read, else as a word somewhere under the small list's cut; in the unlisted language as its
    most frequent of those.
    """
    lists = [lookup(_word_list(lang)) for lang in listed]
    log = math.log
    if any(word in words for words in lists):
        terms, most = [], 0.0
        for lang, words in zip(listed, lists):
            f = words.get(word)
            if f is None:
                # Under the small list's cut: where the large list is read, it says how far.
                f = (lookup(_large_list(lang)).get(word) or FLOOR_LARGE) if lang in _LARGE else FLOOR
            terms.append(log(f))
            most = max(most, f)
        if unlisted:
            # As often as the listed language that writes it most, over the neighbours' weight: on
            # a line of one word the prior brings it level with that language (the neighbours
            # decide); each further word listed elsewhere counts against it.
            terms.append(log(most / NEIGHBOUR_WEIGHT))
        return True, array("d", terms)
    # In no small list: the large lists say how rare it is where they are read; a language without
    # one counts it as a word somewhere under its small list's cut.
    factors = [lookup(_large_list(lang)).get(word, 0.0) if lang in _LARGE else 0.0 for lang in listed]
    floors = [f or (FLOOR_LARGE if lang in _LARGE else FLOOR_UNLISTED) for lang, f in zip(listed, factors)]
    terms = [log(f) for f in floors]
    if unlisted:
        terms.append(log(max(floors)))
    return any(factors), array("d", terms)


def _candidates(text: str, script: str, unlisted: str | None = None) -> dict[str, float]:
    """The languages of `script` weighed on a short line, with their prior weights (and the
    `unlisted` language of _UNLISTED that the neighbours speak), less those whose letters `text`
    shows that they do not write."""
    candidates = dict(_LANGUAGES.get(script, {}))
    if unlisted:
        candidates[unlisted] = 1.0
    if _ANY_LETTER.isdisjoint(text):
        return candidates   # none of the letters below: every language stays, as it was
    seen = set(text)
    for letters, only, weights in _LETTERS:
        if not letters.isdisjoint(seen):
            candidates = {lang: w * weights.get(lang, 1.0) for lang, w in candidates.items() if lang in only}
    return candidates


# Every letter of _LETTERS: a line without any of them keeps every candidate.
_ANY_LETTER: frozenset[str] = frozenset().union(*(letters for letters, _, _ in _LETTERS))


def _normalised(logs: dict[str, float]) -> dict[str, float]:
    """Log-weights as shares that add up to one."""
    return _shares(logs, list(logs.values()))


def _shares(langs, logs: list[float]) -> dict[str, float]:
    """_normalised for the languages `langs` (in order) and their log-weights `logs`."""
    top = max(logs)
    exp = math.exp
    weights = [exp(s - top) for s in logs]
    total = sum(weights)
    return dict(zip(langs, [w / total for w in weights]))


# Words that no list holds, in the scripts named, are read by their letters: a model of each
# language's letter sequences, learnt from its small list (see shapes()).
_SHAPES = _SHORT["shapes"]
SHAPE_SCRIPTS: frozenset[str] = frozenset(_SHAPES["scripts"])
SHAPE_ORDER: int = _SHAPES["order"]
SHAPE_CONFIDENCE: float = _SHAPES["confidence"]


@lru_cache(maxsize=None)
def _shape_model(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    """Counts of each SHAPE_ORDER letters and of each SHAPE_ORDER - 1 before them, over the
    words of `lang`'s small list (each word once, begun and ended by marks)."""
    from collections import Counter

    pad = "^" * (SHAPE_ORDER - 1)
    grams = Counter(word[i:i + SHAPE_ORDER] for word in (pad + w + "$" for w in _word_list(lang)
                                                         if _WORD.fullmatch(w.replace("\u200c", "")))
                    for i in range(len(word) - SHAPE_ORDER + 1))
    context: Counter[str] = Counter()
    for gram, n in grams.items():
        context[gram[:-1]] += n
    return dict(grams), dict(context)


def shapes(text: str, script: str) -> dict[str, float] | None:
    """Each candidate language's share by the shape of `text`'s words alone (their letter
    sequences against each language's list), for words that no list holds; None where the
    script has no such model or letters leave no language.

    >>> shares = shapes("کلاریفیکیشن", "Arab")        # an English word in Urdu spelling
    >>> max(shares, key=shares.get)
    'ur'
    >>> shares = shapes("ببازند", "Arab")              # a Persian verb: prefix b-, ending -and
    >>> max(shares, key=shares.get)
    'fa'
    """
    if script not in SHAPE_SCRIPTS:
        return None
    candidates = _candidates(text, script)
    words = [_key(w) for w in words_of(text)]
    if not candidates or not words:
        return None
    pad = "^" * (SHAPE_ORDER - 1)
    logs = {}
    for lang, weight in candidates.items():
        grams, context = _shape_model(lang)
        score = math.log(weight)
        for word in words:
            word = pad + word + "$"
            for i in range(len(word) - SHAPE_ORDER + 1):
                gram = word[i:i + SHAPE_ORDER]
                # Add-half smoothing over an alphabet of about forty letters.
                score += math.log((grams.get(gram, 0) + 0.5) / (context.get(gram[:-1], 0) + 20.0))
        logs[lang] = score
    return _normalised(logs)


def spells_words(text: str, script: str) -> bool:
    """Whether the capitals of `text` spell words: each of its runs of letters, lower-cased, is
    at least CAPS_WORD frequent in a language weighed for `script`, and none is an acronym of
    ACRONYMS.

    >>> spells_words("THE", "Latn"), spells_words("BBC", "Latn"), spells_words("EU", "Latn")
    (True, False, False)
    """
    words = words_of(text)
    languages = _LANGUAGES.get(script, {})
    return bool(words) and all(
        word not in ACRONYMS and any(_word_list(lang).get(word.casefold(), 0.0) >= CAPS_WORD for lang in languages)
        for word in words)


def near_tie(shares: dict[str, float], text: str, script: str) -> str | None:
    """The script's leading language (NEAR_TIE; BEST: the line's best language) when its share
    is at least 1/NEAR_TIE_RATIO of the best one's and its small list holds every word of
    `text`, else None (a name that no list holds, "Melanovski", leaves the line without a
    language).

    >>> near_tie({"en": 0.3, "nl": 0.4, "it": 0.3}, "freelance", "Latn")
    'en'
    >>> near_tie({"fr": 0.9, "en": 0.1}, "son", "Latn") is None
    True
    >>> near_tie({"fa": 0.35, "ur": 0.36, "ar": 0.29}, "نظام", "Arab")
    'ur'
    """
    lead = NEAR_TIE.get(script)
    if lead == BEST:
        lead = max(shares, key=shares.get)
    if lead is None or lead not in shares or shares[lead] * NEAR_TIE_RATIO < max(shares.values()):
        return None
    listed = _word_list(lead)
    return lead if all(_key(word) in listed for word in words_of(text)) else None


def ahead(shares: dict[str, float]) -> float:
    """How many times the best language's share is the next one's (infinite with one language).

    >>> ahead({"en": 0.4, "de": 0.2, "fr": 0.1}), ahead({"fa": 1.0})
    (2.0, inf)
    """
    first, second = (sorted(shares.values(), reverse=True) + [0.0])[:2]
    return first / second if second else math.inf


def best(shares: dict[str, float]) -> tuple[str, float]:
    """The language with the largest share, and that share as a confidence (ties: the first
    listed). Words never make a language certain: at most CERTAIN."""
    lang = max(shares, key=shares.get)
    return lang, round(min(shares[lang], CERTAIN), 4)
