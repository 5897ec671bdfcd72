"""A PDF's running heads, feet and page numbers (cleantext/pdffurniture.py), on lines built here."""
from cleantext.pdf import Line
from cleantext.pdffurniture import _furniture


def _line(text, top, size=10.0):
    return Line(text, top, top + size, 50.0, 300.0, size, margin=50.0)


WORDS = ["harbour", "ferry", "lamp", "gull", "quay", "tide"]


def _page(number, tail):
    body = [_line(f"The {WORDS[number]} and line {n} of the running text, set in the body's type.", 60.0 + 12 * n)
            for n in range(20)]
    return body + tail


def test_the_last_line_of_a_listing_set_small_is_no_foot_where_every_page_ends_it_alike():
    # A listing in 8 pt runs over the pages' ends: every full page's last line is a line of code
    # at the same place, set smaller than the body; the line over it is more of the listing.
    pages = [_page(n, [_line(f"\\def\\{word}{{\\relax}}%", 302.0, 8.0), _line(f"\\let\\{word}=\\{word}x", 311.6, 8.0)])
             for n, word in enumerate(("alpha", "beta", "gamma"), 1)]
    assert _furniture(pages) == [set(), set(), set()]


def test_a_small_foot_set_apart_under_the_text_still_goes():
    # each foot's words its own: only its smaller type at a place the pages share tells
    pages = [_page(n, [_line(f"Notes on the {word} season", 330.0, 8.0)])
             for n, word in enumerate(("spring", "summer", "autumn"), 1)]
    assert _furniture(pages) == [{20}, {20}, {20}]


def test_an_authors_name_over_a_title_page_set_in_display_type_stays():
    # A chapter's opening page: the author's name in 18 pt atop it, the title in 48 pt, more of
    # it in 24 pt. Its type is display type, there is no running text: nothing runs over it.
    page = [_line("HANS L. TREFOUSSE", 36.0, 18.0), _line("First among Equals", 300.0, 48.0)]
    page += [_line(word, 383.0 + 26 * n, 24.0) for n, word in enumerate(("ABRAHAM", "LINCOLN’S", "REPUTATION",
                                                                          "DURING HIS", "ADMINISTRATION"))]
    assert _furniture([page]) == [set()]
    # the same head over a page of running text goes
    text = [_line(f"The {word} came in with the tide, and line {n} of the text goes on.", 80.0 + 12 * n)
            for n, word in enumerate(WORDS * 2)]
    assert _furniture([[_line("Harbour Notes", 36.0, 8.0)] + text]) == [{0}]


def test_a_foot_of_two_lines_goes_whole():
    # A licence notice set over the foot's last word at the same place on every page, in the
    # body's type: the last line comes back, and so does the line over it.
    notice = "Reading drills by A. Marsh licensed under Creative Commons Attribution 4.0 International"
    pages = [_page(n, [_line(notice, 320.0), _line("License", 332.0)]) for n in range(3)]
    assert _furniture(pages) == [{20, 21}, {20, 21}, {20, 21}]
    # the same line elsewhere on the page (not over the foot) is the text's, and a line over a
    # foot that no other page has stays
    pages = [_page(n, [_line(notice if n else "The last line of the text on the first page.", 320.0),
                       _line("License", 332.0)]) for n in range(3)]
    assert _furniture(pages) == [{21}, {20, 21}, {20, 21}]


def test_a_table_heads_under_every_pages_running_head_stay():
    heads = _line("Station  Depth  Salinity", 48.0)
    pages = [[_line("Harbour Survey", 30.0, 8.0), heads] + _page(n, [])[:20] for n in range(3)]
    assert _furniture(pages) == [{0}, {0}, {0}]


def test_a_pdf_whose_foot_is_a_notice_over_a_last_word_loses_both_lines():
    # reportlab: three pages of text, each with the same two-line notice at its foot
    import io

    import pytest

    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    from cleantext.pdf import read_pdf

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(612, 792))
    for number, word in enumerate(("harbour", "ferry", "lantern"), 1):
        page.setFont("Helvetica", 11)
        for n in range(12 + 3 * number):
            page.drawString(72, 720 - 14 * n, f"The {word} and line {n} of the running text on page {number} goes on.")
        page.drawString(72, 86, "Reading drills by A. Marsh licensed under Creative Commons Attribution 4.0 International")
        page.drawString(72, 72, "License")
        page.showPage()
    page.save()
    text = read_pdf(out.getvalue()).text
    assert "Reading drills" not in text and "License" not in text
    assert "The lantern and line 20 of the running text on page 3 goes on." in text


def test_the_last_line_of_two_title_pages_far_over_their_page_numbers_stays():
    # two parts' title pages end alike at the same place, the page's number far under it
    pages = [_page(n, [_line(f"{n + 1} of 293", 480.0)]) for n in range(3)]
    for n, book, title in ((0, "BOOK ONE", "THE COMING OF THE"), (2, "BOOK TWO", "THE EARTH UNDER THE")):
        pages[n] = [_line(book, 89.0, 18.0), _line(title, 130.0, 18.0), _line("MARTIANS", 151.0, 18.0),
                    _line(f"{n + 1} of 293", 480.0)]
    found = _furniture(pages)
    assert found[0] == {3} and found[2] == {3}
