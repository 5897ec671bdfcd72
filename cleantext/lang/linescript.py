"""The script of a line for its language: the script of the letters that are words of a language.

A Persian, Arabic, Urdu or Pashto line often holds a Latin-script name, code or term ("بر
SARS-CoV-2، این", "هر حال Johnny"): counted letter by letter, such a line is Latin, and its Latin
tokens then say nothing of its language ("und"). Here a Latin token counts only where it is
evidence of a Latin-script language: a word of one of their small lists, with no capital after its
first letter, beside at least one more such word, one of them in lower case (a phrase, not a name:
"Johnny", "Washington Examiner"). Codes and
terms (a digit, a hyphen or slash inside, a capital after the first letter: "SARS-CoV-2", "PubMed",
"MCC950") and names that no list holds ("Meerjady") do not count, so the other script's words
decide; an English line with an Arabic name ("Interview with Ahmad Massoud (احمد مسعود)") keeps its
English words, and stays Latin.
"""
from __future__ import annotations

from collections import Counter

import regex

from ..chars import letter_script, odd_characters
from .data import DETECT
from .scripts import _is_letter, script_of
from .shortlines import _key, _word_list

# Latin-script words count only when the line holds at least this many of them.
MIN_WORDS: int = DETECT["mixed_scripts"]["min_words"]
# The Latin-script languages whose small lists say what a word is.
_LATIN_LANGUAGES: tuple[str, ...] = tuple(DETECT["short_lines"]["languages"]["Latn"])

# A whitespace-separated token, with the punctuation around it left out.
_TOKEN = regex.compile(r"[^\s]+")
_EDGES = "\"'()[]{}<>.,;:!?«»“”‘’،؛؟…*•|"
_LATIN_WORD = regex.compile(r"\p{Latin}+")
# Letters of no script of their own (modifier letters, "ʼ"): no other script's evidence.
_NOT_A_SCRIPT = ("Latn", "Zzzz", "Zyyy")


def _is_latin_word(token: str) -> bool:
    """Whether a token (its edge punctuation stripped) is a word of a Latin-script language.

    >>> _is_latin_word("the"), _is_latin_word("Interview"), _is_latin_word("crap")
    (True, True, True)
    >>> _is_latin_word("SARS-CoV-2"), _is_latin_word("PubMed"), _is_latin_word("Meerjady")
    (False, False, False)
    >>> _is_latin_word("café"), _is_latin_word("CoVجو"), _is_latin_word("")
    (True, False, False)
    """
    if not _LATIN_WORD.fullmatch(token):
        return False  # a digit, a hyphen, a slash inside: a code or a term
    rest = token[1:]
    if not rest.islower() and rest:
        return False  # a capital after the first letter: an acronym or a brand ("HCoV", "PubMed")
    word = _key(token)
    return any(word in _word_list(lang) for lang in _LATIN_LANGUAGES)


def line_script(text: str) -> str:
    """Return the ISO 15924 script of a line for its language (see the module's docstring):
    script_of's answer, except that a line where Latin letters lead and another script's letters
    are present counts only the Latin letters of Latin-script words.

    >>> line_script("بر SARS-CoV-2، این")
    'Arab'
    >>> line_script("Interview with Ahmad Massoud (احمد مسعود)")
    'Latn'
    >>> line_script("Ukraine continues strikes"), line_script("café au lait")
    ('Latn', 'Latn')
    """
    script = script_of(text)
    if script != "Latn" or text.isascii():
        return script
    # Most such lines are Latin with a curly quote or an accent: their few distinct characters
    # outside ASCII say whether another script is there at all.
    others = {ch for ch in odd_characters(text) if _is_letter(ch) and letter_script(ch) not in _NOT_A_SCRIPT}
    if not others:
        return script
    counts: Counter[str] = Counter()
    for ch, n in Counter(text).items():
        if ch in others:
            counts[letter_script(ch)] += n
    other, n = counts.most_common(1)[0]
    latin, listed, lower = 0, 0, False
    for match in _TOKEN.finditer(text):
        token = match.group().strip(_EDGES)
        # Latin letters joined to another script's ("MERS-CoVجو") are no word.
        if not _is_latin_word(token):
            continue
        letters = len(token)
        latin, listed, lower = latin + letters, listed + 1, lower or token.islower()
        # A phrase, not a name: two words or more, one of them in lower case ("Washington
        # Examiner", "Johnny English" are names made of listed words). Once it has the letters,
        # a long line need not be read to its end.
        if listed >= MIN_WORDS and lower and latin >= n:
            return "Latn"
    return other
