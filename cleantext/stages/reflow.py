"""Join hard-wrapped lines back into paragraphs, one paragraph per line."""

from __future__ import annotations

import statistics
import unicodedata

import regex

from ..document import Document, Line
from ..glyphs import _GLYPH_WIDTHS, OTHER_WIDTH, _width  # noqa: F401  (OTHER_WIDTH: kept importable)
from ..markdown import LINK, marks_in, strip_markdown
from .base import Relaid, Relayout, stage

# A line this long was never wrapped by a page: the text already has one
# paragraph per line.
LONG_LINE = 160
# Widths below are printed widths (see _width), as shares of the median
# line, which stands for the column.
# A line shorter than this share of the column ends its paragraph when it
# also ends a sentence; a full line usually does not.
SHORT = 0.8
# The fit rule: a line that ends a sentence ends its paragraph when the next
# line's first word would have fitted on it. The median line is no exact
# measure of the column: in the PDF fixtures nine in ten full lines of
# justified text lie within 0.92-1.08 of it (0.77-1.11 on the 2.2in
# column), against 0.88-1.11 (0.75-1.14) when counted in characters.
# Boundary F1 over the fixtures is flat for FIT between 1.0 and 1.04 and
# falls on either side (missed ends below, invented ones above).
FIT = 1.02
# A line wider than this took part of a word from the next line when
# dehyphenation joined "mili-" and "tary": the widest one in twenty full
# lines starts at 1.06-1.08 in the fixtures (1.11 on the 2.2in column).
OVERFULL = 1.08
# Fewer lines than this that run on into the next one (no blank line
# between, no list item next) are no evidence of a column: the text is one
# paragraph per line.
MIN_INNER_LINES = 3
# Columns in pdftotext -layout output are kept apart by a gutter of spaces.
GUTTER = regex.compile(r"\S(?P<gap> {3,})\S")
# A line pushed in this far by spaces alone belongs to a right column; block
# quotes and first-line indents are far shorter.
RIGHT_COLUMN = 20
# A page's columns hold running text on both sides of the gutter: the lines cut in two have at
# least this many words on each side (the median); an aligned table's cells hold a word or two.
COLUMN_WORDS = 3
# A page's own gutter, shown by this many gaps, is taken within this many characters of the
# document's.
COLUMN_ROWS = 10
PAGE_GUTTER = 6
# A column narrower than this (the printed width of 12 "n"s: about 15 characters of text, six
# Han or kana) was
# never set by a program that wraps lines: no newspaper column runs under 25 characters. Such
# short lines are an address's, a play script's speaker names, a list's: each line is the
# author's and nothing is joined.
NARROW = 12 * _width("n")


SENTENCE_END = regex.compile(r"[.!?…:][\"'”’»)\]]*$")
# A dash that ends a line (an em-dash, or a hyphen set apart by a space) ends a broken-off sentence
# or opens a quotation the text leaves out ("the theme of the first movement—"); a paragraph may
# end there, where the line left room for the next word.
DASH_END = regex.compile(r"(?:[—–]|\s-)[\"'”’»)\]]*$")
COLON_END = regex.compile(r":[\"'”’»)\]]*$")
OPENS_LOWER = regex.compile(r"^[\"'“‘(«]?[\p{Ll}\d]")
STARTS_LOWER = regex.compile(r"^[\"'“‘(«]?\p{Ll}")
STARTS_UPPER = regex.compile(r"^[\"'“‘(«]?\p{Lu}")
# A list item, and a numbered clause ("1.1 "Vessel" means", "2.3.1 The Owner"): a number of
# several parts before a capital, with no dot after it (a wrapped line that opens "3.5 million"
# goes on in lower case, one that opens with a version, "0.17.0. The", ends a sentence).
LIST_ITEM = regex.compile(r"^(?:[•·▪‣◦*–—-]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s"
                          r"|[1-9]\d{0,2}(?:\.\d{1,3})+\s+(?=[\"'“‘(«]?\p{Lu}))")
SPACES = regex.compile(r"[ \t]{2,}")
LETTER = regex.compile(r"\p{L}")
FIGURE = regex.compile(r"\S*\d\S*")


def _figures_only(line: str) -> bool:
    """Figures set apart by spaces and no letter: a subtitle's timing ("00:00:01,000 -->
    00:00:04,000"), a table's row of numbers, a telephone number on a line of its own. Joined
    neither to the line before nor to the next. A single figure is no such line: the end of a
    wrapped sentence ("... will go to" | "0.17.0.") or a number a dumper set alone."""
    return not LETTER.search(line) and len(FIGURE.findall(line)) >= 2


# A log's record opens with its time: a clock time with seconds, or a date and a clock time
# ("2025-03-01 09:14:22,101 INFO ...", "[12:04:55] ..."). Prose wrapped at a clock time reads
# "at" | "10:40", without seconds or a date before it.
RECORD = regex.compile(r"^[\[(]?(?:\d{4}-\d\d-\d\d[ T]\d\d?:\d\d|\d\d?:\d\d:\d\d)\b")


def _record(line: str) -> bool:
    """A line of a log, told by the time it opens with: joined neither to the line before nor
    to the next (the lines of a message it logged stand as they were)."""
    return bool(RECORD.match(line))


def _cells(line: str) -> float:
    """A line's printed width with a wide (Han, kana, Hangul) character as wide as two "n"s:
    _width() counts one, which a haiku's lines of seven and a menu's of thirty share."""
    wide = sum(1 for ch in line if ch > "\u10ff" and unicodedata.east_asian_width(ch) in "WF")
    return _width(line) + wide * _width("n")


# Han, kana and their punctuation: Chinese and Japanese set no space between words, and a break
# after a full line between two of them stands for none (Korean's Hangul sets spaces, and is not
# here). After a short line it is the author's pause between phrases, and a space keeps it.
SPACED = regex.compile(r"(?<=[\p{Han}\p{Hiragana}\p{Katakana}]) (?=[\p{Han}\p{Hiragana}\p{Katakana}])")
# More than one such space in a hundred Han and kana is an author's spacing of phrases.
PHRASE_SPACES = 100
GLUE = "\x00"   # the unicode stage leaves no NUL; reflow() leaves a text holding one unglued
UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u3000-\u303f\uff01-\uff60ー]")


def _next_word_fits(prev_width: int, line: str, column: float) -> bool:
    """Whether the first word of `line` would have fitted at the end of the line before.

    A typesetter fills each line of a paragraph as far as the next word
    allows; a line that left room for the next word ended its paragraph.
    Only a word that opens like a sentence (capital, digit, quote) counts:
    after a sentence end, a lower-case word is read on.
    """
    if STARTS_LOWER.match(line):
        return False
    first = line.split(" ", 1)[0]
    return prev_width + _GLYPH_WIDTHS[" "] + _width(first) <= FIT * column


def _overflow(line: str, line_width: float, column: float) -> float:
    """How much of a line's width dehyphenation probably moved up from the next line.

    dehyphenate joins "mili-" and "tary" on the first line, which then runs
    past the column while the next line looks shorter than it was printed.
    Only a line wider than any full line (OVERFULL) took a part, and that
    part is at most its last word: the rest is counted back to the next line.
    """
    if line_width <= OVERFULL * column:
        return 0.0
    return min(line_width - column, _width(line.rsplit(" ", 1)[-1]))


def _is_wrapped(lines: list[str]) -> bool:
    """Tell hard-wrapped text from text that already has a paragraph per line.

    Wrapped text has no very long lines and at least one line that runs on
    into the next mid-sentence (no sentence end, next line lower-case).
    """
    body = [line.strip() for line in lines if line.strip()]
    if len(body) < 2 or sum(len(line) > LONG_LINE for line in body) > len(body) // 10:
        return False
    runs_on = sum(
        1
        for a, b in zip(lines, lines[1:])
        if a.strip() and b.strip() and not SENTENCE_END.search(a.strip()) and OPENS_LOWER.match(b.strip())
    )
    return runs_on >= 1


def _words(piece: str) -> int:
    """Words in a piece of a line: those between spaces, and two wide (Han, kana, Hangul)
    characters for one, as such text runs on without spaces."""
    wide = sum(1 for ch in piece if ch > "\u10ff" and unicodedata.east_asian_width(ch) in "WF")
    return len(piece.split()) + wide // 2


def _texts_both_sides(lines: list[str], cut: int) -> bool:
    """Whether the lines that a gutter at ``cut`` divides hold running text on both sides, as a
    page's two columns do, and not the cells of an aligned table ("John Smith  42    Boston")."""
    left, right = [], []
    for line in lines:
        head, tail = line[: cut - 2], line[cut - 2 :]
        if head.strip() and tail.strip() and head.endswith(" "):
            left.append(_words(head))
            right.append(_words(tail))
    return bool(left) and min(statistics.median(left), statistics.median(right)) >= COLUMN_WORDS


def _page_gutter(starts: list[int], cut: int) -> int:
    """A page's gutter: where its own gaps end, if COLUMN_ROWS gaps or more and two thirds of the
    page's show it, within PAGE_GUTTER characters of the document's ``cut``; else ``cut``.

    >>> _page_gutter([52] * 12 + [30], 49), _page_gutter([52] * 3, 49), _page_gutter([70] * 12, 49)
    (52, 49, 49)
    >>> _page_gutter([50] * 10 + [52] * 8 + [54] * 6, 52)   # no clear gutter of its own
    52
    """
    if len(starts) < COLUMN_ROWS:
        return cut
    own = statistics.mode(starts)
    shown = sum(s == own for s in starts)
    return own if abs(own - cut) <= PAGE_GUTTER and shown >= COLUMN_ROWS and 3 * shown >= 2 * len(starts) else cut


def _split_columns(lines: list[str]) -> list[str]:
    """Put the right column of two-column -layout text after the left one.

    The gutter is the column position where most long lines have a run of
    three or more spaces; each page (cut at form feeds) is split there.
    """
    starts = []
    page_starts: list[list[int]] = [[]]
    for line in lines:
        if line.startswith("\f"):
            page_starts.append([])
        for m in GUTTER.finditer(line):
            page_starts[-1].append(m.end("gap"))
        # The columns' baselines need not meet: a right-column line often
        # stands alone, pushed far in by spaces.
        lead = len(line) - len(line.lstrip(" "))
        if lead >= RIGHT_COLUMN and line.strip():
            page_starts[-1].append(lead)
    starts = [s for page in page_starts for s in page]
    filled = sum(1 for line in lines if line.strip())
    if len(starts) < max(5, filled // 4):
        return lines
    cut = statistics.mode(starts)
    hits = sum(1 for s in starts if abs(s - cut) <= 2)
    if hits < filled // 4 or not _texts_both_sides(lines, cut):
        return lines
    # A page whose own gutter stands a few characters off the document's (a book's odd and even
    # pages set apart) is cut at its own.
    cuts = iter([_page_gutter(page, cut) for page in page_starts] + [cut])
    cut = next(cuts)
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []
    for line in lines + ["\f"]:
        if line.startswith("\f"):
            # A form feed marks each column break and page break, so that
            # reflow tells them from blank lines.
            if left or right:
                out += left + ["\f"] + _dedent(right) + ["\f"]
            left, right = [], []
            cut = next(cuts)
            line = line[1:]
            if not line:
                continue
        # Cut just inside the gutter; what starts beyond it is the right
        # column, kept with its indentation (a first-line indent).
        head, tail = line[: cut - 2], line[cut - 2 :]
        if head.strip():
            left.append(head.rstrip() if tail.strip() else line.rstrip())
        if tail.strip() and (head.strip() == "" or head.endswith(" ")):
            right.append(tail.rstrip())
        elif tail.strip():
            left[-1] = line.rstrip()
    return out


def split_columns(text: str) -> str:
    """Undo the side-by-side columns of pdftotext -layout output.

    Run it before anything that reads line ends (dehyphenation): in
    side-by-side text a left-column line ends in the middle of a line.
    Column and page breaks become lines holding a form feed.

    >>> print(split_columns("\\n".join(f"left {i} text{' ' * 8}right {i} text" for i in range(6))))
    left 0 text
    left 1 text
    left 2 text
    left 3 text
    left 4 text
    left 5 text
    \x0c
    right 0 text
    right 1 text
    right 2 text
    right 3 text
    right 4 text
    right 5 text
    """
    lines = _split_columns(text.split("\n"))
    if lines and lines[-1] == "\f" and not text.endswith("\f"):
        lines.pop()
    return "\n".join(lines)


def _dedent(lines: list[str]) -> list[str]:
    margin = min((len(l) - len(l.lstrip()) for l in lines if l.strip()), default=0)
    return [l[margin:] for l in lines]


def reflow(text: str, *, blocks: bool = False, dumped: list[float] | None = None,
           last: list[float] | None = None, paged: bool = False) -> tuple[str, int]:
    """Join hard-wrapped lines into paragraphs separated by one blank line.

    A paragraph ends at a blank line, at a first-line indent, after a short
    line that ends a sentence, or after a sentence end where the next line's
    first word would have fitted (the fit rule); a short line without a
    sentence end before a capital is a heading or byline and stays alone.
    Widths are printed widths, estimated from the characters. A paragraph
    cut mid-sentence by a page or column break is joined across it. Returns
    the text and the number of line breaks removed.

    >>> reflow("Harbour news\\nThe ferry left the quay at noon and the\\ngulls followed it.\\nIt rained all day and all night long.\\n")
    ('Harbour news\\n\\nThe ferry left the quay at noon and the gulls followed it.\\n\\nIt rained all day and all night long.\\n', 1)

    Text that already has one paragraph per line is left alone:

    >>> reflow("Clara Weiss\\nThe ferry left.\\nIt rained.\\n")
    ('Clara Weiss\\nThe ferry left.\\nIt rained.\\n', 0)

    ``blocks``: the blank lines were set from the page's geometry (a PDF read directly, whose
    paragraphs the reader found by indent, gap, face and each line's width against its column),
    so a block is one paragraph, and a blank line always ends one: the estimates from characters
    cut and join nothing more, only a list item opens a paragraph inside a block.

    ``dumped``: each line's printed width as the input had it, where a stage before took marks
    out of it (a Markdown link's address, which the dumper counted when it wrapped the line): a
    line is no shorter than it was laid out, so a full line whose link went is no heading.

    >>> text = ("It introduces a utility function that succinctly captures the intention\\nof retrieving a "
    ...         "resource from the network, in one call that returns a promise.\\n\\nThe Fetch specification, "
    ...         "which defines the\\nAPI, nails down the semantics of a user agent fetching a resource. This,\\n"
    ...         "combined with workers, is an attempt to improve the offline experience.")
    >>> dumped = [0, 0, 0, _width("The [Fetch specification](https://fetch.spec.whatwg.org), which defines the"), 0, 0]
    >>> reflow(text)[0].count("\\n\\n"), reflow(text, dumped=dumped)[0].count("\\n\\n")
    (2, 1)

    ``paged``: the text was laid out on pages (the document's kind is "page": a PDF's text, a
    scan's), where a column or page break falls anywhere: a full line that ends in a colon goes on
    across a blank line into lower case ("a normal-eccentric state:" | "here we have"). Not in a
    web page's text, where a colon before a blank line opens a quotation, code or a list.

    ``last``: each line's last printed line's width, where a stage before moved that whole printed
    line up onto the line before it (dehyphenate: "that ap-" | "peal." is "that appeal."), 0 for
    the others: what follows is judged after the line as printed, a short one.

    >>> joined = ("The ferry left the quay at noon and the gulls\\nfollowed it, and nobody had heard the appeal.\\n"
    ...           "It rained all day, and the harbour master sat\\nin his office with the door shut.\\n")
    >>> last = [0, _width("peal."), 0, 0, 0]   # "...had heard the ap-" | "peal." as printed
    >>> reflow(joined)[0].count("\\n\\n"), reflow(joined, last=last)[0].count("\\n\\n")
    (0, 1)

    >>> reflow("The gulls came in. The ferry\\nleft the quay at noon.\\nIt rained all day.\\n", blocks=True)[0]
    'The gulls came in. The ferry left the quay at noon. It rained all day.\\n'
    """
    # Columns side by side are the columns stage's (split_columns()), which runs before:
    # reflow takes the lines as they come.
    lines = text.split("\n")
    if not _is_wrapped(lines):
        return text, 0
    body = [line.replace("\f", "").rstrip() for line in lines]
    filled = [line for line in body if line.strip()]
    # The median line is a full one: most lines of a paragraph fill the
    # column, and extractors that glue lines together make the longest ones
    # useless as a measure.
    widths = [_width(line) for line in body]
    # As laid out: only whether a line is a heading's is judged by it, the column and the fit rule
    # by the text as it is.
    laid = [max(w, d) if w else w for w, d in zip(widths, dumped)] if dumped and len(dumped) == len(widths) else widths
    # As printed at its end: the fit and short-line rules judge a line's last printed line.
    ends_at = [t or w for w, t in zip(widths, last)] if last and len(last) == len(widths) else widths
    width = statistics.median(w for w in widths if w)
    # Lines that run on into the next one mid-sentence are full ones. Where short lines of a page's
    # template outnumber the article's (a forum thread's user boxes), the median line is a short
    # one beside them, and they measure the column.
    running = [w for w, a, b in zip(widths, body, body[1:])
               if w and b.strip() and not SENTENCE_END.search(a.strip()) and OPENS_LOWER.match(b.strip())]
    if running and width < SHORT * statistics.median(running):
        width = statistics.median(running)
    if width < NARROW and not blocks and statistics.median(map(_cells, filled)) < NARROW:
        return text, 0
    margin = min(len(line) - len(line.lstrip()) for line in filled)
    leads = [len(line) - len(line.lstrip()) - margin for line in filled]
    indented = sum(lead > 1 for lead in leads)
    # First-line indents mark paragraphs only where the text has them at all.
    use_indent = 0 < indented < len(filled) // 2
    # In page text whose lines all start at the margin but for some one space in (pypdf writes a
    # first-line indent as the one space it reads before the line's first word), that space is the
    # indent, after a sentence end and before a capital (a column of pdftotext -layout set apart
    # stands a space in or out anywhere; pypdf's lines of right-to-left text, without case, stand
    # a space in mid-paragraph).
    indent = 1
    if paged and not indented and 0 < sum(lead == 1 for lead in leads) < len(filled) // 2:
        use_indent, indent = True, 0
    # A paragraph runs on across a blank line only in text that shows a
    # column: lines that run on into the next one. A web page copy whose
    # paragraphs are one short line each (headline, byline, one-sentence
    # paragraphs) has hardly any, and its median line is no column.
    inner = sum(1 for a, b in zip(body, body[1:])
                if a.strip() and b.strip() and not LIST_ITEM.match(b.strip()))
    # And lines that run on mid-sentence: a line with no sentence end over one that opens with no
    # capital. A menu's items stand one under another too, each a name with its capital.
    runs_on_lines = any(a.strip() and b.strip() and not SENTENCE_END.search(a.strip())
                        and not STARTS_UPPER.match(b.strip()) and not LIST_ITEM.match(b.strip())
                        for a, b in zip(body, body[1:]))
    has_column = inner >= MIN_INNER_LINES and runs_on_lines

    paragraphs: list[list[str]] = []
    # Not in a text whose author sets spaces between phrases (a blog's "報到 已將"): there a line
    # break is such a space too.
    gluable = (GLUE not in text and bool(UNSPACED.search(text))
               and len(SPACED.findall(text)) * PHRASE_SPACES <= len(UNSPACED.findall(text)))
    joined = 0
    prev = ""  # the previous non-blank line, as extracted
    prev_width = 0.0  # its printed width, with what dehyphenation took from it
    overflow = 0.0  # how far the line before it ran past the column
    all_short = False  # whether every line of the paragraph so far is short
    blank_since = False
    # A line with a blank line (or the text's edge) on both sides: a block of one line.
    alone = [not (i and body[i - 1].strip()) and not (i + 1 < len(body) and body[i + 1].strip())
             for i in range(len(body))]
    for raw, original, line_width, laid_width, end_width, by_itself in zip(body, lines, widths, laid, ends_at, alone):
        line = raw.strip()
        if not line and "\f" in original:
            # A page or column break is no paragraph break: the lines on
            # either side are judged as if they met.
            continue
        if not line:
            blank_since = True
            continue
        new = not paragraphs
        if not new:
            prev_short = prev_width < SHORT * width
            ends = bool(SENTENCE_END.search(prev.strip()))
            # A number opens a continuation only after a full line, and with words after it: a
            # number alone, or after a short line, is a count of its own (a vote count).
            runs_on = not ends and (STARTS_LOWER.match(line) or OPENS_LOWER.match(line) and not prev_short
                                    and " " in line)
            heading = all_short
            if blank_since and blocks:
                new = True
            elif not blocks and (_figures_only(line) or _figures_only(prev.strip())
                                 or _record(line) or _record(prev.strip())):
                new = True
            elif blank_since and not paged and LIST_ITEM.match(line):
                # A list item or numbered clause after a blank line opens a paragraph of its own,
                # after a title above it too ("TERMS OF CHARTER" | "" | "1. Definitions"). In page
                # text a page break may fall before "1. Januar" of a German date.
                new = True
            elif blank_since:
                # A blank line ends a paragraph unless the text plainly runs
                # on across it (a page or column break mid-sentence): the
                # next line opens in lower case, or the line before is full,
                # with no sentence end, and the next word (a name) would not
                # have fitted on it. After a byline, a number opens a
                # dateline, not a continuation.
                # Outside page text, not after a line that is a paragraph of its own over a block of
                # several lines: a headline over wrapped text, a title over a poem's short lines.
                # An extractor's page text puts blank lines anywhere; where the line after the blank
                # stands alone too, the text may set a blank line after every line.
                cut = (has_column and not ends and not prev_short and (len(paragraphs[-1]) > 1 or by_itself or paged)
                       and not _next_word_fits(prev_width, line, width))
                # A short line before the blank ended there, whatever comes next: a signature,
                # a "Post by NAME" line, above a user's name in lower case ("peter_tern").
                # A full line that ends in a colon goes on in lower case across a column break.
                colon = (paged and not prev_short and COLON_END.search(prev.strip()) and STARTS_LOWER.match(line)
                         and not LIST_ITEM.match(line))
                new = not (runs_on and not prev_short or cut or colon) or (heading and not STARTS_LOWER.match(line))
            elif LIST_ITEM.match(line):
                new = True
            elif blocks:
                new = False
            elif (use_indent and len(raw) - len(raw.lstrip()) > margin + indent
                  and (indent or ends and STARTS_UPPER.match(line))):
                new = True
            elif prev_short and ends:
                new = True
            elif ends and _next_word_fits(prev_width, line, width):
                new = True
            elif DASH_END.search(prev.strip()) and _next_word_fits(prev_width, line, width):
                new = True
            elif prev_short and not STARTS_LOWER.match(line) and heading:
                # Short lines only, no sentence end, then a capital or a
                # number: a heading, byline or dateline. Inside a paragraph
                # the same shape is a line shortened by a word moved up from
                # the next one.
                new = True
        if new:
            paragraphs.append([line])
            all_short = True
            overflow = 0.0
        else:
            # A joint after a full line between two Han or kana: no space (marked, then dropped).
            unspaced = gluable and not prev_short and UNSPACED.match(paragraphs[-1][-1][-1:]) and UNSPACED.match(line)
            paragraphs[-1].append(GLUE + line if unspaced else line)
            joined += 1
        all_short = all_short and laid_width < SHORT * width
        prev, prev_width, blank_since = raw, line_width + overflow, False
        overflow = _overflow(line, line_width, width)
        if end_width != line_width:
            # Its last printed line was moved up whole: what follows is judged after that line.
            prev_width, overflow = end_width, 0.0
    texts = (" ".join(p) for p in paragraphs)
    out = "\n\n".join(SPACES.sub(" ", t.replace(" " + GLUE, "") if gluable else t) for t in texts)
    return out + ("\n" if text.endswith("\n") else ""), joined


# --- the stage -------------------------------------------------------------


@stage("reflow")
class Reflow(Relayout):
    """Join hard-wrapped lines into paragraphs (after the columns stage has put side-by-side
    columns in reading order)."""

    counter = "lines_joined"
    shows_joins = True   # --explain names each paragraph made of several lines

    def relay_document(self, doc: Document, text: str, lines: list[Line]) -> Relaid:
        # A PDF read directly comes with its paragraphs found from the page (cleantext.pdf). Read
        # from the document on each call: the stage object is shared by documents and threads.
        new, joined = self.relay(text, blocks=doc.encoding == "pdf", dumped=_dumped(doc, lines),
                                 last=_moved_up(doc, lines) if doc.kind in ("page", "prose") else None,
                                 paged=doc.kind == "page")
        return Relaid(new, {self.counter: joined})

    def relay(self, text: str, blocks: bool = False, dumped: list[float] | None = None,
              last: list[float] | None = None, paged: bool = False) -> tuple[str, int]:
        new, joined = reflow(text, blocks=blocks, dumped=dumped, last=last, paged=paged)
        new = new.rstrip("\n")  # reflow() ends a text with a line end; the kept lines joined have none
        return (new, joined) if new != text.rstrip("\n") else (text, 0)


def _dumped(doc: Document, lines: list[Line]) -> list[float] | None:
    """Each kept line's printed width as the input had it, where the markup stage took the address
    of a link inside running text out of that one input line ("The [Fetch specification](https://...),
    which defines the" is a full line as dumped); 0 for the others. Not for a heading ("### [TITLE](...)"),
    a line with an image, nor a line that is links alone (a byline, a menu): their width as dumped
    is the address's, not the column's."""
    if not doc.counters.get("markup"):   # the markup stage changed no line: no address was taken out
        return None
    raw = doc.raw_lines
    widths, any_ = [], False
    for line in lines:
        first, last = line.span
        source = raw[first - 1].strip() if first == last and 0 < first <= len(raw) else ""
        if source and source != line.text.strip() and not source.startswith("#") and "![" not in source \
                and LINK.search(source) and regex.search(r"\w", LINK.sub("", source)) and marks_in(source) \
                and strip_markdown(source) == line.text.strip():
            widths.append(_width(source))
            any_ = True
        else:
            widths.append(0.0)
    return widths if any_ else None


HYPHEN_END = regex.compile(r"\p{L}[-\u2010\u00ad]$")


def _moved_up(doc: Document, lines: list[Line]) -> list[float] | None:
    """Each kept line's last printed line's width, where dehyphenation moved that whole input line
    up ("that ap-" | "peal." became "that appeal."): the line took in the input line after its own,
    its own ended in a word broken at a hyphen, and the next kept line begins past it. 0 for the
    others. Asked of page text and prose only: a web page's dump breaks a line at a hyphen inside
    an address or a compound, where the rest of it says nothing of a paragraph's end."""
    raw = doc.raw_lines
    widths, any_ = [], False
    for line, nxt in zip(lines, lines[1:] + [None]):
        first, last = line.span
        width = 0.0
        head = raw[first - 1].rstrip() if 0 < first <= len(raw) else ""
        tail = raw[last - 1].strip() if 0 < last <= len(raw) else ""
        piece = head.rsplit(" ", 1)[-1]
        if last == first + 1 and (nxt is None or nxt.span[0] > last) and HYPHEN_END.search(head) \
                and tail and " " not in tail \
                and line.text.rstrip().endswith((piece[:-1] + tail, piece + tail)):
            width = float(_width(raw[last - 1].strip()))
            any_ = True
        widths.append(width)
    return widths if any_ else None


@stage("columns")
class Columns(Relayout):
    """Put side-by-side columns (pdftotext -layout) one after the other, before hyphens are read."""

    counter = "columns_split"
    keeps_code = False  # columns are found over the whole text

    def relay(self, text: str) -> tuple[str, int]:
        if "   " not in text:  # no column gap anywhere: nothing to split (the unweave stage
            return text, 0       # puts columns an extractor mixed in order)
        return split_columns(text), 1
