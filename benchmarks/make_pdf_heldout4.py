"""Make the fourth held-out set: two-column PDFs and pdftotext's default text of them.

This set measures the text-only path on the hardest extraction: pdftotext without ``-layout``,
which can interleave two columns line by line or put a column's block before the one it follows,
and keeps no first-line indent. The texts are passages of two public-domain books not used before
(benchmarks/texts/gutenberg/: Katrine, 1909; American Adventures, 1917). Each layout sets one
passage in two columns:

- ``press``: pdfLaTeX ``\\twocolumn`` on letter paper, 10pt, indented paragraphs, a head and a
  page number;
- ``digest``: pdfLaTeX ``multicol`` (columns balanced on the last page), a 7in page, paragraphs not
  indented and set apart by a skip, the page number at the foot;
- ``sheaf``: reportlab, two frames a page, Times 9.5pt justified, indented, heads with the page
  number;
- ``leaflet``: reportlab, two frames on A4, Helvetica 9pt ragged right, paragraphs set apart by
  space and not indented, "Page N" at the foot.

For each, the PDF, pdftotext's default text (``<name>.pdftotext.txt``) and the expected text (the
passage's paragraphs, made from the text, not from any reader) go to
tests/fixtures/pdf/heldout4/ with manifest.json (benchmarks/pdf.py's format). The set was made
before the text-only column repair was written and is kept aside: ``python benchmarks/pdf.py
--set heldout4`` once before a change and once after.

Needs pdflatex (texlive-latex-base, texlive-latex-recommended), poppler-utils and reportlab. Run
from the repository root:

    python benchmarks/make_pdf_heldout4.py
"""
from __future__ import annotations

import html
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
OUT = ROOT / "tests" / "fixtures" / "pdf" / "heldout4"

from make_pdf_fixtures import PREAMBLE, run, to_tex, typeset_form, write_set  # noqa: E402
from make_pdf_heldout import expected, passage  # noqa: E402
from make_pdf_heldout3 import hyphenation  # noqa: E402


def latex(layout: dict, d: pathlib.Path) -> str:
    pars = passage(*layout["text"])
    body = "\n\n".join(to_tex(p, layout["indent"]) for p in pars)
    if layout.get("multicol"):
        body = "\\begin{multicols}{2}\n" + body + "\n\\end{multicols}"
    tex = PREAMBLE % dict(size=layout["size"], twoside="", width=layout["width"], furniture=layout["tex"],
                          columns=layout["columns"], body=body)
    if layout.get("multicol"):
        # Font expansion needs scalable fonts, which some TeX installations lack at every size.
        tex = tex.replace(r"\begin{document}", r"\usepackage{multicol}\microtypesetup{expansion=false}"
                                               r"\begin{document}")
    if not layout["indent"]:
        tex = tex.replace(r"\begin{document}", r"\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}"
                                               r"\begin{document}")
    (d / "doc.tex").write_text(tex, encoding="utf-8")
    for _ in range(2):
        run("pdflatex", "-interaction=nonstopmode", "doc.tex", cwd=d)
    return typeset_form(expected(pars))


def reportlab(layout: dict, d: pathlib.Path) -> str:
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    pars = passage(*layout["text"])
    width, height = layout["page"]
    margin = 0.7 * inch
    body = ParagraphStyle("body", fontName=layout["font"], fontSize=layout["size"], leading=layout["size"] * 1.25,
                          alignment=TA_JUSTIFY if layout["justify"] else TA_LEFT,
                          firstLineIndent=layout["indent"], spaceAfter=layout["space"],
                          **hyphenation(layout.get("hyphenate")))

    def furniture(canvas, doc):
        canvas.saveState()
        number = canvas.getPageNumber()
        canvas.setFont("Helvetica", 8)
        if layout["head"]:
            canvas.drawString(margin, height - margin + 14, f"{layout['head']}    {number}")
        else:
            canvas.drawCentredString(width / 2, margin - 20, f"Page {number}")
        canvas.restoreState()

    gutter = layout["gutter"] * inch
    column = (width - 2 * margin - gutter) / 2
    frames = [Frame(margin + i * (column + gutter), margin, column, height - 2 * margin, leftPadding=0,
                    rightPadding=0, topPadding=0, bottomPadding=0, id=f"col{i}") for i in range(2)]
    doc = BaseDocTemplate(str(d / "doc.pdf"), pagesize=(width, height), title=layout["title"], invariant=1)
    doc.addPageTemplates([PageTemplate(id="page", frames=frames, onPage=furniture)])
    doc.build([Paragraph(html.escape(p), body) for p in pars])
    return expected(pars)


LAYOUTS = {
    "press": dict(
        producer=latex, text=("katrine-1909", 0), width="8.5in", size="10pt", columns=r"\twocolumn", indent=True,
        tex=r"\fancyhead[L]{\small The Ravenel Papers}\fancyhead[R]{\small\thepage}",
        furniture=[r"The Ravenel Papers", r"^\d+$"],
    ),
    "digest": dict(
        producer=latex, text=("american-adventures-1917", 0), width="7in", size="10pt", columns="",
        multicol=True, indent=False, tex=r"\fancyfoot[C]{\thepage}",
        furniture=[r"^\d+$"],
    ),
    "sheaf": dict(
        producer=reportlab, text=("katrine-1909", 1), title="A Sheaf of Chapters", page=(7 * 72, 9.5 * 72),
        font="Times-Roman", size=9.5, justify=True, indent=12, space=0, gutter=0.3,
        head="A Sheaf of Chapters", furniture=[r"A Sheaf of Chapters +\d+"],
    ),
    "leaflet": dict(
        producer=reportlab, text=("american-adventures-1917", 1), title="Leaflet", page=(595, 842),
        font="Helvetica", size=9, justify=False, indent=0, space=6, gutter=0.35, head="",
        furniture=[r"Page \d+"],
    ),
}


def main() -> None:
    write_set(OUT, LAYOUTS, lambda name, layout: dict(
        input=f"{name}.pdftotext.txt", expected=f"{name}.expected.txt", layout=name, extractor="pdftotext",
        kind="pdf", furniture=layout["furniture"]), pdftotext=True, ensure_ascii=True)


if __name__ == "__main__":
    main()
