"""Glyph names pdfminer does not know, and glyphs that name no character at all.

A simple font without a ToUnicode map gives its characters by glyph names (its encoding's
``/Differences``); pdfminer reads them with the Adobe Glyph List, which lacks the names TeX's
math fonts use (cmsy's ``angbracketleft``, ``circlecopyrt``), and keeps the base encoding's
letter for such a code ("h" for a left angle bracket) or, where there is none, writes
"(cid:13)". The names below are those of TeX's glyph list (texglyphlist.txt, as poppler and
PDFBox read them too) that the Adobe Glyph List lacks; they are added to pdfminer's table where
it has no entry of its own, before a PDF is read. A glyph still without a character (a CID font
without ToUnicode) is left out of the text and counted, not written as "(cid:N)".
"""
from __future__ import annotations

import re

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
