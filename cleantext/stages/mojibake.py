"""Undo mojibake: text that was encoded in UTF-8 and decoded in some other encoding."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache

import ftfy
import ftfy.bad_codecs  # noqa: F401  registers the "sloppy-windows-125x" codecs
import regex
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES
from ftfy.fixes import fix_c1_controls, fix_surrogates

from ..chars import CONTROLS, INVISIBLE, LIGATURES, SPACES, UNTIDY, letter_script, odd_characters
from ..document import Document
from ..words import LETTERS as WORDS, is_word
from .base import LineFixer, stage
from ..dropped_c1 import fix_dropped_c1

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


# --- what each repair needs to find before it can change anything ------------
#
# Most lines carry no mojibake, and the repairs below are slow, so each one is
# behind a quick search for what it cannot work without. Every search is a
# necessary condition, never a guess: where it finds nothing the repair would
# have returned its input unchanged. Plain character classes go to the standard
# library's re, which scans them many times faster than the regex module.


def _bytes_as(page: str, first: int, last: int) -> str:
    """The characters that bytes ``first``..``last`` stand for in ``page``, escaped for a character class."""
    return re.escape(bytes(range(first, last + 1)).decode(page, errors="ignore"))


def _utf8_start(page: str) -> str:
    """A pattern for two characters that ``page`` encodes as a UTF-8 lead byte and a continuation byte.

    Each character is one byte in these code pages, and a byte at or above
    0x80 decodes as UTF-8 only in such a sequence. (One character class after
    another is also what the standard library's re searches fastest.)
    """
    return f"[{_bytes_as(page, 0xC2, 0xF4)}][{_bytes_as(page, 0x80, 0xBF)}]"


# Where a code-page repair can succeed: at a lead and a continuation byte. No other character
# of these code pages is written as an ASCII byte, except U+FFFD (0x1A in ftfy's sloppy pages),
# and a replacement character is kept as it is (see _reread()); tests/test_mojibake_prechecks.py
# checks both for every code page.
REPLACEMENT = "\N{REPLACEMENT CHARACTER}"
UTF8_START = {page: re.compile(_utf8_start(page)) for page in CODE_PAGES}
# Any character that one of those needs, in one class for a first quick look.
REDECODE_NEEDS = "".join(_bytes_as(page, 0xC2, 0xF4) for page in CODE_PAGES)
REDECODE_CLUE = re.compile(f"[{REDECODE_NEEDS}]")


def can_redecode(text: str, page: str) -> bool:
    """False where re-reading ``text`` in ``page`` as UTF-8 fails or changes nothing.

    >>> can_redecode("Ã©tÃ©", "sloppy-windows-1252"), can_redecode("été", "sloppy-windows-1252")
    (True, False)
    """
    return UTF8_START[page].search(text) is not None


def may_redecode(text: str) -> bool:
    """False where re-reading ``text`` as UTF-8 fails or changes nothing in every code page."""
    return REDECODE_CLUE.search(text) is not None and any(can_redecode(text, page) for page in CODE_PAGES)


# Every match of ftfy's badness regex, without which ftfy changes no encoding,
# holds a character of its categories other than these three: they are
# ordinary typography (curly quotes, dashes, the ellipsis, the no-break space)
# and never enough alone. The C1 controls (ftfy's fix_c1_controls) are among
# the rest; surrogates (fix_surrogates) are looked for apart.
TYPOGRAPHY = ("common", "start_punctuation", "end_punctuation")
FTFY_NEEDS = "".join(chars for name, chars in MOJIBAKE_CATEGORIES.items() if name not in TYPOGRAPHY)
FTFY_CLUE = re.compile(f"[{FTFY_NEEDS}]")
SURROGATE = re.compile("[\ud800-\udfff]")
# The longest match of the badness regex, in characters.
BADNESS_WIDTH = 7


def ftfy_may_fix(text: str) -> bool:
    """False where ftfy, as configured here, is sure to leave ``text`` as it is.

    A match of ftfy's badness regex is a few characters around a clue, so the
    regex is tried on those stretches only: a long line with one stray "Â"
    costs a few characters' search instead of a scan of the whole line.

    >>> ftfy_may_fix("“fine” — it’s…"), ftfy_may_fix("the end.Â"), ftfy_may_fix("itâ€™s")
    (False, False, True)
    """
    if SURROGATE.search(text):
        return True
    start = end = 0
    for clue in FTFY_CLUE.finditer(text):
        # Every match that holds this clue lies in [here - width + 1, here + width).
        here = clue.start()
        if here - BADNESS_WIDTH + 1 > end:
            if end and BADNESS_RE.search(text, start, end):
                return True
            start = max(0, here - BADNESS_WIDTH + 1)
        end = here + BADNESS_WIDTH
    return end > 0 and BADNESS_RE.search(text, start, end) is not None


# A line needs a closer look only if it holds one of these: what ftfy needs,
# what a code-page repair needs (a character that is a UTF-8 lead byte in one
# of the code pages, or one written as an ASCII byte), or the two letters that
# fix_dropped_c1 looks for. Ordinary English typography is none of them, and
# neither is ASCII.
SUSPECT = re.compile(f"[{FTFY_NEEDS}{REDECODE_NEEDS}âÃ\ud800-\udfff]")


def suspect_characters(text: str) -> list[str]:
    """The characters of ``text`` that SUSPECT finds: a line without one is not mojibake.

    >>> suspect_characters("“Quoted” — it’s fine…\\nâ€œQuotedâ€")
    ['â', 'œ', '€']
    """
    return sorted(char for char in odd_characters(text) if SUSPECT.match(char))


def may_be_mojibake(text: str) -> bool:
    """False only for text that fix_line() is sure to return unchanged (and that tidied spacing keeps so).

    The test is on characters alone, so it holds for every part of the text
    and for the text with spaces, controls and invisible characters tidied.

    >>> may_be_mojibake("“Quoted” — it’s fine…"), may_be_mojibake("â€œQuotedâ€")
    (False, True)
    """
    return not text.isascii() and SUSPECT.search(text) is not None


# --- the repairs -----------------------------------------------------------

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



def fix_mojibake(text: str) -> tuple[str, int]:
    """Undo mojibake line by line; return the text and how many lines were fixed.

    Each line is repaired on its own so that one damaged paragraph neither
    holds back nor drags along the others. Lines that cannot be mojibake (all
    ASCII, or nothing but ordinary typography besides) are passed over. A
    repair is kept only when it reads better.

    >>> fix_mojibake("Putin called it a â€œmajor provocationâ€\\x9d")
    ('Putin called it a “major provocation”', 1)
    >>> fix_mojibake("ط§ظپط؛ط§ظ†ط³طھط§ظ† ط¢ط²ط§ط¯")      # Persian read as Windows-1256
    ('افغانستان آزاد', 1)
    >>> fix_mojibake("افغانستان آزاد\\nПривет, “мир”")  # clean text stays
    ('افغانستان آزاد\\nПривет, “мир”', 0)
    >>> fix_mojibake("plain ASCII")
    ('plain ASCII', 0)
    """
    if not may_be_mojibake(text):
        return text, 0
    # Split at "\n" only: str.splitlines() also breaks at U+0085, which is a
    # byte of many mojibake sequences ("Ã\x85" for "Å") and must stay with them.
    lines = text.split("\n")
    fixed = 0
    for i, line in enumerate(lines):
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
    if not may_be_mojibake(line):
        return line
    for _ in range(MAX_LAYERS):
        before = line
        # A whole line re-read in one code page is the surest repair, so it
        # comes first; ftfy next, which weighs evidence across the line; word
        # by word last, for what is left (short or partly damaged lines).
        line = fix_code_pages(line, by_word=False)
        line = fix_with_ftfy(line)
        line = fix_code_pages(line)
        line = fix_dropped_c1(line)
        if line == before:
            break
    return line


def fix_with_ftfy(line: str) -> str:
    """What ``ftfy.fix_text(line, FTFY_CONFIG)`` returns, without the passes that cannot change anything.

    With this configuration ftfy's pass over a line is fix_encoding, then
    fix_c1_controls and fix_surrogates, and it repeats the pass until the line
    stays the same. fix_encoding itself runs until the line stays the same, so
    another pass can only change something if one of the other two fixes did;
    and no pass changes a line that ftfy_may_fix() passes over.

    >>> fix_with_ftfy("sÃ³"), fix_with_ftfy("“fine” — it’s…")
    ('só', '“fine” — it’s…')
    """
    if "\n" in line or len(line) > FTFY_CONFIG.max_decode_length:
        return ftfy.fix_text(line, FTFY_CONFIG)  # ftfy would cut it into segments
    while ftfy_may_fix(line):
        encoded_right = ftfy.fix_encoding(line, FTFY_CONFIG)
        fixed = fix_surrogates(fix_c1_controls(encoded_right))
        if fixed == encoded_right or fixed == line:
            return fixed  # the next pass would change nothing
        line = fixed
    return line


def fix_code_pages(line: str, *, by_word: bool = True) -> str:
    """Undo UTF-8 read in a single-byte code page, whole line first, then word by word.

    A word that was clean Persian can happen to be valid UTF-8 when re-encoded
    ("سگ" gives "Ӑ"), so a reading is kept only when it is less odd, and then
    only when it is a plausible repair (see plausible_repair()).

    >>> fix_code_pages("ظ…ظ‚ط§ظ„ظ‡ ط¨ظ‡ Pashto")
    'مقاله به Pashto'
    >>> fix_code_pages("سگ")
    'سگ'
    >>> fix_code_pages("The word ط§ظپط؛ط§ظ†ط³طھط§ظ† beside افغانستان")    # partly damaged
    'The word افغانستان beside افغانستان'
    >>> fix_code_pages("Offering 5×£35, NESTLÉ®")   # one pair each, no word made: "5ף35", "NESTLɮ"
    'Offering 5×£35, NESTLÉ®'
    """
    if not may_redecode(line):
        return line
    for page in CODE_PAGES:
        whole = _reread(line, page)
        if whole is not None and _reads_better(whole, line) and plausible_repair(whole, line):
            return whole
    # A repair must lower the oddness, so a line with none has nothing to
    # repair word by word either.
    if not by_word or not oddness(line, stop_above=0):
        return line
    parts = TOKEN.findall(line)
    for page in CODE_PAGES:
        changed = False
        for j, part in enumerate(parts):
            better = _redecode(part, page)
            if better is not None:
                parts[j] = better
                changed = True
        if changed:
            repaired = "".join(parts)
            return repaired if plausible_repair(repaired, line) else line
    return line


def _reread(text: str, page: str) -> str | None:
    """``text`` encoded in ``page`` and decoded as UTF-8, if that works and changes something.

    A replacement character stays one: the sloppy code pages write it as byte
    0x1A, which would come back as a control character.

    >>> _reread("newspaper \ufffd ÃƒÂ©", "sloppy-windows-1252")
    'newspaper \ufffd Ã©'
    """
    if not can_redecode(text, page):
        return None
    try:
        if REPLACEMENT in text:
            reread = REPLACEMENT.join(part.encode(page).decode("utf-8") for part in text.split(REPLACEMENT))
            return reread if reread != text else None
        return text.encode(page).decode("utf-8")
    except UnicodeError:
        return None


def _redecode(text: str, page: str) -> str | None:
    """``text`` re-read as UTF-8 from ``page``, if that reads better."""
    candidate = _reread(text, page)
    if candidate is None or not _reads_better(candidate, text):
        return None
    return candidate


def _reads_better(candidate: str, text: str) -> bool:
    """Whether ``candidate`` is less odd than ``text``, which is counted only as far as needed."""
    bound = oddness(candidate)
    return oddness(text, stop_above=bound) > bound


# Characters a repair must take away before it is made on character evidence
# alone, without a word it makes: a single pair ("×…", "É®") is never enough,
# since two ordinary characters often happen to be a UTF-8 sequence.
MIN_UNDONE = 2
MIN_UNDONE_WITHOUT_WORDS = 3


def plausible_repair(candidate: str, text: str) -> bool:
    """Whether re-reading ``text`` as ``candidate`` is clearly a repair, by the words it makes.

    The repair must undo more than one character pair, and the words it
    changes must be more often common words (wordfreq, in the languages of
    their script) after than before. Where neither side has a known word
    (a script wordfreq does not cover, names) it must undo three pairs or more.

    >>> plausible_repair("Привет, мир", "ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€")
    True
    >>> plausible_repair("Dråber", "DrÃ¥ber"), plausible_repair("4288ׅ", "4288×…")   # one pair each
    (False, False)
    """
    undone = len(text) - len(candidate)
    if undone < MIN_UNDONE:
        return False
    before, after = Counter(WORDS.findall(text)), Counter(WORDS.findall(candidate))
    known_before = sum(count for word, count in (before - after).items() if is_word(word))
    known_after = sum(count for word, count in (after - before).items() if is_word(word))
    if known_after != known_before:
        return known_after > known_before
    return known_after == 0 and undone >= MIN_UNDONE_WITHOUT_WORDS


# The inside of a stretch of ASCII, between its first and last characters
# (empty for a stretch of two).
ASCII_INSIDE = re.compile(r"(?<=[\x00-\x7f])[\x00-\x7f]*(?=[\x00-\x7f])")
# CASE_FLIP between two ASCII letters, searched from the capital, the rarer one.
ASCII_CASE_FLIP = re.compile(r"[A-Z](?<=[a-z][A-Z])")


def oddness(text: str, *, stop_above: float = math.inf) -> float:
    """Count the signs of mojibake in ``text`` (0 for ordinary writing).

    The count stops once it is past ``stop_above``: a comparison needs no more.

    >>> oddness("افغانستان آزاد"), oddness("Привет, “мир”")
    (0, 0)
    >>> oddness("ط§ظپط؛ط§ظ†ط³طھط§ظ†") > 0
    True
    """
    # Every sign but a case flip between two ASCII letters involves a
    # character that is not ASCII, so the slow searches see only those
    # characters and their neighbours.
    near = _around_non_ascii(text)
    odd = sum(map(_char_oddness, near))
    if odd > stop_above:
        return odd
    odd += len(WEDGED.findall(near)) + len(CASE_FLIP.findall(near)) + len(ASCII_CASE_FLIP.findall(text))
    if odd > stop_above:
        return odd
    # Words never hold white space, so only the stretches between spaces that
    # are not all ASCII need to be split into words.
    chunks = " ".join(chunk for chunk in text.split() if not chunk.isascii())
    return odd + sum(map(_word_oddness, WORD.findall(chunks)))


def _around_non_ascii(text: str) -> str:
    """``text`` with the inside of each stretch of ASCII replaced by line breaks.

    Every character that is not ASCII keeps its neighbours, so WEDGED and
    CASE_FLIP find there what they find in ``text``, except case flips between
    two ASCII letters: no two ASCII characters are left side by side, and a
    line break is neither a letter nor a sign.

    >>> _around_non_ascii("The militaryâ€™s offensive")
    'T\\n\\nyâ€™s\\n\\ne'
    """
    return ASCII_INSIDE.sub("\n", text)


@lru_cache(maxsize=4096)
def _char_oddness(ch: str) -> int:
    """Controls and unassigned code points never stand in a right reading; symbols seldom do (ASCII ones count nothing)."""
    if ch.isascii():
        return 0
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cn", "Co", "Cs"):
        return 3
    if cat[0] == "S" and ch not in "€£":
        return 1
    return 0


@lru_cache(maxsize=4096)
def _word_oddness(word: str) -> int:
    """A word that mixes scripts, or is made of the letters UTF-8 lead bytes show as in Windows-1256."""
    if word.isascii():
        return 0
    odd = 0
    scripts = {letter_script(ch) for ch in word if ch.isalpha()}
    if len(scripts) > 1:
        odd += len(word)
    # In mojibake every other letter is a UTF-8 lead byte; in Persian or
    # Arabic these four letters are a few percent of all letters.
    leads = sum(1 for ch in word if ch in ARABIC_LEADS)
    if len(word) >= 4 and leads * 5 >= len(word) * 2:
        odd += leads
    return odd


# --- the stage -------------------------------------------------------------

LETTERS_FOR_LIGATURES = str.maketrans(LIGATURES)


RUN_OF_SPACES = regex.compile(" {2,}")


def fix_line_as_cleaned(line: str) -> str:
    """Fix a line, also as the unicode stage will leave it, so that cleaning twice changes nothing.

    A no-break space, a soft hyphen, a control character or a ligature glyph inside mojibake can
    hide it from the fixers (or, for a ligature, show it: "ﬁ" is a byte of Mac Roman); the unicode
    stage turns them into plain spaces, nothing or letters anyway.

    >>> fix_line_as_cleaned("sailed\\N{NO-BREAK SPACE}Ã©tÃ©")
    'sailed été'
    >>> fix_line_as_cleaned("\\N{NO-BREAK SPACE}château\\N{NO-BREAK SPACE}")   # nothing to fix: as it was
    '\\xa0château\\xa0'
    """
    if not may_be_mojibake(line):
        return line
    core = line.strip()
    fixed = fix_line(core)
    if not UNTIDY.search(fixed):
        return line.replace(core, fixed, 1)  # tidying would change nothing
    # As the unicode and whitespace stages leave it: ftfy reads "é  Ã©" and "é Ã©" differently.
    plain = RUN_OF_SPACES.sub(" ", INVISIBLE.sub("", CONTROLS.sub("", SPACES.sub(" ", fixed)))
                              ).translate(LETTERS_FOR_LIGATURES)
    if plain != fixed:
        fixed_plain = fix_line(plain)
        if fixed_plain != plain:
            fixed = fixed_plain
    return line.replace(core, fixed, 1)


@stage("mojibake")
class Mojibake(LineFixer):
    """Undo mojibake on every kept line."""

    counter = "mojibake"
    fix = staticmethod(fix_line_as_cleaned)
    needles = staticmethod(suspect_characters)
