"""Fast paths of the pages stage, held to the plain way: the signatures of many lines made in one
go against each line's own, the cheap test before the page-number pattern against the pattern, and
cuts_the_text reading places until the answer is settled against reading them all, and which
removed lines stand apart, block by block, against each line asked about."""
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import pagebreaks
from cleantext.pagebreaks import apart, cuts_the_text
from cleantext.stages.pages import _apart_all, _may_be_page_number, _page_number, _pages, _signature, _signatures

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_LINES = [line for path in sorted((ROOT / "samples").glob("*.txt"))
                for line in path.read_text(encoding="utf-8").split("\n")]

# Roman numerals' letters both ways, digits (ASCII and others), spaces of several kinds, form
# feeds, NUL, dashes, a dotted I and the sigmas (which lower() and the masking treat apart).
PAGE_ALPHABET = st.sampled_from(list("ivxlcdmIVXLCDM0123456789٣ \t\f\x0b\x1c\u00a0\u2003\0-–—/.#pPageofSeiteÉİıςΣσ,:aZ"))
page_lines = st.lists(PAGE_ALPHABET, max_size=24).map("".join)


@settings(max_examples=2000, deadline=None)
@given(page_lines)
def test_cheap_test_before_page_number(line):
    if not _may_be_page_number(line):
        assert _page_number(line) is None


@pytest.mark.parametrize("line", ["7", "- 7 -", "Page 7", "Page 7 of 12", "7/12", "p. 7", "xiv", " XIV ",
                                  "— iv —", "Seite 3", "İ", "Share this", "", " ", "\f12", "Mix", "civic"])
def test_cheap_test_on_chosen_lines(line):
    assert _may_be_page_number(line) or _page_number(line) is None


def test_cheap_test_on_the_samples():
    assert all(_may_be_page_number(line) for line in SAMPLE_LINES if _page_number(line) is not None)
    assert sum(not _may_be_page_number(line) for line in SAMPLE_LINES) > 20   # the test spares work


@settings(max_examples=1000, deadline=None)
@given(st.lists(page_lines, max_size=12))
def test_signatures_as_each_line(lines):
    assert _signatures(lines) == [_signature(line) for line in lines]


@pytest.mark.parametrize("lines", [[], ["ΣΟΦΟΣ"], ["a\0b", "Page 7"], ["Page 7", "Seite ΙΣ", "x"],
                                   ["\0"], ["", ""], ["Ünter 3", "Ünter 4"]])
def test_signatures_on_chosen_lines(lines):
    assert _signatures(lines) == [_signature(line) for line in lines]


def test_signatures_on_the_samples():
    assert _signatures(SAMPLE_LINES) == [_signature(line) for line in SAMPLE_LINES]


# Lines of a text with a repeated line at chosen places: prose that ends a sentence or not,
# starts lower-case or not, blank lines, the repeated line itself.
TEXT_LINES = st.sampled_from(["", "", "the ferry left", "It rained.", "and the quay.", "Review", "--", "\f"])


def _read_all(lines, where, skip):
    """cuts_the_text reading every place."""
    told = [cut for cut in (pagebreaks.runs_on(lines, i, skip) for i in where) if cut is not None]
    return bool(told) and sum(told) >= pagebreaks.RUN_ON_SHARE * len(told)


@settings(max_examples=1500, deadline=None)
@given(st.lists(TEXT_LINES, min_size=1, max_size=30), st.data(), st.sampled_from([0.5, 0.25, 1 / 3, 0.6, 0.75, 1.0]))
def test_cuts_the_text_as_reading_every_place(lines, data, share):
    where = sorted(data.draw(st.sets(st.integers(0, len(lines) - 1), max_size=10)))
    skip = set(data.draw(st.sets(st.integers(0, len(lines) - 1), max_size=4)))
    shipped = pagebreaks.RUN_ON_SHARE
    pagebreaks.RUN_ON_SHARE = share   # the early answer holds at any share, the shipped one first
    try:
        assert cuts_the_text(lines, where, skip) == _read_all(lines, where, skip)
    finally:
        pagebreaks.RUN_ON_SHARE = shipped


@settings(max_examples=1500, deadline=None)
@given(st.lists(TEXT_LINES, min_size=1, max_size=30), st.data())
def test_apart_all_as_each_line(lines, data):
    gone = set(data.draw(st.sets(st.integers(0, len(lines) - 1), max_size=12)))
    assert _apart_all(lines, gone) == {i for i in gone if apart(lines, i, gone)}


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["", " ", "the ferry left", "Review", "\u00a0", "7"]), max_size=20))
def test_one_page_without_form_feeds(lines):
    assert len(_pages(lines)) < 2
