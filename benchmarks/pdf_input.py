"""Score cleantext's PDF input beside pdftotext (default and -layout) and pypdf, on the same PDFs.

Every reader reads the same PDFs in the same run:

- ``cleantext PDF``: ``cleantext FILE.pdf`` (the default pipeline on the PDF's bytes);
- ``pdftotext``, ``pdftotext -layout``: poppler's command, one process per PDF, as users run it;
- ``pypdf``: ``PdfReader(...).pages[i].extract_text()``, pages joined with form feeds;
- each of the three texts again after the default pipeline (``-> cleantext``): the text-only path.

Figures per set: CER against the expected text, words in reading order, furniture lines left,
paragraphs lost, hyphenation accuracy, paragraph-boundary F1, and pages per second (best of
``--repeat`` timings; a ``-> cleantext`` row counts the extractor and the pipeline).

Sets: ``dev`` is the six LaTeX layouts of tests/fixtures/pdf/ (NAME.pdf) and the four of
tests/fixtures/pdf/latex-more/ (typeset by ``make_pdf_fixtures.py --more``), which the PDF reader
was written and tuned on; ``seen`` is tests/fixtures/pdf/producers/, four layouts printed by
chromium and set by reportlab (``make_pdf_producers.py``), held out once and run, its misses
since looked at; ``seen2`` is tests/fixtures/pdf/heldout2/, six layouts by chromium,
WeasyPrint, fpdf2, reportlab (hyphenating) and pdfLaTeX of texts rich in hyphenated compounds
(``make_pdf_heldout.py``), held out once and run, since tuned on; ``held-out`` is
tests/fixtures/pdf/heldout3/, six more layouts of three other books by the same programs with
other settings (``make_pdf_heldout3.py``), run once, since tuned on; ``held-out5`` is
tests/fixtures/pdf/heldout5/, five hyphenated justified layouts, one and two columns, of two more
books (``make_pdf_heldout5.py``), run once before and once after a change, since read;
``held-out6`` is tests/fixtures/pdf/heldout6/, six hyphenated layouts, one and two columns, of two
more books by reportlab, WeasyPrint and fpdf2 (``make_pdf_heldout6.py``), run once before and once
after a change, since read; ``held-out7`` is tests/fixtures/pdf/heldout7/, six two-column layouts
of two more books by fpdf2, reportlab and WeasyPrint (``make_pdf_heldout7.py``), kept aside, and
``dev7`` the same layouts on other passages of the same books (tests/fixtures/pdf/dev7/), to tune
on; ``held-out8`` is tests/fixtures/pdf/heldout8/, eight layouts, one and two columns, of one more
book by LibreOffice Writer, pdfLaTeX, reportlab, fpdf2 and WeasyPrint (``make_pdf_heldout8.py``),
kept aside, and ``dev8`` the same layouts on other passages (tests/fixtures/pdf/dev8/);
``held-out9`` is tests/fixtures/pdf/heldout9/, eight layouts, one and two columns, most of them
hyphenated, of one more book by the same five producers (``make_pdf_heldout9.py``), kept aside, and
``dev9`` the same layouts on other passages (tests/fixtures/pdf/dev9/); ``held-out10`` is
tests/fixtures/pdf/heldout10/, eight two-column layouts of one more book by the same five producers
(``make_pdf_heldout10.py``), kept aside, and ``dev10`` twelve on another book
(tests/fixtures/pdf/dev10/); ``pdfbox-dev`` and ``pdfbox-held-out`` are the halves (by a hash
of the file name) of tests/fixtures/pdf/pdfbox/, real third-party PDFs from Apache PDFBox's tests
with the text PDFBox's extractor is expected to give (``make_pdf_pdfbox.py``): that text keeps one
line per printed line, running heads, page numbers and line-end hyphens, so these two sets are
scored by CER and words in order on whitespace-normalised text only (a reader that removes a
page number or joins a hyphenated word pays for it in CER); ``pdf2md-dev`` and
``pdf2md-held-out`` are the halves (by the same hash) of tests/fixtures/pdf/pdf2md/, real PDFs
(public domain and Creative Commons books, guides, a licence, a study) from the examples of
jzillmann/pdf-to-markdown with the text its converter gives as plain text
(``make_pdf_pdf2md.py``): running heads and page numbers out, line ends and line-end hyphens
kept, so they are scored as the pdfbox sets are; ``public`` is
tests/fixtures/pdf/public/, sample PDFs of py-pdf's sample-files without an expected text,
checked for passages in order, patterns absent (page numbers, running heads) and the error
expected. Run from the repository root:

    python benchmarks/pdf_input.py [--repeat N] [--per-pdf] [--set dev|seen|seen2|held-out|held-out5|held-out6|
        held-out7|dev7|held-out8|dev8|held-out9|dev9|held-out10|dev10|pdfbox-dev|pdfbox-held-out|
        pdf2md-dev|pdf2md-held-out|public]

Needs pdftotext (poppler-utils), pypdf and rapidfuzz.
"""
from __future__ import annotations

import argparse
import difflib
import json
import pathlib
import re
import subprocess
import sys
import time
from collections import Counter

from pypdf import PdfReader

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
FIXTURES = ROOT / "tests" / "fixtures" / "pdf"

from cleantext import Pipeline  # noqa: E402
from cleantext.stages.reflow import split_columns  # noqa: E402
from pdf import (WORDS, LINE_END_HYPHEN, boundary_counts, cer, furniture_left,  # noqa: E402
                 paragraphs_lost, tidy)

DEFAULT = Pipeline.default()
STRIP = ".,;:!?()“”‘’\"'"


def pdftotext(path: pathlib.Path, *options: str) -> str:
    return subprocess.run(["pdftotext", *options, str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pypdf_text(path: pathlib.Path) -> str:
    # pypdf gives pages without a final newline; end each as pdftotext does.
    return "".join(page.extract_text() + "\n\f" for page in PdfReader(path).pages)


EXTRACTORS = {
    "pdftotext": lambda path: pdftotext(path),
    "pdftotext -layout": lambda path: pdftotext(path, "-layout"),
    "pypdf": pypdf_text,
}


def sets() -> dict[str, list[tuple[pathlib.Path, pathlib.Path, list[str]]]]:
    """(pdf, expected, furniture patterns) for each PDF of each set."""
    furniture = {entry["layout"]: entry["furniture"]
                 for entry in json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))}
    dev = [(FIXTURES / f"{layout}.pdf", FIXTURES / f"{layout}.expected.txt", patterns)
           for layout, patterns in furniture.items()]
    dev += listed(FIXTURES / "latex-more")
    return {"dev": dev, "seen": listed(FIXTURES / "producers"), "seen2": listed(FIXTURES / "heldout2"),
            "held-out": listed(FIXTURES / "heldout3"), "held-out5": listed(FIXTURES / "heldout5"),
            "held-out6": listed(FIXTURES / "heldout6"), "held-out7": listed(FIXTURES / "heldout7"),
            "dev7": listed(FIXTURES / "dev7"), "held-out8": listed(FIXTURES / "heldout8"),
            "dev8": listed(FIXTURES / "dev8"), "held-out9": listed(FIXTURES / "heldout9"),
            "dev9": listed(FIXTURES / "dev9"), "held-out10": listed(FIXTURES / "heldout10"),
            "dev10": listed(FIXTURES / "dev10"),
            "pdfbox-dev": listed(FIXTURES / "pdfbox", "dev"),
            "pdfbox-held-out": listed(FIXTURES / "pdfbox", "held-out"),
            "pdf2md-dev": listed(FIXTURES / "pdf2md", "dev"),
            "pdf2md-held-out": listed(FIXTURES / "pdf2md", "held-out")}


# sets whose expected text keeps the page's lines and furniture: scored on running words only
FLAT = {"pdfbox-dev", "pdfbox-held-out", "pdf2md-dev", "pdf2md-held-out"}


def listed(folder: pathlib.Path, half: str | None = None) -> list[tuple[pathlib.Path, pathlib.Path, list[str]]]:
    return [(folder / entry["pdf"], folder / entry["expected"], entry["furniture"])
            for entry in json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
            if half is None or entry.get("half") == half]


def flat(text: str) -> str:
    """The text as running words, line-end hyphens of the output kept as they are."""
    return " ".join(text.split())


def check_public(per_pdf: bool) -> None:
    """Each public PDF read by ``cleantext FILE.pdf``: the error expected, or the passages in
    order and the patterns absent; pages per second over the PDFs read."""
    folder = FIXTURES / "public"
    entries = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    passed = pages = 0
    seconds = 0.0
    for entry in entries:
        path = folder / entry["pdf"]
        result = subprocess.run([sys.executable, "-m", "cleantext", str(path)], capture_output=True, text=True,
                                cwd=ROOT)
        problems = []
        if "error" in entry:
            if result.returncode == 0 or entry["error"] not in result.stderr or "Traceback" in result.stderr:
                problems.append(f"expected a clear '{entry['error']}' message, got exit {result.returncode}: "
                                f"{result.stderr.strip()[:200]}")
            message = result.stderr.strip()
        else:
            if result.returncode != 0:
                problems.append(f"exit {result.returncode}: {result.stderr.strip()[:300]}")
            out = flat(result.stdout)
            at = 0
            for passage in entry["in_order"]:
                found = out.find(flat(passage), at)
                if found < 0:
                    where = "missing" if flat(passage) not in out else "out of order"
                    problems.append(f"{where}: {passage!r}")
                else:
                    at = found + len(flat(passage))
            for pattern in entry["absent"]:
                hits = re.findall(pattern, result.stdout)
                if hits:
                    problems.append(f"{len(hits)} left of /{pattern}/: {hits[:5]}")
            n = len(PdfReader(path).pages)
            data = path.read_bytes()
            seconds += best_time(lambda: DEFAULT.run(data), 1)
            pages += n
            message = f"{n} pages"
        passed += not problems
        print(f"  {entry['pdf']:38} {'ok' if not problems else 'MISS'}  {message[:100]}")
        for problem in problems:
            print(f"      {problem}")
    print(f"public: {passed} of {len(entries)} PDFs pass their checks; {pages / seconds:.1f} pages/s "
          f"over {pages} pages read")


def in_order(out: str, expected: str) -> tuple[int, int]:
    """(expected words found in order in the output, expected words)."""
    a, b = WORDS.findall(out), WORDS.findall(expected)
    matched = sum(n for _, _, n in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return matched, len(b)


def hyphen_cases(layout_text: str, expected: str) -> list[str]:
    """The form the expected text shows for each hyphen at a line end of the PDF.

    The line ends are pdftotext -layout's with its columns put one after the other (it keeps
    every line of the page as set), a hyphen U+2010 as a hyphen-minus; the same cases score every
    reader.
    """
    words = Counter(w.strip(STRIP) for w in WORDS.findall(expected))
    forms = []
    # U+2010 HYPHEN ends a line where a program hyphenated a word itself (WeasyPrint)
    for match in LINE_END_HYPHEN.finditer(re.sub("\u2010(?=[ \t]*\n)", "-", split_columns(layout_text))):
        first, second = match.group(1), match.group(2)
        if "-" in first and words[first + second] and not words[f"{first}-{second}"]:
            # A compound's second word broken at the line end ("verse-mak-|ing"): joined, as the
            # expected text spells it ("verse-making").
            forms.append(first + second)
        elif "-" in first or (words[f"{first}-{second}"] and not words[first + second]):
            form = f"{first}-{second}"
            # a compound that goes on after the second piece ("Oh-what-a-|wicked-world-...") is
            # scored whole, as the expected text spells it
            longer = [w for w in words if w.startswith(form + "-")] if not words[form] else []
            forms.append(longer[0] if len(longer) == 1 else form)
        elif words[first + second] and not words[f"{first}-{second}"]:
            forms.append(first + second)
    return forms


def best_time(function, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def score(out: str, expected: str, layout_text: str, patterns: list[str], cases: list[str]) -> Counter:
    out = tidy(out)
    count = Counter()
    count["edits"] = cer(out, expected) * len(expected)
    count["chars"] = len(expected)
    count["ordered"], count["words"] = in_order(out, expected)
    count["printed"], count["left"] = furniture_left(layout_text, out, expected, patterns)
    count["pars"], count["lost"] = paragraphs_lost(out, expected)
    count["tp"], count["pred"], count["gold"] = boundary_counts(out, expected)
    have = Counter(w.strip(STRIP) for w in WORDS.findall(out))
    count["hyph"] = len(cases)
    count["hyph_ok"] = sum(1 for form in cases if have[form])
    return count


def attempt(function) -> tuple[str, bool]:
    """(text, whether the reader gave one): a reader that refuses or fails gives no text."""
    try:
        return function(), True
    except Exception:  # noqa: BLE001 - a refusal or crash is scored as an empty text
        return "", False


def measure_flat(pdfs, repeat: int, per_pdf: bool) -> dict[str, Counter]:
    """CER and words in order on whitespace-normalised text, for expected texts that keep the
    page's lines, furniture and hyphens (no paragraph, furniture or hyphenation figures)."""
    totals: dict[str, Counter] = {}
    for path, expected_path, _ in pdfs:
        expected = flat(expected_path.read_text(encoding="utf-8").lstrip("\ufeff"))
        data = path.read_bytes()
        pages = len(attempt(lambda: PdfReader(path).pages)[0] or [])
        readers = {"cleantext PDF": lambda: DEFAULT.run(data).text}
        for name, extract in EXTRACTORS.items():
            readers[name] = lambda extract=extract: extract(path)
        results: dict[str, tuple[str, bool, float]] = {}
        for name, read in readers.items():
            text, ok = attempt(read)
            results[name] = (text, ok, best_time(lambda: attempt(read), repeat))
            if name in EXTRACTORS:
                piped, piped_ok = attempt(lambda: DEFAULT.run(text).text) if ok else ("", False)
                results[f"{name} -> cleantext"] = (piped, piped_ok,
                                                   results[name][2] + best_time(lambda: attempt(lambda: DEFAULT.run(text)), repeat))
        for name, (out, ok, seconds) in results.items():
            out = flat(out.replace("\f", " "))
            count = Counter(edits=cer(out, expected) * len(expected) if expected else len(out),
                            chars=max(1, len(expected)), failed=int(not ok), pages=pages, seconds=seconds)
            count["ordered"], count["words"] = in_order(out, expected)
            totals.setdefault(name, Counter()).update(count)
            if per_pdf:
                print(f"  {path.name[:40]:40} {row_flat(name, count)}")
    return totals


HEADER_FLAT = f"{'reader':29} {'CER':>7} {'in order':>9} {'no text':>8} {'pages/s':>8}"


def row_flat(name: str, t: Counter) -> str:
    return (f"{name:29} {t['edits'] / t['chars']:7.2%} {t['ordered'] / max(1, t['words']):9.1%} "
            f"{t['failed']:8} {t['pages'] / max(t['seconds'], 1e-9):8.1f}")


def measure(pdfs, repeat: int, per_pdf: bool) -> dict[str, Counter]:
    totals: dict[str, Counter] = {}
    for path, expected_path, patterns in pdfs:
        expected = expected_path.read_text(encoding="utf-8")
        data = path.read_bytes()
        pages = len(PdfReader(path).pages)
        layout_text = pdftotext(path, "-layout")
        cases = hyphen_cases(layout_text, expected)
        results: dict[str, tuple[str, float]] = {}
        results["cleantext PDF"] = (DEFAULT.run(data).text, best_time(lambda: DEFAULT.run(data), repeat))
        for name, extract in EXTRACTORS.items():
            text = extract(path)
            seconds = best_time(lambda: extract(path), repeat)
            results[name] = (text, seconds)
            results[f"{name} -> cleantext"] = (DEFAULT.run(text).text,
                                               seconds + best_time(lambda: DEFAULT.run(text), repeat))
        for name, (out, seconds) in results.items():
            count = score(out, expected, layout_text, patterns, cases)
            count["pages"], count["seconds"] = pages, seconds
            totals.setdefault(name, Counter()).update(count)
            if per_pdf:
                print(f"  {path.name:14} {row(name, count)}")
    return totals


HEADER = (f"{'reader':29} {'CER':>7} {'in order':>9} {'furniture left':>15} {'paragraphs lost':>16} "
          f"{'boundary F1':>12} {'hyphenation':>13} {'pages/s':>8}")


def row(name: str, t: Counter) -> str:
    f1 = 2 * t["tp"] / (t["pred"] + t["gold"]) if t["pred"] + t["gold"] else 1.0
    return (f"{name:29} {t['edits'] / t['chars']:7.2%} {t['ordered'] / t['words']:9.1%} "
            f"{t['left'] / max(1, t['printed']):8.1%} ({t['left']:>3}) {t['lost'] / t['pars']:9.1%} ({t['lost']:>3}) "
            f"{f1:12.1%} {t['hyph_ok'] / max(1, t['hyph']):6.1%} ({t['hyph']:>3}) {t['pages'] / t['seconds']:8.1f}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="timings per reader and PDF; the best is kept")
    parser.add_argument("--per-pdf", action="store_true", help="a line for each PDF and reader")
    parser.add_argument("--set", choices=("dev", "seen", "seen2", "held-out", "held-out5", "held-out6", "held-out7",
                                          "dev7", "held-out8", "dev8", "held-out9", "dev9", "held-out10", "dev10",
                                          "pdfbox-dev", "pdfbox-held-out", "pdf2md-dev", "pdf2md-held-out", "public"),
                        action="append",
                        help="only this set (again for more); all when not given")
    args = parser.parse_args(argv)
    chosen = args.set or ["dev", "seen", "seen2", "held-out", "held-out5", "held-out6", "held-out7", "dev7",
                          "held-out8", "dev8", "held-out9", "dev9", "held-out10", "dev10", "pdfbox-dev",
                          "pdfbox-held-out", "pdf2md-dev", "pdf2md-held-out", "public"]
    for name, pdfs in sets().items():
        if name not in chosen:
            continue
        pages = sum(len(attempt(lambda: PdfReader(path).pages)[0] or []) for path, _, _ in pdfs)
        print(f"{name}: {len(pdfs)} PDFs, {pages} pages")
        if name in FLAT:
            totals = measure_flat(pdfs, args.repeat, args.per_pdf)
            print(HEADER_FLAT)
            for reader, t in totals.items():
                print(row_flat(reader, t))
        else:
            totals = measure(pdfs, args.repeat, args.per_pdf)
            print(HEADER)
            for reader, t in totals.items():
                print(row(reader, t))
        print()
    if "public" in chosen:
        check_public(args.per_pdf)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
