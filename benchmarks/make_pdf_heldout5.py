"""Make the fifth held-out set: hyphenated justified text, one and two columns, of two new books.

This set measures both paths on line-end hyphens, compounds broken at their own hyphen among them,
and on two columns: cleantext's PDF input (``benchmarks/pdf_input.py --set held-out5``) and
pdftotext's default text of the same PDFs through the pipeline (``benchmarks/pdf.py --set
heldout5``). The texts are passages of two public-domain books not used before
(benchmarks/texts/gutenberg/: The Little Colonel's Hero, 1902; Legend Land, volume 2, 1922),
paragraphs that hold a hyphenated compound. The layouts reuse the producers of the third and
fourth sets with other settings:

- ``gazette``: pdfLaTeX ``\\twocolumn`` on a 8.5in by 7in page, 10pt, justified and hyphenated
  by TeX, indented, a head and the page number;
- ``pamphlet``: pdfLaTeX, one narrow column (a 4.2in page), 10pt, indented, a centred head and
  the page number at the foot right;
- ``broadsheet``: reportlab, two frames a page, Times 9pt justified, hyphenated by pyphen
  (en_GB), indented, a head with the page number;
- ``tablet``: WeasyPrint, two CSS columns, sans-serif, justified, ``hyphens: auto``, paragraphs
  set apart by space and not indented, the page number at the foot;
- ``chapbook``: reportlab, one column on a narrow page, Times 10.5pt justified, hyphenated by
  pyphen (en_US), indented, a centred head and "Leaf N" at the foot.

For each: the PDF, pdftotext's default text (``<name>.pdftotext.txt``) and the expected text (the
passage's paragraphs, made from the text, not from any reader) go to tests/fixtures/pdf/heldout5/
with manifest.json, whose entries carry the keys both benchmarks read. The set was made and
committed before any change it is to measure and is kept aside: run it once before a change and
once after.

Needs pdflatex (texlive-latex-base, texlive-latex-recommended), poppler-utils, reportlab with
pyphen, and WeasyPrint. Run from the repository root:

    python benchmarks/make_pdf_heldout5.py
"""
from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
OUT = ROOT / "tests" / "fixtures" / "pdf" / "heldout5"

from make_pdf_fixtures import extracted_entry, write_set  # noqa: E402
from make_pdf_heldout import weasyprint  # noqa: E402
from make_pdf_heldout3 import reportlab_one  # noqa: E402
from make_pdf_heldout4 import latex, reportlab  # noqa: E402

COLONEL, LEGEND = "little-colonels-hero-1902", "legend-land-1922"

LAYOUTS = {
    "gazette": dict(
        producer=latex, text=(COLONEL, 0), width="8.5in", size="10pt", columns=r"\twocolumn", indent=True,
        tex=r"\fancyhead[L]{\small The Western Gazette}\fancyhead[R]{\small\thepage}",
        furniture=[r"The Western Gazette", r"^\d+$"],
    ),
    "pamphlet": dict(
        producer=latex, text=(LEGEND, 0), width="4.2in", size="10pt", columns="", indent=True,
        tex=r"\fancyhead[C]{\small Legends of the West Country}\fancyfoot[R]{\thepage}",
        furniture=[r"Legends of the West Country", r"^\d+$"],
    ),
    "broadsheet": dict(
        producer=reportlab, text=(COLONEL, 1), title="The Kentucky Broadsheet", page=(8 * 72, 10 * 72),
        font="Times-Roman", size=9, justify=True, indent=11, space=0, gutter=0.25, hyphenate="en_GB",
        head="The Kentucky Broadsheet", furniture=[r"The Kentucky Broadsheet +\d+"],
    ),
    "tablet": dict(
        producer=weasyprint, text=(LEGEND, 1), title="Legend Land",
        css=dict(page="7in 9in", margin="0.75in 0.6in", font="sans-serif", size="9pt",
                 body="columns: 2; column-gap: 0.28in; hyphens: auto; text-align: justify;",
                 par_margin="0 0 0.5em", indent="0", page_rules="",
                 page_boxes="@bottom-center { content: counter(page); font-size: 8pt; }"),
        furniture=[r"^\d+$"],
    ),
    "chapbook": dict(
        producer=reportlab_one, text=(COLONEL, 2), title="A Chapbook of Lloydsboro", page=(4.6 * 72, 7.2 * 72),
        foot="Leaf %d", style=dict(font="Times-Roman", size=10.5, justify=True, indent=12, space=0, hyphenate="en_US"),
        furniture=[r"A Chapbook of Lloydsboro", r"Leaf \d+"],
    ),
}


def main() -> None:
    write_set(OUT, LAYOUTS, extracted_entry, pdftotext=True)


if __name__ == "__main__":
    main()
