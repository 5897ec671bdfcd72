"""Make the sixth held-out set: hyphenated PDFs of two more books, one and two columns, no TeX.

Like the fifth set (``make_pdf_heldout5.py``) this set measures both paths on line-end hyphens and
two columns: cleantext's PDF input (``benchmarks/pdf_input.py --set held-out6``) and pdftotext's
default text of the same PDFs through the pipeline (``benchmarks/pdf.py --set heldout6``). The texts
are passages of two public-domain books no PDF set used before (benchmarks/texts/learn-heldout8/:
The Girl's Own Paper, 2 October 1886; Guernsey Folk Lore, 1903): their paragraphs that hold a
hyphenated compound, in order, cut into passages of about 8,500 characters
(benchmarks/texts/gutenberg/heldout6-*.txt, written by this script). Producers other than TeX:

- ``courier``: reportlab, two frames a page, Times 9.5pt justified, hyphenated by pyphen (en_US),
  indented, a head with the page number;
- ``herald``: WeasyPrint, two CSS columns, serif 9pt, justified, ``hyphens: auto``, indented and
  not spaced, the page number at the foot;
- ``miscellany``: fpdf2 ``text_columns``, two columns, DejaVu Serif 9pt justified (fpdf2 does not
  hyphenate), paragraphs set apart by space, a title head and the page number;
- ``booklet``: reportlab, one narrow column, Helvetica 10pt justified, hyphenated by pyphen
  (en_GB), indented, a head and "p. N" at the foot;
- ``sampler``: WeasyPrint, one narrow column, serif 10pt justified, ``hyphens: auto``, indented;
- ``pocket``: reportlab, one narrow column, Times 11pt justified, hyphenated by pyphen (en_US),
  spaced paragraphs, not indented, a centred head and the page number.

For each: the PDF, pdftotext's default text (``<name>.pdftotext.txt``) and the expected text (the
passage's paragraphs, made from the text, not from any reader) go to tests/fixtures/pdf/heldout6/
with manifest.json. The set was made and committed before any change it is to measure and is kept
aside: run it once before a change and once after.

Needs poppler-utils, reportlab with pyphen, fpdf2 and WeasyPrint. Run from the repository root:

    python benchmarks/make_pdf_heldout6.py
"""
from __future__ import annotations

import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
OUT = ROOT / "tests" / "fixtures" / "pdf" / "heldout6"
BOOKS = HERE / "texts" / "learn-heldout8"
TEXTS = HERE / "texts" / "gutenberg"

from make_pdf_fixtures import extracted_entry, write_set  # noqa: E402
from make_pdf_fixtures import write_passages as write_passages_to  # noqa: E402
from make_pdf_heldout import weasyprint  # noqa: E402
from make_pdf_heldout3 import fpdf_columns, reportlab_one  # noqa: E402
from make_pdf_heldout4 import reportlab  # noqa: E402

GIRLS, GUERNSEY = "heldout6-girls-own-paper-1886", "heldout6-guernsey-folk-lore-1903"


def write_passages() -> None:
    """Cut each book's paragraphs that hold a hyphenated compound into passages of about 8,500 characters."""
    for name, book in ((GIRLS, "girls-own-paper-1886"), (GUERNSEY, "guernsey-folk-lore-1903")):
        pars = [p for p in (BOOKS / f"{book}.txt").read_text(encoding="utf-8").split("\n\n")
                if re.search(r"[a-z]-[a-z]", p)]
        write_passages_to(TEXTS / f"{name}.txt", pars, 8500)


def fpdf_justified(layout: dict, d: pathlib.Path) -> str:
    """Two justified columns set by fpdf2 on A4, a serif face, the head on the left."""
    return fpdf_columns({"fpdf": {"format": "A4", "font": "serif", "font_file": "DejaVuSerif.ttf",
                                  "margins": (18, 16, 18), "gutter": 7, "align": "JUSTIFY",
                                  "head_align": "L", "space": 3}, **layout}, d)


LAYOUTS = {
    "courier": dict(
        producer=reportlab, text=(GIRLS, 0), title="The Weekly Courier", page=(7.5 * 72, 10 * 72),
        font="Times-Roman", size=9.5, justify=True, indent=10, space=0, gutter=0.25, hyphenate="en_US",
        head="The Weekly Courier", furniture=[r"The Weekly Courier +\d+"],
    ),
    "herald": dict(
        producer=weasyprint, text=(GUERNSEY, 0), title="Island Herald",
        css=dict(page="6.5in 9in", margin="0.7in 0.55in", font="serif", size="9pt",
                 body="columns: 2; column-gap: 0.25in; hyphens: auto; text-align: justify;",
                 par_margin="0", indent="1.1em", page_rules="",
                 page_boxes="@bottom-center { content: counter(page); font-size: 8pt; }"),
        furniture=[r"^\d+$"],
    ),
    "miscellany": dict(
        producer=fpdf_justified, text=(GIRLS, 1), title="A Miscellany for Girls",
        furniture=[r"A Miscellany for Girls", r"^\d+$"],
    ),
    "booklet": dict(
        producer=reportlab_one, text=(GUERNSEY, 1), title="Folk Lore of the Islands", page=(4.4 * 72, 7 * 72),
        foot="p. %d", style=dict(font="Helvetica", size=10, justify=True, indent=12, space=0, hyphenate="en_GB"),
        furniture=[r"Folk Lore of the Islands", r"p\. \d+"],
    ),
    "sampler": dict(
        producer=weasyprint, text=(GUERNSEY, 2), title="Sampler",
        css=dict(page="4.5in 7in", margin="0.6in 0.5in", font="serif", size="10pt",
                 body="hyphens: auto; text-align: justify;", par_margin="0", indent="1.2em", page_rules="",
                 page_boxes="@top-center { content: 'An Island Sampler'; font-size: 8pt; }"
                            " @bottom-right { content: counter(page); font-size: 8pt; }"),
        furniture=[r"An Island Sampler", r"^\d+$"],
    ),
    "pocket": dict(
        producer=reportlab_one, text=(GIRLS, 2), title="The Pocket Paper", page=(4.2 * 72, 6.8 * 72),
        foot="%d", style=dict(font="Times-Roman", size=11, justify=True, indent=0, space=5, hyphenate="en_US"),
        furniture=[r"The Pocket Paper", r"^\d+$"],
    ),
}


def main() -> None:
    write_passages()
    write_set(OUT, LAYOUTS, extracted_entry, pdftotext=True)


if __name__ == "__main__":
    main()
