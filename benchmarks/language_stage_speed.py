"""Time the language stage per document, this tree against another cleantext tree, in one run.

    python benchmarks/language_stage_speed.py [--other DIR] [--rounds N]

DIR is the root of another checkout (e.g. `git worktree add /tmp/before main`); each round runs
both trees in fresh processes, one after the other, so that the machine's load reaches both.
Documents: the five samples, and documents built from benchmarks/lang/dev.tsv as web pages
look (a heading of a word or two, paragraphs, a caption of one word, a sentence), one per
language and group of rows, each made unique so that no label comes from a cache. The figure
is the median over rounds of milliseconds of CPU per document in a second pass over them (the
first loads the profiles and word lists), the label caches emptied between the two.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TIMER = r"""
import json, sys, time
from cleantext import Pipeline
docs = json.load(sys.stdin)
from cleantext.lang.detectors import _statistical
from cleantext.lang.fastdetect import _word_grams
pipeline = Pipeline.from_names(["language"])
for doc in docs:                   # load the profiles and word lists
    pipeline.run(doc)
_statistical.cache_clear()         # ... but answer nothing from the first pass
_word_grams.cache_clear()
start = time.process_time()
for doc in docs:
    pipeline.run(doc)
print(json.dumps(1000 * (time.process_time() - start) / len(docs)))
"""


def documents() -> list[str]:
    docs = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "samples").glob("*.txt"))]
    rows: dict[tuple[str, str], list[str]] = {}
    for line in (ROOT / "benchmarks" / "lang" / "dev.tsv").read_text(encoding="utf-8").splitlines():
        lang, kind, _source, text = line.split("\t", 3)
        rows.setdefault((lang, kind), []).append(text)
    n = 0
    for lang in ("en", "fa", "ar", "ur", "ps"):
        for k in range(40):
            pick = lambda kind, j=0: rows[(lang, kind)][(2 * k + j) % len(rows[(lang, kind)])]
            n += 1
            blocks = [pick("pair"), pick("paragraph"), pick("word"), pick("sentence"),
                      pick("paragraph", 1), f"{pick('word', 1)} {n}"]
            docs.append("\n\n".join(blocks) + "\n")
    return docs


def run(tree: Path, docs: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-c", TIMER], input=json.dumps(docs), capture_output=True,
                          text=True, check=True, env=env, cwd=tree)
    return json.loads(done.stdout)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, help="root of another cleantext checkout to compare with")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    docs = documents()
    trees = {"this tree": ROOT} | ({f"other ({args.other})": args.other} if args.other else {})
    times: dict[str, list[float]] = {name: [] for name in trees}
    for _ in range(args.rounds):
        for name, tree in trees.items():
            times[name].append(run(tree, docs))
    print(f"language stage, {len(docs)} documents, ms of CPU per document (median of {args.rounds} rounds):")
    for name, values in times.items():
        print(f"  {name}: {statistics.median(values):.3f}  (all: {', '.join(f'{v:.3f}' for v in values)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
