"""Short lines and Arabic-script letters: words are read whole, whatever marks they carry."""
from __future__ import annotations

import pytest

from cleantext.lang import detect_language
from cleantext.lang.letters import _arabic_script_language
from cleantext.lang.shortlines import words_of


@pytest.mark.parametrize("text, words", [
    ("تُحدَّد", ["تحدد"]),                      # damma, shadda, fatha inside one word
    ("قُدِّر مـعدل", ["قدر", "معدل"]),            # kasra, and a tatweel
    ("Café au lait", ["Café", "au", "lait"]),   # precomposed accents stay
    ("plain words", ["plain", "words"]),
])
def test_marks_do_not_cut_words(text, words):
    assert words_of(text) == words


def test_a_vocalised_arabic_sentence_is_not_pashto():
    # "تؤكَّد" cut at its shadda left "د", Pashto's "of", as a word of its own.
    sentence = "في وقت كتابة هذا التقرير، لم تؤكَّد فاعلية أي علاج مضاد للفيروس."
    assert _arabic_script_language(sentence) == ("ar", "letters")
    assert detect_language(sentence)[0] == "ar"


def test_pashto_of_still_makes_a_line_pashto():
    assert _arabic_script_language("د افغانستان د خلکو") == ("ps", "letters")


def test_a_vocalised_word_is_read_as_the_word():
    # Without its marks, "تحدد" ("is determined") is an Arabic word of Arabic's list.
    assert detect_language("تُحدَّد")[0] == "ar"


@pytest.mark.parametrize("text", [
    "نو ایا ستاسو ماشومان هم ورته علایم لري؟",       # Pashto with none of its own letters
    "علایم لري",
    "چارواکي عدالت ته پيش شوي",
])
def test_arabic_yeh_ending_a_word_beside_persian_forms_is_pashto(text):
    assert detect_language(text)[0] == "ps"


@pytest.mark.parametrize("text, lang", [
    ("گيرنده", "fa"),                                  # Persian on an Arabic keyboard: ي inside
    ("في وقت كتابة هذا التقرير لم يؤكد أي علاج.", "ar"),   # final ي, but no Persian form
    ("کپڑے کے ماسک بنائيں اور انہیں روزانہ دهوئیں۔", "ur"),  # Urdu letters are asked first
    ("پاکستان میں بارش ہوئی ہے", "ur"),
])
def test_a_final_arabic_yeh_alone_does_not_make_pashto(text, lang):
    assert detect_language(text)[0] == lang


@pytest.mark.parametrize("text", ["هغه وویل", "خپل کور", "دغه راپور"])
def test_pashto_function_words_without_pashto_letters(text):
    # "that ... said", "own house", "this report": no letter of Pashto's own.
    assert detect_language(text)[0] == "ps"


def test_pashto_function_words_are_no_persian_or_urdu_words():
    from cleantext.lang.data import DETECT
    from cleantext.lang.shortlines import _word_list

    added = DETECT["arabic"]["pashto_words"][10:]
    assert added
    for lang in ("fa", "ur", "ar"):
        assert not [w for w in added if w in _word_list(lang)], lang


_PASHTO = "زه په کابل کې اوسېږم او هره ورځ ښوونځي ته ځم."


@pytest.mark.parametrize("word", ["رییس", "کتاب", "نه"])
def test_a_word_alone_between_pashto_blocks_is_pashto(word):
    # Pashto has no word list: a word that Persian's list writes often used to win against the
    # Pashto around it.
    from cleantext.lang import label_blocks

    assert label_blocks([_PASHTO, word, _PASHTO])[1].lang == "ps"


@pytest.mark.parametrize("text, lang", [
    ("کتاب‌ها", "fa"),       # the zero-width non-joiner: Persian's alone
    ("سال است", "fa"),       # two words Persian writes often: they count against the neighbours
    ("مدينة", "ar"),         # teh marbuta
])
def test_a_line_between_pashto_blocks_keeps_its_own_evidence(text, lang):
    from cleantext.lang import label_blocks

    assert label_blocks([_PASHTO, text, _PASHTO])[1].lang == lang


def test_an_unlisted_language_is_weighed_only_as_the_neighbours_language():
    from cleantext.lang.shortlines import word_shares

    assert "ps" not in word_shares("رییس", "Arab")
    assert "ps" not in word_shares("رییس", "Arab", "fa")
