"""Make the eighth PDF set: one- and two-column PDFs of one more book, a dev half and a held-out half.

Like the seventh set (``make_pdf_heldout7.py``) this set measures the text-only path: pdftotext's
default text through the pipeline (``benchmarks/pdf.py --set heldout8`` and ``--set dev8``), and,
on the same PDFs, cleantext's PDF input (``benchmarks/pdf_input.py --set held-out8`` / ``--set
dev8``). The texts are passages of a public-domain book no PDF set used before
(benchmarks/texts/learn-heldout9/macdowell-essays-1912.txt: Edward MacDowell, Critical and
Historical Essays, 1912), its paragraphs in order, cut into passages of about 5,000 characters
(benchmarks/texts/gutenberg/heldout8-macdowell-essays-1912.txt, written by this script). The
layouts use producers and settings the earlier sets do not:

- ``lecture`` / ``seminar``: LibreOffice Writer (a flat ODT converted by ``soffice --headless
  --convert-to pdf``), a two-column section, Liberation Serif 10pt justified, indented, a head and
  the page number;
- ``syllabus`` / ``handout``: LibreOffice Writer, one column, Liberation Sans 10.5pt ragged right,
  spaced paragraphs, "Page N" at the foot;
- ``treatise`` / ``thesis``: pdfLaTeX ``\\twocolumn``, 11pt on letter paper, a narrow gutter
  (0.17in), indented, a head and the page number;
- ``quarterly`` / ``monthly``: pdfLaTeX ``multicol``, two columns ragged right, unindented, a skip
  between paragraphs, the page number at the foot;
- ``anthology`` / ``compendium``: reportlab, two frames, Helvetica 8.5pt justified, hyphenated by
  pyphen (en_US), indented, a narrow gutter (0.16in), a head with the page number;
- ``broadside`` / ``placard``: fpdf2 ``text_columns``, DejaVu Sans Condensed, justified, A4, a
  narrow gutter (5mm), spaced paragraphs;
- ``notebook`` / ``sketchbook``: WeasyPrint, two CSS columns, sans-serif justified without
  hyphenation, a narrow gap (0.18in), indented, not spaced;
- ``essay`` / ``sermon``: reportlab, one column, Courier 9.5pt ragged right, indented.

The first name of each pair goes to tests/fixtures/pdf/heldout8/ (held out: made and committed
before any change it measures, run once before and once after), the second to
tests/fixtures/pdf/dev8/ (the same layouts on other passages, to tune on). For each: the PDF,
pdftotext's default text and the expected text (the passage's paragraphs, made from the book's
text, not from any reader), with manifest.json.

Needs poppler-utils, pdfLaTeX (texlive-latex-base, texlive-latex-recommended), LibreOffice Writer
(libreoffice-writer-nogui, fonts-liberation), reportlab with pyphen, fpdf2 and WeasyPrint. Run
from the repository root:

    python benchmarks/make_pdf_heldout8.py
"""
from __future__ import annotations

import html
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
BOOKS = HERE / "texts" / "learn-heldout9"
TEXTS = HERE / "texts" / "gutenberg"

from make_pdf_fixtures import extracted_entry, run, to_tex, typeset_form, write_set  # noqa: E402
from make_pdf_fixtures import write_passages as write_passages_to  # noqa: E402
from make_pdf_heldout import expected, passage, weasyprint  # noqa: E402
from make_pdf_heldout3 import fpdf_columns, reportlab_one  # noqa: E402
from make_pdf_heldout4 import reportlab  # noqa: E402

ESSAYS = "heldout8-macdowell-essays-1912"


def write_passages() -> None:
    """Cut the book's paragraphs, in order, into passages of about 5,000 characters."""
    pars = [p.strip() for p in (BOOKS / "macdowell-essays-1912.txt").read_text(encoding="utf-8").split("\n\n")
            if p.strip()]
    write_passages_to(TEXTS / f"{ESSAYS}.txt", pars, 5000)


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="%(font)s" svg:font-family="'%(font)s'"/>
 </office:font-face-decls>
 <office:styles>
  <style:style style:name="Body" style:family="paragraph">
   <style:paragraph-properties fo:text-align="%(align)s" fo:text-indent="%(indent)s" fo:margin-top="0in"
    fo:margin-bottom="%(space)s" fo:line-height="%(leading)s"/>
   <style:text-properties style:font-name="%(font)s" fo:font-size="%(size)s" fo:hyphenate="false"
    fo:language="en" fo:country="US"/>
  </style:style>
  <style:style style:name="Furniture" style:family="paragraph">
   <style:paragraph-properties fo:text-align="%(furniture_align)s"/>
   <style:text-properties style:font-name="%(font)s" fo:font-size="8pt"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="%(width)s" fo:page-height="%(height)s" fo:margin-top="0.55in"
    fo:margin-bottom="0.55in" fo:margin-left="%(margin)s" fo:margin-right="%(margin)s"/>
   <style:header-style><style:header-footer-properties fo:min-height="0in" fo:margin-bottom="0.2in"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0in" fo:margin-top="0.2in"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="Sect1" style:family="section">
   <style:section-properties><style:columns fo:column-count="%(columns)d" fo:column-gap="%(gap)s"/>
   </style:section-properties>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   %(header)s
   <style:footer><text:p text:style-name="Furniture">%(foot)s</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
  <text:section text:style-name="Sect1" text:name="Body">
%(body)s
  </text:section>
 </office:text></office:body>
</office:document>
"""


def libreoffice(layout: dict, d: pathlib.Path) -> str:
    """A flat ODT document written here and converted to PDF by LibreOffice Writer."""
    pars = passage(*layout["text"])
    style = layout["writer"]
    header = (f'<style:header><text:p text:style-name="Furniture">{html.escape(style["head"])}</text:p></style:header>'
              if style.get("head") else "")
    page_number = '<text:page-number text:select-page="current">1</text:page-number>'
    body = "\n".join(f'   <text:p text:style-name="Body">{html.escape(p, quote=False)}</text:p>' for p in pars)
    doc = FODT % dict(style, header=header, foot=html.escape(style["foot"]).replace("N", page_number, 1),
                      body=body)
    (d / "doc.fodt").write_text(doc, encoding="utf-8")
    subprocess.run(["soffice", f"-env:UserInstallation={(d / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(d), str(d / "doc.fodt")],
                   check=True, capture_output=True, timeout=300)
    return expected(pars)


LATEX = r"""\documentclass[%(size)s]{article}
\usepackage[utf8]{inputenc}
\usepackage[letterpaper,margin=0.75in,headsep=14pt]{geometry}
%% Ligatures would come out as single glyphs; another stage repairs those.
\usepackage{microtype}\DisableLigatures{encoding = *, family = *}
\usepackage{multicol}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
%(setup)s
\begin{document}
%(body)s
\end{document}
"""


def latex(layout: dict, d: pathlib.Path) -> str:
    pars = passage(*layout["text"])
    body = "\n\n".join(to_tex(p, layout["indent"]) for p in pars)
    if layout.get("multicol"):
        body = "\\begin{multicols}{2}\n\\raggedright\n" + body + "\n\\end{multicols}"
    else:
        body = "\\twocolumn\n" + body
    setup = layout["tex"]
    if not layout["indent"]:
        setup += r"\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}"
    if layout.get("multicol"):
        setup += r"\microtypesetup{expansion=false}"
    (d / "doc.tex").write_text(LATEX % dict(size=layout["size"], setup=setup, body=body), encoding="utf-8")
    for _ in range(2):
        run("pdflatex", "-interaction=nonstopmode", "doc.tex", cwd=d)
    return typeset_form(expected(pars))


def fpdf_condensed(layout: dict, d: pathlib.Path) -> str:
    return fpdf_columns({"fpdf": {"format": "A4", "font": "condensed", "font_file": "DejaVuSansCondensed.ttf",
                                  "margins": (14, 14, 14), "gutter": 5, "align": "JUSTIFY", "head_align": "L",
                                  "space": 1.5}, **layout}, d)


def layouts(half: int) -> dict:
    """The eight layouts; ``half`` 0 (held-out) or 1 (dev) picks names and passages."""
    def text(i):
        return (ESSAYS, 2 * i + half)

    def name(a, b):
        return (a, b)[half]
    return {
        name("lecture", "seminar"): dict(
            producer=libreoffice, text=text(0), title=name("Lectures on Music", "Seminar on Music"),
            writer=dict(font="Liberation Serif", size="10pt", align="justify", indent="0.2in", space="0in",
                        leading="115%", width="8.5in", height="11in", margin="0.75in", columns=2, gap="0.25in",
                        furniture_align="center", head=name("Lectures on Music", "Seminar on Music"), foot="N"),
            furniture=[name("Lectures on Music", "Seminar on Music"), r"^\d+$"],
        ),
        name("syllabus", "handout"): dict(
            producer=libreoffice, text=text(1), title=name("Syllabus", "Handout"),
            writer=dict(font="Liberation Sans", size="10.5pt", align="start", indent="0in", space="0.09in",
                        leading="120%", width="6in", height="9in", margin="0.8in", columns=1, gap="0in",
                        furniture_align="end", head="", foot="Page N"),
            furniture=[r"Page \d+"],
        ),
        name("treatise", "thesis"): dict(
            producer=latex, text=text(2), size="11pt", indent=True,
            tex=r"\setlength{\columnsep}{0.17in}\fancyhead[R]{\small\itshape "
                + name("A Treatise on Song", "A Thesis on Song") + r"}\fancyfoot[C]{\thepage}",
            furniture=[name("A Treatise on Song", "A Thesis on Song"), r"^\d+$"],
        ),
        name("quarterly", "monthly"): dict(
            producer=latex, text=text(3), size="10pt", indent=False, multicol=True,
            tex=r"\setlength{\columnsep}{0.3in}\fancyfoot[R]{\thepage}",
            furniture=[r"^\d+$"],
        ),
        name("anthology", "compendium"): dict(
            producer=reportlab, text=text(4), title=name("Anthology", "Compendium"), page=(8.5 * 72, 11 * 72),
            font="Helvetica", size=8.5, justify=True, indent=9, space=0, gutter=0.16, hyphenate="en_US",
            head=name("An Anthology of Essays", "A Compendium of Essays"),
            furniture=[name("An Anthology of Essays", "A Compendium of Essays") + r" +\d+"],
        ),
        name("broadside", "placard"): dict(
            producer=fpdf_condensed, text=text(5), title=name("Broadside on Music", "Placard on Music"),
            furniture=[name("Broadside on Music", "Placard on Music"), r"^\d+$"],
        ),
        name("notebook", "sketchbook"): dict(
            producer=weasyprint, text=text(6), title=name("Notebook", "Sketchbook"),
            css=dict(page="7in 10in", margin="0.75in 0.6in", font="sans-serif", size="9pt",
                     body="columns: 2; column-gap: 0.18in; text-align: justify;",
                     par_margin="0", indent="1.5em", page_rules="",
                     page_boxes="@top-left { content: '%s'; font-size: 7.5pt; }"
                                " @bottom-right { content: counter(page); font-size: 8pt; }"
                                % name("Notes of a Musician", "Sketches of a Musician")),
            furniture=[name("Notes of a Musician", "Sketches of a Musician"), r"^\d+$"],
        ),
        name("essay", "sermon"): dict(
            producer=reportlab_one, text=text(7), title=name("An Essay on Music", "A Sermon on Music"),
            page=(6.5 * 72, 9 * 72), foot="- %d -",
            style=dict(font="Courier", size=9.5, justify=False, indent=20, space=0),
            furniture=[name("An Essay on Music", "A Sermon on Music"), r"- \d+ -"],
        ),
    }


def main() -> None:
    write_passages()
    write_set(FIXTURES / "heldout8", layouts(0), extracted_entry, pdftotext=True)
    write_set(FIXTURES / "dev8", layouts(1), extracted_entry, pdftotext=True)


if __name__ == "__main__":
    main()
