"""The ocr stage: misread letters corrected, everything else left as it is."""
import pytest

from cleantext import Pipeline
from cleantext.cli import parse_args
from cleantext.stages.ocr import OcrRules, correct_ocr, load_rules, shows_ocr_traits

# A sentence of OCR damage that opens the gate and gives the evidence real words need.
DAMAGE = "It was tlie end of tbe day, and we havo followed tbe river"


@pytest.mark.parametrize("text, expected", [
    # Non-words with one confusion each.
    (f"{DAMAGE}.", "It was the end of the day, and we have followed the river."),
    (f"{DAMAGE}, which foUowed tbe road.", "It was the end of the day, and we have followed the river, "
                                         "which followed the road."),
    (f"{DAMAGE} and tbe rnen sat.", "It was the end of the day, and we have followed the river and the men sat."),
    # The long s read as f, and as itself.
    (f"{DAMAGE}. The firft of them fhall ſtand.", "It was the end of the day, and we have followed the river. "
                                                 "The first of them shall stand."),
    # A capital where a sentence starts is no name: "Tbe" is mended there.
    (f"{DAMAGE}. Tbe night fell.", "It was the end of the day, and we have followed the river. The night fell."),
])
def test_misreadings_are_corrected(text, expected):
    assert correct_ocr(text)[0] == expected


@pytest.mark.parametrize("text", [
    # Words in their own right stay without evidence: "tho" alone, "bis" alone.
    "tho night was dark",
    "the bis in the street",
    # Clean text: no OCR traits, nothing read.
    "It was the end of the day, and we have followed the river.",
])
def test_words_without_evidence_stay(text):
    assert correct_ocr(text)[0] == text


@pytest.mark.parametrize("word", [
    "Tbe",            # capitalised mid-sentence: a name
    "TBE",            # all capitals: an acronym
    "iPhone",         # mixed case no confusion explains
    "1s",             # a shilling: a number with a unit
    "10th",
    "www.tbe.org",    # a URL
    "tbe_day",        # code
    "haue",           # old spellings: "have", "upon", "every", "love", "only", "will", "shown"
    "vpon",
    "euery",
    "loue",
    "onely",
    "wil",
    "shewn",
])
def test_guarded_words_stay(word):
    text = f"{DAMAGE} and {word} too."
    fixed, corrections = correct_ocr(text)
    assert f" {word} " in fixed
    assert word not in [c.before for c in corrections]


@pytest.mark.parametrize("text, kept, why", [
    # The rest of the word was read as a symbol: "ery" of "¥ery" is no "cry".
    ("folk are ¥ery thick", "¥ery", "fragment"),
    # Two words run together explain it better than a confusion: "asin" is "as in", not "asia".
    ("passengers, asin the old cities", "asin", "split"),
    # A short winner must be more common than a long one: "aniy" may be "any", not "amy" (4.2).
    ("quarrel with aniy one", "aniy", "short"),
])
def test_damage_no_confusion_explains_stays(text, kept, why):
    fixed, corrections = correct_ocr(f"{DAMAGE} {text}.")
    assert kept in fixed, why
    assert [c.before for c in corrections] == ["tlie", "tbe", "havo", "tbe"]


def test_a_long_candidate_needs_less_than_a_short_one():
    # "tenipered" -> "tempered" (Zipf 3.5, nine letters) passes where a five-letter word needs 3.8.
    assert "tempered" in correct_ocr(f"{DAMAGE}, tenipered by age.")[0]


def test_a_fragment_beside_a_line_end_hyphen_stays():
    text = f"{DAMAGE} to tbe re-\nmaining havo-\ntbe end."
    fixed, corrections = correct_ocr(text)
    assert "re-\nmaining havo-\ntbe end" in fixed
    assert [c.before for c in corrections] == ["tlie", "tbe", "havo", "tbe", "tbe"]


def test_a_real_word_needs_the_same_confusion_mending_non_words_in_its_block():
    # "tho" is a word (dialect, verse); "tbe" and "tlie" use other confusions than o>e ...
    without = correct_ocr("It was tlie end of tbe day and tho night.")[0]
    assert "tho night" in without
    # ... "havo" and "aro" are mended by o>e, so "tho" may be too.
    fixed, corrections = correct_ocr("We havo seen that they aro tired: tho night was long and tlie day.")
    assert fixed == "We have seen that they are tired: the night was long and the day."
    evidence = next(c.evidence for c in corrections if c.before == "tho")
    assert "o>e mended 2 non-words" in evidence


def test_each_correction_names_its_rule_and_evidence():
    _, corrections = correct_ocr(f"{DAMAGE}.")
    first = corrections[0]
    assert (first.before, first.after, first.rule) == ("tlie", "the", "ocr:li>h")
    assert "Zipf" in first.evidence
    assert f"{DAMAGE}."[first.start:first.end] == "tlie"


def test_gate():
    assert shows_ocr_traits(f"{DAMAGE}.")
    assert not shows_ocr_traits("It was the end of the day, and we have followed the river.")
    assert not shows_ocr_traits("tbe", lang="xx")  # no word list for the language: never read


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_gate_words_are_those_the_frequency_dictionary_holds_as_common(lang):
    # The gate reads wordfreq's frequency bands, not the whole dictionary: the same words.
    from wordfreq import get_frequency_dict

    from cleantext.stages.ocr import GATE_ZIPF, _common

    rare = 10 ** (GATE_ZIPF - 9)
    assert _common(lang) == {word for word, freq in get_frequency_dict(lang).items() if freq >= rare}
    assert _common("xx") is None


def test_rule_files_add_lexicon_words():
    extra = OcrRules.from_tables([{"lexicon": ["Havo"]}])
    base = load_rules()
    merged = OcrRules(base.confusions, base.historical, base.units, base.lexicon | extra.lexicon)
    fixed, _ = correct_ocr(f"{DAMAGE}.", rules=merged)
    assert "havo" in fixed and "the end" in fixed


def test_stage_in_the_pipeline_reports_each_change():
    result = Pipeline.default().run(f"{DAMAGE}.\n")
    assert result.text == "It was the end of the day, and we have followed the river.\n"
    assert result.report["changes"]["ocr_corrected"] == 4
    change = next(c for c in result.document.changes if c.stage == "ocr")
    assert "tlie->the [ocr:li>h]" in change.what


def test_no_ocr_turns_the_stage_off():
    args = parse_args(["--no-ocr", "x.txt"])
    result = Pipeline.default(args.rules).run(f"{DAMAGE}.\n")
    assert result.text == f"{DAMAGE}.\n"
    assert "ocr_corrected" not in result.report["changes"]


def test_stage_off_by_a_rule_file(tmp_path):
    path = tmp_path / "off.toml"
    path.write_text('[site]\nname = "off"\n[ocr]\nenabled = false\n', encoding="utf-8")
    assert Pipeline.default([path]).run(f"{DAMAGE}.\n").text == f"{DAMAGE}.\n"
