"""PDF input: the text layer read by position (tests/fixtures/pdf/input/, made by
benchmarks/make_pdf_inputs.py, so no PDF tool is needed here)."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cleantext import Pipeline
from cleantext.pdf import PdfError, is_pdf, read_pdf

INPUT = Path(__file__).resolve().parent / "fixtures" / "pdf" / "input"


def _run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "cleantext", *map(str, args)], input=stdin,
                          capture_output=True)


def _paragraphs(text: str) -> list[str]:
    return [block.strip() for block in text.split("\n\n") if block.strip()]


def test_recognised_by_its_bytes_not_its_name(tmp_path):
    renamed = tmp_path / "harbour.txt"
    renamed.write_bytes((INPUT / "fpdf-harbour.pdf").read_bytes())
    assert is_pdf(renamed.read_bytes()) and not is_pdf(b"%PD plain text")
    result = _run(renamed)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == (INPUT / "fpdf-harbour.expected.txt").read_text(encoding="utf-8")


def test_standard_input():
    result = _run(stdin=(INPUT / "fpdf-columns.pdf").read_bytes())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == (INPUT / "fpdf-columns.expected.txt").read_text(encoding="utf-8")


def test_a_paragraph_ending_on_a_full_line_is_split_by_the_next_indent():
    paragraphs = _paragraphs(read_pdf((INPUT / "fpdf-harbour.pdf").read_bytes()).text)
    # The second paragraph's last line is as long as the others: only the next line's indent tells.
    assert paragraphs[1].endswith("counted his coins at the long counter.")
    assert paragraphs[2].startswith("In the afternoon")


def test_running_heads_and_page_numbers_are_removed_and_reported():
    read = read_pdf((INPUT / "fpdf-harbour.pdf").read_bytes())
    # Odd and even pages carry different heads: each is known by its place and smaller size.
    assert sorted(text for text, _, _ in read.furniture) == ["1", "2", "Tales of the Coast", "The Harbour Chronicle"]
    assert "Chronicle" not in read.text and "Coast" not in read.text
    result = Pipeline.default().run((INPUT / "fpdf-harbour.pdf").read_bytes())
    assert result.report["encoding"] == "pdf"
    removed = {(r["text"], r["class"]) for r in result.report["removed"]}
    assert removed == {("The Harbour Chronicle", "header"), ("Tales of the Coast", "header"),
                       ("1", "page-number"), ("2", "page-number")}
    assert result.text == (INPUT / "fpdf-harbour.expected.txt").read_text(encoding="utf-8")


def test_a_paragraph_across_the_page_break_is_one():
    paragraphs = _paragraphs(read_pdf((INPUT / "fpdf-harbour.pdf").read_bytes()).text)
    assert ("along the quay, where the children were still playing with a ball.") in paragraphs[2]
    assert len(paragraphs) == 5


def test_two_columns_are_read_in_order():
    # Each paragraph keeps its wrapped lines (for dehyphenate and reflow); read as running text,
    # the paragraphs are the source's, whole, in the order the columns are read.
    paragraphs = [" ".join(p.split()) for p in _paragraphs(read_pdf((INPUT / "fpdf-columns.pdf").read_bytes()).text)]
    assert paragraphs == [
        "First column, first paragraph: it begins the text and must be read first of all.",
        "First column, second paragraph, read second.",
        "Second column, first paragraph: it is read only after the whole first column.",
        "Second column, last paragraph, read last."]


def test_a_scanned_pdf_names_its_pages_and_suggests_ocr(tmp_path):
    with pytest.raises(PdfError, match=r"no text layer.*pages 1, 2.*ocrmypdf"):
        read_pdf((INPUT / "fpdf-scanned.pdf").read_bytes())
    result = _run(INPUT / "fpdf-scanned.pdf")
    assert result.returncode == 1
    assert b"fpdf-scanned.pdf" in result.stderr and b"OCR" in result.stderr
    assert b"Traceback" not in result.stderr


def test_an_encrypted_pdf_says_so():
    result = _run(INPUT / "fpdf-encrypted.pdf")
    assert result.returncode == 1
    assert b"encrypted" in result.stderr and b"password" in result.stderr
    assert b"Traceback" not in result.stderr


def test_a_batch_with_a_broken_pdf_still_writes_the_others(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    data = (INPUT / "fpdf-harbour.pdf").read_bytes()
    (folder / "good.pdf").write_bytes(data)
    (folder / "broken.pdf").write_bytes(data[:300])
    (folder / "note.txt").write_text("A plain note.\n", encoding="utf-8")
    result = _run(folder, "-o", out)
    assert result.returncode == 1
    assert b"broken.pdf" in result.stderr and b"damaged" in result.stderr
    assert b"Traceback" not in result.stderr
    # a PDF's text is written as a .txt: a text file named .pdf is taken for a PDF by every other program
    assert (out / "good.txt").read_text(encoding="utf-8") == (INPUT / "fpdf-harbour.expected.txt").read_text(encoding="utf-8")
    assert (out / "note.txt").read_text(encoding="utf-8") == "A plain note.\n"
    assert sorted(p.name for p in out.iterdir()) == ["good.txt", "note.txt"]


def test_a_pdfs_text_and_a_text_file_of_its_name_are_refused_together(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.PDF").write_bytes((INPUT / "fpdf-harbour.pdf").read_bytes())
    (folder / "report.txt").write_text("Notes on the report.\n", encoding="utf-8")
    result = _run(folder, "-o", tmp_path / "out")
    assert result.returncode == 2 and b"would both be written there" in result.stderr
    assert not (tmp_path / "out").exists()


def test_in_place_never_replaces_a_pdf_with_its_text(tmp_path):
    data = (INPUT / "fpdf-harbour.pdf").read_bytes()
    (tmp_path / "harbour.pdf").write_bytes(data)
    (tmp_path / "renamed.txt").write_bytes(data)  # a PDF by its bytes, whatever its name
    for name in ("harbour.pdf", "renamed.txt"):
        result = _run(tmp_path / name, "--in-place")
        assert result.returncode == 2 and b"is a PDF" in result.stderr and b"--out-dir" in result.stderr
        assert (tmp_path / name).read_bytes() == data


# Layouts typeset by benchmarks/make_pdf_fixtures.py --more: two columns on letter paper with an
# overfull line (field), two columns twoside with alternating heads (coastal).
MORE = Path(__file__).resolve().parent / "fixtures" / "pdf" / "latex-more"


def test_an_overfull_line_does_not_cut_two_columns_apart():
    # Page 2 of field.pdf: "Middle East—demonstrate," runs 37 pt past its column, over the first
    # words of the right column's line. The row is still two columns' lines, not one spanning both.
    data = (MORE / "field.pdf").read_bytes()
    lines = read_pdf(data).text.splitlines()
    overfull = next(i for i, line in enumerate(lines) if line.endswith("Middle East—demonstrate,"))
    assert lines[overfull] == "the millions of dead in the US wars in the Middle East—demonstrate,"
    assert lines[overfull + 1].startswith("Western imperialism has no qualms")
    out = Pipeline.default().run(data).text
    assert out.split() == (MORE / "field.expected.txt").read_text(encoding="utf-8").split()


def test_the_first_row_of_two_columns_is_no_head_when_only_one_column_has_a_gap_under_it():
    # "Jason Melanovski" (left, a paragraph gap under it) beside "NATO proxy war ..." (right, a
    # line like the others): each column is measured alone, so the row is not joined as a head.
    paragraphs = _paragraphs(read_pdf((MORE / "field.pdf").read_bytes()).text)
    assert paragraphs[0] == "Jason Melanovski"
    assert not any("Melanovski NATO" in p for p in paragraphs)


def test_running_heads_alternating_on_odd_and_even_pages_go_by_the_page_number():
    # coastal.pdf has three pages: "Winter issue 1", "2 Coastal Letters", "Winter issue 3". The
    # even page's head comes back on no other page; its page number keeps step with the others'.
    data = (MORE / "coastal.pdf").read_bytes()
    read = read_pdf(data)
    assert [(text, cls) for text, cls, _ in read.furniture] == [
        ("Winter issue 1", "header"), ("2 Coastal Letters", "header"), ("Winter issue 3", "header")]
    assert "Coastal Letters" not in read.text
    assert Pipeline.default().run(data).text == (MORE / "coastal.expected.txt").read_text(encoding="utf-8")


def _line(text, top, size=10.0, bold=False):
    from cleantext.pdf import Line
    return Line(text, top, top + size, 50.0, 300.0, size, margin=50.0, bold=bold)


@pytest.mark.parametrize("first, kept", [
    # a line of running text that starts with a number on one page is no running head
    (["25 civilians were wounded on the first day of the attacks.", "12 boats came in."], True),
    # numbers that keep step with the pages: running heads, whatever their words
    (["1 Harbour Notes", "Spring issue 2"], False),
])
def test_edge_lines_carrying_the_page_number(first, kept):
    from cleantext.pdf import _furniture
    pages = [[_line(head, 20.0)] + [_line(f"Body line {n} of page {p}.", 60.0 + 12 * n) for n in range(8)]
             for p, head in enumerate(first, 1)]
    # the last line of each page is body text too: no page number at the foot
    found = _furniture(pages)
    assert all((0 in page) != kept for page in found)


@pytest.mark.parametrize("foot, top, page, found", [
    ("Page 1", 330.0, 0, True),      # a one-page text's foot: its number in a word, set apart below
    ("p. 2", 330.0, 1, True),
    ("Page 1", 290.0, 0, False),     # right under the text: a line of it
    ("Page 2", 330.0, 0, False),     # not the page's number
    ("see Table 1 below", 330.0, 0, False),
])
def test_a_page_number_in_a_word_on_a_page_alone(foot, top, page, found):
    from cleantext.pdf import _furniture
    body = [_line(f"A line of running text, number {n} of the page,", 50.0 + 12 * n) for n in range(20)]
    pages = [[_line("Some other page", 50.0)]] * page + [body + [_line(foot, top)]]
    assert (len(body) in _furniture(pages)[page]) == found


def test_a_one_page_texts_running_head_goes_and_its_title_stays():
    # fpdf-notice.pdf: one page, "The Harbour Chronicle" in 8 pt atop it, the title in 14 pt bold
    # under it, the text in 11 pt. No other page repeats the head: its own type and place tell.
    data = (INPUT / "fpdf-notice.pdf").read_bytes()
    read = read_pdf(data)
    assert [(text, cls) for text, cls, _ in read.furniture] == [("The Harbour Chronicle", "header"), ("1", "page-number")]
    assert _paragraphs(read.text)[0] == "A Notice to Boat Owners"
    assert Pipeline.default().run(data).text == (INPUT / "fpdf-notice.expected.txt").read_text(encoding="utf-8")


def _page(first, under=10.0, gap=30.0):
    """A one-page text: ``first`` (a line), then twelve lines of 10 pt text, the first ``gap`` pt
    below it, set in ``under`` pt."""
    body = [_line(f"A line of running text, number {n} of the page,", first.top + gap + 12 * n,
                  size=under if n == 0 else 10.0) for n in range(12)]
    return [first] + body


@pytest.mark.parametrize("first, under, gap, found", [
    (_line("The Angler's Calendar", 20.0, size=8.0), 10.0, 30.0, True),    # a running head in small type
    (_line("An Essay 1", 20.0, size=9.5), 10.0, 30.0, True),               # smaller by half a point
    (_line("The Angler's Calendar", 20.0, size=8.0), 14.0, 30.0, True),    # above a title
    (_line("A Title in Its Own Size", 20.0, size=14.0), 10.0, 30.0, False),  # a title: larger
    (_line("A Heading", 20.0, size=8.0, bold=True), 10.0, 30.0, False),    # bold: a heading
    (_line("Set small, right over the text", 20.0, size=8.0), 10.0, 12.0, False),  # not set apart
    (_line("An abstract set in small type,", 20.0, size=8.0), 8.0, 30.0, False),   # more small type under it
    (_line("All men are mortal.", 20.0, size=8.0), 10.0, 30.0, False),    # a sentence: an epigraph
    (_line("Saltmere, 12 March 2026", 20.0, size=8.0), 10.0, 30.0, False),   # a letter's dateline
    (_line("Reference: HB/2026/114", 20.0, size=8.0), 10.0, 30.0, False),    # a reference line
    (_line("12 Harbour Road Saltmere SM1 2AB", 20.0, size=8.0), 10.0, 30.0, False),  # an address
    (_line("14 The Angler's Calendar", 20.0, size=8.0), 10.0, 30.0, True),  # a number before the name
])
def test_a_page_alone_knows_its_running_head_by_type_and_place(first, under, gap, found):
    from cleantext.pdf import _furniture
    assert (0 in _furniture([_page(first, under, gap)])[0]) == found


def test_a_small_first_line_on_one_page_of_many_is_that_pages_own():
    # A letter's sender line or dateline in small type over its first page: no other page sets a
    # small line there, so it runs on no page; a running head of many pages comes back or shares
    # its place with the other pages' heads, and is found so.
    from cleantext.pdf import _furniture
    first = _line("Saltmere Harbour Office, The Quay, Saltmere SM1 2AB", 20.0, size=8.0)
    second = [_line(f"A line of running text, number {n} of the next page,", 20.0 + 12 * n) for n in range(12)]
    assert 0 not in _furniture([_page(first), second])[0]
    head = _line("The Angler's Calendar", 20.0, size=8.0)
    assert 0 in _furniture([_page(head), _page(head)])[0]


def test_a_heading_in_the_body_size_is_known_by_its_weight():
    from cleantext.pdf import _paragraphs
    lines = [_line("A heading set bold", 50.0, bold=True), _line("The first line of the text under it,", 62.0),
             _line("and its second line.", 74.0)]
    assert [[line.text for line in p] for p in _paragraphs(lines)] == [
        ["A heading set bold"], ["The first line of the text under it,", "and its second line."]]


def _word(text, x0, top, size=10.0):
    return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top, "bottom": top + size, "size": size}


def test_a_page_with_short_columns_takes_the_gutter_the_other_pages_share():
    from cleantext.pdf import _document_gutter, _fits_gutter, _gutter, _lines
    full = [_word(f"left{n}", 50, 50 + 12 * n) for n in range(20)] + \
           [_word(f"right{n}", 320, 50 + 12 * n) for n in range(20)]
    # the last page: a long left column and three lines on the right, under a figure's space
    short = [_word(f"end{n}", 50, 50 + 12 * n) for n in range(20)] + \
            [_word(f"tail{n}", 320, 146 + 12 * n) for n in range(3)]
    assert _gutter(short, 612) is None  # too little on the right to be found alone
    shared = _document_gutter([_gutter(full, 612), _gutter(full, 612), None])
    assert shared is not None and _fits_gutter(short, shared)
    assert [line.text for line in _lines(short, shared)] == [f"end{n}" for n in range(20)] + [f"tail{n}" for n in range(3)]


def _row(x0, top, words=6):
    """A full line of a column 240 pt wide: ``words`` words from ``x0``."""
    step = 240 // words
    return [_word(f"w{x0}t{top}n{k}"[:5].ljust(5, "x"), x0 + step * k, top) for k in range(words)]


def test_a_second_column_set_short_on_the_page_is_found_alone():
    # The text ends on the page: forty lines on the left, five at the top of the right column,
    # too few words to be found by their share. Both sides' first rows are level, and the short
    # column's lines begin at one edge.
    from cleantext.pdf import _gutter, _lines
    left = [w for n in range(40) for w in _row(50, 50 + 12 * n)]
    right = [w for n in range(5) for w in _row(320, 50 + 12 * n)]
    gutter = _gutter(left + right, 612)
    assert gutter is not None and 280 <= gutter[0] < gutter[1] <= 320
    texts = [line.text for line in _lines(left + right, gutter)]
    assert texts[39] == " ".join(w["text"] for w in _row(50, 50 + 12 * 39))
    assert texts[40:] == [" ".join(w["text"] for w in _row(320, 50 + 12 * n)) for n in range(5)]
    # The same words at the foot of the page are no column's first lines (a figure's labels).
    low = [w for n in range(5) for w in _row(320, 50 + 12 * (35 + n))]
    assert _gutter(left + low, 612) is None


def test_of_two_pages_the_one_that_shows_its_gutter_tells_the_others():
    # A two-page article's second page, its columns short, shows no gutter of its own.
    from cleantext.pdf import _document_gutter
    assert _document_gutter([(291.0, 320.0), None]) == (291.0, 320.0)
    assert _document_gutter([(291.0, 320.0), None, None]) is None


def test_a_last_row_of_text_in_both_columns_is_no_foot():
    # Both columns open a paragraph on the page's last row, after their paragraph gaps: the row
    # stands apart from the lines above it, as a running foot does, but it runs across each
    # column: its two halves are read in their columns.
    from cleantext.pdf import _lines
    rows = [50 + 12 * n for n in range(20)] + [50 + 12 * 19 + 20]
    words = [w for top in rows for x0 in (50, 320) for w in _row(x0, top)]
    lines = _lines(words, (291.0, 319.0))
    assert len(lines) == 42
    assert [line.x0 for line in lines] == [50] * 21 + [320] * 21


def test_overfull_lines_running_into_the_gutter_leave_the_shared_gutter_in_use():
    from cleantext.pdf import _document_gutter, _fits_gutter, _gutter, _lines
    full = [_word(f"left{n}", 50, 50 + 12 * n) for n in range(20)] + \
           [_word(f"right{n}", 320, 50 + 12 * n) for n in range(20)]
    shared = _document_gutter([_gutter(full, 612), _gutter(full, 612)])
    # Five overfull rows of twenty, all past the gutter's middle: three last words stop in the
    # gutter, two run on over the right column's first word of their row ("down—“What" over
    # "the"). None is a row across both.
    page = [dict(w) for w in full]
    for n, x1 in ((2, 290), (6, 300), (10, 310), (14, 360), (18, 380)):
        page[n]["x1"] = x1
    assert shared is not None and _fits_gutter(page, shared)
    assert [line.text for line in _lines(page, shared)][:3] == ["left0", "left1", "left2"]
    # A word across the whole gutter with nothing under it on the right is a row across both:
    # four such rows in twenty are too many for two columns.
    wide = [dict(w) for w in full]
    for n in (2, 6, 10, 14):
        wide[n]["x1"] = 360
        wide[20 + n]["x0"], wide[20 + n]["x1"] = 370, 400
    assert not _fits_gutter(wide, shared)


# Public sample PDFs (tests/fixtures/pdf/public/, CC-BY-SA-4.0, see its README.md).
PUBLIC = Path(__file__).resolve().parent / "fixtures" / "pdf" / "public"


def test_a_centred_title_block_over_two_columns_stays_whole():
    # "Your Name" and "January 3, 2024" are centred on the gutter: no word crosses its middle,
    # but the gap there is a word space, not the gutter.
    paragraphs = _paragraphs(read_pdf((PUBLIC / "multicolumn.pdf").read_bytes()).text)
    assert paragraphs[:4] == ["Two-Column Document with Lorem Ipsum", "Your Name", "January 3, 2024", "Abstract"]
    assert not any("3, 2024" in p for p in paragraphs[4:])


def test_a_table_page_is_not_read_as_two_columns_and_a_superscript_stays_on_its_line():
    # Page 3 of multicolumn.pdf is a table, whose gap between two columns lies away from the
    # gutter the two text pages share; "km²" has its 2 raised above the row.
    lines = read_pdf((PUBLIC / "multicolumn.pdf").read_bytes()).text.splitlines()
    assert "Country Population (millions) Area (km 2 ) Capital Official Language" in lines
    assert "Austria 8.9 83,879 Vienna German" in lines
    assert "2" not in lines


def test_pdfminer_warnings_stay_off_standard_error():
    # The Google Docs PDF makes pdfminer log "Could not get FontBBox from font descriptor".
    result = _run(PUBLIC / "google-doc-document.pdf")
    assert result.returncode == 0
    assert result.stderr == b""
    assert b"Beautiful is better than ugly." in result.stdout


def test_a_running_head_over_a_page_of_figures():
    # GeoTopo page 81: figures side by side look like two columns whose labels leave no line
    # spacing to measure; the head "78 ... 4.3. HYPERBOLISCHE GEOMETRIE" stands far from all else.
    import pdfplumber
    from cleantext.pdf import _gutter, _lines, _words
    with pdfplumber.open(PUBLIC / "GeoTopo-komprimiert.pdf", pages=[81]) as pdf:
        page = pdf.pages[0]
        words = _words(page)
        gutter = _gutter(words, float(page.width))
    assert gutter is not None
    assert _lines(words, gutter)[0].text == "78 4.3. HYPERBOLISCHE GEOMETRIE"


def _set(text, top, x1, first, x0=50.0):
    """A body line of a column from x=50 to x=300, its first word ``first`` points wide."""
    from cleantext.pdf import Line
    return Line(text, top, top + 10.0, x0, x1, 10.0, margin=50.0, first=first, edge=300.0)


def test_a_sentence_end_on_a_line_with_room_for_the_next_word_ends_the_paragraph():
    from cleantext.pdf import _paragraphs
    # no indent and no gap between paragraphs: only the width on the page tells
    lines = [_set("The ferry left the quay at noon and the gulls", 50, 299.5, 20),
             _set("followed it out.", 62, 120, 40),
             _set("Rain came at dusk. The harbour master wrote", 74, 299.0, 20),
             _set("it down. The lamps were lit.", 86, 300.0, 60),  # short in letters, full on the page
             _set("Nobody came.", 98, 140, 30)]
    assert [[line.text[:8] for line in p] for p in _paragraphs(lines)] == [
        ["The ferr", "followed"], ["Rain cam", "it down.", "Nobody c"]]


def test_in_a_document_that_indents_a_column_top_not_indented_goes_on():
    from cleantext.pdf import _indents, _paragraphs
    column = [_set("The ferry left the quay at noon and the gulls", 50, 300, 20),
              _set("followed it.", 62, 100, 40),
              _set("Rain came at dusk and the harbour master", 74, 300, 20, x0=60.0),
              _set("wrote it down.", 86, 120, 40),
              _set("Then the lamps were lit, one by one, on", 98, 300, 20, x0=60.0),
              _set("the quay.", 110, 90, 40)]
    # the next column opens with a capital after a sentence end, not indented
    next_column = [_set("Nobody came that night to the harbour office", 50, 300, 20),
                   _set("at all.", 62, 90, 40)]
    assert _indents([column])
    paragraphs = _paragraphs(column + next_column, indents=True)
    assert [p[0].text[:8] for p in paragraphs] == ["The ferr", "Rain cam", "Then the"]
    assert len(_paragraphs(column + next_column, indents=False)) == 4


def test_a_line_short_in_letters_but_full_on_the_page_goes_on():
    # pdfLaTeX, two narrow columns: wide letters and em-dashes fill lines of few characters
    seen = Path(__file__).resolve().parent / "fixtures" / "pdf" / "heldout2"
    out = Pipeline.default().run((seen / "logbook.pdf").read_bytes()).text
    expected = (seen / "logbook.expected.txt").read_text(encoding="utf-8")
    assert [" ".join(p.split()[:6]) for p in _paragraphs(out)] == [
        " ".join(p.split()[:6]) for p in _paragraphs(expected)]


def test_room_at_a_line_end_is_measured_with_the_line_own_word_space():
    from cleantext.pdf import Line
    following = Line("Word", 62, 72, 50, 100, 10.0, first=20.0)
    # 276 + 20 leaves 4 points (and 1 of slack): room for a 2.5-point space (the default share), none for 6
    assert Line("It ends here.", 50, 60, 50, 276, 10.0, edge=300.0).leaves_room(following)
    assert not Line("It ends here.", 50, 60, 50, 276, 10.0, edge=300.0, space=6.0).leaves_room(following)


def test_json_lines_records_name_their_files_with_path_field(tmp_path):
    (tmp_path / "harbour.pdf").write_bytes((INPUT / "fpdf-harbour.pdf").read_bytes())
    (tmp_path / "note.txt").write_text("A plain note.\n", encoding="utf-8")
    records = [{"id": 1, "path": "harbour.pdf"}, {"id": 2, "path": "note.txt", "text": "old"},
               {"id": 3, "path": "missing.pdf"}, {"id": 4, "text": "no path"}]
    (tmp_path / "m.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "cleantext", "m.jsonl", "--jsonl", "--path-field", "path", "-j", "1"],
                            capture_output=True, cwd=tmp_path)
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    out = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [r["id"] for r in out] == [1, 2, 3, 4]  # every record written, in order
    assert out[0]["text"] == (INPUT / "fpdf-harbour.expected.txt").read_text(encoding="utf-8")
    assert out[0]["path"] == "harbour.pdf" and out[0]["cleantext"]["language"] == "en"
    assert out[1]["text"] == "A plain note.\n"  # the file's text, not the field's
    assert "missing.pdf: no such file" in out[2]["cleantext"]["error"] and "text" not in out[2]
    assert out[3]["cleantext"] == {"error": "no string field 'path'"} and out[3]["text"] == "no path"
    assert b"m.jsonl:3: missing.pdf: no such file" in result.stderr and b"see --path-field" in result.stderr


def test_path_field_needs_json_lines_and_a_field_of_its_own():
    for args in (["--path-field", "path"], ["--jsonl", "--path-field", "text"], ["--jsonl", "--path-field", "cleantext"]):
        result = _run("x.jsonl", *args)
        assert result.returncode == 2 and b"--path-field goes with --jsonl" in result.stderr


def test_clean_records_reads_the_files_records_name(tmp_path, monkeypatch):
    from cleantext.records import clean_records

    (tmp_path / "harbour.pdf").write_bytes((INPUT / "fpdf-harbour.pdf").read_bytes())
    monkeypatch.chdir(tmp_path)
    out = clean_records([{"id": 1, "file": "harbour.pdf"}, {"id": 2, "file": str(tmp_path / "gone.txt")}],
                        path_field="file")
    assert out[0]["text"] == (INPUT / "fpdf-harbour.expected.txt").read_text(encoding="utf-8")
    assert out[1]["cleantext"]["error"].endswith("gone.txt: no such file (from the field 'file')")
    os.mkfifo(tmp_path / "pipe")  # opening a pipe no one writes to would wait for good
    out = clean_records([{"file": "pipe"}, {"file": "/dev/zero"}], path_field="file")
    assert [r["cleantext"]["error"].split(":")[0] for r in out] == ["pipe", "/dev/zero"]
    assert all("not a regular file" in r["cleantext"]["error"] for r in out)


def test_words_split_only_by_a_change_of_font_are_joined_without_a_space():
    # pdfplumber ends a word where the font changes ("CWEB" in a typewriter face, the full stop
    # after it in the text face) though no space is set between them; a gap of a word space stays one.
    from cleantext.pdf import _make_lines
    mono = dict(_word("CWEB", 50, 100), fontname="CMTT10")
    stop = dict(_word(".", mono["x1"] + 0.2, 100), fontname="CMR10")
    quote = dict(_word("‘", stop["x1"] + 3.3, 100), fontname="CMR10")
    code = dict(_word("@*", quote["x1"] - 0.3, 100), fontname="CMTT10")
    close = dict(_word("’", code["x1"], 100), fontname="CMR10")
    word = dict(_word("runs", close["x1"] + 3.3, 100), fontname="CMR10")
    (line,) = _make_lines([[mono, stop, quote, code, close, word]])
    assert line.text == "CWEB. ‘@*’ runs"
    assert line.space == pytest.approx(3.3)


def test_a_word_in_small_capitals_set_in_two_sizes_is_one_word():
    from cleantext.pdf import _make_lines
    initial = dict(_word("T", 50, 100, size=10.0), fontname="Verdana,Bold")
    rest = dict(_word("HRESHOLD", initial["x1"], 102.0, size=8.0), fontname="Verdana,Bold")
    rest["bottom"] = initial["bottom"] - 0.4
    after = dict(_word("FOR", rest["x1"] + 2.5, 102.0, size=8.0), fontname="Verdana,Bold")
    after["bottom"] = rest["bottom"]
    # a note mark raised over the baseline right after a word stays apart
    word = dict(_word("releases", after["x1"] + 2.5, 102.0, size=8.0), fontname="Verdana,Bold")
    word["bottom"] = rest["bottom"]
    mark = dict(_word("1", word["x1"], 99.0, size=5.0), fontname="Verdana")
    (line,) = _make_lines([[initial, rest, after, word, mark]])
    assert line.text == "THRESHOLD FOR releases 1"
