"""The mojibake stage's quick checks change no answer: they pass every line that the full repair would change.

The slow path is the stage itself with its pre-checks turned off (``without_prechecks`` in
conftest.py: every line goes through every repair). The checks are tested three ways: on a
corpus of real lines and their mojibake in many code pages, by the structure of the patterns
they stand for, and on random strings. Two references stay, for what no switch turns off:
oddness(), whose fast form (it looks only near non-ASCII characters and stops counting once a
comparison is settled) has no slow form in the package, and fix_dropped_c1(), whose check is a
test inside it. ftfy itself is the reference for fix_with_ftfy().
"""
import importlib.util
import os
import re
import sys
import unicodedata
from pathlib import Path

import ftfy
import ftfy.bad_codecs  # noqa: F401  registers the "sloppy-windows-125x" codecs
import pytest
from ftfy.badness import BADNESS_RE
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.chars import CONTROLS, INVISIBLE, SPACES, UNTIDY, letter_script
from cleantext.dropped_c1 import mend_dropped_c1
from cleantext.stages import mojibake
from cleantext.stages.mojibake import (
    ARABIC_LEADS, CASE_FLIP, CODE_PAGES, FTFY_CONFIG, WEDGED, WORD,
)

try:
    from re import _constants as sre_constants, _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants
    import sre_parse

ROOT = Path(__file__).resolve().parent.parent


# --- the references: what no switch turns off ---------------------------------------------------

def reference_oddness(text: str) -> float:
    """oddness() as first written: every character and word looked at, the count never cut short."""
    odd = 0
    for ch in text:
        if ch.isascii():
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cn", "Co", "Cs"):
            odd += 3
        elif cat[0] == "S" and ch not in "€£":
            odd += 1
    odd += len(WEDGED.findall(text)) + len(CASE_FLIP.findall(text))
    for word in WORD.findall(text):
        if word.isascii():
            continue
        scripts = {letter_script(ch) for ch in word if ch.isalpha()}
        if len(scripts) > 1:
            odd += len(word)
        leads = sum(1 for ch in word if ch in ARABIC_LEADS)
        if len(word) >= 4 and leads * 5 >= len(word) * 2:
            odd += leads
    return odd


def reference_fix_dropped_c1(line: str) -> str:
    """fix_dropped_c1() without its opening check for "â" or "Ã": the stage's own mend_dropped_c1()
    (it looks at each place and its words), on a line of Latin-1 characters, the only kind of line
    that can carry this damage."""
    if any(ord(ch) > 0xFF for ch in line):
        return line
    return mend_dropped_c1(line)


# --- the corpus: real lines and their mojibake -------------------------------------------------

def _benchmark_passages() -> list[str]:
    """The passages in fourteen languages written for benchmarks/encodings.py."""
    spec = importlib.util.spec_from_file_location("encodings_benchmark", ROOT / "benchmarks" / "encodings.py")
    module = importlib.util.module_from_spec(spec)
    path = list(sys.path)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = path
    return [text for passages in (module.PASSAGES, module.HELD_OUT) for texts in passages.values() for text in texts]


def _damage(text: str, *codecs: str) -> str | None:
    """UTF-8 read in each code page in turn, or None if a code page cannot read it."""
    try:
        for codec in codecs:
            text = text.encode("utf-8").decode(codec)
    except UnicodeError:
        return None
    return text


DAMAGE = [
    ("sloppy-windows-1252",), ("latin-1",), ("sloppy-windows-1251",), ("sloppy-windows-1250",), ("cp1256",),
    ("mac_roman",), ("sloppy-windows-1254",), ("cp437",), ("sloppy-windows-1252", "sloppy-windows-1252"),
    ("cp1256", "cp1256"), ("cp1256", "sloppy-windows-1252"), ("latin-1", "sloppy-windows-1252"),
]


RTL_STRIDE = 20

# The whole corpus takes several minutes through the slow path; by default every third clean line
# (with all its damaged forms) is tested, which keeps every kind of line and damage.
# CLEANTEXT_FULL_CORPUS=1 tests every line (worth a run after a change to the mojibake stage).
CLEAN_STRIDE = 1 if os.environ.get("CLEANTEXT_FULL_CORPUS") == "1" else 3


def corpus_lines() -> list[str]:
    """Clean lines (samples, PDF and OCR fixtures, passages) and their mojibake of many kinds."""
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "samples").glob("*.txt"))]
    texts += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))
              if "rtl" not in path.relative_to(ROOT / "tests" / "fixtures").parts]
    texts += _benchmark_passages()
    clean = list(dict.fromkeys(line for text in texts for line in text.split("\n") if not line.isascii()))
    # The right-to-left PDF fixtures hold about 6,000 such lines, of a few kinds (the same Persian
    # and Arabic paragraphs as several extractors give them): every RTL_STRIDE-th keeps each kind
    # in the corpus at a twentieth of the cost.
    rtl = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "tests" / "fixtures" / "rtl").rglob("*.txt"))]
    rtl_lines = list(dict.fromkeys(line for text in rtl for line in text.split("\n") if not line.isascii()))
    seen = set(clean)
    clean += [line for line in rtl_lines[::RTL_STRIDE] if line not in seen]
    clean = clean[::CLEAN_STRIDE]
    lines = list(clean)
    for line in clean:
        for codecs in DAMAGE:
            damaged = _damage(line, *codecs)
            if damaged is not None:
                lines.append(damaged)
        latin = _damage(line, "latin-1")
        lines.append(re.sub("[\x80-\x9f]", "", latin))  # C1 bytes dropped
        words = line.split(" ")  # partly damaged: every other word
        lines.append(" ".join(_damage(w, "cp1256") or w if i % 2 else w for i, w in enumerate(words)))
        lines.append(" ".join(_damage(w, "sloppy-windows-1252") or w if i % 2 else w for i, w in enumerate(words)))
        # spaces and invisible characters that the unicode stage tidies away
        lines.append(_damage(line, "sloppy-windows-1252").replace(" ", "\N{NO-BREAK SPACE}", 3) + "  \N{SOFT HYPHEN}")
    return list(dict.fromkeys(lines))


@pytest.fixture(scope="module")
def corpus():
    return corpus_lines()


@pytest.fixture(scope="module")
def slow(corpus, without_prechecks):
    """Each corpus line through the repairs with every pre-check off."""
    with without_prechecks():
        return {line: (mojibake.fix_line_as_cleaned(line), mojibake.fix_line(line)) for line in corpus}


def test_the_corpus_is_large_and_mostly_repaired(corpus, slow):
    changed = [line for line in corpus if slow[line][0] != line]
    assert len(corpus) > 3000 and len(changed) > 2000


def test_the_quick_check_admits_every_line_the_repair_changes(corpus, slow):
    for line in corpus:
        if slow[line] != (line, line):
            assert mojibake.may_be_mojibake(line), line


def test_each_repair_is_admitted_by_its_own_check(corpus, without_prechecks):
    forms = set(corpus)
    forms |= {line.strip() for line in corpus}
    forms |= {INVISIBLE.sub("", CONTROLS.sub("", SPACES.sub(" ", line))) for line in corpus}
    with without_prechecks():
        redecoded = {text: mojibake.fix_code_pages(text) for text in forms}
    for text in forms:
        if ftfy.fix_text(text, FTFY_CONFIG) != text:
            assert mojibake.ftfy_may_fix(text), text
        if redecoded[text] != text:
            assert mojibake.may_redecode(text), text
        if reference_fix_dropped_c1(text) != text:
            assert "â" in text or "Ã" in text


def test_answers_are_those_of_the_slow_path(corpus, slow, without_prechecks):
    for line in corpus:
        assert (mojibake.fix_line_as_cleaned(line), mojibake.fix_line(line)) == slow[line], line
        assert mojibake.fix_with_ftfy(line) == ftfy.fix_text(line, FTFY_CONFIG), line
        assert mojibake.oddness(line) == reference_oddness(line), line
    text = "\n".join(corpus[::7])
    with without_prechecks():
        expected = mojibake.fix_mojibake(text)
    assert mojibake.fix_mojibake(text) == expected


def test_the_samples_through_the_stage_change_as_before(sample_paths, without_prechecks):
    from cleantext.document import Document
    for path in sample_paths:
        damaged = _damage(path.read_text(encoding="utf-8"), "sloppy-windows-1252")
        for text in (path.read_text(encoding="utf-8"), damaged):
            doc = Document.from_text(text)
            mojibake.Mojibake()(doc)
            with without_prechecks():
                expected = [mojibake.fix_line_as_cleaned(line) for line in Document.from_text(text).raw_lines]
            assert [line.text for line in doc.lines] == expected
            assert doc.counters["mojibake"] == len(doc.changes) == sum(
                a != b for a, b in zip(expected, Document.from_text(text).raw_lines))


# --- the patterns, by their structure ----------------------------------------------------------

def _chars_of(op, av) -> set[str] | None:
    """Every character that one element of a parsed pattern matches, or None if it is not a plain set."""
    if op is sre_constants.LITERAL:
        return {chr(av)}
    if op is sre_constants.IN:
        found = set()
        for kind, value in av:
            if kind is sre_constants.LITERAL:
                found.add(chr(value))
            elif kind is sre_constants.RANGE:
                found.update(map(chr, range(value[0], value[1] + 1)))
            else:  # a category (\s, \w) or a negated set
                return None
        return found
    return None


def test_every_match_of_ftfys_badness_regex_holds_a_clue():
    """Each alternative has an element it cannot do without whose characters are all clues."""
    tree = sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    [(op, (_, alternatives))] = tree.data
    assert op is sre_constants.BRANCH
    for alternative in alternatives:
        needed = []
        for op, av in alternative.data:
            if op is sre_constants.MAX_REPEAT and av[0] >= 1 and len(av[2].data) == 1:
                op, av = av[2].data[0]
            chars = _chars_of(op, av)
            if chars is not None:
                needed.append(chars)
        assert any(all(mojibake.FTFY_CLUE.match(ch) for ch in chars) for chars in needed), alternative
    assert tree.getwidth()[1] <= mojibake.BADNESS_WIDTH


def test_clues_are_not_typography():
    assert not mojibake.may_be_mojibake("“Quoted” ‘single’ — dash – range… bullet • no\N{NO-BREAK SPACE}break")
    assert not mojibake.ftfy_may_fix("it’s “fine”")


@pytest.mark.parametrize("page", CODE_PAGES)
def test_utf8_start_is_where_a_code_page_gives_a_lead_and_a_continuation_byte(page):
    pattern = mojibake.UTF8_START[page]
    for lead in range(0x80, 0x100):
        for tail in range(0x80, 0x100):
            try:
                pair = bytes([lead, tail]).decode(page)
            except UnicodeDecodeError:
                continue
            assert pair.encode(page) == bytes([lead, tail])
            assert bool(pattern.fullmatch(pair)) == (0xC2 <= lead <= 0xF4 and 0x80 <= tail <= 0xBF)
    # every other non-ASCII character these code pages can encode is one byte at or above 0x80,
    # so can_redecode() needs to look for nothing else; U+FFFD (written as 0x1A) is the one
    # exception, and a replacement character is kept as it is, never re-read
    for code in range(0x80, 0x10000):
        try:
            encoded = chr(code).encode(page)
        except UnicodeEncodeError:
            continue
        assert len(encoded) == 1
        assert encoded[0] >= 0x80 or code == 0xFFFD


def test_untidy_finds_whatever_the_unicode_stage_would_tidy():
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if SPACES.sub(" ", ch) != ch or CONTROLS.search(ch) or INVISIBLE.search(ch):
            assert UNTIDY.search(ch), hex(code)
        if SPACES.fullmatch(ch):
            assert UNTIDY.search(" " + ch) and UNTIDY.search(ch + " ")


def test_words_never_hold_white_space():
    """oddness() splits at white space before it looks for words."""
    for code in range(sys.maxunicode + 1):
        if chr(code).isspace():
            assert not WORD.search(chr(code)), hex(code)


# --- random strings ----------------------------------------------------------------------------

PIECES = list("aZé ’“”—…\xa0\xad\t\u200b\x85\x9d") + [
    "â€", "â€™", "Ã©", "Ã", "Â", "Â\xa0", "Ø§", "Ù†", "ط§ظپ", "ظ†", "Ð¸", "Ñ€", "Ã¯Â¿Â½", "â",
    "itâs", "Straße", "Привет", "افغان", "سگ", "Ӑ", "McDonald", "½", "€", "\ue000", "\U0001F600", "\ufffd",
    "\x1a", "ï¿½", "Ú©ÛŒ", "ط·آ§", "â€\x9d", "ĂłŁ",
]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_random_strings_get_the_answers_of_the_slow_path(without_prechecks, text):
    with without_prechecks():
        expected = mojibake.fix_line_as_cleaned(text), mojibake.fix_code_pages(text)
    assert (mojibake.fix_line_as_cleaned(text), mojibake.fix_code_pages(text)) == expected
    assert mojibake.fix_dropped_c1(text) == reference_fix_dropped_c1(text)
    assert mojibake.oddness(text) == reference_oddness(text)
    assert mojibake.fix_with_ftfy(text) == ftfy.fix_text(text, FTFY_CONFIG)


def test_the_stage_repairs_every_line_of_the_corpus_as_the_slow_path_does(corpus, sample_paths, without_prechecks):
    """Through the stage, which repairs only the lines that hold a suspect character of the text."""
    from cleantext.document import Document
    clean = [path.read_text(encoding="utf-8") for path in sample_paths]
    for text in ("\n".join(corpus[::5]), "\n".join(corpus[1::5]) + "\n" + clean[0]):
        doc = Document.from_text(text)
        mojibake.Mojibake()(doc)
        with without_prechecks():
            slow = mojibake.Mojibake()(Document.from_text(text))
        assert [line.text for line in doc.lines] == [line.text for line in slow.lines]
        assert doc.changes == slow.changes
