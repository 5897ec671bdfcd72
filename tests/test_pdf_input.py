"""PDF input: the text layer read by position (tests/fixtures/pdf/input/, made by
benchmarks/make_pdf_inputs.py, so no PDF tool is needed here)."""
import subprocess
import sys
from pathlib import Path

import pytest

from cleantext import Pipeline
from cleantext.pdf import PdfError, is_pdf, read_pdf

INPUT = Path(__file__).resolve().parent / "fixtures" / "pdf" / "input"


def _run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "cleantext", *map(str, args)], input=stdin,
                          capture_output=True)


def _paragraphs(text: str) -> list[str]:
    return [block.strip() for block in text.split("\n\n") if block.strip()]


def test_recognised_by_its_bytes_not_its_name(tmp_path):
    renamed = tmp_path / "harbour.txt"
    renamed.write_bytes((INPUT / "fpdf-harbour.pdf").read_bytes())
    assert is_pdf(renamed.read_bytes()) and not is_pdf(b"%PD plain text")
    result = _run(renamed)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == (INPUT / "fpdf-harbour.expected.txt").read_text(encoding="utf-8")


def test_standard_input():
    result = _run(stdin=(INPUT / "fpdf-columns.pdf").read_bytes())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == (INPUT / "fpdf-columns.expected.txt").read_text(encoding="utf-8")


def test_a_paragraph_ending_on_a_full_line_is_split_by_the_next_indent():
    paragraphs = _paragraphs(read_pdf((INPUT / "fpdf-harbour.pdf").read_bytes()).text)
    # The second paragraph's last line is as long as the others: only the next line's indent tells.
    assert paragraphs[1].endswith("counted his coins at the long counter.")
    assert paragraphs[2].startswith("In the afternoon")


def test_running_heads_and_page_numbers_are_removed_and_reported():
    read = read_pdf((INPUT / "fpdf-harbour.pdf").read_bytes())
    # Odd and even pages carry different heads: each is known by its place and smaller size.
    assert sorted(text for text, _, _ in read.furniture) == ["1", "2", "Tales of the Coast", "The Harbour Chronicle"]
    assert "Chronicle" not in read.text and "Coast" not in read.text
    result = Pipeline.default().run((INPUT / "fpdf-harbour.pdf").read_bytes())
    assert result.report["encoding"] == "pdf"
    removed = {(r["text"], r["class"]) for r in result.report["removed"]}
    assert removed == {("The Harbour Chronicle", "header"), ("Tales of the Coast", "header"),
                       ("1", "page-number"), ("2", "page-number")}
    assert result.text == (INPUT / "fpdf-harbour.expected.txt").read_text(encoding="utf-8")


def test_a_paragraph_across_the_page_break_is_one():
    paragraphs = _paragraphs(read_pdf((INPUT / "fpdf-harbour.pdf").read_bytes()).text)
    assert ("along the quay, where the children were still playing with a ball.") in paragraphs[2]
    assert len(paragraphs) == 5


def test_two_columns_are_read_in_order():
    # Each paragraph keeps its wrapped lines (for dehyphenate and reflow); read as running text,
    # the paragraphs are the source's, whole, in the order the columns are read.
    paragraphs = [" ".join(p.split()) for p in _paragraphs(read_pdf((INPUT / "fpdf-columns.pdf").read_bytes()).text)]
    assert paragraphs == [
        "First column, first paragraph: it begins the text and must be read first of all.",
        "First column, second paragraph, read second.",
        "Second column, first paragraph: it is read only after the whole first column.",
        "Second column, last paragraph, read last."]


def test_a_scanned_pdf_names_its_pages_and_suggests_ocr(tmp_path):
    with pytest.raises(PdfError, match=r"no text layer.*pages 1, 2.*ocrmypdf"):
        read_pdf((INPUT / "fpdf-scanned.pdf").read_bytes())
    result = _run(INPUT / "fpdf-scanned.pdf")
    assert result.returncode == 1
    assert b"fpdf-scanned.pdf" in result.stderr and b"OCR" in result.stderr
    assert b"Traceback" not in result.stderr


def test_an_encrypted_pdf_says_so():
    result = _run(INPUT / "fpdf-encrypted.pdf")
    assert result.returncode == 1
    assert b"encrypted" in result.stderr and b"password" in result.stderr
    assert b"Traceback" not in result.stderr


def test_a_batch_with_a_broken_pdf_still_writes_the_others(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    data = (INPUT / "fpdf-harbour.pdf").read_bytes()
    (folder / "good.pdf").write_bytes(data)
    (folder / "broken.pdf").write_bytes(data[:300])
    (folder / "note.txt").write_text("A plain note.\n", encoding="utf-8")
    result = _run(folder, "-o", out)
    assert result.returncode == 1
    assert b"broken.pdf" in result.stderr and b"damaged" in result.stderr
    assert b"Traceback" not in result.stderr
    assert (out / "good.pdf").read_text(encoding="utf-8") == (INPUT / "fpdf-harbour.expected.txt").read_text(encoding="utf-8")
    assert (out / "note.txt").read_text(encoding="utf-8") == "A plain note.\n"
    assert not (out / "broken.pdf").exists()
