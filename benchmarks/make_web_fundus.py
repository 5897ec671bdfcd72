"""Make the news set (benchmarks/web-fundus/): news pages in many languages as text dumpers write them.

The pages come from the test data of flairNLP/fundus (MIT), a news crawler with a parser
written by hand for each publisher: `tests/resources/parser/test_data/CC/PUBLISHER_DATE.html.gz`
is a page as crawled, and `PUBLISHER.json` holds, for each version of that publisher's parser,
the article its parser takes from the page (title, authors, summary, sections of headlines and
paragraphs), checked by the people who wrote the parser. None of cleantext's rule files was
written for these sites, and no page of the set was looked at before it was made.

One page per publisher: the newest page the publisher's `meta.info` lists whose text holds most
of one parser version's paragraphs (the version written for it). The expected article is that
version's summary, then each section's headline and paragraphs, a paragraph a line; the title
and the authors are kept apart (a person keeps them; the scorer counts neither as furniture).
Pages whose source is over 2 MB, whose article is under 500 characters, or that a dumper fails
on are left out. Each page goes through the same five dumpers as the other web sets
(make_web_set.py), and its language is langdetect's on the article.

Needs a checkout of flairNLP/fundus (read with git, so a bare clone will do), w3m, lynx,
html2text (Debian's, 1.3), and the PyPI packages inscriptis, html2text and langdetect. Run from
the repository root:

    python benchmarks/make_web_fundus.py PATH/TO/fundus

web.py reads it with `--set fundus`, half the pages held out by a hash of their names.
"""

from __future__ import annotations

import gzip
import html
import json
import pathlib
import re
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from make_web_set import DUMPERS, ROOT, decode, dump, language, write  # noqa: E402

OUT = ROOT / "benchmarks" / "web-fundus"
DATA = "tests/resources/parser/test_data"
MAX_SOURCE = 2_000_000
MIN_ARTICLE = 500
MIN_MATCH = 0.6   # share of a version's paragraphs whose opening the page's text must hold
TAG = re.compile(r"<script\b.*?</script>|<style\b.*?</style>|<[^>]+>", re.IGNORECASE | re.DOTALL)


class Repo:
    """Files of a git checkout at HEAD (bare or not)."""

    def __init__(self, path: pathlib.Path):
        self.path = path

    def names(self, under: str) -> list[str]:
        done = subprocess.run(["git", "-C", str(self.path), "ls-tree", "-r", "--name-only", "HEAD", under],
                              capture_output=True, text=True, check=True)
        return done.stdout.split()

    def read(self, name: str) -> bytes:
        return subprocess.run(["git", "-C", str(self.path), "show", f"HEAD:{name}"],
                              capture_output=True, check=True).stdout


def article_of(version: dict) -> str:
    """A parser version's article: summary, then each section's headline and paragraphs."""
    body = version.get("body") or {}
    lines = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        lines += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    return "\n\n".join(" ".join(line.split()) for line in lines if line.strip()) + "\n"


def flat(text: str) -> str:
    return " ".join(text.split()).casefold()


def match(version: dict, page_text: str) -> float:
    """Share of a version's paragraphs whose first 40 characters the page's text holds."""
    paragraphs = [flat(p) for p in article_of(version).split("\n\n") if p.strip()]
    if not paragraphs:
        return 0.0
    return sum(p[:40] in page_text for p in paragraphs) / len(paragraphs)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        raise SystemExit("usage: make_web_fundus.py PATH/TO/fundus")
    repo = Repo(pathlib.Path(argv[0]))
    OUT.mkdir(parents=True, exist_ok=True)
    names = repo.names(DATA)
    kept = 0
    for expected_file in sorted(n for n in names if n.endswith(".json")):
        country, publisher = expected_file.split("/")[-2], expected_file.split("/")[-1][: -len(".json")]
        meta_name = f"{DATA}/{country}/meta.info"
        listed = json.loads(repo.read(meta_name)) if meta_name in names else {}
        pages = sorted((n for n in listed if re.fullmatch(rf"{re.escape(publisher)}(_\d{{4}}_\d\d_\d\d)?\.html\.gz", n)),
                       reverse=True)   # the newest first (dates in the names)
        versions = json.loads(repo.read(expected_file))
        for page in pages:
            raw = gzip.decompress(repo.read(f"{DATA}/{country}/{page}"))
            if len(raw) > MAX_SOURCE:
                continue
            source = decode(raw)
            page_text = flat(html.unescape(TAG.sub(" ", source)))
            name, version = max(versions.items(), key=lambda item: match(item[1], page_text))
            article = article_of(version)
            if match(version, page_text) < MIN_MATCH or len(article) < MIN_ARTICLE:
                continue
            try:
                dumps = {d: dump(d, source) for d in DUMPERS}
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                print(page, "left out: a dumper failed", file=sys.stderr)
                continue
            write(OUT, {
                "page": f"fundus-{country}-{publisher}",
                "lang": language({}, article),
                "source": f"flairNLP/fundus {DATA}/{country}/{page}, parser {name} (MIT)",
                "title": version.get("title") or "",
                "byline": ", ".join(version.get("authors") or []),
                "expected": article,
                "dumps": dumps,
            })
            kept += 1
            break
    print(f"{kept} pages written to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
