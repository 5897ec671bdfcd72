"""Unicode and white space: NFC, ligatures, invisible characters, spaces; typography kept unless asked."""
from __future__ import annotations

import re
import unicodedata
from itertools import repeat

import regex

from ..chars import ARABIC_FORMS, BIDI_CONTROLS, CONTROLS, INVISIBLE_CHARS, LIGATURES, OTHER_SPACES, SPACES, nfc_inert, odd_characters
from ..document import Document
from .base import LineFixer, Mending, stage


# Ligatures spelled out and invisible characters dropped in one pass over the line.
GLYPHS = str.maketrans({**LIGATURES, **ARABIC_FORMS, **dict.fromkeys(INVISIBLE_CHARS, None)})
GLYPH_CHARS = "".join(LIGATURES) + "".join(ARABIC_FORMS) + INVISIBLE_CHARS
# str.translate with a mapping is slow on non-ASCII text: look first, translate only on a find.
GLYPH = re.compile(f"[{re.escape(GLYPH_CHARS)}]")
# pdftotext writes a left-to-right stretch inside a right-to-left line (numbers, the punctuation
# and spaces between them) between LRE and PDF in the order it is shown, left to right:
# "سال \u202a .۲۰۰۰\u202cوی" for "سال ۲۰۰۰. وی", "\u202a ۵ ،\u202c" for "، ۵ ". See unembed().
EMBEDDED_RUN = re.compile("\u202a([^\u202a-\u202e\n]*)\u202c")
# The pieces of such a stretch: a number with the separators inside it ("3.5", "۱۲:۳۰"), or one
# other character.
RUN_PIECE = regex.compile(r"\p{Nd}+(?:[.,:/\u066b\u066c\u060c]\p{Nd}+)*|.")
# Letters and what is not a letter, digit or mark at either end of a stretch.
RUN_EDGES = regex.compile(r"^([^\p{L}\p{Nd}\p{M}]*)(.*?)([^\p{L}\p{Nd}\p{M}]*)$")
BIDI = re.compile(f"[{BIDI_CONTROLS}]")
ZWNJ = "\N{ZERO WIDTH NON-JOINER}"
# A non-joiner between two letters of a joining script is kept; anywhere else it is debris.
STRAY_ZWNJ = regex.compile(r"(?<![\p{Arabic}\p{Syriac}\p{Devanagari}\p{Bengali}])\N{ZERO WIDTH NON-JOINER}"
                           r"|\N{ZERO WIDTH NON-JOINER}(?![\p{Arabic}\p{Syriac}\p{Devanagari}\p{Bengali}])")
# A sentence glued to the closing quote before it: `choice.”Lukashenko`.
# Emphasis marks may stand on either side of the quote (`choice.”*The Times*`): the markup stage,
# later, takes them away.
GLUED_QUOTE = regex.compile(r"([.!?,;:][*_]*[”’»])(?=[*_]*\p{Lu})")
# Looked for first: a superset (any word character after the quote, not only a capital) that the
# standard library's engine finds several times faster, over a line or a whole text.
MAYBE_GLUED_QUOTE = re.compile(r"[.!?,;:][*_]*[”’»](?=[*_]*\w)")
# What follows such a quote, looked at from just after it.
GLUED_AFTER = re.compile(r"[*_]*\w")

# Folding typography to ASCII is a user's choice, never the default.
TYPOGRAPHY = str.maketrans({
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
    "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "…": "...",
})
TYPOGRAPHY_CHARS = "".join(map(chr, TYPOGRAPHY))


# The repairs normalize() makes beyond spacing; normalize_plan() says which a document needs.
STEPS = frozenset({"bidi", "nfc", "glyphs", "zwnj", "glued"})


# A soft hyphen after a letter (and its marks) that ends a line: a word broken there.
SOFT_END = regex.compile(r"(?<=\p{L}\p{M}*)\N{SOFT HYPHEN}[ \t]*$")


def normalize(text: str, *, fold_typography: bool = False, keep_layout: bool = False,
              steps: frozenset[str] = STEPS) -> str:
    """Repair one line's Unicode and spacing.

    A replacement character (U+FFFD) is left where it is, with the spaces around it: it is the
    only trace of bytes that could not be decoded (the decode stage counts them), and a word
    beside it may be cut, not gone.

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

    >>> normalize("\u202bفوالد\u202a \u060c\u202cسال\u202c")   # bidi controls out, presentation forms in
    'فوالد، سال'
    >>> normalize("\ufed3\ufeee\ufefb\ufea9")
    'فولاد'

    >>> normalize("caf\N{REPLACEMENT CHARACTER} au lait \N{REPLACEMENT CHARACTER} ok")   # kept, spaces too
    'caf� au lait � ok'

    A soft hyphen after a letter at the end of a line marks where a word was broken: with the
    layout kept it stays, for the dehyphenate stage to join the word ("incur\N{SOFT HYPHEN}" and
    "sion"); taken out here, the word would stay cut in two.

    >>> normalize("the incur\N{SOFT HYPHEN} ", keep_layout=True), normalize("the incur\N{SOFT HYPHEN}")
    ('the incur\xad', 'the incur')
    """
    if keep_layout and "\N{SOFT HYPHEN}" in text and (broken := SOFT_END.search(text)):
        return normalize(text[:broken.start()], fold_typography=fold_typography, keep_layout=True,
                         steps=steps) + "\N{SOFT HYPHEN}"
    if not text.isascii():
        # A quick check each; most text is NFC already, has no ligature glyph, and so on.
        if "bidi" in steps and BIDI.search(text):
            text = unembed(text)
        if "nfc" in steps and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if "glyphs" in steps and GLYPH.search(text):
            text = text.translate(GLYPHS)
        if "zwnj" in steps and ZWNJ in text:
            text = STRAY_ZWNJ.sub("", text)
        if "glued" in steps and MAYBE_GLUED_QUOTE.search(text):
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


def unembed(text: str) -> str:
    """Take the bidirectional controls out of ``text``, first putting back in reading order the
    left-to-right stretches pdftotext marks with them.

    A stretch without letters (numbers, punctuation, spaces) is read piece by piece from the
    right, as a right-to-left line shows it; in one with letters ("New York") the words keep
    their order and only the punctuation and spaces at its ends change sides.

    >>> unembed("در سال \u202a 1402\u202cبه بازار")
    'در سال 1402 به بازار'
    >>> unembed("نوزدهم می سال \u202a .۲۰۰۰\u202cوی")
    'نوزدهم می سال ۲۰۰۰. وی'
    >>> unembed("عام \u202a ,1519\u202cأصبح")
    'عام 1519, أصبح'
    >>> unembed("شهر \u202aNew York\u202c است")
    'شهر New York است'
    >>> unembed("\u2067abc\u2069 def")
    'abc def'
    """
    return BIDI.sub("", EMBEDDED_RUN.sub(lambda run: _reading_order(run[1]), text))


def _reading_order(stretch: str) -> str:
    if not regex.search(r"\p{L}", stretch):
        return "".join(reversed(RUN_PIECE.findall(stretch)))
    lead, letters, trail = RUN_EDGES.match(stretch).groups()
    return trail[::-1] + letters + lead[::-1]


# The quotes that can close a sentence glued to the next (see GLUED_QUOTE), and the marks before them.
CLOSING_QUOTES = "”’»"
SENTENCE_MARKS = ".!?,;:"
EMPHASIS_MARKS = "*_"


def normalize_needles(text: str, *, fold_typography: bool = False, keep_layout: bool = False) -> list[str]:
    r"""What a line of ``text`` (lines joined by line ends) must hold for normalize() to change it.

    Every character normalize() acts on is outside printable ASCII: a control, another kind of
    space, a ligature, an invisible character, one that is not inert under NFC, a quote glued to
    the next sentence or typography to fold; without ``keep_layout``, what tidy_needles() names
    too. Only the characters of ``text`` are looked at, each once, so a document that needs
    nothing costs one search (see Document.edit_lines).

    >>> normalize_needles("Kursk, 7 August.\nThe “raid” went on.", keep_layout=True)
    []
    >>> normalize_needles("the e\N{LATIN SMALL LIGATURE FF}ect", keep_layout=True)
    ['ﬀ']
    >>> normalize_needles("a choice.”Lukashenko", keep_layout=True)
    ['.”L']
    >>> normalize_needles("two  spaces"), normalize_needles("two  spaces", keep_layout=True)
    (['  '], [])
    """
    return normalize_plan(text, fold_typography=fold_typography, keep_layout=keep_layout)[0]


def normalize_plan(text: str, *, fold_typography: bool = False,
                   keep_layout: bool = False) -> tuple[list[str], frozenset[str]]:
    r"""normalize_needles() for ``text``, and the repairs (of STEPS) that its lines can need.

    >>> normalize_plan("a\u00a0b", keep_layout=True)
    (['\xa0'], frozenset())
    >>> sorted(normalize_plan("e\u0301 and \N{SOFT HYPHEN}", keep_layout=True)[1])
    ['glued', 'glyphs', 'nfc']
    """
    needles = [] if keep_layout else tidy_needles(text)
    steps = set()
    for char in sorted(odd_characters(text)):
        step = ("glyphs" if char in GLYPH_CHARS else "zwnj" if char == ZWNJ
                else "bidi" if char in BIDI_CONTROLS
                else "nfc" if not nfc_inert(char) else None)
        if step:
            steps.add(step)
        elif char in CLOSING_QUOTES:
            glued = sorted(_after_sentence_marks(text, char))
            if glued:
                needles += glued
                steps.add("glued")
        if step or not char.isprintable() or (fold_typography and char in TYPOGRAPHY_CHARS):
            needles.append(char)
    if steps & {"glyphs", "zwnj", "bidi"}:
        steps.add("glued")  # a character taken out can leave a quote glued (".\u00ad”L")
    return list(dict.fromkeys(needles)), frozenset(steps)


def _after_sentence_marks(text: str, quote: str) -> set[str]:
    """Each sentence mark and ``quote`` that ``text`` holds with a word character after them,
    emphasis marks between (".”L", ".*”*T"): the places where GLUED_QUOTE may put a space."""
    found: set[str] = set()
    pos = text.find(quote, 1)
    while pos != -1:
        start = pos - 1
        while start > 0 and text[start] in EMPHASIS_MARKS:
            start -= 1
        if text[start] in SENTENCE_MARKS:
            after = GLUED_AFTER.match(text, pos + 1)
            if after:
                found.add(text[start : after.end()])
        pos = text.find(quote, pos + 1)
    return found


def tidy_needles(text: str) -> list[str]:
    r"""What a line of ``text`` (lines joined by line ends) must hold for tidy_spaces() to change it:
    a character that is not printable (a tab, a form feed, another kind of space, a control), a
    run of spaces or a space at either end. Only what ``text`` holds is named.

    >>> tidy_needles("one space\nand another"), tidy_needles("no\u00a0break  "), tidy_needles(" a\nb")
    ([], ['  ', ' \n', '\xa0'], ['\n '])
    """
    # A line's ends are looked at line by line, in C: searching the text for " \n" and "\n " would
    # stop at every space.
    lines = text.split("\n")
    needles = ["  "] if "  " in text else []
    if any(map(str.endswith, lines, repeat(" "))):
        needles.append(" \n")
    if any(map(str.startswith, lines, repeat(" "))):
        needles.append("\n ")
    return needles + sorted(char for char in odd_characters(text) if not char.isprintable())


def tidy_spaces(text: str) -> str:
    """Runs of spaces become one; no space at either end; form feeds go.

    >>> tidy_spaces("\f  consists of   safeguarding \t")
    'consists of safeguarding'
    """
    if text.isprintable():  # then the plain space is the only white space there can be
        return " ".join(text.split()) if "  " in text else text.strip()
    return SPACES.sub(" ", text.replace("\f", "")).strip()


@stage("unicode")
class Unicode(LineFixer):
    """NFC, ligatures, invisible and control characters, spaces."""

    counter = "unicode"

    def __init__(self, *, fold_typography: bool = False, keep_layout: bool = False):
        # Off by default: curly quotes and dashes are the author's typography (docs/GOLD.md).
        self.fold_typography = fold_typography
        # On in the default pipeline, where the layout stages still need indents and page breaks.
        self.keep_layout = keep_layout

    def fix(self, line: str) -> str:
        return normalize(line, fold_typography=self.fold_typography, keep_layout=self.keep_layout)

    def prepare(self, doc: Document) -> Mending:
        options = {"fold_typography": self.fold_typography, "keep_layout": self.keep_layout}
        plan = {"steps": STEPS}

        def needles(text: str) -> list[str]:
            # The lines to repair, and the repairs the document can need: a line is not searched
            # for what the whole text lacks.
            found, plan["steps"] = normalize_plan(text, **options)
            return found

        return Mending(lambda line: normalize(line, steps=plan["steps"], **options), needles)


@stage("whitespace")
class Whitespace(LineFixer):
    """Collapse runs of spaces and trim every line, once the layout has been read."""

    counter = "whitespace"
    fix = staticmethod(tidy_spaces)
    needles = staticmethod(tidy_needles)
    # A block of code keeps its indentation and the spaces inside its lines; only its line ends are tidied.
    code_fix = staticmethod(lambda line: line.replace("\f", "").rstrip())
