"""Copy Apache PDFBox's text-extraction test PDFs, with their expected texts, into a fixture set.

Apache PDFBox keeps, in ``pdfbox/src/test/resources/input/`` of its repository, PDFs met in its
issue tracker together with the text its own extractor is expected to give for each
(``NAME.pdf.txt``, read in content-stream order; ``NAME.pdf-sorted.txt`` sorted by position).
Those are real third-party PDFs (office suites, TeX, PDF printers, forms, reduced pages of
users' files) with an expected text that cleantext's project did not write.

This script copies every PDF of that folder that has a ``NAME.pdf.txt`` into
tests/fixtures/pdf/pdfbox/ under its own name, the expected text byte for byte as
``NAME.expected.txt``, and writes manifest.json. Each PDF goes to the ``dev`` or the
``held-out`` half by the SHA-256 of its file name (even last hex digit: dev), a rule fixed before
any reader was run on the files. Run from the repository root, with a clone (or bare git
directory) of https://github.com/apache/pdfbox:

    python benchmarks/make_pdf_pdfbox.py GIT_DIR [--commit 89a917394c762257017c27e0cf5189605776aa57]

Needs only git.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "pdf" / "pdfbox"
FOLDER = "pdfbox/src/test/resources/input/"
COMMIT = "89a917394c762257017c27e0cf5189605776aa57"


def half(name: str) -> str:
    """The half a PDF belongs to, by the SHA-256 of its file name."""
    return "dev" if int(hashlib.sha256(name.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0 else "held-out"


def git(git_dir: str, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True).stdout


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("git_dir", help="a clone's .git directory, or a bare repository, of apache/pdfbox")
    parser.add_argument("--commit", default=COMMIT)
    args = parser.parse_args(argv)
    names = git(args.git_dir, "ls-tree", "--name-only", args.commit, FOLDER).decode("utf-8").split("\n")
    files = {name[len(FOLDER):] for name in names if name}
    OUT.mkdir(parents=True, exist_ok=True)
    manifest = []
    for name in sorted(files):
        if not name.endswith(".pdf") or f"{name}.txt" not in files:
            continue
        stem = name[:-len(".pdf")]
        (OUT / name).write_bytes(git(args.git_dir, "show", f"{args.commit}:{FOLDER}{name}"))
        (OUT / f"{stem}.expected.txt").write_bytes(git(args.git_dir, "show", f"{args.commit}:{FOLDER}{name}.txt"))
        manifest.append({"pdf": name, "expected": f"{stem}.expected.txt", "furniture": [],
                         "half": half(name), "source": f"{FOLDER}{name}"})
    (OUT / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {h: sum(1 for e in manifest if e["half"] == h) for h in ("dev", "held-out")}
    print(f"{len(manifest)} PDFs copied to {OUT.relative_to(ROOT)}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
