"""The script of a text (ISO 15924), and which languages each script can be."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from ..chars import letter_script
from .data import DETECT

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
            counts[letter_script(ch)] += n
    if not counts:
        return "Zyyy"
    # Both counters keep first-seen order, and most_common keeps it among
    # ties, so a tie goes to the script seen first, on every run.
    return counts.most_common(1)[0][0]


# --- languages each script can be -----------------------------------------

# Scripts written by one language in practice: the script is the answer.
_SINGLE: dict[str, str] = DETECT["scripts"]["single"]
# The languages the detector may choose from, by script (none for Arabic: letters decide).
_CANDIDATES: dict[str, tuple[str, ...]] = {script: tuple(langs) for script, langs in DETECT["candidates"].items()}
# Short lines choose among a script's common languages only, weighted by how common.
_SHORT_PRIOR: dict[str, dict[str, float]] = DETECT["short_prior"]


# A run of letters: a word, for the letter and function-word tests.
_WORD = regex.compile(r"\p{L}+")
