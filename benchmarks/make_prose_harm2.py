"""Make the second clean-text set of the do-no-harm benchmark (benchmarks/prose_harm.py --set two).

Its texts are of other kinds than the first set's: a software manual, school readers in French,
poems in Dutch, an opera libretto in German and English, Latin plays, folk tales, recitations, a
jest book of verses, a book on oratory, an Internet standard, design documents in Markdown (one in
five languages) and encyclopedia abstracts. Each comes from a public git repository, read from a
local clone (its git directory); nothing is stored here but this list:

    python benchmarks/make_prose_harm2.py MIRRORS OUT

MIRRORS holds one git directory per repository, at MIRRORS/OWNER+NAME/repo (a bare clone or a
clone's .git); OUT receives one text file per source. A book longer than CAP characters keeps its
first CAP characters, cut at a blank line (its title page stays: title pages are part of what a
corpus builder feeds). Files in ISO-8859-1 are read as such and written in UTF-8.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

CAP = 150_000

# (output name, repository, path in it, encoding, cap)
BOOKS = [
    ("pg-debian-guide-6527.txt", "GITenberg/Debian-GNULinux-Guide-to-Installation-and-Usage_6527", "6527.txt", "latin-1"),
    ("pg-entre-nous-fr-44157.txt",
     "GITenberg/Entre-Nous--13-Lectures-fran-aises---l-usage-des--coles-primaires---I_44157", "44157-0.txt", "utf-8"),
    ("pg-ontboezemingen-nl-24675.txt", "GITenberg/Ontboezemingen_24675", "24675-8.txt", "latin-1"),
    ("pg-flying-dutchman-de-en-31963.txt",
     "GITenberg/The-Flying-Dutchman--Der-Fliegende-Hollaender---Romantic-Opera-in-Three-Acts_31963", "31963-0.txt",
     "utf-8"),
    ("pg-two-latin-plays-31894.txt", "GITenberg/Two-Latin-Plays-for-High-School-Students_31894", "31894-0.txt", "utf-8"),
    ("pg-passamaquoddy-folk-lore-17997.txt", "GITenberg/Contribution-to-Passamaquoddy-Folk-Lore_17997", "17997-8.txt",
     "latin-1"),
    ("pg-arbor-day-leaves-17645.txt",
     "GITenberg/Arbor-Day-LeavesReadings-Recitations-Music-and-General-Information_17645", "17645-8.txt", "latin-1"),
    ("pg-merry-thought-20535.txt",
     "GITenberg/The-Merry-Thought--or-the-Glass-Window-and-Bog-House-MiscellanyParts-2-3-and-4_20535", "20535-0.txt",
     "utf-8"),
    ("pg-delsarte-oratory-12200.txt", "GITenberg/Delsarte-System-of-Oratory_12200", "12200-0.txt", "utf-8"),
]
RUST_RFCS = "rust-lang/rfcs"
RUST_RFC_FILES = [
    "text/0002-rfc-process.md",
    "text/0505-api-comment-conventions.md",
    "text/1105-api-evolution.md",
    "text/1122-language-semver.md",
    "text/2094-nll.md",
    "text/3392-leadership-council.md",
    "text/3392-leadership-council/Leadership-Council-RFCja.md",
    "text/3392-leadership-council/Leadership-Council-RFCko.md",
    "text/3392-leadership-council/Leadership-Council-RFCru-RU.md",
    "text/3392-leadership-council/Leadership-Council-RFCzh-Hans.md",
]
IETF = ("kjgrahn/allergy", "rfc2616.txt")
WIKI = "chinapedia/wikipedia.abstract.en"
WIKI_SHARE = 400  # one abstract in WIKI_SHARE, chosen by a hash of its file name
IMAGE_LEAD = re.compile(r"^\S+\.(?:png|jpe?g|svg|gif|tiff?)\s+", re.I)
PAGE_FOOT = re.compile(r"^.*\[Page \d+\]\s*$")
PAGE_HEAD = re.compile(r"^RFC \d+ .* (?:19|20)\d\d\s*$")


def git_dir(mirrors: Path, repo: str) -> Path:
    base = mirrors / repo.replace("/", "+") / "repo"
    return base / ".git" if (base / ".git").is_dir() else base


def show(mirrors: Path, repo: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(git_dir(mirrors, repo)), "show", f"HEAD:{path}"],
                          check=True, capture_output=True).stdout


def cap(text: str, size: int = CAP) -> str:
    text = text.replace("\r\n", "\n")
    if len(text) <= size:
        return text
    cut = text.rfind("\n\n", 0, size)
    return text[:cut if cut > 0 else size] + "\n"


def gutenberg_body(text: str) -> str:
    """The book without its Project Gutenberg header and licence (kept: its own title page)."""
    text = text.replace("\r\n", "\n")
    start = re.search(r"^\*\*\* ?START OF (THE|THIS) PROJECT GUTENBERG.*$", text, re.M | re.I)
    if start:
        text = text[start.end():]
    end = re.search(r"^(\*\*\* ?END OF (THE|THIS) PROJECT GUTENBERG|End of (the )?Project Gutenberg).*$",
                    text, re.M | re.I)
    if end:
        text = text[:end.start()]
    return text.strip("\n") + "\n"


def rfc_without_pages(text: str) -> str:
    """An RFC's text without its page furniture (the form feed, the running head and foot)."""
    kept = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = line.replace("\f", "")
        if PAGE_FOOT.match(line) or PAGE_HEAD.match(line):
            continue
        kept.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept))


def main(argv: list[str]) -> int:
    mirrors, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, repo, path, encoding in BOOKS:
        text = show(mirrors, repo, path).decode(encoding)
        (out / name).write_text(cap(gutenberg_body(text)), encoding="utf-8")
    for path in RUST_RFC_FILES:
        name = "rust-rfc-" + path.split("/")[-1]
        (out / name).write_text(cap(show(mirrors, RUST_RFCS, path).decode("utf-8")), encoding="utf-8")
    (out / "ietf-rfc2616.txt").write_text(cap(rfc_without_pages(show(mirrors, *IETF).decode("latin-1"))),
                                          encoding="utf-8")
    names = subprocess.run(["git", "--git-dir", str(git_dir(mirrors, WIKI)), "ls-tree", "-r", "--name-only", "HEAD"],
                           check=True, capture_output=True, text=True).stdout.splitlines()
    chosen = [n for n in sorted(names) if n.endswith(".md")
              and int(hashlib.sha256(n.encode("utf-8")).hexdigest(), 16) % WIKI_SHARE == 0]
    abstracts = []
    for path in chosen:
        text = show(mirrors, WIKI, path).decode("utf-8").strip()
        text = IMAGE_LEAD.sub("", text)
        if len(text) >= 200:
            abstracts.append(text)
    (out / "wikipedia-abstracts-en.md").write_text(cap("\n\n".join(abstracts) + "\n", 2 * CAP), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
