"""wordfreq's lists read as far as the words looked up need (cleantext/lang/wordlists.py), against
wordfreq's get_frequency_dict, the way they were read before."""
import gzip
import random
import threading

import msgpack
import pytest
import wordfreq

from cleantext.lang import shortlines
from cleantext.lang.wordlists import LOOKED_UP, WordList, word_list

# Every list the short lines read: the small lists of the languages weighed, the large ones of _LARGE.
LISTS = sorted({(lang, "small") for langs in shortlines._LANGUAGES.values() for lang in langs}
               | {(lang, "large") for lang in shortlines._LARGE})


def _path(lang, wordlist):
    return wordfreq.available_languages(wordlist)[lang]


@pytest.mark.parametrize("lang,wordlist", LISTS)
def test_the_lists_are_written_as_the_reader_assumes(lang, wordlist):
    # Each word once (the first band that holds a word gives its frequency), and every string
    # written in msgpack's shortest form (a word of under 32 bytes is then found by its length
    # byte and its UTF-8): packing the list again gives the file's very bytes.
    with open(_path(lang, wordlist), "rb") as file:
        data = gzip.decompress(file.read())
    bands = msgpack.unpackb(data, raw=False)[1:]
    assert sum(map(len, bands)) == len({word for band in bands for word in band})
    assert msgpack.packb(msgpack.unpackb(data, raw=False), use_bin_type=True) == data


@pytest.mark.parametrize("lang,wordlist", [("en", "small"), ("de", "small"), ("fa", "small"), ("en", "large")])
def test_lookups_give_what_get_frequency_dict_gives(lang, wordlist):
    whole = wordfreq.get_frequency_dict(lang, wordlist=wordlist)
    rng = random.Random(7)
    listed = rng.sample(sorted(whole), 300)
    # Words of no list, words inside listed words, their cases, and other scripts and marks.
    others = ["melanovski", "weiss", "clara", "No", "comments:", "", " ", "für", "\udc00", "a" * 40,
              "q" * 31, "زبانهای", "ﻻ"] + [word[1:] for word in listed[:100]] + [word + "s" for word in listed[:100]]
    words = listed + others
    rng.shuffle(words)
    lazy = WordList(_path(lang, wordlist))
    for word in words:
        assert lazy.get(word) == whole.get(word), word
        assert (word in lazy) == (word in whole), word
        assert lazy.get(word, 0.0) == whole.get(word, 0.0), word
    # Read whole: the same dictionary, the same order.
    assert list(lazy.items()) == list(whole.items()) and len(lazy) == len(whole) and lazy.complete
    with pytest.raises(KeyError):
        lazy["melanovski"]


def test_a_word_of_no_list_decodes_nothing():
    lazy = WordList(_path("en", "large"))
    assert lazy.get("melanovski") is None and "melanovski" not in lazy
    assert not lazy._bands and not lazy.complete
    assert lazy.get("the") > 0.01 and len(lazy._bands) == 1        # the one band that holds it


def test_many_words_make_the_list_whole():
    whole = wordfreq.get_frequency_dict("it", wordlist="small")
    words = sorted(whole)[:200:5]
    lazy = WordList(_path("it", "small"))
    for i, word in enumerate(words):
        assert lazy.get(word) == whole[word]
        assert lazy.complete == (i >= LOOKED_UP)


def test_threads_reading_at_once_get_the_same_answers():
    whole = wordfreq.get_frequency_dict("sv", wordlist="small")
    words = random.Random(3).sample(sorted(whole), 400) + ["melanovski", "clara"]
    lazy = WordList(_path("sv", "small"))
    assert len(words) > LOOKED_UP        # made whole while other threads look words up
    seen = []

    def look():
        seen.append([lazy.get(word) for word in words])

    threads = [threading.Thread(target=look) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [[whole.get(word) for word in words]] * 4


def test_short_lines_read_their_lists_so():
    assert isinstance(shortlines._word_list("en"), WordList)
    assert isinstance(shortlines._large_list("en"), WordList)
    # A language named otherwise than its list's file goes to wordfreq, which finds the nearest.
    assert word_list("en-GB", "small") is wordfreq.get_frequency_dict("en-GB", wordlist="small")


@pytest.mark.parametrize("lang,wordlist", [("en", "small"), ("de", "small"), ("fr", "small"), ("en", "large")])
def test_words_of_the_files_header_are_looked_up_in_its_bands(lang, wordlist):
    # The file opens with a header {"format": "cB", "version": 1}: a find of these words there
    # lies in no band (it unpacked the bytes between the last band and the first: a ValueError
    # that left a one-word document "version" or a YAML file uncleaned).
    whole = wordfreq.get_frequency_dict(lang, wordlist=wordlist)
    lazy = WordList(_path(lang, wordlist))
    for word in ("format", "version", "cB"):
        assert lazy.get(word) == whole.get(word), word


def test_a_document_of_the_header_words_is_cleaned():
    import cleantext

    assert cleantext.clean("version\n") == "version\n"
    assert cleantext.clean("name: harbour-tools\nversion: 1.2.0\nformat: wheel\n").count("version: 1.2.0") == 1
