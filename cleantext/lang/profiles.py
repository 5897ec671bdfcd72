"""langdetect's language profiles, read as DetectorFactory.load_profile reads them, with each
n-gram's row of probabilities made when it is first looked up.

load_profile spends most of a third of a second filling its table of 87,598 n-grams, a list of
55 probabilities each, in Python; reading the 55 JSON files alone takes about a twentieth. A
document asks for the rows of a few hundred n-grams at most, so the table here (NgramTable)
keeps the profiles as read and makes a row, with load_profile's own arithmetic, on first use:
the same keys in the same order, the same rows to the bit (a test compares it with the stock
table).
"""
from __future__ import annotations

import json
import os
import threading
from collections.abc import Mapping
from itertools import chain


# A row made on first use costs about 15 µs (55 look-ups), where load_profile makes all 87,598
# in a third of a second, about 4 µs each: after this many rows made, the rest are made at once.
# The five samples need a few hundred; a stream of web pages in many languages needs more.
LAZY_ROWS = 4096


class NgramTable(Mapping):
    """DetectorFactory.word_lang_prob_map, made lazily: n-gram -> its probability in each
    language, in the order of the languages read (``0.0`` where a profile lacks it)."""

    def __init__(self, profiles: list[tuple[dict[str, int], list[int]]], size: int):
        # Each profile's (frequencies, n-gram counts by length); `size`, load_profile's
        # `langsize`: the number of files in the directory, the length of every row.
        self._profiles, self._size = profiles, size
        self._keys = dict.fromkeys(chain.from_iterable(freq for freq, _ in profiles))
        # The n-grams of the table, for look-ups of membership in C (``gram in table.grams``)
        # where ``gram in table`` would call __contains__ in Python.
        self.grams = self._keys.keys()
        self._rows: dict[str, list[float]] = {}
        self._filled, self._filling = False, threading.Lock()

    def __contains__(self, gram: object) -> bool:
        return gram in self._keys

    def __getitem__(self, gram: str) -> list[float]:
        row = self._rows.get(gram)
        if row is not None:
            return row
        if gram not in self._keys:
            raise KeyError(gram)
        if len(self._rows) >= LAZY_ROWS:
            self._fill()
            return self._rows[gram]
        row = [0.0] * self._size
        length = len(gram)
        if 1 <= length <= 3:
            # DetectorFactory.add_profile's arithmetic, profile by profile.
            for index, (freq, n_words) in enumerate(self._profiles):
                count = freq.get(gram)
                if count is not None:
                    row[index] = 1.0 * count / n_words[length - 1]
        # Rows once made never change; two threads making the same one keep the first.
        return self._rows.setdefault(gram, row)

    def _fill(self) -> None:
        """Make every row not made yet, as load_profile does (profile by profile, n-gram by
        n-gram): past LAZY_ROWS rows, a row at a time would cost more than all of them at once."""
        with self._filling:
            if self._filled:
                return
            rows: dict[str, list[float]] = {}
            for index, (freq, n_words) in enumerate(self._profiles):
                for gram, count in freq.items():
                    row = rows.get(gram)
                    if row is None:
                        row = rows[gram] = [0.0] * self._size
                    length = len(gram)
                    if 1 <= length <= 3:
                        row[index] = 1.0 * count / n_words[length - 1]
            rows.update(self._rows)   # the rows made already stay (the same numbers)
            self._rows, self._filled = rows, True

    def __iter__(self):
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def read_profiles(directory: str) -> tuple[list[str], NgramTable]:
    """The languages and the n-gram table that DetectorFactory.load_profile(directory) makes:
    the files in the order os.listdir gives them, those whose names begin with "." and what is
    no file left out (but counted in the rows' length, as load_profile counts them)."""
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    names = os.listdir(directory)
    if not names:
        raise LangDetectException(ErrorCode.NeedLoadProfileError, "Not found profile: " + directory)
    languages: list[str] = []
    profiles: list[tuple[dict[str, int], list[int]]] = []
    for name in names:
        path = os.path.join(directory, name)
        if name.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as file:
            data = json.load(file)
        lang = data["name"]
        if lang in languages:
            raise LangDetectException(ErrorCode.DuplicateLangError, "Duplicate the same language profile.")
        languages.append(lang)
        n_words = data.get("n_words")
        profiles.append((data.get("freq") or {}, [0, 0, 0] if n_words is None else n_words))
    return languages, NgramTable(profiles, len(names))
