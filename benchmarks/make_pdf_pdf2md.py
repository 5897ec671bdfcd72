"""Copy pdf-to-markdown's example PDFs, with the text its converter gives for each, into a fixture set.

jzillmann/pdf-to-markdown (a converter built on pdf.js) keeps, in ``examples/`` of its
``modularize`` branch, real PDFs of several producers (office suites, Pages, book and report
publishers; English, German, French) with the Markdown its converter gives for each
(``NAME.md``: reading order, running heads and page numbers removed, line ends and line-end
hyphens kept as printed). ``examples/README.md`` names each PDF's source and licence (public
domain, Creative Commons BY, BY-SA, NC) except ``ExamplePdf.pdf``, which the repository's author
made himself. The Markdown is an expected text cleantext's project did not write.

This script copies every PDF of that folder of at most ``--max-bytes`` (700 000: the set stays a
few MB) that has a ``NAME.md`` into tests/fixtures/pdf/pdf2md/ under its own name, the Markdown
as plain text as ``NAME.expected.txt`` (``plain``: fence lines, heading marks, bold and
emphasis marks, list bullets, link targets and footnote brackets taken out; the words as they
are), the Markdown byte for byte as ``NAME.md``, and writes manifest.json with each PDF's
licence as the README gives it. Each PDF goes to the ``dev`` or the ``held-out`` half by the
SHA-256 of its file name (even last hex digit: dev), the rule of make_pdf_pdfbox.py, fixed before
any reader was run on the files. Run from the repository root, with a clone (or bare git
directory) of https://github.com/jzillmann/pdf-to-markdown:

    python benchmarks/make_pdf_pdf2md.py GIT_DIR [--commit 71b31c2fb5cd15fcb95810fc7aeccdd879e1fb6d]

Needs only git.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from make_pdf_pdfbox import git, half  # noqa: E402  (the same split by name, the same git reader)

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "pdf" / "pdf2md"
FOLDER = "examples/"
COMMIT = "71b31c2fb5cd15fcb95810fc7aeccdd879e1fb6d"  # branch modularize, 2024-06-16
MAX_BYTES = 700_000

FENCE = re.compile(r"^```\s*$")
HEADING = re.compile(r"^#{1,6} ")
BULLET = re.compile(r"^(\s*)[-*] ")
BOLD = re.compile(r"\*\*|__")
EMPHASIS = re.compile(r"(?<![\w_])_([^_\n]+?)_(?![\w_])")
LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
FOOTNOTE = re.compile(r"\[\^([^\]\n]+)\]:?")
# a row of the README's table: | [Name](Name.pdf) | source | author | licence |
ROW = re.compile(r"^\|\s*\[[^\]]*\]\(([^)]+\.pdf)\)\s*\|\s*([^|]*?)\s*\|\s*([^|]*?)\s*\|\s*([^|]*?)\s*\|")


def plain(markdown: str) -> str:
    """The converter's Markdown as plain text: its marks taken out, its words and lines kept."""
    lines = []
    for line in markdown.split("\n"):
        if FENCE.match(line):
            continue
        line = HEADING.sub("", line)
        line = BULLET.sub(r"\1", line)
        line = LINK.sub(r"\1", line)
        line = FOOTNOTE.sub(r"\1", line)
        line = BOLD.sub("", line)
        line = EMPHASIS.sub(r"\1", line)
        lines.append(line)
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("git_dir", help="a clone's .git directory, or a bare repository, of jzillmann/pdf-to-markdown")
    parser.add_argument("--commit", default=COMMIT)
    parser.add_argument("--max-bytes", type=int, default=MAX_BYTES)
    args = parser.parse_args(argv)
    listing = git(args.git_dir, "ls-tree", "-l", args.commit, FOLDER).decode("utf-8").split("\n")
    sizes = {}
    for row in filter(None, listing):
        meta, path = row.split("\t", 1)
        size = meta.split()[3]
        if size.isdigit():  # a copy whose largest files are absent lists them without a size
            sizes[path[len(FOLDER):]] = int(size)
    readme = git(args.git_dir, "show", f"{args.commit}:{FOLDER}README.md").decode("utf-8")
    licences = {m.group(1): {"source": m.group(2), "author": m.group(3), "licence": m.group(4)}
                for m in map(ROW.match, readme.split("\n")) if m}
    OUT.mkdir(parents=True, exist_ok=True)
    manifest = []
    for name in sorted(sizes):
        stem = name[:-len(".pdf")]
        if not name.endswith(".pdf") or f"{stem}.md" not in sizes or sizes[name] > args.max_bytes:
            continue
        markdown = git(args.git_dir, "show", f"{args.commit}:{FOLDER}{stem}.md")
        (OUT / name).write_bytes(git(args.git_dir, "show", f"{args.commit}:{FOLDER}{name}"))
        (OUT / f"{stem}.md").write_bytes(markdown)
        (OUT / f"{stem}.expected.txt").write_text(plain(markdown.decode("utf-8")), encoding="utf-8")
        about = licences.get(name, {"source": "made by the repository's author", "author": "Johannes Zillmann",
                                    "licence": "AGPL-3.0 (the repository's)"})
        manifest.append({"pdf": name, "expected": f"{stem}.expected.txt", "furniture": [],
                         "half": half(name), "source": f"{FOLDER}{name}", **about})
    (OUT / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {h: sum(1 for e in manifest if e["half"] == h) for h in ("dev", "held-out")}
    print(f"{len(manifest)} PDFs copied to {OUT.relative_to(ROOT)}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
