"""Do no harm: the mojibake stage and ftfy over text that is right, in many languages and scripts.

Every line of right text that comes out changed is a repair claimed on text that needed none.
For cleantext's mojibake stage (``fix_mojibake``) and for ftfy (``ftfy.fix_text`` with the
stage's settings: encoding repairs only), in the same run, the script counts the lines changed
("repairs claimed") and the characters in the output that were not in the input (a character
made up, counted with multiplicity). The target for cleantext is zero on both.

The text, all of it right as it stands:

- gold: the samples' gold texts (tests/gold/*.txt);
- language: every text benchmarks/language.py reads (tests/data/langid);
- passages: the passages benchmarks/encodings.py writes in fourteen languages;
- ftfy-negative: the originals of ftfy's negative cases (tests/data/ftfy/negative.json);
- wordfreq: lines of twelve words drawn by frequency from wordfreq's lists, in each of its
  languages (seeded: the same lines every run);
- wordfreq-vocabulary: each of those languages' 5,000 most common words, in order, twelve to
  a line;
- chardet (with ``--chardet DIR``): the test files of chardet, real web pages and texts in
  some fifty encodings and languages, each decoded in the encoding its folder names. Get them
  with ``git clone https://github.com/chardet/chardet`` and give ``--chardet chardet/tests``.

A stable quarter of each source's lines (by a hash of the line) is held out: ``-v`` shows
what changed in the other three quarters only, which is what the stage was tuned on.

Run from the repository root:

    python benchmarks/do_no_harm.py [--chardet DIR] [-v]
"""

from __future__ import annotations

import argparse
import codecs
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

import ftfy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleantext.stages.mojibake import FTFY_CONFIG, fix_line_as_cleaned  # noqa: E402

LINES_PER_LANGUAGE = 150
WORDS_PER_LINE = 12
# Every one of each language's most common words, in lines of WORDS_PER_LINE: rarer words and
# letters ("importância", "câine") that drawing by frequency seldom reaches.
VOCABULARY = 5000
# Codecs by chardet's folder names where Python spells them otherwise; folders Python cannot
# read (EUC-TW) or that hold no text (None) are left out.
# The Thai pages are Windows-874, TIS-620 with typography at 0x80-0x9F (Python's TIS-620 reads
# those bytes as C1 controls).
CHARDET_CODECS = {"IBM855": "cp855", "IBM866": "cp866", "MacCyrillic": "mac_cyrillic", "MacRoman": "mac_roman",
                  "TIS-620": "cp874", "EUC-TW": None, "None": None}
# A C1 control is never right text (it is a byte read in the wrong code page, which ftfy's
# fix_c1_controls repairs): a line holding one is left out and counted.
C1_CONTROL = re.compile("[\x80-\x9f]")


def held_out(line: str) -> bool:
    return int(hashlib.sha256(line.encode("utf-8", "surrogatepass")).hexdigest(), 16) % 4 == 0


def gold() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted((ROOT / "tests" / "gold").glob("*.txt"))]


def language() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "data" / "langid").rglob("*.tsv")):
        texts.append("\n".join(line.split("\t", 1)[-1] for line in path.read_text(encoding="utf-8").splitlines()))
    return texts


def passages() -> list[str]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("encodings_benchmark", ROOT / "benchmarks" / "encodings.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [text for group in (module.PASSAGES, module.HELD_OUT) for texts in group.values() for text in texts]


def ftfy_negative() -> list[str]:
    with open(ROOT / "tests" / "data" / "ftfy" / "negative.json", encoding="utf-8") as file:
        return [case["original"] for case in json.load(file)]


def wordfreq_lines() -> list[str]:
    """Lines of words drawn by frequency from each of wordfreq's languages."""
    import wordfreq

    texts = []
    for lang in sorted(wordfreq.available_languages()):
        frequencies = wordfreq.get_frequency_dict(lang)  # read as stored: no tokenizer needed
        words = sorted(frequencies, key=frequencies.get, reverse=True)[:3000]
        weights = [frequencies[word] for word in words]
        rng = random.Random(lang)
        sep = "" if lang in ("ja", "zh") else " "
        lines = [sep.join(rng.choices(words, weights, k=WORDS_PER_LINE)) for _ in range(LINES_PER_LANGUAGE)]
        texts.append("\n".join(lines))
    return texts


def wordfreq_vocabulary() -> list[str]:
    """Each language's VOCABULARY most common words, in order, WORDS_PER_LINE to a line."""
    import wordfreq

    texts = []
    for lang in sorted(wordfreq.available_languages()):
        frequencies = wordfreq.get_frequency_dict(lang)
        words = sorted(frequencies, key=frequencies.get, reverse=True)[:VOCABULARY]
        sep = "" if lang in ("ja", "zh") else " "
        texts.append("\n".join(sep.join(words[i : i + WORDS_PER_LINE]) for i in range(0, len(words), WORDS_PER_LINE)))
    return texts


def chardet_files(folder: Path) -> list[str]:
    texts = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.parent == folder:
            continue
        name = path.parent.name
        codec = CHARDET_CODECS.get(name, name)
        if codec is not None and not _is_codec(codec):  # "windows-1250-czech", "iso-8859-2-polish"
            codec = codec.rsplit("-", 1)[0]
        if codec is None:
            continue
        try:
            texts.append(path.read_bytes().decode(codec))
        except (LookupError, UnicodeDecodeError):
            continue
    return texts


def _is_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def made_up(output: str, source: str) -> int:
    """Characters of ``output`` that ``source`` does not have (as many times)."""
    return sum((Counter(output) - Counter(source)).values())


def measure(name: str, texts: list[str], verbose: bool) -> dict:
    lines = [line.rstrip("\r") for text in texts for line in text.split("\n") if line.strip()]
    row = {"source": name, "left out": sum(1 for line in lines if C1_CONTROL.search(line))}
    lines = [line for line in lines if not C1_CONTROL.search(line)]
    for part in ("tuned", "held-out"):
        chosen = [line for line in lines if held_out(line) == (part == "held-out")]
        counts = {"lines": len(chosen), "chars": sum(map(len, chosen)),
                  "cleantext": 0, "cleantext_new": 0, "ftfy": 0, "ftfy_new": 0}
        for line in chosen:
            ours = fix_line_as_cleaned(line)  # what the stage does to each line
            theirs = ftfy.fix_text(line, FTFY_CONFIG)
            if ours != line:
                counts["cleantext"] += 1
                counts["cleantext_new"] += made_up(ours, line)
                if verbose and part == "tuned":
                    print(f"  cleantext [{name}] {line[:120]!r}\n         -> {ours[:120]!r}", file=sys.stderr)
            if theirs != line:
                counts["ftfy"] += 1
                counts["ftfy_new"] += made_up(theirs, line)
        row[part] = counts
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0], allow_abbrev=False)
    parser.add_argument("--chardet", type=Path, help="chardet's tests folder (git clone https://github.com/chardet/chardet)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list cleantext's changes (tuned part only)")
    args = parser.parse_args(argv)
    sources = [("gold", gold), ("language", language), ("passages", passages),
               ("ftfy-negative", ftfy_negative), ("wordfreq", wordfreq_lines),
               ("wordfreq-vocabulary", wordfreq_vocabulary)]
    if args.chardet:
        if not args.chardet.is_dir():
            print(f"do_no_harm.py: {args.chardet}: not a folder", file=sys.stderr)
            return 2
        sources.append(("chardet", lambda: chardet_files(args.chardet)))
    started = time.perf_counter()
    rows = [measure(name, load(), args.verbose) for name, load in sources]
    print(f"ftfy {ftfy.__version__}, Python {sys.version.split()[0]}; {time.perf_counter() - started:.0f} s\n")
    print("| source | part | lines | characters | cleantext: lines changed | cleantext: characters made up "
          "| ftfy: lines changed | ftfy: characters made up |")
    print("|---|---|---|---|---|---|---|---|")
    totals = {part: Counter() for part in ("tuned", "held-out")}
    for row in rows:
        for part in ("tuned", "held-out"):
            c = row[part]
            totals[part].update(c)
            print(f"| {row['source']} | {part} | {c['lines']} | {c['chars']} | {c['cleantext']} | {c['cleantext_new']} "
                  f"| {c['ftfy']} | {c['ftfy_new']} |")
    for part, c in totals.items():
        print(f"| **all** | {part} | {c['lines']} | {c['chars']} | {c['cleantext']} | {c['cleantext_new']} "
              f"| {c['ftfy']} | {c['ftfy_new']} |")
    left_out = ", ".join(f"{row['source']} {row['left out']}" for row in rows if row["left out"])
    print(f"\nLines left out for a C1 control character: {left_out or 'none'}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
