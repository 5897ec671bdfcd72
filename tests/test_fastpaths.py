"""The fast paths give the same answers as the plain way: unicode.normalize, the whole-text checks
that let the unicode and whitespace stages skip a document, and furniture.find."""
import re
import unicodedata
from pathlib import Path

import regex
from hypothesis import given, reject, settings
from hypothesis import strategies as st
from patterngen import quantified

from cleantext import Pipeline
from cleantext.document import Document
from cleantext.patterns import _folds_as_its_cases, may_match, needs_search, required_literal, required_substrings
from cleantext.rulefile import REGEX_TIMEOUT, selected
from cleantext.stages import furniture
from cleantext.chars import nfc_inert
from cleantext.stages import pages
from cleantext import markdown
from cleantext.markdown import markup_needles
from cleantext.stages.markup import strip_markdown
from cleantext.stages.unicode import (LIGATURES, TYPOGRAPHY, Unicode, normalize, normalize_needles, tidy_needles,
                                      tidy_spaces)

ROOT = Path(__file__).resolve().parent.parent

# normalize() as it was written before its fast paths: every step on every non-ASCII line.
# A reference stays here because these fast paths are inside normalize() (ASCII and NFC-inert
# text passed over, each step tried only where its characters are), with no switch to turn them
# off; the stage's own pre-checks (its needles) are checked generically in test_prechecks.py.
_INVISIBLE = regex.compile("[\u00ad\u200b\u2060\ufeff\u200e\u200f\u2061\u2062\u2063]")
_STRAY_ZWNJ = regex.compile(r"(?<![\p{Arabic}\p{Syriac}\p{Devanagari}\p{Bengali}])\u200c"
                            r"|\u200c(?![\p{Arabic}\p{Syriac}\p{Devanagari}\p{Bengali}])")
_CONTROLS = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
_SPACES = regex.compile(r"[\t\p{Zs}]+")
_GLUED_QUOTE = regex.compile(r"([.!?,;:][*_]*[”’»])(?=[*_]*\p{Lu})")


def reference_normalize(text: str, fold_typography: bool = False, keep_layout: bool = False) -> str:
    # With the layout kept, a soft hyphen after a letter at the line's end (blanks after it go)
    # marks a broken word and stays for the dehyphenate stage.
    if keep_layout and (broken := regex.search(r"(?<=\p{L}\p{M}*)\xad[ \t]*$", text)):
        return reference_normalize(text[:broken.start()], fold_typography, True) + "\xad"
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
    "\ufb00\ufb01\ufb06”’»“«–—…e\u0301\u00e9مپ\u0915Д*_") + ["  ", ".”L", ".”*L", ":*”L", ".\u00ad”L", ".\u200c”L", "م\u200cش"])


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=30).map("".join), st.booleans(), st.booleans())
def test_normalize_equals_the_plain_way(text, fold, layout):
    assert normalize(text, fold_typography=fold, keep_layout=layout) == reference_normalize(text, fold, layout)


# Documents of a few lines made of those characters, with line ends, form feeds and the
# punctuation-quote-capital pattern split over line ends.
LINES = st.lists(st.lists(ALPHABET | st.sampled_from(["\f", ".”", "L"]), max_size=12).map("".join), max_size=6)


def edited(lines, fix, needles):
    """The lines after Document.edit_lines, with ``needles`` or without."""
    doc = Document.from_text("\n".join(lines))
    doc.edit_lines("test", fix, needles=needles)
    return [line.text for line in doc.lines]


@settings(max_examples=600, deadline=None)
@given(LINES, st.booleans(), st.booleans())
def test_needles_never_hide_a_change(lines, fold, layout):
    """Fixing only the lines that hold a needle gives what fixing every line gives."""
    def fix(line):
        return normalize(line, fold_typography=fold, keep_layout=layout)

    def needles(text):
        return normalize_needles(text, fold_typography=fold, keep_layout=layout)

    assert edited(lines, fix, needles) == edited(lines, fix, None)
    assert edited(lines, tidy_spaces, tidy_needles) == edited(lines, tidy_spaces, None)
    # The stage also leaves out the repairs the whole text shows no need of.
    doc = Unicode(fold_typography=fold, keep_layout=layout)(Document.from_text("\n".join(lines)))
    assert [line.text for line in doc.lines] == edited(lines, fix, None)


MARKDOWN = st.lists(st.lists(st.sampled_from(["# ", "**", "*", "_", "__", "***", "[a](https://x.y)", "![i](/p.png)",
                                              "word", " ", "#", "]", "[", "&amp;", "&eacute;", "&#39;", "&", ";",
                                              "`"]), max_size=8).map("".join),
                    max_size=6)


@settings(max_examples=300, deadline=None)
@given(MARKDOWN)
def test_markup_needles_never_hide_a_change(lines):
    assert edited(lines, strip_markdown, markup_needles) == edited(lines, strip_markdown, None)


def reference_strip_markdown(text: str) -> str:
    """strip_markdown() as it was written before it looked for each pattern's marks first.

    It stays because that look is inside strip_markdown(), with no switch to turn it off. The
    character references are decoded first, as strip_markdown() does."""
    text = markdown.decode_references(text)
    for _ in range(3):
        if not any(mark in text for mark in "#*_[]"):
            return text
        before = text
        text = markdown.HEADING.sub(r"\1", text)
        text = markdown.IMAGE.sub("", text)
        text = markdown.LINK.sub(r"\1", text)
        text = markdown.STRONG.sub(r"\2", text)
        text = markdown.EMPHASIS.sub(r"\1", text)
        text = markdown.UNDERSCORE.sub(r"\1", text)
        if text == before:
            break
    return text


@settings(max_examples=400, deadline=None)
@given(MARKDOWN.map("\n".join))
def test_strip_markdown_equals_the_plain_way(text):
    for line in text.split("\n"):
        assert strip_markdown(line) == reference_strip_markdown(line)


def test_needles_let_clean_documents_through():
    # Needles that always named every line would be safe and useless.
    assert normalize_needles("The “raid”, they said.\nIt went on.", keep_layout=True) == []
    assert not normalize_needles("said.”Lukashenko") == []
    assert tidy_needles("a\u00a0b")[-1] == "\u00a0"
    clean = ["The “raid”, they said.", "", "It went on."]
    touched = []
    edited(clean, lambda line: touched.append(line) or line, tidy_needles)
    assert touched == []


def test_needles_mark_the_lines_that_hold_them():
    lines = ["one ", "two", " three", "four  five", "six"]
    touched = []
    edited(lines, lambda line: touched.append(line) or line, lambda text: [" \n", "\n ", "  "])
    # " \n" after "one " marks "one " and "two"; "\n " before " three" marks "two" and " three".
    assert touched == ["one ", "two", " three", "four  five"]
    touched.clear()
    edited(["end "], lambda line: touched.append(line) or line, lambda text: [" \n"])
    assert touched == ["end "]  # a space at the end of the last line is found too


def test_nfc_inert_characters_never_compose_or_reorder():
    """Every inert character below U+3400, after letters and marks that compose, stays as it is under NFC."""
    before = ["a", "e", "A", "\u0915", "\u0b47", "\u1100", "\uac00", "\u0301", "\u05d0"]
    inert = [chr(code) for code in range(0xA0, 0x3400) if nfc_inert(chr(code))]
    assert len(inert) > 5000
    for char in inert:
        for first in before:
            assert unicodedata.is_normalized("NFC", first + char + "a") or not unicodedata.is_normalized("NFC", first), (first, char)
    assert not nfc_inert("\u0301") and not nfc_inert("\u1161") and not nfc_inert("\u0bbe")


def test_furniture_prefilter_changes_no_decision(monkeypatch, sample_paths):
    """Every sample and rule example: the same removals with the combined pattern as without it."""
    pipeline = Pipeline.default()
    docs = [p.read_bytes() for p in sample_paths]
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


# Running heads as they vary from page to page: numbers, Roman numerals, case, spacing.
HEAD_PARTS = st.sampled_from(["Harbour", "Review", "PAGE", "page", "7", "12", "٤", "iv", "XII", "İ", "ı",
                              "Σ", "σ", "#", " ", "  ", "\t", "\u00a0", "\x1c", "—", ".", "x", "vi", "Mix"])
HEADS = st.lists(HEAD_PARTS, min_size=1, max_size=8).map("".join)


@settings(max_examples=500, deadline=None)
@given(HEADS, HEADS)
def test_lines_with_one_key_have_one_signature(a, b):
    if pages._key(a) == pages._key(b):
        assert pages._signature(a) == pages._signature(b)
    assert (pages._key(a) == pages._key(a.upper())) <= (pages._signature(a) == pages._signature(a.upper()))


def test_signatures_change_no_page_decision(monkeypatch, sample_paths, pdf_gold_paths):
    """The samples, the page fixtures and repeated heads: the same finds with every key worked out."""
    texts = [p.read_text(encoding="utf-8") for p in sample_paths]
    pdf = sorted(pdf_gold_paths[0].parent.glob("*.txt"))
    assert len(pdf) > len(pdf_gold_paths)  # the extracted texts too, not only their gold
    texts += [p.read_text(encoding="utf-8") for p in pdf]
    body = ["A sentence of the text that goes on and on, as text does."] * 11
    heads = [["Harbour Review — Page %d" % n, "THE HARBOUR  REVIEW %s" % roman] + body
             for n, roman in enumerate(["i", "ii", "iii", "iv"], 1)]
    texts.append("\n".join(line for page in heads for line in page))
    for text in texts:
        lines = text.replace("\f", "").split("\n")
        fast = pages.find_page_furniture(lines)
        assert fast or text is not texts[-1]  # the repeated heads are found
        with monkeypatch.context() as patch:
            patch.setattr(pages, "_signature", lambda line: "")
            assert pages.find_page_furniture(lines) == fast


# Site patterns: mostly literals between anchors, as site rule files write them, and now and then
# a piece that makes the pattern more than a literal (a class, an alternative, a repeat, a group).
LITERAL_PIECES = ["WSWS", "ws", "a", " ", r"\.", r"\-", "-", ",", r"\b"]
OTHER_PIECES = [".", "|", r"\d", "x+", "[ab]", "(?:a)", r"\s", "a?", "a*", "^", "$"]
SITE_PATTERNS = st.tuples(
    st.sampled_from(["", "", "(?m)", "(?s)", "(?i)"]),
    st.sampled_from(["", "^", r"\A", r"\b", r"\b"]),
    st.lists(st.sampled_from(LITERAL_PIECES * 4 + OTHER_PIECES), min_size=1, max_size=5).map("".join),
    st.sampled_from(["", "$", r"\Z", r"\b", r"\b"]),
).map("".join)
SITE_TEXTS = st.lists(st.sampled_from(["WSWS", "wsws", "ws", ".", "a", "b", " ", "\n", "x", "5", "-"]),
                      max_size=12).map("".join)


def test_a_site_pattern_matches_only_where_its_literal_is():
    """Wherever a site pattern matches, the literal it is said to require is in the text."""
    matched = {"literal": 0, "none": 0}

    @settings(max_examples=500, deadline=None)
    @given(SITE_PATTERNS, st.data())
    def check(source, data):
        pattern = regex.compile(source)
        # Mostly a text made to match the pattern (Python's re reads these patterns as regex
        # does), else one of the same pieces; integers() leans to 0, hence "!= 3".
        if data.draw(st.integers(0, 3)) != 3:
            text = data.draw(st.from_regex(re.compile(source)))
        else:
            text = data.draw(SITE_TEXTS)
        if pattern.search(text):
            literal = required_literal(pattern)
            matched["none" if literal is None else "literal"] += 1
            assert literal is None or literal in text, (source, literal, text)

    check()
    # The assertion is reached in most examples, with and without a literal (about 220 and 110).
    assert matched["literal"] >= 100 and matched["none"] >= 40, matched


def test_site_patterns_of_the_bundled_rules_have_literals():
    # A prefilter that never applied would be safe and useless.
    patterns = [p for rules in Pipeline.default().rules.files for p in rules.match]
    assert patterns and all(required_literal(p) for p in patterns)


# --- matches at line starts: finditer_at_line_starts is finditer -----------------------------------

_LINE_START_PATTERNS = [
    r"(?m)^[ \t]*(?:[*+-][ \t]+)[^\n]{1,3}\n(?:[ \t]*(?:[*+-][ \t]+)[^\n]{1,3}\n){1}",   # ends at a line end
    r"(?m)^(?:#{1,2} \S|```|[ \t]*[*+-] \S)",
    r"(?m)^(?:ab|a)(?=b)",
    r"(?m)^a*",                  # empty matches
    r"(?im)^(?:A\n)+",           # runs over line after line
    r"(?m)^(?<=\n)b",            # a lookbehind that sees the line end
    r"(?m)^b$",
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab#*- \t\n`", max_size=40), st.sampled_from(_LINE_START_PATTERNS))
def test_matches_at_line_starts_are_finditer_s(text, source):
    from cleantext.patterns import finditer_at_line_starts

    pattern = regex.compile(source)
    assert [m.span() for m in finditer_at_line_starts(pattern, text)] == [m.span() for m in pattern.finditer(text)]


def test_line_start_form_is_given_for_the_anchored_kind_signs_only():
    from cleantext.kinds import signs_for
    from cleantext.patterns import line_start_form

    pipeline = Pipeline.default()
    doc = Document.from_text("x", "x")
    doc.rules = pipeline.rules
    selected(doc)
    forms = {sign.id: line_start_form(sign.pattern) is not None for sign in signs_for(doc)}
    assert forms["menu"] and forms["markdown"] and not forms["link-marks"] and not forms["form-feed"]
    assert line_start_form(regex.compile(r"(?m)^a|b")) is None          # the anchor binds one branch
    assert line_start_form(regex.compile(r"^a")) is None                 # the text's start alone
    assert line_start_form(regex.compile(r"(?m)^(?:ab){e<=1}")) is None  # fuzzy: not leftmost
    assert line_start_form(regex.compile(r"(?m)^\Ga")) is None


# --- boilerplate phrases: searched only where a required text is ------------------------------

PHRASE_PIECES = ["we use", "Cookies", "ß", "İ", "saklı", "I", "straße", "x y", "©", "ab", "Ab", "k", "σ", "[a-c]", r"\d", ".",
                 r"\s*", "ﬁ"]
PHRASE_PATTERNS = st.recursive(
    st.sampled_from(PHRASE_PIECES),
    lambda inner: st.one_of(
        st.lists(inner, min_size=2, max_size=3).map("".join),
        st.lists(inner, min_size=2, max_size=3).map(lambda parts: "(" + "|".join(parts) + ")"),
        quantified(PHRASE_PIECES),
        st.tuples(st.sampled_from(["^", r"\b", ""]), inner, st.sampled_from(["$", r"\b", ""])).map("".join),
    ), max_leaves=6)


def _search(pattern, text):
    """``pattern.search(text)``, or the example is dropped when the engine takes too long (nested
    quantifiers over ``\\s*`` backtrack for minutes on a few dozen spaces)."""
    try:
        return pattern.search(text, timeout=0.5)
    except TimeoutError:
        reject()


def _case_variants(text):
    return [text, text.upper(), text.lower(), text.swapcase(), text.title(), text.casefold()]


def test_required_substrings_are_in_every_match():
    """Wherever a pattern matches, in any case, the prefilter lets the text through."""
    matched = {"needs": 0, "none": 0}

    @settings(max_examples=400, deadline=None)
    @given(st.sampled_from(["", "(?i)"]), PHRASE_PATTERNS, st.data())
    def check(flags, body, data):
        source = flags + body
        pattern = regex.compile(source)
        needs = required_substrings(pattern)
        text = data.draw(st.from_regex(re.compile(source)))
        for variant in _case_variants(text) + [data.draw(st.text(max_size=8)) + variant for variant in [text]]:
            if _search(pattern, variant):
                matched["none" if needs is None else "needs"] += 1
                assert may_match(needs, variant, variant.casefold()), (source, needs, variant)

    check()
    assert matched["needs"] >= 200 and matched["none"] >= 20, matched


@settings(max_examples=600, deadline=None)
@given(st.lists(st.text(alphabet="ab(c)|.*\\ é", min_size=0, max_size=4), min_size=1, max_size=6).map(tuple),
       st.text(alphabet="ab(c)|.*\\ é", max_size=12))
def test_needs_search_finds_a_need_where_one_is_in_the_text(needs, text):
    assert (needs_search(needs)(text) is not None) == any(need in text for need in needs)


def test_needs_search_agrees_with_in_on_the_shipped_phrases():
    from cleantext.stages.boilerplate import default_settings

    texts = [line.casefold() for path in sorted((ROOT / "samples").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    for phrase in default_settings().phrases:
        if phrase.needs:
            texts += list(phrase.needs) + [need[1:] for need in phrase.needs]
    for phrase in default_settings().phrases:
        if phrase.needs:
            for text in texts:
                assert (phrase.find_need(text) is not None) == any(need in text for need in phrase.needs)


def test_shipped_phrases_prefilter_never_rejects_a_block_they_match():
    from cleantext.stages.boilerplate import default_settings

    phrases = default_settings().phrases
    # The costly ones have a prefilter (the three searched at every character among them).
    assert {"cookies", "subscribe", "copyright"} <= {p.id for p in phrases if p.needs}
    texts = [line for path in sorted((ROOT / "samples").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    seen = 0

    @settings(max_examples=300, deadline=None)
    @given(st.sampled_from([p for p in phrases if p.needs]), st.data())
    def check(phrase, data):
        nonlocal seen
        text = data.draw(st.from_regex(re.compile(phrase.pattern.pattern)))
        for variant in _case_variants(text) + texts[:: max(1, len(texts) // 200)]:
            if phrase.pattern.search(variant):
                seen += 1
                assert may_match(phrase.needs, variant, variant.casefold()), (phrase.id, variant)

    check()
    assert seen >= 300


def test_a_case_insensitive_literal_matches_only_characters_of_its_casefold():
    """may_match's premise, for every literal character of the shipped phrases: a character the
    engine matches to it case-insensitively, and which folds to one character, folds as it does."""
    from cleantext.stages.boilerplate import default_settings

    single = "".join(c for c in map(chr, range(0x110000))
                     if not 0xD800 <= ord(c) <= 0xDFFF and len(c.casefold()) == 1)
    # Every character of the patterns but "ı" and "ß", which required_substrings leaves out of its texts.
    literal_chars = {c for p in default_settings().phrases for c in p.pattern.pattern if _folds_as_its_cases(c)}
    assert "ı" in "".join(p.pattern.pattern for p in default_settings().phrases) and not _folds_as_its_cases("ı")
    for char in literal_chars:
        for other in regex.findall("(?i)" + regex.escape(char), single):
            assert other.casefold() == char.casefold(), (char, other)


def test_phrase_prefilter_skips_a_text_with_a_character_that_folds_to_more():
    pattern = regex.compile("(?i)sign in")
    needs = required_substrings(pattern)
    assert needs == ("sign in",) and not may_match(needs, "Home", "home")
    assert pattern.search("SİGN İN") and may_match(needs, "SİGN İN", "SİGN İN".casefold())


# Pieces of text around line-end hyphens: words (with marks, apostrophes, inner hyphens), the two
# hyphens, blanks, form feeds, quote marks, digits and a capital, so that every branch of
# LINE_END_HYPHEN (gap, tail, end of line or of text) and of the wrapping checks is reached.
BREAK_PIECES = st.lists(st.sampled_from(["incur-\n", "two-and-a-", "sion", "a", "Ab", "e\u0301", "o'", "’s", "-",
                                         "\u2010", "re\u2010\n", " ", "\t", "\n", "-\n", "\f", "7", "> ", ">",
                                         "x-y", "\r"]),
                        max_size=40).map("".join)


@given(BREAK_PIECES)
def test_line_end_breaks_are_the_patterns_matches(text):
    """hyphenjoin finds, in the same order, the matches LINE_END_HYPHEN.sub finds over the whole text."""
    from cleantext.hyphenjoin import line_end_matches, substitute
    from cleantext.stages.dehyphenate import LINE_END_HYPHEN

    plain = [m.span() for m in LINE_END_HYPHEN.finditer(text)]
    found = [(k, m.span()) for k, m in line_end_matches(LINE_END_HYPHEN, text)]
    assert [span for _, span in found] == plain
    assert [k for k, _ in found] == [text.count("\n", 0, start) for start, _ in plain]
    assert (substitute(LINE_END_HYPHEN, text, text.split("\n"), lambda m, k: f"<{m['first']}|{k}>")
            == LINE_END_HYPHEN.sub(lambda m: f"<{m['first']}|{text.count(chr(10), 0, m.start())}>", text))


# A line's opening: spaces, tabs and quote marks in any order, then the pieces.
OPENED = st.tuples(st.lists(st.sampled_from([" ", "\t", ">", "> ", "x"]), max_size=4).map("".join),
                   BREAK_PIECES).map("".join)


@given(OPENED, OPENED, st.integers(0, 80))
def test_wrapping_checks_equal_the_plain_way(line, following, width):
    """The quote, opening and overflow checks of cleantext/wrapping.py skip their patterns only
    where the patterns would find nothing."""
    from cleantext import wrapping

    line, following = line.replace("\n", ""), following.replace("\n", "")
    assert wrapping._quote(line) == wrapping._SPACE_OR_TAB.sub("", wrapping.QUOTE_MARKS.match(line).group())
    assert wrapping._opening(line) == (wrapping._DIGITS.sub("0", line.split(maxsplit=1)[0]) if line.strip() else "")
    piece = wrapping.FIRST_PIECE.match(following[wrapping.QUOTE_MARKS.match(following).end():])
    plain = piece is not None and len(line.rstrip()) + (0 if line.rstrip().endswith("-") else 1) + len(piece.group()) > width
    assert wrapping.overflows(line, following, width) == plain
