"""The language and script of every block: langdetect, made deterministic, narrowed by script."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex
from langdetect import DetectorFactory, LangDetectException
from langdetect import detector_factory

from ..document import Document
from ..pipeline import stage
from ..rulefile import selected

# langdetect samples at random; a fixed seed makes the same text get the same answer every run.
DetectorFactory.seed = 0

# The first word of a letter's Unicode name, to its ISO 15924 code.
_SCRIPTS = {
    "LATIN": "Latn", "ARABIC": "Arab", "CYRILLIC": "Cyrl", "GREEK": "Grek", "HEBREW": "Hebr",
    "DEVANAGARI": "Deva", "CJK": "Hani", "HIRAGANA": "Hira", "KATAKANA": "Kana", "HANGUL": "Hang",
    "THAI": "Thai", "ARMENIAN": "Armn", "GEORGIAN": "Geor", "BENGALI": "Beng",
}
# Languages langdetect knows, grouped by the script they are written in: the script decides first.
_BY_SCRIPT = {
    "Arab": ["fa", "ar", "ur"], "Cyrl": ["ru", "uk", "bg", "mk"], "Grek": ["el"], "Hebr": ["he"],
}
# Letters only Persian (and Dari) use among the Arabic-script languages langdetect knows.
PERSIAN_LETTERS = regex.compile("[پچژگکی]")
# Shapes that carry no language: URLs, e-mail addresses, dates, numbers, initials like "AA-AA".
NO_LANGUAGE = regex.compile(
    r"^(?:\S+@\S+\.\w+|(?:https?://|www\.)\S+|\S+\.(?:com|org|net|info)(?:/\S*)?"
    r"|[\d\W_]+|(?:\p{Lu}{1,2}[\W\d_]*)+)$"
)
# Below this many letters langdetect guesses; the neighbours decide instead.
SHORT = 30


@dataclass
class BlockLanguage:
    lang: str
    script: str
    confidence: float
    evidence: str


def script_of(text: str) -> str:
    """The ISO 15924 script of most of the letters, or "Zyyy" when there are none.

    >>> script_of("افغانستان آزاد"), script_of("Jason Melanovski"), script_of("09.01.2024")
    ('Arab', 'Latn', 'Zyyy')
    """
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            word = unicodedata.name(char, "UNKNOWN").split()[0]
            code = _SCRIPTS.get(word, "Zzzz")
            counts[code] = counts.get(code, 0) + 1
    return max(counts, key=counts.get) if counts else "Zyyy"


def detect_language(text: str) -> tuple[str, float]:
    """langdetect's answer, deterministic, restricted to the languages of the text's script.

    >>> detect_language("Ukraine continues strikes on the Russian city of Belgorod")[0]
    'en'
    >>> detect_language("چو کشور نباشد تن من مباد")[0]      # short Persian is not Urdu or Arabic
    'fa'
    """
    script = script_of(text)
    if script == "Arab" and PERSIAN_LETTERS.search(text):
        return "fa", 0.9
    detector_factory.init_factory()  # loads the bundled profiles once per process
    detector = detector_factory._factory.create()
    try:
        detector.append(text)
        ranked = detector.get_probabilities()
    except LangDetectException:
        return "und", 0.0
    allowed = _BY_SCRIPT.get(script)
    for guess in ranked:
        if allowed is None or guess.lang in allowed:
            return guess.lang, round(guess.prob, 3)
    return (allowed[0], 0.5) if allowed else ("und", 0.0)


def label_blocks(blocks: list[str], *, refine: dict[str, str] | None = None) -> list[BlockLanguage]:
    """Label each block; short lines take their neighbours' language, shapes without language are und.

    >>> [b.lang for b in label_blocks(["www.afgazad.com", "Jason Melanovski", "Ukraine carried out another"
    ...   " series of rocket strikes on the Russian city of Belgorod on Friday."])]
    ['und', 'en', 'en']
    """
    labels: list[BlockLanguage | None] = []
    for text in blocks:
        text = text.strip()
        script = script_of(text)
        if script == "Zyyy" or NO_LANGUAGE.match(text):
            labels.append(BlockLanguage("und", script, 1.0, "no-letters"))
        elif len(text) < SHORT and script == "Latn":
            labels.append(None)  # decided by neighbours below
        else:
            lang, confidence = detect_language(text)
            labels.append(BlockLanguage(lang, script, confidence, "langdetect"))
    for i, label in enumerate(labels):
        if label is None:
            labels[i] = _from_neighbours(blocks, labels, i)
    if refine:
        for label in labels:
            if label.lang in refine:
                label.lang, label.evidence = refine[label.lang], "site-rule"
    return labels  # type: ignore[return-value]


def _from_neighbours(blocks, labels, i) -> BlockLanguage:
    script = script_of(blocks[i])
    for distance in range(1, len(blocks)):
        for j in (i + distance, i - distance):
            if 0 <= j < len(labels):
                other = labels[j]
                if other and other.evidence == "langdetect" and other.script == script:
                    return BlockLanguage(other.lang, script, other.confidence * 0.9, "neighbours")
    lang, confidence = detect_language(blocks[i])
    return BlockLanguage(lang, script, confidence, "langdetect")


def main_language(blocks: list[str], labels: list[BlockLanguage], kept: list[bool] | None = None) -> str:
    """The language with the largest share of (kept) characters."""
    share: dict[str, int] = {}
    for k, (text, label) in enumerate(zip(blocks, labels)):
        if label.lang != "und" and (kept is None or kept[k]):
            share[label.lang] = share.get(label.lang, 0) + len(text)
    return max(share, key=share.get) if share else "und"


@stage("language")
class Language:
    """Label every non-blank line with its language and script; name the document's language."""

    def __call__(self, doc: Document) -> Document:
        refine: dict[str, str] = {}
        for rules in selected(doc):
            refine.update(rules.refine)
        lines = [line for line in doc.lines if not line.blank]
        labels = label_blocks([line.text for line in lines], refine=refine)
        for line, label in zip(lines, labels):
            line.lang, line.script, line.confidence = label.lang, label.script, label.confidence
        return doc


@stage("document-language")
class DocumentLanguage:
    """Name the document's language by share of the text that was kept."""

    def __call__(self, doc: Document) -> Document:
        lines = [line for line in doc.kept() if not line.blank and line.lang]
        labels = [BlockLanguage(line.lang, line.script or "Zyyy", line.confidence or 0, "") for line in lines]
        doc.language = main_language([line.text for line in lines], labels)
        return doc
