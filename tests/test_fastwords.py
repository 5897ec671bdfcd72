"""The cheaper ways a document's lines are read give what the plain ways gave: a web block's words
(split in C where the regular expression found them one by one), whether a line holds Han or
kana, whether a text holds a run of blank lines."""
import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import webblocks
from cleantext.document import BLANK_RUN, BLANK_RUN_FOUND
from cleantext.webblocks import (ASCII_WORD, BUTTON_MARK, LINK_MARK, MARKS, MARKUP, MD_LINK, TYPOGRAPHIC,
                                 TYPOGRAPHIC_WORD, URL, WORD, _ascii_words, _line_signals, _typographic_words,
                                 plain_words)


def plain_words_as_it_was(text: str) -> list[str]:
    """plain_words before its words were split in C: Markdown marks blanked out, then findall."""
    if BUTTON_MARK in text:
        text = text.replace(BUTTON_MARK, " ")
    if "[" in text:
        text = LINK_MARK.sub(" ", MD_LINK.sub(r" \1 ", text))
    if "/" in text or "www." in text:
        text = URL.sub(" ", text)
    if "<" in text or ">" in text or "\\" in text:
        text = MARKUP.sub(" ", text)
    text = MARKS.sub(" ", text)
    if text.isascii():
        return ASCII_WORD.findall(text)
    if webblocks._BEYOND_TYPOGRAPHIC.search(text) is None:
        return TYPOGRAPHIC_WORD.findall(text)
    return WORD.findall(text)


# Apostrophes of both kinds, word characters, Markdown marks, separators, a few letters beyond ASCII.
APOSTROPHES = st.sampled_from(["'", "’", "''", "'s", "’t", "n't", "'1"])
ASCII_BITS = st.sampled_from(list("aZ09 -_.,*#|[]()<>/\\`=~\t?") + ["(BUTTON)", "[12]", "www.", "http://x.y/z"])
TYPO = st.sampled_from(TYPOGRAPHIC)
OTHER = st.sampled_from(list("éÉßİıǅ中かー\u0301١") + ["\U0001d400"])


def _texts(*parts):
    return st.lists(st.one_of(*parts), max_size=30).map("".join)


@settings(max_examples=600, deadline=None)
@given(_texts(APOSTROPHES, ASCII_BITS, TYPO, OTHER, st.text(max_size=3)))
def test_plain_words_are_the_words_findall_gave(text):
    assert plain_words(text) == plain_words_as_it_was(text)


@settings(max_examples=600, deadline=None)
@given(_texts(APOSTROPHES.filter(lambda a: "’" not in a), ASCII_BITS, st.text(alphabet=st.characters(max_codepoint=127), max_size=4)))
def test_ascii_words_are_ascii_words_findall(text):
    assert _ascii_words(text) == ASCII_WORD.findall(text)


@settings(max_examples=600, deadline=None)
@given(_texts(APOSTROPHES, ASCII_BITS, TYPO))
def test_typographic_words_are_typographic_words_findall(text):
    assert _typographic_words(text) == TYPOGRAPHIC_WORD.findall(text)


def test_the_apostrophe_cases_are_read_as_findall_reads_them():
    for text in ["rock'n'roll", "'tis", "it's", "a'1", "a'b1", "x''y", "don’t", "l’été", "o’Neil's", "’90s",
                 "it’s 'quoted'", "a' b", "a 'b", "1'a", "A'B'C'D"]:
        assert plain_words(text) == plain_words_as_it_was(text), text


@settings(max_examples=400, deadline=None)
@given(_texts(ASCII_BITS, TYPO, OTHER, st.text(max_size=3)))
def test_a_line_holds_han_or_kana_as_the_old_test_said(text):
    if not text.strip():
        return
    _line_signals.cache_clear()
    han = _line_signals(text).han
    _line_signals.cache_clear()
    assert han == (not text.isascii() and max(text) >= "\u2e80" and webblocks.CJK.search(text) is not None)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="\n \ta\x0c\r", max_size=24))
def test_a_run_of_blank_lines_is_found_as_the_counted_pattern_found_it(text):
    counted = re.compile(r"(?:\n[ \t]*){%d}\n" % BLANK_RUN)
    found, was = BLANK_RUN_FOUND.search(text), counted.search(text)
    assert (found and found.span()) == (was and was.span())


def test_the_marks_are_no_words_characters():
    """Why plain_words need not blank Markdown marks out: no word pattern takes one."""
    marks = "#*_|=~`>[]"
    assert MARKS.fullmatch(marks)
    for pattern in (ASCII_WORD, TYPOGRAPHIC_WORD, WORD):
        assert not any(pattern.search(mark) for mark in marks)
    assert regex.compile(r"[\p{L}\p{M}\p{N}'’]").search(marks) is None


@settings(max_examples=500, deadline=None)
@given(st.lists(_texts(APOSTROPHES, ASCII_BITS, TYPO, OTHER, st.sampled_from(["", " ", "\r", "\u2028", "](", "[a](b)"])),
                max_size=8), st.sampled_from([4000, 5, 1]))
def test_a_page_sample_is_the_words_of_the_lines_joined(lines, limit):
    """page_language's sample, read from each line's words, is the words of the lines joined."""
    _line_signals.cache_clear()
    assert webblocks._sample(lines, limit) == {w.casefold() for w in plain_words("\n".join(lines))[:limit]}
    _line_signals.cache_clear()


_END_BITS = st.sampled_from(list(".!?…。:;\"'”’»)]」』）\n\r a") + ["...", "\u2028", "?!"])


@settings(max_examples=800, deadline=None)
@given(st.sampled_from([".!?…。！？؟:;", ("...", "?!", "。"), (".", "a"), (")",), ("",), (".\n",)]),
       st.lists(_END_BITS, max_size=70).map("".join))
def test_a_sentence_end_is_read_from_the_tail_as_the_search_found_it(marks, text):
    """ends_sentence's test of a text's last characters gives what the pattern's search gave
    (the marks that end in a closer, or hold a line end, keep the search)."""
    pattern = webblocks.sentence_end(marks)
    assert webblocks.ends_sentence(text, pattern) == (pattern.search(text[-webblocks._TAIL:]) is not None)


def test_the_shipped_sentence_ends_are_read_from_the_tail():
    from cleantext.stages.boilerplate import default_settings

    pattern = default_settings().sentence_end
    assert webblocks._MARKS_OF[id(pattern)][0] is pattern
    for text in ["The end.", "Fin。」", "Home", "He said: “Go.”\n", "x" * 100 + ".)", "“" + "”" * 70]:
        assert webblocks.ends_sentence(text, pattern) == (pattern.search(text[-webblocks._TAIL:]) is not None)


_ADDRESS_BITS = st.sampled_from(list("ab.-_/<:é中 \t\n\x1c\u00a0\u2028\u200c") + ["www.", "http://", "ftp://", ".org/", "x.de/p"])


@settings(max_examples=800, deadline=None)
@given(st.lists(_ADDRESS_BITS, max_size=25).map("".join))
def test_addresses_are_taken_out_as_the_whole_search_took_them(text):
    assert webblocks._without_addresses(text) == URL.sub(" ", text)
