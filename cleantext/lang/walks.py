"""langdetect's random walks, every step of a trial at once, in log space with NumPy.

A trial of langdetect's walk multiplies each running language's probability by
``weight + p`` for each n-gram drawn, normalizes after the first step and after every fifth
one since, and stops at the first normalization where one language has more than the
threshold (or at the step limit). Normalizing changes no ratio between languages, so the
probabilities at a normalization are those of the running sums of ``log(weight + p)``,
shifted: one cumulative sum over all the drawn n-grams gives every checkpoint of the trial,
where the stock walk does about 33 rounds of Python float products over 31 languages.

The sums are not langdetect's floating-point operations, so they differ from its
probabilities in the last bits (at most 5.9e-13 on 2,597 walks of the web benchmark). Wherever that
could show, the exact walk is done instead (fastdetect._walks, bit for bit the stock
Detector's): a trial whose largest probability is within MARGIN of the threshold at a
checkpoint (the stop could fall elsewhere), or one where a probability comes near the
smallest normal float (the stock walk's would lose bits, or become 0 for good); and a whole
call whose best language is within MARGIN of the next, of PROB_THRESHOLD, or of a rounding
boundary of the DIGITS the label's confidence keeps. So the label and the confidence are
the stock walk's; the random draws are too: the same Mersenne Twister words, drawn in
bulk, each trial reading on from the word after the last one the trial before it used.
"""
from __future__ import annotations

import math
import random
import threading
from functools import lru_cache

import numpy as np

TWOPI = 2.0 * math.pi   # random.py's

# The confidence a label keeps: round(probability, DIGITS) (detectors._langdetect).
DIGITS = 4
# langdetect's Detector.PROB_THRESHOLD: languages at or below it are not ranked.
PROB_THRESHOLD = 0.1
# How far a value compared with a threshold, a boundary or another language must be for
# the log-space sums to decide (their error on 10,687 trials of the web benchmark: at most
# 5.9e-13; tests/test_language_walks.py holds it under 1e-9 on its texts).
MARGIN = 1e-8
# The stock walk's probabilities may lose bits below exp(UNDERFLOW) (the smallest normal
# float is exp(-708.4); five steps may each multiply by a little more than one, weight + p
# with p up to 1), and become 0 for good: a trial where a language fell that low (relative to
# the largest) and comes back above exp(RISE) goes to the exact walk. Below exp(RISE) a
# language is nothing beside the largest (1e-43 of it) nor beside MARGIN.
UNDERFLOW = -700.0
RISE = -100.0
# Mersenne Twister words drawn for a call's first trial (twice as many, and so on, when its
# stop is not among them): each step takes a word, with rejections at most as many again.
FIRST_WORDS = 128


class GramRows:
    """Each n-gram's probabilities for the running languages, rows of one array, added on first use."""

    def __init__(self, known: dict, running: tuple[int, ...]):
        self.known, self.running, self.index = known, running, {}
        self.array = np.zeros((1024, len(running)))
        # Documents are labelled in worker threads at once: rows are added one thread at a
        # time. A row once written never changes, and a grown array keeps the rows before.
        self.adding = threading.Lock()

    def ids(self, ngrams: tuple[str, ...]) -> np.ndarray:
        """The rows of `ngrams`, in their order (self.array, read after this, holds them)."""
        index = self.index
        try:
            return np.fromiter(map(index.__getitem__, ngrams), dtype=np.intp, count=len(ngrams))
        except KeyError:   # an n-gram without its row yet
            with self.adding:
                self._add(ngrams)
        return np.fromiter(map(index.__getitem__, ngrams), dtype=np.intp, count=len(ngrams))

    def _add(self, ngrams: tuple[str, ...]) -> None:
        index = self.index
        new = [gram for gram in dict.fromkeys(ngrams) if gram not in index]
        if new:
            count = len(index)
            if count + len(new) > len(self.array):
                grown = np.zeros((2 * (count + len(new)), len(self.running)))
                grown[:count] = self.array[:count]
                self.array = grown
            running = self.running
            # The running languages' columns of the new n-grams' rows, picked in C.
            self.array[count:count + len(new)] = np.array([self.known[gram] for gram in new])[:, running]
            index.update(zip(new, range(count, count + len(new))))


class Words:
    """The 32-bit words of a seeded Mersenne Twister in order, drawn in bulk, with random.Random's
    gauss and random.choice read from them as Random would (same words, same arithmetic)."""

    def __init__(self, seed: int):
        # Every walk starts from the same seed: its first words are drawn once (_first_words),
        # and the generator is made only for a walk that reads past them.
        self.seed, self.rand = seed, None
        self.seed_words = _first_words(seed)
        self.words, self.start = self.seed_words, 0   # the buffer, and its first word's number
        self.at = 0          # the next word's number since the seed
        self.gauss_next = None

    def ahead(self, count: int) -> np.ndarray:
        """At least `count` words from the next one on (they stay unread)."""
        have = self.start + len(self.words) - self.at
        if have < count:
            if self.rand is None:
                # The generator after the words in the buffer (the first words of the seed).
                self.rand = random.Random()
                self.rand.setstate(_after_first_words(self.seed))
            more = max(count - have, len(self.words))
            drawn = np.frombuffer(self.rand.getrandbits(32 * more).to_bytes(4 * more, "little"), dtype="<u4")
            self.words = np.concatenate((self.words[self.at - self.start:], drawn))
            self.start = self.at
        return self.words[self.at - self.start:]

    def random(self) -> float:
        # random.random: 53 bits from two words (_randommodule.c, random_random).
        a, b = self.ahead(2)[:2].tolist()
        self.at += 2
        return ((a >> 5) * 67108864.0 + (b >> 6)) * (1.0 / 9007199254740992.0)

    def gauss(self) -> float:
        # random.gauss(0.0, 1.0), as random.py writes it (Python 3.10 to 3.13).
        z, self.gauss_next = self.gauss_next, None
        if z is None:
            x2pi = self.random() * TWOPI
            g2rad = math.sqrt(-2.0 * math.log(1.0 - self.random()))
            z = math.cos(x2pi) * g2rad
            self.gauss_next = math.sin(x2pi) * g2rad
        return 0.0 + z * 1.0

    def generator(self) -> random.Random:
        """A generator at the next word, for random.choice's draws one by one (counted as read)."""
        rand = random.Random(self.seed)
        if self.at:
            rand.getrandbits(32 * self.at)
        self.rand, self.words, self.start = rand, np.empty(0, dtype=np.uint32), self.at
        return _Counting(rand, self)


# The words of a seed drawn once for every walk: most walks read fewer (a trial reads a
# hundred or two).
SEED_WORDS = 4096


@lru_cache(maxsize=4)
def _seeded(seed: int) -> tuple[np.ndarray, tuple]:
    rand = random.Random(seed)
    words = np.frombuffer(rand.getrandbits(32 * SEED_WORDS).to_bytes(4 * SEED_WORDS, "little"), dtype="<u4")
    words.flags.writeable = False
    return words, rand.getstate()


def _first_words(seed: int) -> np.ndarray:
    return _seeded(seed)[0]


def _after_first_words(seed: int) -> tuple:
    return _seeded(seed)[1]


class _Counting:
    """A generator whose words are counted into a Words' place (for the exact walk's draws)."""

    def __init__(self, rand: random.Random, words: Words):
        self.rand, self.words = rand, words

    def getrandbits(self, bits: int) -> int:
        self.words.at += (bits + 31) // 32
        self.words.start = self.words.at
        return self.rand.getrandbits(bits)


def _draws(stream: Words, read: int, words: int, size: int, shift) -> tuple[np.ndarray, np.ndarray]:
    """random.choice's draws from the `words` words `read` after the stream's next one: the places
    of the words kept (the top bits below `size`) and the indexes they pick. From the seed's
    first words, their top bits taken once for each width (_first_tops): every walk's first
    trial reads the same words."""
    at = stream.at + read
    if stream.start == 0 and at + words <= SEED_WORDS and stream.words is stream.seed_words:
        index = _first_tops(stream.seed, size.bit_length())[at:at + words]
    else:
        # random.choice: the top `bits` bits of a word, the word skipped unless below size.
        index = stream.ahead(read + words)[read:read + words] >> shift
    kept = (index < size).nonzero()[0]
    return kept, index[kept]


@lru_cache(maxsize=64)
def _first_tops(seed: int, bits: int) -> np.ndarray:
    """The top `bits` bits of each of the seed's first words."""
    tops = _first_words(seed) >> np.uint32(32 - bits)
    tops.flags.writeable = False
    return tops


def _trial(stream: Words, ids: np.ndarray, array: np.ndarray, log_start: np.ndarray, weight: float,
           check: float, limit: int, words: int) -> tuple[np.ndarray | None, int]:
    """One trial's normalized probabilities of the running languages, or None where the sums
    cannot decide as the stock walk would; and the words it read. Its words are taken from
    `stream` (None: none are).

    The five factors between two normalizations are multiplied first (each at least
    weight ** 5, far from underflow), so a logarithm is taken once per five steps. Words are
    read `words` at a time (twice as many each time after), and the steps they give are
    summed on from the last normalization.
    """
    size = len(ids)
    bits = size.bit_length()
    if weight <= 0.0 or bits > 32:
        return None, words
    cut = 1.0 / check  # converged where the normalization's total is below this
    # A language whose probability relative to the largest fell below `sink` may be 0 in the
    # stock walk from then on (below the smallest normal float after the normalization, at
    # most a factor of the languages' number less, or five steps on, at most weight ** 5
    # less than the largest's); that shows only if it comes back above RISE.
    sink = UNDERFLOW - 5 * math.log(weight) + math.log(len(log_start))
    shift = np.uint32(32 - bits)
    rows, places, read = None, None, 0
    last, checked, close, sunk = None, 0, np.inf, None
    while True:
        kept, picked = _draws(stream, read, words, size, shift)
        if rows is None:
            rows, places = ids.take(picked), kept
        else:
            rows = np.concatenate((rows, ids.take(picked)))
            places = np.concatenate((places, kept + read))
        read += words
        words *= 2
        first = last is None
        taken = 0 if first else 5 * checked - 4   # the steps summed so far
        blocks = (len(rows) - taken - (1 if first else 0)) // 5
        if blocks < 0 or (not first and not blocks):
            continue
        sums = np.empty((blocks + (1 if first else 0), array.shape[1]))
        if first:
            np.log(array[rows[0]] + weight, out=sums[0])
            sums[0] += log_start
            taken = 1
        if blocks:
            # The rows of each five steps gathered as five slabs, the k-th step of every block in
            # the k-th (take: the same values as indexing, in a fraction of its time), multiplied
            # slab by slab in the steps' order: the same products as a reduction over the five
            # steps of each block, in a cheaper layout.
            factors = array.take(rows[taken:taken + 5 * blocks].reshape(blocks, 5).T, axis=0)
            factors += weight
            np.log(np.multiply.reduce(factors, axis=0), out=sums[len(sums) - blocks:])
        if not first:
            sums[0] += last
        # The ufuncs that cumsum, max, sum and min call, called directly (the same operations).
        np.add.accumulate(sums, axis=0, out=sums)
        top = np.maximum.reduce(sums, axis=1)
        rel = sums - top[:, None]
        spread = np.exp(rel)
        totals = np.add.reduce(spread, axis=1)
        done = totals < cut
        over = (limit + 4) // 5 - checked   # the checkpoint at the step limit, in this chunk
        if over < len(done):
            done[max(over, 0):] = True
        stop = int(done.argmax())
        stopped = bool(done[stop])
        end = stop + 1 if stopped else len(done)
        close = min(close, _nearest(totals, stop, stopped, cut))
        if sunk is not None or np.minimum.reduce(rel[:end], axis=None) < sink:
            low = np.minimum.accumulate(rel[:end], axis=0) < sink
            if sunk is not None:
                low |= sunk
            if (low[:-1] & (rel[1:end] > RISE)).any() or (sunk is not None and (sunk & (rel[0] > RISE)).any()):
                close = 0.0   # to the exact walk
            sunk = low[-1]
        if stopped or not close:
            break
        last, checked = sums[-1], checked + len(sums)
    used = int(places[5 * (checked + stop)]) + 1 if stopped else read
    # Where a normalization's total is within MARGIN of the threshold's, the stock walk's may
    # fall on the other side (1 / total is the largest probability: d(1/t) = -dt / t**2, t
    # about 1).
    if close < MARGIN:
        return None, used
    stream.at += used
    return spread[stop] / totals[stop], used


def _nearest(totals: np.ndarray, stop: int, stopped: bool, cut: float) -> float:
    """How near the totals up to the stop (all of them if the chunk did not stop) come to `cut`:
    the least of ``abs(totals[:end] - cut)``. Every total before the stop is at or above `cut` (it
    did not stop the walk), so their nearest is their least less `cut` (rounding keeps order);
    the stop's own total may lie on either side."""
    if not stopped:
        return float(np.minimum.reduce(totals)) - cut
    near = abs(float(totals[stop]) - cut)
    return min(near, float(np.minimum.reduce(totals[:stop])) - cut) if stop else near


@lru_cache(maxsize=16)
def _log_start(start: tuple[float, ...], running: tuple[int, ...]) -> np.ndarray:
    found = np.log(np.array([start[i] for i in running]))
    found.flags.writeable = False
    return found


def walks(ngrams: tuple[str, ...], start: tuple[float, ...], trials: int, check: float, alpha: float,
          seed: int, width: float, base_freq: float, limit: int, rows: GramRows, exact_trial) -> list[float] | None:
    """fastdetect._walks's answer from the log-space sums, each trial the sums cannot decide
    done by `exact_trial(rand, weight)` (the stock arithmetic, returning the normalized
    probabilities of the running languages); None when the best language or its rounded
    probability could differ from the stock walk's (the caller then does the exact walk)."""
    running = rows.running
    log_start = _log_start(start, running)
    ids = rows.ids(ngrams)
    array = rows.array
    stream = Words(seed)
    langprob = np.zeros(len(running))
    words = FIRST_WORDS
    for _ in range(trials):
        weight = (alpha + stream.gauss() * width) / base_freq
        # The next trial reads about as many words as this one took, and a half more.
        found, used = _trial(stream, ids, array, log_start, weight, check, limit, words)
        words = max(FIRST_WORDS, used + used // 2)
        if found is None:
            found = np.array(exact_trial(stream.generator(), weight))
        langprob += found / trials
    ranked = np.sort(langprob)[::-1]
    best = float(ranked[0])
    scaled = best * 10 ** DIGITS
    if (len(ranked) > 1 and best - ranked[1] < MARGIN) or abs(best - PROB_THRESHOLD) < MARGIN \
            or abs(scaled - np.floor(scaled) - 0.5) * 10 ** -DIGITS < MARGIN:
        return None
    result = [0.0] * len(start)
    for i, p in zip(running, langprob.tolist()):
        result[i] = p
    return result
