"""Turn the bytes of a file into text, in the encoding they were really written in."""

from __future__ import annotations

import codecs
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..pdf import PdfError, is_pdf, read_pdf
from ..chars import letter_script
from ..document import Document
from .base import stage


@dataclass
class Decoded:
    """Decoded text, the encoding it came from and how sure we are of it.

    Line ends are kept as decoded; a later stage normalises them.
    """

    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16-le", "windows-1256", "mixed", ...
    confidence: float  # 1.0 for strict UTF-8 and for a byte order mark
    invalid_bytes: int = 0  # bytes replaced with U+FFFD, counted, never dropped


class UndecodableError(ValueError):
    """The input is not text in any encoding we know (an image, a PDF, random bytes)."""


# Byte order marks, longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]

# File signatures of formats that are not text; the message names the format so
# the user knows to extract the text first.
MAGIC = [
    (b"%PDF-", "a PDF document (extract its text first, e.g. with pdftotext)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a DOCX/ODT/EPUB file; extract its text first)"),
    (b"\x1f\x8b", "a gzip-compressed file (decompress it first)"),
    (b"\x7fELF", "an executable (ELF) file"),
    (b"%!PS", "a PostScript document"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
]

# Legacy encodings always weighed, besides charset-normalizer's own candidates,
# in order of preference: when two decode to the same text the first is named.
LEGACY = [
    "windows-1252", "iso-8859-15", "windows-1250", "iso-8859-2", "mac-roman", "cp437",
    "windows-1251", "koi8-r", "koi8-u", "iso-8859-5", "cp866", "mac-cyrillic",
    "windows-1253", "iso-8859-7", "windows-1254", "iso-8859-9",
    "windows-1256", "iso-8859-6", "windows-1255", "iso-8859-8",
    "iso-8859-1",
]

# Latin letters that are rare in every language written in a Western code page
# but are what curly quotes, dashes or other alphabets' letters turn into
# when read in the wrong one ("ìmajorî", "Ýstanbul", "námìstí").
RARE_LATIN = set("ìîïòÌÎÏÒÙÛÝþÞðÐÿªºµ¿¡ũŨėĖīĪţŢ")
# Letters of one language only (Slovak ľ ĺ ŕ ť), which a neighbouring code
# page puts where the common ž š ś ź stand: a slight cost tips the balance.
UNCOMMON_LATIN = set("ľĽĺĹŕŔťŤđĐ")

# Signs that prose does use, and signs it seldom uses (printers' marks), which
# are what letters of another code page become.
COMMON_SIGNS = set("€£$%©®°™№")
FRACTIONS = set("½¼¾²³¹")
ODD_PUNCTUATION = set("†‡‰‹›¶¦ƒ")

# Encodings charset-normalizer may propose that are seldom the right answer
# for a text file; they must read clearly better to win.
EXOTIC_COST = 0.02

# Control characters that ordinary text files contain.
TEXT_CONTROLS = set("\t\n\r\f\v\x1b")
CONTROL_BYTES = bytes(b for b in range(32) if chr(b) not in TEXT_CONTROLS)

WORD = regex.compile(r"\w+")
# A lower-case letter followed by an upper-case one inside a word: what Cyrillic
# text looks like in the wrong one of KOI8/Windows-1251, which swap the cases.
CASE_FLIP = regex.compile(r"\p{Ll}\p{Lu}")
# A combining mark with no letter to sit on: an Arabic vowel sign torn from
# its word is a byte of some other alphabet.
LONE_MARK = regex.compile(r"(?<![\p{L}\p{M}])\p{M}")
# A letter between digits ("2022Đ2023"): a dash in another code page.
DIGIT_WEDGED = regex.compile(r"(?<=\d)[^\p{ASCII}\P{L}](?=\d)")
# A lone accented letter stuck to punctuation ("forces.Ó", "Ukraine.Ê"): a
# closing quote or a no-break space in another code page.
PUNCT_GLUED = regex.compile(r"(?<=[.,;:!?])[^\p{ASCII}\P{L}]+(?=\s|$)|(?<=^|\s)[^\p{ASCII}\P{L}](?=[.,;:!?])")
# A symbol or sign wedged between two letters ("Za¿ó³æ"): a letter of one
# code page read in another. Apostrophes, hyphens, dashes, the middle dot and
# the (zero-width) joiners legitimately sit between letters.
WEDGED = regex.compile(
    r"(?<=\p{L})[^\p{L}\p{M}\s\p{ASCII}\u2018\u2019\u02bc\u00b7\u200c\u200d\u2010-\u2014\u00ad](?=\p{L})"
)


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data``: UTF-8 when it is valid, else the BOM, the NUL pattern, or a checked guess.

    Valid UTF-8 is never second-guessed, so a clean UTF-8 file cannot be
    damaged here. A legacy guess is checked against the letters it produces:
    the candidate whose text reads most like one script wins.

    >>> decode_bytes("Salâm, Kabul".encode("utf-8"))
    Decoded(text='Salâm, Kabul', encoding='utf-8', confidence=1.0, invalid_bytes=0)
    >>> decode_bytes(b"\\xef\\xbb\\xbfhi").encoding
    'utf-8-sig'
    >>> decode_bytes("hello".encode("utf-16-le")).encoding   # no BOM: the NULs tell
    'utf-16-le'
    >>> decode_bytes("Привет, как дела?".encode("koi8-r")).text
    'Привет, как дела?'
    >>> decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    Traceback (most recent call last):
    ...
    cleantext.stages.decode.UndecodableError: input looks like a PNG image, not text
    """
    if not data:
        return Decoded("", "utf-8", 1.0)
    # Signatures, BOMs and NULs are looked at before the UTF-8 fast path:
    # PDF headers and ASCII text in UTF-16 are valid UTF-8 too.
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise UndecodableError(f"input looks like {what}, not text")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            # "utf-8-sig" drops its mark itself; the others are told where it ends.
            body = data if encoding == "utf-8-sig" else data[len(bom):]
            return _decode_counting(body, encoding, 1.0)
    if b"\x00" in data and not _stray_nuls(data):
        wide = _decode_wide(data)
        if wide is not None:
            return wide
        nuls = data.count(0)
        if nuls > max(2, len(data) // 100):
            raise UndecodableError(
                f"input looks like binary data: {nuls} NUL bytes of {len(data)}, "
                "not in the pattern of UTF-16 or UTF-32 text; if it is text, convert it to UTF-8 first"
            )
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0)
    except UnicodeDecodeError:
        pass
    controls = len(data) - len(data.translate(None, CONTROL_BYTES))
    if controls > max(2, len(data) // 50):
        raise UndecodableError(
            f"input looks like binary data: {controls} control bytes of {len(data)}; "
            "if it is text, convert it to UTF-8 first"
        )
    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed
    return _decode_legacy(data)


def _decode_counting(data: bytes, encoding: str, confidence: float) -> Decoded:
    """Decode with U+FFFD for bad bytes, and count them instead of hiding them.

    >>> _decode_counting(b"caf\\xe9 \\xff ok", "utf-8", 0.9)
    Decoded(text='caf\ufffd \ufffd ok', encoding='utf-8', confidence=0.9, invalid_bytes=2)
    """
    try:
        return Decoded(data.decode(encoding), encoding, confidence)
    except UnicodeDecodeError:
        pass
    _COUNT.bad = 0
    text = data.decode(encoding, errors="cleantext-count")
    return Decoded(text, encoding, confidence, _COUNT.bad)


# The error handler counts into a per-thread slot: codecs handlers are global.
_COUNT = threading.local()


def _count_and_replace(err: UnicodeDecodeError) -> tuple[str, int]:
    _COUNT.bad = getattr(_COUNT, "bad", 0) + err.end - err.start
    return "\N{REPLACEMENT CHARACTER}", err.end


codecs.register_error("cleantext-count", _count_and_replace)


def _stray_nuls(data: bytes) -> bool:
    """Whether the NULs in ``data`` are strays in UTF-8 text rather than the pattern of UTF-16.

    ASCII text in UTF-16 has a NUL in nearly every pair, and other scripts there give control
    bytes (Cyrillic's 0x04) or bytes UTF-8 refuses: UTF-8 without other controls whose NULs are
    a quarter of the bytes or fewer (or, of odd length, at most half its pairs plus one) is text
    with stray NULs. In a short text one NUL is a tenth of the pairs, and
    "Hi\\0there" read as UTF-16 was "\\u4869t\\u6568\\u6572".

    >>> _stray_nuls(b"Hi\\x00there"), _stray_nuls("Hi there".encode("utf-16-le"))
    (True, False)
    """
    n, nuls = len(data), data.count(0)
    if not (nuls * 4 <= n or (n % 2 and nuls * 2 <= n // 2 + 1)):
        return False
    if data.translate(None, CONTROL_BYTES[1:]) != data:  # controls besides NUL
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_wide(data: bytes) -> Decoded | None:
    """Recognise UTF-32 or UTF-16 without a BOM from where the NUL bytes fall.

    In UTF-32 one byte of every four is always NUL (no code point needs it);
    in UTF-16 the NULs of ASCII spaces, digits and punctuation all fall on one
    side of each pair, even in Cyrillic or Arabic text.

    >>> _decode_wide("Сәлем".encode("utf-32-be")).encoding
    'utf-32-be'
    >>> _decode_wide("a b".encode("utf-16-be")).text
    'a b'
    >>> _decode_wide(b"ab\\x00\\x00\\x00cd") is None
    True
    """
    n = len(data)
    if n >= 4 and n % 4 == 0:
        for encoding, always in (("utf-32-le", 3), ("utf-32-be", 0)):
            if not any(data[always::4]):
                decoded = _strict_plausible(data, encoding)
                if decoded is not None:
                    return decoded
    pairs = n // 2
    if pairs == 0:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for encoding, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # Most text has a space or digit every few characters; demand a
        # tenth of the pairs, and (almost) none on the other side.
        if zeros >= max(1, pairs // 10) and other <= zeros // 50:
            usable = data if n % 2 == 0 else data[:-1]
            decoded = _strict_plausible(usable, encoding)
            if decoded is not None:
                if n % 2:
                    decoded.text += "\N{REPLACEMENT CHARACTER}"
                    decoded.invalid_bytes = 1
                return decoded
    return None


def _strict_plausible(data: bytes, encoding: str) -> Decoded | None:
    """Decode strictly and accept only text without stray controls or unassigned code points."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    odd = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs")
              and ch not in TEXT_CONTROLS)
    if odd > len(text) // 100:
        return None
    return Decoded(text, encoding, 0.95)


def _decode_mixed(data: bytes) -> Decoded | None:
    """Decode a file whose lines come in two encodings, or UTF-8 with a few damaged bytes.

    Two sources concatenated: lines that are valid UTF-8 and hold non-ASCII
    text are taken as UTF-8; the rest are decoded together with one legacy
    guess, which is surer than a guess per line. A line that is UTF-8 but
    for a byte or two (a cut file, a flipped bit) stays UTF-8, and its bad
    bytes are counted.

    >>> data = "Ваш заказ готов\\n".encode("utf-8") + "Ваш заказ готов\\n".encode("cp1251")
    >>> d = _decode_mixed(data)
    >>> d.encoding, d.text
    ('mixed', 'Ваш заказ готов\\nВаш заказ готов\\n')
    >>> _decode_mixed("Ваш заказ\\n".encode("cp1251")) is None   # one encoding only
    True
    >>> d = _decode_mixed("Ваш заказ готов".encode("utf-8")[:-1])   # cut mid-letter
    >>> d.text, d.encoding, d.invalid_bytes
    ('Ваш заказ гото\ufffd', 'utf-8', 1)
    """
    lines = data.splitlines(keepends=True)
    texts: dict[int, str] = {}
    legacy, utf8, invalid = [], 0, 0
    for i, line in enumerate(lines):
        try:
            texts[i] = line.decode("utf-8")
            utf8 += not line.isascii()
            continue
        except UnicodeDecodeError:
            pass
        damaged = _decode_counting(line, "utf-8", 0.0)
        multibyte = sum(1 for ch in damaged.text if not ch.isascii() and ch != "\ufffd")
        if multibyte >= max(2, 3 * damaged.invalid_bytes):
            texts[i] = damaged.text
            invalid += damaged.invalid_bytes
            utf8 += 1
        else:
            legacy.append(i)
    if not utf8:
        return None
    if not legacy:
        return Decoded("".join(texts[i] for i in range(len(lines))), "utf-8", 0.9, invalid)
    guess = _decode_legacy(b"".join(lines[i] for i in legacy))
    parts = guess.text.splitlines(keepends=True)
    if len(parts) != len(legacy):
        # A legacy encoding with other line breaks (e.g. U+0085 in Latin-1): decode per line.
        parts = [_decode_legacy(lines[i]).text for i in legacy]
    texts.update(zip(legacy, parts))
    confidence = min(guess.confidence, 0.9)
    return Decoded("".join(texts[i] for i in range(len(lines))), "mixed", confidence,
                   invalid + guess.invalid_bytes)


def _decode_legacy(data: bytes) -> Decoded:
    """Pick the legacy encoding whose text reads best, among charset-normalizer's candidates and ours.

    >>> _decode_legacy("Zażółć gęślą jaźń".encode("cp1250")).text
    'Zażółć gęślą jaźń'
    >>> _decode_legacy("Ελληνικά γράμματα".encode("iso-8859-7")).text
    'Ελληνικά γράμματα'
    """
    import charset_normalizer   # imported here: text that is UTF-8 or arrives decoded never needs it

    sample = _sample(data)
    candidates: dict[str, tuple[str, str]] = {}  # name -> (codec, sample text)
    for match in charset_normalizer.from_bytes(sample, threshold=0.5):
        name = _canonical(match.encoding)
        text = str(match)
        if name and text and name not in candidates:
            candidates[name] = (match.encoding, text)
    for encoding in LEGACY:
        if encoding not in candidates:
            try:
                candidates[encoding] = (encoding, sample.decode(encoding))
            except UnicodeDecodeError:
                continue
    ranked = []
    for order, (encoding, (codec, text)) in enumerate(candidates.items()):
        prior = LEGACY.index(encoding) if encoding in LEGACY else len(LEGACY)
        score = implausibility(text) + (EXOTIC_COST if encoding not in LEGACY else 0.0)
        ranked.append((score, prior, order, encoding, codec, text))
    if not ranked:
        # Latin-1 decodes every byte; we only get here if charset-normalizer
        # and all our encodings failed, which means binary data.
        raise UndecodableError("input is not text in any known encoding")
    ranked.sort()
    best, _, _, encoding, codec, text = ranked[0]
    if best > 0.5:
        raise UndecodableError(
            f"input looks like binary or random data: no encoding gives readable text "
            f"(best guess {encoding} reads {best:.0%} implausible)"
        )
    runner_up = next((r[0] for r in ranked[1:] if r[5] != text), best + 1.0)
    # Sure when the winner reads clean and the next different reading is
    # clearly odder, per non-ASCII character (where the readings differ).
    foreign = max(1, sum(1 for ch in text if not ch.isascii()))
    margin = (runner_up - best) * len(text) / foreign
    confidence = (0.5 + 0.49 * min(1.0, margin)) * (1.0 - min(0.5, best * 4))
    decoded = _decode_counting(data, codec, round(confidence, 2))
    decoded.encoding = encoding
    return decoded


# Bytes of non-ASCII lines weighed when guessing: enough to tell code pages
# apart, few enough that a large file is guessed as fast as a small one.
SAMPLE_BYTES = 32_000


def _sample(data: bytes) -> bytes:
    """The lines that hold non-ASCII bytes, up to SAMPLE_BYTES: ASCII reads alike in every candidate.

    >>> _sample(b"plain\\ncaf\\xe9\\n")
    b'caf\\xe9\\n'
    """
    if len(data) <= SAMPLE_BYTES:
        lines = [line for line in data.splitlines(keepends=True) if not line.isascii()]
        return b"".join(lines) or data
    kept, size = [], 0
    for line in data.splitlines(keepends=True):
        if not line.isascii():
            kept.append(line[:SAMPLE_BYTES])
            size += len(kept[-1])
            if size >= SAMPLE_BYTES:
                break
    return b"".join(kept) or data[:SAMPLE_BYTES]


@lru_cache(maxsize=None)
def _canonical(name: str) -> str:
    """Name a Python codec the way the web names it ("cp1256" -> "windows-1256")."""
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return ""
    if codec.startswith("cp125"):
        return "windows-" + codec[2:]
    if codec.startswith("iso8859-"):
        return "iso-" + codec[3:]
    return {"latin-1": "iso-8859-1", "koi8-r": "koi8-r", "mac-roman": "mac-roman"}.get(codec, codec)


# The commonest letters of each small alphabet (Russian, Ukrainian, Bulgarian,
# Greek). In real text most letters come from this set; a Greek code page read
# as a Cyrillic one gives letters that are all present but mostly rare ones.
COMMON = {
    "Cyrl": set("оеаинтсрвлкмдпуяьіг"),
    "Grek": set("αοιετσνηυρπκμλωάέίόήςγδ"),
}


@lru_cache(maxsize=4096)
def _char_cost(ch: str) -> float:
    """How odd one character is in running text (0 = ordinary)."""
    if ch in TEXT_CONTROLS or ch == " ":
        return 0.0
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cn", "Co", "Cs"):
        return 3.0  # controls and unassigned code points: never in clean text
    if "\u2500" <= ch <= "\u259f":
        return 2.0  # box drawing and blocks: what a wrong DOS code page gives
    if ch in COMMON_SIGNS:
        return 0.0
    if ch in FRACTIONS:
        return 0.3
    if cat in ("So", "Sk", "Sm", "Sc", "No") or ch in ODD_PUNCTUATION:
        return 1.0  # ¤ ¦ ¨ ´ ¸ ± ¬ † ‡ and such: rare in prose, common in wrong guesses
    if ch in RARE_LATIN:
        return 0.7
    if ch in UNCOMMON_LATIN:
        return 0.2
    if cat in ("Lm", "Mn", "Lo") and letter_script(ch) == "Latn":
        return 0.5
    return 0.0


def implausibility(text: str) -> float:
    """Score how unlike ordinary writing ``text`` is, per character (0 = reads fine).

    Wrong guesses betray themselves by odd symbols and box drawing, by words
    that mix scripts, by case flipping inside words (KOI8 read as
    Windows-1251) and by Latin words made mostly of accented letters
    (Cyrillic read as Windows-1252).

    >>> implausibility("Привет, как дела?")
    0.0
    >>> implausibility("рТЙЧЕФ, ЛБЛ ДЕМБ?") > 0.1      # KOI8-R read as Windows-1251
    True
    >>> implausibility("Ïðèâåò, êàê äåëà?") > 0.1      # Windows-1251 read as Windows-1252
    True
    """
    if not text:
        return 0.0
    cost = sum(_char_cost(ch) for ch in text if not ch.isascii())
    cost += 3.0 * sum(1 for ch in text if ch < " " and ch not in TEXT_CONTROLS)
    cost += 2.0 * len(WEDGED.findall(text)) + 2.0 * len(LONE_MARK.findall(text))
    cost += 2.0 * len(DIGIT_WEDGED.findall(text)) + len(PUNCT_GLUED.findall(text))
    letters = 0
    for word in WORD.findall(text):
        letters += len(word)
        if word.isascii():
            continue
        scripts = {letter_script(ch) for ch in word if ch.isalpha()}
        if len(scripts) > 1:
            cost += len(word)
        cost += 2.0 * len(CASE_FLIP.findall(word))
        if scripts == {"Latn"} and len(word) >= 2:
            accented = sum(1 for ch in word if not ch.isascii())
            if accented * 5 >= len(word) * 4:
                cost += accented
    found = Counter(letter_script(ch) for ch in text.lower() if not ch.isascii() and ch.isalpha())
    for script, common in COMMON.items():
        if found[script] >= 8:
            share = sum(1 for ch in text.lower() if ch in common) / found[script]
            cost += max(0.0, 0.6 - share) * 4 * found[script]
    if letters * 4 < len(text):
        cost += 0.2 * len(text)  # prose is mostly letters
    return cost / len(text)


# --- the stage -------------------------------------------------------------


@stage("decode")
class Decode:
    """Turn the input bytes into numbered lines; record the encoding and any bytes that did not decode."""

    def __call__(self, doc: Document) -> Document:
        if doc.data is None:  # text was given, not bytes
            return doc
        if is_pdf(doc.data):
            return self._pdf(doc)
        decoded = decode_bytes(doc.data)
        doc.data = None
        doc.encoding, doc.encoding_confidence = decoded.encoding, decoded.confidence
        if decoded.invalid_bytes:
            doc.count("invalid_bytes", decoded.invalid_bytes)
            doc.warnings.append(f"{decoded.invalid_bytes} bytes could not be decoded and became U+FFFD")
        doc.set_text(decoded.text)
        return doc

    def _pdf(self, doc: Document) -> Document:
        """A PDF's text layer, laid out by position; its running heads, feet and page numbers counted."""
        try:
            read = read_pdf(doc.data)
        except PdfError as error:
            raise UndecodableError(str(error)) from None
        doc.data = None
        doc.encoding, doc.encoding_confidence = "pdf", 1.0
        doc.pdf_producer = (read.producer, read.creator)
        if read.empty_pages:
            doc.warnings.append(f"PDF pages without a text layer (scanned?): {', '.join(read.empty_pages)}; "
                                "run OCR on them, e.g. with ocrmypdf")
        if read.unmapped:
            doc.count("unmapped_glyphs", read.unmapped)
            doc.warnings.append(f"{read.unmapped} glyphs of the PDF map to no character in their font "
                                "(no ToUnicode map) and were left out")
        # The running heads, feet and page numbers follow the text, each a line of its own, and
        # are removed at once, so the report shows them as it shows other removals.
        furniture = "".join(f"\n{text}\n" for text, _, _ in read.furniture)
        doc.set_text(read.text + furniture)
        if read.furniture:
            lines = [line for line in doc.lines if not line.blank][-len(read.furniture):]
            for line, (_, cls, reason) in zip(lines, read.furniture):
                doc.remove(line, cls, f"pdf:{cls}", reason)
        return doc
