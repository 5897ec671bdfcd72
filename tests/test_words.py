"""cleantext/words.py: whether a word is common, read from the first bands of wordfreq's lists,
gives wordfreq's own answer."""
import itertools

import pytest
import wordfreq
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.words import KNOWN, frequency, frequency_bands, is_known, is_word, known, first_bands


def _around_the_cut(lang: str) -> list[str]:
    """Words of the bands on both sides of Zipf 3, some from the top, as written and capitalised."""
    bands = list(itertools.islice(frequency_bands(lang), 620))
    words = [w for band in bands[585:620] for w in band[:40]] + [w for band in bands[:60] for w in band[:5]]
    return words + [w.capitalize() for w in words[::7]] + [w + "x" for w in words[::11]]


@pytest.mark.parametrize("lang", ["en", "fr", "pt", "sh", "ru", "fa", "ar", "he", "el"])
def test_known_agrees_with_zipf_frequency(lang):
    words = _around_the_cut(lang) + ["ncia", "importância", "l’aube", "it’s", "don't", "2024", "a1b", "ð¿ñ€"]
    assert [known(w, lang) for w in words] == [wordfreq.zipf_frequency(w, lang) >= KNOWN for w in words]


def test_known_words_end_where_zipf_3_ends():
    listed = first_bands("en")
    assert "provocation" in listed and wordfreq.zipf_frequency("provocation", "en") >= KNOWN
    below = next(w for band in itertools.islice(frequency_bands("en"), 601, 602) for w in band)
    assert below not in listed and wordfreq.zipf_frequency(below, "en") == 2.99
    assert first_bands("xx") is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aeioustnrlcmâãéèçñüöß’'-ðñ€¿", min_size=1, max_size=12))
def test_is_known_agrees_with_frequency(word):
    assert is_known(word) == (frequency(word) >= KNOWN)


def test_a_word_is_judged_without_decoding_whole_lists():
    wordfreq.get_frequency_dict.cache_clear()
    assert not is_word("provocationâ") and is_word("provocation") and is_word("افغانستان")
    # A word that is none asks every language of its script (24 Latin ones): from their first
    # bands, not from wordfreq's whole lists.
    assert not is_word("zzqvtk")
    assert wordfreq.get_frequency_dict.cache_info().currsize == 0
