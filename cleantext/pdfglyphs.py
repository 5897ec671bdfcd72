"""Glyph names pdfminer does not know, and glyphs that name no character at all.

A simple font without a ToUnicode map gives its characters by glyph names (its encoding's
``/Differences``); pdfminer reads them with the Adobe Glyph List, which lacks the names TeX's
math fonts use (cmsy's ``angbracketleft``, ``circlecopyrt``), and keeps the base encoding's
letter for such a code ("h" for a left angle bracket) or, where there is none, writes
"(cid:13)". The names below are those of TeX's glyph list (texglyphlist.txt, as poppler and
PDFBox read them too) that the Adobe Glyph List lacks; they are added to pdfminer's table where
it has no entry of its own, before a PDF is read. A glyph still without a character (a CID font
without ToUnicode) is left out of the text and counted, not written as "(cid:N)".

TeX's older fonts (OT1) have no accented letters: an accent is a glyph of its own set over the
letter ("C´esar", "Thˆe´"); an accent over a letter's middle is put on that letter ("César",
"Thế"), as poppler and PDFBox do.
"""
from __future__ import annotations

import re
import unicodedata

TEX_GLYPHS = {
    "angbracketleft": "\u27e8", "angbracketright": "\u27e9", "circlecopyrt": "\u00a9",
    "visiblespace": "\u2423", "lscript": "\u2113", "prime": "\u2032", "owner": "\u220b",
    "mapsto": "\u21a6", "latticetop": "\u22a4", "turnstileleft": "\u22a2", "turnstileright": "\u22a3",
    "floorleft": "\u230a", "floorright": "\u230b", "ceilingleft": "\u2308", "ceilingright": "\u2309",
    "bardbl": "\u2016", "arrowbothv": "\u2195", "arrowdblbothv": "\u21d5", "arrownortheast": "\u2197",
    "arrowsoutheast": "\u2198", "arrownorthwest": "\u2196", "arrowsouthwest": "\u2199",
    "similarequal": "\u2243", "equivasymptotic": "\u224d", "lessmuch": "\u226a", "greatermuch": "\u226b",
    "follows": "\u227b", "diamondmath": "\u22c4", "circleminus": "\u2296", "circledivide": "\u2298",
    "circledot": "\u2299", "unionmulti": "\u228e", "unionsq": "\u2294", "intersectionsq": "\u2293",
    "subsetsqequal": "\u2291", "supersetsqequal": "\u2292", "wreathproduct": "\u2240",
    "coproduct": "\u2210", "triangle": "\u25b3", "triangleinv": "\u25bd", "Rfractur": "\u211c",
    "Ifractur": "\u2111",
}

# pdfminer's text for a glyph it found no character for
UNMAPPED = re.compile(r"^\(cid:\d+\)$")


def add_tex_glyph_names() -> None:
    """Teach pdfminer TeX's glyph names it lacks (never replacing a name it knows)."""
    from pdfminer.glyphlist import glyphname2unicode
    for name, char in TEX_GLYPHS.items():
        glyphname2unicode.setdefault(name, char)


def mapped(obj: dict) -> bool:
    """Whether a page object is anything but a character without a Unicode mapping (for
    pdfplumber's ``page.filter``)."""
    return not (obj.get("object_type") == "char" and UNMAPPED.match(obj.get("text", "")))


# spacing accents as fonts draw them over a letter, and the combining marks they stand for
ACCENTS = {"\u00b4": "\u0301", "`": "\u0300", "\u02c6": "\u0302", "\u00a8": "\u0308", "\u02dc": "\u0303",
           "\u00af": "\u0304", "\u02d8": "\u0306", "\u02d9": "\u0307", "\u02da": "\u030a", "\u00b8": "\u0327",
           "\u02c7": "\u030c", "\u02dd": "\u030b", "\u02db": "\u0328"}


def placed_accents(word: dict) -> dict:
    """A pdfplumber word (extracted with ``return_chars``) with each accent drawn over a letter's
    middle put on that letter, nearest the letter first; its ``chars`` taken out."""
    chars = word.pop("chars", None)
    if not chars or not any(char["text"] in ACCENTS for char in chars):
        return word
    letters = [char for char in chars if char["text"] not in ACCENTS and char["text"].isalpha()]
    marks: dict[int, list[dict]] = {}
    kept = []
    for char in chars:
        if char["text"] in ACCENTS:
            middle = (char["x0"] + char["x1"]) / 2
            base = next((letter for letter in letters if letter["x0"] < middle < letter["x1"]), None)
            if base is not None:
                marks.setdefault(id(base), []).append(char)
                continue
        kept.append(char)
    if marks:
        from pdfplumber.utils.text import LIGATURES
        word["text"] = unicodedata.normalize("NFC", "".join(
            LIGATURES.get(char["text"], char["text"])
            + "".join(ACCENTS[mark["text"]] for mark in sorted(marks.get(id(char), []), key=lambda m: -m["top"]))
            for char in kept))
    return word
