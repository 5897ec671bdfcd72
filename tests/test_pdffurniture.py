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
