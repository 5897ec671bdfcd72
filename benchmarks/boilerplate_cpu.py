"""CPU seconds the boilerplate stage takes inside the default pipeline on the web page copies.

    python benchmarks/boilerplate_cpu.py [--tree CHECKOUT] [--every N]

Every Nth dump of benchmarks/web/ (2 by default) through `Pipeline.default().run`, the time of
each `find_boilerplate` call counted with `time.process_time` (CPU time: other work on a shared
machine weighs less than in wall time), beside the whole run's. `--tree` times another checkout's
cleantext (the dumps are this one's). It prints; a person reads.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose cleantext is timed")
    parser.add_argument("--every", type=int, default=2, help="time every Nth dump")
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    from cleantext import Pipeline
    from cleantext.stages import boilerplate

    docs = []
    for page in sorted((ROOT / "benchmarks" / "web").glob("*.json.gz")):
        docs += list(json.loads(gzip.decompress(page.read_bytes()))["dumps"].values())
    docs = docs[::args.every]
    spent = [0.0]
    find = boilerplate.find_boilerplate

    def timed(lines, settings):
        start = time.process_time()
        try:
            return find(lines, settings)
        finally:
            spent[0] += time.process_time() - start

    boilerplate.find_boilerplate = timed
    pipeline = Pipeline.default().load()
    pipeline.run(docs[0])
    spent[0] = 0.0
    start = time.process_time()
    for doc in docs:
        pipeline.run(doc)
    total = time.process_time() - start
    print(f"{args.tree}: {len(docs)} dumps: boilerplate {spent[0]:.2f} s CPU of {total:.2f} s ({spent[0] / total:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
