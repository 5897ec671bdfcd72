"""Furniture removal on WET-like text: each page of benchmarks/web/ as a Common Crawl WET record
holds it (a block per line, no blank lines, no link marks), beside the same text cleaned as it
stands and left alone. Scored as benchmarks/web.py scores (snippet precision, recall, F1).

The WET-like text is made from each page's inscriptis dump (inscriptis writes a block per line,
as Common Crawl's extractor does) with its blank lines dropped. `cleantext wet` cleans a payload
as it stands; the third row reads each line as a paragraph of its own first (a blank line
between), the reading that was measured and left out. No WET file of Common Crawl is used: none
is here. Run from the repository root:

    python benchmarks/wet.py [--part dev|held-out|both]
"""
from __future__ import annotations

import argparse
import pathlib
import sys
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import web  # noqa: E402  (benchmarks/web.py: the set and its scoring)

from cleantext import Pipeline  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=["dev", "held-out", "both"], default="both")
    args = ap.parse_args()
    parts = {"dev", "held-out"} if args.part == "both" else {args.part}
    pipeline = Pipeline.default()
    systems = {
        "identity": lambda text: text,
        "cleantext as it stands (cleantext wet)": lambda text: pipeline.run(text).text,
        "cleantext, each line a paragraph": lambda text: pipeline.run(
            "\n\n".join(line for line in text.splitlines() if line.strip()) + "\n").text,
    }
    scores: dict = defaultdict(web.Score)
    for record in web.load(parts):
        dump = record["dumps"].get("inscriptis")
        if dump is None:
            continue
        text = "\n".join(line for line in dump.splitlines() if line.strip()) + "\n"
        article = web.words(record["expected"]) + web.words(record["title"]) + web.words(record["byline"])
        dumped = web.words(text)
        main_snippets = [s for s in web.main_snippets(record["expected"]) if s in dumped]
        furniture = web.furniture_snippets(text, article)
        for name, system in systems.items():
            scores[record["part"], name].add(main_snippets, furniture, system(text))
    print("| part | system | P | R | F1 | lost | left |")
    print("|---|---|---|---|---|---|---|")
    for part in sorted(parts):
        for name in systems:
            p, r, f, lost, left = scores[part, name].row()
            print(f"| {part} ({scores[part, name].pages} pages) | {name} | {p:.3f} | {r:.3f} | {f:.3f} | {lost:.1%} | {left:.1%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
