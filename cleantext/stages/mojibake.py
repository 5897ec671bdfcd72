"""Undo mojibake: text that was encoded in UTF-8 and decoded in some other encoding."""

from __future__ import annotations

import unicodedata

import ftfy
import ftfy.bad_codecs  # noqa: F401  registers the "sloppy-windows-125x" codecs
import regex

from ..chars import letter_script

# ftfy undoes encoding damage and nothing else here: quotes, dashes, ligatures,
# widths, HTML entities, line breaks and normalisation belong to other stages
# (or to the author), so every typographic fix is off.
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# Single-byte code pages in which UTF-8 is often misread. Windows-1256 first:
# ftfy never tries it, so Arabic-script text (Persian, Dari, Arabic, Urdu,
# Pashto) shown in it is ours alone. The others ftfy knows, but it leaves
# short lines ("Ú©ÛŒ" for "کی") alone for want of evidence.
CODE_PAGES = ("cp1256", "sloppy-windows-1252", "sloppy-windows-1250", "sloppy-windows-1251")

# Layers of damage undone at most; each layer is one wrong decode.
MAX_LAYERS = 3

# Words, split at the joiners too: ftfy mends a joiner's own mojibake
# ("â€Œ") before the letters around it are mended.
TOKEN = regex.compile(r"[^\s\u200c\u200d]+|[\s\u200c\u200d]+")
WORD = regex.compile(r"\w+")
# Upper case after lower case inside a word ("lĂłd"): a byte of a UTF-8
# letter read as a capital.
CASE_FLIP = regex.compile(r"\p{Ll}\p{Lu}")
# A sign wedged between letters ("ط§ظ"): the second byte of a UTF-8 letter
# read as a symbol. Apostrophes, hyphens and the joiners legitimately sit there.
WEDGED = regex.compile(
    r"(?<=\p{L})[^\p{L}\p{M}\s\p{ASCII}\u2019\u02bc\u00b7\u200c\u200d\u2010\u2011\u00ad](?=\p{L})"
)
# What UTF-8 lead bytes D8-DB (Arabic letters) look like in Windows-1256.
ARABIC_LEADS = set("طظعغ")

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


def fix_mojibake(text: str) -> tuple[str, int]:
    """Undo mojibake line by line; return the text and how many lines were fixed.

    Each line is repaired on its own so that one damaged paragraph neither
    holds back nor drags along the others. Pure-ASCII lines cannot be
    mojibake and are passed over. A repair is kept only when it reads better.

    >>> fix_mojibake("Putin called it a â€œmajor provocationâ€\\x9d")
    ('Putin called it a “major provocation”', 1)
    >>> fix_mojibake("ط§ظپط؛ط§ظ†ط³طھط§ظ† ط¢ط²ط§ط¯")      # Persian read as Windows-1256
    ('افغانستان آزاد', 1)
    >>> fix_mojibake("افغانستان آزاد\\nПривет, “мир”")  # clean text stays
    ('افغانستان آزاد\\nПривет, “мир”', 0)
    >>> fix_mojibake("plain ASCII")
    ('plain ASCII', 0)
    """
    if text.isascii():
        return text, 0
    # Split at "\n" only: str.splitlines() also breaks at U+0085, which is a
    # byte of many mojibake sequences ("Ã\x85" for "Å") and must stay with them.
    lines = text.split("\n")
    fixed = 0
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        repaired = fix_line(line)
        if repaired != line:
            lines[i] = repaired
            fixed += 1
    return "\n".join(lines), fixed


def fix_line(line: str) -> str:
    """Peel off up to three layers of damage from one line, by ftfy and by code page.

    >>> fix_line("ÐŸÑ€Ð¸Ð²ÐµÑ‚")
    'Привет'
    >>> fix_line("Ø·Â§Ø¸Ù¾Ø·Â²")   # Windows-1256 mojibake, then read as Windows-1252
    'افز'
    >>> fix_line("ط·آ§ط¸ظ¾ط·آ²")   # read as Windows-1256 twice
    'افز'
    >>> fix_line("château, İstanbul")
    'château, İstanbul'
    """
    for _ in range(MAX_LAYERS):
        before = line
        # A whole line re-read in one code page is the surest repair, so it
        # comes first; ftfy next, which weighs evidence across the line; word
        # by word last, for what is left (short or partly damaged lines).
        line = fix_code_pages(line, by_word=False)
        line = ftfy.fix_text(line, FTFY_CONFIG)
        line = fix_code_pages(line)
        line = fix_dropped_c1(line)
        if line == before:
            break
    return line


def fix_code_pages(line: str, *, by_word: bool = True) -> str:
    """Undo UTF-8 read in a single-byte code page, whole line first, then word by word.

    A word that was clean Persian can happen to be valid UTF-8 when re-encoded
    ("سگ" gives "Ӑ"), so a reading is kept only when it is less odd.

    >>> fix_code_pages("ظ…ظ‚ط§ظ„ظ‡ ط¨ظ‡ Pashto")
    'مقاله به Pashto'
    >>> fix_code_pages("سگ")
    'سگ'
    >>> fix_code_pages("The word ط§ظپط؛ط§ظ†ط³طھط§ظ† beside افغانستان")    # partly damaged
    'The word افغانستان beside افغانستان'
    """
    # A repair must lower the oddness, so a line with none has nothing to repair.
    if line.isascii() or not oddness(line):
        return line
    for page in CODE_PAGES:
        whole = _redecode(line, page)
        if whole is not None:
            return whole
    if not by_word:
        return line
    for page in CODE_PAGES:
        parts = TOKEN.findall(line)
        changed = False
        for j, part in enumerate(parts):
            if part.isascii():
                continue
            better = _redecode(part, page)
            if better is not None:
                parts[j] = better
                changed = True
        if changed:
            return "".join(parts)
    return line


def _redecode(text: str, page: str) -> str | None:
    """Re-encode ``text`` in ``page`` and decode it as UTF-8, if that reads better."""
    try:
        candidate = text.encode(page).decode("utf-8")
    except UnicodeError:
        return None
    if candidate == text or oddness(candidate) >= oddness(text):
        return None
    return candidate


def oddness(text: str) -> float:
    """Count the signs of mojibake in ``text`` (0 for ordinary writing).

    >>> oddness("افغانستان آزاد"), oddness("Привет, “мир”")
    (0, 0)
    >>> oddness("ط§ظپط؛ط§ظ†ط³طھط§ظ†") > 0
    True
    """
    odd = 0
    for ch in text:
        if ch.isascii():
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cn", "Co", "Cs"):
            odd += 3  # controls, unassigned: never in a right reading
        elif cat[0] == "S" and ch not in "€£":
            odd += 1
    odd += len(WEDGED.findall(text)) + len(CASE_FLIP.findall(text))
    for word in WORD.findall(text):
        if word.isascii():
            continue
        scripts = {letter_script(ch) for ch in word if ch.isalpha()}
        if len(scripts) > 1:
            odd += len(word)
        # In mojibake every other letter is a UTF-8 lead byte; in Persian or
        # Arabic these four letters are a few percent of all letters.
        leads = sum(1 for ch in word if ch in ARABIC_LEADS)
        if len(word) >= 4 and leads * 5 >= len(word) * 2:
            odd += leads
    return odd


def fix_dropped_c1(line: str) -> str:
    """Best effort for UTF-8 punctuation read as Latin-1 whose C1 control bytes were then dropped.

    Only a line made of Latin-1 characters can carry this damage, and only
    one where a bare "â" stands where no word has it (a contraction, after a
    word's last letter) is touched.

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
    """
    if any(ord(ch) > 0xFF for ch in line):
        return line
    line = C1_SHARP_S.sub("ß", line)
    if "â" not in line:
        return line
    english = (C1_CONTRACTION.search(line) or C1_CLOSING.search(line)
               or C1_GLUED_DASH.search(line) or C1_RANGE.search(line))
    if not (english or C1_ELISION.search(line)):
        return line
    line = C1_CONTRACTION.sub("\N{RIGHT SINGLE QUOTATION MARK}", line)
    line = C1_ELISION.sub("\N{RIGHT SINGLE QUOTATION MARK}", line)
    line = C1_RANGE.sub("\N{EN DASH}", line)
    if english:
        # An English word has no "â" inside: between letters it was an em dash.
        line = C1_GLUED_DASH.sub("\N{EM DASH}", line)
    line = C1_CLOSING.sub("\N{RIGHT DOUBLE QUOTATION MARK}", line)
    line = C1_OPENING.sub("\N{LEFT DOUBLE QUOTATION MARK}", line)
    return C1_DASH.sub("\N{EN DASH}", line)


# --- the stage -------------------------------------------------------------

from ..chars import CONTROLS, INVISIBLE, SPACES  # noqa: E402
from ..document import Document  # noqa: E402
from ..pipeline import stage  # noqa: E402


def fix_line_as_cleaned(line: str) -> str:
    """Fix a line, also as the unicode stage will leave it, so that cleaning twice changes nothing.

    A no-break space, a soft hyphen or a control character inside mojibake can hide it from
    the fixers; the unicode stage turns them into plain spaces or nothing anyway.

    >>> fix_line_as_cleaned("sailed\\N{NO-BREAK SPACE}Ã©tÃ©")
    'sailed été'
    >>> fix_line_as_cleaned("\\N{NO-BREAK SPACE}château\\N{NO-BREAK SPACE}")   # nothing to fix: as it was
    '\\xa0château\\xa0'
    """
    core = line.strip()
    if not core or core.isascii():
        return line
    fixed = fix_line(core)
    plain = INVISIBLE.sub("", CONTROLS.sub("", SPACES.sub(" ", fixed)))
    if plain != fixed:
        fixed_plain = fix_line(plain)
        if fixed_plain != plain:
            fixed = fixed_plain
    return line.replace(core, fixed, 1)


@stage("mojibake")
class Mojibake:
    """Undo mojibake on every kept line."""

    def __call__(self, doc: Document) -> Document:
        doc.edit_lines(self.name, fix_line_as_cleaned, counter="mojibake")
        return doc
