"""Text set at a slant on a PDF page (a cover's title at 45 degrees, a stamp across a page), read
along its own baseline.

pdfplumber groups characters into words along the page's rows or columns; the letters of a line
set at a slant stand each on a row of their own, and came out one by one ("k n a n d", for
"Freies Wissen dank"). A character's text matrix gives its baseline's direction: where that is
neither across nor down the page, the characters are read in the order the PDF draws them, a run
going on while each one stands on the previous one's baseline, a little ahead of it. Each run is
one word of the page, placed at its first letter (so the rows read it where it begins), as wide
as the run.
"""
from __future__ import annotations

import math

# A baseline this far (as the sine of its angle) from both the page's rows and columns is slanted:
# about 6 degrees; a synthetic italic shears its letters, it does not turn its baseline.
SLANT = 0.1
# The next letter of a run: on the baseline (within this share of the type size across it) and
# ahead (no farther than this many type sizes along it); a gap wider than SPACE past the letter's
# advance is a word space.
ACROSS, AHEAD, SPACE = 0.5, 3.0, 0.25


def _direction(char: dict) -> tuple[float, float, float] | None:
    """(cos, sin, scale) of a character's baseline, or None where there is no matrix."""
    matrix = char.get("matrix")
    if not matrix:
        return None
    a, b = matrix[0], matrix[1]
    scale = math.hypot(a, b)
    return (a / scale, b / scale, scale) if scale else None


def slanted(obj: dict) -> bool:
    """Whether a page object is a character set on a slanted baseline."""
    if obj.get("object_type") != "char":
        return False
    direction = _direction(obj)
    return direction is not None and min(abs(direction[0]), abs(direction[1])) > SLANT


def slanted_words(chars: list[dict]) -> list[dict]:
    """The runs of slanted characters, in the order they are drawn, each as one word.

    Lengths are measured in the character's own size as pdfplumber gives it (its box's height);
    the step to the next letter, against the previous letter's advance (``adv``, times the
    matrix's scale), tells a word space."""
    runs: list[list[dict]] = []
    texts: list[str] = []
    last = None
    for char in chars:
        if not slanted(char):
            continue
        cos, sin, scale = _direction(char)
        e, f = char["matrix"][4], char["matrix"][5]
        if last is not None:
            pcos, psin, pscale, pe, pf, psize, padv = last
            along = (e - pe) * pcos + (f - pf) * psin
            across = abs(-(e - pe) * psin + (f - pf) * pcos)
            if abs(cos - pcos) + abs(sin - psin) < SLANT and across < ACROSS * psize and -ACROSS * psize < along < AHEAD * psize:
                if along - padv * pscale > SPACE * psize and not texts[-1].endswith(" ") and char["text"] != " ":
                    texts[-1] += " "
                runs[-1].append(char)
                texts[-1] += char["text"]
                last = (cos, sin, scale, e, f, char["size"], char.get("adv") or 0.0)
                continue
        runs.append([char])
        texts.append(char["text"])
        last = (cos, sin, scale, e, f, char["size"], char.get("adv") or 0.0)
    words = []
    for run, text in zip(runs, texts):
        text = " ".join(text.split())
        if not text:
            continue
        first = run[0]
        sizes = sorted(c["size"] for c in run)
        words.append({"text": text, "x0": min(c["x0"] for c in run), "x1": max(c["x1"] for c in run),
                      "top": first["top"], "bottom": first["bottom"], "size": round(sizes[len(sizes) // 2], 1),
                      "fontname": first.get("fontname", ""), "upright": True})
    return words
