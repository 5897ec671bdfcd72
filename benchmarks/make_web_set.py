"""Make the web-page evaluation set: real pages as text dumpers write them.

The pages are mozilla/readability's test pages (test/test-pages/*/, Apache
License 2.0): each has the page as saved (source.html) and the article a
person expects from it (expected.html). None of cleantext's rule files was
written for these sites. Each source is turned into text by five dumpers,
the expected article into plain text by inscriptis, and everything goes to
benchmarks/web/PAGE.json.gz, so benchmarks/web.py needs neither the pages
nor the dumpers.

Pages of readability's own unit tests (a few hundred bytes of made-up HTML)
are left out, and so are the three whose expected article alone is over
100 KB (two Wikipedia pages and a Kotaku page), to keep the set small.

Needs a checkout of mozilla/readability, w3m, lynx, html2text (Debian's,
1.3), and the PyPI packages inscriptis and html2text. Run from the
repository root:

    python benchmarks/make_web_set.py PATH/TO/readability
"""

from __future__ import annotations

import gzip
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "web"

MIN_SOURCE = 8_000      # readability's unit-test pages are smaller than this
MAX_EXPECTED = 100_000  # keeps the committed set a few megabytes

# Each dumper as a user would run it on a saved page, 80 columns where it asks.
COMMANDS = {
    "w3m": ["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", "-cols", "80"],
    "lynx": ["lynx", "-dump", "-stdin", "-force_html", "-assume_charset=UTF-8",
             "-display_charset=UTF-8", "-width=80"],
    "html2text": ["html2text", "-utf8", "-nobs", "-style", "pretty"],
}


def dump(name: str, html: str) -> str:
    """The text one dumper makes of a page."""
    if name in COMMANDS:
        done = subprocess.run(COMMANDS[name], input=html.encode("utf-8"),
                              capture_output=True, check=True, timeout=120)
        return done.stdout.decode("utf-8", errors="replace")
    if name == "inscriptis":
        import inscriptis

        return inscriptis.get_text(html)
    if name == "markdown":  # html2text from PyPI: Markdown, as many converters write it
        import html2text

        return html2text.html2text(html)
    raise ValueError(name)


DUMPERS = [*COMMANDS, "inscriptis", "markdown"]


def language(meta: dict, text: str) -> str:
    """The page's language: its metadata, else langdetect on the article."""
    lang = (meta.get("lang") or "").split("-")[0].lower()
    if lang:
        return lang
    import langdetect

    langdetect.DetectorFactory.seed = 0
    return langdetect.detect(text).split("-")[0]


def main(argv: list[str]) -> int:
    repo = pathlib.Path(argv[0]) / "test" / "test-pages"
    OUT.mkdir(parents=True, exist_ok=True)
    kept = []
    for page in sorted(p for p in repo.iterdir() if p.is_dir()):
        source = (page / "source.html").read_text(encoding="utf-8")
        expected_html = (page / "expected.html").read_text(encoding="utf-8")
        if len(source.encode()) < MIN_SOURCE or len(expected_html.encode()) > MAX_EXPECTED:
            continue
        import inscriptis

        expected = inscriptis.get_text(expected_html)
        meta_path = page / "expected-metadata.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        record = {
            "page": page.name,
            "lang": language(meta, expected),
            "source": f"mozilla/readability test/test-pages/{page.name} (Apache-2.0)",
            "title": meta.get("title") or "",    # readability keeps these apart from
            "byline": meta.get("byline") or "",  # the article; a person keeps them
            "expected": expected,
            "dumps": {name: dump(name, source) for name in DUMPERS},
        }
        tmp = OUT / f".{page.name}.json.gz.tmp"
        data = json.dumps(record, ensure_ascii=False, indent=0).encode("utf-8")
        tmp.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))  # same bytes each run
        tmp.replace(OUT / f"{page.name}.json.gz")
        kept.append(page.name)
        print(page.name, record["lang"], file=sys.stderr)
    print(f"{len(kept)} pages written to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
