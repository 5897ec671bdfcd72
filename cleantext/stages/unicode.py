"""Unicode and white space: NFC, ligatures, invisible characters, spaces; typography kept unless asked."""
from __future__ import annotations

import re
import unicodedata

import regex

from ..chars import CONTROLS, INVISIBLE_CHARS, LIGATURES, OTHER_SPACES, SPACES
from ..document import Document
from ..pipeline import stage


# Ligatures spelled out and invisible characters dropped in one pass over the line.
GLYPHS = str.maketrans({**LIGATURES, **dict.fromkeys(INVISIBLE_CHARS, None)})
GLYPH_CHARS = "".join(LIGATURES) + INVISIBLE_CHARS
# str.translate with a mapping is slow on non-ASCII text: look first, translate only on a find.
GLYPH = re.compile(f"[{GLYPH_CHARS}]")
# A non-joiner between two letters of a joining script is kept; anywhere else it is debris.
STRAY_ZWNJ = regex.compile(r"(?<![\p{Arabic}\p{Syriac}\p{Devanagari}\p{Bengali}])\N{ZERO WIDTH NON-JOINER}"
                           r"|\N{ZERO WIDTH NON-JOINER}(?![\p{Arabic}\p{Syriac}\p{Devanagari}\p{Bengali}])")
# A sentence glued to the closing quote before it: `choice.”Lukashenko`.
GLUED_QUOTE = regex.compile(r"([.!?,;:][”’»])(?=\p{Lu})")
# Looked for first: a superset (any word character after the quote, not only a capital) that the
# standard library's engine finds several times faster, over a line or a whole text.
MAYBE_GLUED_QUOTE = re.compile(r"[.!?,;:][”’»](?=\w)")

# Folding typography to ASCII is a user's choice, never the default.
TYPOGRAPHY = str.maketrans({
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
    "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "…": "...",
})
TYPOGRAPHY_CHARS = "".join(map(chr, TYPOGRAPHY))


def normalize(text: str, *, fold_typography: bool = False, keep_layout: bool = False) -> str:
    """Repair one line's Unicode and spacing.

    With ``keep_layout`` every space stays a space of its own and form feeds stay, so that
    indentation, column gaps and page breaks are still there for the layout stages;
    tidy_spaces() then does the rest.

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
    >>> normalize("\f   indented\N{NO-BREAK SPACE} column   gap ", keep_layout=True)
    '\\x0c   indented  column   gap '
    """
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):  # a quick check; most text is NFC already
            text = unicodedata.normalize("NFC", text)
        if GLYPH.search(text):
            text = text.translate(GLYPHS)
        if "\N{ZERO WIDTH NON-JOINER}" in text:
            text = STRAY_ZWNJ.sub("", text)
        if MAYBE_GLUED_QUOTE.search(text):
            text = GLUED_QUOTE.sub(r"\1 ", text)
        if fold_typography:
            text = text.translate(TYPOGRAPHY)
    # Printable text holds no control, no tab, no form feed and no space but the plain one:
    # only doubled spaces and the ends are left to tidy (the common case, by far).
    if text.isprintable():
        if keep_layout:
            return text
        if "  " not in text:
            return text.strip()
    if keep_layout:
        for space in OTHER_SPACES:
            if space in text:
                text = text.replace(space, " ")
        return text if text.isprintable() else CONTROLS.sub("", text)
    return tidy_spaces(CONTROLS.sub("", text))


def unchanged_by_normalize(text: str, *, fold_typography: bool = False, keep_layout: bool = False) -> bool:
    """True when normalize() would leave every line of ``text`` (lines joined by line ends) as it is.

    It errs only towards False (then each line is normalized as usual): each check is a string
    method over the whole text, far cheaper than normalize() line by line.

    >>> unchanged_by_normalize("Kursk, 7 August.\\nThe “raid” went on.")
    True
    >>> unchanged_by_normalize("the e\N{LATIN SMALL LIGATURE FF}ect")
    False
    >>> unchanged_by_normalize("two  spaces"), unchanged_by_normalize("two  spaces", keep_layout=True)
    (False, True)
    """
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):
            return False
        if any(char in text for char in GLYPH_CHARS):
            return False
        if "\N{ZERO WIDTH NON-JOINER}" in text and STRAY_ZWNJ.search(text):
            return False
        if MAYBE_GLUED_QUOTE.search(text):
            return False
        if fold_typography and any(char in text for char in TYPOGRAPHY_CHARS):
            return False
    if keep_layout:
        return text.replace("\n", "").isprintable()
    return unchanged_by_tidy(text)


def _ends_with_space(text: str) -> bool:
    """Whether any line of ``text`` starts or ends with a space."""
    return text.startswith(" ") or text.endswith(" ") or " \n" in text or "\n " in text


def unchanged_by_tidy(text: str) -> bool:
    """True when tidy_spaces() would leave every line of ``text`` (lines joined by line ends) as it is.

    >>> unchanged_by_tidy("one space\\nand another"), unchanged_by_tidy("trailing \\nspace")
    (True, False)
    """
    return text.replace("\n", "").isprintable() and "  " not in text and not _ends_with_space(text)


def tidy_spaces(text: str) -> str:
    """Runs of spaces become one; no space at either end; form feeds go.

    >>> tidy_spaces("\f  consists of   safeguarding \t")
    'consists of safeguarding'
    """
    if text.isprintable():  # then the plain space is the only white space there can be
        return " ".join(text.split()) if "  " in text else text.strip()
    return SPACES.sub(" ", text.replace("\f", "")).strip()


@stage("unicode")
class Unicode:
    """NFC, ligatures, invisible and control characters, spaces."""

    def __init__(self, *, fold_typography: bool = False, keep_layout: bool = False):
        # Off by default: curly quotes and dashes are the author's typography (docs/GOLD.md).
        self.fold_typography = fold_typography
        # On in the default pipeline, where the layout stages still need indents and page breaks.
        self.keep_layout = keep_layout

    def __call__(self, doc: Document) -> Document:
        options = {"fold_typography": self.fold_typography, "keep_layout": self.keep_layout}
        doc.edit_lines(self.name, lambda line: normalize(line, **options), counter="unicode",
                       unchanged=lambda text: unchanged_by_normalize(text, **options))
        return doc


@stage("whitespace")
class Whitespace:
    """Collapse runs of spaces and trim every line, once the layout has been read."""

    def __call__(self, doc: Document) -> Document:
        doc.edit_lines(self.name, tidy_spaces, counter="whitespace", unchanged=unchanged_by_tidy)
        return doc
