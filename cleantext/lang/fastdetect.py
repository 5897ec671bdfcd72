"""langdetect's Detector, made faster: the same arithmetic on the same n-grams, per word."""
from __future__ import annotations

import random
from functools import lru_cache
from itertools import repeat
from math import prod
from operator import itemgetter, mul, truediv

import regex


@lru_cache(maxsize=1)
def _langdetect_factory():
    # A private factory with its own seed: langdetect's module-level one is
    # shared with whoever else imports it, and unseeded it answers
    # differently on every run.
    from langdetect.detector_factory import DetectorFactory, PROFILES_DIRECTORY

    from .profiles import read_profiles

    # load_profile's table, its rows made on first use (profiles.py): the profiles are read in a
    # twentieth of a second instead of a third.
    factory = DetectorFactory()
    factory.langlist, factory.word_lang_prob_map = read_profiles(PROFILES_DIRECTORY)
    factory.set_seed(0)
    return factory


# langdetect's Detector reads its text one character at a time in Python and
# multiplies out every language it knows at every step, though a prior map
# has ruled most of them out. The subclass below does the same arithmetic on
# the same n-grams in the same order, with the same seeded random draws, so
# it returns the same probabilities to the last bit (a test compares it with
# the stock Detector); it only does the work once per distinct word, in C
# where it can, and only for the languages still in the running.

class _NormalizedChars(dict):
    """A str.translate table filled on first use with langdetect's own
    per-character normalization (punctuation to a space, Farsi yeh to
    Arabic yeh, ...)."""

    def __missing__(self, code: int) -> str:
        from langdetect.utils.ngram import NGram

        self[code] = found = NGram.normalize(chr(code))
        return found


_NORMALIZED = _NormalizedChars()
_SPACE_RUN = regex.compile(" {2,}")
# Detector.cleaning_text counts and drops the characters from "A" to "z".
_A_TO_Z = bytes(range(ord("A"), ord("z") + 1))
_NO_A_TO_Z = {code: None for code in _A_TO_Z}


def _normalized_grams(word: str) -> tuple[str, ...]:
    """The n-grams langdetect draws from one normalized word, in its order.

    `word` ends with a space when a space followed it in the text. This is
    langdetect's NGram.add_char loop for one word: its state starts afresh
    after every space, so each word gives the same n-grams wherever it is.
    The loop's window after the word's j-th character is the last three characters of
    " " + word[:j + 1]: its n-grams are read off that string by position, the window's
    one-character gram first, as the loop appends them (_normalized_grams_stepwise is the loop).
    """
    if " " in word[:-1]:
        return _normalized_grams_stepwise(word)
    known = _langdetect_factory().word_lang_prob_map.grams
    # Two spaces before the word: the window after its first character is then "  " + it,
    # whose three-character gram no profile holds (none holds a gram with two spaces, nor
    # the gram " "; load_profile's n-grams come from text with single spaces).
    padded = "  " + word
    # A character in capitals after one in capitals is skipped: words in capitals (acronyms)
    # say little about the language. (The loop's `capital` is exactly that.)
    if word.islower() or not any(map(str.isupper, word)):
        places = range(len(word))
    else:
        places = [j for j in range(len(word)) if not (j and word[j].isupper() and word[j - 1].isupper())]
    return tuple([gram for j in places for gram in (padded[j + 2], padded[j + 1:j + 3], padded[j:j + 3])
                  if gram in known])


def _normalized_grams_stepwise(word: str) -> tuple[str, ...]:
    """_normalized_grams as langdetect's loop reads a word, one character at a time."""
    known = _langdetect_factory().word_lang_prob_map.grams
    grams, capital, found = " ", False, []
    for ch in word:
        last = grams[-1]
        if last == " ":
            grams, capital = " ", False
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            capital = capital or last.isupper()
        else:
            capital = False
        if capital:
            # Words in capitals (acronyms) say little about the language.
            continue
        for n in (1, 2, 3):
            if len(grams) < n:
                break
            gram = grams[-n:]
            if gram != " " and gram in known:
                found.append(gram)
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def _word_grams(word: str) -> tuple[str, ...]:
    """The n-grams of one word of the text as written, with its trailing space.

    Normalizing may turn characters inside it into spaces ("war," "U.S."):
    each piece then gives its n-grams, the last followed by a space only if
    the word was.
    """
    pieces = word.translate(_NORMALIZED).split(" ")
    last = pieces.pop()
    found = [gram for piece in pieces if piece for gram in _normalized_grams(piece + " ")]
    return tuple(found) + _normalized_grams(last) if last else tuple(found)


class _FactorTable(dict):
    """The factors one trial multiplies the running languages' probabilities by, per n-gram:
    ``weight + p`` for each running language's probability ``p`` of the n-gram, made on first use."""

    def __init__(self, known: dict, weight: float, running: tuple[int, ...]):
        super().__init__()
        self.known, self.weight, self.running = known, weight, running
        # The running languages' probabilities of an n-gram, picked in C; itemgetter gives a
        # tuple only for two indexes or more.
        self.pick = itemgetter(*running) if len(running) > 1 else lambda probs: [probs[i] for i in running]

    def __missing__(self, gram: str) -> list[float]:
        if len(self) >= FACTOR_GRAMS:
            self.clear()
        # p + weight is weight + p to the last bit: float addition is commutative.
        self[gram] = found = list(map(self.weight.__add__, self.pick(self.known[gram])))
        return found


# Factor tables are kept for this many (alpha, languages) pairs, and hold at most this many
# n-grams each. The first trial's alpha is the same on every call, so its tables are the ones
# that serve; the others' alphas vary with the text.
FACTOR_TABLES = 8
FACTOR_GRAMS = 1 << 15


@lru_cache(maxsize=FACTOR_TABLES)
def _shared_factors(weight: float, running: tuple[int, ...]) -> _FactorTable:
    return _FactorTable(_langdetect_factory().word_lang_prob_map, weight, running)


def _factors(known: dict, weight: float, running: tuple[int, ...]):
    """A lookup from n-gram to its factors for one trial (see _FactorTable)."""
    if known is _langdetect_factory().word_lang_prob_map:
        return _shared_factors(weight, running).__getitem__
    return _FactorTable(known, weight, running).__getitem__


def _trial(rand, factors, first: list[float], ngrams: tuple[str, ...], check: float,
           limit: int) -> tuple[list[float], float]:
    """One trial of Detector._detect_block's walk from the prior `first` (the running
    languages'), drawing from `rand`: the products at the stop and their total."""
    getrandbits = rand.getrandbits
    # random.choice(ngrams), written out: a draw of as many bits as len(ngrams) has,
    # repeated until it is below len(ngrams).
    size, bits = len(ngrams), len(ngrams).bit_length()
    # Detector normalizes after the first step and after every fifth one since, and only
    # there may stop: the steps between are drawn first and multiplied out in one pass.
    # `raw` is the product before the division by `total`; each language's five steps are
    # one math.prod of its normalized probability and its five factors, which multiplies
    # left to right as the steps do (a test compares with the stock Detector).
    # max(raw) / total is the largest normalized probability: a correctly rounded
    # division by a positive number keeps order.
    drawn = []
    while not drawn:
        index = getrandbits(bits)
        if index < size:
            drawn.append(factors(ngrams[index]))
    raw, i = list(map(mul, first, drawn[0])), 0
    total = sum(raw)
    while max(raw) / total <= check and i < limit:
        drawn = []
        while len(drawn) < 5:
            index = getrandbits(bits)
            if index < size:
                drawn.append(factors(ngrams[index]))
        raw = list(map(prod, zip(map(truediv, raw, repeat(total)), *drawn)))
        i += 5
        total = sum(raw)
    return raw, total


def _walks(ngrams: tuple[str, ...], start: tuple[float, ...], trials: int, check: float, alpha: float,
           seed: int, width: float, base_freq: float, limit: int, known: dict) -> list[float]:
    """Detector._detect_block's random walks over `ngrams` from the prior `start`: each
    language's probability averaged over `trials` walks, with the stock Detector's arithmetic.

    The languages a zero prior rules out are left out of every product and sum (they stay at
    zero), and each n-gram's factors for one trial's alpha are looked up, not recomputed: the
    first trial's alpha is the same on every call, since every call starts from the same seed.
    """
    running = [i for i, p in enumerate(start) if p]
    first = [start[i] for i in running]
    langprob = [0.0] * len(start)
    rand = random.Random(seed)
    for _ in range(trials):
        factors = _factors(known, (alpha + rand.gauss(0.0, 1.0) * width) / base_freq, tuple(running))
        raw, total = _trial(rand, factors, first, ngrams, check, limit)
        for j, p in zip(running, raw):
            langprob[j] += p / total / trials
    return langprob


# _shared_walks takes the log-space sums of walks.py (the exact walk where they cannot decide)
# from the walk after this many in a process on: importing NumPy takes 0.1-0.3 s, which the
# sums save back over a few hundred walks (about 0.5 ms each); a run of few documents, or of
# documents whose function words settle their language (the five samples ask for one walk),
# does not import it.
EXACT_FIRST = 300
_walked = 0


@lru_cache(maxsize=16)
def _running(start: tuple[float, ...]) -> tuple[tuple[int, ...], list[float]]:
    """The languages a prior leaves running, and their priors."""
    running = tuple(i for i, p in enumerate(start) if p)
    return running, [start[i] for i in running]


@lru_cache(maxsize=8)
def _gram_rows(running: tuple[int, ...]):
    from .walks import GramRows

    return GramRows(_langdetect_factory().word_lang_prob_map, running)


def _fast_walks(ngrams: tuple[str, ...], start: tuple[float, ...], trials: int, check: float, alpha: float,
                seed: int, width: float, base_freq: float, limit: int) -> list[float] | None:
    """walks.walks with the factory's n-gram table: the same label and rounded confidence as
    _walks, or None where that is not certain."""
    from .walks import walks

    known = _langdetect_factory().word_lang_prob_map
    running, first = _running(start)

    def exact_trial(rand, weight):
        raw, total = _trial(rand, _factors(known, weight, running), first, ngrams, check, limit)
        return [p / total for p in raw]

    return walks(ngrams, start, trials, check, alpha, seed, width, base_freq, limit, _gram_rows(running), exact_trial)


# Walks kept, by their n-grams and settings: on the web benchmark (450 dumps) 8,086 texts
# went to langdetect (each distinct; _statistical keeps them by text) with 6,601 distinct
# n-gram lists, most others a link's text as another dumper wrote it ("* [iPhone](" and
# "[iPhone]"). 8,192 lists of at most BLOCK_SAMPLE characters' n-grams are a few MB.
WALKS_KEPT = 8192


@lru_cache(maxsize=WALKS_KEPT)
def _shared_walks(*walk) -> tuple[float, ...]:
    """_walks with the factory's n-gram table, remembered: from the log-space sums where they
    give the stock walk's label and rounded confidence (walks.py), else the exact walk."""
    global _walked
    _walked += 1
    found = _fast_walks(*walk) if _walked > EXACT_FIRST else None
    if found is None:
        found = _walks(*walk, _langdetect_factory().word_lang_prob_map)
    return tuple(found)


@lru_cache(maxsize=1)
def _fast_detector_type():
    """langdetect's Detector with its per-character loops done per word."""
    from collections import Counter
    from itertools import chain

    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram
    from langdetect.utils.unicode_block import unicode_block

    class FastDetector(Detector):
        def __init__(self, factory):
            # Detector.__init__ seeds a new Random from the operating
            # system, only for _detect_block to seed it again: one seeded
            # from the factory's seed saves the system call.
            self.word_lang_prob_map = factory.word_lang_prob_map
            self.langlist = factory.langlist
            self.seed = factory.seed
            self.random = random.Random(self.seed)
            self.text = ""
            self.langprob = None
            self.alpha = self.ALPHA_DEFAULT
            self.n_trial = 7
            self.max_text_length = 10000
            self.prior_map = None
            self.verbose = False

        def append(self, text):
            # Detector.append's clean-ups, skipped where they cannot match.
            if "http" in text:
                text = self.URL_RE.sub(" ", text)
            if "@" in text:
                text = self.MAIL_RE.sub(" ", text)
            if any(mark in text for mark in NGram.DMARK_CLASS):
                text = NGram.normalize_vi(text)
            # Runs of spaces become one, as Detector.append keeps them.
            self.text += _SPACE_RUN.sub(" ", text[:self.max_text_length])

        def cleaning_text(self):
            # Text mostly not in Latin letters loses its Latin letters. The
            # test is Detector's own, on counts made in C: ASCII letters
            # first, and the other characters only when there may be enough
            # of them to matter.
            text = self.text
            ascii_part = text.encode("ascii", "ignore")
            latin = len(ascii_part) - len(ascii_part.translate(None, _A_TO_Z))
            if latin * 2 >= len(text) - len(ascii_part):
                return
            other = sum(n for ch, n in Counter(text).items()
                        if ch >= "\u0300" and unicode_block(ch) != "Latin Extended Additional")
            if latin * 2 < other:
                self.text = text.translate(_NO_A_TO_Z)

        def _extract_ngrams(self):
            words = self.text.split(" ")
            last = words.pop()
            found = list(chain.from_iterable(map(_word_grams, [w + " " for w in words if w])))
            return found + list(_word_grams(last)) if last else found

        def _detect_block(self):
            # Detector._detect_block: the walks depend on the text through its n-grams only,
            # so texts that differ in what langdetect drops (punctuation, URLs, a link's
            # brackets) share them (see _shared_walks).
            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            languages = len(self.langlist)
            if self.prior_map is not None:
                start = tuple(self.prior_map)
            else:
                start = (1.0 / languages,) * languages
            walk = (tuple(ngrams), start, self.n_trial, self.CONV_THRESHOLD, self.alpha, self.seed,
                    self.ALPHA_WIDTH, self.BASE_FREQ, self.ITERATION_LIMIT)
            if self.word_lang_prob_map is _langdetect_factory().word_lang_prob_map:
                self.langprob = list(_shared_walks(*walk))
            else:
                self.langprob = _walks(*walk, self.word_lang_prob_map)

    return FastDetector


# Each detector takes the text, the candidate languages with their prior
# weights ({} means any language) and whether a quick first guess will do (a
