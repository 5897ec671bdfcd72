"""cleantext beside other text cleaners, on the same inputs, against the same expected text.

    python3 -m venv /tmp/others && /tmp/others/bin/pip install -r benchmarks/others-requirements.txt
    python benchmarks/compare.py --others /tmp/others/bin/python

The other tools (ftfy, clean-text, textacy, unstructured's cleaners, datatrove's formatter and
C4 line filter) run in that environment through benchmarks/others.py, which says how each is set
up; without --others only cleantext and ftfy (this environment's) are compared. Three sets:

1. The samples against their gold files (tests/gold/): web, Markdown and PDF-derived copies of
   news articles, cleaned whole. CER is the character error rate over the text's words (white
   space, line breaks included, folded to one space, so that the paragraph layout a tool
   prefers costs nothing here), plain and with typography folded on both sides (curly quotes
   to straight ones, dashes to hyphens); "paragraphs exact" is the share of gold paragraphs that
   are a line of the output as they are; "furniture left" counts the gold file's furniture lines
   still in the output (occurrences beyond those in the gold text).
2. The PDF and OCR fixtures (tests/fixtures/pdf/), with benchmarks/pdf.py's figures.
3. Text with mojibake (benchmarks/encodings.py's cases whose bytes are UTF-8), each tool's
   mojibake repair alone: the share given back exactly (white space folded), and with
   typography folded on both sides too. Rows marked "held out" are texts written after
   cleantext's repairs were tuned.

cleantext's rules were developed on the samples and the PDF fixtures, so sets 1 and 2 flatter it;
the gold files' notion of furniture is cleantext's policy (docs/GOLD.md), which only datatrove's
line filter among the others also tries to carry out.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from importlib.metadata import version
from pathlib import Path

import ftfy
from rapidfuzz.distance import Levenshtein

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from cleantext import Pipeline  # noqa: E402

FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                      "\u2026": "...", "\u00a0": " "})


def words(text: str) -> str:
    return " ".join(text.split())


def folded(text: str) -> str:
    return words(text.translate(FOLD))


def others(python: str | None, mode: str, texts: list[str]) -> tuple[dict[str, list[str | None]], dict[str, str]]:
    """Each other tool's output for each text (None where it raised), and the tools' versions."""
    if python is None:
        return {"ftfy": [ftfy.fix_text(t) for t in texts]}, {"ftfy": version("ftfy")}
    done = subprocess.run([python, str(HERE / "others.py")], input=json.dumps({"mode": mode, "texts": texts}),
                          capture_output=True, text=True, check=True)
    answer = json.loads(done.stdout)
    return answer["outputs"], answer["versions"]


def cer(out: str, expected: str) -> float:
    return Levenshtein.distance(out, expected) / max(1, len(expected))


def left_over(out: str, expected: str, line: str) -> int:
    """How many more times the furniture line's text stands in ``out`` than in ``expected``."""
    pattern = re.compile(r"(?<!\w)" + re.escape(words(line)) + r"(?!\w)")
    return max(0, len(pattern.findall(words(out))) - len(pattern.findall(words(expected))))


def set_one(python: str | None) -> dict[str, str]:
    names = sorted(p.name for p in (ROOT / "samples").glob("*.txt"))
    inputs = [(ROOT / "samples" / n).read_text(encoding="utf-8") for n in names]
    gold = [(ROOT / "tests" / "gold" / n).read_text(encoding="utf-8") for n in names]
    furniture = [[f["text"] for f in json.loads((ROOT / "tests" / "gold" / n).with_suffix(".json").read_text())
                  ["furniture"]] for n in names]
    pipeline = Pipeline.default()
    outputs, versions = others(python, "clean", inputs)
    outputs = {"cleantext": [pipeline.run(t).text for t in inputs], **outputs}
    print(f"## 1. The samples against their gold files ({len(names)} documents, "
          f"{sum(map(len, gold))} characters of gold text, {sum(map(len, furniture))} furniture lines)\n")
    print("| tool | CER | CER, typography folded | paragraphs exact | furniture left | failed |")
    print("|---|---:|---:|---:|---:|---:|")
    for tool, outs in outputs.items():
        t = Counter()
        for out, want, lines in zip(outs, gold, furniture):
            if out is None:
                t["failed"] += 1
                out = ""
            t["edits"] += Levenshtein.distance(words(out), words(want))
            t["edits_folded"] += Levenshtein.distance(folded(out), folded(want))
            t["chars"] += len(words(want))
            paragraphs = [p for p in want.split("\n") if p.strip()]
            have = Counter(line.strip() for line in out.split("\n"))
            t["exact"] += sum(min(1, have[p.strip()]) for p in paragraphs)
            t["paragraphs"] += len(paragraphs)
            t["left"] += sum(left_over(out, want, line) > 0 for line in lines)
            t["furniture"] += len(lines)
        print(f"| {tool} | {t['edits'] / t['chars']:.2%} | {t['edits_folded'] / t['chars']:.2%} "
              f"| {t['exact'] / t['paragraphs']:.1%} ({t['exact']}/{t['paragraphs']}) "
              f"| {t['left']}/{t['furniture']} | {t['failed']} |")
    return versions


def set_two(python: str | None) -> None:
    import pdf

    manifest = json.loads((pdf.FIXTURES / "manifest.json").read_text(encoding="utf-8"))
    inputs = [(pdf.FIXTURES / e["input"]).read_text(encoding="utf-8") for e in manifest]
    expected = [(pdf.FIXTURES / e["expected"]).read_text(encoding="utf-8") for e in manifest]
    outputs, _ = others(python, "clean", inputs)
    outputs = {"cleantext": [pdf.pipeline(t) for t in inputs], **{k: [pdf.tidy(o) if o is not None else None
                                                                     for o in v] for k, v in outputs.items()}}
    print(f"\n## 2. PDF and OCR text ({len(manifest)} fixtures; figures as in benchmarks/pdf.py)\n")
    print("| kind | tool | CER | furniture left | paragraphs lost | boundary F1 | hyphenation | failed |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for kind in ("pdf", "ocr"):
        for tool, outs in outputs.items():
            t = Counter()
            for entry, inp, out, want in zip(manifest, inputs, outs, expected):
                if entry["kind"] != kind:
                    continue
                if out is None:
                    t["failed"] += 1
                    out = ""
                if pdf.in_reading_order(inp, want):
                    t["edits"] += pdf.cer(out, want) * len(want)
                    t["chars"] += len(want)
                printed, left = pdf.furniture_left(inp, out, want, entry["furniture"])
                pars, lost = pdf.paragraphs_lost(out, want)
                tp, pred, gold = pdf.boundary_counts(out, want)
                ok, hyph = pdf.hyphen_score(pdf.split_columns(inp), out, want)
                t.update(printed=printed, left=left, pars=pars, lost=lost, tp=tp, pred=pred, gold=gold,
                         ok=ok, hyph=hyph)
            f1 = 2 * t["tp"] / max(1, t["pred"] + t["gold"])
            print(f"| {kind} | {tool} | {t['edits'] / max(1, t['chars']):.2%} | {t['left']}/{t['printed']} "
                  f"| {t['lost']}/{t['pars']} | {f1:.1%} | {t['ok'] / max(1, t['hyph']):.1%} | {t['failed']} |")


def set_three(python: str | None) -> None:
    # benchmarks/encodings.py shares its name with the standard library's codec package.
    import importlib.util

    spec = importlib.util.spec_from_file_location("encodings_benchmark", HERE / "encodings.py")
    enc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(enc)

    kinds = ("mojibake (ftfy kinds)", "mojibake Arabic script (cp1256)", "twice damaged", "partly damaged",
             "clean utf-8")
    cases = [(kind, data, want) for kind, _, data, want in enc.build() if kind.replace(" [held out]", "") in kinds]
    inputs = [data.decode("utf-8") for _, data, _ in cases]
    outputs, _ = others(python, "mojibake", inputs)
    outputs = {"cleantext": [enc.run_cleantext(data) for _, data, _ in cases], **outputs}
    print(f"\n## 3. Mojibake repair alone ({len(cases)} texts from benchmarks/encodings.py; "
          f"exact / exact with typography folded)\n")
    print("| kind | texts | " + " | ".join(outputs) + " |")
    print("|---|---:|" + "---:|" * len(outputs))
    by_kind: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for tool, outs in outputs.items():
        for (kind, _, want), out in zip(cases, outs):
            t = by_kind[kind][tool]
            t["n"] += 1
            t["exact"] += out is not None and words(out) == words(want)
            t["folded"] += out is not None and folded(out) == folded(want)
    for kind in by_kind:
        row = by_kind[kind]
        n = next(iter(row.values()))["n"]
        cells = [f"{row[tool]['exact'] / n:.0%} / {row[tool]['folded'] / n:.0%}" for tool in outputs]
        print(f"| {kind} | {n} | " + " | ".join(cells) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--others", metavar="PYTHON",
                        help="the Python of an environment with benchmarks/others-requirements.txt installed")
    args = parser.parse_args()
    print("# cleantext beside other cleaners: `python benchmarks/compare.py"
          + (" --others PYTHON`" if args.others else "`"))
    versions = set_one(args.others)
    print("\nversions: cleantext (this tree), " + ", ".join(f"{k} {v}" for k, v in versions.items()))
    set_two(args.others)
    set_three(args.others)
    return 0


if __name__ == "__main__":
    sys.exit(main())
