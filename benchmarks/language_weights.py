"""Single words, pairs, sentences and lines of 3-5 words of the Arabic-script languages, judged
alone, under other prior weights of Persian, Arabic and Urdu: how far calibrating wordfreq's lists
against each other moves each language (benchmarks/README-language.md, 2026-12-07).

    python benchmarks/language_weights.py --set dev,dev4,dev5 '{"fa": 1, "ar": 1, "ur": 1}' '{"fa": 1, "ar": 0.45, "ur": 1.2}'

Each weight set replaces [detect.short_lines.languages] Arab for the run (a line alone and a line
between blocks alike); the first is the baseline, and each other reports how many sentences and
windows changed. Tune on dev sets only: a held-out set run here is seen.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cleantext.lang import detect_language  # noqa: E402
from cleantext.lang import shortlines  # noqa: E402

LANGS = ("fa", "ur", "ar", "ps")
KINDS = ("word", "pair", "sentence", "window")


def rows_of(names: list[str]) -> list[tuple[str, str, str]]:
    """(lang, kind, text) of the sets' Arabic-script rows, with the windows cut from each sentence
    from its second word on (as language.py --windows cuts them)."""
    rows = []
    for name in names:
        for line in (ROOT / "benchmarks" / "lang" / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
            lang, kind, _source, text = line.split("\t", 3)
            if lang not in LANGS or kind == "paragraph":
                continue
            rows.append((lang, kind, text))
            words = text.split()
            if kind == "sentence":
                rows.extend((lang, "window", " ".join(words[1:1 + k])) for k in (3, 4, 5) if len(words) > k)
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="dev,dev4,dev5", help="comma-separated names in benchmarks/lang")
    parser.add_argument("weights", nargs="+", help='JSON weights, e.g. {"fa": 1, "ar": 0.45, "ur": 1.2}')
    args = parser.parse_args(argv)
    rows = rows_of(args.set.split(","))
    arab = shortlines._LANGUAGES["Arab"]
    saved, base = dict(arab), None
    try:
        for weights in args.weights:
            arab.clear()
            arab.update(json.loads(weights))
            got = [detect_language(text)[0] for _, _, text in rows]
            cells = defaultdict(lambda: [0, 0])
            for (lang, kind, _), label in zip(rows, got):
                cells[(lang, kind)][0] += label == lang
                cells[(lang, kind)][1] += 1
            print(weights)
            for lang in LANGS:
                print(f"  {lang}: " + "  ".join(f"{kind} {100 * cells[(lang, kind)][0] / cells[(lang, kind)][1]:5.1f}"
                                             for kind in KINDS if cells[(lang, kind)][1]))
            if base is None:
                base = got
            else:
                changed = [(row, b, g) for row, b, g in zip(rows, base, got)
                           if b != g and row[1] in ("sentence", "window")]
                print(f"  sentences and windows changed: {len(changed)} "
                      f"({sum(g == row[0] for row, _, g in changed)} right now, "
                      f"{sum(b == row[0] for row, b, _ in changed)} right before)")
    finally:
        arab.clear()
        arab.update(saved)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
