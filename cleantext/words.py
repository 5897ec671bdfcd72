"""Is this a word? Word frequencies (wordfreq) in the languages a word's script is written in.

A repair that changes letters has to make words: what it takes away must not be
words of any language of their script, and what it gives must be. The stages
that guess (mojibake beyond ftfy) ask here.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from .chars import letter_script

# wordfreq's Zipf scale: 3 is a word seen once in a million words. Mojibake
# fragments reach 2 and more in the web text wordfreq counts ("ncia" 2.0 in
# Portuguese, a bare "â" 3.1), so a word is known from 3, and a single letter
# is never taken as evidence either way.
KNOWN = 3.0
MIN_LETTERS = 2

# The languages of wordfreq written in each script. A word is known if it is
# common in one of them: the stage does not know the text's language yet.
LANGUAGES = {
    "Latn": ("en", "fr", "de", "es", "pt", "it", "nl", "pl", "cs", "sk", "ro", "tr", "sv", "da",
              "nb", "fi", "hu", "ca", "hr", "sl", "lt", "lv", "vi", "id"),
    "Cyrl": ("ru", "uk", "bg", "mk", "sh"),
    "Arab": ("ar", "fa", "ur"),
    "Grek": ("el",),
    "Hebr": ("he",),
}
# wordfreq names Serbo-Croatian "sh" and serves Latin-script Croatian through it.
LANGUAGES["Latn"] = tuple("sh" if code == "hr" else code for code in LANGUAGES["Latn"])

# Letters and the marks on them; apostrophes split a word ("l’aube", "it’s").
LETTERS = regex.compile(r"\p{L}[\p{L}\p{M}]*")


@lru_cache(maxsize=65536)
@lru_cache(maxsize=65536)
def zipf(word: str, lang: str) -> float:
    """wordfreq's Zipf frequency of ``word`` in ``lang`` (its 'best' list), remembered."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


@lru_cache(maxsize=64)
def hyphenator(lang: str):
    """pyphen's hyphenation patterns for ``lang``, or None where pyphen has none."""
    import pyphen

    try:
        return pyphen.Pyphen(lang=lang)
    except KeyError:
        return None


# Affixes are read off the language's commonest words, this many (wordfreq's list, in order).
AFFIX_WORDS = 50000


@lru_cache(maxsize=16)
def affix_counts(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    """How many of the language's AFFIX_WORDS commonest words each piece opens and ends, where
    what is left of the word (three letters at least) is one of those words too: ({opening:
    n}, {ending: n}). A piece that opens or ends many is an affix ("un", "dis"; "ing", "less",
    "ness"); the pieces of a compound ("silver", "hilted") open or end few. Empty for a
    language wordfreq has no list of.

    >>> opens, ends = affix_counts("en")
    >>> opens["dis"] > 100, ends["less"] > 50, ends["war"] < 10
    (True, True, True)
    """
    from collections import Counter

    bands = frequency_bands(lang)
    if bands is None:
        return {}, {}
    words: list[str] = []
    for band in bands:
        words += [word for word in band if word.isalpha()]
        if len(words) >= AFFIX_WORDS:
            break
    known = set(words[:AFFIX_WORDS])
    opens: Counter = Counter()
    ends: Counter = Counter()
    for word in known:
        for k in range(2, min(9, len(word) - 2)):
            if word[:-k] in known:
                ends[word[-k:]] += 1
            if word[k:] in known:
                opens[word[:k]] += 1
    return dict(opens), dict(ends)


def frequency(word: str) -> float:
    """The highest Zipf frequency of ``word`` (letters only) in the languages of its script; 0 if none.

    >>> frequency("importância") > KNOWN > frequency("ncia")
    True
    >>> frequency("ð¿ñ€ð¸ð²ðµñ‚")     # not one script: no language to ask
    0.0
    """
    scripts = {letter_script(ch) for ch in word if ch.isalpha()}
    if len(scripts) != 1:
        return 0.0
    from wordfreq import tokenize, zipf_frequency

    best = 0.0
    for lang in LANGUAGES.get(scripts.pop(), ()):
        # wordfreq splits what it cannot find as one token and multiplies the
        # parts' frequencies: only a word it reads as one token is asked.
        if len(tokenize(word, lang)) == 1:
            best = max(best, zipf_frequency(word, lang))
            if best >= KNOWN:
                break
    return best


def is_known(word: str) -> bool:
    """``frequency(word) >= KNOWN``, from the first bands of each language's list alone (``known``).

    >>> is_known("importância"), is_known("ncia"), is_known("ð¿ñ€ð¸ð²ðµñ‚")
    (True, False, False)
    """
    scripts = {letter_script(ch) for ch in word if ch.isalpha()}
    if len(scripts) != 1:
        return False
    from wordfreq import tokenize

    # As frequency() asks them: only where wordfreq reads the word as one token.
    return any(known(word, lang) for lang in LANGUAGES.get(scripts.pop(), ()) if len(tokenize(word, lang)) == 1)


def is_word(word: str) -> bool:
    """Whether ``word`` is a common word (of two letters or more) in some language of its script.

    >>> is_word("provocation"), is_word("افغانستان"), is_word("provocationâ"), is_word("import—ncia")
    (True, True, False, False)
    """
    return len(word) >= MIN_LETTERS and LETTERS.fullmatch(word) is not None and is_known(word)


def known(word: str, lang: str) -> bool:
    """``zipf_frequency(word, lang) >= KNOWN`` (wordfreq's 'best' list), read from the list's first
    bands alone (``zipf_bounds``).

    >>> known("provocation", "en"), known("provocatio", "en"), known("فولاد", "fa")
    (True, False, True)
    """
    return zipf_bounds(word, lang)[0] >= KNOWN


@lru_cache(maxsize=65536)
def zipf_bounds(word: str, lang: str) -> tuple[float, float]:
    """(low, high) between which ``zipf_frequency(word, lang)`` lies: both are that frequency where
    the list's first bands (``first_bands``: Zipf KNOWN or more) hold the word, or where wordfreq's
    own arithmetic is needed (digits, tokens combined, a language known by a near name); else
    (0, KNOWN). wordfreq decodes a whole list to answer for one word, a fifth of a second for a
    large one (24 lists for the Latin script, 5 s); the first bands, about a tenth of the words,
    take 0.01 s (measured on en, de, pl, fi).

    >>> zipf_bounds("the", "en"), zipf_bounds("provocatio", "en")
    ((7.73, 7.73), (0.0, 3.0))
    """
    from wordfreq import get_language_info, zipf_frequency
    from wordfreq.tokens import lossy_tokenize

    listed = first_bands(lang)
    tokens = lossy_tokenize(word, lang)
    if (listed is None or len(tokens) != 1 or any(ch.isdigit() for ch in tokens[0])
            or get_language_info(lang)["tokenizer"] == "jieba"):
        found = zipf_frequency(word, lang)
        return found, found
    # One token without digits: its frequency is its band's (get_frequency_dict), and each word
    # is in one band (so in all 33 lists of LANGUAGES).
    found = listed.get(tokens[0])
    return (found, found) if found is not None else (0.0, KNOWN)


@lru_cache(maxsize=None)
def first_bands(lang: str) -> dict[str, float] | None:
    """The words of ``lang``'s list (wordfreq's 'best') whose Zipf frequency, as zipf_frequency()
    gives it, is KNOWN or more, with that frequency; None if wordfreq has no list named ``lang``."""
    bands = frequency_bands(lang)
    if bands is None:
        return None
    words: dict[str, float] = {}
    for index, band in enumerate(bands):
        zipf = _band_zipf(index)
        if zipf < KNOWN:
            break
        words.update(dict.fromkeys(band, zipf))
    return words


def _band_zipf(index: int) -> float:
    """zipf_frequency() of a word of band ``index``: its frequency rounded to three significant
    digits (wordfreq's _word_frequency), then to the Zipf scale rounded to two decimals."""
    import math

    from .wordfiles import cB_to_freq, freq_to_zipf

    freq = cB_to_freq(-index)
    return round(freq_to_zipf(round(freq, math.floor(-math.log(freq, 10)) + 3)), 2)


def known_words(text: str) -> int:
    """How many of the words of ``text`` (runs of letters) are common words.

    >>> known_words("the army’s offensive"), known_words("the armyâ€™s offensive")   # "s" is too short
    (3, 2)
    """
    return sum(map(is_word, LETTERS.findall(text)))


def frequency_bands(lang: str) -> Iterator[list[str]] | None:
    """wordfreq's words of ``lang`` by frequency band, most frequent first, read from its word
    list file only as far as they are asked for; None if wordfreq has no list named ``lang``.

    Band ``i`` holds the words that get_frequency_dict gives the frequency ``cB_to_freq(-i)``,
    and each word is in one band. The file (wordfreq's read_cBpack describes it) is a gzipped
    msgpack list, a header and then the bands: wordfreq's own functions decode all of it, most
    of a second for fifteen languages, where a stage that needs a language's common words
    needs only its first bands.

    >>> next(frequency_bands("en"))   # no word is that frequent (0 cB: every word)
    []
    >>> frequency_bands("xx") is None
    True
    """
    from .wordfiles import available_languages

    path = available_languages().get(lang)
    return None if path is None else _bands(path)


def _bands(path: str) -> Iterator[list[str]]:
    import gzip

    import msgpack

    with gzip.open(path, "rb") as data:
        unpacker = msgpack.Unpacker(data, raw=False)
        bands = unpacker.read_array_header() - 1
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            raise ValueError(f"Unexpected header: {header!r}")   # as read_cBpack says it
        for _ in range(bands):
            yield unpacker.unpack()


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
