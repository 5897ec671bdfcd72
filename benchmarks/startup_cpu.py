"""Processor time (user + system) of `cleantext FILE --jsonl -j 1 -q` in checkouts, taken in turn.

    .venv/bin/python benchmarks/startup_cpu.py FILE /tmp/old-tree /path/to/this-tree [--runs 5]

Each run is a process of its own started in the checkout (`python -m cleantext` imports the
checkout's package); its processor time is read from the children's resource usage, so other work
on a shared machine counts less than in a wall-clock figure. A one-line FILE measures start-up.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys


def cpu(tree: str, path: str) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "cleantext", path, "--jsonl", "-j", "1", "-q"],
                   stdout=subprocess.DEVNULL, check=True, cwd=tree)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("trees", nargs="+")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    times: dict[str, list[float]] = {tree: [] for tree in args.trees}
    for _ in range(args.runs):
        for tree in args.trees:
            times[tree].append(cpu(tree, args.file))
    for tree, seconds in times.items():
        print(f"{tree}: {' '.join(f'{s:.3f}' for s in seconds)}  (least {min(seconds):.3f} s)")


if __name__ == "__main__":
    main()
