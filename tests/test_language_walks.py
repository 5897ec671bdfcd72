"""langdetect's walks from log-space sums (cleantext/lang/walks.py) against the exact walk.

The exact walk (fastdetect._walks) is the stock Detector's arithmetic, to the bit
(tests/test_language_fastpaths.py); here the sums must give its label and rounded confidence,
its probabilities within 1e-9, the same random draws, and the exact walk wherever they say
they cannot decide.
"""
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.lang import detectors, fastdetect, walks
from cleantext.lang.scripts import script_of

ROOT = Path(__file__).resolve().parents[1]
KNOWN = fastdetect._langdetect_factory().word_lang_prob_map


def _start(candidates):
    prior = detectors._prior_map(tuple(candidates.items()))
    return tuple(prior)


LATIN, LATIN_SHORT = _start(detectors._candidates("Latn", False)), _start(detectors._candidates("Latn", True))
CYRILLIC = _start(detectors._candidates("Cyrl", False))
ANY = (1.0 / len(fastdetect._langdetect_factory().langlist),) * len(fastdetect._langdetect_factory().langlist)


def _ngrams(text):
    detector = fastdetect._fast_detector_type()(fastdetect._langdetect_factory())
    detector.append(text)
    detector.cleaning_text()
    return tuple(detector._extract_ngrams())


def _walk(ngrams, start, trials=3, check=0.99999, limit=1000):
    return (ngrams, start, trials, check, 0.5, 0, 0.05, 10000, limit)


def _shown(langprob):
    """What a label shows: the best language and its confidence as kept."""
    best = max(range(len(langprob)), key=langprob.__getitem__)
    return best, round(langprob[best], walks.DIGITS)


def same_as_exact(walk, allow_undecided=False):
    exact = fastdetect._walks(*walk, KNOWN)
    fast = fastdetect._fast_walks(*walk)
    if fast is None:
        assert allow_undecided, walk[0][:20]
        return None
    assert _shown(fast) == _shown(exact), walk[0][:20]
    assert max(abs(f - e) for f, e in zip(fast, exact)) < 1e-9, walk[0][:20]
    return fast


def repository_texts():
    """The blocks of the samples and benchmark texts, and the labelled lines of tests/data/langid."""
    paths = sorted(ROOT.glob("samples/*.txt")) + sorted(ROOT.glob("benchmarks/texts/*.txt"))
    paths += sorted(ROOT.glob("tests/data/langid/*.tsv"))
    for path in paths:
        for block in path.read_text(encoding="utf-8", errors="replace").split("\n"):
            block = block.split("\t", 1)[-1].strip()
            if len(block) >= 5:
                yield block[:detectors.BLOCK_SAMPLE]


def test_words_read_the_generator_as_random_does():
    """gauss from the bulk words equals random.gauss, and the words after it are the next ones."""
    for seed in range(30):
        rand, words = random.Random(seed), walks.Words(seed)
        picks = random.Random(1000 + seed)
        for _ in range(9):
            assert words.gauss() == rand.gauss(0.0, 1.0)
            count = picks.randrange(1, 400)
            ahead = words.ahead(count)[:count].tolist()
            assert ahead == [rand.getrandbits(32) for _ in range(count)]
            words.at += count


def test_fast_walks_give_the_exact_label_on_the_repository_texts():
    texts = list(repository_texts())[::3]
    assert len(texts) > 150
    undecided = 0
    for text in texts:
        ngrams = _ngrams(text)
        candidates = detectors._candidates(script_of(text), len(text) < detectors.SHORT)
        if not ngrams or not candidates or detectors._prior_map(tuple(candidates.items())) is None:
            continue
        start = _start(candidates)
        trials = detectors.SHORT_TRIALS if len(text) < detectors.SHORT else detectors.BLOCK_TRIALS
        undecided += same_as_exact(_walk(ngrams, start, trials), allow_undecided=True) is None
    assert undecided <= len(texts) // 50   # the exact walk is the exception


PIECES = st.sampled_from([
    "the", "of", "and", "und", "der", "die", "le", "la", "el", "que", "de", "het", "een", "il", "och", "og",
    "Straße", "été", "garçon", "ção", "não", "şehir", "się", "Москва", "і", "ї", "NATO", "iPhone", ",", ".",
])
TEXTS = st.lists(PIECES, min_size=1, max_size=40).map(" ".join)


@settings(max_examples=120, deadline=None)
@given(TEXTS, st.sampled_from([LATIN, LATIN_SHORT, CYRILLIC, ANY]), st.sampled_from([1, 3, 7]),
       st.sampled_from([0.99999, 0.999, 0.9]))
def test_fast_walks_give_the_exact_label(text, start, trials, check):
    ngrams = _ngrams(text)
    if ngrams:
        same_as_exact(_walk(ngrams, start, trials, check), allow_undecided=True)


@pytest.mark.parametrize("limit", [0, 1, 4, 5, 6, 10, 37, 1000])
def test_the_step_limit_stops_the_walk_where_the_stock_walk_stops(limit):
    # A threshold no walk reaches: every trial runs to the limit.
    ngrams = _ngrams("le garçon de la maison der Straße und the house of the state")
    same_as_exact(_walk(ngrams, LATIN, 3, check=1.0, limit=limit), allow_undecided=True)
    same_as_exact(_walk(ngrams, LATIN, 3, check=0.99999, limit=limit), allow_undecided=True)


def test_trials_the_sums_cannot_decide_are_walked_exactly(monkeypatch):
    """With every total 'too close' to the threshold's, each trial is the exact walk's, read from
    the same place of the generator, with the same weight: each trial's probabilities are the
    exact walk's to the bit."""
    monkeypatch.setattr(walks, "MARGIN", 10.0)
    for text in ["Ukraine carried out another series of rocket strikes on the city of Belgorod",
                 "der Hund und die Katze", "le garçon de la maison", "the state"]:
        ngrams = _ngrams(text)
        running = tuple(i for i, p in enumerate(LATIN) if p)
        first = [LATIN[i] for i in running]

        def exact_trial(rand, weight):
            raw, total = fastdetect._trial(rand, fastdetect._factors(KNOWN, weight, running), first, ngrams,
                                           0.99999, 1000)
            return [p / total for p in raw]

        found = []
        walks.walks(*_walk(ngrams, LATIN, 7), fastdetect._gram_rows(running),
                    lambda rand, weight: found.append(exact_trial(rand, weight)) or found[-1])
        # The stock walk's trials, one Random from the seed.
        rand, expected = random.Random(0), []
        for _ in range(7):
            expected.append(exact_trial(rand, (0.5 + rand.gauss(0.0, 1.0) * 0.05) / 10000))
        assert found == expected, text


def test_languages_back_from_underflow_send_the_trial_to_the_exact_walk(monkeypatch):
    """With the underflow level raised to where languages fall on every text, and back up
    reachable, trials go to the exact walk, and the label is still the exact walk's."""
    monkeypatch.setattr(walks, "UNDERFLOW", -60.0)
    monkeypatch.setattr(walks, "RISE", -30.0)
    sent = []
    real = walks.Words.generator

    def generator(self):
        sent.append(1)
        return real(self)

    monkeypatch.setattr(walks.Words, "generator", generator)
    for text in ["the house of the state und der Straße le garçon", "der Hund und die Katze in the garden of eden"]:
        same_as_exact(_walk(_ngrams(text), LATIN, 7), allow_undecided=True)
    assert sent


def test_an_undecided_best_language_falls_back_to_the_exact_walk(monkeypatch):
    """A best language too close to a rounding boundary (here: any, with a wide margin) makes
    the call the exact walk's, through _shared_walks, to the bit."""
    ngrams = _ngrams("Ukraine carried out another series of rocket strikes")
    walk = _walk(ngrams, LATIN, 3)
    monkeypatch.setattr(walks, "MARGIN", 0.6)
    monkeypatch.setattr(walks, "_trial", _decided)
    monkeypatch.setattr(fastdetect, "EXACT_FIRST", 0)
    assert fastdetect._fast_walks(*walk) is None
    fastdetect._shared_walks.cache_clear()
    assert list(fastdetect._shared_walks(*walk)) == fastdetect._walks(*walk, KNOWN)
    fastdetect._shared_walks.cache_clear()


_real_trial = walks._trial


def _decided(*args):
    # The trial as if no total were close to the threshold's: only the call's check is wide.
    margin, walks.MARGIN = walks.MARGIN, 1e-8
    try:
        return _real_trial(*args)
    finally:
        walks.MARGIN = margin


def test_gram_rows_grow_and_keep_earlier_rows():
    rows = walks.GramRows(KNOWN, tuple(range(5)))
    grams = list(KNOWN)[:5000]
    first = rows.ids(tuple(grams[:10]))
    rows.ids(tuple(grams))
    assert rows.array.shape[0] >= 5000
    for gram, row in zip(grams[:10], first):
        assert rows.array[row].tolist() == KNOWN[gram][:5]


def test_a_few_walks_do_not_import_numpy():
    """The first EXACT_FIRST walks of a process are exact: cleaning the samples (one walk)
    imports no NumPy, whose import would cost more than the sums save there."""
    import subprocess
    import sys

    code = ("import sys; from pathlib import Path; from cleantext import Pipeline; "
            "from cleantext.lang import fastdetect; p = Pipeline.default(); "
            "[p.run(f.read_bytes()) for f in sorted(Path('samples').glob('*.txt'))]; "
            "assert fastdetect._walked >= 1, fastdetect._walked; "
            "assert 'numpy' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_walks_in_threads_at_once_equal_walks_one_by_one():
    """Rows are added to one GramRows by threads at once (documents labelled in worker threads):
    every walk still gives what it gives alone."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [text for text in list(repository_texts())[::5] if script_of(text) == "Latn"][:60]
    jobs = [_walk(_ngrams(text), LATIN, 3) for text in texts if _ngrams(text)]
    running = tuple(i for i, p in enumerate(LATIN) if p)
    alone = []
    for walk in jobs:
        rows = walks.GramRows(KNOWN, running)
        alone.append(walks.walks(*walk, rows, lambda rand, weight: pytest.fail("exact trial")))
    shared = walks.GramRows(KNOWN, running)
    shared.array = shared.array[:1]   # grown again and again while the threads read
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda walk: walks.walks(*walk, shared, lambda rand, weight: None), jobs))
    assert together == alone


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 80), st.integers(0, 2**32 - 1), st.floats(0.001, 2.0))
def test_five_steps_multiplied_slab_by_slab_as_block_by_block(blocks, seed, weight):
    # walks._trial gathers a chunk's steps as five slabs (the k-th step of every block in the k-th)
    # and reduces over them; the products must be those of each block's five steps, in order.
    import numpy as np

    rng = np.random.default_rng(seed)
    array = rng.random((300, 31)) ** 3
    rows = rng.integers(0, 300, 5 * blocks)
    by_block = array[rows] + weight
    slabs = array.take(rows.reshape(blocks, 5).T, axis=0)
    slabs += weight
    assert np.array_equal(np.multiply.reduce(slabs, axis=0),
                          np.multiply.reduce(by_block.reshape(blocks, 5, -1), axis=1))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.floats(1.0, 1.0 + 1e-4, allow_nan=False), min_size=1, max_size=40), st.integers(-3, 45),
       st.sampled_from([1.0 / 0.99999, 1.0 / 0.999, 1.00001]))
def test_nearest_total_as_every_distance_taken(totals, over, cut):
    # walks._trial's stop: the first total below `cut`, or the checkpoint at the step limit (`over`);
    # _nearest must be the least distance to `cut` of the totals up to it, as abs() over them gives.
    import numpy as np

    from cleantext.lang.walks import _nearest

    totals = np.array(totals)
    done = totals < cut
    if over < len(done):
        done[max(over, 0):] = True
    stop = int(done.argmax())
    stopped = bool(done[stop])
    end = stop + 1 if stopped else len(done)
    assert _nearest(totals, stop, stopped, cut) == float(np.minimum.reduce(np.abs(totals[:end] - cut)))
