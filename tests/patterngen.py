"""Pieces of the regular expressions the property tests generate, shared by test_fastpaths and
test_phrase_starts.

Hypothesis checks each text it makes for a pattern with Python's re, which has no time limit: a
repeat over a repeat (``((\\s*)?)+``) or over an alternation of equals (``(k|k)+``) backtracks
for hours in its C code on a text the pattern does not match, and no signal stops that, not even
pytest-timeout's. So what a generated pattern repeats has no repeat or alternation of its own.
"""
from hypothesis import strategies as st

QUANTIFIERS = st.sampled_from(["?", "+", "*", "{2}", "{0,2}"])


def quantifiable(pieces):
    """A piece, or a run of two or three, of those ``pieces`` that hold no repeat or alternation."""
    plain = [piece for piece in pieces if not any(sign in piece for sign in "*+?{|")]
    assert plain, pieces
    return st.one_of(st.sampled_from(plain), st.lists(st.sampled_from(plain), min_size=2, max_size=3).map("".join))


def quantified(pieces):
    """``(run)q``: a quantifiable run of ``pieces`` under one repeat."""
    return st.tuples(quantifiable(pieces), QUANTIFIERS).map(lambda parts: f"({parts[0]}){parts[1]}")
