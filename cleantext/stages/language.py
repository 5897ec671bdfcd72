"""The language stages: every block labelled with its language and script, and the document
named by its kept text (the work is done in cleantext/lang/)."""
from __future__ import annotations

from ..document import Document
from ..lang import BlockLanguage, detect_language, label_blocks, main_language, script_of
from ..lang.labels import largest_share
from ..lang.fastdetect import _langdetect_factory
from ..lang.shortlines import load as load_word_lists
from ..rulefile import selected
from .base import stage

__all__ = ["BlockLanguage", "script_of", "detect_language", "label_blocks", "main_language"]


@stage("language")
class Language:
    """Label every non-blank line with its language and script; site rules may refine a language."""

    def __init__(self, *, detector: str = "langdetect"):
        # langdetect ships its profiles and needs nothing else; lingua and py3langid are optional extras.
        # Its profiles (65 MB, a third of a second) are loaded when a document first needs them:
        # a run over English text may never do (see _plainly_english).
        self.detector = detector

    def load(self) -> None:
        """Load the detector's profiles and the short lines' word lists now (before worker
        processes fork, so that they share them)."""
        if self.detector == "langdetect":
            _langdetect_factory()
        load_word_lists()

    def __call__(self, doc: Document) -> Document:
        refine: dict[str, str] = {}
        for rules in selected(doc):
            refine.update(rules.refine)
        lines = [line for line in doc.lines if not line.blank]
        labels = label_blocks([line.text for line in lines], refine=refine or None, detector=self.detector)
        for line, label in zip(lines, labels):
            line.lang, line.script, line.confidence = label.lang, label.script, label.confidence
        return doc


@stage("document-language")
class DocumentLanguage:
    """Name the document's language by its share of the text that was kept."""

    def __call__(self, doc: Document) -> Document:
        # As main_language() decides, over the kept lines' labels.
        doc.language = largest_share((line.lang, line.text) for line in doc.lines if line.removal is None)
        return doc
