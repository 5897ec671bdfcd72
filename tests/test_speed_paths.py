"""Fast paths of the code-block finder and the short lines' word look-ups, held to the plain way:
codeblocks.signs against every pattern searched, code_by_form against itself without its first
cut (`_may_be_code`, a pre-check tests/conftest.py turns off), word_shares on dictionaries made whole against the word lists' own look-ups."""
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import codeblocks
from cleantext.codeblocks import _signs_searched, code_by_form, signs
from cleantext.lang import shortlines
from cleantext.lang.wordlists import WordList, lookup, word_list

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_LINES = [line for path in sorted((ROOT / "samples").glob("*.txt"))
                for line in path.read_text(encoding="utf-8").split("\n")]

# Every character a sign of code or a prompt is made of, letters, digits, spaces of several kinds,
# and the marks of links and addresses that signs() takes out first.
CODE_ALPHABET = st.sampled_from(list(":{};)(=&|<>_[]$!-+*/%^.,'\"#~ \t\u00a0\u2003aZx_09éж") + ["](", "://", "www."])
code_lines = st.lists(CODE_ALPHABET, max_size=40).map("".join)


@settings(max_examples=1500, deadline=None)
@given(code_lines)
def test_signs_as_every_pattern_searched(line):
    assert signs.__wrapped__(line) == _signs_searched(line)


@pytest.mark.parametrize("line", [
    "    parser = argparse.ArgumentParser()", "The ferry left the quay (at noon).", "}", "  ;  ",
    "$ ls -l", "x := y", "a -> b", "if (a && b) {", "snake_case_name", "obj.method(arg)", "[[x]]",
    "see [the docs](https://x.org/a_b) now", "www.a_b.org/x(y)", "Run it so:", "", " \u2003",
    "a" * 250 + " = b;",
])
def test_signs_on_chosen_lines(line):
    assert signs.__wrapped__(line) == _signs_searched(line)


def test_signs_on_the_samples():
    assert [signs.__wrapped__(line) for line in SAMPLE_LINES] == [_signs_searched(line) for line in SAMPLE_LINES]


# Lines of code, of prose, lead-ins, comments and blanks, at several indentations.
LINES = st.sampled_from([
    "", "", "  ", "Run it so:", "Here is what I ran, and what it printed:", "The ferry left at noon.",
    "It rained all day, and the gulls followed the boat out of the harbour.", "# a comment",
    "for i in range(3):", "    print(i)", "x = f(a);", "y = g(b);", "}", "{", "return 0", "import os",
    "$ ls -l ~/src", "if (a && b) {", "    total += value_of(item)", "Done.", "* Home", "News | Sport",
    "parser.parse_args(argv)", "a -> b", "(see above)", "Note: the end;",
])


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(LINES, st.sampled_from(["", "    ", "\t"])).map(lambda t: t[1] + t[0] if t[0] else t[0]),
                max_size=30))
def test_code_by_form_as_the_plain_way(without_prechecks, lines):
    with without_prechecks():   # every paragraph read for its lead-ins and judged
        plain = code_by_form(lines)
    assert code_by_form(lines) == plain


def test_code_by_form_on_the_samples(without_prechecks):
    with without_prechecks():
        plain = code_by_form(SAMPLE_LINES)
    assert code_by_form(SAMPLE_LINES) == plain
    assert codeblocks._may_be_code(["x = f(a);", "y = g(b);"])
    assert not codeblocks._may_be_code(["x = f(a);", "The ferry left at noon."])


def test_lookup_gives_the_lists_answers():
    listed = word_list("en", "small")
    assert lookup(listed) is listed                       # not made whole yet: the list itself
    words = ["the", "ferry", "melanovski", "", "The", "über", "of"]
    before = [listed.get(word) for word in words]
    whole = lookup(listed.read_all())
    assert isinstance(whole, dict)
    assert [whole.get(word) for word in words] == before == [listed.get(word) for word in words]
    assert [word in whole for word in words] == [word in listed for word in words]
    plain = {"a": 1.0}
    assert lookup(plain) is plain                         # wordfreq's own dictionary as it is


SHORT_LINES = ["Special report", "called", "Jason Melanovski", "semesters", "Über uns", "son", "Mentions légales",
               "Read more", "Startseite", "Contacto", "للحصول", "رییس", "the of and", "Política de privacidad"]


@pytest.mark.parametrize("prior", [None, "en", "de", "ps"])
def test_word_shares_the_same_through_the_lists(monkeypatch, prior):
    for script in ("Latn", "Arab"):
        for lang in shortlines._LANGUAGES[script]:
            shortlines._read_whole(shortlines._word_list(lang))
            if lang in shortlines._LARGE:
                shortlines._read_whole(shortlines._large_list(lang))
    assert isinstance(lookup(shortlines._word_list("en")), dict)
    made_whole = {line: shortlines.word_shares(line, _script(line), prior) for line in SHORT_LINES}
    # The lists looked up through WordList.get, as before lookup() handed out their dictionaries
    # (each word's terms made again, not taken from those kept above).
    monkeypatch.setattr(shortlines, "lookup", lambda listed: listed)
    shortlines._word_terms.cache_clear()
    assert {line: shortlines.word_shares(line, _script(line), prior) for line in SHORT_LINES} == made_whole


def _script(line):
    return "Arab" if any("\u0600" <= ch <= "\u06ff" for ch in line) else "Latn"


def test_word_lists_are_word_lists():
    assert isinstance(shortlines._word_list("en"), WordList)


def word_shares_plain(text, script, prior=None):
    """word_shares as it was: each word's frequencies in a table, then added to the sums."""
    import math

    S = shortlines
    unlisted = prior if prior in S._UNLISTED.get(script, ()) else None
    candidates = S._candidates(text, script, unlisted)
    words = [S._key(w) for w in S.words_of(text)]
    if not candidates or not words:
        return None
    lists = {lang: S._word_list(lang) for lang in candidates if lang != unlisted}
    if not lists:
        return None
    logs = {lang: math.log(weight * (S.NEIGHBOUR_WEIGHT if lang == prior else 1.0))
            for lang, weight in candidates.items()}
    known = False
    for word in words:
        if any(word in listed for listed in lists.values()):
            known = True
            found = {}
            for lang, listed in lists.items():
                f = listed.get(word)
                if f is None:
                    f = (S._large_list(lang).get(word) or S.FLOOR_LARGE) if lang in S._LARGE else S.FLOOR
                found[lang] = f
            if unlisted in candidates:
                found[unlisted] = max(found.values()) / S.NEIGHBOUR_WEIGHT
            for lang, f in found.items():
                logs[lang] += math.log(f)
            continue
        factors = {lang: S._large_list(lang).get(word, 0.0) if lang in S._LARGE else 0.0 for lang in lists}
        known = known or any(factors.values())
        for lang, f in factors.items():
            logs[lang] += math.log(f or (S.FLOOR_LARGE if lang in S._LARGE else S.FLOOR_UNLISTED))
        if unlisted in candidates:
            logs[unlisted] += math.log(max(f or (S.FLOOR_LARGE if lang in S._LARGE else S.FLOOR_UNLISTED)
                                           for lang, f in factors.items()))
    if not known:
        return None
    return S._normalised(logs)


WORDS = st.sampled_from(["the", "of", "und", "der", "la", "de", "semesters", "Melanovski", "son", "called",
                         "Política", "privacidad", "Über", "uns", "Startseite", "ça", "łódź", "zoë", "xqzt", "2024",
                         "رییس", "للحصول", "کی", "است", "Read", "more", "niet", "jeg", "og"])


@settings(max_examples=500, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=4).map(" ".join), st.sampled_from([None, "en", "de", "fr", "ps", "fa"]))
def test_word_shares_as_the_plain_way(text, prior):
    script = _script(text)
    assert shortlines.word_shares(text, script, prior) == word_shares_plain(text, script, prior)


BULLET_ALPHABET = st.sampled_from(list("*+•·▪◦‣o○●□■☆★◆◇►▸-\\.)019aZxO \t\u00a0\u2003\u180e\x1c") + ["12.", "o "])


@settings(max_examples=1500, deadline=None)
@given(st.lists(BULLET_ALPHABET, max_size=8).map("".join))
def test_is_bullet_as_the_pattern(line):
    from cleantext.webblocks import BULLET, is_bullet

    assert is_bullet(line) == (BULLET.match(line) is not None)


def test_is_bullet_on_the_samples():
    from cleantext.webblocks import BULLET, is_bullet

    assert [is_bullet(line) for line in SAMPLE_LINES] == [BULLET.match(line) is not None for line in SAMPLE_LINES]


def _no_text_plain(nonblank):
    from cleantext.webblocks import BUTTON_MARK, BUTTONS_LINE, FORM_LINE, FRAME_LINE, PLACEHOLDER_LINE

    if FRAME_LINE.match(nonblank[0]) and all(len(line.split()) == 1 for line in nonblank[1:]):
        return True
    return all(PLACEHOLDER_LINE.match(line) or FORM_LINE.match(line)
               or (BUTTON_MARK in line and BUTTONS_LINE.match(line)) for line in nonblank)


PLACE_PIECES = st.sampled_from(["[", "]", "[12]", "[IMG]", "[logo]", "[spacer.gif]", "[search     ]", "[ Go]",
                                "IFRAME:", "iframe:", "http://x.org/a", "(BUTTON)", "* ", "- ", " ", "  ", "word",
                                "Home", "[Illustration]", "[责任编辑]", "\t"])
PLACE_LINES = st.lists(PLACE_PIECES, min_size=1, max_size=6).map("".join).filter(str.strip)


@settings(max_examples=1500, deadline=None)
@given(st.lists(PLACE_LINES, min_size=1, max_size=3))
def test_no_text_as_every_pattern_tried(nonblank):
    from cleantext.webblocks import _no_text

    assert bool(_no_text(nonblank)) == bool(_no_text_plain(nonblank))


def test_no_text_finds_places():
    from cleantext.webblocks import _no_text

    assert _no_text(["[IMG]", "* [12][spacer.gif]"]) and _no_text(["IFRAME: [3]http://x.org/a", "b.html"])
    assert _no_text(["(BUTTON) (BUTTON)"]) and _no_text(["[search     ] [ Go]"])
    assert not _no_text(["[IMG] Home"]) and not _no_text(["Home"])


# Arabic-script words with the letters that rule languages out (Persian forms, teh marbuta, hamza on
# alef, Arabic yeh and kaf, Arabic heh, the zero-width non-joiner), beside plain shared ones.
ARABIC_WORDS = st.sampled_from(["رییس", "للحصول", "کی", "است", "مدينة", "في", "كتاب", "می\u200cشود", "تأثیر", "ہے",
                                "من", "و", "تو", "کابل", "الكويت", "هذا", "پوهنتون", "ښار", "xqzt", "the"])


@settings(max_examples=400, deadline=None)
@given(st.lists(ARABIC_WORDS, min_size=1, max_size=5).map(" ".join), st.sampled_from([None, "ps", "fa", "ar", "ur"]))
def test_word_shares_with_letters_as_the_plain_way(text, prior):
    assert shortlines.word_shares(text, "Arab", prior) == word_shares_plain(text, "Arab", prior)
    shortlines._word_terms.cache_clear()   # made afresh, not kept
    assert shortlines.word_shares(text, "Arab", prior) == word_shares_plain(text, "Arab", prior)


# Pieces of the phrases' needed texts and of the texts their patterns match (copyright and cookie
# lines, a post's signature and time), words, digits, marks, padding that makes a text longer than
# an anchored pattern's bound ("^(?=.{0,120}$)").
PHRASE_PIECES = st.sampled_from([
    "©", "(c)", "Copyright", "2024", "All rights reserved", "all rights", "We use cookies", "cookies", "cookie",
    "Accept", "Subscribe", "newsletter", "to our", "Ann", "says", "said", ":", "3", "days", "ago", "hours",
    "vor", "2", "Stunden", "14:10", "Reply", "Comments", "Share", "Home", "the ferry", "day", "ora", ".", "»",
    "Related", "x" * 60, "a long line of the article's own words,", "ß", "İ", "ﬁ", "Straße", "\u00a0", "\n",
])
phrase_texts = st.lists(PHRASE_PIECES, min_size=1, max_size=14).map(" ".join)


@settings(max_examples=2000, deadline=None)
@given(phrase_texts, phrase_texts, st.booleans())
def test_first_phrase_as_the_first_pattern_that_matches(flat, written, same):
    # With every filter (starts, needed texts, the one search of the words' needed texts, the
    # longest text an anchored pattern matches), the answer is the first phrase whose pattern
    # matches the words (the text as written for an as_written one).
    from cleantext.stages.boilerplate import default_settings
    from cleantext.webphrases import _first_phrase

    phrases = default_settings().phrases
    written = flat if same else written
    plain = next((p for p in phrases if p.pattern.search(written if p.as_written else flat)), None)
    found = _first_phrase(phrases, flat, written)
    assert (found and found.id) == (plain and plain.id)


def test_longest_text_bounds_what_a_pattern_matches():
    import regex

    from cleantext.stages.boilerplate import default_settings
    from cleantext.webphrases import longest_text

    bounded = [p for p in default_settings().phrases if p.longest is not None]
    assert {p.id for p in bounded} >= {"post-sign", "post-time"}
    sign = next(p for p in bounded if p.id == "post-sign")
    def signed(length):
        return "3 " + "x" * (length - 12) + " Ann says:"

    # As long as the bound allows, less a line end; one character more, and with a line end.
    assert sign.pattern.search(signed(sign.longest - 2)) and sign.pattern.search(signed(sign.longest - 2) + "\n")
    assert len(signed(sign.longest - 2)) == sign.longest - 2 and not sign.pattern.search(signed(sign.longest - 1))
    assert longest_text(regex.compile(r"(?s)^(?=.{0,10}$)(?!.*::).*\d")) == 12
    assert longest_text(regex.compile(r"^(?=.{0,10})a")) is None          # no end: no bound
    assert longest_text(regex.compile(r"^(?=.*$)a")) is None              # no bound
    assert longest_text(regex.compile(r"(?m)^(?=.{0,10}$)a")) is None     # a line's start
    assert longest_text(regex.compile(r"^a(?=.{0,10}$)")) is None         # not where the text starts
    for text in ("1" * 10, "1" * 10 + "\n", "1" * 11 + "\n", "1" * 12):
        matched = regex.compile(r"(?s)^(?=.{0,10}$)(?!.*::).*\d").search(text) is not None
        assert not matched or len(text) <= 12


# Lines of a page or a book: paragraphs long enough to be no phrase (and the same again, in other
# case, with link marks, addresses, bullets, typographic quotes and apostrophes, wrapped), short
# furniture lines, blank lines.
_PARAGRAPH = ("The ferry between the two harbours will resume on Monday, the council said, after the storm "
              "damaged the quay at the end of the winter, and the first boat will leave at nine.")
UNIT_LINES = st.sampled_from([
    _PARAGRAPH, _PARAGRAPH.upper(), _PARAGRAPH.replace("council", "[12]council"), "* " + _PARAGRAPH,
    _PARAGRAPH.replace("said", "said (www.example.org)"), _PARAGRAPH.replace("the ", "the\u00a0"),
    "\u201c" + _PARAGRAPH.replace("will", "won\u2019t") + "\u201d", _PARAGRAPH.replace("will", "won't rock'n'roll"),
    _PARAGRAPH.replace(" ", " | ", 3), _PARAGRAPH.replace("quay", "quay <b>"), _PARAGRAPH[:70], _PARAGRAPH[70:],
    _PARAGRAPH.replace("ferry", "Fähre"), _PARAGRAPH.replace(",", " \u2014"), "- " + _PARAGRAPH[:40],
    "Share on Facebook", "Home", "* News", "* Sport", "All rights reserved", "We use cookies", "", "", "",
    "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41",
])


@settings(max_examples=800, deadline=None)
@given(st.lists(UNIT_LINES, max_size=24))
def test_units_read_later_as_read_now(lines):
    # A unit _read_later leaves unread is short and no menu when read, holds the letters and digits
    # it says, and the stage finds the same blocks as when every unit is read at once.
    from cleantext.stages import boilerplate
    from cleantext.webblocks import _line_signals, blocks_of, signals

    settings_ = boilerplate.default_settings()
    _line_signals.cache_clear()
    for first, last in blocks_of(lines):
        for a, b in [(first, last)] + [(i, i) for i in range(first, last + 1)]:
            alnum = boilerplate._read_later(lines, a, b, settings_)
            if alnum is not None:
                block = signals(lines, a, b, settings_)
                assert block.kind == "short" and block.signal != "menu" and block.words > settings_.phrase_max_words
                assert alnum == sum(c in "abcdefghijklmnopqrstuvwxyz0123456789" for c in block.key)
    counted = []   # the furniture lines that decide whether the text is a page, each way
    def most_bad_lines(*args, count=boilerplate._most_bad_lines):
        counted.append(count(*args))
        return counted[-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(boilerplate, "_most_bad_lines", most_bad_lines)
        fast = boilerplate.find_boilerplate(lines, settings_)
        patch.setattr(boilerplate, "_read_later", lambda *args: None)
        assert fast == boilerplate.find_boilerplate(lines, settings_)
    assert counted[:1] == counted[1:]
