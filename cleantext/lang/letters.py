"""Evidence in a text's characters: lines with no words, and the letters that tell
Arabic-script and Cyrillic languages apart."""
from __future__ import annotations

import re
from collections import Counter

import regex

from .data import DETECT
from .scripts import _is_letter
from .shortlines import words_of

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

# The letters and words that tell Persian, Arabic, Urdu and Pashto apart, and the Afghan (Dari)
# words of Persian: rules/lang/detect.toml says what each is.
_ARABIC_SCRIPT = DETECT["arabic"]
_PASHTO = set(_ARABIC_SCRIPT["pashto_letters"])
_URDU = set(_ARABIC_SCRIPT["urdu_letters"])
_URDU_WORDS = frozenset(_ARABIC_SCRIPT["urdu_words"])
_PERSIAN = set(_ARABIC_SCRIPT["persian_letters"])
_PERSIAN_FORMS = set(_ARABIC_SCRIPT["persian_forms"])
_ARABIC = set(_ARABIC_SCRIPT["arabic_letters"])
_ARABIC_STRONG = set(_ARABIC_SCRIPT["arabic_strong"])
_ARABIC_HAMZA = set(_ARABIC_SCRIPT["arabic_hamza"])
_PERSIAN_AL = frozenset(_ARABIC_SCRIPT["persian_al"])
_ARABIC_WORDS = frozenset(_ARABIC_SCRIPT["arabic_words"])
_PERSIAN_WORDS = frozenset(_ARABIC_SCRIPT["persian_words"])
_AS_PERSIAN = str.maketrans("".join(_ARABIC_SCRIPT["arabic_as_persian"]), "".join(_ARABIC_SCRIPT["arabic_as_persian"].values()))
# Two hits are needed; a space in a listed phrase stands for any white space.
_AFGHAN_WORDS = regex.compile("|".join(word.replace(" ", r"\s+") for word in _ARABIC_SCRIPT["afghan_words"]))
_PASHTO_WORDS = frozenset(_ARABIC_SCRIPT["pashto_words"])
# A word ending in Arabic yeh, and Persian forms beside it: Pashto typed on a Persian keyboard.
_PASHTO_FINAL = regex.compile(f"[{_ARABIC_SCRIPT['pashto_final']}](?![\\p{{L}}\\p{{M}}])")
_PASHTO_FINAL_LETTERS = set(_ARABIC_SCRIPT["pashto_final"])
_PASHTO_BESIDE = set(_ARABIC_SCRIPT["pashto_beside"])


def _pashto_spelling(text: str, seen) -> bool:
    """Whether `text` (whose characters are `seen`) ends a word in Arabic yeh and writes a
    Persian form too: Pashto's way (لري beside ی and ک), neither Persian's nor Arabic's.

    >>> _pashto_spelling("ستاسو ماشومان علایم لري", set("ستاسو ماشومان علایم لري"))
    True
    >>> _pashto_spelling("گيرنده", set("گيرنده"))      # Persian on an Arabic keyboard: not final
    False
    >>> _pashto_spelling("في وقت", set("في وقت"))       # Arabic: no Persian form
    False
    """
    return (not _PASHTO_FINAL_LETTERS.isdisjoint(seen) and not _PASHTO_BESIDE.isdisjoint(seen)
            and _PASHTO_FINAL.search(text) is not None)


def _letters(seen: Counter) -> int:
    return sum(n for ch, n in seen.items() if _is_letter(ch))


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
    words = words_of(text)
    if not words:
        return None    # no letters (marks alone are none)
    if _PASHTO_WORDS.intersection(words):
        return "ps", "letters"
    if _URDU_WORDS.intersection(words):
        return "ur", "letters"
    # Afghan words borrowed from Pashto must not make a Dari line Pashto.
    plain = _AFGHAN_WORDS.sub(" ", text)
    # Each character counted in C, then the letters among the few distinct ones.
    seen = Counter(plain)
    if plain != text:
        # An Afghan word with no other clue: Dari, which is Persian.
        if not (_ARABIC_STRONG.intersection(seen) or _URDU.intersection(seen)):
            return "fa", "letters"
    pashto = sum(seen[c] for c in _PASHTO)
    urdu = sum(seen[c] for c in _URDU)
    persian = sum(seen[c] for c in _PERSIAN)
    persian_forms = sum(seen[c] for c in _PERSIAN_FORMS)
    arabic = sum(seen[c] for c in _ARABIC)
    arabic_strong = sum(seen[c] for c in _ARABIC_STRONG)
    # One stray letter in a long line is a loanword; a few percent is a language. (The letters
    # are counted only for one such letter: each distinct character asked is a regex match.)
    if pashto and (pashto >= 2 or pashto / _letters(seen) >= 0.03):
        return "ps", "letters"
    if urdu and (urdu >= 2 or urdu / _letters(seen) >= 0.03):
        return "ur", "letters"
    if _pashto_spelling(plain, seen):
        return "ps", "letters"
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


def _pashto_or_urdu(text: str) -> str | None:
    """"ps" or "ur" when a short line's own letters or words settle it (as in
    _arabic_script_language, read the quick way: a short line's other letters are its words'
    business, see shortlines.py).

    >>> _pashto_or_urdu("دوه ويشتمه ماده"), _pashto_or_urdu("تاریخ اور ثقافت")
    ('ps', None)
    >>> _pashto_or_urdu("خوبصورت ہے")
    'ur'
    """
    seen = set(text)
    if not _PASHTO.isdisjoint(seen) or not _PASHTO_WORDS.isdisjoint(text.split()):
        # Afghan words borrowed from Pashto must not make a Dari line Pashto.
        if _AFGHAN_WORDS.search(text):
            found = _arabic_script_language(text)
            return found[0] if found else None
        return "ps"
    if not _URDU.isdisjoint(seen) or not _URDU_WORDS.isdisjoint(text.split()):
        return "ur"
    if _pashto_spelling(text, seen) and not _AFGHAN_WORDS.search(text):
        return "ps"
    return None


# Letters only one Cyrillic language has, asked in the order listed (not ъ, which Bulgarian
# writes far more often than Russian: that question is left to the detector).
_CYRILLIC = [(entry["lang"], regex.compile(f"[{entry['letters']}]")) for entry in DETECT["cyrillic"]]


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
    for lang, letters in _CYRILLIC:
        if letters.search(text):
            return lang, "letters"
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
