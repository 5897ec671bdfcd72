"""The language stage's fast paths give the same answers as the plain way.

Each reference below is the function as it was written before its fast path:
every letter looked up on its own, the address patterns run over every line,
every language's function words counted one set at a time. The faster
langdetect Detector is compared with langdetect's own, and the quick
document guess with the full one it replaced.
"""
from collections import Counter
from pathlib import Path

import regex
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.chars import letter_script
from cleantext.lang import detectors, fastdetect, labels, letters, scripts, walks, words
from cleantext.lang.letters import _EMAIL, _INITIALS, _LETTER_RUN, _URL
from cleantext.lang.scripts import _LETTER, _WORD
from cleantext.lang.words import _FUNCTION

ROOT = Path(__file__).resolve().parents[1]
LABELLED = [ROOT / "tests" / "data" / "langid" / name for name in ("lines.tsv", "heldout.tsv")]
SAMPLE = ROOT / "samples" / "003_7ddff99baeab37cd.txt"


# The references below stay: their fast forms are inside the functions (ASCII letters counted in
# C and the count cut short when they outnumber the rest, a line with a word of its own taken as
# no address, one lookup per word for every language's function words), with no switch to turn
# them off. (The one that is a pre-check of its own, _may_hold_address, is turned off in
# test_prechecks.py.) What they should answer is tested in test_language.py; here only that the
# fast forms answer the same.
def reference_script_of(text):
    counts = Counter(letter_script(ch) for ch in _LETTER.findall(text))
    if not counts:
        return "Zyyy"
    return counts.most_common(1)[0][0]


def reference_wordless(text):
    rest = _EMAIL.sub(" ", text)
    why = "email" if rest != text else None
    rest2 = _URL.sub(" ", rest)
    if rest2 != rest:
        why = why or "url"
    runs = _LETTER_RUN.findall(rest2)
    if not runs:
        return why or "no-letters"
    letters = sum(map(len, runs))
    if _INITIALS.match(rest2) and letters <= 6 and all(len(r) <= 3 for r in runs):
        return "initials"
    if letters <= 4 and all(len(r) <= 2 for r in runs) and regex.search(r"\d", rest2):
        return "no-words"
    return None


def reference_words_only(text):
    return _URL.sub(" ", _EMAIL.sub(" ", text)).strip()


def reference_scores(text):
    words = [w.lower() for w in _WORD.findall(text)]
    return {lang: sum(w in fw for w in words) for lang, fw in _FUNCTION.items()}


def reference_agrees(text, lang):
    if lang not in _FUNCTION:
        return False
    scores = reference_scores(text)
    own = scores.pop(lang)
    return own >= words.AGREE_WORDS and all(3 * other <= own for other in scores.values())


def reference_latin_function_words(text):
    scores = reference_scores(text)
    best = max(scores.values())
    if best == 0:
        return None
    winners = [lang for lang, s in scores.items() if s == best]
    return winners[0] if len(winners) == 1 else None


# Pieces of lines: ASCII and accented Latin words, function words of several
# languages, Arabic, Cyrillic and Greek letters, addresses and the characters
# the address patterns look for, initials, numbers, and a dotted capital I,
# whose lower case is two characters.
PIECES = st.sampled_from([
    "the", "of", "and", "The", "THE", "die", "de", "que", "le", "el", "il", "het", "és",
    "über", "für", "está", "più", "não", "Kabul", "news", "Jason", "AA", "BBC", "J.", "K.",
    "p.", "pp.", "12", "2024", "09.01.2024", "3.5", "U.S.", "e.g.", "www.", ".com", ".org",
    "afgazad.com", "www.afgazad.com", "http://", "https://x", "ftp://a.b", "mailto:",
    "a@b.co", "afgazad@gmail.com", "@", "://", ".", ":", "/", "-", "–", "“", "”", "’",
    "کابل", "زبانهای", "است", "را", "Москве", "Київ", "Αθήνα", "İS", "Σ", "ß",
    "é", "ñ", "ø", "\u0301", "\u200c", "x", "ab", "abc", "abcd",
])
SEPARATORS = st.sampled_from([" ", "  ", "", ", ", ". ", "\t", "/", "@", "."])
LINES = st.lists(st.tuples(PIECES, SEPARATORS), max_size=14).map(
    lambda parts: "".join(p + s for p, s in parts))


@settings(max_examples=600, deadline=None)
@given(LINES)
def test_script_of_equals_the_plain_way(text):
    assert scripts.script_of(text) == reference_script_of(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_script_of_equals_the_plain_way_on_any_text(text):
    assert scripts.script_of(text) == reference_script_of(text)


@settings(max_examples=600, deadline=None)
@given(LINES)
def test_wordless_equals_the_plain_way(text):
    assert letters._wordless(text) == reference_wordless(text)
    assert labels._words_only(text) == reference_words_only(text)


@settings(max_examples=600, deadline=None)
@given(LINES, st.sampled_from(["en", "de", "fr", "es", "it", "pt", "nl", "ru", "fa"]))
def test_function_words_equal_the_plain_way(text, lang):
    assert words._agrees(text, lang) == reference_agrees(text, lang)
    assert words._latin_function_words(text) == reference_latin_function_words(text)


def test_fast_paths_on_named_lines():
    lines = [
        "", "   ", "09.01.2024", "AA-AA", "BBC", "pp. 12-14", "p. 3",
        "www.afgazad.com", "afgazad@gmail.com", "Mail: afgazad@gmail.com",
        "Write to afgazad@gmail.com", "See https://example.org/a/b.html for more",
        "Ukraine continues strikes", "Die Lage ist ernst und die Preise steigen",
        "Le gouvernement a annoncé un plan pour le prix du pain.",
        "Él está aquí con más gente", "Kabul کابلی", "Kabul: کابل کابل",
        "Moscow в Москве", "زبانهای اروپایی", "Η Αθήνα είναι", "The “quoted” word’s end",
        "U.S. troops", "3.5 per cent", "İSTANBUL IS BIG",
    ]
    for text in lines:
        assert scripts.script_of(text) == reference_script_of(text), text
        assert letters._wordless(text) == reference_wordless(text), text
        assert labels._words_only(text) == reference_words_only(text), text
        assert words._latin_function_words(text) == reference_latin_function_words(text), text
        for lang in ("en", "de", "fr", "es"):
            assert words._agrees(text, lang) == reference_agrees(text, lang), text


# --- langdetect, read per word ----------------------------------------------

def _probabilities(detector, text, prior, trials):
    from langdetect.lang_detect_exception import LangDetectException

    detector.set_max_text_length(labels.DOC_SAMPLE)
    detector.n_trial = trials
    if prior:
        detector.set_prior_map(prior)
    detector.append(text)
    try:
        return [(found.lang, found.prob) for found in detector.get_probabilities()]
    except LangDetectException as err:
        return str(err)


@pytest.fixture(autouse=True, scope="module")
def _sums_from_the_first_walk():
    # The log-space sums from the first walk on (a process takes them after EXACT_FIRST walks).
    exact_first, fastdetect.EXACT_FIRST = fastdetect.EXACT_FIRST, 0
    yield
    fastdetect.EXACT_FIRST = exact_first


def same_as_stock_langdetect(text, prior, trials):
    factory = fastdetect._langdetect_factory()
    stock = _probabilities(factory.create(), text, prior, trials)
    fast = _probabilities(fastdetect._fast_detector_type()(factory), text, prior, trials)
    # The walks from log-space sums (walks.py): the same languages in the same order, the
    # best one's confidence as the label keeps it, every probability within 1e-9.
    if isinstance(stock, str) or isinstance(fast, str):
        assert fast == stock, text
    else:
        assert [lang for lang, _ in fast] == [lang for lang, _ in stock], text
        if stock:
            assert round(fast[0][1], walks.DIGITS) == round(stock[0][1], walks.DIGITS), text
        assert all(abs(f - s) < 1e-9 for (_, f), (_, s) in zip(fast, stock)), text
    # The exact walk (fastdetect._walks, where the sums cannot decide): exactly equal floats,
    # the same n-grams, draws and arithmetic.
    shared = fastdetect._shared_walks
    fastdetect._shared_walks = lambda *walk: tuple(fastdetect._walks(*walk, factory.word_lang_prob_map))
    try:
        exact = _probabilities(fastdetect._fast_detector_type()(factory), text, prior, trials)
    finally:
        fastdetect._shared_walks = shared
    assert exact == stock, text


PRIORS = [None, detectors._candidates("Latn", False), detectors._candidates("Latn", True),
          detectors._candidates("Cyrl", False), detectors._candidates("Cyrl", True)]


def test_fast_langdetect_equals_the_stock_detector_on_labelled_lines():
    texts = [line.split("\t", 1)[1] for path in LABELLED
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for text in texts[::3]:
        for prior in PRIORS:
            same_as_stock_langdetect(text, prior, 7)
    for text in texts[1::5]:
        same_as_stock_langdetect(text, PRIORS[1], 1)


# Capitals and acronyms (langdetect skips words in capitals), accents, a
# Vietnamese letter with a combining mark, Arabic and Cyrillic (text mostly
# not Latin loses its Latin letters), CJK, runs of spaces, addresses.
DETECTOR_PIECES = st.sampled_from([
    "the", "The", "THE", "NATO", "UN", "McDonald", "iPhone", "und", "der", "Straße", "für",
    "été", "l'été", "garçon", "ção", "Ą", "ş", "ș", "ț", "a\u0301", "Vie\u0323t", "Việt",
    "کابل", "است", "Москва", "і", "Αθήνα", "東京", "ひらがな", "한국", "www.example.com",
    "a@b.org", "http://x.y/z", "2024", "—", "“", "’", ",", ".", "  ", "\t", "-",
])
DETECTOR_TEXTS = st.lists(st.tuples(DETECTOR_PIECES, st.sampled_from([" ", "", "  ", ". "])),
                          min_size=1, max_size=25).map(lambda parts: "".join(p + s for p, s in parts))


@settings(max_examples=150, deadline=None)
@given(DETECTOR_TEXTS, st.sampled_from(PRIORS), st.sampled_from([1, 3, 7]))
def test_fast_langdetect_equals_the_stock_detector(text, prior, trials):
    same_as_stock_langdetect(text, prior, trials)


def test_fast_langdetect_equals_the_stock_detector_on_long_text():
    text = SAMPLE.read_text(encoding="utf-8")
    for start in range(0, 6000, 1500):
        for prior in PRIORS[:2]:
            same_as_stock_langdetect(text[start:start + 2000], prior, 7)


# --- the document's quick first guess ------------------------------------------

def test_quick_document_guess_labels_documents_as_the_full_guess_did(monkeypatch):
    """The samples and the labelled documents get the same labels as with the
    first guess read as before the quick one: 2000 characters, seven walks,
    langdetect's own convergence, and asked of every document, plainly
    English or not."""
    docs = [[line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
            for path in sorted((ROOT / "samples").glob("*.txt"))]
    docs += [[line.split("\t", 1)[1] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
             for path in sorted((ROOT / "tests" / "data" / "langid" / "docs").glob("*.tsv"))]
    quick = [labels.label_blocks(blocks) for blocks in docs]
    monkeypatch.setattr(words, "PLAIN_ENGLISH_WORDS", 10**9)  # the detector decides every document
    monkeypatch.setattr(labels, "DOC_SAMPLE", 2000)
    monkeypatch.setattr(detectors, "DOC_TRIALS", 7)
    monkeypatch.setattr(detectors, "DOC_CONVERGENCE", 0.99999)
    assert [labels.label_blocks(blocks) for blocks in docs] == quick


def repository_texts():
    """Every text and labelled line kept in the repository, as lists of blocks."""
    paths = sorted(ROOT.glob("samples/*.txt")) + sorted(ROOT.glob("benchmarks/texts/*.txt"))
    paths += sorted(ROOT.glob("tests/**/*.txt")) + sorted(ROOT.glob("tests/data/langid/**/*.tsv"))
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".tsv":
            text = "\n".join(line.split("\t", 1)[-1] for line in text.splitlines())
        yield [block.strip() for block in text.split("\n") if block.strip()]


def test_plainly_english_samples_are_english_to_the_detector_too():
    """Wherever the function words settle a document sample as English, langdetect's full
    guess (seven walks, its own convergence) says English too. Samples start at every fifth
    block of every text in the repository, so they mix headers, bylines and languages."""
    fired = 0
    for blocks in repository_texts():
        found = [scripts.script_of(block) for block in blocks]
        for start in range(0, len(blocks), 5):
            sample = labels._document_sample(blocks[start:], found[start:], "Latn")
            if sample and words._plainly_english(sample):
                fired += 1
                guess = detectors._langdetect(sample, detectors._candidates("Latn", False))
                assert guess is not None and guess[0] == "en", sample
    assert fired > 100  # the check saw enough samples to mean something


@pytest.mark.parametrize("lang", ["ca", "cs", "da", "de", "es", "fi", "fil", "fr", "hu", "id", "it", "lt", "lv",
                                  "ms", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "tr", "vi"])
def test_no_other_language_is_plainly_english(lang):
    """Paragraph-sized texts drawn from another language's 2000 most frequent words, by their
    frequency (wordfreq's lists, taken from real text, loanwords included), are never taken
    for English; drawn the same way from English's, nine in ten are (the rest go to the
    detector, as any sample short of the thresholds does)."""
    import random

    import wordfreq

    def drawn(code):
        words = wordfreq.top_n_list(code, 2000)
        weights = [wordfreq.word_frequency(word, code) for word in words]
        rng = random.Random(lang)
        return [" ".join(rng.choices(words, weights, k=55)) for _ in range(100)]

    assert not any(map(words._plainly_english, drawn(lang)))
    assert sum(map(words._plainly_english, drawn("en"))) >= 90


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30)
       | st.lists(st.sampled_from(["word", "Mail:", "https://x.org", "a@b.co", " ", "\t", "\x1c", "\n", "abc",
                                   "Four,", "five!", "x.y"]), max_size=8).map("".join))
def test_the_ascii_word_pattern_finds_what_the_unicode_one_finds(text):
    assert bool(letters._ASCII_WORD_OF_ITS_OWN.search(text)) == bool(letters._WORD_OF_ITS_OWN.search(text))


def test_texts_with_the_same_ngrams_share_one_walk_and_still_equal_the_stock_detector():
    # A link as two dumpers wrote it: langdetect drops the brackets, so the n-grams are one list.
    fastdetect._shared_walks.cache_clear()
    for text in ["* [Suggestions for the weekend](", "Suggestions for the weekend."]:
        same_as_stock_langdetect(text, PRIORS[2], 7)
    # Each text is asked of the fast detector once: the second found the first's walk.
    assert fastdetect._shared_walks.cache_info().hits == 1
    # Other settings are another walk: the trials are part of what is kept.
    same_as_stock_langdetect("Suggestions for the weekend", PRIORS[2], 3)
    assert fastdetect._shared_walks.cache_info().misses == 2


def test_no_profile_holds_the_grams_the_word_reading_leaves_unasked():
    # _normalized_grams reads a word after two spaces and asks every gram it finds there: it
    # relies on no profile holding the gram " " or a gram with two spaces in a row.
    grams = fastdetect._langdetect_factory().word_lang_prob_map.grams
    assert " " not in grams and "" not in grams
    assert not any("  " in gram for gram in grams)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcéAÉZßİǅΣσ ь-'0"), max_size=12).map(lambda w: w.replace(" ", ""))
       .flatmap(lambda w: st.sampled_from([w, w + " "]))
       | st.text(max_size=10).map(lambda w: w.translate(fastdetect._NORMALIZED).replace(" ", "") + " "))
def test_the_grams_of_a_word_read_by_position_equal_langdetects_loop(word):
    # The loop is langdetect's NGram.add_char, one character at a time (the stock detector
    # comparisons above check it against langdetect itself).
    assert fastdetect._normalized_grams(word) == fastdetect._normalized_grams_stepwise(word)
