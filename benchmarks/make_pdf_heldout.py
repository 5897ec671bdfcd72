"""Make the second held-out set of PDFs: texts rich in hyphenated compounds, set by programs that
hyphenate words themselves and by programs that do not.

The texts are passages of two public-domain books (benchmarks/texts/gutenberg/: Moby-Dick, 1851,
and Three Men in a Boat, 1889, from Project Gutenberg), paragraphs that hold at least one
hyphenated compound ("sperm-whale", "landing-stage"), so that compounds fall at line ends. Each
file holds its passages one after the other, "* * *" between them; each layout sets one passage:

- ``pamphlet``: chromium's print to PDF, A5, one column, justified, a running head and a page
  number in page margin boxes (CSS ``hyphens: manual``, the default: breaks only at spaces and at
  the text's own hyphens);
- ``gazette``: chromium, letter paper, three CSS columns, a head and a page number;
- ``chapbook``: fpdf2, A5, one column, DejaVu Serif, justified, paragraphs set apart by space, a
  small head and "Page N" at the foot (fpdf2 breaks at spaces and hyphens);
- ``almanac``: reportlab, two columns, heads with the page number, *hyphenated* by pyphen
  (``hyphenationLang``): a program that hyphenates nothing unless a style asks, asked;
- ``logbook``: pdfLaTeX, two narrow columns, so that TeX hyphenates often; fancyhdr head and foot.

The expected clean text is the passage's paragraphs, made from the text, not from any reader.
The PDFs, expected texts and manifest.json (each layout's printed furniture as regular
expressions, and its producer) go to tests/fixtures/pdf/heldout2/. These PDFs were made before
any reader ran on them and are kept aside: run ``benchmarks/pdf_input.py --set held-out`` once.

Needs chromium, reportlab, fpdf2 (with DejaVu Serif in /usr/share/fonts/truetype/dejavu/) and
pdflatex. Run from the repository root:

    python benchmarks/make_pdf_heldout.py
"""
from __future__ import annotations

import html
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
OUT = ROOT / "tests" / "fixtures" / "pdf" / "heldout2"
TEXTS = HERE / "texts" / "gutenberg"
DEJAVU = pathlib.Path("/usr/share/fonts/truetype/dejavu")

from make_pdf_fixtures import PREAMBLE, run, to_tex, typeset_entry, typeset_form, write_set  # noqa: E402
from make_pdf_producers import HTML  # noqa: E402


def passage(text: str, number: int) -> list[str]:
    """The paragraphs of a text's passage (0-based), each on one line."""
    parts = (TEXTS / f"{text}.txt").read_text(encoding="utf-8").split("\n\n* * *\n\n")
    return [" ".join(p.split()) for p in parts[number].split("\n\n") if p.strip()]


def expected(pars: list[str]) -> str:
    return "\n\n".join(pars) + "\n"


def chromium(layout: dict, d: pathlib.Path) -> str:
    pars = passage(*layout["text"])
    content = "\n".join(f"<p>{html.escape(p)}</p>" for p in pars)
    page = HTML % dict(title=html.escape(layout["title"]), content=content, **layout["css"])
    (d / "doc.html").write_text(page, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={d / 'doc.pdf'}", (d / "doc.html").as_uri()],
                   check=True, capture_output=True, timeout=120)
    return expected(pars)


def weasyprint(layout: dict, d: pathlib.Path) -> str:
    from weasyprint import HTML as Page

    pars = passage(*layout["text"])
    content = "\n".join(f"<p>{html.escape(p)}</p>" for p in pars)
    Page(string=HTML % dict(title=html.escape(layout["title"]), content=content, **layout["css"])).write_pdf(
        d / "doc.pdf")
    return expected(pars)


def fpdf(layout: dict, d: pathlib.Path) -> str:
    from fpdf import FPDF

    pars = passage(*layout["text"])
    title = layout["title"]

    class Doc(FPDF):
        def header(self):
            self.set_font("serif", "", 7.5)
            self.cell(0, 4, title, align="L")
            self.ln(9)

        def footer(self):
            self.set_y(-14)
            self.set_font("serif", "", 8.5)
            self.cell(0, 4, f"Page {self.page_no()}", align="C")

    pdf = Doc(format="A5")
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("serif", "", str(DEJAVU / "DejaVuSerif.ttf"))
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("serif", "", 9.5)
    for p in pars:
        pdf.multi_cell(0, 5, p, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.output(str(d / "doc.pdf"))
    return expected(pars)


def reportlab(layout: dict, d: pathlib.Path) -> str:
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    pars = passage(*layout["text"])
    width, height = 6 * 72, 8.5 * 72
    margin = 0.7 * inch
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=9.5, leading=11.8, alignment=TA_JUSTIFY,
                          firstLineIndent=10, hyphenationLang="en_GB", embeddedHyphenation=1, uriWasteReduce=0.3)

    def heads(canvas, doc):
        canvas.saveState()
        number = canvas.getPageNumber()
        canvas.setFont("Helvetica", 8)
        y = height - margin + 14
        if number % 2:
            canvas.drawRightString(width - margin, y, f"{layout['title']}    {number}")
        else:
            canvas.drawString(margin, y, f"{number}    Almanac of the River")
        canvas.restoreState()

    gutter = 0.25 * inch
    column = (width - 2 * margin - gutter) / 2
    frames = [Frame(margin + i * (column + gutter), margin, column, height - 2 * margin, leftPadding=0,
                    rightPadding=0, topPadding=0, bottomPadding=0, id=f"col{i}") for i in range(2)]
    doc = BaseDocTemplate(str(d / "doc.pdf"), pagesize=(width, height), title=layout["title"], invariant=1)
    doc.addPageTemplates([PageTemplate(id="page", frames=frames, onPage=heads)])
    doc.build([Paragraph(html.escape(p), body) for p in pars])
    return expected(pars)


def latex(layout: dict, d: pathlib.Path) -> str:
    pars = passage(*layout["text"])
    body = "\n\n".join(to_tex(p, True) for p in pars)
    tex = PREAMBLE % dict(size="10pt", twoside="", width=layout["width"], furniture=layout["tex"],
                          columns=r"\twocolumn", body=body)
    (d / "doc.tex").write_text(tex, encoding="utf-8")
    for _ in range(2):
        run("pdflatex", "-interaction=nonstopmode", "doc.tex", cwd=d)
    return typeset_form(expected(pars))


LAYOUTS = {
    "pamphlet": dict(
        producer=chromium, text=("three-men-1889", 0), title="Three Men in a Boat",
        css=dict(page="3.9in 6.5in", margin="0.55in 0.45in", font="serif", size="10pt", body="", par_margin="0",
                 indent="1.2em", page_rules="",
                 page_boxes="@top-center { content: 'Three Men in a Boat'; font-size: 8pt; }"
                            " @bottom-center { content: counter(page); font-size: 9pt; }"),
        furniture=[r"Three Men in a Boat", r"^\d+$"],
    ),
    "gazette": dict(
        producer=chromium, text=("moby-dick-1851", 0), title="The Whaleman's Gazette",
        css=dict(page="6.5in 9.5in", margin="0.7in 0.6in", font="serif", size="10.5pt",
                 body="columns: 2; column-gap: 0.35in;", par_margin="0 0 0.4em", indent="0", page_rules="",
                 page_boxes="@top-left { content: 'The Whaleman\\2019s Gazette'; font-size: 8pt; }"
                            " @top-right { content: 'Number 4'; font-size: 8pt; }"
                            " @bottom-right { content: 'page ' counter(page); font-size: 8pt; }"),
        furniture=[r"The Whaleman’s Gazette", r"Number 4", r"page \d+"],
    ),
    "broadsheet": dict(
        producer=weasyprint, text=("moby-dick-1851", 3), title="Whaling Broadsheet",
        css=dict(page="4.8in 7.5in", margin="0.65in 0.55in", font="serif", size="10pt", body="", par_margin="0",
                 indent="1.4em", page_rules="",
                 page_boxes="@top-right { content: 'Whaling Broadsheet, No. 9'; font-size: 7.5pt; }"
                            " @bottom-center { content: '\\2014  ' counter(page) '  \\2014'; font-size: 9pt; }"),
        furniture=[r"Whaling Broadsheet, No\. 9", r"— ?\d+ ?—"],
    ),
    "chapbook": dict(
        producer=fpdf, text=("moby-dick-1851", 1), title="A Chapbook of the Whale Fishery",
        furniture=[r"A Chapbook of the Whale Fishery", r"Page \d+"],
    ),
    "almanac": dict(
        producer=reportlab, text=("three-men-1889", 1), title="Up the River",
        furniture=[r"Up the River +\d+", r"\d+ +Almanac of the River"],
    ),
    "logbook": dict(
        producer=latex, text=("moby-dick-1851", 2), width="6in",
        tex=r"\setlength{\columnsep}{0.3in}\fancyhead[C]{\small The Logbook of the Pequod}\fancyfoot[R]{\thepage}",
        furniture=[r"The Logbook of the Pequod", r"^\d+$"],
    ),
}


def main() -> None:
    write_set(OUT, LAYOUTS, typeset_entry)


if __name__ == "__main__":
    main()
