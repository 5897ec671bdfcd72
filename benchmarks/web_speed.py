"""Seconds the default pipeline takes over every web page copy of benchmarks/web/, beside ftfy.

    python benchmarks/web_speed.py [--tree CHECKOUT] [--stages]

All 450 dumps (90 pages, five dumpers, 12 MB), one core: `Pipeline.default().run` on each, and
`ftfy.fix_text` on each, taking turns document by document so that a shared machine's changing
speed reaches both alike. `--tree` times another checkout's cleantext (the dumps are this one's);
`--stages` adds the seconds each stage took. It prints; a person reads.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose cleantext is timed")
    parser.add_argument("--stages", action="store_true", help="also the seconds of each stage")
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    import ftfy

    from cleantext import Pipeline

    docs = []
    for page in sorted((ROOT / "benchmarks" / "web").glob("*.json.gz")):
        docs += list(json.loads(gzip.decompress(page.read_bytes()))["dumps"].values())
    pipeline = Pipeline.default().load()
    spent: Counter = Counter()
    if args.stages:
        pipeline.stages = [_Timed(step, spent) for step in pipeline.stages]
    pipeline.run(docs[0])
    spent.clear()
    ours = theirs = 0.0
    for doc in docs:
        start = time.perf_counter()
        ftfy.fix_text(doc)
        theirs += time.perf_counter() - start
        start = time.perf_counter()
        pipeline.run(doc)
        ours += time.perf_counter() - start
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    print(f"{args.tree}: {len(docs)} dumps, {size:.1f} MB: cleantext {ours:.1f} s, ftfy {theirs:.1f} s, "
          f"cleantext / ftfy {ours / theirs:.2f}")
    for name, seconds in spent.most_common():
        print(f"  {name:18} {seconds:6.1f} s")
    return 0


class _Timed:
    """A stage whose calls are timed into ``spent`` by ``clock`` (wall clock unless told);
    everything else is the stage's."""

    def __init__(self, step, spent: Counter, clock=time.perf_counter):
        self._step, self._spent, self._clock = step, spent, clock

    def __call__(self, doc):
        start = self._clock()
        try:
            return self._step(doc)
        finally:
            self._spent[self._step.name] += self._clock() - start

    def __getattr__(self, name):
        return getattr(self._step, name)


if __name__ == "__main__":
    sys.exit(main())
