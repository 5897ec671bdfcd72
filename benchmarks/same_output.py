"""Does this checkout clean every document exactly as another checkout does?

    .venv/bin/python benchmarks/same_output.py --other /tmp/old-tree

A check for changes meant only to make cleantext faster. The documents: every dump of
benchmarks/web/*.json.gz (each page as every dumper gave it), the five samples, and every
tests/fixtures/**/*.txt. Each checkout runs `Pipeline.default().run` over them in a process of
its own (PYTHONPATH set to the checkout), and the text and the whole report (removed lines,
block labels, changes counted, encoding, language) are compared. It prints each document that
differs and the count; 0 differences is the pass.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def documents() -> list[tuple[str, str | bytes]]:
    """(name, input) pairs: web dumps as text, files as the bytes the command line would read."""
    docs: list[tuple[str, str | bytes]] = []
    for page in sorted((ROOT / "benchmarks" / "web").glob("*.json.gz")):
        record = json.loads(gzip.decompress(page.read_bytes()))
        for dumper, text in record["dumps"].items():
            docs.append((f"web/{page.name}:{dumper}", text))
    files = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))
    docs += [(str(path.relative_to(ROOT)), path.read_bytes()) for path in files]
    return docs


def clean_all(out: Path) -> None:
    """In the checkout on PYTHONPATH: clean every document, one JSON line each into ``out``."""
    from cleantext import Pipeline

    pipeline = Pipeline.default()
    with out.open("w", encoding="utf-8") as sink:
        for name, data in documents():
            result = pipeline.run(data, source=name)
            sink.write(json.dumps({"name": name, "text": result.text, "report": result.report},
                                  ensure_ascii=False) + "\n")


def run_in(tree: Path, out: Path) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    subprocess.run([sys.executable, __file__, "--write", str(out)], check=True, env=env, cwd=tree)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").split("\n") if line]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, help="the checkout to compare this one with")
    parser.add_argument("--write", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/cleantext-same-output"))
    args = parser.parse_args()
    if args.write:
        clean_all(args.write)
        return 0
    if not args.other:
        parser.error("--other CHECKOUT is required")
    args.workdir.mkdir(parents=True, exist_ok=True)
    ours = run_in(ROOT, args.workdir / "this.jsonl")
    theirs = run_in(args.other.resolve(), args.workdir / "other.jsonl")
    differences = 0
    for a, b in zip(ours, theirs, strict=True):
        for part in ("text", "report"):
            if a[part] != b[part]:
                differences += 1
                print(f"{a['name']}: {part} differs")
                if part == "report":
                    for key in sorted(set(a[part]) | set(b[part])):
                        if a[part].get(key) != b[part].get(key):
                            print(f"  report[{key!r}] differs")
    print(f"{len(ours)} documents, {differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
