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

`--source dragnet DIR` makes the fresh set (benchmarks/web-fresh/) from
Moz's Dragnet data (seomoz/dragnet_data, AGPL-3.0, collected in 2012):
pages from news and blog feeds, each with the text a person cut and pasted
from it in a browser (`Corrected/X.html.corrected.txt`; what follows the line
"!@#$%^&*()  COMMENTS" is the page's comments, not its article: the mark is
taken however it was typed, see `article_of`). DIR holds
`HTML/X.html` and `Corrected/X.html.corrected.txt` as the data's tarballs
unpack. 100 pages are taken, in the order of a hash of their names, leaving
out pages over 400 KB and pages whose article is under 500 characters.
`--source dragnet DIR --next` takes the next 100 in the same order, none of
them among the first 100, into benchmarks/web-fresh2/ (the second fresh set).
`--source dragnet DIR --third` takes the 100 after those (none of the first
200) into benchmarks/web-fresh3/ (the third fresh set), and `--fourth` the 100
after those (none of the first 300) into benchmarks/web-fresh4/ (the fourth).
`--expected-only` (after the set's flag) cuts the person's text again for the
pages a set already holds and rewrites only their expected text (needs only
`Corrected/`; the dumps and the choice of pages stay as they are).

`--source cleaneval DIR` makes benchmarks/web-cleaneval/ from CleanEval's final
test set (Baroni, Chantree, Kilgarriff and Sharoff, 2007; English pages of many
kinds: blogs, forums, shops, institutions, personal pages), each with the text
its annotators kept, marked up as paragraphs (<p>), headings (<h>) and list
items (<l>). DIR holds `input/N.html` and `GoldStandard/N.txt` (as the
j-szulc/html-cleaning-dataset-merged mirror lays out `cleaneval-final/`). The
page's wrapper line (`<text id=URL title=...>`) is dropped; the gold's "URL:"
line is dropped and each marked paragraph joined onto one line. 100 pages are
taken in the order of a hash of their names, with the same size limits as the
Dragnet sets, leaving out pages one of the dumpers fails on.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "web"
FRESH_OUT = ROOT / "benchmarks" / "web-fresh"
FRESH2_OUT = ROOT / "benchmarks" / "web-fresh2"  # the next 100 pages (--next)
FRESH3_OUT = ROOT / "benchmarks" / "web-fresh3"  # the 100 after those (--third)
FRESH4_OUT = ROOT / "benchmarks" / "web-fresh4"  # the 100 after those (--fourth)
CLEANEVAL_OUT = ROOT / "benchmarks" / "web-cleaneval"  # CleanEval's final set (--source cleaneval)

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


def write(out: pathlib.Path, record: dict) -> None:
    """One page's record as out/PAGE.json.gz, the same bytes each run."""
    tmp = out / f".{record['page']}.json.gz.tmp"
    data = json.dumps(record, ensure_ascii=False, indent=0).encode("utf-8")
    tmp.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    tmp.replace(out / f"{record['page']}.json.gz")
    print(record["page"], record["lang"], file=sys.stderr)


DRAGNET_PAGES = 100
DRAGNET_MAX_SOURCE = 400_000  # keeps the committed set a few megabytes
DRAGNET_MIN_ARTICLE = 500     # a person's article under this is a stub or a list
# The comments mark, "!@#$%^&*()  COMMENTS", as people typed it: a line of those signs (some left out, doubled, swapped or typed as
# a space) and at most one word in capitals, mostly COMMENTS (also "COMMNENTS", "CORRECTED", none).
# Five different signs at least, so a section break ("*  *  *") is not taken for it.
COMMENTS_LINE = re.compile(r"^[ \t]*([!@#$%^&*()][!@#$%^&*() \t]*)[A-Z]*[ \t\r]*$", re.MULTILINE)
MARK_SIGNS = frozenset("!@#$%^&*()")


def article_of(gold: str) -> str:
    """A Dragnet page's text without its comments: all above the first comments mark.

    >>> article_of("Title\\n\\nText.\\n!@#$%^&*()  COMMENTS\\nFirst!\\n")
    'Title\\n\\nText.\\n'
    >>> [article_of(f"Text.\\n{mark}\\nA comment.\\n") for mark in (
    ...     "!@#$%^&*() COMMENTS", "!@#$%^&**()  COMMENTS", "!@ $%^&*()  COMMENTS",
    ...     "  #$%^&*()  COMMENTS", "!!@#$%^&*()  COMMENTS", "!@#$%^&*()  \\tCOMMENTS\\r",
    ...     "!@#$%^&*()  COMMNENTS", "!@#$%^&*()")]
    ['Text.\\n', 'Text.\\n', 'Text.\\n', 'Text.\\n', 'Text.\\n', 'Text.\\n', 'Text.\\n', 'Text.\\n']
    >>> article_of("One.\\n*  *  *  *  *  *\\nTwo, $5 (or @ $4) & more!\\n")
    'One.\\n*  *  *  *  *  *\\nTwo, $5 (or @ $4) & more!\\n'
    """
    for mark in COMMENTS_LINE.finditer(gold):
        if len(MARK_SIGNS & set(mark.group(1))) >= 5:
            gold = gold[: mark.start()]
            break
    return gold.strip() + "\n"
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([-\w]+)""", re.IGNORECASE)


def decode(raw: bytes) -> str:
    """A saved page's text: its byte-order mark, its declared charset, else UTF-8, else cp1252."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return raw.decode(name).replace("\r\n", "\n")
    found = CHARSET.search(raw[:4096])
    for name in ([found.group(1).decode("ascii")] if found else []) + ["utf-8", "cp1252"]:
        try:
            return raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("cp1252", errors="replace")


def main_dragnet(root: pathlib.Path, skip: int = 0, expected_only: bool = False) -> int:
    """The fresh set from Dragnet's data (HTML/ and Corrected/ under root).

    skip: how many pages that would be taken are passed over first (100 for
    the second set, 200 for the third, 300 for the fourth, whose pages are
    then none of the earlier sets'). expected_only: cut the person's text of
    the pages the set holds again, and keep their dumps.
    """
    out = {0: FRESH_OUT, DRAGNET_PAGES: FRESH2_OUT, 2 * DRAGNET_PAGES: FRESH3_OUT,
           3 * DRAGNET_PAGES: FRESH4_OUT}[skip]
    if expected_only:
        return recut_dragnet(root, out)
    out.mkdir(parents=True, exist_ok=True)
    names = sorted((p.name[: -len(".html")] for p in (root / "HTML").glob("*.html")),
                   key=lambda n: hashlib.sha1(f"dragnet:{n}".encode()).hexdigest())
    kept = 0
    for name in names:
        raw = (root / "HTML" / f"{name}.html").read_bytes()
        gold = root / "Corrected" / f"{name}.html.corrected.txt"
        if len(raw) > DRAGNET_MAX_SOURCE or not gold.exists():
            continue
        article = article_of(decode(gold.read_bytes()))
        if len(article) < DRAGNET_MIN_ARTICLE:
            continue
        if skip:
            skip -= 1
            continue
        source = decode(raw)
        write(out, {
            "page": f"dragnet-{name}",
            "lang": language({}, article),
            "source": f"seomoz/dragnet_data {name}.html (AGPL-3.0)",
            "title": "",   # the person's text holds the title and byline, if kept
            "byline": "",
            "expected": article,
            "dumps": {d: dump(d, source) for d in DUMPERS},
        })
        kept += 1
        if kept == DRAGNET_PAGES:
            break
    print(f"{kept} pages written to {out}", file=sys.stderr)
    return 0


def recut_dragnet(root: pathlib.Path, out: pathlib.Path) -> int:
    """Each record in out with its expected text cut again from Corrected/ under root."""
    changed = 0
    for path in sorted(out.glob("dragnet-*.json.gz")):
        record = json.loads(gzip.decompress(path.read_bytes()))
        name = record["page"][len("dragnet-"):]
        article = article_of(decode((root / "Corrected" / f"{name}.html.corrected.txt").read_bytes()))
        if len(article) < DRAGNET_MIN_ARTICLE:  # the set's pages would be others: make it anew
            raise SystemExit(f"{record['page']}: article now under {DRAGNET_MIN_ARTICLE} characters")
        if article != record["expected"]:
            record["expected"] = article
            record["lang"] = language({}, article)
            write(out, record)
            changed += 1
    print(f"{changed} expected texts rewritten in {out}", file=sys.stderr)
    return 0


CLEANEVAL_WRAPPER = re.compile(r"\A\s*<text\b[^>]*>|</text>\s*\Z", re.IGNORECASE)
CLEANEVAL_MARK = re.compile(r"^\s*<(?:p|h|l)>", re.IGNORECASE | re.MULTILINE)


def cleaneval_article(gold: str) -> str:
    """CleanEval's gold text as paragraphs, one a line, without its marks and URL line."""
    gold = re.sub(r"\A\s*URL:[^\n]*\n", "", gold.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs = (" ".join(p.split()) for p in CLEANEVAL_MARK.split(gold))
    return "\n\n".join(p for p in paragraphs if p) + "\n"


def main_cleaneval(root: pathlib.Path) -> int:
    """The CleanEval set from its final test pages (input/ and GoldStandard/ under root)."""
    out = CLEANEVAL_OUT
    out.mkdir(parents=True, exist_ok=True)
    names = sorted((p.name[: -len(".txt")] for p in (root / "GoldStandard").glob("*.txt")),
                   key=lambda n: hashlib.sha1(f"cleaneval:{n}".encode()).hexdigest())
    kept = 0
    for name in names:
        page = root / "input" / f"{name}.html"
        if not page.exists():
            continue
        raw = page.read_bytes()
        article = cleaneval_article(decode((root / "GoldStandard" / f"{name}.txt").read_bytes()))
        if len(raw) > DRAGNET_MAX_SOURCE or len(article) < DRAGNET_MIN_ARTICLE:
            continue
        source = CLEANEVAL_WRAPPER.sub("", decode(raw))
        try:
            dumps = {d: dump(d, source) for d in DUMPERS}
        except subprocess.CalledProcessError:  # Debian's html2text gives up on a few pages
            print(name, "left out: a dumper failed", file=sys.stderr)
            continue
        write(out, {
            "page": f"cleaneval-{name}",
            "lang": language({}, article),
            "source": f"CleanEval final test set, page {name} (cleaneval.sigwac.org.uk)",
            "title": "",   # the annotators' text holds the headings they kept
            "byline": "",
            "expected": article,
            "dumps": dumps,
        })
        kept += 1
        if kept == DRAGNET_PAGES:
            break
    print(f"{kept} pages written to {out}", file=sys.stderr)
    return 0


def main(argv: list[str]) -> int:
    if argv[:2] == ["--source", "cleaneval"] and len(argv) == 3:
        return main_cleaneval(pathlib.Path(argv[2]))
    if argv[:1] == ["--source"]:
        sets = {(): 0, ("--next",): DRAGNET_PAGES, ("--third",): 2 * DRAGNET_PAGES,
                ("--fourth",): 3 * DRAGNET_PAGES}
        expected_only = argv[-1:] == ["--expected-only"]
        flags = tuple(argv[3:len(argv) - expected_only])
        if argv[1:2] != ["dragnet"] or len(argv) < 3 or flags not in sets:
            raise SystemExit("usage: make_web_set.py [--source dragnet DIR [--next|--third|--fourth]"
                             " [--expected-only] | --source cleaneval DIR | READABILITY]")
        return main_dragnet(pathlib.Path(argv[2]), sets[flags], expected_only)
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
        write(OUT, record)
        kept.append(page.name)
    print(f"{len(kept)} pages written to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
