"""The statistical detectors (langdetect, lingua, py3langid) behind one call, asked among the
languages of a script."""
from __future__ import annotations

from functools import lru_cache

from .fastdetect import _fast_detector_type, _langdetect_factory
from .scripts import _CANDIDATES, _SHORT_PRIOR

# Below this many characters a line is too short for n-gram statistics to be
# trusted; its neighbours (or its letters) decide instead.
SHORT = 30
# langdetect reads at most this much of one block: a few hundred characters
# settle a language, and reading whole chapters would make detection the
# slowest stage.
BLOCK_SAMPLE = 300
# langdetect averages this many random walks over the n-grams of a text,
# each walk being most of the cost of a call: its default of seven for a
# short line, where walks disagree most; three for a longer block, whose
# n-grams agree (seven changed no label of 30+ characters in
# benchmarks/language.py); one for the document's first guess. A walk ends
# when one language has this probability: langdetect's 0.99999 for a block,
# less for the first guess, of which only the winner matters.
SHORT_TRIALS = 7
BLOCK_TRIALS = 3
DOC_TRIALS = 1
DOC_CONVERGENCE = 0.999


# Each detector takes the text, the candidate languages with their prior
# weights ({} means any language) and whether a quick first guess will do (a
# document's sample), and returns (tag, probability) or None. lingua and
# py3langid are quick already and ignore it.
Candidates = dict[str, float]


def _langdetect(text: str, candidates: Candidates, quick: bool = False) -> tuple[str, float] | None:
    from langdetect.lang_detect_exception import LangDetectException

    factory = _langdetect_factory()
    detector = _fast_detector_type()(factory)
    detector.set_max_text_length(len(text))  # callers bound the text already
    if quick:
        detector.n_trial, detector.CONV_THRESHOLD = DOC_TRIALS, DOC_CONVERGENCE
    else:
        detector.n_trial = SHORT_TRIALS if len(text) < SHORT else BLOCK_TRIALS
    if candidates:
        # A zero prior rules a language out: only the script's languages
        # can win, and their probabilities add up to one.
        detector.prior_map = _prior_map(tuple(candidates.items()))
    detector.append(text)
    try:
        ranked = detector.get_probabilities()
    except LangDetectException:
        return None
    if not ranked:
        return None
    best = ranked[0]
    return _tag(best.lang), round(best.prob, 4)


@lru_cache(maxsize=64)
def _prior_map(candidates: tuple[tuple[str, float], ...]) -> list[float] | None:
    """Detector.set_prior_map's list for these candidates, made once; None when langdetect knows none."""
    factory = _langdetect_factory()
    known = set(factory.get_lang_list())
    prior = {lang: w for lang, w in candidates if lang in known}
    if not prior:
        return None
    detector = factory.create()
    detector.set_prior_map(prior)
    return detector.prior_map


@lru_cache(maxsize=1)
def _lingua_detector():
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().build()


def _lingua(text: str, candidates: Candidates, quick: bool = False) -> tuple[str, float] | None:
    values = _lingua_detector().compute_language_confidence_values(text)
    scores = {}
    for value in values:
        code = value.language.iso_code_639_1.name.lower()
        if not candidates or code in candidates:
            scores[code] = value.value * candidates.get(code, 1.0)
    return _best(scores)


def _best(scores: dict[str, float]) -> tuple[str, float] | None:
    # Ties go to the first language listed, so the answer never varies.
    total = sum(scores.values())
    if not scores or total <= 0:
        return None
    code = max(scores, key=scores.get)
    return code, round(scores[code] / total, 4)


def _langid(text: str, candidates: Candidates, quick: bool = False) -> tuple[str, float] | None:
    import math

    import py3langid

    ranked = [(l, s) for l, s in py3langid.rank(text) if not candidates or l in candidates]
    if not ranked:
        return None
    # rank() gives log-probabilities; turn them into weights over the
    # candidates left, relative to the best so exp() cannot underflow.
    top = ranked[0][1]
    return _best({l: math.exp(s - top) * candidates.get(l, 1.0) for l, s in ranked})


_DETECTORS = {"langdetect": _langdetect, "lingua": _lingua, "langid": _langid}


def _tag(code: str) -> str:
    # langdetect says "zh-cn"/"zh-tw"; the script already tells them apart.
    return "zh" if code.startswith("zh") else code


def _candidates(script: str, short: bool) -> Candidates:
    if short and script in _SHORT_PRIOR:
        return _SHORT_PRIOR[script]
    return {lang: 1.0 for lang in _CANDIDATES.get(script, ())}


def _guess(detector: str, text: str, candidates: Candidates,
           quick: bool = False) -> tuple[str, float] | None:
    """Ask the named detector, with errors that say what to do."""
    try:
        guess = _DETECTORS[detector]
    except KeyError:
        raise ValueError(
            f"unknown detector {detector!r}: choose one of {', '.join(_DETECTORS)}"
        ) from None
    try:
        found = guess(text, candidates, quick)
    except ImportError as err:
        raise ValueError(
            f"detector {detector!r} is not installed ({err.name}); "
            f"install it or use detector='langdetect'"
        ) from None
    return (_tag(found[0]), found[1]) if found else None


@lru_cache(maxsize=8192)
def _statistical(text: str, script: str, detector: str) -> tuple[str, float] | None:
    """The detector's guess among the languages of `script`, cached by text."""
    return _guess(detector, text[:BLOCK_SAMPLE], _candidates(script, len(text) < SHORT))
