"""Do no harm on clean text: what the default pipeline takes from text that has no furniture.

Books, plays, poems, letters, regulations and Markdown documentation hold no web furniture, no
running heads and no page numbers: every word the default pipeline removes or changes in them
is a loss. The script cuts each input file into pieces of about PIECE characters (at blank
lines), runs the default pipeline over each piece as its own document, and counts:

- words lost: the words (``\\w+``) of the input that the output lacks, with multiplicity;
- by rule: the lines and characters of each removal the report names (``site:id``,
  ``boilerplate:SIGNAL``, ``layout:CLASS``), and the words lost to no removal (changes by the
  other stages: joins, repairs) as ``(changed)``.

A stable quarter of the pieces (``sha256(file name + piece number) % 4 == 0``) is kept aside:
``--list-aside`` writes their names, ``-v`` shows the removals of the other pieces only, and
``--part aside`` measures the aside pieces (run it once before a change and once after).

Input files: plain text (a Project Gutenberg header and licence, if present, are cut off at
the "*** START OF" and "*** END OF" lines) or Markdown. See benchmarks/README-prose-harm.md
for the files used and where they come from.

Run from the repository root:

    python benchmarks/prose_harm.py FILE_OR_FOLDER... [--part dev|aside|all] [-v]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleantext.pipeline import Pipeline  # noqa: E402

PIECE = 12000
WORD = re.compile(r"[^\W_]+")  # "_" marks italics in Project Gutenberg texts
START = re.compile(r"^\*\*\* ?START OF (THE|THIS) PROJECT GUTENBERG.*$", re.M | re.I)
END = re.compile(r"^\*\*\* ?END OF (THE|THIS) PROJECT GUTENBERG.*$", re.M | re.I)
# Older Project Gutenberg texts end with "End of the Project Gutenberg EBook of ..." and no "***" line.
END_OLD = re.compile(r"^End of (the )?Project Gutenberg('s)? .*$", re.M | re.I)


def body(text: str) -> str:
    """The text without a Project Gutenberg header, licence and footer."""
    text = text.replace("\r\n", "\n")
    start = START.search(text)
    if start:
        text = text[start.end():]
    end = END.search(text) or END_OLD.search(text)
    if end:
        text = text[:end.start()]
    return text.strip("\n") + "\n"


def pieces(text: str) -> list[str]:
    """The text cut at blank lines into pieces of about PIECE characters."""
    out, current, size = [], [], 0
    for block in re.split(r"\n\s*\n", text):
        current.append(block)
        size += len(block) + 2
        if size >= PIECE:
            out.append("\n\n".join(current) + "\n")
            current, size = [], 0
    if current and "".join(current).strip():
        out.append("\n\n".join(current) + "\n")
    return out


def aside(name: str) -> bool:
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16) % 4 == 0


def files(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".md") and p.name != "README.md"))
        else:
            found.append(path)
    return found


def all_pieces(paths: list[Path]) -> list[tuple[str, str]]:
    named = []
    for path in files(paths):
        text = body(path.read_text(encoding="utf-8", errors="replace"))
        for number, piece in enumerate(pieces(text)):
            named.append((f"{path.name}#{number}", piece))
    return named


def measure(named: list[tuple[str, str]], verbose: bool) -> dict:
    pipeline = Pipeline.default()
    totals = Counter()
    by_rule: dict[str, Counter] = defaultdict(Counter)
    for name, text in named:
        result = pipeline.run(text, source=name)
        words_in = Counter(WORD.findall(text))
        lost = words_in - Counter(WORD.findall(result.text))
        totals["pieces"] += 1
        totals["chars"] += len(text)
        totals["lines"] += sum(1 for line in text.splitlines() if line.strip())
        totals["words"] += sum(words_in.values())
        totals["words lost"] += sum(lost.values())
        removed_words = Counter()
        for entry in result.report.get("removed", []):
            rule = entry.get("rule", "?")
            first, last = entry["lines"]
            by_rule[rule]["removals"] += 1
            by_rule[rule]["lines"] += last - first + 1
            by_rule[rule]["chars"] += len(entry.get("text", ""))
            removed_words.update(WORD.findall(entry.get("text", "")))
            totals["lines removed"] += last - first + 1
            totals["chars removed"] += len(entry.get("text", ""))
            if verbose:
                print(f"  [{name}] {rule} lines {first}-{last}: {entry.get('text', '')[:160]!r}", file=sys.stderr)
        changed = lost - removed_words
        if changed:
            by_rule["(changed)"]["words"] += sum(changed.values())
            if verbose:
                print(f"  [{name}] (changed) words lost: {dict(changed.most_common(12))}", file=sys.stderr)
    return {"totals": totals, "by_rule": by_rule}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0], allow_abbrev=False)
    parser.add_argument("paths", nargs="+", type=Path, help="text or Markdown files, or folders of them")
    parser.add_argument("--part", choices=("dev", "aside", "all"), default="dev")
    parser.add_argument("--list-aside", action="store_true", help="print the names of the aside pieces and stop")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each removal (not with --part aside)")
    args = parser.parse_args(argv)
    named = all_pieces(args.paths)
    if args.list_aside:
        for name, _ in named:
            if aside(name):
                print(name)
        return 0
    if args.part != "all":
        named = [(name, text) for name, text in named if aside(name) == (args.part == "aside")]
    result = measure(named, args.verbose and args.part != "aside")
    t = result["totals"]
    print(f"part {args.part}: {t['pieces']} pieces, {t['chars']} characters, {t['lines']} non-blank lines, "
          f"{t['words']} words")
    print(f"removed: {t['lines removed']} lines, {t['chars removed']} characters; words lost: {t['words lost']}\n")
    print("| rule | removals | lines | characters | words lost to other changes |")
    print("|---|---|---|---|---|")
    for rule, counts in sorted(result["by_rule"].items(), key=lambda item: -item[1]["chars"] - item[1]["words"]):
        print(f"| {rule} | {counts['removals']} | {counts['lines']} | {counts['chars']} | {counts['words'] or ''} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
