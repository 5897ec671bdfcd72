"""Right-to-left text from PDFs: bidi controls, presentation forms, visual order, lam-alef.

The fixtures in tests/fixtures/rtl/ are real tools' output: Persian and Arabic paragraphs of
benchmarks/lang/ typeset by fpdf2 (HarfBuzz) and reportlab (arabic-reshaper, python-bidi), read
back by pdftotext, pypdf and pdfminer.six (benchmarks/make_rtl_pdfs.py).
"""
import csv
import json
import pathlib
import re

import pytest
from rapidfuzz.distance import Levenshtein

from cleantext import Pipeline
from cleantext.stages.rtl import lam_alef_reversed, logical_order, repair_lam_alef
from cleantext.stages.unicode import normalize

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "rtl"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
DEFAULT = Pipeline.default()
csv.field_size_limit(1 << 24)


def tidy(text: str) -> str:
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.replace("\f", "\n\n"))]
    return "\n\n".join(p for p in paragraphs if p) + "\n"


def cer(out: str, expected: str) -> float:
    return Levenshtein.distance(tidy(out), expected) / len(expected)


GROUPS = sorted({(e["producer"], e["extractor"]) for e in MANIFEST})


@pytest.mark.parametrize("producer, extractor", GROUPS)
def test_pdf_text_errors_fall_and_halve_where_the_extractor_reads_in_order(producer, extractor):
    """Every fixture comes out with fewer errors than it went in; the mean CER of pdftotext's and
    pdfminer's text is at least halved (pypdf turns Persian digits around, which no word list
    can tell: "۱۲" or "۲۱")."""
    befores, afters = [], []
    for entry in MANIFEST:
        if (entry["producer"], entry["extractor"]) != (producer, extractor):
            continue
        text = (FIXTURES / entry["fixture"]).read_text(encoding="utf-8")
        expected = (FIXTURES / entry["expected"]).read_text(encoding="utf-8")
        before, after = cer(text, expected), cer(DEFAULT.run(text).text, expected)
        assert after < before, f"{entry['fixture']}: CER {before:.1%} -> {after:.1%}"
        befores.append(before)
        afters.append(after)
    if extractor != "pypdf":
        assert sum(afters) <= sum(befores) / 2


def test_no_control_or_presentation_form_is_left():
    for entry in MANIFEST:
        out = DEFAULT.run((FIXTURES / entry["fixture"]).read_text(encoding="utf-8")).text
        left = {c for c in out if 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069
                or 0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFE}
        assert not left, (entry["fixture"], sorted(left))


def test_visual_order_lines_read_forwards_and_keep_their_order():
    # pdfminer reads a right-to-left line from left to right: each line backwards. Lines are put
    # forwards before they are joined, so a paragraph's lines stay in their order.
    text = ".دنامب یقاب لوا تسد گیل رد\n.دمآ رازاب هب ۱۴۰۲ لاس رد یناریا یالاک\n"
    out = DEFAULT.run(text).text
    assert out.startswith("در لیگ دست اول باقی بماند.")
    assert "۱۴۰۲" in out and out.index("در لیگ") < out.index("بازار")


def test_lam_alef_repaired_in_a_document_broken_throughout_only():
    broken = "کاالی ایرانی از فوالد مبارکه و اسالم شهر به بازار آمد و البته بالا رفت.\n"
    assert "کالای ایرانی از فولاد مبارکه" in DEFAULT.run(broken).text
    assert "البته بالا" in DEFAULT.run(broken).text            # real words with alef-lam stay
    # The same words beside lam-alefs written right: the document is not broken, they stay.
    mixed = "تالش و فوالد و کاالی در کلاس و بالا و لازم است که در اسالم بود.\n"
    assert lam_alef_reversed([(mixed, "fa")]) is False
    assert "فوالد" in DEFAULT.run(mixed).text


def test_lam_alef_needs_the_blocks_word_list():
    assert repair_lam_alef("فوالد و کاالی", "ps") == ("فوالد و کاالی", 0)    # Pashto: no list
    assert repair_lam_alef("فوالد و کاالی", "fa")[1] == 2


def test_bidi_runs_put_back_in_reading_order():
    assert normalize("سال \u202a 1402\u202cبه بازار") == "سال 1402 به بازار"
    assert normalize("\u202bبماند\u202a.\u202c\u202c") == "بماند."
    assert normalize("\ufed3\ufeee\ufefb\ufea9") == "فولاد"                     # presentation forms


def _clean_rtl_texts():
    for split in ("dev", "heldout"):
        with open(ROOT / "benchmarks" / "lang" / f"{split}.tsv", encoding="utf-8", newline="") as f:
            for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row[0] in ("ar", "fa", "ur", "ps"):
                    yield row[0], row[3]


def test_correct_right_to_left_text_is_left_alone():
    """Every Arabic, Persian, Urdu and Pashto sentence and paragraph of the language sets."""
    texts = list(_clean_rtl_texts())
    assert len(texts) > 4000
    reordered = [text for lang, text in texts if logical_order(text, lang) is not None]
    repaired = [text for lang, text in texts if lam_alef_reversed([(text, lang)])]
    assert reordered == [] and repaired == []


def test_the_gain_told_from_first_bands_is_the_gain_from_the_frequencies():
    from cleantext.stages.rtl import REVERSED_GAIN, WORD, _gains, _languages, _mean_zipf

    lines = [line for path in sorted(FIXTURES.glob("*.txt"))[:60]
             for line in path.read_text(encoding="utf-8").splitlines() if len(WORD.findall(line)) >= 3]
    assert len(lines) > 100
    for line in lines[::3]:
        words = WORD.findall(line)
        for lang in (None, "fa", "ar"):
            langs = _languages(lang)
            backwards = [w[::-1] for w in words]
            for a, b in ((backwards, words), (words, backwards)):
                assert _gains(a, b, langs) == (_mean_zipf(a, langs) - _mean_zipf(b, langs) >= REVERSED_GAIN), line


def test_a_line_in_reading_order_is_told_without_whole_word_lists():
    import wordfreq

    from cleantext.stages.rtl import zipf

    zipf.cache_clear()   # and wordfreq's own caches: every frequency is asked afresh
    wordfreq._wf_cache.clear()
    wordfreq.get_frequency_dict.cache_clear()
    assert logical_order("در لیگ دست اول باقی بماند.") is None
    assert logical_order(".دنامب یقاب لوا تسد گیل رد") == "در لیگ دست اول باقی بماند."
    assert wordfreq.get_frequency_dict.cache_info().currsize == 0
