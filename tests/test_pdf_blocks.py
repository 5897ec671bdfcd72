"""PDF input: text set side by side on a page, read as a table's rows or as blocks of running
text one after the other (cleantext/pdfblocks.py); PDFs made here with reportlab."""
import io

import pytest

from cleantext.pdf import read_pdf

canvas = pytest.importorskip("reportlab.pdfgen.canvas")

SUBSTANCES = ["Arsenic and compounds (as As)", "Cadmium and compounds", "Chromium", "Copper and compounds (as Cu)",
              "Lead", "Mercury and compounds", "Nickel", "Zinc and compounds (as Zn)", "Benzene", "Toluene"]


def _pdf(draw) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(595, 842))
    draw(page)
    page.save()
    return out.getvalue()


def _lines(data: bytes) -> list[str]:
    return [line for line in read_pdf(data).text.splitlines() if line]


def test_a_table_of_names_and_figures_is_read_row_by_row():
    # The names end short of the middle and the figures stand to the right: an empty band like a
    # gutter, but the names are no running text, and each row's cells share a baseline.
    def draw(page):
        page.setFont("Helvetica", 10)
        for n, name in enumerate(SUBSTANCES):
            y = 760 - 14 * n
            page.drawString(60, y, name)
            for x, figure in zip((340, 400, 460), (f"{(n + 1) * 10}", "5", "-")):
                page.drawString(x, y, figure)
    lines = _lines(_pdf(draw))
    assert "Arsenic and compounds (as As) 10 5 -" in lines
    assert "Zinc and compounds (as Zn) 80 5 -" in lines


LEFT = ["Wer reitet so spät durch Nacht und Wind?", "Es ist der Vater mit seinem Kind;",
        "Er hat den Knaben wohl in dem Arm,", "Er fasst ihn sicher, er hält ihn warm."]
RIGHT = ["Mein Sohn, was birgst du so bang dein Gesicht?", "Siehst, Vater, du den Erlkönig nicht?",
         "Den Erlenkönig mit Kron’ und Schweif?", "Mein Sohn, es ist ein Nebelstreif."]
PROSE = ("The stanzas above stand side by side over a page of prose whose lines run from the left "
         "margin to the right one, so the page as a whole has no gutter between two columns at all.")


def test_two_stanzas_side_by_side_over_prose_are_read_one_after_the_other():
    def draw(page):
        page.setFont("Helvetica", 10)
        for n, (left, right) in enumerate(zip(LEFT, RIGHT)):
            page.drawString(52, 780 - 13 * n, left)
            page.drawString(311, 780 - 13 * n, right)
        words, y, line = PROSE.split(), 700, []
        for word in words + [None]:
            if word is None or page.stringWidth(" ".join(line + [word]), "Helvetica", 10) > 480:
                page.drawString(52, y, " ".join(line))
                y, line = y - 13, []
            if word is not None:
                line.append(word)
    text = " ".join(read_pdf(_pdf(draw)).text.split())
    assert text.startswith(" ".join(LEFT) + " " + " ".join(RIGHT))
    assert text.endswith("no gutter between two columns at all.")


def test_figures_beside_short_labels_over_two_lines_are_left_as_they_were():
    # Two lines a side tell nothing: a block of two rows stays as read before (column by column).
    def draw(page):
        page.setFont("Helvetica", 10)
        for n, (a, b) in enumerate((("Fraternity Members 480", "Male Undergraduates 3495"),
                                    ("Sorority Members 484", "Female Undergraduates 4880"))):
            page.drawString(60, 760 - 14 * n, a)
            page.drawString(360, 760 - 14 * n, b)
    assert _lines(_pdf(draw))[0] == "Fraternity Members 480"


def test_a_title_set_at_a_slant_is_read_along_its_baseline():
    # a cover's title turned 45 degrees over a paragraph set straight: its letters stand each on
    # a row of its own, and were read one by one ("H a r b o u r")
    def draw(page):
        page.saveState()
        page.translate(120, 500)
        page.rotate(45)
        page.setFont("Helvetica", 16)
        page.drawString(0, 0, "Harbour Lights and Tides")
        page.drawString(0, -24, "A Keeper's Almanac")
        page.restoreState()
        page.setFont("Helvetica", 10)
        for n in range(8):
            page.drawString(72, 300 - 14 * n, f"Line {n} of the keeper's notes on the tides runs on here.")
    text = read_pdf(_pdf(draw)).text
    assert "Harbour Lights and Tides" in text
    assert "A Keeper's Almanac" in text
    assert "Line 7 of the keeper's notes on the tides runs on here." in text


def test_text_turned_a_quarter_or_in_italics_is_not_slanted():
    from cleantext.pdfslant import slanted

    char = {"object_type": "char"}
    assert not slanted({**char, "matrix": (0.0, 12.0, -12.0, 0.0, 50.0, 50.0)})  # down the page
    assert not slanted({**char, "matrix": (12.0, 0.0, 2.5, 12.0, 50.0, 50.0)})  # an italic's shear
    assert slanted({**char, "matrix": (8.5, 8.5, -8.5, 8.5, 50.0, 50.0)})
    assert not slanted({"object_type": "rect"})
