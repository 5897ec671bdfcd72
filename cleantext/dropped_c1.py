"""UTF-8 punctuation read as Latin-1 whose C1 control bytes were then dropped: a bare "â" where a
quote or a dash was. Part of the mojibake stage (fix_line() calls fix_dropped_c1()), apart
because it reads words, not code pages.
"""
from __future__ import annotations

import unicodedata

import regex

from .words import is_known, is_word

# UTF-8 punctuation (E2 80 xx) read as Latin-1 whose C1 control byte was then
# dropped leaves a bare "â". Where it stands tells which mark it was; only
# English contractions and closing positions count as proof, since "â" is a
# real letter in French, Portuguese and Romanian.
C1_CONTRACTION = regex.compile(r"(?<=\b[A-Za-z]*n)â(?=t\b)|(?<=\b[A-Za-z]{2,})â(?=(?:s|ll|re|ve|d|m)\b)")
# French elision: "lâaube", "jusquâà"; the vowel after rules out "lâcher".
C1_ELISION = regex.compile(r"(?<=\b[lLdDjJnNsScCmMtT]|\b(?:[Jj]usq|[Ll]orsq|[Pp]uisq|[Qq])u)â(?=[aeiouyhàâéèêîôûAEIOUHÀÉÈ])")
# Between digits "â" can only be a dash; between a long word and the next
# ("countryâto") an English em dash, while French "â" follows at most three
# letters of its word ("château", "relâcher").
C1_RANGE = regex.compile(r"(?<=\d)â(?=\d)")
C1_GLUED_DASH = regex.compile(r"(?<=\b[a-z]{4,}|\d)â(?=[a-z]{2,})")
# UTF-8 "ß" is C3 9F: the lowercase letter whose second byte is a C1 code, so a
# bare "Ã" inside a lower-case word ("StraÃen") was it.
C1_SHARP_S = regex.compile(r"(?<=\p{Ll})Ã(?=\p{Ll})")
C1_CLOSING = regex.compile(r"(?<=[A-Za-z0-9.,!?])â(?=[\s.,;:!?)]|$)|(?<=[.,!?])â(?=\p{Lu})")
C1_OPENING = regex.compile(r"(?<=^|[\s(])â(?=\w)")
C1_DASH = regex.compile(r"(?<= )â(?= )")


def fix_dropped_c1(line: str) -> str:
    """Best effort for UTF-8 punctuation read as Latin-1 whose C1 control bytes were then dropped.

    Only a line made of Latin-1 characters can carry this damage, and only
    one where a bare "â" stands where no word has it (a contraction, after a
    word's last letter) is touched; see mend_dropped_c1().

    >>> fix_dropped_c1("Ukraineâs âmajor provocationâ, he said â again")
    'Ukraine’s “major provocation”, he said – again'
    >>> fix_dropped_c1("itâs 2022â2023, aged 60âincluding")
    'it’s 2022–2023, aged 60—including'
    >>> fix_dropped_c1("jusquâà lâaube, on peut lâcher")
    'jusqu’à l’aube, on peut lâcher'
    >>> fix_dropped_c1("die StraÃen")
    'die Straßen'
    >>> fix_dropped_c1("Le château, un âge d’or")      # real French "â" stays
    'Le château, un âge d’or'
    >>> fix_dropped_c1("Le théâtre relâche ses acteurs")
    'Le théâtre relâche ses acteurs'
    >>> fix_dropped_c1("a sua importância, o país")     # "import" and "ncia" are no repair of a word
    'a sua importância, o país'
    """
    if ("â" not in line and "Ã" not in line) or max(line) > "\xff":
        return line
    return mend_dropped_c1(line)


# The letters of the word a bare "â" stands in, after it; another bare "â" ends them ("âquoteâ").
LETTERS_AFTER = regex.compile(r"(?:(?!â)[\p{L}\p{M}])*")


def _letters_before(text: str, end: int) -> str:
    """The letters (and marks) just before ``end``, back to anything else or another "â"."""
    start = end
    while start and text[start - 1] != "â" and (text[start - 1].isalpha() or unicodedata.combining(text[start - 1])):
        start -= 1
    return text[start:end]


def mend_dropped_c1(line: str) -> str:
    """fix_dropped_c1() without its quick look: each place is mended only where the word checks out.

    Where the bare letter stands in a word of letters, that word must not be
    a common word of any Latin-script language ("importância", "château"),
    and what the mark leaves on either side of it must be ("it’s", "l’aube",
    "country—to", "“major"). A mark with no word beside it (a dash between
    spaces, a quote after a full stop) is mended only on a line where a word
    checked out.
    """
    evidence = [False]

    def mend(pattern: regex.Pattern, mark: str, needs: str, text: str) -> str:
        def replace(match: regex.Match) -> str:
            start, end = match.span()
            left = _letters_before(text, start)
            right = LETTERS_AFTER.match(text, end).group()
            if _mends_a_word(left, match.group(), right, mark, needs):
                evidence[0] = evidence[0] or bool(left or right)
                return mark
            if not (left or right) and needs == "line":
                return MENDED_LATER
            return match.group()
        return pattern.sub(replace, text)

    line = mend(C1_SHARP_S, "ß", "joined", line)
    if "â" not in line:
        return line
    line = mend(C1_CONTRACTION, "\N{RIGHT SINGLE QUOTATION MARK}", "left", line)
    line = mend(C1_ELISION, "\N{RIGHT SINGLE QUOTATION MARK}", "right", line)
    line = mend(C1_RANGE, "\N{EN DASH}", "none", line)
    line = mend(C1_GLUED_DASH, "\N{EM DASH}", "both", line)
    line = mend(C1_CLOSING, "\N{RIGHT DOUBLE QUOTATION MARK}", "line", line)
    line = mend(C1_OPENING, "\N{LEFT DOUBLE QUOTATION MARK}", "right", line)
    if MENDED_LATER in line:
        # Quotes after punctuation: mended only beside mended words.
        line = line.replace(MENDED_LATER, "\N{RIGHT DOUBLE QUOTATION MARK}" if evidence[0] else "â")
    if evidence[0]:
        line = C1_DASH.sub("\N{EN DASH}", line)
    return line


# A stand-in for a mark decided at the end of the line; the line is Latin-1, so it holds none.
MENDED_LATER = "\ue000"


def _mends_a_word(left: str, bare: str, right: str, mark: str, needs: str) -> bool:
    """Whether putting ``mark`` for ``bare`` between the letters ``left`` and ``right`` mends a word.

    ``needs`` says which side must be a word: "left", "right", "both", the two
    "joined" by ``mark``; "none" (between digits), "line" (a word on the
    left, or evidence elsewhere on the line).
    """
    if (left or right) and is_word(left + bare + right):
        return False  # a word as it stands: "importância", "théâtre"
    if needs == "none":
        return True
    if needs == "joined":
        return is_word(left + mark + right)
    if needs == "left" or (needs == "line" and left):
        return is_word(left) or is_word(f"{left}{mark}{right}")
    if needs == "right":
        # After an elided article a word of one letter counts too: "jusqu’à".
        return is_word(right) or is_known(right)
    if needs == "both":
        return (is_word(left) or not left) and is_word(right)
    return False
