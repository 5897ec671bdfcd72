"""The language of one text, and of every block of a document, from all the evidence."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from .detectors import BLOCK_SAMPLE, SHORT, _candidates, _guess, _statistical
from .letters import (
    _afghan_spelling, _arabic_script_language, _cyrillic_language, _pashto_or_urdu, _without_addresses, _wordless,
)
from .linescript import line_script
from .scripts import _SINGLE, script_of
from .shortlines import (ALONE, ALONE_RATIO, DECIDE, SHAPE_CONFIDENCE, ahead, best, is_short, near_tie, shapes,
                         spells_words, word_shares)
from .words import CONSISTENT, _document_fits, _english_line, _latin_function_words, _plainly_english

# The document-wide guess reads at most this much of the main script's text:
# it is only a first guess, which every block must still confirm with its own
# function words (see _document_fit), so a paragraph is enough. (It was 600;
# at 300 no label in benchmarks/language.py changed.)
DOC_SAMPLE = 300
# A block's function words are read in this much of its start: two sentences
# hold the four that agreement takes, in prose of any listed language. (At 150
# instead of 300, no label in benchmarks/language.py changed.)
FIT_SAMPLE = 150


@dataclass(slots=True)
class BlockLanguage:
    """The language of one block and why it was chosen.

    evidence is one of: "no-letters", "no-words", "initials", "url",
    "email" (all with lang "und"); "script" (a one-language script, or
    Arabic script with nothing against Persian); "letters" (characteristic
    letters or function words of an Arabic-script or Cyrillic language);
    "function-words" (a short Latin line); "words" (a short line's words: their
    frequencies per language, see shortlines.py); "word-shape" (a short Arabic-script line
    alone whose words no list holds: their letter sequences); "neighbours"; the detector's name
    ("langdetect", "lingua", "langid"); "document"; "afghan-spelling";
    "site-rule"; "no-evidence".
    """

    lang: str  # BCP-47: "en", "fa", "prs", "ru", ... or "und"
    script: str  # ISO 15924, from the letters: "Latn", "Arab", ... "Zyyy"
    confidence: float  # 0..1; a detector's probability, or a fixed level per evidence
    evidence: str


# --- one text ----------------------------------------------------------------

def _own_evidence(text: str, script: str) -> BlockLanguage | None:
    """Decide from the characters alone, or return None."""
    why = _wordless(text)
    if why == "initials" and _by_words(text, script) and spells_words(_words_only(text), script):
        why = None  # capitals that spell frequent words ("THE", "AT"): its words decide
    if why:
        return BlockLanguage("und", script_of(text), 1.0, why)
    if script in _SINGLE:
        return BlockLanguage(_SINGLE[script], script, 0.99, "script")
    if script == "Arab":
        if _by_words(text, script):
            lang = _pashto_or_urdu(text)
            if lang in _LETTERS_SETTLE:
                return BlockLanguage(lang, script, 0.95, "letters")
            return None  # its words, and its neighbours, decide (_short_label)
        found = _arabic_script_language(text)
        if found and found[0] == "fa" and _afghan_spelling(text):
            return BlockLanguage("prs", script, 0.9, "afghan-spelling")
        if found:
            return BlockLanguage(found[0], script, 0.95, found[1])
        if len(text) >= SHORT:
            # A whole sentence of Arabic or Urdu shows its letters (ة, ال,
            # ے, ں); one without them is Persian, whatever n-grams suggest.
            return BlockLanguage("fa", script, 0.7, "script")
    if script == "Cyrl":
        found = _cyrillic_language(text)
        if found:
            return BlockLanguage(found[0], script, 0.9, found[1])
    if script == "Zzzz":
        return BlockLanguage("und", script, 0.5, "script")
    return None


# On a short line, only letters of these languages settle it: Persian letters are Urdu's too,
# and one shared word ("کی") is not all a Persian line can hold.
_LETTERS_SETTLE = ("ps", "ur")


def _by_words(text: str, script: str) -> bool:
    """Whether `text` is labelled from its words: a short line (is_short) in a script whose
    languages have word lists, under SHORT characters in Latin script (a longer Latin line is
    read against its document's function words first), of any length in Arabic script."""
    return is_short(text, script) and (script == "Arab" or len(text) < SHORT)


def _short_label(text: str, script: str, neighbour: BlockLanguage | None) -> BlockLanguage | None:
    """A short line's label from its words, the neighbours' language weighing as a prior.

    The words win against the neighbours only with a share of DECIDE or more; a line alone
    takes its words' best language from a share of ALONE on, or when that language is
    ALONE_RATIO times as likely as the next, or, in a near-tie, the script's leading language
    (shortlines.near_tie). Otherwise None (the caller decides what little evidence is left).
    """
    prior = neighbour.lang if neighbour is not None else None
    shares = word_shares(_words_only(text), script, prior)
    if shares:
        lang, share = best(shares)
        if lang == prior:
            return BlockLanguage(lang, script, share, "neighbours")
        if share >= DECIDE if neighbour is not None else share >= ALONE or ahead(shares) >= ALONE_RATIO:
            return BlockLanguage(lang, script, share, "words")
        lead = near_tie(shares, _words_only(text), script) if neighbour is None else None
        if lead:
            return BlockLanguage(lead, script, round(shares[lead], 4), "words")
    if neighbour is not None:
        share = shares.get(prior) if shares and prior in shares else min(0.9, neighbour.confidence)
        return BlockLanguage(neighbour.lang, script, round(share, 4), "neighbours")
    return None


def _not_against(shares: dict[str, float] | None, lang: str) -> bool:
    """Whether a short line's word frequencies leave `lang` its best language, or say nothing
    (a function word of one language that is a more frequent word of another, "son", is no
    evidence for the first)."""
    return shares is None or max(shares, key=shares.get) == lang


def _words_only(text: str) -> str:
    # Addresses are not language: "com" in "gmail.com" is Portuguese "with".
    return _without_addresses(text).strip()


def _detect(text: str, detector: str = "langdetect") -> BlockLanguage:
    """Everything one text says about itself, without neighbours."""
    text = text.strip()
    script = line_script(text)
    label = _own_evidence(text, script)
    if label:
        return label
    if _by_words(text, script):
        label = _short_label(text, script, None)
        if label:
            return label
        if script == "Arab":
            # No word known: the shape of its words, weakly, where it is clear; else no guess.
            if word_shares(_words_only(text), script) is None:
                shares = shapes(_words_only(text), script)
                if shares:
                    lang, share = best(shares)
                    if share >= ALONE:
                        return BlockLanguage(lang, script, round(min(share, SHAPE_CONFIDENCE), 4), "word-shape")
            return BlockLanguage("und", script, 0.0, "no-evidence")
        lang = _latin_function_words(_words_only(text)) if script == "Latn" else None
        if lang and _not_against(word_shares(_words_only(text), script), lang):
            return BlockLanguage(lang, script, 0.6, "function-words")
        # Too little to go on: a character model would only guess.
        return BlockLanguage("und", script, 0.0, "no-evidence")
    text = _words_only(text)
    if len(text) < SHORT and script == "Latn":
        lang = _latin_function_words(text)
        if lang:
            return BlockLanguage(lang, script, 0.8, "function-words")
    if len(text) < SHORT and script == "Arab":
        # Shared letters only: Persian, the common case, unless the letters
        # said otherwise above; n-grams of ten letters prove nothing.
        return BlockLanguage("fa", script, 0.6, "script")
    if script == "Latn" and _english_line(text[:BLOCK_SAMPLE]):
        return BlockLanguage("en", script, CONSISTENT, "function-words")
    guess = _statistical(text, script, detector)
    if guess:
        return BlockLanguage(guess[0], script, guess[1], detector)
    return BlockLanguage("und", script, 0.0, "no-evidence")


def detect_language(text: str, *, detector: str = "langdetect") -> tuple[str, float]:
    """Return (BCP-47 tag, confidence) for one text, the same on every run.

    Characters decide first (script, characteristic letters, wordless
    lines); only then does the statistical detector choose, and only among
    the languages of the text's script.

    >>> detect_language("www.afgazad.com")
    ('und', 1.0)
    >>> detect_language("زبانهای اروپایی")      # Persian, not Urdu or Arabic
    ('fa', 0.99)
    >>> detect_language("called")               # English, not Italian: its words
    ('en', 0.99)
    >>> detect_language("Jason Melanovski")     # a name alone: no guess
    ('und', 0.0)
    >>> detect_language("Ukraine continues strikes on Russian city of Belgorod")[0]
    'en'
    >>> detect_language("Η Αθήνα είναι η πρωτεύουσα")
    ('el', 0.99)
    """
    label = _detect(text, detector)
    return label.lang, label.confidence


# --- a document's blocks ------------------------------------------------------

def _document_sample(blocks: list[str], scripts: list[str], script: str) -> str:
    """The document's text in `script`, from its long blocks, up to DOC_SAMPLE characters."""
    sample, size = [], 0
    for text, s in zip(blocks, scripts):
        if s == script and len(text) >= SHORT:
            sample.append(text[:BLOCK_SAMPLE])
            size += len(sample[-1])
            if size >= DOC_SAMPLE:
                break
    return " ".join(sample)[:DOC_SAMPLE]


def _document_language(sample: str, script: str, detector: str) -> str | None:
    """One bounded, quick guess for the whole document's text in `script`.

    Quick (DOC_TRIALS, DOC_CONVERGENCE) because only its winner is used, and
    only for blocks whose function words agree with it. A sample that is
    plainly English by its function words needs no detector at all: the
    detector would only say so too (a test holds it to that).
    """
    if not sample:
        return None
    if script == "Latn" and _plainly_english(sample):
        return "en"
    guess = _guess(detector, sample, _candidates(script, False), quick=True)
    return guess[0] if guess else None


def label_blocks(blocks: list[str], *, refine: dict[str, str] | None = None,
                 detector: str = "langdetect") -> list[BlockLanguage]:
    """Label every block with its language, script, confidence and evidence.

    Long blocks are judged on their own text; a short line with no clear
    letters of its own takes the language of the nearest labelled blocks in
    the same script, because a byline or a heading belongs to the article
    around it far more often than to the language langdetect guesses from
    fifteen letters. `refine` maps a tag to a narrower one (a site rule
    saying the site's Persian is Dari: ``{"fa": "prs"}``).

    >>> body = "Ukraine carried out another series of rocket strikes on the city."
    >>> labels = label_blocks(["زبانهای اروپایی", "Jason Melanovski", "09.01.2024", body])
    >>> [(l.lang, l.script, l.evidence) for l in labels]
    [('fa', 'Arab', 'words'), ('en', 'Latn', 'neighbours'), ('und', 'Zyyy', 'no-letters'), ('en', 'Latn', 'document')]
    >>> label_blocks(["زبانهای اروپایی"], refine={"fa": "prs"})[0].evidence
    'site-rule'
    >>> label_blocks(["Jason Melanovski"])[0].lang           # alone, and no word says which
    'und'
    """
    texts = [b.strip() for b in blocks]
    # A text that comes again in the document (a menu's items, a repeated byline) is read once.
    # Nothing is kept from one document to the next: a corpus that repeats its documents must
    # not be read faster than one that does not (the detector's cache of texts aside).
    known: dict[str, tuple[str, tuple | None, bool]] = {}
    readings = [known.get(t) or known.setdefault(t, _reading(t)) for t in texts]
    scripts = [script for script, _, _ in readings]
    labels: list[BlockLanguage | None] = [None] * len(texts)

    # Each block's own characters first; then, for each script, the long
    # blocks they leave open are read against the document's language.
    open_blocks: dict[str, list[int]] = {}
    for i, (text, (script, own, by_words)) in enumerate(zip(texts, readings)):
        if own is not None:
            labels[i] = BlockLanguage(*own)
        elif len(text) >= SHORT and not by_words:
            open_blocks.setdefault(script, []).append(i)
    for script, indexes in open_blocks.items():
        lang = _document_language(_document_sample(texts, scripts, script), script, detector)
        # The cheap check: the block's function words agree with the
        # document's language, or say nothing against it, so n-gram
        # statistics would only repeat it; the detector is asked only where
        # the evidence changes. They are read in the block's start.
        fits = _document_fits([texts[i][:FIT_SAMPLE] for i in indexes], lang) if lang else [None] * len(indexes)
        for i, fit in zip(indexes, fits):
            if fit:
                labels[i] = BlockLanguage(lang, script, fit, "document")
                continue
            guess = _statistical(_words_only(texts[i]), script, detector)
            if guess:
                labels[i] = BlockLanguage(guess[0], script, guess[1], detector)
            elif lang:
                labels[i] = BlockLanguage(lang, script, 0.5, "document")

    # Short lines: neighbours first, their own weak evidence only when alone.
    # Only blocks decided by their own text vote: a byline must not lend its
    # borrowed language on to the next short line.
    nearest = _nearest_each(labels, scripts)
    short: dict[tuple, BlockLanguage | None] = {}
    for i, label in enumerate(list(labels)):
        if label is not None:
            continue
        neighbour = nearest[i]
        if readings[i][2]:
            # Its label depends on the line and on its neighbours' language and confidence only.
            key = (texts[i], neighbour and neighbour.lang, neighbour and neighbour.confidence)
            if key not in short:
                short[key] = _short_label(texts[i], scripts[i], neighbour) or _detect(texts[i], detector)
            found = short[key]
            labels[i] = BlockLanguage(found.lang, found.script, found.confidence, found.evidence)
        elif neighbour is not None:
            labels[i] = BlockLanguage(neighbour.lang, scripts[i],
                                      round(min(0.9, neighbour.confidence), 4),
                                      "neighbours")
        else:
            labels[i] = _detect(texts[i], detector)

    result = []
    for text, label in zip(texts, labels):
        assert label is not None
        if label.lang == "fa" and _afghan_spelling(text):
            label = BlockLanguage("prs", label.script, label.confidence, "afghan-spelling")
        if refine and label.lang in refine:
            label = BlockLanguage(refine[label.lang], label.script, label.confidence, "site-rule")
        result.append(label)
    return result


def _reading(text: str) -> tuple[str, tuple | None, bool]:
    """A stripped block's script, the fields of its label from its own characters
    (``_own_evidence``, None if they do not decide) and whether its words label it
    (``_by_words``): what label_blocks reads of each block alone."""
    script = line_script(text)
    own = _own_evidence(text, script)
    return (script, None if own is None else (own.lang, own.script, own.confidence, own.evidence),
            _by_words(text, script))


def _nearest_each(labels: list[BlockLanguage | None], scripts: list[str]) -> list[BlockLanguage | None]:
    """For each block, the nearest other decided, non-und block in the same script, or None.

    On a tie the following block wins: a byline or heading introduces the
    text after it. Two passes, one each way: a document of many short lines
    none of which is decided (23,000 lines of "The ferry.") took 95 s when
    each block looked outwards on its own.

    >>> en, de = BlockLanguage("en", "Latn", 0.9, "langdetect"), BlockLanguage("de", "Latn", 0.9, "langdetect")
    >>> [label and label.lang for label in _nearest_each([en, None, None, de, None], ["Latn"] * 5)]
    ['de', 'en', 'de', 'en', 'de']
    """
    def decided(j: int) -> bool:
        return labels[j] is not None and labels[j].lang != "und"

    before: list[int | None] = []
    last: dict[str, int] = {}
    for j, script in enumerate(scripts):
        before.append(last.get(script))
        if decided(j):
            last[script] = j
    after: list[int | None] = [None] * len(scripts)
    last = {}
    for j in range(len(scripts) - 1, -1, -1):
        after[j] = last.get(scripts[j])
        if decided(j):
            last[scripts[j]] = j
    nearest = []
    for i, (b, a) in enumerate(zip(before, after)):
        if a is not None and (b is None or a - i <= i - b):
            nearest.append(labels[a])
        else:
            nearest.append(labels[b] if b is not None else None)
    return nearest


def main_language(blocks: list[str], labels: list[BlockLanguage],
                  kept: list[bool] | None = None) -> str:
    """The language with the largest share of the kept text, in characters.

    Furniture does not vote: a Persian banner over an English article leaves
    the document English.

    >>> blocks = ["زبانهای اروپایی", "Ukraine carried out strikes on Belgorod."]
    >>> labels = [BlockLanguage("fa", "Arab", 0.9, "letters"),
    ...           BlockLanguage("en", "Latn", 0.9, "langdetect")]
    >>> main_language(blocks, labels)
    'en'
    >>> main_language(blocks, labels, kept=[True, False])
    'fa'
    >>> main_language(["2024"], [BlockLanguage("und", "Zyyy", 1.0, "no-letters")])
    'und'
    """
    if kept is None:
        kept = [True] * len(blocks)
    return largest_share((label.lang, text) for text, label, keep in zip(blocks, labels, kept) if keep)


def largest_share(labelled: Iterable[tuple[str | None, str]]) -> str:
    """The language of the most characters among (language, text) pairs; "und" counts for none.

    The document-language stage and main_language() both decide by it.
    """
    share: Counter[str] = Counter()
    for lang, text in labelled:
        size = len(text.strip())
        if lang and lang != "und" and size:
            share[lang] += size
    return share.most_common(1)[0][0] if share else "und"
