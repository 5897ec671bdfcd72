"""Lines of an Arabic-script language with Latin-script names, codes and terms: the script of the
words of a language decides (cleantext/lang/linescript.py)."""

import pytest
from hypothesis import given, settings, strategies as st

from cleantext.lang.data import DETECT
from cleantext.lang.linescript import line_script
from cleantext.stages.language import detect_language, label_blocks, script_of


def _examples():
    return [(e["text"], e["lang"]) for e in DETECT["mixed_scripts"]["examples"]]


@pytest.mark.parametrize("text, lang", _examples())
def test_mixed_script_examples_of_the_rule_file(text, lang):
    """rules/lang/detect.toml's [[detect.mixed_scripts.examples]]: each line alone gets its language."""
    assert detect_language(text)[0] == lang


@pytest.mark.parametrize("text, lang", [
    ("واکسن Pfizer-BioNTech", "fa"),       # Persian "the Pfizer-BioNTech vaccine"
    ("ان کا Instagram-Account ہے", "ur"),   # Urdu "it is their Instagram account"
    ("د WhatsApp-Group غړي", "ps"),         # Pashto "members of the WhatsApp group"
])
def test_codes_and_terms_leave_the_line_to_its_arabic_script_words(text, lang):
    """More Latin letters than Arabic ones, all in codes, brands and terms: the line is Arabic
    script, and its words say which language."""
    assert script_of(text) == "Latn"  # by letters alone
    [label] = label_blocks([text])
    assert (label.lang, label.script) == (lang, "Arab")


def test_a_heading_with_a_code_takes_its_documents_language():
    """A Persian heading with "COVID-19" in it, between Persian paragraphs, is Persian."""
    body = ("همه‌گیری کرونا در سال گذشته زندگی مردم را در سراسر جهان دگرگون کرد و بسیاری از کشورها "
            "مرزهای خود را بستند.")
    heading = "آمار COVID-19"  # Persian "COVID-19 figures"
    labels = label_blocks([body, heading, body])
    assert (labels[1].lang, labels[1].script) == ("fa", "Arab")


@pytest.mark.parametrize("text", [
    "Interview with Ahmad Massoud (احمد مسعود)",
    "Breaking News from Kabul کابل",
    "The word for book is کتاب",
])
def test_an_english_line_with_a_word_of_arabic_script_stays_english(text):
    assert line_script(text) == "Latn"
    assert detect_language(text)[0] == "en"


def test_one_listed_latin_word_is_a_name_not_a_phrase():
    """"Michael" is in a word list, but alone among Persian words it is a name."""
    assert script_of("سلام Michael") == "Latn"
    assert line_script("سلام Michael") == "Arab"
    assert line_script("Thank you سلام") == "Latn"  # two listed words: a phrase


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("abcXYZ- 1éü“”.,") , max_size=40)
       | st.text(st.sampled_from("ابپکگی ۱٫، ") , max_size=40))
def test_one_script_lines_keep_script_of(text):
    """Without letters of two scripts, a line's script is its letters' script."""
    assert line_script(text) == script_of(text)
