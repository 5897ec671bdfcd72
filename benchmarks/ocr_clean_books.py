"""Words the ocr stage changes in clean books: every one is a loss (the target is zero).

Runs the default pipeline over the pieces of benchmarks/prose_harm.py (same files, same cut,
same aside quarter, benchmarks/prose_harm_aside.txt) and counts the report's ``ocr_corrected``.
On the dev part it also lists the corrections (word -> word). See benchmarks/README-ocr.md.

    python benchmarks/ocr_clean_books.py CORPUS/ --part dev|aside
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import prose_harm  # noqa: E402
from cleantext.pipeline import Pipeline  # noqa: E402
from cleantext.stages.ocr import correct_ocr  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0], allow_abbrev=False)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--part", choices=("dev", "aside"), default="dev")
    args = parser.parse_args(argv)
    named = [(name, text) for name, text in prose_harm.all_pieces(args.paths)
             if prose_harm.aside(name) == (args.part == "aside")]
    pipeline = Pipeline.default()
    total, hit, words = 0, [], Counter()
    for name, text in named:
        n = pipeline.run(text, source=name).report["changes"].get("ocr_corrected", 0)
        total += n
        if n:
            hit.append(name)
            if args.part == "dev":  # the words, as the stage would mend each line on its own
                for line in text.splitlines():
                    words.update(f"{c.before}->{c.after}" for c in correct_ocr(line, gate=False)[1])
    print(f"part {args.part}: {len(named)} pieces, ocr corrections {total}, pieces with any {len(hit)}")
    if args.part == "dev" and hit:
        print("pieces:", ", ".join(hit))
        print("words:", ", ".join(f"{w} {c}" for w, c in words.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
