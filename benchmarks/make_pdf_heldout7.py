"""Make the seventh PDF set: two-column PDFs of two more books, a dev half and a held-out half.

This set measures the text-only path on two columns: pdftotext's default text of two-column PDFs
through the pipeline (``benchmarks/pdf.py --set heldout7`` and ``--set dev7``), and, on the same
PDFs, cleantext's PDF input (``benchmarks/pdf_input.py --set held-out7`` / ``--set dev7``). The
texts are passages of two public-domain books no PDF set used before (benchmarks/texts/learn-heldout10/:
Cranford, 1853; The Pianoforte Sonata, 1895), their paragraphs in order, cut into passages of about
7,500 (Cranford) or 5,500 characters (benchmarks/texts/gutenberg/heldout7-*.txt, written by this
script). Every layout has two columns, made by producers other than TeX (pdfLaTeX is not needed):

- ``gossip`` / ``tattle``: fpdf2 ``text_columns``, ragged right, DejaVu Sans 9pt, spaced paragraphs;
- ``parlour`` / ``drawing``: fpdf2 ``text_columns``, justified, DejaVu Serif, A4, spaced paragraphs;
- ``recital`` / ``concert``: reportlab, two frames, Times 9.5pt justified, pyphen en_GB, indented;
- ``programme`` / ``notes``: reportlab, two frames on A4, Helvetica ragged right, spaced paragraphs;
- ``sonata`` / ``rondo``: WeasyPrint, two CSS columns, justified, ``hyphens: auto``, indented;
- ``review`` / ``journal``: WeasyPrint, two CSS columns, ragged right, spaced, not indented.

The first name of each pair goes to tests/fixtures/pdf/heldout7/ (held out: made and committed
before any change it measures, run once before and once after), the second to
tests/fixtures/pdf/dev7/ (the same layouts on other passages, to tune on). For each: the PDF,
pdftotext's default text and the expected text (the passage's paragraphs, made from the book's
text, not from any reader), with manifest.json.

Needs poppler-utils, reportlab with pyphen, fpdf2 and WeasyPrint. Run from the repository root:

    python benchmarks/make_pdf_heldout7.py
"""
from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
BOOKS = HERE / "texts" / "learn-heldout10"
TEXTS = HERE / "texts" / "gutenberg"

from make_pdf_fixtures import extracted_entry, write_set  # noqa: E402
from make_pdf_fixtures import write_passages as write_passages_to  # noqa: E402
from make_pdf_heldout import weasyprint  # noqa: E402
from make_pdf_heldout3 import fpdf_columns  # noqa: E402
from make_pdf_heldout4 import reportlab  # noqa: E402

CRANFORD, SONATA = "heldout7-cranford-1853", "heldout7-pianoforte-sonata-1895"


def write_passages() -> None:
    """Cut each book's paragraphs, in order, into passages of about 7,500 (Cranford) or 5,500 characters."""
    for name, book, size in ((CRANFORD, "cranford-1853", 7500), (SONATA, "pianoforte-sonata-1895", 5500)):
        pars = [p.strip() for p in (BOOKS / f"{book}.txt").read_text(encoding="utf-8").split("\n\n") if p.strip()]
        write_passages_to(TEXTS / f"{name}.txt", pars, size)


def fpdf_ragged(layout: dict, d: pathlib.Path) -> str:
    return fpdf_columns({"fpdf": {"format": "letter", "font": "sans", "font_file": "DejaVuSans.ttf",
                                  "margins": (20, 16, 20), "gutter": 8, "align": "LEFT", "head_align": "R",
                                  "space": 2.5}, **layout}, d)


def fpdf_justified(layout: dict, d: pathlib.Path) -> str:
    return fpdf_columns({"fpdf": {"format": "A4", "font": "serif", "font_file": "DejaVuSerif.ttf",
                                  "margins": (16, 15, 16), "gutter": 6, "align": "JUSTIFY", "head_align": "C",
                                  "space": 2}, **layout}, d)


def layouts(half: int) -> dict:
    """The six layouts; ``half`` 0 (held-out) or 1 (dev) picks names and passages."""
    def text(book, i):
        return (book, 2 * i + half)

    def name(a, b):
        return (a, b)[half]
    return {
        name("gossip", "tattle"): dict(
            producer=fpdf_ragged, text=text(CRANFORD, 0), title=name("Cranford Gossip", "Cranford Tattle"),
            furniture=[name("Cranford Gossip", "Cranford Tattle"), r"^\d+$"],
        ),
        name("parlour", "drawing"): dict(
            producer=fpdf_justified, text=text(SONATA, 0), title=name("The Music Parlour", "The Drawing Room"),
            furniture=[name("The Music Parlour", "The Drawing Room"), r"^\d+$"],
        ),
        name("recital", "concert"): dict(
            producer=reportlab, text=text(CRANFORD, 1), title=name("The Recital", "The Concert"),
            page=(7 * 72, 9.5 * 72), font="Times-Roman", size=9.5, justify=True, indent=11, space=0, gutter=0.28,
            hyphenate="en_GB", head=name("The Recital", "The Concert"),
            furniture=[name("The Recital", "The Concert") + r" +\d+"],
        ),
        name("programme", "notes"): dict(
            producer=reportlab, text=text(SONATA, 1), title=name("Programme", "Notes"), page=(595, 842),
            font="Helvetica", size=9, justify=False, indent=0, space=5, gutter=0.3, head="",
            furniture=[r"Page \d+"],
        ),
        name("sonata", "rondo"): dict(
            producer=weasyprint, text=text(CRANFORD, 2), title=name("Sonata", "Rondo"),
            css=dict(page="6.5in 9in", margin="0.7in 0.55in", font="serif", size="9pt",
                     body="columns: 2; column-gap: 0.25in; hyphens: auto; text-align: justify;",
                     par_margin="0", indent="1.1em", page_rules="",
                     page_boxes="@top-right { content: '%s'; font-size: 8pt; }"
                                " @bottom-center { content: counter(page); font-size: 8pt; }"
                                % name("Tales of a Country Town", "Scenes of a Country Town")),
            furniture=[name("Tales of a Country Town", "Scenes of a Country Town"), r"^\d+$"],
        ),
        name("review", "journal"): dict(
            producer=weasyprint, text=text(SONATA, 2), title=name("Review", "Journal"),
            css=dict(page="A4", margin="0.8in 0.7in", font="sans-serif", size="9pt",
                     body="columns: 2; column-gap: 0.3in;", par_margin="0 0 0.6em", indent="0",
                     page_rules="body p { text-align: left; }",
                     page_boxes="@bottom-right { content: 'p. ' counter(page); font-size: 8pt; }"),
            furniture=[r"^p\. \d+$"],
        ),
    }


def main() -> None:
    write_passages()
    write_set(FIXTURES / "heldout7", layouts(0), extracted_entry, pdftotext=True)
    write_set(FIXTURES / "dev7", layouts(1), extracted_entry, pdftotext=True)


if __name__ == "__main__":
    main()
