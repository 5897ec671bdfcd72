"""Unicode and white space: NFC, ligatures, invisible characters, spaces; typography kept unless asked."""
from __future__ import annotations

import re
import unicodedata

import regex

from ..document import Document
from ..pipeline import stage

# Ligature glyphs from PDF fonts; NFKC would also fold them but would fold far more (digits, widths).
LIGATURES = {
    "\N{LATIN SMALL LIGATURE FF}": "ff", "\N{LATIN SMALL LIGATURE FI}": "fi",
    "\N{LATIN SMALL LIGATURE FL}": "fl", "\N{LATIN SMALL LIGATURE FFI}": "ffi",
    "\N{LATIN SMALL LIGATURE FFL}": "ffl", "\N{LATIN SMALL LIGATURE LONG S T}": "st",
    "\N{LATIN SMALL LIGATURE ST}": "st",
}

# Characters that carry nothing in extracted text; the zero-width non-joiner is handled apart
# because inside Persian words it is spelling.
INVISIBLE = (
    "\N{SOFT HYPHEN}\N{ZERO WIDTH SPACE}\N{WORD JOINER}\N{ZERO WIDTH NO-BREAK SPACE}"
    "\N{LEFT-TO-RIGHT MARK}\N{RIGHT-TO-LEFT MARK}\N{FUNCTION APPLICATION}\N{INVISIBLE TIMES}"
    "\N{INVISIBLE SEPARATOR}"
)
# Ligatures spelled out and invisible characters dropped in one pass over the line.
GLYPHS = str.maketrans({**LIGATURES, **dict.fromkeys(INVISIBLE, None)})
# A non-joiner between two letters of a joining script is kept; anywhere else it is debris.
STRAY_ZWNJ = regex.compile(r"(?<![\p{Arabic}\p{Syriac}\p{Devanagari}\p{Bengali}])\N{ZERO WIDTH NON-JOINER}"
                           r"|\N{ZERO WIDTH NON-JOINER}(?![\p{Arabic}\p{Syriac}\p{Devanagari}\p{Bengali}])")
# C0 and C1 controls other than tab and line ends: left by OCR, terminals and bad decodes.
# (The standard library's re is used where no Unicode property is needed: it is faster on such classes.)
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
# Every kind of space becomes a plain one: no-break (U+00A0, U+202F, U+2007), the typographic widths, tabs.
SPACES = regex.compile(r"[\t\p{Zs}]+")
# A sentence glued to the closing quote before it: `choice.”Lukashenko`.
CLOSING_QUOTES = "”’»"
GLUED_QUOTE = regex.compile(r"([.!?,;:][”’»])(?=\p{Lu})")

# Folding typography to ASCII is a user's choice, never the default.
TYPOGRAPHY = str.maketrans({
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
    "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "…": "...",
})


def normalize(text: str, *, fold_typography: bool = False) -> str:
    """Repair one line's Unicode and spacing.

    >>> normalize("the e\N{LATIN SMALL LIGATURE FF}ect of con\N{SOFT HYPHEN}flict")
    'the effect of conflict'
    >>> normalize("consists of\N{NO-BREAK SPACE} safeguarding  Ukraine”. \N{NO-BREAK SPACE}")
    'consists of safeguarding Ukraine”.'
    >>> normalize("a choice.”Lukashenko then")
    'a choice.” Lukashenko then'
    >>> normalize("می\N{ZERO WIDTH NON-JOINER}شود")   # the non-joiner is Persian spelling: kept
    'می\u200cشود'
    >>> normalize("“Quoted” – kept")
    '“Quoted” – kept'
    >>> normalize("“Quoted” – folded", fold_typography=True)
    '"Quoted" - folded'
    """
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):  # a quick check; most text is NFC already
            text = unicodedata.normalize("NFC", text)
        text = text.translate(GLYPHS)
        if "\N{ZERO WIDTH NON-JOINER}" in text:
            text = STRAY_ZWNJ.sub("", text)
        if any(quote in text for quote in CLOSING_QUOTES):
            text = GLUED_QUOTE.sub(r"\1 ", text)
        if fold_typography:
            text = text.translate(TYPOGRAPHY)
    # Printable text holds no control, no tab and no space but the plain one: only doubled spaces
    # and the ends are left to tidy (the common case, by far).
    if text.isprintable() and "  " not in text:
        return text.strip()
    text = CONTROLS.sub("", text)
    return SPACES.sub(" ", text).strip()


@stage("unicode")
class Unicode:
    """NFC, ligatures, invisible and control characters, spaces."""

    def __init__(self, *, fold_typography: bool = False):
        # Off by default: curly quotes and dashes are the author's typography (docs/GOLD.md).
        self.fold_typography = fold_typography

    def __call__(self, doc: Document) -> Document:
        doc.edit_lines(self.name, lambda line: normalize(line, fold_typography=self.fold_typography),
                       counter="unicode")
        return doc
