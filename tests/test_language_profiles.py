"""The n-gram table of langdetect's profiles, its rows made on first use (cleantext/lang/profiles.py),
against the one DetectorFactory.load_profile fills."""
import json
import math

import pytest
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from cleantext.lang import fastdetect
from cleantext.lang.profiles import LAZY_ROWS, NgramTable, read_profiles


@pytest.fixture(scope="module")
def stock():
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return factory


def test_the_same_languages_keys_and_rows_as_load_profile(stock):
    languages, table = read_profiles(PROFILES_DIRECTORY)
    assert languages == stock.langlist
    assert list(table) == list(stock.word_lang_prob_map)      # the same n-grams, in the same order
    assert len(table) == len(stock.word_lang_prob_map) > 80000
    for gram, row in stock.word_lang_prob_map.items():
        made = table[gram]
        # Equal to the bit: the same float operations in the same order.
        assert [p.hex() for p in made] == [p.hex() for p in row], gram
        assert table[gram] is made                               # made once, then kept
    assert "not an n-gram" not in table and table.get("not an n-gram") is None
    with pytest.raises(KeyError):
        table["not an n-gram"]


def test_a_row_is_made_only_when_asked_for():
    _, table = read_profiles(PROFILES_DIRECTORY)
    assert not table._rows
    assert "the" in table and not table._rows                   # membership makes no row
    assert sum(table["the"]) > 0 and list(table._rows) == ["the"]


def test_the_factory_of_the_language_stage_reads_them_so(stock):
    factory = fastdetect._langdetect_factory()
    assert isinstance(factory.word_lang_prob_map, NgramTable)
    assert factory.langlist == stock.langlist and factory.seed == 0
    # The stock Detector on the factory gives the stock answer.
    for text in ["Le gouvernement a annoncé un plan pour le prix du pain.", "Die Lage ist ernst", "Ferry"]:
        ours, theirs = factory.create(), stock.create()
        ours.seed = theirs.seed = 0
        ours.append(text)
        theirs.append(text)
        assert [(p.lang, p.prob) for p in ours.get_probabilities()] == \
               [(p.lang, p.prob) for p in theirs.get_probabilities()]


def test_rows_follow_load_profile_for_odd_profiles(tmp_path):
    # A longer key gets a row of zeros, a hidden file and a folder are skipped but counted in the
    # rows' length, a profile without counts for a length gives zeros where it lacks the n-gram.
    (tmp_path / "aa").write_text(json.dumps({"name": "aa", "freq": {"a": 3, "ab": 1, "abcd": 5},
                                             "n_words": [7, 2, 1]}), encoding="utf-8")
    (tmp_path / "bb").write_text(json.dumps({"name": "bb", "freq": {"b": 2}, "n_words": [3, 0, 0]}),
                                 encoding="utf-8")
    (tmp_path / ".hidden").write_text("not json", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    factory = DetectorFactory()
    factory.load_profile(str(tmp_path))
    languages, table = read_profiles(str(tmp_path))
    assert languages == factory.langlist
    assert {gram: table[gram] for gram in table} == factory.word_lang_prob_map
    assert all(len(row) == 4 for row in factory.word_lang_prob_map.values())
    assert table["a"][languages.index("aa")] == 3 / 7 and not math.isnan(table["abcd"][0])


def test_a_language_twice_is_refused(tmp_path):
    for name in ("one", "two"):
        (tmp_path / name).write_text(json.dumps({"name": "aa", "freq": {"a": 1}, "n_words": [1, 0, 0]}),
                                     encoding="utf-8")
    with pytest.raises(LangDetectException):
        read_profiles(str(tmp_path))


def test_past_lazy_rows_the_rest_are_made_at_once(stock):
    _, table = read_profiles(PROFILES_DIRECTORY)
    grams = list(stock.word_lang_prob_map)
    early = {gram: table[gram] for gram in grams[-LAZY_ROWS:]}     # made one at a time
    assert not table._filled and len(table._rows) == LAZY_ROWS
    assert table[grams[0]] == stock.word_lang_prob_map[grams[0]] and table._filled
    assert all(table[gram] is row for gram, row in early.items())  # kept, not made again
    for gram, row in stock.word_lang_prob_map.items():
        assert [p.hex() for p in table[gram]] == [p.hex() for p in row], gram
