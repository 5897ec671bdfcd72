"""Make PDF fixtures with producers other than LaTeX: a browser's print to PDF and reportlab.

Each layout sets a real text (tests/gold/, benchmarks/ocr/clean/) with running heads or feet
and page numbers, in one or two columns; its expected clean text is made from the same
paragraphs, not from any reader's output. The PDFs, their expected texts and manifest.json
(the furniture each prints, as regular expressions) go to tests/fixtures/pdf/producers/.

Needs chromium (``chromium --headless --print-to-pdf``) and reportlab (with pyphen, which
cleantext installs, for reportlab's hyphenation). Run from the repository root:

    python benchmarks/make_pdf_producers.py
"""
from __future__ import annotations

import html
import pathlib
import subprocess

from make_pdf_fixtures import write_set

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "pdf" / "producers"


def paragraphs(path: str, limit: int | None = None) -> list[str]:
    """The text's paragraphs (blank-line separated, or one a line where it has no blank lines)."""
    text = (ROOT / path).read_text(encoding="utf-8")
    parts = text.split("\n\n") if "\n\n" in text else text.split("\n")
    found = [" ".join(p.split()) for p in parts if p.strip()]
    if limit is not None:
        total, kept = 0, []
        for p in found:
            if total > limit:
                break
            kept.append(p)
            total += len(p)
        found = kept
    return found


def is_heading(par: str) -> bool:
    return len(par) < 120 and not par.rstrip().endswith((".", "?", "!", "”", '"', ":", ";"))


# ---- chromium: HTML printed to PDF ------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%(title)s</title>
<style>
@page { size: %(page)s; margin: %(margin)s; %(page_boxes)s }
%(page_rules)s
body { font-family: %(font)s; font-size: %(size)s; line-height: 1.35; margin: 0; %(body)s }
p { margin: %(par_margin)s; text-indent: %(indent)s; text-align: justify; }
h2 { font-size: 1.15em; margin: 0.6em 0 0.3em; break-after: avoid; }
</style></head><body>
%(content)s
</body></html>
"""


def chromium(layout: dict, d: pathlib.Path) -> str:
    """Print the layout's HTML to d/doc.pdf with chromium; the expected text."""
    pars = paragraphs(layout["text"], layout.get("limit"))
    content = "\n".join(f"<h2>{html.escape(p)}</h2>" if is_heading(p) else f"<p>{html.escape(p)}</p>"
                        for p in pars)
    page = HTML % dict(title=html.escape(layout["title"]), content=content, **layout["css"])
    (d / "doc.html").write_text(page, encoding="utf-8")
    header_footer = [] if layout["browser_header_footer"] else ["--no-pdf-header-footer"]
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", *header_footer,
                    f"--print-to-pdf={d / 'doc.pdf'}", (d / "doc.html").as_uri()],
                   check=True, capture_output=True, timeout=120)
    return "\n\n".join(pars) + "\n"


# ---- reportlab: frames and page templates -----------------------------------------------------

def reportlab(layout: dict, d: pathlib.Path) -> str:
    """Set the layout with reportlab's platypus into d/doc.pdf; the expected text."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate, Paragraph

    pars = paragraphs(layout["text"], layout.get("limit"))
    width, height = layout["page"]
    margin = 0.75 * inch
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=layout["size"], leading=layout["size"] * 1.25,
                          alignment=TA_JUSTIFY, firstLineIndent=layout["indent"], spaceAfter=layout["space"],
                          hyphenationLang="en_GB", embeddedHyphenation=1, uriWasteReduce=0.3)
    head = ParagraphStyle("head", parent=body, fontName="Times-Bold", fontSize=layout["size"] + 2,
                          leading=(layout["size"] + 2) * 1.3, firstLineIndent=0, spaceBefore=6, spaceAfter=4,
                          alignment=0, hyphenationLang="")

    def furniture(canvas, doc):
        canvas.saveState()
        number = canvas.getPageNumber()
        layout["draw"](canvas, number, width, height, margin)
        canvas.restoreState()

    columns = layout["columns"]
    gutter = 0.3 * inch
    column_width = (width - 2 * margin - gutter * (columns - 1)) / columns
    frames = [Frame(margin + i * (column_width + gutter), margin, column_width, height - 2 * margin,
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"col{i}")
              for i in range(columns)]
    doc = BaseDocTemplate(str(d / "doc.pdf"), pagesize=(width, height), title=layout["title"],
                          author="cleantext fixtures", invariant=1)
    doc.addPageTemplates([PageTemplate(id="page", frames=frames, onPage=furniture)])
    story = [NextPageTemplate("page")]
    story += [Paragraph(html.escape(p), head if is_heading(p) else body) for p in pars]
    doc.build(story)
    return "\n\n".join(pars) + "\n"


def alternate_heads(canvas, number, width, height, margin):
    """Twoside heads: the number outside, the journal on even pages, the article on odd ones."""
    canvas.setFont("Times-Italic", 9)
    y = height - margin + 16
    if number % 2 == 0:
        canvas.drawString(margin, y, f"{number}    Ledger of the Coast")
    else:
        canvas.drawRightString(width - margin, y, f"Eruption coverage    {number}")


def centred_foot(canvas, number, width, height, margin):
    """A small title head on the left and a centred page number between dashes at the foot."""
    canvas.setFont("Helvetica", 8)
    canvas.drawString(margin, height - margin + 14, "The Authorised Text, Genesis I")
    canvas.setFont("Times-Roman", 10)
    canvas.drawCentredString(width / 2, margin - 24, f"\N{EN DASH} {number} \N{EN DASH}")


LAYOUTS = {
    # Chromium's own header and footer: date and title at the top, the file's address and
    # "page/pages" at the foot, as a browser's print of a web page shows them.
    "browser": dict(
        producer=chromium, text="benchmarks/ocr/clean/angler-1653.txt", limit=9000,
        title="The Compleat Angler, the first day", browser_header_footer=True,
        css=dict(page="A5", margin="18mm 15mm", page_boxes="", page_rules="", font="serif", size="10.5pt",
                 body="", par_margin="0 0 0.5em", indent="0"),
        furniture=[r"\d+/\d+/\d+, \d+:\d+", r"The Compleat Angler, the first day", r"^file:///", r"^\d+/\d+$"],
    ),
    # Two CSS columns, a running head centred at the top, the page number at the bottom right
    # (CSS page margin boxes).
    "webcolumns": dict(
        producer=chromium, text="tests/gold/002_11ae15ef6517e426.txt", title="Harbour Almanac",
        browser_header_footer=False,
        css=dict(page="letter", margin="0.8in 0.75in", font="sans-serif", size="9.5pt",
                 page_boxes="@top-center { content: 'Harbour Almanac \\2014  Spring number'; font-size: 8pt; }"
                            " @bottom-right { content: counter(page); font-size: 9pt; }",
                 page_rules="", body="columns: 2; column-gap: 0.3in;", par_margin="0", indent="1.5em"),
        furniture=[r"Harbour Almanac — Spring number", r"^\d+$"],
    ),
    # reportlab, two columns, twoside heads (even pages: number left; odd: number right),
    # hyphenated with pyphen.
    "ledger": dict(
        producer=reportlab, text="tests/gold/004_e075af28c314b604.txt", title="Ledger of the Coast",
        page=(6.5 * 72, 9 * 72), columns=2, size=9.5, indent=12, space=0, draw=alternate_heads,
        furniture=[r"\d+ +Ledger of the Coast", r"Eruption coverage +\d+"],
    ),
    # reportlab, one column, verses unindented with space between, a small head and a dashed
    # page number.
    "verses": dict(
        producer=reportlab, text="benchmarks/ocr/clean/genesis-1611.txt", title="Genesis",
        page=(5 * 72, 7.5 * 72), columns=1, size=10.5, indent=0, space=5, draw=centred_foot,
        furniture=[r"The Authorised Text, Genesis I", r"– ?\d+ ?–"],
    ),
}


def main() -> None:
    write_set(OUT, LAYOUTS, lambda name, layout: dict(
        pdf=f"{name}.pdf", expected=f"{name}.expected.txt", furniture=layout["furniture"],
        producer=layout["producer"].__name__))


if __name__ == "__main__":
    main()
