"""wordfreq's word lists, a word looked up without decoding the whole list.

A short line is labelled from its words' frequencies in eleven Latin-script lists (shortlines.py):
wordfreq's get_frequency_dict makes a dictionary of every word of each (about 0.2 s for the
eleven, 0.1 s more for English's large list; the hashing and inserting of 400,000 words, not the
reading), where a document looks up a few words. A WordList keeps the list's file unpacked (a few
hundredths of a second for all of them) with where each band of it begins (msgpack skips over
them without making a word: a few thousandths), finds the word in the file as msgpack writes it,
and decodes the one band that holds it: its frequency is that band's. A word the file does not
hold as a string is absent without decoding anything. The answers are get_frequency_dict's: a
word is in one band only (wordfreq writes each word once; a test checks every list read here).
"""
from __future__ import annotations

import bisect
import gzip
import io
import threading
from collections.abc import Mapping


# A look-up finds the word in the file (a fifth of a millisecond in a small list) and may decode
# a band: after this many different words, a list is made whole, as wordfreq makes it, and
# looked up as a dictionary from then on (a stream of documents of many short lines).
LOOKED_UP = 32
_UNSEEN, _WHOLE = object(), object()


class WordList(Mapping):
    """get_frequency_dict(lang, wordlist) for the list file at `path`: word -> frequency."""

    def __init__(self, path: str):
        import msgpack

        with open(path, "rb") as file:
            data = gzip.decompress(file.read())
        unpacker = msgpack.Unpacker(io.BytesIO(data), raw=False)
        bands = unpacker.read_array_header() - 1
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            raise ValueError(f"Unexpected header: {header!r}")   # as wordfreq's read_cBpack says it
        # Band i is data[self._starts[i]:self._starts[i + 1]].
        self._starts = [unpacker.tell()]
        for _ in range(bands):
            unpacker.skip()
            self._starts.append(unpacker.tell())
        self._data: bytes | None = data
        self._bands: dict[int, frozenset[str]] = {}   # the bands decoded, by number
        self._found: dict[str, float | None] = {}      # the words looked up
        self._whole: dict[str, float] | None = None    # every word, once read_all() made it
        # Documents are labelled in worker threads at once: a look-up that decodes is one
        # thread's at a time.
        self._reading = threading.Lock()

    @property
    def complete(self) -> bool:
        return self._whole is not None

    def get(self, word: str, default=None):
        whole = self._whole
        if whole is None:
            found = self._found.get(word, _UNSEEN)
            if found is _UNSEEN:
                found = self._look_up(word)
            if found is not _WHOLE:
                return default if found is None else found
            whole = self._whole
        return whole.get(word, default)

    def _look_up(self, word: str):
        """The word's frequency, or None; _WHOLE when the list is made whole (now, or by
        another thread meanwhile): then its dictionary says."""
        if len(self._found) >= LOOKED_UP:
            self.read_all()
            return _WHOLE
        with self._reading:
            if self._whole is not None:
                return _WHOLE
            found = self._found[word] = self._find(word)
        return found

    def _find(self, word: str) -> float | None:
        from ..wordfiles import cB_to_freq

        data, packed = self._data, _packed(word)
        at = data.find(packed)
        while at != -1:
            # The band whose bytes hold this find: its words say whether the find is the word
            # or a piece of another one.
            band = bisect.bisect_right(self._starts, at) - 1
            # A find in the file's header ("format", "version", "cB") is in no band.
            if band >= 0 and word in self._band(band):
                return cB_to_freq(-band)
            at = data.find(packed, at + 1)
        return None

    def _band(self, band: int) -> frozenset[str]:
        import msgpack

        words = self._bands.get(band)
        if words is None:
            start, end = self._starts[band], self._starts[band + 1]
            words = self._bands[band] = frozenset(msgpack.unpackb(self._data[start:end], raw=False))
        return words

    def read_all(self) -> "WordList":
        """Make the dictionary of every word (get_frequency_dict's), and let the file go."""
        import msgpack

        from ..wordfiles import cB_to_freq

        with self._reading:
            if self._whole is None:
                whole: dict[str, float] = {}
                for index, (start, end) in enumerate(zip(self._starts, self._starts[1:])):
                    band = msgpack.unpackb(self._data[start:end], raw=False)
                    if band:
                        whole.update(dict.fromkeys(band, cB_to_freq(-index)))
                self._whole = whole
                self._data = None
                self._bands.clear()
                self._found.clear()
        return self

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __getitem__(self, word: str) -> float:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def __iter__(self):
        return iter(self.read_all()._whole)

    def __len__(self) -> int:
        return len(self.read_all()._whole)


def lookup(listed: Mapping[str, float]) -> Mapping[str, float]:
    """``listed`` itself, or its dictionary once it is made whole: the same answers, looked up
    in C (a short line asks eleven lists about each of its words)."""
    whole = listed._whole if isinstance(listed, WordList) else None
    return listed if whole is None else whole


def _packed(word: str) -> bytes:
    """What the file holds where `word` is one of its strings: msgpack writes a string of under
    32 bytes as one byte of its length (0xA0 + length) and its UTF-8 (a test checks that every
    list read here is written so); a longer one is looked for by its UTF-8 alone.

    >>> _packed("no"), _packed("für")
    (b'\\xa2no', b'\\xa4f\\xc3\\xbcr')
    """
    encoded = word.encode("utf-8", "surrogatepass")
    return bytes([0xA0 | len(encoded)]) + encoded if len(encoded) < 32 else encoded


def word_list(lang: str, wordlist: str) -> Mapping[str, float]:
    """The WordList of wordfreq's list `wordlist` ("small", "large") of `lang`; wordfreq's own
    dictionary for a language without a list of its name (wordfreq finds the nearest one)."""
    from ..wordfiles import available_languages

    path = available_languages(wordlist).get(lang)
    if path is None:
        from wordfreq import get_frequency_dict

        return get_frequency_dict(lang, wordlist=wordlist)
    return WordList(path)
