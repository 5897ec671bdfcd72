"""Character error rate of Persian and Arabic text extracted from PDFs, before and after cleantext.

Reads tests/fixtures/rtl/ (made by benchmarks/make_rtl_pdfs.py: two producers, three extractors)
and prints, per split, producer and extractor, the CER of the extractor's text as it comes
(blank-line paragraphs and single spaces, as benchmarks/pdf.py tidies every output) and of the
default pipeline's output, against the expected text. Run from the repository root:

    python benchmarks/rtl_pdf.py [--per-fixture]
"""
from __future__ import annotations

import json
import pathlib
import sys
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
FIXTURES = ROOT / "tests" / "fixtures" / "rtl"

from cleantext import Pipeline  # noqa: E402
from pdf import cer, tidy  # noqa: E402


def main(argv: list[str]) -> int:
    per_fixture = "--per-fixture" in argv
    pipeline = Pipeline.default()
    manifest = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
    totals: dict[tuple, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for entry in manifest:
        text = (FIXTURES / entry["fixture"]).read_text(encoding="utf-8")
        expected = (FIXTURES / entry["expected"]).read_text(encoding="utf-8")
        before, after = cer(tidy(text), expected), cer(tidy(pipeline.run(text).text), expected)
        if per_fixture:
            print(f"{entry['fixture']:45} {before:7.2%} -> {after:7.2%}")
        for key in ((entry["split"], entry["producer"], entry["extractor"]), (entry["split"], "all", "all")):
            total = totals[key]
            total[0] += before
            total[1] += after
            total[2] += 1
    print(f"{'split':8} {'producer':10} {'extractor':10} {'docs':>4} {'CER as extracted':>17} {'after cleantext':>16} {'ratio':>6}")
    for (split, producer, extractor), (before, after, n) in sorted(totals.items()):
        ratio = (after / before) if before else float("nan")
        print(f"{split:8} {producer:10} {extractor:10} {n:4} {before / n:17.2%} {after / n:16.2%} {ratio:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
