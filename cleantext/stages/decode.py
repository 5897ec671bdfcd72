"""Bytes to text: strict UTF-8 first, a BOM decides UTF-16/32, anything else is guessed and checked."""
from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

from ..document import Document
from ..pipeline import stage


@dataclass
class Decoded:
    text: str
    encoding: str
    confidence: float
    invalid_bytes: int = 0


class UndecodableError(ValueError):
    """The input is not text (an image, a binary file) or no encoding makes sense of it."""


_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode_bytes(data: bytes) -> Decoded:
    """Decode bytes: valid UTF-8 is never guessed at; a BOM is trusted; the rest goes to charset-normalizer.

    >>> decode_bytes("naïve".encode("utf-8"))
    Decoded(text='naïve', encoding='utf-8', confidence=1.0, invalid_bytes=0)
    >>> decode_bytes("Привет, как дела? Всё хорошо, спасибо.".encode("cp1251")).text
    'Привет, как дела? Всё хорошо, спасибо.'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name), name, 1.0)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0)
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UndecodableError("no text encoding fits these bytes: is it a binary file?")
    return Decoded(str(best), best.encoding, round(1.0 - best.chaos, 3))


@stage("decode")
class Decode:
    """Turn the input bytes into numbered lines; record the encoding."""

    def __call__(self, doc: Document) -> Document:
        if doc.data is None:  # text was given, not bytes
            return doc
        decoded = decode_bytes(doc.data)
        doc.data = None
        doc.encoding, doc.encoding_confidence = decoded.encoding, decoded.confidence
        if decoded.invalid_bytes:
            doc.count("invalid_bytes", decoded.invalid_bytes)
        doc.set_text(decoded.text)
        return doc
