"""Measure furniture removal on web page copies, beside identity and jusText.

The set (benchmarks/web/, made by make_web_set.py) holds real pages that no
rule file here was written for, each as five text dumpers write it, and the
article a person expects from it. Scoring follows trafilatura's evaluation:
snippets of main text that must stay, furniture snippets that must go.

- main snippets: the sentences of the expected article (four words or
  more) that the dump holds at all; a sentence the dumper lost is nobody's
  fault here.
- furniture snippets: the lines of the dump whose words are not in the
  expected article, nor the page's title or byline (a person keeps those;
  readability gives them apart), and hold at least one letter.

Words are compared, not characters: casefolded letter and digit runs (each
Han or kana character a word of its own), after link marks ("[12]"),
Markdown link targets and URLs are dropped, so a dumper's line wrapping and
link syntax do not count. A snippet is kept when its words occur in that
order, at word boundaries, in the output. Precision is main snippets kept
over all snippets kept; recall is main snippets kept over main snippets;
both are summed over pages (micro-averaged). "lost" is the share of main
text characters in lost snippets, "left" the share of furniture characters
left in the output.

Pages go to a dev part or a held-out part (about 30%) by a hash of their
name; tune on dev only. `--set fresh` scores the fresh set instead
(benchmarks/web-fresh/, Moz's Dragnet pages with a person's text, made by
`make_web_set.py --source dragnet`), split half and half by the same hash;
`--set fresh2` the next 100 Dragnet pages (benchmarks/web-fresh2/, made by
`make_web_set.py --source dragnet DIR --next`), split the same way;
`--set fresh3` the 100 after those (benchmarks/web-fresh3/, `--third`), and
`--set fresh4` the 100 after those (benchmarks/web-fresh4/, `--fourth`).
`--set cleaneval` scores 100 pages of CleanEval's final test set, with the
text its annotators kept (benchmarks/web-cleaneval/, `make_web_set.py --source
cleaneval DIR`), split half and half the same way. `--set fundus` scores news pages of
176 publishers in 22 languages, with the article each publisher's hand-written parser in
flairNLP/fundus takes from the page (benchmarks/web-fundus/, `make_web_fundus.py`), split the
same way. `--set newspaper` scores 126 pages of the test data of newspaper4k and newspaper3k
(MIT), with the article text their tests expect the parser to take (benchmarks/web-newspaper/,
`make_web_newspaper.py`), split the same way.
Run from the repository root:

    python benchmarks/web.py [--set readability|fresh|fresh2|fresh3|fresh4|cleaneval|fundus|newspaper] [--systems identity,justext,cleantext]
        [--part dev|held-out]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import pathlib
import sys
import time
from collections import defaultdict

import regex

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# Each set: its directory and the percent of its pages held out, chosen by name hash.
SETS = {
    "readability": (ROOT / "benchmarks" / "web", 30),
    "fresh": (ROOT / "benchmarks" / "web-fresh", 50),  # fixed before the set was first run
    "fresh2": (ROOT / "benchmarks" / "web-fresh2", 50),  # the same rule, fixed before its first run
    "fresh3": (ROOT / "benchmarks" / "web-fresh3", 50),  # the same rule, fixed before its first run
    "fresh4": (ROOT / "benchmarks" / "web-fresh4", 50),  # the same rule, fixed before its first run
    "cleaneval": (ROOT / "benchmarks" / "web-cleaneval", 50),  # the same rule, fixed before its first run
    "fundus": (ROOT / "benchmarks" / "web-fundus", 50),  # the same rule, fixed before its first run
    "newspaper": (ROOT / "benchmarks" / "web-newspaper", 50),  # the same rule, fixed before its first run
}
DATA, HELD_OUT_SHARE = SETS["readability"]

# Marks a dumper adds around links, dropped before words are compared.
LINK_MARKS = regex.compile(
    r"\[\d+\]"                      # lynx, w3m with numbered links: [12]
    r"|\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"  # Markdown: [text](target "title")
    r"|<?(?:https?|ftp|file)://[^\s>)\]]*>?"  # bare or <bracketed> URLs
)
WORD = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[\p{L}\p{M}\p{N}]+")
LETTER = regex.compile(r"\p{L}")
SENTENCE_END = regex.compile(r"(?<=[.!?…。！？])\s+|(?<=[。！？])")
MIN_SENTENCE_WORDS = 4


def words(text: str) -> str:
    """Text as its casefolded words, space-separated, with a space either side."""
    return " " + " ".join(WORD.findall(LINK_MARKS.sub(" ", text).casefold())) + " "


def main_snippets(expected: str) -> list[str]:
    """The expected article's sentences of four words or more, as words."""
    seen = {}
    for line in expected.splitlines():
        for sentence in SENTENCE_END.split(line):
            w = words(sentence)
            if w.count(" ") - 1 >= MIN_SENTENCE_WORDS:
                seen.setdefault(w, None)
    return list(seen)


def furniture_snippets(dump: str, article: str) -> list[str]:
    """The dump's lines whose words the article (with title, byline) lacks."""
    seen = {}
    for line in dump.splitlines():
        w = words(line)
        if w.strip() and LETTER.search(w) and w not in article:
            seen.setdefault(w, None)
    return list(seen)


def part(page: str, share: int = HELD_OUT_SHARE) -> str:
    """dev or held-out, by a stable hash of the page's name."""
    h = int(hashlib.sha1(page.encode("utf-8")).hexdigest(), 16) % 100
    return "held-out" if h < share else "dev"


# -- the systems -------------------------------------------------------------

def identity(text: str, lang: str) -> str:
    return text


JUSTEXT_LANGUAGES = {
    "cs": "Czech", "de": "German", "en": "English", "es": "Spanish", "fr": "French",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "pt": "Portuguese", "ru": "Russian",
    "tr": "Turkish", "ar": "Arabic", "fa": "Persian",
}


def justext_on_text(text: str, lang: str) -> str:
    """jusText on the plain text: each blank-line-separated block a paragraph.

    jusText reads HTML; a block becomes a <p>. Languages with no stoplist
    (Chinese, Japanese) run in its language-independent mode (empty stoplist,
    stop-word thresholds zero), as its documentation says.
    """
    import justext

    blocks = [b for b in regex.split(r"\n[ \t]*\n", text) if b.strip()]
    page = "<html><body>" + "".join(f"<p>{html.escape(b)}</p>" for b in blocks) + "</body></html>"
    name = JUSTEXT_LANGUAGES.get(lang)
    if name:
        paragraphs = justext.justext(page.encode("utf-8"), justext.get_stoplist(name))
    else:
        paragraphs = justext.justext(page.encode("utf-8"), frozenset(),
                                     stopwords_low=0, stopwords_high=0)
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate) + "\n"


_PIPELINE = None


def cleantext_default(text: str, lang: str) -> str:
    """The default pipeline, as `cleantext FILE` runs it."""
    global _PIPELINE
    if _PIPELINE is None:
        from cleantext import Pipeline

        _PIPELINE = Pipeline.default()
    return _PIPELINE.run(text).text


SYSTEMS = {"identity": identity, "justext": justext_on_text, "cleantext": cleantext_default}


# -- scoring -----------------------------------------------------------------

class Score:
    """Snippet counts and characters, summed over pages."""

    def __init__(self) -> None:
        self.main = self.main_kept = self.furn = self.furn_kept = 0
        self.main_chars = self.main_lost_chars = self.furn_chars = self.furn_left_chars = 0
        self.pages = 0

    def add(self, main: list[str], furniture: list[str], output: str) -> None:
        out = words(output)
        self.pages += 1
        for s in main:
            self.main += 1
            self.main_chars += len(s)
            if s in out:
                self.main_kept += 1
            else:
                self.main_lost_chars += len(s)
        for s in furniture:
            self.furn += 1
            self.furn_chars += len(s)
            if s in out:
                self.furn_kept += 1
                self.furn_left_chars += len(s)

    def row(self) -> tuple[float, float, float, float, float]:
        kept = self.main_kept + self.furn_kept
        p = self.main_kept / kept if kept else 0.0
        r = self.main_kept / self.main if self.main else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        lost = self.main_lost_chars / self.main_chars if self.main_chars else 0.0
        left = self.furn_left_chars / self.furn_chars if self.furn_chars else 0.0
        return p, r, f, lost, left


def load(parts: set[str], name: str = "readability") -> list[dict]:
    data, share = SETS[name]
    pages = []
    for path in sorted(data.glob("*.json.gz")):
        record = json.loads(gzip.decompress(path.read_bytes()))
        record["part"] = part(record["page"], share)
        if record["part"] in parts:
            pages.append(record)
    return pages


def evaluate(pages: list[dict], systems: list[str]) -> tuple[dict, dict]:
    """Scores keyed by (part, system, group) and seconds per system."""
    scores: dict = defaultdict(Score)
    seconds: dict = defaultdict(float)
    for record in pages:
        article = words(record["expected"]) + words(record["title"]) + words(record["byline"])
        expected_main = main_snippets(record["expected"])
        for dumper, dump in record["dumps"].items():
            dumped = words(dump)
            main = [s for s in expected_main if s in dumped]
            furniture = furniture_snippets(dump, article)
            for system in systems:
                start = time.perf_counter()
                output = SYSTEMS[system](dump, record["lang"])
                seconds[system] += time.perf_counter() - start
                for group in ("all", "lang:" + record["lang"], "dumper:" + dumper):
                    scores[record["part"], system, group].add(main, furniture, output)
    return scores, seconds


def print_tables(scores: dict, systems: list[str], parts: dict[str, int]) -> None:
    for part_name, pages in parts.items():
        groups = sorted({g for (p, _, g) in scores if p == part_name},
                        key=lambda g: (g != "all", not g.startswith("dumper"), g))
        print(f"\n## {part_name} ({pages} pages)\n")
        head = "| group | snippets main/furn |" + "".join(
            f" {s} P | R | F1 | lost | left |" for s in systems)
        print(head)
        print("|" + "---|" * (2 + 5 * len(systems)))
        for g in groups:
            first = scores[part_name, systems[0], g]
            cells = [g, f"{first.main}/{first.furn}"]
            for s in systems:
                p, r, f, lost, left = scores[part_name, s, g].row()
                cells += [f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", f"{lost:.1%}", f"{left:.1%}"]
            print("| " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--systems", default=",".join(SYSTEMS),
                    help="comma-separated, from: " + ", ".join(SYSTEMS))
    ap.add_argument("--set", choices=list(SETS), default="readability", dest="set_name")
    ap.add_argument("--part", choices=["dev", "held-out", "both"], default="both")
    ap.add_argument("--page", action="append", help="only this page (repeatable)")
    args = ap.parse_args(argv)
    systems = args.systems.split(",")
    for s in systems:
        if s not in SYSTEMS:
            ap.error(f"unknown system {s!r}; known: {', '.join(SYSTEMS)}")
    parts = ["dev", "held-out"] if args.part == "both" else [args.part]
    pages = load(set(parts), args.set_name)
    if args.page:
        pages = [p for p in pages if p["page"] in args.page]
    scores, seconds = evaluate(pages, systems)
    print("P: precision, R: recall (main snippets kept), lost: main text characters lost,"
          " left: furniture characters left")
    counts = {p: sum(r["part"] == p for r in pages) for p in parts}
    print_tables(scores, systems, {p: n for p, n in counts.items() if n})
    print("\nseconds: " + ", ".join(f"{s} {seconds[s]:.1f}" for s in systems))
    return 0


if __name__ == "__main__":
    sys.exit(main())
