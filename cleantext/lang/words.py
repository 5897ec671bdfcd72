"""Evidence in a text's words: the function words of Latin-script languages, and whether a
block plainly agrees with its document's language."""
from __future__ import annotations

from collections import Counter

from .data import DETECT
from .scripts import _NOT_ASCII, _WORD

# --- short Latin lines: function words --------------------------------------

# Short, frequent words that few other languages share. On a line too short
# for n-grams they are the best evidence there is.
_FUNCTION_WORDS: dict[str, str] = DETECT["function_words"]
_FUNCTION = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}


def _languages_of_words() -> dict[str, tuple[str, ...]]:
    # Word -> the languages it is a function word of ("que": French, Spanish
    # and Portuguese), so that a line is read once, not once per language.
    index: dict[str, tuple[str, ...]] = {}
    for lang, words in _FUNCTION.items():
        for word in words:
            index[word] = index.get(word, ()) + (lang,)
    return index


_LANGUAGES_OF = _languages_of_words()


# The function words written in ASCII, as lower-case
# UTF-8 bytes, and a bytes.translate table that lowers ASCII letters, turns
# every other ASCII character into a space and keeps the bytes of other
# characters: split, it gives the words of a line as _WORD would, lowered.
_ASCII_FUNCTION = frozenset(word.encode() for word in _LANGUAGES_OF if word.isascii())
_WORD_BYTES = bytes(
    byte if byte >= 0x80 else ord(chr(byte).lower()) if chr(byte).isalpha() else ord(" ")
    for byte in range(256)
)


# Frequent words of Latin-script languages that _FUNCTION_WORDS leaves out
# (Indonesian and Malay, Swahili, Tagalog, Somali, Welsh), none of them an
# English word. Too few to name a language; enough to show that a block may
# not be in its document's language, so that the detector is asked.
_OTHER_WORDS = frozenset(DETECT["other_words"]["words"].encode().split())


# Punctuation outside ASCII that Latin-script text is full of; none of it
# is a letter, so it separates words just as a space does.
_TYPOGRAPHY = "\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u00a0\u00ab\u00bb\u201e"


# The languages of _FUNCTION_WORDS in order, and for each function word the
# positions of its languages in that order: counts are kept in a list.
_LANGS = tuple(_FUNCTION)
_INDEXES = {word: tuple(_LANGS.index(lang) for lang in langs) for word, langs in _LANGUAGES_OF.items()}
_ENGLISH = _LANGS.index("en")
_ASCII_INDEXES = {word.encode(): indexes for word, indexes in _INDEXES.items() if word.isascii()}
# Blocks are read together, joined by a character that _WORD_BYTES_KEEPING
# keeps (it turns every other ASCII character that is not a letter into a space).
_BLOCK_END = "\x02"
_WORD_BYTES_KEEPING = bytes(byte if byte == ord(_BLOCK_END) else to
                            for byte, to in enumerate(_WORD_BYTES))


def _block_words(texts: list[str]) -> list[bytes]:
    """Each text as the bytes _function_word_counts reads: lower-case ASCII letters and other
    characters' UTF-8, everything else a space; one encode and translate for all of them."""
    joined = _BLOCK_END.join(texts)
    if not joined.isascii():
        for mark in _TYPOGRAPHY:
            if mark in joined:
                joined = joined.replace(mark, " ")
    if joined.count(_BLOCK_END) != len(texts) - 1:  # a text holds the separator itself
        return [part for text in texts for part in _block_words([text.replace(_BLOCK_END, " ")])]
    return joined.encode("utf-8", "surrogatepass").translate(_WORD_BYTES_KEEPING).split(_BLOCK_END.encode())


def _function_word_counts(words: bytes) -> tuple[list[int], list[bytes]]:
    """How many of each language's function words (in _LANGS order) one text of
    _block_words has, and its tokens."""
    counts = [0] * len(_LANGS)
    # Bytes, not str: splitting and set lookups then run in C, which matters
    # on long paragraphs, the bulk of what is labelled.
    tokens = words.split()
    for token in filter(_ASCII_FUNCTION.__contains__, tokens):
        for i in _ASCII_INDEXES[token]:
            counts[i] += 1
    if not words.isascii():
        # A token with other characters ("für", "café") may hold words or
        # not: read it the plain way.
        for token in tokens:
            if not token.isascii():
                for word in _WORD.findall(token.decode("utf-8", "surrogatepass")):
                    for i in _INDEXES.get(word.lower(), ()):
                        counts[i] += 1
    return counts, tokens


def _function_word_scores(text: str) -> Counter[str]:
    """How many of each language's function words `text` has (absent: none).

    >>> sorted(_function_word_scores("Die Lage ist ernst").items())
    [('de', 2), ('nl', 1)]
    >>> sorted(_function_word_scores("“Für” die Kinder").items())
    [('de', 2), ('nl', 1)]
    """
    counts, _ = _function_word_counts(_block_words([text])[0])
    return Counter({lang: n for lang, n in zip(_LANGS, counts) if n})


# A block agrees with its document's language when it has this many of
# that language's function words and at most a third as many of any other's.
AGREE_WORDS = 4
# Fewer than that, and no more than half as many of another's, still says
# nothing against the document's language.
CONSISTENT_WORDS = 2


# A block this long with at most one function word is not a headline or a
# caption: its own letters must speak (a language without listed words).
CAPTION = 200
# The confidence of a block that takes its document's language by its
# function words: they plainly agree, or they say nothing against it.
AGREED = 0.95
CONSISTENT = 0.8


def _document_fit(text: str, lang: str) -> float | None:
    """How surely `text` is in its document's language `lang`, by function words alone.

    AGREED: at least AGREE_WORDS of `lang`'s and at most a third as many of
    any other language's. CONSISTENT: at least CONSISTENT_WORDS and twice as
    many as of any other language's (the words of _OTHER_WORDS included); or,
    in a headline or caption, one or none, no other language's and no letter
    beyond ASCII (a letter such as "ç" or "ı" is evidence). None: the
    detector must be asked.

    >>> _document_fit("The strikes mark an escalation of the war in the east.", "en")
    0.95
    >>> _document_fit("soldiers from the front are growing.", "en")
    0.8
    >>> _document_fit("Ukraine continues offensive inside Russia", "en")
    0.8
    >>> _document_fit("Le gouvernement a annoncé un plan pour le prix du pain.", "en") is None
    True
    >>> _document_fit("Sel felaketinden sonra birçok aile evlerini terk etti.", "en") is None
    True
    """
    return _document_fits([text], lang)[0]


def _document_fits(texts: list[str], lang: str) -> list[float | None]:
    """_document_fit for each of `texts`, read together."""
    if lang not in _FUNCTION:
        return [None] * len(texts)
    k = _LANGS.index(lang)
    fits: list[float | None] = []
    for text, words in zip(texts, _block_words(texts)):
        counts, tokens = _function_word_counts(words)
        own, counts[k] = counts[k], 0
        other = max(counts)
        if own >= AGREE_WORDS and 3 * other <= own:
            fits.append(AGREED)
            continue
        other = max(other, sum(map(_OTHER_WORDS.__contains__, tokens)))
        if own >= CONSISTENT_WORDS:
            fits.append(CONSISTENT if own >= 2 * other else None)
        # One function word or none: enough in a headline or a caption, with
        # nothing against it, letters included. Prose has many.
        elif len(text) < CAPTION and other == 0 and not any(map(str.isalpha, _NOT_ASCII.findall(text))):
            fits.append(CONSISTENT)
        else:
            fits.append(None)
    return fits


def _english_line(text: str) -> bool:
    """Whether a line judged alone is English by its function words: CONSISTENT_WORDS of them at
    least, and nothing against it (no other language's, none of _OTHER_WORDS, no letter beyond
    ASCII). A sentence of rare words sends n-grams astray, where two English function words
    and no other language's say enough.

    >>> _english_line("Brokering over here has been pretty rewarding.")
    True
    >>> _english_line("Die hond is in die huis")       # Afrikaans: "die" is Dutch's and German's
    False
    >>> _english_line("Hy is baie moeg")               # one English word only
    False
    """
    counts, tokens = _function_word_counts(_block_words([text])[0])
    own, counts[_ENGLISH] = counts[_ENGLISH], 0
    return (own >= CONSISTENT_WORDS and not any(counts) and not any(map(_OTHER_WORDS.__contains__, tokens))
            and not any(map(str.isalpha, _NOT_ASCII.findall(text))))


def _agrees(text: str, lang: str) -> bool:
    """True when `text` plainly uses the function words of `lang`.

    >>> _agrees("The strikes mark an escalation of the war in the east.", "en")
    True
    >>> _agrees("Le gouvernement a annoncé un plan pour le prix du pain.", "en")
    False
    """
    return _document_fit(text, lang) == AGREED


def _latin_function_words(text: str) -> str | None:
    """Return the one language whose function words the line uses most.

    >>> _latin_function_words("News from the front")
    'en'
    >>> _latin_function_words("Die Lage ist ernst")
    'de'
    >>> _latin_function_words("Jason Melanovski") is None   # a name: no clue
    True
    """
    scores = _function_word_scores(text)
    if not scores:
        return None
    best = max(scores.values())
    winners = [lang for lang, s in scores.items() if s == best]
    return winners[0] if len(winners) == 1 else None


# A document sample in Latin script whose tokens are at least this share
# English function words, this many of them, and four times as many as of
# any other language's (the words of _OTHER_WORDS included), is English
# without asking the detector (see _plainly_english).
PLAIN_ENGLISH_WORDS = 8
PLAIN_ENGLISH_SHARE = 0.25


def _plainly_english(sample: str) -> bool:
    """Whether a document's Latin-script sample is English by its function words alone.

    English only: its function words are frequent words of no other language
    langdetect knows, so a quarter of a paragraph's tokens cannot be them by
    chance (in texts drawn from the frequent words of 24 other Latin-script
    languages they came to 0.20 at most, in Dutch, whose own words then
    outnumber them). Dutch's, by contrast, are Afrikaans's too, and
    Spanish's half Catalan's.

    >>> _plainly_english("The strikes mark an escalation of the war in the east, and it is "
    ...                  "the third attack on the city this week, officials said on Monday.")
    True
    >>> _plainly_english("Regeringen har fremlagt en ny plan om at sænke prisen på brød "
    ...                  "for familier med børn, og den skal vedtages i næste uge.")
    False
    >>> _plainly_english("Ang mga tao ay pumunta sa the market at ang the price ng rice "
    ...                  "is too high for them, sabi ng mga tindera.")
    False
    """
    counts, tokens = _function_word_counts(_block_words([sample])[0])
    own, counts[_ENGLISH] = counts[_ENGLISH], 0
    other = max(max(counts), sum(map(_OTHER_WORDS.__contains__, tokens)))
    return own >= PLAIN_ENGLISH_WORDS and own >= PLAIN_ENGLISH_SHARE * len(tokens) and 4 * other <= own
