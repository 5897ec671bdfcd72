"""Line-end hyphens simulated on the tuning books: is each judged as its author wrote it?

Every hyphenated compound of two pieces in a passage is broken at its own hyphen (the author's
hyphen, to keep), and three in ten other words of five letters or more at one of pyphen's en_US
hyphenation points, chosen at random with a fixed seed (the typesetter's, to join). Each break is
judged by the dehyphenate stage's rule (``_keep_hyphen``) with the passage's own spelling as
evidence, less the word broken. The passages are those of benchmarks/texts/gutenberg/ (the
books of the first four held-out sets, all tuned on since) and benchmarks/texts/; the books of
the fifth held-out set are left out. Run from the repository root:

    python benchmarks/hyphen_breaks.py [--wrong N]

prints the errors on compounds and on words, and with ``--wrong`` the first N wrong cases.
"""
from __future__ import annotations

import pathlib
import random
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyphen  # noqa: E402

from cleantext.stages.dehyphenate import _keep_hyphen, _vocabulary  # noqa: E402

TEXTS = ROOT / "benchmarks" / "texts"
BOOKS = ["moby-dick-1851", "three-men-1889", "news-from-nowhere-1890", "jack-sheppard-1839",
         "log-school-house-1890", "katrine-1909", "american-adventures-1917"]
TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def passages() -> list[tuple[str, str]]:
    out = []
    for book in BOOKS:
        text = (TEXTS / "gutenberg" / f"{book}.txt").read_text(encoding="utf-8")
        out += [(book, part) for part in text.split("\n\n* * *\n\n")]
    out += [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(TEXTS.glob("0*.txt"))]
    return out


def cases(seed: int = 0) -> list[tuple[str, str, str, bool, dict, str]]:
    """(source, first, second, keep, the passage's vocabulary, the word) for each break."""
    rnd = random.Random(seed)
    patterns = pyphen.Pyphen(lang="en_US", left=2, right=3)
    out = []
    for source, text in passages():
        vocab = _vocabulary(text)
        for match in TOKEN.finditer(text):
            word = match.group()
            parts = word.split("-")
            if len(parts) == 2 and min(map(len, parts)) >= 2:
                out.append((source, parts[0], parts[1], True, vocab, word))
            elif len(parts) == 1 and len(word) >= 5:
                points = patterns.positions(word)
                if points and rnd.random() < 0.3:
                    point = rnd.choice(points)
                    out.append((source, word[:point], word[point:], False, vocab, word))
    return out


def main(argv: list[str]) -> int:
    wrong, total, errors = {True: 0, False: 0}, {True: 0, False: 0}, []
    for source, first, second, keep, vocab, word in cases():
        # The broken word itself is not elsewhere in the text.
        seen = dict(vocab)
        key = word.lower()
        seen[key] -= 1
        if "-" in key:
            seen[key[key.rindex("-"):]] -= 1
        total[keep] += 1
        if _keep_hyphen(first, second, seen, "en") != keep:
            wrong[keep] += 1
            errors.append((f"{first}-{second}", "kept" if not keep else "joined", source))
    print(f"compounds {total[True]}: {wrong[True]} joined ({wrong[True] / total[True]:.1%}); "
          f"words {total[False]}: {wrong[False]} kept a hyphen ({wrong[False] / total[False]:.2%})")
    if "--wrong" in argv:
        for error in errors[: int(argv[argv.index("--wrong") + 1])]:
            print(*error)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
