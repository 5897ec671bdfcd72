"""Web pages whose prose reads unlike English's: a language that capitalises its nouns (German),
scripts that write no space between words (Thai), and lynx's references to a saved page's files."""
from __future__ import annotations

from dataclasses import replace

import pytest

from cleantext import Pipeline
from cleantext.stages.boilerplate import default_settings, find_boilerplate, remove_boilerplate, wrap_width
from cleantext.chars import unspaced_words
from cleantext.webblocks import has_address, plain_words, signals

HEAD = ["* Startseite", "* Politik", "* Wirtschaft", "* Sport", "", "Alle Rechte vorbehalten", ""]
FOOT = ["", "* Impressum", "* Datenschutz", "* Kontakt", "", "© 2024 Nordby Bote. Alle Rechte vorbehalten."]
# A German paragraph of names and nouns: more than half its words capitalised, as no English
# paragraph's are; and one of German's usual share.
GERMAN = [
    "Fähre Nordstern fährt wieder",
    "Im Hafen von Nordby legt ab Montag die Fähre Nordstern der Reederei Sund Linien wieder an, "
    "teilte die Bürgermeisterin Anna Berg am Freitag im Rathaus mit.",
    "Der Sturm hatte im Februar den Kai und die Rampe der Fähre schwer beschädigt, die Reparatur "
    "der Anlage dauerte länger, als die Ingenieure der Stadt gehofft hatten.",
]


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.default()


def german_page() -> str:
    return "\n".join([*HEAD, *"\n\n".join(GERMAN).split("\n"), *FOOT]) + "\n"


def test_the_german_paragraph_holds_more_capitals_than_an_english_one_may():
    s = default_settings()
    assert s.max_title_case < signals([GERMAN[1]], 0, 0, s).title_case <= dict(s.max_title_case_by_language)["de"]


def test_a_german_article_of_nouns_and_names_survives_whole_and_its_furniture_goes():
    # With English's bar on capitals the first paragraph was no prose, the second alone too
    # short a main text to judge: the page kept its menus and footer.
    text, found = remove_boilerplate(german_page(), default_settings())
    assert text.strip() == "\n\n".join(GERMAN)
    assert {b.signal for b in found} >= {"menu", "copyright"}
    english_bar = replace(default_settings(), max_title_case_by_language=())
    assert find_boilerplate(german_page().split("\n"), english_bar) == []


def test_a_german_headline_is_still_no_paragraph():
    s = default_settings()
    headline = "Reederei Sund Linien Nimmt Fähre Nordstern Nach Sturm Im Februar Wieder In Betrieb Für Nordby"
    lines = [*HEAD, "", headline, "", *"\n\n".join(GERMAN[1:]).split("\n"), *FOOT]
    blocks = {b.first: b for b in find_boilerplate(lines, s)}
    assert lines.index(headline) not in blocks   # kept: a lead line above the article, not prose
    assert signals([headline], 0, 0, s).title_case > dict(s.max_title_case_by_language)["de"]


# -- Thai: no space between words ------------------------------------------------

THAI = [
    "เรือข้ามฟากกลับมาให้บริการ",
    "เรือข้ามฟากระหว่างท่าเรือทั้งสองแห่งจะกลับมาให้บริการอีกครั้งในวันจันทร์นี้ "
    "หลังจากพายุทำให้ท่าเรือได้รับความเสียหายอย่างหนักเมื่อปลายฤดูหนาวที่ผ่านมา "
    "ผู้โดยสารที่ซื้อตั๋วไว้แล้วสามารถขอรับเงินคืนได้ที่สำนักงานท่าเรือจนถึงสิ้นเดือนนี้",
    "การซ่อมแซมท่าเรือใช้เวลานานกว่าที่วิศวกรของเมืองคาดไว้มาก "
    "และเรือลำแรกจะออกจากท่าในเวลาเก้าโมงเช้าตามที่ผู้ให้บริการแจ้งไว้",
]
THAI_HEAD = ["* หน้าแรก", "* ข่าว", "* กีฬา", "* ติดต่อ", ""]
THAI_FOOT = ["", "* เกี่ยวกับเรา", "* นโยบาย", "* ติดต่อเรา", "", "© 2024 Harbour Gazette. All rights reserved."]


def test_a_thai_run_of_letters_counts_by_its_characters():
    s = default_settings()
    run = THAI[1].split()[0]
    assert unspaced_words([run, "2024"], s.unspaced_scripts, s.unspaced_chars_per_word) == pytest.approx(len(run) / s.unspaced_chars_per_word + 1)
    assert unspaced_words(["ferry", "2024"], s.unspaced_scripts, s.unspaced_chars_per_word) == 2
    # Counted by spaces, the paragraph was two words: a headline's length
    assert len(plain_words(THAI[1])) == 3 and signals([THAI[1]], 0, 0, s).words >= s.good_min_words_unended


def test_a_thai_article_survives_whole_and_its_furniture_goes():
    page = "\n".join([*THAI_HEAD, *"\n\n".join(THAI).split("\n"), *THAI_FOOT]) + "\n"
    text, found = remove_boilerplate(page, default_settings())
    assert text.strip() == "\n\n".join(THAI)
    assert {b.signal for b in found} >= {"menu", "copyright"}
    # Counted by spaces, no paragraph was long enough: the page was left as it came
    spaced = replace(default_settings(), unspaced_scripts=())
    assert find_boilerplate(page.split("\n"), spaced) == []


def test_a_thai_menu_is_still_a_menu():
    s = default_settings()
    lines = THAI_HEAD[:4]
    assert signals(lines, 0, len(lines) - 1, s).signal == "menu"


# -- lynx's references to the files of a saved page ------------------------------

def test_a_file_address_is_an_address():
    line = "  72. file:///raksts/zinas/arzemes/norvegija-atklats-jauns-covid-19-paveids.a378587/"
    assert has_address(line)
    assert plain_words(line) == ["72"]


def test_file_references_do_not_set_the_width_of_wrapped_lines():
    # lynx wraps at 76 columns; its list of references to a saved page's files runs past that
    wrapped = ["   The ferry between the two harbours will resume on Monday, the council said,",
               "   after the storm damaged the quay at the end of the winter. Repairs to the",
               "   quay took longer than the engineers had hoped, and the first boat will",
               "   leave at nine in the morning, a spokesman for the operator said."]
    refs = [f"  {k}. file:///raksts/zinas/arzemes/a-long-address-for-the-story-number-{k}-of-the-day.a{378000 + k}/"
            for k in range(1, 30)]
    width = wrap_width([*wrapped, "", "References", "", *refs], default_settings())
    assert width <= 0.6 * max(len(line.strip()) for line in wrapped) + 1
