"""wordfreq's list files and its two scale conversions, read without importing wordfreq: its
package imports langcodes, whose tables take about 0.06 s of a run's start-up, and a run that
only reads word lists (``WordList``, ``frequency_bands``) needs none of it. The answers are
wordfreq's own: ``available_languages`` lists the files its function of that name lists, and the
conversions are its formulas (a test compares them)."""
from __future__ import annotations

import math
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path


@lru_cache(maxsize=1)
def _data_dir() -> Path | None:
    spec = find_spec("wordfreq")   # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0], "data")


@lru_cache(maxsize=4)
def _listed(wordlist: str) -> tuple[tuple[str, str], ...]:
    folder = _data_dir()
    if folder is None:
        return ()
    found = []
    for path in folder.glob("*.msgpack.gz"):
        if not path.name.startswith("_"):
            name, lang = path.name.split(".")[0].split("_")
            if name == wordlist:
                found.append((lang, str(path)))
    return tuple(found)


def available_languages(wordlist: str = "best") -> dict[str, str]:
    """``wordfreq.available_languages(wordlist)``: language code -> list file, for "small",
    "large" or "best" (either, the large list where both are).

    >>> import wordfreq
    >>> all(available_languages(w) == wordfreq.available_languages(w) for w in ("small", "large", "best"))
    True
    """
    if wordlist == "best":
        return dict(_listed("small")) | dict(_listed("large"))
    if wordlist == "combined":
        from wordfreq import available_languages as theirs   # warns as wordfreq does

        return theirs(wordlist)
    return dict(_listed(wordlist))


def cB_to_freq(cB: int) -> float:
    """``wordfreq.cB_to_freq``: centibels to a frequency from 0 to 1.

    >>> cB_to_freq(-300), cB_to_freq(-317)
    (0.001, 0.0006760829753919819)
    """
    if cB > 0:
        raise ValueError("A frequency cannot be a positive number of centibels.")
    return 10 ** (cB / 100)


def freq_to_zipf(freq: float) -> float:
    """``wordfreq.freq_to_zipf``: a frequency to the Zipf scale.

    >>> freq_to_zipf(0.001)
    6.0
    """
    return math.log(freq, 10) + 9
