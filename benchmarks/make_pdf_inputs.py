"""Make PDFs for the PDF-input tests with fpdf2 (a second producer beside LaTeX).

Each layout is typeset line by line from a text whose paragraphs and line breaks are known, so
the expected clean text is the text itself, not what a reader made of it:
- ``fpdf-harbour.pdf``: two pages, a running head, a page number at the foot, paragraphs that
  start with an indent and no extra space, one of them ending on a full line, and one paragraph
  going on across the page break;
- ``fpdf-columns.pdf``: two columns side by side;
- ``fpdf-notice.pdf``: one page: a running head in small type atop it, a title in larger bold
  type under it, two paragraphs, a page number at the foot (a head no other page repeats);
- ``fpdf-scanned.pdf``: two pages holding only an image (a scan without OCR);
- ``fpdf-encrypted.pdf``: a text behind a user password.

Needs fpdf2 (``pip install fpdf2``). Run from the repository root:
python benchmarks/make_pdf_inputs.py
"""

from __future__ import annotations

import io
import pathlib
import struct
import zlib

from fpdf import FPDF

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "pdf" / "input"

# Paragraphs as the lines they are set in; the last line of the second paragraph is full.
HARBOUR = [
    ["The harbour was quiet in the early morning when the",
     "boats came back from the long night out at sea, and the",
     "men carried the catch up the stone steps to the market."],
    ["Nobody spoke much that day. The gulls circled above the",
     "roofs, the smell of salt hung over the narrow streets, and",
     "the old fishmonger counted his coins at the long counter."],
    ["In the afternoon the wind turned and the first drops of",
     "rain fell on the slate roofs of the houses along the quay,"],
    # the page breaks here, in the middle of a sentence
    ["where the children were still playing with a ball."],
    ["By evening the storm had come, and the boats stayed",
     "in the harbour, tied two by two against the old wall."],
    ["The next morning was calm again and the sea lay flat."],
]
LINE = 6.0
LEFT = 12.0
INDENT = 6.0


def _harbour() -> tuple[bytes, str]:
    pdf = FPDF(format="A5")
    pdf.set_auto_page_break(False)
    pages = [HARBOUR[:3], HARBOUR[3:]]
    for number, paragraphs in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        pdf.set_xy(LEFT, 8)
        pdf.cell(0, 5, "The Harbour Chronicle" if number % 2 else "Tales of the Coast")
        pdf.set_font("Helvetica", size=11)
        y = 24.0
        for index, lines in enumerate(paragraphs):
            continued = number == 2 and index == 0
            for i, line in enumerate(lines):
                pdf.set_xy(LEFT + (INDENT if i == 0 and not continued else 0), y)
                pdf.cell(0, LINE, line)
                y += LINE
        pdf.set_font("Helvetica", size=9)
        pdf.set_xy(LEFT, 196)
        pdf.cell(124, 5, str(number), align="C")
    paragraphs = [" ".join(lines) for lines in HARBOUR]
    paragraphs[2:4] = [paragraphs[2] + " " + paragraphs[3]]
    return bytes(pdf.output()), "\n\n".join(paragraphs) + "\n"


LEFT_COLUMN = [
    ["First column, first paragraph: it begins the", "text and must be read first of all."],
    ["First column, second paragraph, read second."],
]
RIGHT_COLUMN = [
    ["Second column, first paragraph: it is read", "only after the whole first column."],
    ["Second column, last paragraph, read last."],
]


def _columns() -> tuple[bytes, str]:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for x, column in ((12.0, LEFT_COLUMN), (110.0, RIGHT_COLUMN)):
        y = 30.0
        for lines in column:
            for i, line in enumerate(lines):
                pdf.set_xy(x + (INDENT if i == 0 else 0), y)
                pdf.cell(0, 5.5, line)
                y += 5.5
    paragraphs = [" ".join(lines) for lines in LEFT_COLUMN + RIGHT_COLUMN]
    return bytes(pdf.output()), "\n\n".join(paragraphs) + "\n"


NOTICE = [
    ["The harbour master gives notice that the outer basin will",
     "be closed to all boats from the first of the month, while",
     "the old wall is mended and the channel dredged again."],
    ["Boats that lie in the outer basin are to be moved to the",
     "inner harbour before that day; the harbour master will",
     "show each its new berth."],
]


def _notice() -> tuple[bytes, str]:
    pdf = FPDF(format="A5")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    pdf.set_xy(LEFT, 8)
    pdf.cell(0, 4, "The Harbour Chronicle")
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.set_xy(LEFT, 20)
    pdf.cell(0, 7, "A Notice to Boat Owners")
    pdf.set_font("Helvetica", size=11)
    y = 32.0
    for lines in NOTICE:
        for i, line in enumerate(lines):
            pdf.set_xy(LEFT + (INDENT if i == 0 else 0), y)
            pdf.cell(0, LINE, line)
            y += LINE
    pdf.set_font("Helvetica", size=8)
    pdf.set_xy(LEFT, 196)
    pdf.cell(124, 5, "1", align="C")
    paragraphs = ["A Notice to Boat Owners"] + [" ".join(lines) for lines in NOTICE]
    return bytes(pdf.output()), "\n\n".join(paragraphs) + "\n"


def _png(width: int, height: int) -> bytes:
    """A grey image, written out by hand so that no imaging library is needed."""
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _scanned() -> bytes:
    pdf = FPDF(format="A5")
    for _ in range(2):
        pdf.add_page()
        pdf.image(io.BytesIO(_png(40, 40)), x=10, y=10, w=100)
    return bytes(pdf.output())


def _encrypted() -> bytes:
    pdf = FPDF(format="A5")
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 5, "A text behind a password.")
    return bytes(pdf.output())


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (data, expected) in (("fpdf-harbour", _harbour()), ("fpdf-columns", _columns()),
                                   ("fpdf-notice", _notice())):
        (OUT / f"{name}.pdf").write_bytes(data)
        (OUT / f"{name}.expected.txt").write_text(expected, encoding="utf-8")
    (OUT / "fpdf-scanned.pdf").write_bytes(_scanned())
    (OUT / "fpdf-encrypted.pdf").write_bytes(_encrypted())
    print(f"wrote the PDFs to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
