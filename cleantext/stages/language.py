"""Name the language and script of every block, short and odd lines included.

Statistical detectors guess wildly on short text: plain langdetect calls
"Jason Melanovski" Slovenian, "www.afgazad.com" Polish on one run and Welsh
on the next, and short Persian lines Arabic ("من و تو") or Urdu ("جستجو").
So the characters speak first. The script of the letters narrows the
candidates, characteristic letters settle Arabic-script languages, lines
without words (URLs, e-mail addresses, dates, initials) are ``und``, and a
short line takes the language of its neighbours. langdetect, made
deterministic, is asked only where those leave a real question.

It is also asked as little as that allows, because it is slow: once per
document and script for a quick first guess on a few paragraphs (not at
all when their function words plainly say English), which a long block
takes when its function words plainly agree, and once for each long block
that does not agree (cached by text). The per-line work is kept
to a few passes in C over each line.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from operator import mul

import regex

from ..document import Document
from ..rulefile import selected
from .base import stage

__all__ = [
    "BlockLanguage",
    "script_of",
    "detect_language",
    "label_blocks",
    "main_language",
]

# Below this many characters a line is too short for n-gram statistics to be
# trusted; its neighbours (or its letters) decide instead.
SHORT = 30
# langdetect reads at most this much of one block: a few hundred characters
# settle a language, and reading whole chapters would make detection the
# slowest stage.
BLOCK_SAMPLE = 300
# The document-wide guess reads at most this much of the main script's text:
# it is only a first guess, which every block must still confirm with its own
# function words (see _document_fit), so a paragraph is enough. (It was 600;
# at 300 no label in benchmarks/language.py changed.)
DOC_SAMPLE = 300
# A block's function words are read in this much of its start: two sentences
# hold the four that agreement takes, in prose of any listed language. (At 150
# instead of 300, no label in benchmarks/language.py changed.)
FIT_SAMPLE = 150
# langdetect averages this many random walks over the n-grams of a text,
# each walk being most of the cost of a call: its default of seven for a
# short line, where walks disagree most; three for a longer block, whose
# n-grams agree (seven changed no label of 30+ characters in
# benchmarks/language.py); one for the document's first guess. A walk ends
# when one language has this probability: langdetect's 0.99999 for a block,
# less for the first guess, of which only the winner matters.
SHORT_TRIALS = 7
BLOCK_TRIALS = 3
DOC_TRIALS = 1
DOC_CONVERGENCE = 0.999


@dataclass(slots=True)
class BlockLanguage:
    """The language of one block and why it was chosen.

    evidence is one of: "no-letters", "no-words", "initials", "url",
    "email" (all with lang "und"); "script" (a one-language script, or
    Arabic script with nothing against Persian); "letters" (characteristic
    letters or function words of an Arabic-script or Cyrillic language);
    "function-words" (a short Latin line); "neighbours"; the detector's name
    ("langdetect", "lingua", "langid"); "document"; "afghan-spelling";
    "site-rule"; "no-evidence".
    """

    lang: str  # BCP-47: "en", "fa", "prs", "ru", ... or "und"
    script: str  # ISO 15924, from the letters: "Latn", "Arab", ... "Zyyy"
    confidence: float  # 0..1; a detector's probability, or a fixed level per evidence
    evidence: str


# --- scripts --------------------------------------------------------------

# Unicode character names start with the script's name; this maps the first
# word(s) of the name to the ISO 15924 code.
_NAME_TO_SCRIPT = {
    "LATIN": "Latn", "CYRILLIC": "Cyrl", "GREEK": "Grek", "ARABIC": "Arab",
    "HEBREW": "Hebr", "DEVANAGARI": "Deva", "BENGALI": "Beng",
    "GURMUKHI": "Guru", "GUJARATI": "Gujr", "TAMIL": "Taml", "TELUGU": "Telu",
    "KANNADA": "Knda", "MALAYALAM": "Mlym", "THAI": "Thai", "LAO": "Laoo",
    "GEORGIAN": "Geor", "ARMENIAN": "Armn", "ETHIOPIC": "Ethi",
    "HANGUL": "Hang", "HIRAGANA": "Hira", "KATAKANA": "Kana", "CJK": "Hani",
    "SYRIAC": "Syrc", "THAANA": "Thaa", "TIBETAN": "Tibt", "KHMER": "Khmr",
    "MYANMAR": "Mymr", "SINHALA": "Sinh", "MONGOLIAN": "Mong",
}


@lru_cache(maxsize=4096)
def _char_script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    return _NAME_TO_SCRIPT.get(first, "Zzzz")


_LETTER = regex.compile(r"\p{L}")


@lru_cache(maxsize=4096)
def _is_letter(ch: str) -> bool:
    # What _LETTER matches (its Unicode tables can be newer than str.isalpha's), once per character.
    return _LETTER.match(ch) is not None


_NOT_ASCII = regex.compile(r"[^\x00-\x7f]")
_ASCII_LETTER = regex.compile(r"[A-Za-z]")
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))


def script_of(text: str) -> str:
    """Return the ISO 15924 script of most of the letters in `text`.

    Digits, punctuation and spaces do not count, so a date is "Zyyy"
    (common), not Latin; a mixed line goes to the script with more letters.

    >>> script_of("Ukraine continues strikes")
    'Latn'
    >>> script_of("زبانهای اروپایی")
    'Arab'
    >>> script_of("Привет, мир")
    'Cyrl'
    >>> script_of("09.01.2024")          # no letters at all
    'Zyyy'
    >>> script_of("Kabul کابل کابل")     # 4 Latin letters, 8 Arabic ones
    'Arab'
    """
    if text.isascii():
        # Every ASCII letter is Latin: all that is left to ask is whether
        # there is one. Most lines of most documents end here.
        return "Latn" if _ASCII_LETTER.search(text) else "Zyyy"
    ascii_part = text.encode("ascii", "ignore")
    latin = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    if latin > len(text) - len(ascii_part):
        # More ASCII letters than other characters of any kind: no other
        # script can have as many letters ("It’s a “quote”", "café").
        return "Latn"
    # Count each distinct character once in C, then look up the script of
    # each letter among them once: a line repeats the same few dozen.
    counts: Counter[str] = Counter()
    for ch, n in Counter(text).items():
        if _is_letter(ch):
            counts[_char_script(ch)] += n
    if not counts:
        return "Zyyy"
    # Both counters keep first-seen order, and most_common keeps it among
    # ties, so a tie goes to the script seen first, on every run.
    return counts.most_common(1)[0][0]


# --- languages each script can be -----------------------------------------

# Scripts written by one language in practice: the script is the answer.
_SINGLE = {
    "Grek": "el", "Hebr": "he", "Thai": "th", "Hang": "ko", "Hira": "ja",
    "Kana": "ja", "Geor": "ka", "Armn": "hy", "Beng": "bn", "Guru": "pa",
    "Gujr": "gu", "Taml": "ta", "Telu": "te", "Knda": "kn", "Mlym": "ml",
    "Ethi": "am", "Hani": "zh", "Laoo": "lo", "Khmr": "km", "Mymr": "my",
    "Sinh": "si", "Thaa": "dv", "Tibt": "bo", "Syrc": "syr",
}

# Candidates langdetect may choose from, by script (its own language codes).
_CANDIDATES = {
    "Latn": ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi",
             "pl", "cs", "sk", "sl", "hr", "hu", "ro", "tr", "id", "tl", "vi",
             "ca", "et", "lv", "lt", "sq", "af", "cy", "so", "sw"),
    "Cyrl": ("ru", "uk", "bg", "mk"),
    # No "Arab": letters decide there (see _arabic_script_language), because
    # n-grams on a few Persian words say Arabic or Urdu as often as not.
    "Deva": ("hi", "mr", "ne"),
}


# On short lines the rare languages of a script win by accident ("Спасибо"
# comes out Bulgarian): without letters of their own that say otherwise,
# short lines choose among the common languages only, and the prior weight
# says how common. English leads because it is most of what is cleaned.
_SHORT_PRIOR = {
    "Latn": {"en": 4.0, "de": 1.0, "fr": 1.0, "es": 1.0, "it": 1.0, "pt": 1.0,
             "nl": 1.0, "tr": 1.0, "pl": 1.0, "sv": 1.0, "id": 1.0},
    "Cyrl": {"ru": 1.0, "uk": 1.0},
}


# --- lines without a language ---------------------------------------------

_URL = regex.compile(
    r"(?:https?://|ftp://|www\.)\S+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|gov|edu|int|io|co|[a-z]{2})(?:/\S*)?\b(?!\.\w)",
    regex.IGNORECASE,
)
_EMAIL = regex.compile(r"(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", regex.IGNORECASE)
# Upper-case letter runs of at most three: "AA-AA", "J. K.", "UN", "BBC".
_INITIALS = regex.compile(r"^[\p{Lu}\d\W_]*$")
_LETTER_RUN = regex.compile(r"\p{L}+")
_FOUR_LETTERS = regex.compile(r"\p{L}{4}")
# Four letters or more between white space (or the ends), a comma or the like allowed after: an
# address has no white space, so no address holds such a word ("https:", "name@" and "example."
# are not words of their own).
_WORD_OF_ITS_OWN = regex.compile(r"(?:^|(?<=\s))\p{L}{4,}[,;!?]?(?:\s|$)")
# The same for ASCII text, in the standard library's engine, which is quicker at it: there \s is
# these six characters and \p{L} the 52 letters.
_ASCII_WORD_OF_ITS_OWN = re.compile(r"(?:^|(?<=[\t\n\v\f\r ]))[A-Za-z]{4,}[,;!?]?(?:[\t\n\v\f\r ]|$)")
# A dot that may belong to an address: before two letters (".com", ".uk")
# or after "www".
_ADDRESS_DOT = regex.compile(r"\.(?:\p{L}{2}|(?<=[Ww]{3}\.)\S)")


def _may_hold_address(text: str) -> bool:
    """False when neither pattern above can match `text`.

    Every address has an "@", a "://", a "www." or a dot followed by two
    letters; sentences end in a dot and a space, and "U.S." or "3.5" have no
    two letters after a dot. The address patterns are slow on long lines,
    and most lines need not meet them.
    """
    return "@" in text or "://" in text or _ADDRESS_DOT.search(text) is not None


def _without_addresses(text: str) -> str:
    """`text` with e-mail addresses and URLs blanked out."""
    if not _may_hold_address(text):
        return text
    return _URL.sub(" ", _EMAIL.sub(" ", text))


def _wordless(text: str) -> str | None:
    """Say why `text` has no language ("url", "email", ...), or None.

    >>> _wordless("www.afgazad.com"), _wordless("afgazad@gmail.com")
    ('url', 'email')
    >>> _wordless("AA-AA"), _wordless("09.01.2024"), _wordless("pp. 12-14")
    ('initials', 'no-letters', 'no-words')
    >>> _wordless("Mail: afgazad@gmail.com") is None   # "Mail" is a word
    True
    """
    if (_ASCII_WORD_OF_ITS_OWN if text.isascii() else _WORD_OF_ITS_OWN).search(text):
        # A word with white space before it and after it is in no address: the line has words.
        return None
    rest2, why = text, None
    if _may_hold_address(text):
        rest = _EMAIL.sub(" ", text)
        why = "email" if rest != text else None
        rest2 = _URL.sub(" ", rest)
        if rest2 != rest:
            why = why or "url"
    if _FOUR_LETTERS.search(rest2):
        # A word of four letters or more, outside any address, is neither
        # initials nor an abbreviation: the line has words.
        return None
    runs = _LETTER_RUN.findall(rest2)
    if not runs:
        return why or "no-letters"
    letters = sum(map(len, runs))
    if (_INITIALS.match(rest2) and letters <= 6
            and all(len(r) <= 3 for r in runs)):
        return "initials"
    # Abbreviations with numbers: "p. 3", "pp. 12-14", "No. 5".
    if letters <= 4 and all(len(r) <= 2 for r in runs) and regex.search(r"\d", rest2):
        return "no-words"
    return None


# --- Arabic script: the letters tell ---------------------------------------

# Letters only Pashto uses (among the languages we tell apart).
_PASHTO = set("ټډړږښګڼېۍځڅ")
# Letters only Urdu uses: retroflexes, noon ghunna, bari yeh, heh goal.
_URDU = set("ٹڈڑںےہۃ")
# The Urdu genitive "کی" between two nouns; written Persian has no such word.
_URDU_WORDS = frozenset(["کی"])
# Persian letters absent from Arabic, and the Persian forms of yeh and kaf.
_PERSIAN = set("پچژگ")
_PERSIAN_FORMS = set("یک")
# Arabic-only letters: teh marbuta, and Arabic yeh/kaf/alef maksura, which
# Persian text only shows when typed on an Arabic keyboard.
_ARABIC = set("ةيكى")
_ARABIC_STRONG = set("ة")
# Arabic words and forms that Persian does not use: hamza on alef, the
# article al- (Persian keeps it in a few words, listed), and function words.
_ARABIC_HAMZA = set("أإ")
_PERSIAN_AL = frozenset("البته الان الآن الف الهام الگو الگوی الکترونیک الماس".split())
_ARABIC_WORDS = frozenset("نحن هذا هذه الذي التي لله كان قال إلى على في".split())
# Persian function words no Arabic sentence has; compared after Arabic yeh
# and kaf are read as Persian ones, so Persian typed on an Arabic keyboard
# ("علي كتاب را خواند") is still Persian.
_PERSIAN_WORDS = frozenset("است را از که برای می نمی بود شد".split())
_AS_PERSIAN = str.maketrans("يكى", "یکی")

# Afghan (Dari) vocabulary that Iranian Persian does not use: administrative
# words borrowed from Pashto. Kept short on purpose; two hits are needed.
_AFGHAN_WORDS = regex.compile(
    r"ولسوالی|ولسوال|پوهنتون|پوهنځی|څارنوال|شاروالی|ښاروالی|ولسی\s+جرگه"
    r"|مشرانو\s+جرگه|لوی\s+څارنوالی|کمیشنری"
)

# Pashto function words that Persian never writes as words of their own:
# "د" (of), "په" (in), "زما" (my), "چې" (that), "کې" (in), "یې", "څخه" (from).
# Not "دی" (is), which is also the Persian month Dey.
_PASHTO_WORDS = frozenset("د په زما ستا چې کې یې څخه لپاره".split())


def _arabic_script_language(text: str) -> tuple[str, str] | None:
    """Tell Persian, Arabic, Urdu and Pashto apart by their letters.

    Returns (lang, evidence), or None when the letters say nothing.

    >>> _arabic_script_language("زبانهای اروپایی")
    ('fa', 'letters')
    >>> _arabic_script_language("مدينة الكويت")        # teh marbuta, Arabic yeh
    ('ar', 'letters')
    >>> _arabic_script_language("پاکستان میں بارش ہوئی ہے")
    ('ur', 'letters')
    >>> _arabic_script_language("زه په کابل کې اوسېږم")
    ('ps', 'letters')
    >>> _arabic_script_language("د کابل ښار")          # Pashto "of"
    ('ps', 'letters')
    >>> _arabic_script_language("پوهنتون کابل")        # Afghan word, Dari line
    ('fa', 'letters')
    >>> _arabic_script_language("علي كتاب را خواند")    # Persian on an Arabic keyboard
    ('fa', 'letters')
    >>> _arabic_script_language("آخر الأخبار")          # article, hamza
    ('ar', 'letters')
    >>> _arabic_script_language("البته") is None        # Persian keeps this al-
    True
    >>> _arabic_script_language("من و تو") is None     # shared letters only
    True
    """
    words = _WORD.findall(text)
    if _PASHTO_WORDS.intersection(words):
        return "ps", "letters"
    if _URDU_WORDS.intersection(words):
        return "ur", "letters"
    # Afghan words borrowed from Pashto must not make a Dari line Pashto.
    plain = _AFGHAN_WORDS.sub(" ", text)
    # Each character counted in C, then the letters among the few distinct ones.
    seen = Counter(plain)
    letters = sum(n for ch, n in seen.items() if _is_letter(ch))
    if plain != text:
        # An Afghan word with no other clue: Dari, which is Persian.
        if not (_ARABIC_STRONG.intersection(seen) or _URDU.intersection(seen)):
            return "fa", "letters"
    if not letters:
        return None
    pashto = sum(seen[c] for c in _PASHTO)
    urdu = sum(seen[c] for c in _URDU)
    persian = sum(seen[c] for c in _PERSIAN)
    persian_forms = sum(seen[c] for c in _PERSIAN_FORMS)
    arabic = sum(seen[c] for c in _ARABIC)
    arabic_strong = sum(seen[c] for c in _ARABIC_STRONG)
    # One stray letter in a long line is a loanword; a few percent is a language.
    if pashto and (pashto >= 2 or pashto / letters >= 0.03):
        return "ps", "letters"
    if urdu and (urdu >= 2 or urdu / letters >= 0.03):
        return "ur", "letters"
    if persian or persian_forms:
        # Persian typed on an Arabic keyboard still has پ چ ژ گ and no ة.
        if arabic_strong and not persian and arabic > persian_forms:
            return "ar", "letters"
        return "fa", "letters"
    if not arabic_strong and _PERSIAN_WORDS.intersection(
            w.translate(_AS_PERSIAN) for w in words):
        return "fa", "letters"
    if arabic:
        return "ar", "letters"
    article = sum(w.startswith("ال") and len(w) > 3 and w not in _PERSIAN_AL for w in words)
    if (article or _ARABIC_WORDS.intersection(words)
            or _ARABIC_HAMZA.intersection(seen)):
        return "ar", "letters"
    return None


def _cyrillic_language(text: str) -> tuple[str, str] | None:
    """Tell Cyrillic languages apart by letters only one of them has.

    >>> _cyrillic_language("Київ і Львів")
    ('uk', 'letters')
    >>> _cyrillic_language("Мы были в Москве")
    ('ru', 'letters')
    >>> _cyrillic_language("Добрый день")              # ы: Russian, not Ukrainian
    ('ru', 'letters')
    >>> _cyrillic_language("Новости") is None          # letters all share
    True
    >>> _cyrillic_language("Гласът на България") is None   # ъ alone: ru or bg
    True
    """
    if regex.search(r"[ўЎ]", text):
        return "be", "letters"
    if regex.search(r"[ѓќѕЃЌЅ]", text):
        return "mk", "letters"
    if regex.search(r"[ђћЂЋ]", text):
        return "sr", "letters"
    if regex.search(r"[јљњџЈЉЊЏ]", text):
        return "mk", "letters"
    if regex.search(r"[іїєґІЇЄҐ]", text):
        return "uk", "letters"
    if regex.search(r"[ыэёЫЭЁ]", text):
        # Not ъ, which Bulgarian writes far more often than Russian: that
        # question is left to the detector.
        return "ru", "letters"
    return None


# --- short Latin lines: function words --------------------------------------

# Short, frequent words that few other languages share. On a line too short
# for n-grams they are the best evidence there is.
_FUNCTION_WORDS = {
    "en": "the of and to in is are was for on with by from at this that it be "
          "an as not or have has will you we they our your my his her their "
          "who what how why when all more about after new up out off into "
          "were been can did does which there than its just only but",
    "de": "der die das und ist nicht ein eine mit von den dem des zu auf für "
          "im ich wir sie es sind auch wie aus bei nach über",
    "fr": "le la les et est des du une un pour dans pas que qui sur avec au aux "
          "ce cette nous vous sont en par",
    "es": "el los las y es del que una por con para se su al como más pero "
          "está son muy",
    "it": "il lo gli della di che è per non una con sono del nel alla più "
          "anche come questo",
    "pt": "os as do da dos das não uma com para em que é são mais seu sua "
          "também",
    "nl": "de het een en van is niet op met voor zijn dat die ook er aan "
          "naar bij wij",
}
_FUNCTION = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_WORD = regex.compile(r"\p{L}+")


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
_OTHER_WORDS = frozenset(
    b"yang dan untuk dengan ini itu dari akan pada tidak juga dalam atau adalah "
    b"kwa katika kwamba hii pia wa ya za "
    b"ang ng mga ay hindi siya ito nang "
    b"oo iyo ayaa waxaa uu ku ee "
    b"yr ac mae wedi yn roedd hefyd gyda".split()
)


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


# --- the statistical detectors ----------------------------------------------

@lru_cache(maxsize=1)
def _langdetect_factory():
    # A private factory with its own seed: langdetect's module-level one is
    # shared with whoever else imports it, and unseeded it answers
    # differently on every run.
    from langdetect.detector_factory import DetectorFactory, PROFILES_DIRECTORY

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)
    return factory


# langdetect's Detector reads its text one character at a time in Python and
# multiplies out every language it knows at every step, though a prior map
# has ruled most of them out. The subclass below does the same arithmetic on
# the same n-grams in the same order, with the same seeded random draws, so
# it returns the same probabilities to the last bit (a test compares it with
# the stock Detector); it only does the work once per distinct word, in C
# where it can, and only for the languages still in the running.

class _NormalizedChars(dict):
    """A str.translate table filled on first use with langdetect's own
    per-character normalization (punctuation to a space, Farsi yeh to
    Arabic yeh, ...)."""

    def __missing__(self, code: int) -> str:
        from langdetect.utils.ngram import NGram

        self[code] = found = NGram.normalize(chr(code))
        return found


_NORMALIZED = _NormalizedChars()
_SPACE_RUN = regex.compile(" {2,}")
# Detector.cleaning_text counts and drops the characters from "A" to "z".
_A_TO_Z = bytes(range(ord("A"), ord("z") + 1))
_NO_A_TO_Z = {code: None for code in _A_TO_Z}


def _normalized_grams(word: str) -> tuple[str, ...]:
    """The n-grams langdetect draws from one normalized word, in its order.

    `word` ends with a space when a space followed it in the text. This is
    langdetect's NGram.add_char loop for one word: its state starts afresh
    after every space, so each word gives the same n-grams wherever it is.
    """
    known = _langdetect_factory().word_lang_prob_map
    grams, capital, found = " ", False, []
    for ch in word:
        last = grams[-1]
        if last == " ":
            grams, capital = " ", False
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            capital = capital or last.isupper()
        else:
            capital = False
        if capital:
            # Words in capitals (acronyms) say little about the language.
            continue
        for n in (1, 2, 3):
            if len(grams) < n:
                break
            gram = grams[-n:]
            if gram != " " and gram in known:
                found.append(gram)
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def _word_grams(word: str) -> tuple[str, ...]:
    """The n-grams of one word of the text as written, with its trailing space.

    Normalizing may turn characters inside it into spaces ("war," "U.S."):
    each piece then gives its n-grams, the last followed by a space only if
    the word was.
    """
    pieces = word.translate(_NORMALIZED).split(" ")
    last = pieces.pop()
    found = [gram for piece in pieces if piece for gram in _normalized_grams(piece + " ")]
    return tuple(found) + _normalized_grams(last) if last else tuple(found)


class _FactorTable(dict):
    """The factors one trial multiplies the running languages' probabilities by, per n-gram:
    ``weight + p`` for each running language's probability ``p`` of the n-gram, made on first use."""

    def __init__(self, known: dict, weight: float, running: tuple[int, ...]):
        super().__init__()
        self.known, self.weight, self.running = known, weight, running

    def __missing__(self, gram: str) -> list[float]:
        lang_prob, weight = self.known[gram], self.weight
        if len(self) >= FACTOR_GRAMS:
            self.clear()
        self[gram] = found = [weight + lang_prob[i] for i in self.running]
        return found


# Factor tables are kept for this many (alpha, languages) pairs, and hold at most this many
# n-grams each. The first trial's alpha is the same on every call, so its tables are the ones
# that serve; the others' alphas vary with the text.
FACTOR_TABLES = 8
FACTOR_GRAMS = 1 << 15


@lru_cache(maxsize=FACTOR_TABLES)
def _shared_factors(weight: float, running: tuple[int, ...]) -> _FactorTable:
    return _FactorTable(_langdetect_factory().word_lang_prob_map, weight, running)


def _factors(known: dict, weight: float, running: tuple[int, ...]):
    """A lookup from n-gram to its factors for one trial (see _FactorTable)."""
    if known is _langdetect_factory().word_lang_prob_map:
        return _shared_factors(weight, running).__getitem__
    return _FactorTable(known, weight, running).__getitem__


@lru_cache(maxsize=1)
def _fast_detector_type():
    """langdetect's Detector with its per-character loops done per word."""
    from collections import Counter
    from itertools import chain

    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram
    from langdetect.utils.unicode_block import unicode_block

    class FastDetector(Detector):
        def __init__(self, factory):
            # Detector.__init__ seeds a new Random from the operating
            # system, only for _detect_block to seed it again: one seeded
            # from the factory's seed saves the system call.
            self.word_lang_prob_map = factory.word_lang_prob_map
            self.langlist = factory.langlist
            self.seed = factory.seed
            self.random = random.Random(self.seed)
            self.text = ""
            self.langprob = None
            self.alpha = self.ALPHA_DEFAULT
            self.n_trial = 7
            self.max_text_length = 10000
            self.prior_map = None
            self.verbose = False

        def append(self, text):
            # Detector.append's clean-ups, skipped where they cannot match.
            if "http" in text:
                text = self.URL_RE.sub(" ", text)
            if "@" in text:
                text = self.MAIL_RE.sub(" ", text)
            if any(mark in text for mark in NGram.DMARK_CLASS):
                text = NGram.normalize_vi(text)
            # Runs of spaces become one, as Detector.append keeps them.
            self.text += _SPACE_RUN.sub(" ", text[:self.max_text_length])

        def cleaning_text(self):
            # Text mostly not in Latin letters loses its Latin letters. The
            # test is Detector's own, on counts made in C: ASCII letters
            # first, and the other characters only when there may be enough
            # of them to matter.
            text = self.text
            ascii_part = text.encode("ascii", "ignore")
            latin = len(ascii_part) - len(ascii_part.translate(None, _A_TO_Z))
            if latin * 2 >= len(text) - len(ascii_part):
                return
            other = sum(n for ch, n in Counter(text).items()
                        if ch >= "\u0300" and unicode_block(ch) != "Latin Extended Additional")
            if latin * 2 < other:
                self.text = text.translate(_NO_A_TO_Z)

        def _extract_ngrams(self):
            words = self.text.split(" ")
            last = words.pop()
            found = list(chain.from_iterable(map(_word_grams, [w + " " for w in words if w])))
            return found + list(_word_grams(last)) if last else found

        def _detect_block(self):
            # Detector._detect_block, with the languages a zero prior rules
            # out left out of every product and sum (they stay at zero), and
            # each n-gram's factors for one trial's alpha looked up, not
            # recomputed: the first trial's alpha is the same on every call,
            # since every call starts from the same seed.
            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            languages = len(self.langlist)
            if self.prior_map is not None:
                start = self.prior_map
            else:
                start = [1.0 / languages] * languages
            running = [i for i, p in enumerate(start) if p]
            first = [start[i] for i in running]
            langprob = [0.0] * languages
            self.random.seed(self.seed)
            gauss, getrandbits, check = self.random.gauss, self.random.getrandbits, self.CONV_THRESHOLD
            # random.choice(ngrams), written out: a draw of as many bits as len(ngrams) has,
            # repeated until it is below len(ngrams).
            size, bits = len(ngrams), len(ngrams).bit_length()
            for _ in range(self.n_trial):
                alpha = self.alpha + gauss(0.0, 1.0) * self.ALPHA_WIDTH
                factors = _factors(self.word_lang_prob_map, alpha / self.BASE_FREQ, tuple(running))
                prob, i = first, 0
                while True:
                    drawn = getrandbits(bits)
                    while drawn >= size:
                        drawn = getrandbits(bits)
                    prob = list(map(mul, prob, factors(ngrams[drawn])))
                    if i % 5 == 0:
                        total = sum(prob)
                        prob = [p / total for p in prob]
                        if max(prob) > check or i >= self.ITERATION_LIMIT:
                            break
                    i += 1
                for j, p in zip(running, prob):
                    langprob[j] += p / self.n_trial
            self.langprob = langprob

    return FastDetector


# Each detector takes the text, the candidate languages with their prior
# weights ({} means any language) and whether a quick first guess will do (a
# document's sample), and returns (tag, probability) or None. lingua and
# py3langid are quick already and ignore it.
Candidates = dict[str, float]


def _langdetect(text: str, candidates: Candidates, quick: bool = False) -> tuple[str, float] | None:
    from langdetect.lang_detect_exception import LangDetectException

    factory = _langdetect_factory()
    detector = _fast_detector_type()(factory)
    detector.set_max_text_length(max(DOC_SAMPLE, BLOCK_SAMPLE))  # callers bound the text already
    if quick:
        detector.n_trial, detector.CONV_THRESHOLD = DOC_TRIALS, DOC_CONVERGENCE
    else:
        detector.n_trial = SHORT_TRIALS if len(text) < SHORT else BLOCK_TRIALS
    if candidates:
        # A zero prior rules a language out: only the script's languages
        # can win, and their probabilities add up to one.
        detector.prior_map = _prior_map(tuple(candidates.items()))
    detector.append(text)
    try:
        ranked = detector.get_probabilities()
    except LangDetectException:
        return None
    if not ranked:
        return None
    best = ranked[0]
    return _tag(best.lang), round(best.prob, 4)


@lru_cache(maxsize=64)
def _prior_map(candidates: tuple[tuple[str, float], ...]) -> list[float] | None:
    """Detector.set_prior_map's list for these candidates, made once; None when langdetect knows none."""
    factory = _langdetect_factory()
    known = set(factory.get_lang_list())
    prior = {lang: w for lang, w in candidates if lang in known}
    if not prior:
        return None
    detector = factory.create()
    detector.set_prior_map(prior)
    return detector.prior_map


@lru_cache(maxsize=1)
def _lingua_detector():
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().build()


def _lingua(text: str, candidates: Candidates, quick: bool = False) -> tuple[str, float] | None:
    values = _lingua_detector().compute_language_confidence_values(text)
    scores = {}
    for value in values:
        code = value.language.iso_code_639_1.name.lower()
        if not candidates or code in candidates:
            scores[code] = value.value * candidates.get(code, 1.0)
    return _best(scores)


def _best(scores: dict[str, float]) -> tuple[str, float] | None:
    # Ties go to the first language listed, so the answer never varies.
    total = sum(scores.values())
    if not scores or total <= 0:
        return None
    code = max(scores, key=scores.get)
    return code, round(scores[code] / total, 4)


def _langid(text: str, candidates: Candidates, quick: bool = False) -> tuple[str, float] | None:
    import math

    import py3langid

    ranked = [(l, s) for l, s in py3langid.rank(text) if not candidates or l in candidates]
    if not ranked:
        return None
    # rank() gives log-probabilities; turn them into weights over the
    # candidates left, relative to the best so exp() cannot underflow.
    top = ranked[0][1]
    return _best({l: math.exp(s - top) * candidates.get(l, 1.0) for l, s in ranked})


_DETECTORS = {"langdetect": _langdetect, "lingua": _lingua, "langid": _langid}


def _tag(code: str) -> str:
    # langdetect says "zh-cn"/"zh-tw"; the script already tells them apart.
    return "zh" if code.startswith("zh") else code


def _candidates(script: str, short: bool) -> Candidates:
    if short and script in _SHORT_PRIOR:
        return _SHORT_PRIOR[script]
    return {lang: 1.0 for lang in _CANDIDATES.get(script, ())}


def _guess(detector: str, text: str, candidates: Candidates,
           quick: bool = False) -> tuple[str, float] | None:
    """Ask the named detector, with errors that say what to do."""
    try:
        guess = _DETECTORS[detector]
    except KeyError:
        raise ValueError(
            f"unknown detector {detector!r}: choose one of {', '.join(_DETECTORS)}"
        ) from None
    try:
        found = guess(text, candidates, quick)
    except ImportError as err:
        raise ValueError(
            f"detector {detector!r} is not installed ({err.name}); "
            f"install it or use detector='langdetect'"
        ) from None
    return (_tag(found[0]), found[1]) if found else None


@lru_cache(maxsize=8192)
def _statistical(text: str, script: str, detector: str) -> tuple[str, float] | None:
    """The detector's guess among the languages of `script`, cached by text."""
    return _guess(detector, text[:BLOCK_SAMPLE], _candidates(script, len(text) < SHORT))


# --- one text ----------------------------------------------------------------

def _own_evidence(text: str, script: str) -> BlockLanguage | None:
    """Decide from the characters alone, or return None."""
    why = _wordless(text)
    if why:
        return BlockLanguage("und", script_of(text), 1.0, why)
    if script in _SINGLE:
        return BlockLanguage(_SINGLE[script], script, 0.99, "script")
    if script == "Arab":
        found = _arabic_script_language(text)
        if found and found[0] == "fa" and _afghan_spelling(text):
            return BlockLanguage("prs", script, 0.9, "afghan-spelling")
        if found:
            return BlockLanguage(found[0], script, 0.95, found[1])
        if len(text) >= SHORT:
            # A whole sentence of Arabic or Urdu shows its letters (ة, ال,
            # ے, ں); one without them is Persian, whatever n-grams suggest.
            return BlockLanguage("fa", script, 0.7, "script")
    if script == "Cyrl":
        found = _cyrillic_language(text)
        if found:
            return BlockLanguage(found[0], script, 0.9, found[1])
    if script == "Zzzz":
        return BlockLanguage("und", script, 0.5, "script")
    return None


def _words_only(text: str) -> str:
    # Addresses are not language: "com" in "gmail.com" is Portuguese "with".
    return _without_addresses(text).strip()


def _detect(text: str, detector: str = "langdetect") -> BlockLanguage:
    """Everything one text says about itself, without neighbours."""
    text = text.strip()
    script = script_of(text)
    label = _own_evidence(text, script)
    if label:
        return label
    text = _words_only(text)
    if len(text) < SHORT and script == "Latn":
        lang = _latin_function_words(text)
        if lang:
            return BlockLanguage(lang, script, 0.8, "function-words")
    if len(text) < SHORT and script == "Arab":
        # Shared letters only: Persian, the common case, unless the letters
        # said otherwise above; n-grams of ten letters prove nothing.
        return BlockLanguage("fa", script, 0.6, "script")
    guess = _statistical(text, script, detector)
    if guess:
        return BlockLanguage(guess[0], script, guess[1], detector)
    return BlockLanguage("und", script, 0.0, "no-evidence")


def detect_language(text: str, *, detector: str = "langdetect") -> tuple[str, float]:
    """Return (BCP-47 tag, confidence) for one text, the same on every run.

    Characters decide first (script, characteristic letters, wordless
    lines); only then does the statistical detector choose, and only among
    the languages of the text's script.

    >>> detect_language("www.afgazad.com")
    ('und', 1.0)
    >>> detect_language("زبانهای اروپایی")      # Persian, not Urdu or Arabic
    ('fa', 0.95)
    >>> detect_language("Ukraine continues strikes on Russian city of Belgorod")[0]
    'en'
    >>> detect_language("Η Αθήνα είναι η πρωτεύουσα")
    ('el', 0.99)
    """
    label = _detect(text, detector)
    return label.lang, label.confidence


# --- a document's blocks ------------------------------------------------------

def _document_sample(blocks: list[str], scripts: list[str], script: str) -> str:
    """The document's text in `script`, from its long blocks, up to DOC_SAMPLE characters."""
    sample, size = [], 0
    for text, s in zip(blocks, scripts):
        if s == script and len(text) >= SHORT:
            sample.append(text[:BLOCK_SAMPLE])
            size += len(sample[-1])
            if size >= DOC_SAMPLE:
                break
    return " ".join(sample)[:DOC_SAMPLE]


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


def _document_language(sample: str, script: str, detector: str) -> str | None:
    """One bounded, quick guess for the whole document's text in `script`.

    Quick (DOC_TRIALS, DOC_CONVERGENCE) because only its winner is used, and
    only for blocks whose function words agree with it. A sample that is
    plainly English by its function words needs no detector at all: the
    detector would only say so too (a test holds it to that).
    """
    if not sample:
        return None
    if script == "Latn" and _plainly_english(sample):
        return "en"
    guess = _guess(detector, sample, _candidates(script, False), quick=True)
    return guess[0] if guess else None


def label_blocks(blocks: list[str], *, refine: dict[str, str] | None = None,
                 detector: str = "langdetect") -> list[BlockLanguage]:
    """Label every block with its language, script, confidence and evidence.

    Long blocks are judged on their own text; a short line with no clear
    letters of its own takes the language of the nearest labelled blocks in
    the same script, because a byline or a heading belongs to the article
    around it far more often than to the language langdetect guesses from
    fifteen letters. `refine` maps a tag to a narrower one (a site rule
    saying the site's Persian is Dari: ``{"fa": "prs"}``).

    >>> body = "Ukraine carried out another series of rocket strikes on the city."
    >>> labels = label_blocks(["زبانهای اروپایی", "Jason Melanovski", "09.01.2024", body])
    >>> [(l.lang, l.script, l.evidence) for l in labels]
    [('fa', 'Arab', 'letters'), ('en', 'Latn', 'neighbours'), ('und', 'Zyyy', 'no-letters'), ('en', 'Latn', 'document')]
    >>> label_blocks(["زبانهای اروپایی"], refine={"fa": "prs"})[0].evidence
    'site-rule'
    >>> label_blocks(["Jason Melanovski"])[0].lang != "und"   # alone: own guess, still an answer
    True
    """
    texts = [b.strip() for b in blocks]
    scripts = [script_of(t) for t in texts]
    labels: list[BlockLanguage | None] = [None] * len(texts)

    # Each block's own characters first; then, for each script, the long
    # blocks they leave open are read against the document's language.
    open_blocks: dict[str, list[int]] = {}
    for i, (text, script) in enumerate(zip(texts, scripts)):
        labels[i] = _own_evidence(text, script)
        if labels[i] is None and len(text) >= SHORT:
            open_blocks.setdefault(script, []).append(i)
    for script, indexes in open_blocks.items():
        lang = _document_language(_document_sample(texts, scripts, script), script, detector)
        # The cheap check: the block's function words agree with the
        # document's language, or say nothing against it, so n-gram
        # statistics would only repeat it; the detector is asked only where
        # the evidence changes. They are read in the block's start.
        fits = _document_fits([texts[i][:FIT_SAMPLE] for i in indexes], lang) if lang else [None] * len(indexes)
        for i, fit in zip(indexes, fits):
            if fit:
                labels[i] = BlockLanguage(lang, script, fit, "document")
                continue
            guess = _statistical(_words_only(texts[i]), script, detector)
            if guess:
                labels[i] = BlockLanguage(guess[0], script, guess[1], detector)
            elif lang:
                labels[i] = BlockLanguage(lang, script, 0.5, "document")

    # Short lines: neighbours first, their own weak evidence only when alone.
    # Only blocks decided by their own text vote: a byline must not lend its
    # borrowed language on to the next short line.
    decided = list(labels)
    for i, label in enumerate(decided):
        if label is not None:
            continue
        neighbour = _nearest(decided, scripts, i)
        if neighbour is not None:
            labels[i] = BlockLanguage(neighbour.lang, scripts[i],
                                      round(min(0.9, neighbour.confidence), 4),
                                      "neighbours")
        else:
            labels[i] = _detect(texts[i], detector)

    result = []
    for text, label in zip(texts, labels):
        assert label is not None
        if label.lang == "fa" and _afghan_spelling(text):
            label = BlockLanguage("prs", label.script, label.confidence, "afghan-spelling")
        if refine and label.lang in refine:
            label = BlockLanguage(refine[label.lang], label.script, label.confidence, "site-rule")
        result.append(label)
    return result


def _nearest(labels: list[BlockLanguage | None], scripts: list[str], i: int) -> BlockLanguage | None:
    """The nearest decided, non-und block in the same script as block i.

    On a tie the following block wins: a byline or heading introduces the
    text after it.
    """
    script = scripts[i]
    for distance in range(1, len(labels)):
        for j in (i + distance, i - distance):
            if 0 <= j < len(labels):
                label = labels[j]
                if label is not None and label.lang != "und" and scripts[j] == script:
                    return label
    return None


def _afghan_spelling(text: str) -> bool:
    """True when Afghan (Dari) vocabulary is plain: two hits at least.

    >>> _afghan_spelling("رئیس پوهنتون کابل با ولسوال بگرام دیدار کرد")
    True
    >>> _afghan_spelling("دانشگاه تهران")            # Iranian usage
    False
    >>> _afghan_spelling("پوهنتون کابل")              # one word is not enough
    False
    """
    return len(_AFGHAN_WORDS.findall(text)) >= 2


def main_language(blocks: list[str], labels: list[BlockLanguage],
                  kept: list[bool] | None = None) -> str:
    """The language with the largest share of the kept text, in characters.

    Furniture does not vote: a Persian banner over an English article leaves
    the document English.

    >>> blocks = ["زبانهای اروپایی", "Ukraine carried out strikes on Belgorod."]
    >>> labels = [BlockLanguage("fa", "Arab", 0.9, "letters"),
    ...           BlockLanguage("en", "Latn", 0.9, "langdetect")]
    >>> main_language(blocks, labels)
    'en'
    >>> main_language(blocks, labels, kept=[True, False])
    'fa'
    >>> main_language(["2024"], [BlockLanguage("und", "Zyyy", 1.0, "no-letters")])
    'und'
    """
    if kept is None:
        kept = [True] * len(blocks)
    share: Counter[str] = Counter()
    for text, label, keep in zip(blocks, labels, kept):
        if keep and label.lang != "und":
            share[label.lang] += len(text.strip())
    if not share:
        return "und"
    return share.most_common(1)[0][0]


# --- the stages ------------------------------------------------------------


@stage("language")
class Language:
    """Label every non-blank line with its language and script; site rules may refine a language."""

    def __init__(self, *, detector: str = "langdetect"):
        # langdetect ships its profiles and needs nothing else; lingua and py3langid are optional extras.
        # Its profiles (65 MB, a third of a second) are loaded when a document first needs them:
        # a run over English text may never do (see _plainly_english).
        self.detector = detector

    def load(self) -> None:
        """Load the detector's profiles now (before worker processes fork, so that they share them)."""
        if self.detector == "langdetect":
            _langdetect_factory()

    def __call__(self, doc: Document) -> Document:
        refine: dict[str, str] = {}
        for rules in selected(doc):
            refine.update(rules.refine)
        lines = [line for line in doc.lines if not line.blank]
        labels = label_blocks([line.text for line in lines], refine=refine or None, detector=self.detector)
        for line, label in zip(lines, labels):
            line.lang, line.script, line.confidence = label.lang, label.script, label.confidence
        return doc


@stage("document-language")
class DocumentLanguage:
    """Name the document's language by its share of the text that was kept."""

    def __call__(self, doc: Document) -> Document:
        # main_language() over the kept lines' labels, without building a label per line.
        share: Counter[str] = Counter()
        for line in doc.lines:
            if line.removal is None and line.lang and line.lang != "und" and not line.blank:
                share[line.lang] += len(line.text.strip())
        doc.language = share.most_common(1)[0][0] if share else "und"
        return doc
