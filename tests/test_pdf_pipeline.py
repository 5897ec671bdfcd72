"""Text extracted from PDFs and OCR, through the whole default pipeline (fixtures made by benchmarks/make_pdf_fixtures.py)."""
import json
import re
from pathlib import Path

import pytest

from cleantext import Pipeline

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "pdf"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
PIPELINE = Pipeline.default()
# pdftotext's default mode interleaves two columns line by line; that is not repaired (see benchmarks/README-pdf.md).
OUT_OF_ORDER = {"twocol.pdftotext.txt", "journal.pdftotext.txt"}


@pytest.fixture(scope="module")
def results():
    return {e["input"]: PIPELINE.run((FIXTURES / e["input"]).read_bytes(), e["input"]) for e in MANIFEST}


@pytest.mark.parametrize("entry", MANIFEST, ids=lambda e: e["input"])
def test_no_furniture_line_is_left(results, entry):
    lines = results[entry["input"]].text.splitlines()
    for pattern in entry["furniture"]:
        left = [line for line in lines if re.fullmatch(pattern, line.strip())]
        assert not left, f"{pattern!r} left in the output"


@pytest.mark.parametrize("entry", [e for e in MANIFEST if e["input"] not in OUT_OF_ORDER], ids=lambda e: e["input"])
def test_no_paragraph_is_lost_and_every_word_is_right(results, entry):
    out = results[entry["input"]].text
    expected = (FIXTURES / entry["expected"]).read_text(encoding="utf-8")
    words_out = " ".join(out.split())
    for paragraph in expected.split("\n\n"):
        if entry["kind"] == "pdf" and entry["extractor"] != "pdftotext":
            # Every expected paragraph is in the output word for word (perhaps joined to a neighbour).
            assert " ".join(paragraph.split()) in words_out, paragraph[:60]
        else:
            # OCR misreads a few letters, and pdftotext's default mode glues some compounds
            # ("KaraMurza") with no evidence left to split them; the opening words are still there.
            assert " ".join(paragraph.split()[:3]) in words_out, paragraph[:60]


def test_page_furniture_is_reported_with_its_reason(results):
    report = results["harbour.pdftotext-raw.txt"].report
    classes = {r["class"] for r in report["removed"]}
    assert {"header", "page-number"} <= classes
    assert all(r["rule"].startswith("layout:") and r["reason"] for r in report["removed"])
    assert report["changes"]["hyphens_joined"] > 0


@pytest.mark.parametrize("before, after, joined", [
    ("the NATO-", "backed forces", "the NATO-backed forces"),   # a compound: the hyphen stays
    ("the pro-", "Kremlin press", "the pro-Kremlin press"),
    ("the well-", "known poet", "the well-known poet"),
])
def test_a_join_over_a_page_break_keeps_the_hyphen_of_a_compound(before, after, joined):
    text = f"The ferry.\n\n\fRunning head\n{before}\n\fRunning head\n{after} and an incur-\nsion.\n"
    result = PIPELINE.run(text)
    assert result.text == f"The ferry.\n\n{joined} and an incursion.\n"
    changes = result.report["changes"]
    # The compound's hyphen is kept over the page break, the word's hyphen inside the page is joined.
    assert (changes["page_lines_removed"], changes["hyphens_kept"], changes["hyphens_joined"]) == (2, 1, 1)


def test_a_pdfs_repeated_table_heads_are_its_text_not_page_furniture(monkeypatch):
    # The PDF reader takes heads, feet and page numbers by their place on each page and gives
    # its text without pages: a table's column heads over each of several tables repeat in it at
    # regular distances, as a running foot repeats in text without form feeds. They stay.
    from cleantext.pdf import PdfText
    from cleantext.stages import decode

    heads = "Threshold for releases\n\nto air to water to land"
    tables = [f"{group} gases\n\n{heads}\n\n" + "\n\n".join(f"Compound {group}{n} {n}00 - -" for n in range(1, 11))
              for group in "ABCDEFG"]
    text = "\n\n".join(tables) + "\n"
    monkeypatch.setattr(decode, "read_pdf", lambda data: PdfText(text, 3, [], [], "iText", ""))
    result = PIPELINE.run(b"%PDF-1.4 tables")
    assert result.report["encoding"] == "pdf"
    assert result.text.count("Threshold for releases") == 7
    assert result.text.count("to air to water to land") == 7
    assert not result.report["removed"]


def test_asterisks_in_a_pdfs_text_are_printed_not_markdown(monkeypatch):
    # A PDF sets emphasis in a face, not with marks: an asterisk or underscore in its text layer
    # was printed and stays (a manual's control codes '@*' read as *emphasis* before).
    from cleantext.pdf import PdfText
    from cleantext.stages import decode

    text = ("A section begins with ‘@ ’ or ‘@*’, where ‘ ’ denotes a blank space; the ‘@*’ starts a group.\n\n"
            "Write __init__ and *args as they are.\n")
    monkeypatch.setattr(decode, "read_pdf", lambda data: PdfText(text, 1, [], [], "pdfTeX", ""))
    result = PIPELINE.run(b"%PDF-1.4 manual")
    assert result.text == text
    # the same line as text of no PDF is Markdown's
    assert "‘@’" in PIPELINE.run(text.replace("\n\n", "\n\n# Title\n\n")).text
