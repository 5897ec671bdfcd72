"""Character classes that more than one stage needs to agree on."""
import re
import unicodedata
from functools import lru_cache

import regex

# C0 and C1 controls other than tab, line ends and the form feed (a page break, read by the
# layout stages and removed with the other white space): left by OCR, terminals and bad decodes.
CONTROLS = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\x80-\x9f]")
# Every kind of space becomes a plain one: no-break (U+00A0, U+202F, U+2007), the typographic widths, tabs.
SPACES = regex.compile(r"[\t\p{Zs}]+")
# The same characters one by one, the plain space left out: replacing the few found in a line
# with str.replace costs far less than a pattern over it. (Every Zs character is below U+3001.)
OTHER_SPACES = "".join(ch for ch in regex.findall(r"[\t\p{Zs}]", "".join(map(chr, range(0x3001)))) if ch != " ")

# Characters that carry nothing in extracted text; the zero-width non-joiner is handled apart
# because inside Persian words it is spelling.
INVISIBLE_CHARS = (
    "\N{SOFT HYPHEN}\N{ZERO WIDTH SPACE}\N{WORD JOINER}\N{ZERO WIDTH NO-BREAK SPACE}"
    "\N{LEFT-TO-RIGHT MARK}\N{RIGHT-TO-LEFT MARK}\N{FUNCTION APPLICATION}\N{INVISIBLE TIMES}"
    "\N{INVISIBLE SEPARATOR}"
)
INVISIBLE = regex.compile(f"[{INVISIBLE_CHARS}]")

# Bidirectional embedding, override and isolate controls (U+202A-202E, U+2066-2069): PDF
# extractors wrap right-to-left lines, and the left-to-right runs inside them, in these. In plain
# text they carry nothing; the unicode stage takes them out (see unembed() there).
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _arabic_forms() -> dict[str, str]:
    """Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFF: the shaped glyphs a PDF font draws) as
    the letters they show, by NFKC. An isolated vowel sign's form is the sign alone, without the
    space NFKC puts before it: in extracted text it belongs to the letter before it."""
    forms = {}
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]:
        char = chr(code)
        letters = unicodedata.normalize("NFKC", char)
        if letters != char:
            forms[char] = letters.lstrip(" ")
    return forms


ARABIC_FORMS = _arabic_forms()

# Ligature glyphs from PDF fonts; NFKC would also fold them but would fold far more (digits, widths).
LIGATURES = {
    "\N{LATIN SMALL LIGATURE FF}": "ff", "\N{LATIN SMALL LIGATURE FI}": "fi",
    "\N{LATIN SMALL LIGATURE FL}": "fl", "\N{LATIN SMALL LIGATURE FFI}": "ffi",
    "\N{LATIN SMALL LIGATURE FFL}": "ffl", "\N{LATIN SMALL LIGATURE LONG S T}": "st",
    "\N{LATIN SMALL LIGATURE ST}": "st",
}

# Anything that SPACES, CONTROLS, INVISIBLE or LIGATURES would change: a tab, two spaces in a
# row, another kind of space, a control, an invisible character or a ligature glyph. The standard library's re finds one
# much faster than the regex module finds any of the three.
UNTIDY = re.compile(f"[\\x00-\\x08\\x0b\\x0e-\\x1f\\x7f-\\x9f{OTHER_SPACES}{INVISIBLE_CHARS}{''.join(LIGATURES)}]|  ")


# ISO 15924 codes of the scripts, by the first word of their letters' Unicode names: the one
# vocabulary for scripts in the whole package ("CYRILLIC SMALL LETTER A" -> "Cyrl").
SCRIPT_CODES = {
    "LATIN": "Latn", "CYRILLIC": "Cyrl", "GREEK": "Grek", "ARABIC": "Arab",
    "HEBREW": "Hebr", "DEVANAGARI": "Deva", "BENGALI": "Beng",
    "GURMUKHI": "Guru", "GUJARATI": "Gujr", "TAMIL": "Taml", "TELUGU": "Telu",
    "KANNADA": "Knda", "MALAYALAM": "Mlym", "THAI": "Thai", "LAO": "Laoo",
    "GEORGIAN": "Geor", "ARMENIAN": "Armn", "ETHIOPIC": "Ethi",
    "HANGUL": "Hang", "HIRAGANA": "Hira", "KATAKANA": "Kana", "CJK": "Hani",
    "SYRIAC": "Syrc", "THAANA": "Thaa", "TIBETAN": "Tibt", "KHMER": "Khmr",
    "MYANMAR": "Mymr", "SINHALA": "Sinh", "MONGOLIAN": "Mong",
    # digits, which belong to the script they are written with
    "ARABIC-INDIC": "Arab", "EXTENDED": "Arab",
}


@lru_cache(maxsize=4096)
def letter_script(ch: str) -> str:
    """The ISO 15924 code of a character's script, from its Unicode name; "Zzzz" when the name
    says none of the scripts above (and for other signs: modifier letters, fullwidth forms).

    >>> letter_script("ж"), letter_script("۴"), letter_script("a"), letter_script("ʼ")
    ('Cyrl', 'Arab', 'Latn', 'Zzzz')
    """
    return SCRIPT_CODES.get(unicodedata.name(ch, "").split(" ", 1)[0], "Zzzz")


# Printable ASCII and the line end: what odd_characters() leaves out.
PLAIN_BYTES = bytes(range(0x20, 0x7F)) + b"\n"


def odd_characters(text: str) -> set[str]:
    r"""The distinct characters of ``text`` other than printable ASCII and the line end.

    Most text has few, and every character that the unicode and whitespace stages act on is one
    of them. Found in C: the UTF-8 bytes with the plain ASCII ones deleted are still UTF-8 (a
    character beyond ASCII is written in bytes beyond ASCII only).

    >>> sorted(odd_characters("a “b”\tc\nd"))
    ['\t', '“', '”']
    """
    return set(text.encode("utf-8", "surrogatepass").translate(None, PLAIN_BYTES).decode("utf-8", "surrogatepass"))


@lru_cache(maxsize=8192)
def nfc_inert(ch: str) -> bool:
    r"""Whether ``ch`` can never be why a text is not in NFC: it is in NFC itself, has no
    combining class to be reordered by, and cannot compose with the character before it (the
    second character of a canonical composition is always a mark, or a Hangul vowel or final
    consonant). A text in which every character outside ASCII is inert is in NFC.

    >>> nfc_inert("’"), nfc_inert("é"), nfc_inert("\u0301"), nfc_inert("\u212b")
    (True, True, False, False)
    """
    return (unicodedata.is_normalized("NFC", ch) and unicodedata.combining(ch) == 0
            and not unicodedata.category(ch).startswith("M")
            and not ("\u1161" <= ch <= "\u1175" or "\u11a8" <= ch <= "\u11c2"))
