"""Tests for block language and script labels."""

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from cleantext.stages.language import (
    BlockLanguage, detect_language, label_blocks, main_language, script_of,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "langid"
SAMPLE = ROOT / "samples" / "003_7ddff99baeab37cd.txt"
GOLD = ROOT / "tests" / "gold" / "003_7ddff99baeab37cd.json"


def read_tsv(path):
    return [tuple(line.split("\t", 1))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("text, script", [
    ("Belgorod", "Latn"),
    ("زبانهای اروپایی", "Arab"),
    ("Київ", "Cyrl"),
    ("Αθήνα", "Grek"),
    ("שלום", "Hebr"),
    ("09.01.2024", "Zyyy"),          # digits and punctuation are no script
    ("", "Zyyy"),
    ("AA-AA", "Latn"),               # letters, even if no language
    ("Kabul: کابل کابل", "Arab"),     # majority of letters
    ("Moscow в Москве", "Cyrl"),      # 6 Latin letters, 7 Cyrillic
    ("Kabul کابلی", "Latn"),          # a tie, 5 and 5: the first script seen
])
def test_script_of(text, script):
    assert script_of(text) == script


@pytest.mark.parametrize("text, lang, evidence", [
    # wordless lines
    ("AA-AA", "und", "initials"),
    ("09.01.2024", "und", "no-letters"),
    ("www.afgazad.com", "und", "url"),
    ("https://example.org/a/b.html", "und", "url"),
    ("afgazad@gmail.com", "und", "email"),
    ("mailto:editor@example.net", "und", "email"),
    ("۱۴۰۲/۱۰/۱۹", "und", "no-letters"),
    ("BBC", "und", "initials"),
    # ... and lines that look close but have words
    ("DONATE TODAY", "en", "words"),                     # capitals, but words
    ("Write to afgazad@gmail.com", "en", "words"),       # "com" is no word
    # Arabic script: a short line's words decide among the languages its letters leave;
    # the letters alone settle Urdu and Pashto, and a longer line
    ("زبانهای اروپایی", "fa", "words"),
    ("من و تو", "fa", "words"),
    ("مدينة الكويت", "ar", "words"),
    ("آخر الأخبار", "ar", "words"),
    ("للحصول", "ar", "words"),                         # no Arabic-only letter, an Arabic word
    ("خیرات صدقات", "ur", "words"),                    # no Urdu-only letter, Urdu words
    ("مدينة الكويت هي عاصمة دولة الكويت وأكبر مدنها", "ar", "letters"),
    ("پاکستان میں بارش ہوئی ہے", "ur", "letters"),
    ("زه په کابل کې اوسېږم", "ps", "letters"),
    ("پوهنتون کابل", "fa", "words"),                      # Dari (Afghan) words are Persian
    # Cyrillic letters
    ("Київ і Львів", "uk", "letters"),
    ("Мы были в Москве", "ru", "letters"),
    ("Правителството обяви днес нов план за намаляване на цената на хляба.",
     "bg", "langdetect"),                                   # ъ-free Bulgarian is not Russian
    # one-language scripts
    ("Ειδήσεις", "el", "script"),
    ("חדשות", "he", "script"),
    # short Latin lines: their words
    ("News from the front", "en", "words"),
    ("Die Lage ist ernst", "de", "words"),
    ("called", "en", "words"),                           # not Italian
    ("Jason Melanovski", "und", "no-evidence"),          # a name alone: no guess
])
def test_detect_language_evidence(text, lang, evidence):
    from cleantext.lang.labels import _detect
    label = _detect(text)
    assert (label.lang, label.evidence) == (lang, evidence)
    assert detect_language(text)[0] == lang


def test_detect_language_is_deterministic():
    texts = [t for _, t in read_tsv(DATA / "lines.tsv")][:80]
    first = [detect_language(t) for t in texts]
    from cleantext.lang import detectors
    detectors._statistical.cache_clear()
    assert [detect_language(t) for t in texts] == first


@pytest.mark.parametrize("seed", [None, 12345])
def test_global_langdetect_seed_is_not_relied_on(monkeypatch, seed):
    from langdetect import DetectorFactory
    monkeypatch.setattr(DetectorFactory, "seed", seed)  # put back after the test, for whoever else uses it
    assert detect_language("Ukraine continues strikes on Russian city of Belgorod")[0] == "en"


def test_unknown_detector_is_named():
    with pytest.raises(ValueError, match="nope"):
        detect_language("A long enough sentence to need a statistical guess.", detector="nope")


@pytest.mark.parametrize("detector", ["langid", "lingua"])
def test_optional_detectors(detector):
    pytest.importorskip({"langid": "py3langid", "lingua": "lingua"}[detector])
    text = "The government announced a new plan to lower the price of bread."
    assert detect_language(text, detector=detector)[0] == "en"
    assert detect_language("زبانهای اروپایی", detector=detector)[0] == "fa"


def sample_blocks():
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    numbers = [n for n, line in enumerate(lines, 1) if line.strip()]
    return numbers, [lines[n - 1] for n in numbers]


def test_afgazad_sample_matches_gold():
    numbers, blocks = sample_blocks()
    labels = dict(zip(numbers, label_blocks(blocks)))
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    for entry in gold["line_langs"]:
        assert labels[entry["line"]].lang == entry["lang"], entry["text"]
    # every paragraph of the article not listed above is English
    listed = {entry["line"] for entry in gold["line_langs"]}
    for (line, *_) in gold["paragraph_source_lines"]:
        if line not in listed:
            assert labels[line].lang == "en", line


@pytest.mark.parametrize("line, lang, script, evidence", [
    (3, "fa", "Arab", "neighbours"),     # shared letters only: its Persian words and neighbours
    (5, "und", "Latn", "initials"),
    (7, "fa", "Arab", "letters"),
    (10, "und", "Latn", "url"),
    (12, "und", "Latn", "email"),
    (14, "en", "Latn", "neighbours"),     # "European Languages"
    (16, "fa", "Arab", "neighbours"),
    (18, "en", "Latn", "neighbours"),     # "Jason Melanovski", a byline
    (20, "und", "Zyyy", "no-letters"),
    (22, "en", "Latn", "document"),       # a headline: two English function words, none against
])
def test_afgazad_sample_evidence(line, lang, script, evidence):
    numbers, blocks = sample_blocks()
    label = dict(zip(numbers, label_blocks(blocks)))[line]
    assert (label.lang, label.script, label.evidence) == (lang, script, evidence)


def test_afgazad_sample_site_rule_makes_persian_dari():
    numbers, blocks = sample_blocks()
    labels = dict(zip(numbers, label_blocks(blocks, refine={"fa": "prs"})))
    assert (labels[16].lang, labels[16].evidence) == ("prs", "site-rule")
    assert labels[22].lang == "en"                      # English untouched


# Labels the sample's blocks and a few hundred single lines in a process of its own, so no cache
# is shared with the caller, and prints every label with its confidence.
LABEL_IN_A_FRESH_PROCESS = """
import dataclasses, json, sys
from {module} import detect_language, label_blocks
blocks, lines = json.load(sys.stdin)
print(json.dumps([[dataclasses.astuple(label) for label in label_blocks(blocks)],
                  [dataclasses.astuple(label) for label in label_blocks(lines)],
                  [detect_language(line) for line in lines]]))
"""


def test_same_labels_every_run():
    """Two fresh processes, with different hash seeds, give the same labels and confidences.

    Each run starts with empty caches and its own random state: an unseeded detector, or an
    answer that depends on the order of a set, gives other confidences in one of them.
    """
    _, blocks = sample_blocks()
    lines = [text for _, text in read_tsv(DATA / "lines.tsv")][:300]
    script = LABEL_IN_A_FRESH_PROCESS.format(module=label_blocks.__module__)
    runs = []
    for hash_seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", script], input=json.dumps([blocks, lines]),
                              capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": hash_seed})
        runs.append(json.loads(done.stdout))
    # The labels that depend on the detector's random draws are there to compare.
    statistical = [label for labels in runs[0][:2] for label in labels if label[-1] in ("langdetect", "document")]
    assert len(statistical) >= 30
    assert runs[0] == runs[1]
    # ... and the same as this process, whatever it has cached.
    here = [[list(dataclasses.astuple(label)) for label in label_blocks(blocks)],
            [list(dataclasses.astuple(label)) for label in label_blocks(lines)],
            [list(detect_language(line)) for line in lines]]
    assert runs[0] == here


@pytest.mark.parametrize("blocks, expected", [
    # a byline takes the language of the text around it
    (["Jason Melanovski", "Ukraine carried out another series of rocket strikes on Friday."],
     ["en", "en"]),
    (["Иван Петров", "В субботу в центре города открылась новая библиотека."],
     ["ru", "ru"]),
    # only blocks of the same script are neighbours
    (["زبانهای اروپایی", "European Languages", "The article follows below this line, in English."],
     ["fa", "en", "en"]),
    # wordless lines never borrow a language
    (["09.01.2024", "Ukraine carried out another series of rocket strikes on Friday."],
     ["und", "en"]),
])
def test_neighbours(blocks, expected):
    assert [l.lang for l in label_blocks(blocks)] == expected


@pytest.mark.parametrize("text, lang, evidence", [
    ("رئیس پوهنتون کابل با ولسوال بگرام دیدار کرد.", "prs", "afghan-spelling"),
    ("رئیس دانشگاه تهران با فرماندار دیدار کرد.", "fa", "letters"),
    ("پوهنتون کابل", "fa", "words"),                   # one Afghan word: not enough for Dari
])
def test_afghan_spelling(text, lang, evidence):
    label = label_blocks([text])[0]
    assert (label.lang, label.evidence) == (lang, evidence)


LABELLED_DOCS = sorted(p.name for p in (DATA / "docs").glob("*.tsv"))


def test_the_labelled_documents_are_there():
    # Moved or renamed, they would leave the test below with no case, skipped instead of failing.
    assert len(LABELLED_DOCS) == 6, LABELLED_DOCS


@pytest.mark.parametrize("name", LABELLED_DOCS)
def test_labelled_documents(name):
    doc = read_tsv(DATA / "docs" / name)
    labels = label_blocks([text for _, text in doc])
    assert [l.lang for l in labels] == [lang for lang, _ in doc]


def test_short_lines_of_labelled_set():
    rows = [(l, t) for l, t in read_tsv(DATA / "lines.tsv") if len(t) < 30]
    right = sum(detect_language(t)[0] in (l, "fa" if l == "prs" else l) for l, t in rows)
    assert right / len(rows) >= 0.95


@pytest.mark.parametrize("kept, expected", [
    (None, "en"),
    ([True, False, False], "fa"),           # furniture does not vote
    ([False, False, False], "und"),
])
def test_main_language(kept, expected):
    blocks = ["زبانهای اروپایی", "Ukraine carried out strikes on Belgorod.", "2024"]
    labels = [BlockLanguage("fa", "Arab", 0.95, "letters"),
              BlockLanguage("en", "Latn", 1.0, "langdetect"),
              BlockLanguage("und", "Zyyy", 1.0, "no-letters")]
    assert main_language(blocks, labels, kept) == expected


def test_unknown_detector_is_named_for_blocks_too():
    body = "A long enough sentence to need a statistical guess, in English."
    with pytest.raises(ValueError, match="choose one of"):
        label_blocks([body, body + " Again."], detector="nope")


@pytest.mark.parametrize("blocks", [[], [""], ["   "]])
def test_empty_input(blocks):
    labels = label_blocks(blocks)
    assert [(l.lang, l.script) for l in labels] == [("und", "Zyyy")] * len(blocks)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=6))
def test_any_blocks_get_a_label(blocks):
    labels = label_blocks(blocks)
    assert len(labels) == len(blocks)
    for label in labels:
        assert 0.0 <= label.confidence <= 1.0
        assert len(label.script) == 4 and label.lang
    assert label_blocks(blocks) == labels          # and the same one again


ENGLISH_BODY = [
    "Ukraine carried out another series of rocket strikes on the city of Belgorod, and the regional "
    "governor said that the attacks were the heaviest since the start of the war in the region.",
    "The troops carrying out the first invasion of Russia since the end of World War II were trained "
    "in the UK, and they are using American and German battle tanks as well as rockets.",
]


@pytest.mark.parametrize("block, lang, evidence", [
    ("Ukraine continues strikes on Russian city of Belgorod", "en", "document"),
    ("A map of the region", "en", "neighbours"),                   # short: its neighbours decide
    ("Der Krieg geht weiter, sagte der Sprecher am Dienstag in Berlin.", "de", "langdetect"),
    ("Le gouvernement a annoncé un plan pour le prix du pain.", "fr", "langdetect"),
    ("Sel felaketinden sonra birçok aile evlerini terk etti.", "tr", "langdetect"),  # letters English lacks
])
def test_the_detector_is_asked_only_where_the_evidence_changes(block, lang, evidence):
    labels = label_blocks([ENGLISH_BODY[0], block, ENGLISH_BODY[1]])
    assert (labels[1].lang, labels[1].evidence) == (lang, evidence)
    assert [labels[0].lang, labels[2].lang] == ["en", "en"]


def test_foreign_sentences_inside_an_english_article_keep_their_language():
    """Sentences in languages with no function-word list of ours still get the detector."""
    article = [block for block in SAMPLE.read_text(encoding="utf-8").split("\n\n") if block.strip()]
    rows = [line.split("\t", 1) for line in (DATA / "embedded.tsv").read_text(encoding="utf-8").splitlines()]
    for lang, text in rows:
        at = len(article) // 2
        label = label_blocks(article[:at] + [text] + article[at:])[at]
        assert label.lang == lang, text


def _short_line_examples():
    from cleantext.lang.data import DETECT
    return [(e["text"], e["lang"]) for e in DETECT["short_lines"]["examples"]]


@pytest.mark.parametrize("text, lang", _short_line_examples())
def test_short_line_examples_of_the_rule_file(text, lang):
    """rules/lang/detect.toml's [[detect.short_lines.examples]]: each line alone gets its language."""
    assert detect_language(text)[0] == lang


def test_a_function_word_the_word_lists_give_to_another_language_is_no_evidence():
    """"son" is a Spanish function word, but French's list has it more often and English's often
    too: no language, rather than Spanish from the function-word list."""
    from cleantext.lang.shortlines import word_shares
    shares = word_shares("son", "Latn")
    assert max(shares, key=shares.get) != "es"
    assert detect_language("son") == ("und", 0.0)
    # A function word that its words leave first still labels the line.
    shares = word_shares("Al Arfsten", "Latn")
    assert max(shares, key=shares.get) == "es" and detect_language("Al Arfsten")[0] == "es"


@pytest.mark.parametrize("blocks, i, lang, evidence", [
    # a word more Urdu than Persian in an Urdu document: the neighbours and the word agree
    (["پاکستان میں بارش ہوئی ہے اور سیلاب آیا ہے", "خیرات صدقات"], 1, "ur", "neighbours"),
    # ... a plainly Arabic word among Persian blocks: the word wins
    (["زبانهای اروپایی در ایران", "للحصول"], 1, "ar", "words"),
    # ... a shared word among Urdu blocks takes the neighbours' language, not Persian
    (["پاکستان میں بارش ہوئی ہے اور سیلاب آیا ہے", "کتاب"], 1, "ur", "neighbours"),
])
def test_short_lines_weigh_words_against_neighbours(blocks, i, lang, evidence):
    label = label_blocks(blocks)[i]
    assert (label.lang, label.evidence) == (lang, evidence)
    assert 0 < label.confidence < 1


def test_confidence_of_a_short_line_says_how_sure():
    """A decisive word gives a high confidence, a word of two languages a lower one."""
    sure = detect_language("للحصول")[1]
    unsure = detect_language("کتاب")[1]     # Persian and Urdu alike
    assert sure >= 0.9 > unsure


def test_a_line_alone_takes_a_language_only_well_ahead_of_the_next():
    """A word of many languages far from English ("Disco") stays "und"; in a near-tie with English
    ("Jan": Dutch 0.29, English 0.24) English, the leading language, takes it with the low
    confidence its share gives; a word most likely English ("Internet") is English, but its
    confidence says how little that is."""
    from cleantext.lang.shortlines import ALONE, ALONE_RATIO, NEAR_TIE_RATIO, ahead, word_shares

    for word in ("Disco", "Jan"):
        shares = word_shares(word, "Latn")
        assert max(shares.values()) < ALONE and ahead(shares) < ALONE_RATIO
    assert detect_language("Disco") == ("und", 0.0)
    shares = word_shares("Jan", "Latn")
    assert max(shares, key=shares.get) != "en" and shares["en"] * NEAR_TIE_RATIO >= max(shares.values())
    assert detect_language("Jan") == ("en", round(shares["en"], 4))
    lang, confidence = detect_language("Internet")
    assert lang == "en" and confidence < ALONE


@pytest.mark.parametrize("word", ["حق", "نظام", "حسن"])
def test_an_arabic_script_near_tie_takes_its_best_language_with_a_low_confidence(word):
    """Words that Persian, Urdu and Arabic all write about as often ("حق", "نظام", "حسن") leave
    no language well ahead; a line alone takes the best one anyway, its share as confidence (an
    "und" is wrong whichever it is), and a neighbour's language still outweighs it."""
    from cleantext.lang.shortlines import ALONE, ALONE_RATIO, ahead, word_shares

    shares = word_shares(word, "Arab")
    assert set(shares) == {"fa", "ur", "ar"}
    assert max(shares.values()) < ALONE and ahead(shares) < ALONE_RATIO
    best = max(shares, key=shares.get)
    assert detect_language(word) == (best, round(shares[best], 4))
    for lang in shares:
        context = {"fa": "این یک جملهٔ فارسی است که در آن چند کلمه آمده است.",
                   "ur": "یہ ایک اردو جملہ ہے جس میں کچھ الفاظ آئے ہیں۔",
                   "ar": "هذه جملة عربية فيها بعض الكلمات المعروفة."}[lang]
        assert label_blocks([context, word, context])[1].lang == lang


@pytest.mark.parametrize("text, languages", [
    ("خانه", {"fa", "ar"}),          # Arabic heh: Urdu writes heh goal (خانہ)
    ("می\u200cشود", {"fa"}),          # the zero-width non-joiner: Persian alone
    ("تأثیر", {"fa"}),                # hamza on alef leaves Persian in; Persian yeh leaves Arabic out
])
def test_letters_leave_only_the_languages_that_write_them(text, languages):
    from cleantext.lang.shortlines import word_shares

    assert set(word_shares(text, "Arab")) == languages


@pytest.mark.parametrize("text, lang", [
    ("ببازند", "fa"),                # Persian verb: prefix b-, ending -and
    ("کلاریفیکیشن", "ur"),           # English "clarification" in Urdu spelling
])
def test_arabic_script_words_no_list_holds_are_read_by_their_shape(text, lang):
    from cleantext.lang.shortlines import SHAPE_CONFIDENCE, word_shares

    assert word_shares(text, "Arab") is None
    label = label_blocks([text])[0]
    assert (label.lang, label.evidence) == (lang, "word-shape")
    assert 0.5 <= label.confidence <= SHAPE_CONFIDENCE
    # Among Urdu blocks the neighbours decide, as for any line its words say nothing about.
    label = label_blocks(["پاکستان میں بارش ہوئی ہے اور سیلاب آیا ہے", text])[1]
    assert (label.lang, label.evidence) == ("ur", "neighbours")


def test_english_large_list_is_read_only_for_words_no_small_list_holds():
    code = """
from cleantext.lang import detect_language
from cleantext.lang.shortlines import _large_list
print(detect_language("Special report")[0], _large_list.cache_info().currsize)
print(detect_language("vacationing")[0], _large_list.cache_info().currsize)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["en", "0", "en", "1"]


def test_the_language_stage_loads_the_word_lists_before_workers_fork():
    code = """
from cleantext import Pipeline
from cleantext.lang.shortlines import _LANGUAGES, _LARGE, _large_list, _shape_model, _word_list
Pipeline.from_names(["language"]).load()
print(_word_list.cache_info().currsize == len({l for langs in _LANGUAGES.values() for l in langs}),
      _large_list.cache_info().currsize == len(_LARGE), _shape_model.cache_info().currsize == len(_LANGUAGES["Arab"]))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "True"]


def test_a_latin_line_alone_with_english_function_words_and_nothing_against_them():
    """Judged alone (detect_language); in a document its block is read against the document's
    language first, as before."""
    from cleantext.lang.labels import _detect

    label = _detect("Brokering over here has been pretty rewarding.")
    assert (label.lang, label.evidence) == ("en", "function-words")
    # ... and not one with another language's function words or letters: n-grams decide.
    for text in ("Die hond is in die huis en die kat is buite.", "Sel felaketinden sonra birçok aile evlerini terk etti."):
        assert _detect(text).evidence == "langdetect"


def test_a_sites_language_labels_the_lines_nothing_else_decides(tmp_path):
    """[site] language is a hint: it labels a line with no evidence in that language's script,
    and nothing the block's own words decide."""
    from cleantext import Pipeline
    site = tmp_path / "harbour.toml"
    site.write_text('[site]\nname = "harbour"\nmatch = [\'(?m)^Harbour Gazette$\']\nlanguage = "de"\n',
                    encoding="utf-8")
    text = "Harbour Gazette\n\nJason Melanovski\n"
    labelled = {b["lines"][0]: (b["lang"], b["confidence"]) for b in Pipeline.default([site]).run(text).report["blocks"]}
    assert labelled[3] == ("de", 0.5) and labelled[1][0] == "en"  # the heading's own words say English
    plain = {b["lines"][0]: b["lang"] for b in Pipeline.default().run(text).report["blocks"]}
    assert plain[3] == "und"
