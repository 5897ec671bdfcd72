"""Rebuild the OCR test material of benchmarks/ocr/: public-domain prose typeset as page
images, degraded, read back by Tesseract; the source passage is the expected text.

    python benchmarks/make_ocr_fixtures.py SOURCES_DIR [--out benchmarks/ocr]

SOURCES_DIR holds the Project Gutenberg plain texts named in SOURCES (UTF-8 or Latin-1,
as Gutenberg ships them). Needs Pillow and the ``tesseract`` command (Debian: tesseract-ocr
5.3 with its English model) and the fonts named in FONTS (Debian: fonts-ebgaramond,
fonts-oldstandard, fonts-century-catalogue, fonts-goudybookletter, fonts-junicode,
fonts-linuxlibertine). The benchmark itself (benchmarks/ocr.py) reads only the text files
written here, so it does not need Tesseract.

Each page is a run of whole paragraphs (about 1,400 characters) from a seeded place in the
book, set in one of the subset's fonts at one of several resolutions, then rotated (skew),
blurred and given speckle noise. The historical subset keeps its 1653 spelling and is set
with the long s (ſ) where a printer of the time would use it; its expected text has the
round s, as transcriptions of such books usually do. Pages are split into a dev part and a
held-out part by a hash of their name, so the split never changes when pages are added.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = [Path("/usr/share/fonts/opentype"), Path("/usr/share/fonts/truetype")]

# subset -> (Gutenberg file, the paragraph where the author's text starts (after an
# editor's preface in modern spelling), pages, set with the long s)
SOURCES = {
    "nowhere-1890": ("3261.txt", "", 12, False),
    "sheppard-1839": ("16215-8.txt", "", 12, False),
    "angler-1653": ("9198-8.txt", "Pisc. ", 14, True),
}
FONTS = {
    "nowhere-1890": ["Century-Catalogue", "OldStandard-Regular", "GoudyBookletter1911"],
    "sheppard-1839": ["EBGaramond12-Regular", "LinLibertine_R"],
    "angler-1653": ["EBGaramond12-Regular", "JunicodeTwoBeta-Regular"],
}

# Scan conditions: dots per inch, blur radius (px at that resolution), noise (share of
# pixels flipped), skew in degrees. Chosen so Tesseract makes from a few to a few dozen
# errors a page, as on real scans of old print; the clean 300 dpi case is there too.
CONDITIONS = [
    (300, 0.0, 0.000, 0.0),
    (300, 1.2, 0.010, 0.6),
    (200, 0.9, 0.015, -0.8),
    (150, 0.7, 0.010, 1.2),
    (150, 1.0, 0.012, -0.4),
    (120, 0.6, 0.008, 0.3),
]
POINT_SIZE = 11
PAGE_CHARS = 1400
HELD_OUT_SHARE = 3  # one page in three, by hash

# Clean historical text for counting changes to correct old spellings: the book's own
# paragraphs (its OCR pages are drawn from the same book), up to this many characters.
CLEAN = {"angler-1653.txt": ("9198-8.txt", "Pisc. ", 90_000)}


def find_font(name: str) -> Path:
    for folder in FONT_DIRS:
        for path in folder.rglob(f"{name}.*"):
            if path.suffix in (".otf", ".ttf"):
                return path
    raise SystemExit(f"font {name!r} not found under {', '.join(map(str, FONT_DIRS))}: install it")


def read_book(path: Path, begin: str = "") -> list[str]:
    """The book's paragraphs from the first holding ``begin``, before Gutenberg's end line, unwrapped."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    text = text.replace("\r\n", "\n")
    start = re.search(r"\*\*\* ?START OF TH[EI]S? PROJECT GUTENBERG.*\n", text)
    end = re.search(r"\*\*\* ?END OF TH[EI]S? PROJECT GUTENBERG", text)
    body = text[start.end() if start else 0 : end.start() if end else len(text)]
    paragraphs = []
    for block in re.split(r"\n\s*\n", body):
        para = " ".join(block.split()).replace("_", "")
        # Prose only: no headings, notes, illustrations, verse or tables.
        if len(para) < 250 or "[" in para or "*" in para or "|" in para:
            continue
        if sum(c.isupper() for c in para) > 0.2 * sum(c.isalpha() for c in para):
            continue
        if "--" in para:
            para = para.replace("--", "\N{EM DASH}")
        if paragraphs or begin in para:
            paragraphs.append(para)
    return paragraphs


def pick_pages(paragraphs: list[str], count: int, seed: str) -> list[list[str]]:
    """``count`` runs of consecutive paragraphs, each about PAGE_CHARS long, not overlapping."""
    rng = random.Random(seed)
    starts = sorted(rng.sample(range(len(paragraphs)), min(count * 3, len(paragraphs))))
    pages, used = [], -1
    for first in starts:
        if first <= used:
            continue
        page, size, i = [], 0, first
        while i < len(paragraphs) and size < PAGE_CHARS:
            page.append(paragraphs[i])
            size += len(paragraphs[i])
            i += 1
        if size > 2 * PAGE_CHARS:  # one very long paragraph: cut at a sentence end
            cut = page[0].rfind(". ", PAGE_CHARS // 2, PAGE_CHARS) + 1 or PAGE_CHARS
            page = [page[0][:cut]]
        pages.append(page)
        used = i - 1
        if len(pages) == count:
            break
    return pages


LONG_S = re.compile(r"s(?=[a-z])(?![fb])")


def long_s(text: str) -> str:
    """Set s as ſ where 1650s printers did: not at a word's end, nor before f or b.

    >>> long_s("possesse his first houses")
    'poſſeſſe his firſt houſes'
    """
    return LONG_S.sub("\N{LATIN SMALL LETTER LONG S}", text)


def wrap(draw: ImageDraw.ImageDraw, para: str, font, width: int, indent: int) -> list[str]:
    lines, line = [], ""
    for word in para.split():
        trial = f"{line} {word}" if line else word
        room = width - (indent if not lines else 0)
        if line and draw.textlength(trial, font=font) > room:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def render(page: list[str], font_path: Path, dpi: int) -> Image.Image:
    scale = dpi / 72
    font = ImageFont.truetype(str(font_path), round(POINT_SIZE * scale))
    width, margin = round(6.0 * dpi), round(0.8 * dpi)
    text_width = width - 2 * margin
    scratch = ImageDraw.Draw(Image.new("L", (1, 1)))
    leading = round(POINT_SIZE * 1.35 * scale)
    indent = round(POINT_SIZE * 1.5 * scale)
    laid = []
    for para in page:
        for i, line in enumerate(wrap(scratch, para, font, text_width, indent)):
            laid.append((indent if i == 0 else 0, line))
    height = 2 * margin + leading * len(laid)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    y = margin
    for x, line in laid:
        draw.text((margin + x, y), line, font=font, fill=0)
        y += leading
    return image


def degrade(image: Image.Image, blur: float, noise: float, skew: float, rng: random.Random) -> Image.Image:
    if skew:
        image = image.rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor=255)
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        pixels = image.load()
        w, h = image.size
        for _ in range(int(w * h * noise)):
            x, y = rng.randrange(w), rng.randrange(h)
            pixels[x, y] = 0 if pixels[x, y] > 128 else 255
    return image


def tesseract(image: Image.Image, dpi: int) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.png"
        image.save(path, dpi=(dpi, dpi))
        done = subprocess.run(["tesseract", str(path), "stdout", "-l", "eng", "--dpi", str(dpi)],
                              capture_output=True, text=True, check=True)
    return done.stdout


def held_out(name: str) -> bool:
    return int(hashlib.sha256(name.encode()).hexdigest(), 16) % HELD_OUT_SHARE == 0


def write(path: Path, text: str) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sources", type=Path, help="folder with the Gutenberg texts")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "ocr")
    parser.add_argument("--only", action="append", choices=list(SOURCES), help="rebuild this subset only")
    args = parser.parse_args(argv)
    manifest = []
    if args.only and (args.out / "manifest.json").exists():
        kept = json.loads((args.out / "manifest.json").read_text(encoding="utf-8"))
        manifest = [page for page in kept if page["page"].split("/")[0] not in args.only]
    for subset, (filename, begin, count, with_long_s) in SOURCES.items():
        if args.only and subset not in args.only:
            continue
        source = args.sources / filename
        if not source.exists():
            print(f"{source}: missing; get Project Gutenberg's {filename}", file=sys.stderr)
            return 1
        folder = args.out / subset
        folder.mkdir(parents=True, exist_ok=True)
        fonts = [find_font(name) for name in FONTS[subset]]
        rng = random.Random(subset)
        for n, page in enumerate(pick_pages(read_book(source, begin), count, subset), 1):
            name = f"{subset}/p{n:02d}"
            dpi, blur, noise, skew = CONDITIONS[(n - 1) % len(CONDITIONS)]
            font = fonts[(n - 1) % len(fonts)]
            shown = [long_s(p) for p in page] if with_long_s else page
            image = degrade(render(shown, font, dpi), blur, noise, skew, rng)
            ocr = tesseract(image, dpi)
            write(folder / f"p{n:02d}.gold.txt", "\n\n".join(page) + "\n")
            write(folder / f"p{n:02d}.ocr.txt", ocr)
            manifest.append({"page": name, "font": font.stem, "dpi": dpi, "blur": blur, "noise": noise,
                             "skew": skew, "long_s": with_long_s,
                             "split": "held-out" if held_out(name) else "dev"})
            print(name, manifest[-1]["split"], font.stem, dpi, file=sys.stderr)
    manifest.sort(key=lambda page: page["page"])
    write(args.out / "manifest.json", json.dumps(manifest, indent=1) + "\n")
    (args.out / "clean").mkdir(exist_ok=True)
    for name, (filename, begin, limit) in CLEAN.items():
        text, size = [], 0
        for para in read_book(args.sources / filename, begin):
            if size + len(para) > limit:
                break
            text.append(para)
            size += len(para)
        write(args.out / "clean" / name, "\n\n".join(text) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
