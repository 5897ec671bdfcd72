"""Processor time of the default pipeline on the web sets' dumps, per stage, beside ftfy.

    python benchmarks/web_cpu.py [TREE] [--part dev|held-out] [--every N] [--stages] [--prof OUT]

The dumps of every page of benchmarks/web and benchmarks/web-* in the part asked for (web.py's
split by a hash of the page's name: 30% of benchmarks/web held out, 50% of the others), every Nth
of them; one process, `time.process_time` (other work on a shared machine slows the wall clock
far more than it does this). ftfy.fix_text over all of them first, then `Pipeline.default().run`
over all of them (`--stages`: each stage's time too; `--prof`: a cProfile of the pipeline's runs,
timed by process time). TREE (default: this checkout) is the checkout whose cleantext is timed;
the dumps are this one's. It prints; a person reads.
"""
import argparse
import cProfile
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

from web import SETS, part
from web_speed import _Timed

ROOT = Path(__file__).resolve().parent.parent


def dumps(which: str, every: int) -> list[str]:
    docs = []
    for folder, share in SETS.values():   # web.py's sets, each with its held-out share
        for page in sorted(folder.glob("*.json.gz")):
            if part(page.name.removesuffix(".json.gz"), share) == which:
                docs += list(json.loads(gzip.decompress(page.read_bytes()))["dumps"].values())
    return docs[::every]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree", nargs="?", default=str(ROOT))
    parser.add_argument("--part", choices=["dev", "held-out"], default="dev")
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--stages", action="store_true")
    parser.add_argument("--prof")
    args = parser.parse_args()
    sys.path.insert(0, args.tree)
    import ftfy

    from cleantext import Pipeline

    docs = dumps(args.part, args.every)
    pipeline = Pipeline.default().load()
    spent: Counter = Counter()
    if args.stages:
        pipeline.stages = [_Timed(step, spent, time.process_time) for step in pipeline.stages]
    pipeline.run(docs[0])
    ftfy.fix_text(docs[0])
    spent.clear()
    start = time.process_time()
    for doc in docs:
        ftfy.fix_text(doc)
    theirs = time.process_time() - start
    profile = cProfile.Profile(time.process_time) if args.prof else None
    if profile:
        profile.enable()
    start = time.process_time()
    for doc in docs:
        pipeline.run(doc)
    ours = time.process_time() - start
    if profile:
        profile.disable()
        profile.dump_stats(args.prof)
    print(f"{args.tree}: {len(docs)} docs {sum(map(len, docs)) / 1e6:.1f} Mchars cleantext {ours:.2f}s "
          f"ftfy {theirs:.2f}s ratio {ours / theirs:.2f}")
    for name, seconds in spent.most_common():
        print(f"  {name:16} {seconds:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
