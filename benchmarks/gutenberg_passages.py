"""Passages of a Project Gutenberg text for the PDF held-out sets (benchmarks/texts/gutenberg/).

The book's paragraphs of at least 300 characters, ASCII only, without "[" or "*" (illustration
notes), that hold a hyphenated compound, in order from each starting fraction of the book until
about 9,000 characters; "--" written as an em-dash, straight quotes made typographic, italics marks
(``_``) dropped. Passages are separated by a line ``* * *``. Run from the repository root:

    python benchmarks/gutenberg_passages.py BOOK.txt 0.2 0.45 0.7 > benchmarks/texts/gutenberg/NAME.txt
"""
from __future__ import annotations

import re
import sys


def paragraphs(path: str) -> list[str]:
    """The paragraphs between the Project Gutenberg header and footer, each on one line."""
    text = open(path, encoding="latin-1").read().replace("\r\n", "\n")
    start = text.find("\n", text.find("*** START"))
    end = text.find("*** END")
    return [" ".join(p.split()) for p in text[start:end if end >= 0 else None].split("\n\n") if p.strip()]


def typographic(par: str) -> str:
    par = par.replace("_", "").replace("--", "\u2014")
    par = re.sub(r'(^|[\s(\u2014])"', "\\1\u201c", par).replace('"', "\u201d")
    return re.sub(r"(^|[\s(\u2014\u201c])'", "\\1\u2018", par).replace("'", "\u2019")


def kept(par: str) -> bool:
    return len(par) >= 300 and par.isascii() and "[" not in par and "*" not in par \
        and re.search(r"[a-z]-[a-z]", par) is not None


def passage(pars: list[str], start: float, size: int = 9000) -> list[str]:
    out, n = [], 0
    for par in pars[int(len(pars) * start):]:
        if kept(par):
            out.append(typographic(par))
            n += len(par)
            if n >= size:
                break
    return out


if __name__ == "__main__":
    book = paragraphs(sys.argv[1])
    print("\n\n* * *\n\n".join("\n\n".join(passage(book, float(a))) for a in sys.argv[2:]))
