"""The language stages: every block labelled with its language and script, and the document
named by its kept text (the work is done in cleantext/lang/)."""
from __future__ import annotations

from functools import lru_cache

from ..document import Document
from ..lang import BlockLanguage, detect_language, label_blocks, main_language, script_of
from ..lang.labels import largest_share
from ..lang.fastdetect import _langdetect_factory
from ..lang.shortlines import load as load_word_lists
from ..rulefile import selected
from ..words import frequency_bands
from .base import Labeller, stage

__all__ = ["BlockLanguage", "script_of", "detect_language", "label_blocks", "main_language"]


@lru_cache(maxsize=64)
def script_of_language(lang: str) -> str | None:
    """The script a language is written in, read off its most frequent word in wordfreq (None
    for a language wordfreq has no list for).

    >>> script_of_language("fa"), script_of_language("en"), script_of_language("xx")
    ('Arab', 'Latn', None)
    """
    bands = frequency_bands(lang.split("-")[0].lower())
    top = next((band[0] for band in bands if band), None) if bands is not None else None
    return script_of(top) if top else None


def with_site_language(labels: list[BlockLanguage], lang: str) -> list[BlockLanguage]:
    """A site file's ``[site] language`` decides the blocks the language stage could not, where
    they are written in that language's script: a heading or menu line of a Persian site whose
    words say nothing is Persian, a Latin name on the same site stays ``und``.

    >>> labels = [BlockLanguage("und", "Arab", 0.0, "no-evidence"), BlockLanguage("und", "Latn", 0.0, "no-evidence"),
    ...           BlockLanguage("ar", "Arab", 0.9, "letters"), BlockLanguage("und", "Zyyy", 1.0, "no-letters")]
    >>> [(l.lang, l.evidence) for l in with_site_language(labels, "fa")]
    [('fa', 'site-rule'), ('und', 'no-evidence'), ('ar', 'letters'), ('und', 'no-letters')]
    """
    script = script_of_language(lang)
    return [BlockLanguage(lang, label.script, SITE_LANGUAGE_CONFIDENCE, "site-rule")
            if label.lang == "und" and label.evidence == "no-evidence" and label.script == script else label
            for label in labels]


# A site's word for its language is a hint, not evidence from the block: sure enough to label,
# below every label the block's own letters or words give.
SITE_LANGUAGE_CONFIDENCE = 0.5


@stage("language")
class Language(Labeller):
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

    def options(self, doc: Document) -> dict:
        """The selected rule files' ``[refine]`` tables and ``[site] language`` (a later file, the
        user's, wins)."""
        refine: dict[str, str] = {}
        hint = None
        for rules in selected(doc):
            refine.update(rules.refine)
            hint = rules.language or hint
        return {"refine": refine or None, "site_language": hint}

    def label(self, texts: list[str], refine: dict[str, str] | None = None,
              site_language: str | None = None) -> list[BlockLanguage]:
        """Each text's label (``label_blocks``), with ``site_language`` for those it leaves ``und``
        in that language's script (``with_site_language``)."""
        labels = label_blocks(texts, refine=refine, detector=self.detector)
        return with_site_language(labels, site_language) if site_language else labels


@stage("document-language")
class DocumentLanguage:
    """Name the document's language by its share of the text that was kept."""

    def __call__(self, doc: Document) -> Document:
        # As main_language() decides, over the kept lines' labels.
        doc.language = largest_share((line.lang, line.text) for line in doc.lines if line.removal is None)
        return doc
