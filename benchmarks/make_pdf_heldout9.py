"""Make the ninth PDF set: one- and two-column PDFs of one more book, hyphenated, a dev half and a held-out half.

Like the eighth set (``make_pdf_heldout8.py``) this set measures the text-only path: pdftotext's
default text through the pipeline (``benchmarks/pdf.py --set heldout9`` and ``--set dev9``), and,
on the same PDFs, cleantext's PDF input (``benchmarks/pdf_input.py --set held-out9`` / ``--set
dev9``). The texts are passages of a public-domain book whose passages no PDF set used before
(benchmarks/texts/learn-heldout9/complete-angler-1653.txt: Izaak Walton, The Compleat Angler,
1653 text, its spelling as printed; the producers set typeset some 9,000 characters of the book's
opening, so the passages start past them, at its 13th paragraph), its paragraphs in order, cut
into passages of about 3,000 characters (benchmarks/texts/gutenberg/heldout9-complete-angler-1653.txt,
written by this script). Most layouts hyphenate, and only WeasyPrint marks its breaks with U+2010:

- ``almanac`` / ``calendar``: LibreOffice Writer, a two-column section, Liberation Sans 9.5pt
  ragged right, indented, a head and "N" at the foot (Writer has no hyphenation patterns here);
- ``pamphlet`` / ``tract``: LibreOffice Writer, one column, Liberation Serif 11pt justified,
  indented, the page number at the foot;
- ``chronicle`` / ``register``: pdfLaTeX ``\\twocolumn``, 10pt on a page 8.27in wide, a 0.25in gutter, indented,
  hyphenated, a head and the page number;
- ``memoir`` / ``diary``: pdfLaTeX, one column on a page 5.6in wide, 11pt, indented, hyphenated, the page
  number at the foot;
- ``miscellany`` / ``omnibus``: reportlab, two frames, Times-Roman 9pt justified, hyphenated by
  pyphen (en_US), unindented, spaced paragraphs, "Page N" at the foot;
- ``primer`` / ``manual``: reportlab, one column, Times-Roman 10pt justified, hyphenated by pyphen
  (en_GB), indented, a head and "- N -" at the foot;
- ``circular`` / ``bulletin``: fpdf2 ``text_columns``, DejaVu Serif, ragged right, A4, an 8mm
  gutter, spaced paragraphs;
- ``ledger`` / ``daybook``: WeasyPrint, two CSS columns, serif 9.5pt justified, ``hyphens: auto``,
  a 0.22in gap, indented.

The first name of each pair goes to tests/fixtures/pdf/heldout9/ (held out: made and committed
before any change it measures, run once before and once after), the second to
tests/fixtures/pdf/dev9/ (the same layouts on other passages, to tune on). For each: the PDF,
pdftotext's default text and the expected text (the passage's paragraphs, made from the book's
text, not from any reader), with manifest.json.

Needs poppler-utils, pdfLaTeX (texlive-latex-base, texlive-latex-recommended), LibreOffice Writer
(libreoffice-writer-nogui, fonts-liberation), reportlab with pyphen, fpdf2 and WeasyPrint. Run
from the repository root:

    python benchmarks/make_pdf_heldout9.py
"""
from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
BOOKS = HERE / "texts" / "learn-heldout9"
TEXTS = HERE / "texts" / "gutenberg"

from make_pdf_fixtures import extracted_entry, write_set  # noqa: E402
from make_pdf_fixtures import write_passages as write_passages_to  # noqa: E402
from make_pdf_heldout import weasyprint  # noqa: E402
from make_pdf_heldout3 import fpdf_columns, reportlab_one  # noqa: E402
from make_pdf_heldout4 import latex as latex_columns  # noqa: E402
from make_pdf_heldout4 import reportlab  # noqa: E402
from make_pdf_heldout8 import libreoffice  # noqa: E402

ANGLER = "heldout9-complete-angler-1653"
SKIP = 12  # paragraphs of the opening (the first ten were in the producers set's passage)


def write_passages() -> None:
    """Cut the book's paragraphs past the first ``SKIP``, in order, into passages of about 3,000 characters."""
    pars = [p.strip() for p in (BOOKS / "complete-angler-1653.txt").read_text(encoding="utf-8").split("\n\n")
            if p.strip()]
    write_passages_to(TEXTS / f"{ANGLER}.txt", pars[SKIP:], 3000)


def fpdf_serif(layout: dict, d: pathlib.Path) -> str:
    return fpdf_columns({"fpdf": {"format": "A4", "font": "serif", "font_file": "DejaVuSerif.ttf",
                                  "margins": (16, 14, 16), "gutter": 8, "align": "LEFT", "head_align": "C",
                                  "space": 2.0}, **layout}, d)


def layouts(half: int) -> dict:
    """The eight layouts; ``half`` 0 (held-out) or 1 (dev) picks names and passages."""
    def text(i):
        return (ANGLER, 2 * i + half)

    def name(a, b):
        return (a, b)[half]
    return {
        name("almanac", "calendar"): dict(
            producer=libreoffice, text=text(0), title=name("The Angler's Almanac", "The Angler's Calendar"),
            writer=dict(font="Liberation Sans", size="9.5pt", align="start", indent="0.18in", space="0in",
                        leading="115%", width="8.5in", height="11in", margin="0.8in", columns=2, gap="0.3in",
                        furniture_align="end", head=name("The Angler's Almanac", "The Angler's Calendar"),
                        foot="N"),
            furniture=[name("The Angler's Almanac", "The Angler's Calendar"), r"^\d+$"],
        ),
        name("pamphlet", "tract"): dict(
            producer=libreoffice, text=text(1), title=name("A Pamphlet", "A Tract"),
            writer=dict(font="Liberation Serif", size="11pt", align="justify", indent="0.25in", space="0in",
                        leading="115%", width="6in", height="9in", margin="0.75in", columns=1, gap="0in",
                        furniture_align="center", head="", foot="N"),
            furniture=[r"^\d+$"],
        ),
        name("chronicle", "register"): dict(
            producer=latex_columns, text=text(2), width="8.27in", size="10pt", columns=r"\twocolumn",
            indent=True,
            tex=r"\setlength{\columnsep}{0.25in}\fancyhead[L]{\small "
                + name("The Angler's Chronicle", "The Angler's Register") + r"}\fancyhead[R]{\small\thepage}",
            furniture=[name("The Angler's Chronicle", "The Angler's Register"), r"^\d+$"],
        ),
        name("memoir", "diary"): dict(
            producer=latex_columns, text=text(3), width="5.6in", size="11pt", columns="", indent=True,
            tex=r"\fancyfoot[C]{\thepage}",
            furniture=[r"^\d+$"],
        ),
        name("miscellany", "omnibus"): dict(
            producer=reportlab, text=text(4), title=name("Miscellany", "Omnibus"), page=(8.5 * 72, 11 * 72),
            font="Times-Roman", size=9, justify=True, indent=0, space=5, gutter=0.25, hyphenate="en_US",
            head="", furniture=[r"Page \d+"],
        ),
        name("primer", "manual"): dict(
            producer=reportlab_one, text=text(5), title=name("An Angler's Primer", "An Angler's Manual"),
            page=(5.5 * 72, 8.5 * 72), foot="- %d -",
            style=dict(font="Times-Roman", size=10, justify=True, indent=14, space=0, hyphenate="en_GB"),
            furniture=[name("An Angler's Primer", "An Angler's Manual"), r"- \d+ -"],
        ),
        name("circular", "bulletin"): dict(
            producer=fpdf_serif, text=text(6), title=name("Circular of the Brothers of the Angle",
                                                          "Bulletin of the Brothers of the Angle"),
            furniture=[name("Circular of the Brothers of the Angle", "Bulletin of the Brothers of the Angle"),
                       r"^\d+$"],
        ),
        name("ledger", "daybook"): dict(
            producer=weasyprint, text=text(7), title=name("Ledger", "Daybook"),
            css=dict(page="6.5in 9.5in", margin="0.7in 0.6in", font="serif", size="9.5pt",
                     body="columns: 2; column-gap: 0.22in; hyphens: auto; text-align: justify;",
                     par_margin="0", indent="1.3em", page_rules="",
                     page_boxes="@top-center { content: '%s'; font-size: 7.5pt; }"
                                " @bottom-center { content: counter(page); font-size: 8pt; }"
                                % name("A Fisherman's Ledger", "A Fisherman's Daybook")),
            furniture=[name("A Fisherman's Ledger", "A Fisherman's Daybook"), r"^\d+$"],
        ),
    }


def main() -> None:
    write_passages()
    write_set(FIXTURES / "heldout9", layouts(0), extracted_entry, pdftotext=True)
    write_set(FIXTURES / "dev9", layouts(1), extracted_entry, pdftotext=True)


if __name__ == "__main__":
    main()
