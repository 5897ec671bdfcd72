"""The fast paths give the same answers as the plain way: unicode.normalize, the whole-text checks
that let the unicode and whitespace stages skip a document, and furniture.find."""
import unicodedata
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import Pipeline
from cleantext.document import Document
from cleantext.rulefile import REGEX_TIMEOUT, selected
from cleantext.stages import furniture
from cleantext.stages.unicode import (LIGATURES, TYPOGRAPHY, normalize, tidy_spaces, unchanged_by_normalize,
                                      unchanged_by_tidy)

ROOT = Path(__file__).resolve().parent.parent

# normalize() as it was written before its fast paths: every step on every non-ASCII line.
_INVISIBLE = regex.compile("[\u00ad\u200b\u2060\ufeff\u200e\u200f\u2061\u2062\u2063]")
_STRAY_ZWNJ = regex.compile(r"(?<![\p{Arabic}\p{Syriac}\p{Devanagari}\p{Bengali}])\u200c"
                            r"|\u200c(?![\p{Arabic}\p{Syriac}\p{Devanagari}\p{Bengali}])")
_CONTROLS = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
_SPACES = regex.compile(r"[\t\p{Zs}]+")
_GLUED_QUOTE = regex.compile(r"([.!?,;:][”’»])(?=\p{Lu})")


def reference_normalize(text: str, fold_typography: bool = False, keep_layout: bool = False) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        for glyph, letters in LIGATURES.items():
            text = text.replace(glyph, letters)
        text = _INVISIBLE.sub("", text)
        text = _STRAY_ZWNJ.sub("", text)
        text = _GLUED_QUOTE.sub(r"\1 ", text)
        if fold_typography:
            text = text.translate(TYPOGRAPHY)
    if keep_layout:  # every space one plain space, form feeds kept
        text = regex.sub(r"[\x00-\x08\x0b\x0e-\x1f\x7f\x80-\x9f]", "", text)
        return regex.sub(r"[\t\p{Zs}]", " ", text)
    text = _CONTROLS.sub("", text)
    return _SPACES.sub(" ", text).strip()


# Letters, the characters each step of normalize() looks for, and a few that need NFC.
ALPHABET = st.sampled_from(list(
    "aZ .,;:!?\t\f  \u00a0\u202f\u2007\u3000\u1680\u2000\u205f\x00\x07\x1b\x7f\x85\x9f\u00ad\u200b\u200c\u200e\ufeff"
    "\ufb00\ufb01\ufb06”’»“«–—…e\u0301\u00e9مپ\u0915Д") + ["  ", ".”L", "م\u200cش"])


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=30).map("".join), st.booleans(), st.booleans())
def test_normalize_equals_the_plain_way(text, fold, layout):
    assert normalize(text, fold_typography=fold, keep_layout=layout) == reference_normalize(text, fold, layout)


# Documents of a few lines made of those characters, with line ends, form feeds and the
# punctuation-quote-capital pattern split over line ends.
LINES = st.lists(st.lists(ALPHABET | st.sampled_from(["\f", ".”", "L"]), max_size=12).map("".join), max_size=6)


@settings(max_examples=600, deadline=None)
@given(LINES, st.booleans(), st.booleans())
def test_whole_text_check_never_hides_a_change(lines, fold, layout):
    text = "\n".join(lines)
    if unchanged_by_normalize(text, fold_typography=fold, keep_layout=layout):
        assert [normalize(line, fold_typography=fold, keep_layout=layout) for line in lines] == lines
    if unchanged_by_tidy(text):
        assert [tidy_spaces(line) for line in lines] == lines


def test_whole_text_check_lets_clean_documents_through():
    # A check that always said "changed" would be safe and useless.
    assert unchanged_by_normalize("The “raid”, they said.\nIt went on.", keep_layout=True)
    assert unchanged_by_tidy("The “raid”, they said.\n\nIt went on.")
    assert not unchanged_by_normalize("said.”Lukashenko")
    assert not unchanged_by_tidy("a\u00a0b")


def test_furniture_prefilter_changes_no_decision(monkeypatch):
    """Every sample and rule example: the same removals with the combined pattern as without it."""
    pipeline = Pipeline.default()
    docs = [p.read_bytes() for p in sorted((ROOT / "samples").glob("*.txt"))]
    docs += [example.input.encode() for rules in pipeline.rules.files for example in rules.examples]
    for data in docs:
        doc = Document(source="x", data=data)
        doc.rules = pipeline.rules
        for step in pipeline.stages:
            if step.name == "furniture":
                break
            doc = step(doc)
        lines = [line for line in doc.kept() if not line.blank]
        rules = doc.rules.furniture(selected(doc))
        fast = [(i, j, rule.rule_id) for i, j, rule in furniture.find(lines, rules)]
        with monkeypatch.context() as patch:
            patch.setattr(furniture, "prefilter", lambda rules: (None, []))
            patch.setattr(furniture, "_joined_pattern", lambda rule: None)
            plain = [(i, j, rule.rule_id) for i, j, rule in furniture.find(lines, rules)]
        assert fast == plain


def test_prefilter_covers_the_anchored_built_in_rules():
    pipeline = Pipeline.default()
    rules = [rule for rules in pipeline.rules.files for rule in rules.furniture]
    combined, covered = furniture.prefilter(rules)
    assert combined is not None and combined.pattern.startswith("(?m)\n(?:")
    assert {rule.id for rule in covered} >= {"loading", "share-prompt", "print-footer", "map-photo-caption"}
    assert "photo-credit-caption" not in {rule.id for rule in covered}  # anchored at the end only
    assert not combined.search("\nRead this story and share it", timeout=REGEX_TIMEOUT)


def test_a_match_running_into_the_next_line_does_not_hide_it():
    """The combined pattern runs over the lines joined: "\\s*" can eat the line end before the next."""
    from cleantext.document import Line
    from cleantext.rulefile import Furniture

    rule = Furniture("loading", "widget", "test", pattern=regex.compile(r"^Loading\s*"))
    lines = [Line(text, (i, i)) for i, text in enumerate(["Loading", "Loading", "The ferry sailed."], 1)]
    assert [(i, j) for i, j, _ in furniture.find(lines, [rule])] == [(0, 0), (1, 1)]
    assert furniture.prefilter([rule])[1] == [rule]  # it is the combined pattern that found both


# Line ends of every kind the two checks below read: hyphens, spaces, tabs, form feeds,
# letters, digits, commas and marks.
ENDS = st.lists(st.sampled_from(list("a-9 \t\f,.Жم\u0301") + ["-\t ", "in-", "7-"]), max_size=8).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.lists(ENDS, min_size=1, max_size=5))
def test_line_end_hyphen_check_agrees_with_the_pattern(texts):
    from cleantext.document import Line
    from cleantext.stages.dehyphenate import _ends_in_hyphen

    lines = [Line(text, (i, i)) for i, text in enumerate(texts, 1)]
    line_end = regex.search(r"\p{L}-[ \t]*\n", "\n".join(texts))  # the pattern it stands in for
    assert _ends_in_hyphen(lines) == (line_end is not None)


@settings(max_examples=500, deadline=None)
@given(ENDS, ENDS)
def test_paragraph_join_agrees_with_the_pattern(previous, following):
    from cleantext.stages.paragraphs import CONTINUES, joins

    open_end = regex.search(r"[\p{L},]$", previous.rstrip()) is not None
    assert joins(previous, following) == (open_end and CONTINUES.match(following.lstrip()) is not None)


def test_a_rule_that_refuses_white_space_after_it_still_finds_a_line_end():
    # Searched alone, "Share" has nothing after it; in the lines joined, a line end follows.
    from cleantext.document import Line
    from cleantext.rulefile import Furniture

    rule = Furniture("share", "widget", "test", pattern=regex.compile(r"^Share(?!\s)"))
    lines = [Line(text, (i, i)) for i, text in enumerate(["Share", "Share this", "The ferry sailed."], 1)]
    assert [(i, j) for i, j, _ in furniture.find(lines, [rule])] == [(0, 0)]



# Unanchored line patterns of the kinds rule files hold, searched over the lines joined.
JOINED_RULES = [r"\[[^\]]*\bPhoto\b[^\]]*\]$", r"(?i)share\s+this", r"\s*$", r"a[^.]*b", r"(?<!\w)end\.?$",
                r"x(?=\s)", r"^$", r"\d+ comments?"]
LINE_PIECES = st.lists(st.sampled_from(["[", "]", "Photo", " ", "share", "SHARE this", "a", "b", ".", "end",
                                        "x", "3 comments", "\t", "é"]), max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE_PIECES, min_size=1, max_size=6), st.sampled_from(JOINED_RULES))
def test_one_search_over_joined_lines_finds_every_line_a_rule_matches(texts, source):
    from cleantext.document import Line
    from cleantext.rulefile import Furniture

    rule = Furniture("r", "widget", "test", pattern=regex.compile(source))
    lines = [Line(text, (i, i)) for i, text in enumerate(texts, 1)]
    fast = [(i, j) for i, j, _ in furniture.find(lines, [rule], body_min_chars=10**6)]
    plain = [(i, i) for i, line in enumerate(lines) if rule.pattern.search(line.text.strip())]
    assert fast == plain
