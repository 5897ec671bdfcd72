"""Make Persian and Arabic PDFs with two real producers and extract their text three ways.

The texts are the Persian and Arabic paragraphs of benchmarks/lang/dev.tsv and heldout.tsv
(Universal Dependencies treebanks: UD_Persian-Seraji, UD_Arabic-PUD), ten to a document. Each
document is typeset twice:

- fpdf2 with HarfBuzz shaping (uharfbuzz): glyphs in a font with a ToUnicode map, as modern
  producers write them;
- reportlab with arabic-reshaper and python-bidi: presentation-form glyphs laid out in visual
  order, the recipe most Python code that prints Arabic with reportlab follows.

Both in DejaVu Sans (Debian's fonts-dejavu-core), with a page number at the foot of each page.
Each PDF is read by pdftotext (poppler-utils), pypdf and pdfminer.six. Everything lands in
tests/fixtures/rtl/ with the expected text (paragraphs one per line, a blank line between) and
manifest.json, so that tests and benchmarks/rtl_pdf.py need none of these tools. Run from the
repository root (about a minute):

    pip install fpdf2 uharfbuzz reportlab arabic-reshaper python-bidi pypdf pdfminer.six
    python benchmarks/make_rtl_pdfs.py
"""
from __future__ import annotations

import csv
import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "rtl"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LANGUAGES = ("fa", "ar")  # DejaVu Sans lacks letters Urdu needs (ے ہ ۔)
PER_DOCUMENT = 10
SIZE, LEADING = 12, 20
csv.field_size_limit(1 << 24)


def paragraphs(split: str, lang: str) -> list[str]:
    with open(ROOT / "benchmarks" / "lang" / f"{split}.tsv", encoding="utf-8", newline="") as f:
        return [row[3] for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                if row[0] == lang and row[1] == "paragraph"]


def with_fpdf(texts: list[str], path: pathlib.Path) -> None:
    from fpdf import FPDF

    class Pages(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.cell(0, 10, str(self.page_no()), align="C")

    pdf = Pages(format=(148, 210))  # A5 in mm
    pdf.add_font("dejavu", fname=FONT)
    pdf.set_font("dejavu", size=SIZE - 1)
    pdf.set_text_shaping(True)
    pdf.add_page()
    for text in texts:
        pdf.multi_cell(0, 7, text, align="R")
        pdf.ln(4)
    pdf.output(str(path))


def with_reportlab(texts: list[str], path: pathlib.Path) -> None:
    import arabic_reshaper
    from bidi.algorithm import get_display
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("dejavu", FONT))
    width, height = A5
    left, right, top, bottom = 50, width - 50, height - 50, 60
    page = canvas.Canvas(str(path), pagesize=A5)
    number = 1

    def visual(text: str) -> str:
        return get_display(arabic_reshaper.reshape(text))

    def new_page() -> float:
        nonlocal number
        page.setFont("dejavu", SIZE - 2)
        page.drawCentredString(width / 2, bottom - 30, str(number))
        page.showPage()
        number += 1
        return top

    y = top
    for text in texts:
        line: list[str] = []
        lines = []
        for word in text.split():
            trial = " ".join(line + [word])
            if line and pdfmetrics.stringWidth(visual(trial), "dejavu", SIZE) > right - left:
                lines.append(" ".join(line))
                line = [word]
            else:
                line.append(word)
        lines.append(" ".join(line))
        for one in lines:
            if y < bottom:
                y = new_page()
            page.setFont("dejavu", SIZE)
            page.drawRightString(right, y, visual(one))
            y -= LEADING
        y -= LEADING // 2
    page.setFont("dejavu", SIZE - 2)
    page.drawCentredString(width / 2, bottom - 30, str(number))
    page.save()


def extract(pdf: pathlib.Path) -> dict[str, str]:
    from pdfminer.high_level import extract_text
    from pypdf import PdfReader

    poppler = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pypdf = "\f".join(page.extract_text() for page in PdfReader(pdf).pages)
    return {"pdftotext": poppler, "pypdf": pypdf, "pdfminer": extract_text(str(pdf))}


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    manifest = []
    with tempfile.TemporaryDirectory() as tmp:
        for split in ("dev", "heldout"):
            for lang in LANGUAGES:
                texts = paragraphs(split, lang)
                for start in range(0, len(texts), PER_DOCUMENT):
                    name = f"{split}-{lang}-{start // PER_DOCUMENT + 1}"
                    chunk = texts[start : start + PER_DOCUMENT]
                    (OUT / f"{name}.expected.txt").write_text("\n\n".join(chunk) + "\n", encoding="utf-8")
                    for producer, make in (("fpdf", with_fpdf), ("reportlab", with_reportlab)):
                        pdf = pathlib.Path(tmp) / f"{name}.{producer}.pdf"
                        make(chunk, pdf)
                        for extractor, text in extract(pdf).items():
                            fixture = f"{name}.{producer}.{extractor}.txt"
                            (OUT / fixture).write_text(text, encoding="utf-8")
                            manifest.append({"fixture": fixture, "expected": f"{name}.expected.txt",
                                             "split": split, "lang": lang, "producer": producer,
                                             "extractor": extractor})
    (OUT / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    print(f"{len(manifest)} fixtures in {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
