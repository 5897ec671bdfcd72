"""Make the newspaper set (benchmarks/web-newspaper/): pages from newspaper's tests as text dumpers write them.

The pages come from the test data of two releases of newspaper, a Python article extractor (both
MIT): AndyTheFactory/newspaper4k (`tests/data/html/NAME.html`, the page as saved, and
`tests/data/txt/NAME.txt`, the article text its tests expect the parser to take from it; its
title and authors in `tests/data/metadata/NAME.json`) and codelucas/newspaper, newspaper3k
(`tests/data/html/NAME.html` and `tests/data/text/NAME.txt`, the text its full-text tests compare
the parser's with; the non-English pages' text files are named by their language, "arabic.txt"
for "arabic_article.html"). The expected article is that text, a paragraph a line; the parser
leaves the title out, so the title is kept apart (newspaper4k's metadata, else the page's
og:title, else its first <h1>), as are the authors (newspaper4k's metadata). None of cleantext's
rule files was written for these sites, and no page of the set was looked at before it was made.

Left out: a page whose source is over 2 MB, whose article is under 500 characters (newspaper3k's
text files for pages the parser failed on hold a line of explanation, or nothing), whose page text
does not hold the opening (40 characters) of most (60%) of the article's paragraphs, a newspaper3k
page newspaper4k also holds (by its name, or the same article opening), a page of which a fifth of the article's
sentences are in an expected text of another web set (benchmarks/web*/), and a page a dumper fails
on. Each page goes through the same five dumpers as the other web sets (make_web_set.py), and its
language is langdetect's on the article (else the page's <html lang>).

Needs checkouts of AndyTheFactory/newspaper4k and codelucas/newspaper (read with git, so bare
clones will do), w3m, lynx, html2text (Debian's, 1.3), and the PyPI packages inscriptis, html2text
and langdetect. Run from the repository root:

    python benchmarks/make_web_newspaper.py PATH/TO/newspaper4k PATH/TO/newspaper

web.py reads it with `--set newspaper`, half the pages held out by a hash of their names.
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
from make_web_fundus import MAX_SOURCE, MIN_ARTICLE, MIN_MATCH, TAG, Repo, flat  # noqa: E402
from make_web_set import DUMPERS, ROOT, decode, dump, language, write  # noqa: E402

OUT = ROOT / "benchmarks" / "web-newspaper"
MAX_SEEN = 0.2   # share of a page's sentences another set's expected texts may hold
# newspaper3k's text files of the non-English pages, named by language.
RENAMED = {"arabic_article": "arabic", "chinese_article": "chinese", "japanese_article": "japanese",
           "japanese_article2": "japanese2", "spanish_article": "spanish", "thai_article": "thai",
           "cnn_article": "cnn"}
OG_TITLE = re.compile(r"""<meta[^>]+property=["']og:title["'][^>]*content=["']([^"']*)["']""", re.IGNORECASE)
HTML_LANG = re.compile(r"""<html[^>]*\slang=["']?([A-Za-z]+)""", re.IGNORECASE)
H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.IGNORECASE | re.DOTALL)


def article_of(text: str) -> str:
    """The parser's text as paragraphs, one a line."""
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")))
    return "\n\n".join(p for p in paragraphs if p) + "\n"


def match(article: str, page_text: str) -> float:
    """Share of the article's paragraphs whose first 40 characters the page's text holds."""
    paragraphs = [flat(p) for p in article.split("\n\n") if p.strip()]
    return sum(p[:40] in page_text for p in paragraphs) / len(paragraphs) if paragraphs else 0.0


def page_language(article: str, source: str) -> str:
    """langdetect's language of the article, else the page's <html lang> (langdetect knows no Burmese)."""
    import langdetect

    try:
        return language({}, article)
    except langdetect.lang_detect_exception.LangDetectException:
        found = HTML_LANG.search(source)
        return found.group(1).lower() if found else "und"


def page_title(source: str) -> str:
    """The page's og:title, else its first <h1>'s text."""
    found = OG_TITLE.search(source) or H1.search(source)
    return " ".join(html.unescape(TAG.sub(" ", found.group(1))).split()) if found else ""


def other_sentences() -> set[str]:
    """The sentences (as web.py's words) of every other web set's expected texts."""
    from web import main_snippets

    seen: set[str] = set()
    for data in sorted((ROOT / "benchmarks").glob("web*/")):
        if data == OUT:
            continue
        for path in data.glob("*.json.gz"):
            seen.update(main_snippets(json.loads(gzip.decompress(path.read_bytes()))["expected"]))
    return seen


def candidates(repo4k: Repo, repo3k: Repo):
    """(page name, source note, html bytes, expected text, title or None, byline) of both releases."""
    names = set(repo4k.names("tests/data"))
    for html_name in sorted(n for n in names if n.startswith("tests/data/html/")):
        stem = html_name.split("/")[-1][: -len(".html")]
        txt = f"tests/data/txt/{stem}.txt"
        if txt not in names:
            continue
        meta_name = f"tests/data/metadata/{stem}.json"
        meta = json.loads(repo4k.read(meta_name)) if meta_name in names else {}
        authors = meta.get("authors") or []
        if isinstance(authors, str):   # the metadata writes a list as its repr
            authors = re.findall(r"'([^']*)'", authors)
        yield (f"newspaper4k-{stem}", f"AndyTheFactory/newspaper4k {html_name}, {txt} (MIT)",
               repo4k.read(html_name), decode(repo4k.read(txt)), meta.get("title") or None,
               ", ".join(authors))
    newer = {n for n in names if n.startswith("tests/data/html/")}
    names = set(repo3k.names("tests/data"))
    for html_name in sorted(n for n in names if n.startswith("tests/data/html/")):
        stem = html_name.split("/")[-1][: -len(".html")]
        if html_name in newer:   # newspaper4k's copy of the page (and its newer text) is taken
            continue
        txt = f"tests/data/text/{RENAMED.get(stem, stem)}.txt"
        if txt not in names:
            continue
        yield (f"newspaper3k-{stem}", f"codelucas/newspaper {html_name}, {txt} (MIT)",
               repo3k.read(html_name), decode(repo3k.read(txt)), None, "")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        raise SystemExit("usage: make_web_newspaper.py PATH/TO/newspaper4k PATH/TO/newspaper")
    repo4k, repo3k = Repo(pathlib.Path(argv[0])), Repo(pathlib.Path(argv[1]))
    OUT.mkdir(parents=True, exist_ok=True)
    seen_elsewhere = other_sentences()
    openings: set[str] = set()
    kept = 0
    for page, note, raw, text, title, byline in candidates(repo4k, repo3k):
        article = article_of(text)
        if len(raw) > MAX_SOURCE or len(article) < MIN_ARTICLE:
            continue
        opening = flat(article)[:200]
        if opening in openings:
            print(page, "left out: the other release holds it", file=sys.stderr)
            continue
        source = decode(raw)
        if match(article, flat(html.unescape(TAG.sub(" ", source)))) < MIN_MATCH:
            print(page, "left out: the page does not hold the text", file=sys.stderr)
            continue
        from web import main_snippets

        sentences = main_snippets(article)
        if sentences and sum(s in seen_elsewhere for s in sentences) / len(sentences) > MAX_SEEN:
            print(page, "left out: another set holds it", file=sys.stderr)
            continue
        try:
            dumps = {d: dump(d, source) for d in DUMPERS}
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
            print(page, "left out: a dumper failed", file=sys.stderr)
            continue
        openings.add(opening)
        write(OUT, {
            "page": page,
            "lang": page_language(article, source),
            "source": note,
            "title": page_title(source) if title is None else title,
            "byline": byline,
            "expected": article,
            "dumps": dumps,
        })
        kept += 1
    print(f"{kept} pages written to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
