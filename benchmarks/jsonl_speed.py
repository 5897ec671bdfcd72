"""How fast `cleantext --jsonl` streams the five samples, against ftfy.fix_text alone, on one core.

    .venv/bin/python benchmarks/jsonl_speed.py                         # this checkout
    .venv/bin/python benchmarks/jsonl_speed.py --also /tmp/old-tree    # and another checkout, same run

The records are the five samples in turn, 1,000 of them ({"id": N, "text": SAMPLE}), written as
one JSON Lines file. Each contender takes its turn, --repeats times, and its best time counts
(other work on a shared machine only ever slows a run down):

- `cleantext FILE --jsonl -j 1 -q > /dev/null`, the command as a user runs it, in a process of its
  own pinned to one core: start-up (imports, rule files, language profiles), JSON reading and
  writing, the report of each record, all included;
- `ftfy.fix_text` on the same 1,000 texts, in this process pinned to the same core: the texts
  already read, nothing else timed (the baseline gets every advantage).

Then, in this process, where the time of one record goes: each stage of the default pipeline
over the same records (after a first pass, so start-up costs are left out), beside ftfy.

The ratio is ftfy's time over cleantext's (target: at least 3). Nothing here is a test: it prints,
a person reads. The five samples are what cleantext's rules were developed on: a figure on a
tuned set.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import ftfy

ROOT = Path(__file__).resolve().parent.parent


def build(path: Path, count: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    records = [texts[i % len(texts)] for i in range(count)]
    with path.open("w", encoding="utf-8") as out:
        for i, text in enumerate(records):
            out.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
    return records


def run_cleantext(tree: Path, path: Path, core: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cleantext", str(path), "--jsonl", "-j", "1", "-q"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=tree,
                          preexec_fn=lambda: os.sched_setaffinity(0, {core}))
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"cleantext in {tree} failed: {done.stderr.decode()[-2000:]}")
    return wall


def run_ftfy(texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        ftfy.fix_text(text)
    return time.perf_counter() - start


def per_stage(texts: list[str]) -> dict[str, float]:
    """Seconds each stage of the default pipeline spends on ``texts`` in ``Pipeline.run`` (the
    stages a document's kind leaves out do not run, as in a real run), and the rest of a run."""
    from collections import Counter

    from cleantext.pipelines import pipeline_for
    from web_speed import _Timed

    pipeline = pipeline_for()
    for text in texts[:len(set(texts))]:  # first uses: word lists, profiles, patterns
        pipeline.run(text)
    spent: Counter = Counter()
    stages = pipeline.stages
    pipeline.stages = [_Timed(step, spent) for step in stages]
    whole = 0.0
    try:
        for text in texts:
            began = time.perf_counter()
            pipeline.run(text)
            whole += time.perf_counter() - began
    finally:
        pipeline.stages = stages
    spent["(document, site files, kind, report, text)"] = whole - sum(spent.values())
    return dict(spent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--also", action="append", default=[], metavar="TREE",
                        help="another checkout of cleantext to time in the same run (e.g. the commit before)")
    parser.add_argument("--workdir", default="/tmp/cleantext-bench")
    args = parser.parse_args()
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"samples-{args.records}.jsonl"
    texts = build(path, args.records)
    core = sorted(os.sched_getaffinity(0))[0]
    os.sched_setaffinity(0, {core})
    trees = {"this checkout": ROOT, **{str(t): Path(t).resolve() for t in args.also}}
    times: dict[str, list[float]] = {name: [] for name in ["ftfy.fix_text alone", *trees]}
    run_ftfy(texts[:20])  # ftfy's own first-use costs are not its steady rate
    for _ in range(args.repeats):
        times["ftfy.fix_text alone"].append(run_ftfy(texts))
        for name, tree in trees.items():
            times[name].append(run_cleantext(tree, path, core))
    mb = path.stat().st_size / 1e6
    print(f"# `python benchmarks/jsonl_speed.py{''.join(' --also ' + t for t in args.also)}`: {args.records} "
          f"records ({mb:.1f} MB of JSON Lines), the five samples in turn; one core (cpu {core}); "
          f"best of {args.repeats}")
    print(f"python {sys.version.split()[0]}, ftfy {ftfy.__version__}, load average {os.getloadavg()[0]:.2f}\n")
    print("| what | seconds (each run) | best | records/s | ftfy's time / this |")
    print("|---|---|---:|---:|---:|")
    base = min(times["ftfy.fix_text alone"])
    for name, walls in times.items():
        label = name if name.startswith("ftfy") else f"`cleantext --jsonl -j 1` ({name})"
        print(f"| {label} | {', '.join(f'{w:.2f}' for w in walls)} | {min(walls):.2f} | "
              f"{args.records / min(walls):.0f} | {base / min(walls):.2f}x |")
    ratio = base / min(times["this checkout"])
    print(f"\nTarget: cleantext --jsonl at least 3x as fast as ftfy.fix_text alone: {ratio:.2f}x, "
          f"{'met' if ratio >= 3 else 'MISSED'}")
    spent = per_stage(texts)
    whole = sum(spent.values())
    print(f"\nIn this process, the {args.records} records after a first pass: the pipeline {whole:.2f} s, "
          f"ftfy.fix_text {base:.2f} s (its best above)\n")
    print("| stage | seconds | share | ftfy's time / this stage's |")
    print("|---|---:|---:|---:|")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"| {name} | {seconds:.3f} | {seconds / whole:.1%} | {base / seconds:.1f}x |")


if __name__ == "__main__":
    main()
