"""Unicode and white space: NFC, ligatures, invisible characters, spaces; typography kept unless asked."""
from __future__ import annotations

import unicodedata

import regex

from ..chars import CONTROLS, INVISIBLE, SPACES
from ..document import Document
from ..pipeline import stage

# Ligature glyphs from PDF fonts; NFKC would also fold them but would fold far more (digits, widths).
LIGATURES = {
    "\N{LATIN SMALL LIGATURE FF}": "ff", "\N{LATIN SMALL LIGATURE FI}": "fi",
    "\N{LATIN SMALL LIGATURE FL}": "fl", "\N{LATIN SMALL LIGATURE FFI}": "ffi",
    "\N{LATIN SMALL LIGATURE FFL}": "ffl", "\N{LATIN SMALL LIGATURE LONG S T}": "st",
    "\N{LATIN SMALL LIGATURE ST}": "st",
}

# A non-joiner between two letters of a joining script is kept; anywhere else it is debris.
STRAY_ZWNJ = regex.compile(r"(?<![\p{Arabic}\p{Syriac}\p{Devanagari}\p{Bengali}])\N{ZERO WIDTH NON-JOINER}"
                           r"|\N{ZERO WIDTH NON-JOINER}(?![\p{Arabic}\p{Syriac}\p{Devanagari}\p{Bengali}])")
# A sentence glued to the closing quote before it: `choice.”Lukashenko`.
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
        text = unicodedata.normalize("NFC", text)
        for glyph, letters in LIGATURES.items():
            text = text.replace(glyph, letters)
        text = INVISIBLE.sub("", text)
        text = STRAY_ZWNJ.sub("", text)
        text = GLUED_QUOTE.sub(r"\1 ", text)
        if fold_typography:
            text = text.translate(TYPOGRAPHY)
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
