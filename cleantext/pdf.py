"""PDF input: the text layer read with pdfplumber, laid out from the characters' positions.

Lines are grouped by their position on the page; two columns are found by the empty band
between them, on each page or, where a page shows it too weakly (short last columns), from the
band the document's other pages share. Lines at the top or bottom of pages that repeat, carry
the page's number in step with other pages (odd and even heads), or are lone page numbers are
left out and counted; paragraphs start where the vertical gap grows, the first line is
indented or the face changes, so a paragraph that ends on a full line is still found. Paragraphs come out as their wrapped lines with a blank line between them,
the form pdftotext gives, so the dehyphenate stage judges line-end hyphens and the reflow stage
joins the lines.
"""
from __future__ import annotations

import io
import logging
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field

from .pdfblocks import cells, side_by_side
from .pdffurniture import PAGE_NUMBER, _furniture
from .pdfglyphs import add_tex_glyph_names, mapped, placed_accents
from .pdfslant import slanted, slanted_words

PDF_SIGNATURE = b"%PDF-"
# Bold faces by their names: "Times-Bold", "Arial,Bold", "SemiBold", TeX's "CMBX10" (bold
# extended) and "SFBX".
BOLD = re.compile(r"bold|black|heavy|demi|(?:^|\+)(?:CM|SF|LM\w*)BX", re.IGNORECASE)
# A word space where a line has none to measure, as a share of the type size (a line's own
# narrowest space is taken where it has one: a short last line is set with natural spaces); the
# slack allowed at a column's right edge, in points.
SPACE, THIN, ROOM_SLACK = 0.25, 0.15, 1.0
# A column's right edge: this share of its lines end at or before it (an overfull line, a hyphen
# hung in the margin, runs past it).
EDGE_SHARE = 0.9
# A second column set short (the text ends on its page): at least this many rows.
SHORT_ROWS = 3


class PdfError(ValueError):
    """A PDF whose text cannot be read: no text layer, encrypted, or broken."""


@dataclass
class Line:
    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    margin: float = 0.0  # the left edge of the column the line is in
    bold: bool = False  # most of its letters set in a bold face
    first: float = 0.0  # the width of its first word
    edge: float = 0.0  # the right edge of the column the line is in
    space: float = 0.0  # its narrowest word space (0.0: one word only)

    def leaves_room(self, following: "Line") -> bool:
        """Whether the next line's first word would have fitted at this line's end: a program
        fills each line of a paragraph as far as the next word allows, so a line that left room
        ended its paragraph. Measured on the page, not in characters."""
        # a gap narrower than a thin space is no word space (a note mark, a kerned pair)
        space = self.space if self.space >= self.size * THIN else self.size * SPACE
        return self.x1 + space + following.first <= self.edge + ROOM_SLACK

    def indented(self) -> bool:
        return self.x0 - self.margin > max(2.0, self.size * 0.8)


@dataclass
class PdfText:
    text: str
    pages: int
    # the running heads, feet and page numbers left out: (text, class, reason), class "header",
    # "footer" or "page-number"
    furniture: list[tuple[str, str, str]] = field(default_factory=list)
    empty_pages: list[str] = field(default_factory=list)  # pages without a text layer
    # the programs that made the PDF, as its document information says ("" when it does not):
    # Producer (the PDF library, "Skia/PDF m156") and Creator (the application, "Writer")
    producer: str = ""
    creator: str = ""
    # glyphs left out because their font maps them to no character (pdfminer's "(cid:N)")
    unmapped: int = 0


def is_pdf(data: bytes) -> bool:
    """Whether bytes are a PDF, by their signature (a few bytes of junk before it are allowed, as readers do)."""
    return data[:1024].lstrip(b"\x00\t\r\n ").startswith(PDF_SIGNATURE)


def is_pdf_file(path) -> bool:
    """Whether a regular file's first bytes are a PDF's (False for a pipe, whose bytes reading
    would take, and for a file that cannot be read: that is said when it is read)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as file:
            return is_pdf(file.read(1024))
    except OSError:
        return False


def text_name(name):
    """The name a PDF's clean text is written under: ``report.pdf`` -> ``report.txt``."""
    return name.with_name((name.stem if name.suffix.lower() == ".pdf" else name.name) + ".txt")


def _rows(words: list[dict]) -> list[list[dict]]:
    """Words grouped into rows that share a baseline, top to bottom, each row left to right."""
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        if rows and abs(rows[-1][0]["bottom"] - word["bottom"]) <= max(1.5, word["size"] * 0.25):
            rows[-1].append(word)
        else:
            rows.append([word])
    rows = _raised_and_lowered(rows)
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    return rows


def _raised_and_lowered(rows: list[list[dict]]) -> list[list[dict]]:
    """Rows of small type within the height of a neighbouring row of larger type (a superscript
    "km²", a note mark, a subscript) joined to that row, as words of their own."""
    merged: list[list[dict]] = []
    for index, row in enumerate(rows):
        size = max(w["size"] for w in row)
        top, bottom = min(w["top"] for w in row), max(w["bottom"] for w in row)
        below = rows[index + 1] if index + 1 < len(rows) else None
        if merged and size < 0.85 * max(w["size"] for w in merged[-1]) and top < max(w["bottom"] for w in merged[-1]):
            merged[-1] = merged[-1] + row  # a subscript: inside the row above
        elif (below is not None and size < 0.85 * max(w["size"] for w in below)
              and bottom > min(w["top"] for w in below) and top >= min(w["top"] for w in below) - size):
            below[:0] = row  # a superscript: inside the row below, joined when that row comes
        else:
            merged.append(row)
    return merged


def _cover(words: list[dict], width: float) -> list[int]:
    """How many words cross each point of the page's width."""
    cover = [0] * (int(width) + 2)
    for word in words:
        for x in range(max(0, int(word["x0"])), min(len(cover), int(word["x1"]) + 1)):
            cover[x] += 1
    return cover


def _gutter(words: list[dict], width: float) -> tuple[float, float] | None:
    """The empty vertical band between two columns, or None for a page in one column.

    The band lies in the middle of the page, is at least 5 pt wide, is crossed by few words (a
    title or a running head may span both columns), and has text on both sides.
    """
    if len(words) < 8 or width <= 0:
        return None
    cover = _cover(words, width)
    allowed = len(_rows(words)) // 10
    best: tuple[float, float] | None = None
    x = int(width * 0.3)
    while x < width * 0.7:
        if cover[x] <= allowed:
            start = x
            while x < width * 0.7 and cover[x] <= allowed:
                x += 1
            if x - start >= 5 and (best is None or x - start > best[1] - best[0]):
                best = (float(start), float(x))
        x += 1
    if best is None:
        return None
    left = sum(1 for w in words if w["x1"] <= best[0])
    right = [w for w in words if w["x0"] >= best[1]]
    if min(left, len(right)) >= len(words) * 0.15:
        return best
    return best if left > len(right) and _short_column(right, [w for w in words if w["x1"] <= best[0]]) else None


def _short_column(side: list[dict], other: list[dict]) -> bool:
    """Whether the few words right of a band are a second column set short (a last page's, the
    text ending there): SHORT_ROWS rows or more, most of them beginning at one left edge, the
    first of them level with the top of the column beside it."""
    rows, beside = _rows(side), _rows(other)
    if len(rows) < SHORT_ROWS or len(beside) < SHORT_ROWS:
        return False
    edge = min(row[0]["x0"] for row in rows)
    aligned = sum(row[0]["x0"] - edge <= 1.0 for row in rows)
    return aligned * 3 >= len(rows) * 2 and rows[0][0]["top"] <= beside[0][0]["top"] + 3 * _usual_step(beside)


def _document_gutter(gutters: list[tuple[float, float] | None]) -> tuple[float, float] | None:
    """The gutter most pages share (within 6 pt), when at least half of the pages have one.

    A page whose columns are short (an article's last page) or uneven shows its gutter too
    weakly to be found alone; the document's other pages tell where it is (of two pages, the
    other one).
    """
    found = [g for g in gutters if g is not None]
    if not found or len(found) * 2 < len(gutters):
        return None
    middles = sorted((g[0] + g[1]) / 2 for g in found)
    median = middles[len(middles) // 2]
    agreeing = [g for g in found if abs((g[0] + g[1]) / 2 - median) <= 6]
    if len(agreeing) * 2 < len(found) + 1:
        return None
    return max(g[0] for g in agreeing), min(g[1] for g in agreeing)


def _page_gutter(words: list[dict], own: tuple[float, float] | None,
                 shared: tuple[float, float] | None) -> tuple[float, float] | None:
    """The gutter a page is read with: its own, unless the document's columns say otherwise.

    Where most pages share a gutter, a page whose own band lies elsewhere (the gap between two
    columns of a table, or of a figure) is read with the shared gutter if its words leave that
    empty, else as one column; a page where no band was found takes the shared one likewise.
    """
    if shared is None:
        return own
    if own is not None and abs((own[0] + own[1]) / 2 - (shared[0] + shared[1]) / 2) <= 6:
        return own
    return shared if _fits_gutter(words, shared) else None


def _fits_gutter(words: list[dict], gutter: tuple[float, float]) -> bool:
    """Whether a page's words leave the document's gutter empty but for a few spanning rows,
    with text on both sides of it.

    A word that runs into the gutter and stops there, or runs on over the next column's words
    of its row (an overfull line's last word, "spring—slap-", "down—“What"), is the left
    column's, not a row across both.
    """
    middle = (gutter[0] + gutter[1]) / 2
    rows = _rows(words)
    row_of = {id(w): row for row in rows for w in row}
    crossing = [w for w in words if _across(w, row_of.get(id(w), [w]), gutter)]
    crossing_rows = {round(w["bottom"]) for w in crossing}
    left = sum(1 for w in words if w["x1"] <= middle)
    right = sum(1 for w in words if w["x0"] >= middle)
    return bool(rows) and len(crossing_rows) <= max(1, len(rows) // 10) and min(left, right) >= 3


def _make_lines(rows: list[list[dict]]) -> list[Line]:
    lines = []
    for row in rows:
        tokens = _tokens(row)
        lines.append(Line(" ".join("".join(w["text"] for w in token) for token in tokens),
                          min(w["top"] for w in row), max(w["bottom"] for w in row), row[0]["x0"], row[-1]["x1"],
                          Counter(round(w["size"], 1) for w in row).most_common(1)[0][0],
                          bold=sum(len(w["text"]) for w in row if BOLD.search(w.get("fontname", "")))
                          * 2 > sum(len(w["text"]) for w in row), first=tokens[0][-1]["x1"] - row[0]["x0"],
                          space=min((b[0]["x0"] - a[-1]["x1"] for a, b in zip(tokens, tokens[1:])), default=0.0)))
    _measure(lines)
    return lines


def _tokens(row: list[dict]) -> list[list[dict]]:
    """A row's words as set: pdfplumber ends a word where the font or the size changes ("CWEB" in
    a typewriter face, the full stop after it in the text face; the larger first letter of a word
    set in small capitals), and such pieces, on one baseline with no word space between them, are
    one word again (a raised note mark is not on the baseline)."""
    tokens = [[row[0]]]
    for word in row[1:]:
        last = tokens[-1][-1]
        size = min(last["size"], word["size"])
        if ((last.get("fontname") != word.get("fontname") or abs(last["size"] - word["size"]) >= 0.1)
                and abs(word["x0"] - last["x1"]) < size * THIN and abs(word["bottom"] - last["bottom"]) < size * THIN):
            tokens[-1].append(word)
        else:
            tokens.append([word])
    return tokens


def _measure(lines: list[Line]) -> None:
    """Set the left and right edges of the column the lines make up."""
    if lines:
        margin = min(line.x0 for line in lines)  # the column's left edge
        ends = sorted(line.x1 for line in lines)
        edge = ends[min(len(ends) - 1, int(len(ends) * EDGE_SHARE))]
        for line in lines:
            line.margin, line.edge = margin, edge


def _body(lines: list[Line], drop: set[int]) -> list[Line]:
    """A page's lines but its furniture, each column measured again without it (a browser's
    head set in the page margin moved the column's left edge)."""
    body = [line for i, line in enumerate(lines) if i not in drop]
    columns: dict[tuple[float, float], list[Line]] = {}
    for line in body:
        columns.setdefault((line.margin, line.edge), []).append(line)
    for column in columns.values():
        _measure(column)
    return body


def _words(page) -> list[dict]:
    page = page.filter(mapped)  # a glyph without a character is no letter of a word
    runs = slanted_words(page.chars)  # a line set at a slant, read along its baseline
    if runs:
        page = page.filter(lambda obj: not slanted(obj))
    return [placed_accents(word) for word in page.extract_words(
        keep_blank_chars=False, use_text_flow=False, x_tolerance_ratio=0.15, extra_attrs=["size", "fontname"],
        return_chars=True)] + runs


def _usual_step(rows: list[list[dict]]) -> float:
    """The median distance between the tops of successive rows (one column's line spacing)."""
    steps = sorted(b[0]["top"] - a[0]["top"] for a, b in zip(rows, rows[1:]))
    return steps[len(steps) // 2] if steps else 0.0


def _set_apart(edge: list[dict], column: list[dict], below: bool) -> bool:
    """Whether an edge row's words in one column stand apart from that column's body: the gap to
    the column's next line is wider than the column's usual line spacing by half."""
    rows = _rows([w for w in column if id(w) not in {id(e) for e in edge}])
    if not rows:
        return True
    top = min(w["top"] for w in edge)
    neighbour = (min(rows, key=lambda r: r[0]["top"] - top if r[0]["top"] > top else float("inf")) if below
                 else max(rows, key=lambda r: r[0]["top"] - top if r[0]["top"] < top else float("-inf")))
    step = abs(neighbour[0]["top"] - top)
    usual = _usual_step(rows)
    return usual > 0 and step > usual * 1.5


def _fills(part: list[dict], column: list[dict]) -> bool:
    """Whether a row's words in one column run across most of the column's width (a line of text,
    not a running head's words)."""
    left, right = min(w["x0"] for w in column), max(w["x1"] for w in column)
    return part[-1]["x1"] - part[0]["x0"] >= 0.75 * (right - left)


def _spans(row: list[dict], gutter: tuple[float, float]) -> bool:
    """Whether a row is one line across both columns rather than a line of each.

    It is when a word crosses the gutter's middle (a hyphen or a quote protruding into the
    gutter does not), unless that word runs over the next column's words on the same row (an
    overfull line of the left column printed over the right one); or when the row has words on
    both sides and the gap between them is a word space, not the gutter: a centred title line
    ("Your Name") whose space falls on the middle.
    """
    middle = (gutter[0] + gutter[1]) / 2
    if any(_across(w, row, gutter) for w in row):
        return True
    left = [w["x1"] for w in row if w["x1"] <= middle + 1]
    right = [w["x0"] for w in row if w["x0"] >= middle - 1]
    if not (left and right):
        return False
    # a word space is a third of an em; the narrowest gutters are near a whole one
    size = max(w["size"] for w in row)
    return 0 <= min(right) - max(left) < min((gutter[1] - gutter[0]) * 0.6, size * 0.5)


def _across(word: dict, row: list[dict], gutter: tuple[float, float]) -> bool:
    """Whether a word of a row crosses the gutter's middle as a line across both columns does.

    A hyphen or a quote protruding into the gutter does not cross it; an overfull line's last
    word that runs from the left column into the gutter and stops there ("spring—slap-"), or
    runs on over the next column's words of its row, is the left column's. A centred word that
    crosses the middle reaches both sides of the gutter, or stays inside it.
    """
    middle = (gutter[0] + gutter[1]) / 2
    if not (word["x0"] < middle - 1 and word["x1"] > middle + 1) or _overprinted(word, row):
        return False
    return not (word["x0"] < gutter[0] - 1 and word["x1"] <= gutter[1] + 1)


def _overprinted(word: dict, row: list[dict]) -> bool:
    """Whether another word of the row starts inside this one (two columns' lines overlapping)."""
    return any(other is not word and word["x0"] < other["x0"] < word["x1"] - 1 for other in row)


def _table(words: list[dict], gutter: tuple[float, float] | None) -> bool:
    """Whether a page's band is the gap between a table's columns, not a gutter between two
    columns of text (``cleantext.pdfblocks.cells``)."""
    if gutter is None:
        return False
    middle = (gutter[0] + gutter[1]) / 2
    return cells(_rows([w for w in words if w["x1"] <= middle]), _rows([w for w in words if w["x0"] >= middle]))


def _lines(words: list[dict], gutter: tuple[float, float] | None, width: float = 0.0) -> list[Line]:
    """The page's text lines in reading order: full-width lines and, between them, each column top
    to bottom. On a page without a gutter, a block of two sides of running text (stanzas side by
    side) is read side by side, the left one first."""
    if gutter is None:
        rows = _rows(words)
        blocks = side_by_side(rows, width, _rows)
        if all(sides is None for _, sides in blocks):
            return _make_lines(rows)
        # the rows read across are measured together, as one column; each side of a block alone
        plain = iter(_make_lines([row for block, sides in blocks if sides is None for row in block]))
        ordered: list[Line] = []
        for block, sides in blocks:
            if sides is None:
                ordered += [next(plain) for _ in block]
            else:
                ordered += [line for side in sides for line in _make_lines(side)]
        return ordered
    middle = (gutter[0] + gutter[1]) / 2
    rows = _rows(words)
    spanning_rows = [row for row in rows if _spans(row, gutter)]
    # A head or foot at the page's edge, split by the gutter ("Journal ... Vol. 3") or set over
    # one column only ("2  Coastal Letters"), is a line of its own: in each column where it has
    # words, a wider gap than that column's line spacing sets it apart. Each column is measured
    # alone: lines of two columns whose baselines do not align interleave on the page.
    left_words = [w for w in words if w["x0"] < middle]
    right_words = [w for w in words if w["x0"] >= middle]
    for edge, below in ((rows[0], True), (rows[-1], False)) if len(rows) > 1 else ():
        if edge in spanning_rows:
            continue
        sides = [(part, column) for part, column in (([w for w in edge if w["x0"] < middle], left_words),
                                                      ([w for w in edge if w["x0"] >= middle], right_words)) if part]
        # Or it stands far from every line of the page (a figure's labels make a column's own
        # spacing say little).
        neighbour = rows[1] if below else rows[-2]
        far = abs(neighbour[0]["top"] - edge[0]["top"]) > 3 * max(w["size"] for w in edge)
        # A row of running text in both columns (two paragraphs opening level, after their gaps)
        # is not set apart as a head or foot is.
        body = len(sides) == 2 and all(_fills(part, column) for part, column in sides)
        if sides and (far or not body and all(_set_apart(part, column, below) for part, column in sides)):
            spanning_rows.append(edge)
    spanning_rows.sort(key=lambda row: row[0]["top"])
    spanning_ids = {id(w) for row in spanning_rows for w in row}
    rest = [w for w in words if id(w) not in spanning_ids]
    left = _make_lines(_rows([w for w in rest if w["x0"] < middle]))
    right = _make_lines(_rows([w for w in rest if w["x0"] >= middle]))
    spanning = _make_lines(spanning_rows)
    ordered: list[Line] = []
    bounds = [line.top for line in spanning] + [float("inf")]
    above = float("-inf")
    for index, bound in enumerate(bounds):
        ordered += [line for line in left if above <= line.top < bound]
        ordered += [line for line in right if above <= line.top < bound]
        if index < len(spanning):
            ordered.append(spanning[index])
            above = spanning[index].top
    return ordered


def _indents(bodies: list[list[Line]]) -> bool:
    """Whether the document marks its paragraphs by a first-line indent: after most lines that
    plainly end a paragraph (a sentence end with room left on the line, within a column), the
    next line is indented."""
    votes = Counter(line.indented() for lines in bodies for previous, line in zip(lines, lines[1:])
                    if line.top > previous.top and SENTENCE_END.search(previous.text)
                    and not line.text[:1].islower() and previous.leaves_room(line))
    return votes[True] >= 2 and votes[True] > votes[False]


def _paragraphs(lines: list[Line], indents: bool = False) -> list[list[Line]]:
    """Group a page's body lines into paragraphs by vertical gap, first-line indent, font size and
    weight, and a sentence end on a line that left room for the next line's first word.

    Where the text goes back up (the next column), a new paragraph starts at an indented line in
    a document that indents its paragraphs (``indents``), else after a sentence end.
    """
    if not lines:
        return []
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:]) if b.top > a.top]
    usual_gap = sorted(gaps)[len(gaps) // 2] if gaps else 0.0
    paragraphs = [[lines[0]]]
    for previous, line in zip(lines, lines[1:]):
        ends = bool(SENTENCE_END.search(previous.text)) and not line.text[:1].islower()
        if line.top <= previous.top:  # a new column
            new = line.indented() or (ends and not indents)
        else:
            wide_gap = line.top - previous.bottom > usual_gap + max(2.0, line.size * 0.3)
            # a heading set in the body's size is known by its weight
            face_change = abs(line.size - previous.size) > 0.5 or line.bold != previous.bold
            new = ((line.indented() and not previous.indented()) or wide_gap or face_change
                   or ends and previous.leaves_room(line))
        if new:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return paragraphs


def read_pdf(data: bytes) -> PdfText:
    """The text of a PDF, each paragraph its wrapped lines, blank lines between; PdfError when there is none.

    The furniture left out is in ``furniture``, not in ``text``.
    """
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect, PDFEncryptionError
    except ImportError:  # pragma: no cover - a default dependency
        raise PdfError("reading PDF needs the pdfplumber package: pip install pdfplumber") from None
    # pdfminer logs what it works around ("Could not get FontBBox ..."); with no logging set
    # up, Python would print that on standard error beside cleantext's own messages.
    logging.getLogger("pdfminer").addHandler(logging.NullHandler())
    add_tex_glyph_names()
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            page_words = [(_words(page), float(page.width)) for page in pdf.pages]
            unmapped = sum(not mapped(char) for page in pdf.pages for char in page.chars)
            info = pdf.metadata
    except Exception as error:  # pdfminer raises many kinds on damaged files; pdfplumber wraps them
        cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise PdfError("the PDF is encrypted: it cannot be read without its password; "
                           "decrypt it first, e.g. `qpdf --decrypt --password=... in.pdf out.pdf`") from None
        raise PdfError(f"the PDF is damaged and could not be read ({type(cause).__name__}: {cause})") from None
    # a table's gap between its columns is no gutter, on its page or shared with others
    gutters = [None if _table(words, gutter) else gutter
               for (words, width), gutter in ((pw, _gutter(*pw)) for pw in page_words)]
    shared = _document_gutter(gutters)
    pages = []
    for (words, width), gutter in zip(page_words, gutters):
        gutter = _page_gutter(words, gutter, shared)
        pages.append(_lines(words, None if _table(words, gutter) else gutter, width))
    empty = [str(number) for number, lines in enumerate(pages, 1) if not lines]
    if len(empty) == len(pages) and unmapped:
        raise PdfError("the PDF's fonts map its glyphs to no characters (no ToUnicode map): its text "
                       "cannot be read from it; run OCR on it, e.g. `ocrmypdf --force-ocr in.pdf out.pdf`")
    if len(empty) == len(pages):
        raise PdfError(f"the PDF has no text layer (a scan?) on page{'s' if len(empty) > 1 else ''} "
                       f"{_ranges(empty)}; run OCR on it first, e.g. `ocrmypdf in.pdf out.pdf` or tesseract")
    furniture_index = _furniture(pages)
    blocks: list[str] = []
    furniture: list[tuple[str, str, str]] = []
    bodies = [_body(lines, drop) for lines, drop in zip(pages, furniture_index)]
    indents = _indents(bodies)
    for page, (lines, drop, body) in enumerate(zip(pages, furniture_index, bodies), 1):
        for i in sorted(drop):
            cls = "page-number" if PAGE_NUMBER.match(lines[i].text) else "header" if i <= 1 else "footer"
            where = "top" if i <= 1 else "bottom"
            furniture.append((lines[i].text, cls, f"PDF page {page}, at the {where}"))
        for number, paragraph in enumerate(_paragraphs(body, indents)):
            text = _join(paragraph)
            if number == 0 and blocks and _continues(blocks[-1], paragraph, indents):
                blocks[-1] = _join_text(blocks[-1], text)
            else:
                blocks.append(text)
    return PdfText("\n\n".join(blocks) + "\n", len(pages), furniture, empty,
                   _info(info, "Producer"), _info(info, "Creator"), unmapped)


def _info(info: dict, key: str) -> str:
    """A document information entry as text ("" when missing or not a string)."""
    value = info.get(key) if isinstance(info, dict) else None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return " ".join(value.split()) if isinstance(value, str) else ""


SENTENCE_END = re.compile(r"[.!?:…\"”’»)\]]\s*$")


def _continues(previous: str, paragraph: list[Line], indents: bool = False) -> bool:
    """Whether a page's first paragraph goes on with the previous page's last one: its first line
    is not indented in a document that indents its paragraphs, or the previous one ends mid-sentence."""
    if paragraph[0].indented():
        return False
    return indents or not SENTENCE_END.search(previous) or paragraph[0].text[:1].islower()


def _join(paragraph: list[Line]) -> str:
    return "\n".join(line.text for line in paragraph)


def _join_text(left: str, right: str) -> str:
    """Two pieces of one paragraph, joined by a space; a line-end hyphen is kept with a line break
    after it, for the dehyphenate stage to judge."""
    if left.endswith(("-", "\N{HYPHEN}")) and left[-2:-1].isalpha() and right[:1].isalpha():
        return left + "\n" + right
    return left + " " + right


def _ranges(numbers: list[str]) -> str:
    if len(numbers) > 8:
        return ", ".join(numbers[:8]) + f" and {len(numbers) - 8} more"
    return ", ".join(numbers)
