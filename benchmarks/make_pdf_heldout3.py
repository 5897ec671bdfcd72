"""Make the third held-out set of PDFs: new texts, other producers' settings and layouts.

The texts are passages of three public-domain books not used before (benchmarks/texts/gutenberg/:
News from Nowhere, 1890; Jack Sheppard, 1839; The Log School-House on the Columbia, 1890; from
their Project Gutenberg texts), paragraphs that hold at least one hyphenated compound. Each layout
sets one passage, with settings the second held-out set (``make_pdf_heldout.py``) does not use:

- ``tract``: chromium's print to PDF, one column, *ragged right*, paragraphs set apart by space
  and not indented, a head and a page number in the top margin boxes;
- ``quire``: WeasyPrint, two CSS columns, justified, *hyphenated* (``hyphens: auto``, pyphen),
  indented paragraphs, title and page number at the foot;
- ``register``: reportlab, one column of sans-serif type, ragged right, no hyphenation,
  paragraphs set apart by space, a centred head and "- N -" at the foot;
- ``circular``: fpdf2, two text columns, left-aligned, a head and "N" at the foot;
- ``octavo``: pdfLaTeX, one column of 11pt type, paragraphs *not indented* and set apart by a
  skip (parskip), two-sided heads with the page number outside;
- ``folio``: reportlab, one wide column, justified, *hyphenated* by pyphen (en_US), indented.

The expected clean text is the passage's paragraphs, made from the text, not from any reader.
The PDFs, expected texts and manifest.json go to tests/fixtures/pdf/heldout3/. These PDFs were
made before any reader ran on them and are kept aside: run ``benchmarks/pdf_input.py --set
held-out`` once before a change and once after it.

Needs chromium, weasyprint, reportlab, fpdf2 (DejaVu Sans in /usr/share/fonts/truetype/dejavu/)
and pdflatex. Run from the repository root:

    python benchmarks/make_pdf_heldout3.py
"""
from __future__ import annotations

import html
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
OUT = ROOT / "tests" / "fixtures" / "pdf" / "heldout3"

from make_pdf_fixtures import run, to_tex, typeset_entry, typeset_form, write_set  # noqa: E402
from make_pdf_heldout import DEJAVU, chromium, expected, passage, weasyprint  # noqa: E402

LATEX = r"""\documentclass[11pt,twoside]{article}
\usepackage[utf8]{inputenc}
\usepackage[paperwidth=5.6in,paperheight=8in,margin=0.75in,headsep=16pt]{geometry}
\usepackage{microtype}\DisableLigatures{encoding = *, family = *}
\usepackage{parskip}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}
\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[LE]{\thepage\qquad\textit{The Adventures of Jack Sheppard}}
\fancyhead[RO]{\textit{An Octavo Reader}\qquad\thepage}
\begin{document}
%(body)s
\end{document}
"""


def octavo(layout: dict, d: pathlib.Path) -> str:
    pars = passage(*layout["text"])
    (d / "doc.tex").write_text(LATEX % dict(body="\n\n".join(to_tex(p, False) for p in pars)), encoding="utf-8")
    for _ in range(2):
        run("pdflatex", "-interaction=nonstopmode", "doc.tex", cwd=d)
    return typeset_form(expected(pars))


def fpdf_columns(layout: dict, d: pathlib.Path) -> str:
    """Two columns set by fpdf2; the page, font and alignment come from the layout, where it
    names them (``fpdf``: format, font, font_file, margins, gutter, align, head_align, space)."""
    from fpdf import FPDF

    pars = passage(*layout["text"])
    title = layout["title"]
    style = {"format": "letter", "font": "sans", "font_file": "DejaVuSans.ttf", "margins": (20, 16, 20),
             "gutter": 8, "align": "LEFT", "head_align": "R", "space": 2.5, **layout.get("fpdf", {})}
    font = style["font"]

    class Doc(FPDF):
        def header(self):
            self.set_font(font, "", 8)
            self.cell(0, 4, title, align=style["head_align"])
            self.ln(10)

        def footer(self):
            self.set_y(-13)
            self.set_font(font, "", 8)
            self.cell(0, 4, str(self.page_no()), align="C")

    pdf = Doc(format=style["format"])
    pdf.set_margins(*style["margins"])
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font(font, "", str(DEJAVU / style["font_file"]))
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font(font, "", 9)
    with pdf.text_columns(ncols=2, gutter=style["gutter"], text_align=style["align"], line_height=1.3) as cols:
        for p in pars:
            with cols.paragraph(text_align=style["align"], top_margin=style["space"]) as par:
                par.write(p)
    pdf.output(str(d / "doc.pdf"))
    return expected(pars)


def hyphenation(lang: str | None) -> dict:
    """reportlab ParagraphStyle settings that hyphenate by pyphen's patterns for ``lang`` (none: {})."""
    return dict(hyphenationLang=lang, embeddedHyphenation=1, uriWasteReduce=0.3) if lang else {}


def reportlab_one(layout: dict, d: pathlib.Path) -> str:
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pars = passage(*layout["text"])
    style = layout["style"]
    width, height = layout["page"]
    margin = 0.8 * inch
    hyphenate = hyphenation(style.get("hyphenate"))
    body = ParagraphStyle("body", fontName=style["font"], fontSize=style["size"], leading=style["size"] * 1.3,
                          alignment=TA_JUSTIFY if style["justify"] else TA_LEFT,
                          firstLineIndent=style["indent"], spaceBefore=style["space"], **hyphenate)

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawCentredString(width / 2, height - margin + 16, layout["title"])
        canvas.drawCentredString(width / 2, margin - 24, layout["foot"] % canvas.getPageNumber())
        canvas.restoreState()

    doc = SimpleDocTemplate(str(d / "doc.pdf"), pagesize=(width, height), leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin, title=layout["title"], invariant=1)
    doc.build([Paragraph(html.escape(p), body) for p in pars], onFirstPage=furniture, onLaterPages=furniture)
    return expected(pars)


LAYOUTS = {
    "tract": dict(
        producer=chromium, text=("news-from-nowhere-1890", 0), title="News from Nowhere",
        css=dict(page="5.5in 8.5in", margin="0.7in 0.6in", font="sans-serif", size="10pt", body="",
                 par_margin="0 0 0.6em", indent="0", page_rules="body p { text-align: left; }",
                 page_boxes="@top-left { content: 'News from Nowhere'; font-size: 8pt; }"
                            " @top-right { content: counter(page); font-size: 8pt; }"),
        furniture=[r"News from Nowhere", r"^\d+$"],
    ),
    "quire": dict(
        producer=weasyprint, text=("jack-sheppard-1839", 0), title="Jack Sheppard",
        css=dict(page="6in 9in", margin="0.7in 0.6in", font="serif", size="9.5pt",
                 body="columns: 2; column-gap: 0.3in; hyphens: auto;", par_margin="0", indent="1.2em",
                 page_rules="",
                 page_boxes="@bottom-left { content: 'Jack Sheppard: A Romance'; font-size: 7.5pt; }"
                            " @bottom-right { content: counter(page); font-size: 8pt; }"),
        furniture=[r"Jack Sheppard: A Romance", r"^\d+$"],
    ),
    "register": dict(
        producer=reportlab_one, text=("log-school-house-1890", 0), title="The Log School-House on the Columbia",
        page=(5.8 * 72, 8.3 * 72), foot="- %d -",
        style=dict(font="Helvetica", size=9.5, justify=False, indent=0, space=6),
        furniture=[r"The Log School-House on the Columbia", r"- \d+ -"],
    ),
    "circular": dict(
        producer=fpdf_columns, text=("news-from-nowhere-1890", 1), title="A Circular from Nowhere",
        furniture=[r"A Circular from Nowhere", r"^\d+$"],
    ),
    "octavo": dict(
        producer=octavo, text=("jack-sheppard-1839", 1),
        furniture=[r"\d+ *The Adventures of Jack Sheppard", r"An Octavo Reader *\d+"],
    ),
    "folio": dict(
        producer=reportlab_one, text=("log-school-house-1890", 1), title="Tales of the Columbia",
        page=(7 * 72, 9.5 * 72), foot="Folio %d",
        style=dict(font="Times-Roman", size=11, justify=True, indent=14, space=0, hyphenate="en_US"),
        furniture=[r"Tales of the Columbia", r"Folio \d+"],
    ),
}


def main() -> None:
    write_set(OUT, LAYOUTS, typeset_entry)


if __name__ == "__main__":
    main()
