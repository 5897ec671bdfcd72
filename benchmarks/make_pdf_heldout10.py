"""Make the tenth PDF set: two-column PDFs of two more books by five producers, a held-out and a dev half.

Like the ninth set (``make_pdf_heldout9.py``) this set measures the text-only path: pdftotext's
default text through the pipeline (``benchmarks/pdf.py --set heldout10`` and ``--set dev10``), and,
on the same PDFs, cleantext's PDF input. Every layout sets two columns. The held-out half and the
dev half are set from different books that no PDF set used before, taken from their Project
Gutenberg texts as kept in the GITenberg repositories (public domain in the USA):

- held-out: Frances Ridley Havergal, *Morning Bells, or Waking Thoughts for Little Ones* (1880),
  eBook #11563 (GITenberg/Morning-Bells--Or-Waking-Thoughts-for-Little-Ones_11563, ``11563.txt``);
- dev: *Delsarte System of Oratory* (Edgar S. Werner, 1893), eBook #12200
  (GITenberg/Delsarte-System-of-Oratory_12200, ``12200-0.txt``), from a fifth into the book.

Their paragraphs of at least 300 characters, ASCII only, not all capitals, without digits, "[",
"]", "*", "{", "}", "|", "#", "<" or ">", in order, "--" written as an em-dash, straight quotes
made typographic, italics marks dropped, cut into passages of about 3,000 characters (the first
eight of the held-out book, twelve of the dev book kept)
(benchmarks/texts/gutenberg/heldout10-morning-bells-1880.txt and dev10-delsarte-oratory-1893.txt,
written by this script where the GITenberg copies are at hand, read from there otherwise). The
eight layouts (held-out name / dev name):

- ``gazette`` / ``herald``: LibreOffice Writer, two columns, Liberation Serif 10pt justified,
  indented, a head and "N" at the foot;
- ``newsletter`` / ``notice``: LibreOffice Writer, two columns, Liberation Sans 9pt ragged right,
  unindented, spaced paragraphs, "Page N" at the foot;
- ``quarterly`` / ``journal``: pdfLaTeX ``\\twocolumn``, 11pt on a page 8.5in wide, a 0.3in gutter,
  indented, hyphenated, a head and the page number;
- ``review`` / ``transactions``: pdfLaTeX ``multicols``, 10pt on a page 7in wide, unindented,
  spaced, hyphenated, the page number at the foot;
- ``digest`` / ``compendium``: reportlab, two frames, Helvetica 9pt ragged right, hyphenated by
  pyphen (en_GB), indented, a head with the page number;
- ``proceedings`` / ``annals``: reportlab, two frames on A4, Times-Roman 10pt justified, hyphenated
  by pyphen (en_US), unindented, spaced, "Page N" at the foot;
- ``leaflet`` / ``handbill``: fpdf2 ``text_columns``, DejaVu Sans justified, letter, a 6mm gutter,
  spaced paragraphs, a head and the page number;
- ``broadside`` / ``folio``: WeasyPrint, two CSS columns, sans-serif 9pt ragged right, ``hyphens:
  auto``, unindented, spaced paragraphs, a head and the page number.

The dev half has four more layouts on the dev book's next passages, made after the held-out half's
first run, to tune on: pdfLaTeX ``multicols`` 10pt on a page 7in wide, indented (``symposium``)
and 7.5in wide, unindented (``gleanings``); WeasyPrint, serif 9.5pt justified, indented, ``hyphens:
auto`` (``lyceum``); LibreOffice Writer, Liberation Sans 9.5pt ragged right, spaced (``seminary``).

The held-out half goes to tests/fixtures/pdf/heldout10/ (made and committed before any change it
measures, run once before and once after), the dev half to tests/fixtures/pdf/dev10/. For each:
the PDF, pdftotext's default text and the expected text (the passage's paragraphs, made from the
book's text, not from any reader), with manifest.json.

Needs poppler-utils, pdfLaTeX (texlive-latex-base, texlive-latex-recommended), LibreOffice Writer
(libreoffice-writer-nogui, fonts-liberation), reportlab with pyphen, fpdf2 and WeasyPrint. Run
from the repository root (MIRRORS: the folder of GITenberg copies, each ``owner+name/repo``):

    python benchmarks/make_pdf_heldout10.py [--dev] [MIRRORS]
"""
from __future__ import annotations

import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
TEXTS = HERE / "texts" / "gutenberg"

from gutenberg_passages import typographic  # noqa: E402
from make_pdf_fixtures import extracted_entry, write_set  # noqa: E402
from make_pdf_fixtures import write_passages as write_passages_to  # noqa: E402
from make_pdf_heldout import weasyprint  # noqa: E402
from make_pdf_heldout3 import fpdf_columns  # noqa: E402
from make_pdf_heldout4 import latex as latex_columns  # noqa: E402
from make_pdf_heldout4 import reportlab  # noqa: E402
from make_pdf_heldout8 import libreoffice  # noqa: E402

BELLS = "heldout10-morning-bells-1880"
DELSARTE = "dev10-delsarte-oratory-1893"
BOOKS = {  # the GITenberg copy, its file and encoding, where the passages start, how many
    BELLS: ("GITenberg+Morning-Bells--Or-Waking-Thoughts-for-Little-Ones_11563", "11563.txt", "ascii", 0.0, 8),
    DELSARTE: ("GITenberg+Delsarte-System-of-Oratory_12200", "12200-0.txt", "utf-8-sig", 0.2, 12),
}
SEPARATOR = "\n\n* * *\n\n"
UNWANTED = re.compile(r"[\d\[\]*{}|#<>]")


def book_paragraphs(text: str) -> list[str]:
    """The paragraphs between the Project Gutenberg header and footer, each on one line."""
    text = text.replace("\r\n", "\n")
    start = text.find("\n", re.search(r"\*\*\* ?START", text).start())
    end = re.search(r"\*\*\* ?END", text)
    return [" ".join(p.split()) for p in text[start:end.start() if end else None].split("\n\n") if p.strip()]


def kept(par: str) -> bool:
    return len(par) >= 300 and par.isascii() and not par.isupper() and not UNWANTED.search(par)


def write_passages(mirrors: pathlib.Path) -> None:
    """Cut each book's kept paragraphs, from its starting fraction on, into passages of about 3,000 characters."""
    for name, (repo, path, encoding, start, passages) in BOOKS.items():
        git = mirrors / repo / "repo"
        if not git.is_dir():
            continue
        text = subprocess.run(["git", "--git-dir", str(git), "show", f"HEAD:{path}"], check=True,
                              capture_output=True).stdout.decode(encoding)
        pars = book_paragraphs(text)
        pars = [typographic(p) for p in pars[int(len(pars) * start):] if kept(p)]
        out = TEXTS / f"{name}.txt"
        write_passages_to(out, pars, 3000)
        parts = out.read_text(encoding="utf-8").split(SEPARATOR)
        out.write_text(SEPARATOR.join(parts[:passages]).rstrip("\n") + "\n", encoding="utf-8")


def fpdf_sans(layout: dict, d: pathlib.Path) -> str:
    return fpdf_columns({"fpdf": {"format": "letter", "font": "sans", "font_file": "DejaVuSans.ttf",
                                  "margins": (18, 15, 18), "gutter": 6, "align": "JUSTIFY", "head_align": "L",
                                  "space": 2.0}, **layout}, d)


def layouts(half: int) -> dict:
    """The eight layouts; ``half`` 0 (held-out) or 1 (dev) picks names and the book."""
    book = (BELLS, DELSARTE)[half]

    def text(i):
        return (book, i)

    def name(a, b):
        return (a, b)[half]
    return {
        name("gazette", "herald"): dict(
            producer=libreoffice, text=text(0), title=name("The Morning Gazette", "The Herald of Oratory"),
            writer=dict(font="Liberation Serif", size="10pt", align="justify", indent="0.2in", space="0in",
                        leading="115%", width="8.5in", height="11in", margin="0.75in", columns=2, gap="0.25in",
                        furniture_align="center", head=name("The Morning Gazette", "The Herald of Oratory"),
                        foot="N"),
            furniture=[name("The Morning Gazette", "The Herald of Oratory"), r"^\d+$"],
        ),
        name("newsletter", "notice"): dict(
            producer=libreoffice, text=text(1), title=name("Newsletter", "Notice"),
            writer=dict(font="Liberation Sans", size="9pt", align="start", indent="0in", space="0.08in",
                        leading="120%", width="8.27in", height="11.69in", margin="0.7in", columns=2, gap="0.3in",
                        furniture_align="center", head="", foot="Page N"),
            furniture=[r"^Page \d+$"],
        ),
        name("quarterly", "journal"): dict(
            producer=latex_columns, text=text(2), width="8.5in", size="11pt", columns=r"\twocolumn", indent=True,
            tex=r"\setlength{\columnsep}{0.3in}\fancyhead[L]{\small "
                + name("The Children's Quarterly", "The Elocution Journal") + r"}\fancyhead[R]{\small\thepage}",
            furniture=[name("The Children's Quarterly", "The Elocution Journal"), r"^\d+$"],
        ),
        name("review", "transactions"): dict(
            producer=latex_columns, text=text(3), width="7in", size="10pt", columns="", multicol=True,
            indent=False, tex=r"\fancyfoot[C]{\thepage}",
            furniture=[r"^\d+$"],
        ),
        name("digest", "compendium"): dict(
            producer=reportlab, text=text(4), title=name("A Digest of Mornings", "A Compendium of Gesture"),
            page=(8.5 * 72, 11 * 72), font="Helvetica", size=9, justify=False, indent=10, space=0, gutter=0.3,
            hyphenate="en_GB", head=name("A Digest of Mornings", "A Compendium of Gesture"),
            furniture=[name("A Digest of Mornings", "A Compendium of Gesture") + r" +\d+"],
        ),
        name("proceedings", "annals"): dict(
            producer=reportlab, text=text(5), title=name("Proceedings", "Annals"), page=(595, 842),
            font="Times-Roman", size=10, justify=True, indent=0, space=4, gutter=0.25, hyphenate="en_US",
            head="", furniture=[r"Page \d+"],
        ),
        name("leaflet", "handbill"): dict(
            producer=fpdf_sans, text=text(6), title=name("Leaflet for Little Ones", "Handbill of the School"),
            furniture=[name("Leaflet for Little Ones", "Handbill of the School"), r"^\d+$"],
        ),
        name("broadside", "folio"): dict(
            producer=weasyprint, text=text(7), title=name("Broadside", "Folio"),
            css=dict(page="7in 10in", margin="0.75in 0.65in", font="sans-serif", size="9pt",
                     body="columns: 2; column-gap: 0.25in; hyphens: auto;",
                     par_margin="0 0 0.6em 0", indent="0", page_rules="p { text-align: left; }",
                     page_boxes="@top-right { content: '%s'; font-size: 7.5pt; }"
                                " @bottom-center { content: counter(page); font-size: 8pt; }"
                                % name("A Broadside for the Morning", "A Folio of Expression")),
            furniture=[name("A Broadside for the Morning", "A Folio of Expression"), r"^\d+$"],
        ),
    }


def dev_layouts() -> dict:
    """The dev half's four more layouts, on the dev book's passages 8 to 11."""
    return {
        "symposium": dict(
            producer=latex_columns, text=(DELSARTE, 8), width="7in", size="10pt", columns="", multicol=True,
            indent=True, tex=r"\fancyfoot[C]{\thepage}", furniture=[r"^\d+$"],
        ),
        "gleanings": dict(
            producer=latex_columns, text=(DELSARTE, 9), width="7.5in", size="10pt", columns="", multicol=True,
            indent=False, tex=r"\fancyhead[L]{\small Gleanings}\fancyhead[R]{\small\thepage}",
            furniture=[r"Gleanings", r"^\d+$"],
        ),
        "lyceum": dict(
            producer=weasyprint, text=(DELSARTE, 10), title="Lyceum",
            css=dict(page="6.5in 9.5in", margin="0.7in 0.6in", font="serif", size="9.5pt",
                     body="columns: 2; column-gap: 0.2in; hyphens: auto;",
                     par_margin="0", indent="1.2em", page_rules="",
                     page_boxes="@bottom-center { content: counter(page); font-size: 8pt; }"),
            furniture=[r"^\d+$"],
        ),
        "seminary": dict(
            producer=libreoffice, text=(DELSARTE, 11), title="Seminary",
            writer=dict(font="Liberation Sans", size="9.5pt", align="start", indent="0in", space="0.1in",
                        leading="115%", width="8.5in", height="11in", margin="0.75in", columns=2, gap="0.25in",
                        furniture_align="end", head="The Seminary", foot="N"),
            furniture=[r"The Seminary", r"^\d+$"],
        ),
    }


def main(argv: list[str]) -> None:
    """``--dev``: the dev half alone (the held-out half as it was committed)."""
    dev_only = "--dev" in argv
    argv = [a for a in argv if a != "--dev"]
    if argv:
        write_passages(pathlib.Path(argv[0]))
    if not dev_only:
        write_set(FIXTURES / "heldout10", layouts(0), extracted_entry, pdftotext=True)
    write_set(FIXTURES / "dev10", {**layouts(1), **dev_layouts()}, extracted_entry, pdftotext=True)


if __name__ == "__main__":
    main(sys.argv[1:])
