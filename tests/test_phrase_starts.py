"""The boilerplate stage's phrase prefilter by a text's start (patterns.start_texts, may_start):
a phrase anchored at the start is searched only in a block whose first characters may begin a
match. It must never skip a block the search would match."""
import re
from pathlib import Path

import regex
from hypothesis import given, reject, settings
from hypothesis import strategies as st
from patterngen import quantified

from cleantext.patterns import may_start, start_of, start_texts
from cleantext.stages.boilerplate import default_settings
from cleantext.webblocks import _phrase

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_LINES = [line for path in sorted((ROOT / "samples").glob("*.txt"))
                for line in path.read_text(encoding="utf-8").splitlines()]

PIECES = ["share", "Tweet", "ß", "İ", "ı", "saklı", "I", "x y", "k", "σ", "ab", "[a-c]", "[0-9]", r"\d", ".", r"\s*",
          "ﬁ", "é", "a b", "(?:c|)"]
BODIES = st.recursive(
    st.sampled_from(PIECES),
    lambda inner: st.one_of(
        st.lists(inner, min_size=2, max_size=3).map("".join),
        st.lists(inner, min_size=2, max_size=3).map(lambda parts: "(" + "|".join(parts) + ")"),
        quantified(PIECES),
        st.tuples(inner, st.sampled_from(["$", r"\b", "", "(?=x)", "(?!y)"])).map("".join),
    ), max_leaves=6)
# Characters the engine may match case-insensitively to another one, and digits \d matches
# that the ASCII ones are not.
ODD = {"s": "ſ", "k": "\u212a", "i": "ı", "I": "İ", "3": "٣", "1": "１", "ss": "ß", "fi": "ﬁ"}


def _variants(text, data):
    out = [text, text.upper(), text.lower(), text.swapcase(), text.title(), text.casefold()]
    out += [text.replace(a, b) for a, b in ODD.items() if a in text]
    out += [variant + data.draw(st.text(max_size=4)) for variant in out[:2]]
    return out


def _search(pattern, text):
    """``pattern.search(text)``, or the example is dropped when the engine takes too long: the
    strategy can nest quantifiers over a piece that matches nothing (``(((\\s*)?)+)?$``), which
    backtracks for minutes on a few dozen spaces; the filter's answer does not depend on that."""
    try:
        return pattern.search(text, timeout=0.5)
    except TimeoutError:
        reject()


def test_start_texts_never_reject_a_text_the_pattern_matches():
    counted = {"judged": 0, "skipped": 0}

    @settings(max_examples=500, deadline=None)
    @given(st.sampled_from(["", "(?i)", "(?s)"]), BODIES, st.data())
    def check(flags, body, data):
        source = flags + "^" + body
        pattern = regex.compile(source)
        starts = start_texts(pattern)
        text = data.draw(st.from_regex(re.compile(source)))
        folded = bool(pattern.flags & regex.IGNORECASE)
        for variant in _variants(text, data) + [data.draw(st.text(max_size=6))]:
            if _search(pattern, variant):
                if starts is not None:
                    counted["judged"] += 1
                assert may_start(starts, start_of(variant, folded)), (source, sorted(starts), variant)
            elif not may_start(starts, start_of(variant, folded)):
                counted["skipped"] += 1

    check()
    assert counted["judged"] >= 300 and counted["skipped"] >= 50, counted


def test_shipped_phrases_start_filter_never_skips_a_block_they_match():
    phrases = [p for p in default_settings().phrases if p.starts is not None]
    # Most anchored phrases have one (fails where none is computed).
    assert len(phrases) >= 14 and {"share", "related", "legal-links", "comments", "live-time"} <= {p.id for p in phrases}
    seen = 0

    @settings(max_examples=400, deadline=None)
    @given(st.sampled_from(phrases), st.data())
    def check(phrase, data):
        nonlocal seen
        text = data.draw(st.from_regex(re.compile(phrase.pattern.pattern)))
        for variant in _variants(text, data) + SAMPLE_LINES[:: max(1, len(SAMPLE_LINES) // 100)]:
            if phrase.pattern.search(variant):
                seen += 1
                assert may_start(phrase.starts, start_of(variant, phrase.folds)), (phrase.id, variant)

    check()
    assert seen >= 400


def test_the_start_filter_skips_what_cannot_match():
    share = next(p for p in default_settings().phrases if p.id == "share")
    assert not may_start(share.starts, start_of("Home News Sport", True))
    assert may_start(share.starts, start_of("SHARE on Facebook", True)) and share.pattern.search("SHARE on Facebook")
    comments = next(p for p in default_settings().phrases if p.id == "comments")
    # A digit stands for any digit: "٣ comments" is searched, and matched.
    assert may_start(comments.starts, start_of("٣ comments", True)) and comments.pattern.search("٣ comments")
    # A start that does not fold as its cases do is not judged.
    assert start_of("ıxx", True) is None and start_of("ßab", True) is None and start_of("ßab", False) == "ßab"


def test_phrase_finds_the_same_with_and_without_the_start_filter():
    phrases = default_settings().phrases
    plain = []
    for p in phrases:
        copy = type(p)(p.id, p.cls, p.pattern, p.ends_main, p.as_written)
        object.__setattr__(copy, "starts", None)
        plain.append(copy)
    texts = [" ".join(line.split()) for line in SAMPLE_LINES if line.strip()]
    texts += ["Share", "Related Articles", "12 Comments", "14:10", "* 10:43 am", "Tags: Soups", "Next »",
              "Close ×", "Advertisement", "Search", "Log in", "Privacy Policy Terms of Use", "Leave a Reply"]
    for text in texts:
        found, found_plain = _phrase(phrases, text, text), _phrase(tuple(plain), text, text)
        assert (found and found.id) == (found_plain and found_plain.id), text
    assert sum(_phrase(phrases, t, t) is not None for t in texts[-13:]) == 13


def test_phrase_is_the_first_phrase_whose_pattern_matches():
    # With every filter (the texts' starts, each phrase's needed texts), the answer is the first
    # phrase whose pattern the text (as written for an as_written one) matches.
    from cleantext.webphrases import _first_phrase

    phrases = default_settings().phrases
    assert sum(p.needs is not None for p in phrases) >= 2
    texts = [" ".join(line.split()) for line in SAMPLE_LINES if line.strip()]
    texts += ["We use cookies to improve your experience", "Copyright 2024 Example", "© 2019 All rights reserved",
              "Subscribe to our newsletter", "Sign up for the daily newsletter", "Ann says: 3 days ago",
              "12 Responses to “Soup”", "Leave a comment", "Accept cookies", "Cookie settings", "cookies"]
    flats = [(t, t) for t in texts] + [(t.lower(), "x " + t) for t in texts[-11:]] + [("home", t) for t in texts[-11:]]
    matched = 0
    for flat, written in flats:
        plain = next((p for p in phrases if p.pattern.search(written if p.as_written else flat)), None)
        found = _first_phrase(phrases, flat, written)
        assert (found and found.id) == (plain and plain.id), (flat, written)
        matched += plain is not None
    assert matched >= 11
