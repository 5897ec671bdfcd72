"""Tests for Persian normalisation and the examples in rules/lang/fa.toml."""

import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

from cleantext.stages.persian import ZWNJ, normalize_persian, persian_settings

RULE = Path(__file__).resolve().parents[1] / "rules" / "lang" / "fa.toml"


@pytest.mark.parametrize("text, expected, changes", [
    # letters: Arabic forms become Persian ones
    ("علي", "علی", 1),
    ("مصطفى", "مصطفی", 1),
    ("كابل", "کابل", 1),
    ("علی و کابل", "علی و کابل", 0),                 # already Persian
    # kashida
    ("بـــزرگ", "بزرگ", 3),
    # prefix mi-/nemi-
    ("می شود", f"می{ZWNJ}شود", 1),
    ("نمی کنم", f"نمی{ZWNJ}کنم", 1),
    ("میشود", f"می{ZWNJ}شود", 1),
    ("نمیخواهند", f"نمی{ZWNJ}خواهند", 1),
    (f"می{ZWNJ}روم", f"می{ZWNJ}روم", 0),              # ZWNJ already there
    ("میز", "میز", 0),                               # noun: table
    ("میدان", "میدان", 0),                           # noun: square
    ("میوه", "میوه", 0),                             # noun: fruit
    ("می ناب", "می ناب", 0),                         # wine, not the prefix
    # plural suffix
    ("کتاب ها", f"کتاب{ZWNJ}ها", 1),
    ("درخت های بلند", f"درخت{ZWNJ}های بلند", 1),
    ("کتابها", "کتابها", 0),                         # joined: accepted spelling
    ("تنها", "تنها", 0),                             # "alone", no suffix
    # stray spaces around an existing ZWNJ
    (f"می{ZWNJ} شود", f"می{ZWNJ}شود", 1),
    # digits kept unless asked
    ("۱۴۰۲ 2024 ١٢", "۱۴۰۲ 2024 ١٢", 0),
])
def test_normalize_persian(text, expected, changes):
    assert normalize_persian(text) == (expected, changes)


@pytest.mark.parametrize("digits, expected", [
    ("persian", "۱۴۰۲ ۲۰۲۴ ۱۲"),
    ("latin", "1402 2024 12"),
    (None, "۱۴۰۲ 2024 ١٢"),
])
def test_digits(digits, expected):
    assert normalize_persian("۱۴۰۲ 2024 ١٢", digits=digits)[0] == expected


def test_digits_setting_checked():
    with pytest.raises(ValueError, match="digits"):
        normalize_persian("۱", digits="roman")


@pytest.mark.parametrize("setting, text", [
    ("yeh", "علي"), ("kaf", "كتاب"), ("kashida", "بـزرگ"), ("zwnj", "می شود"),
])
def test_each_setting_can_be_turned_off(setting, text):
    assert normalize_persian(text, **{setting: False}) == (text, 0)


def _examples():
    data = tomllib.loads(RULE.read_text(encoding="utf-8"))
    return [pytest.param(e["input"], e["output"], id=f"fa:example-{i}")
            for i, e in enumerate(data["examples"], 1)]


@pytest.mark.parametrize("text, expected", _examples())
def test_rule_file_examples_by_the_function_alone(text, expected):
    # The examples' outputs are the pipeline's (one final line end); tests/test_rules.py runs them
    # through the whole pipeline, this through normalize_persian alone.
    assert normalize_persian(text, **persian_settings(RULE))[0] == expected.rstrip("\n")


def test_rule_file_has_an_unchanged_example():
    data = tomllib.loads(RULE.read_text(encoding="utf-8"))
    assert data["language"]["code"] == "fa"
    assert any(e["input"] == e["output"].rstrip("\n") for e in data["examples"])


def test_unknown_setting_is_named(tmp_path):
    bad = tmp_path / "fa.toml"
    bad.write_text('[normalize]\nyehh = true\n', encoding="utf-8")
    with pytest.raises(ValueError, match="yehh"):
        persian_settings(bad)


@pytest.mark.parametrize("text, expected", _examples())
def test_rule_file_examples_are_labelled_persian(text, expected):
    # The pipeline normalises only blocks labelled fa or prs; an example the
    # language stage calls Arabic would never reach normalize_persian.
    from cleantext.stages.language import label_blocks
    from cleantext.stages.persian import PERSIAN_TAGS
    assert all(l.lang in PERSIAN_TAGS for l in label_blocks(text.splitlines()))


def test_the_codes_a_language_file_serves_are_read_from_its_also(tmp_path):
    """rules/lang/fa.toml serves fa and, by `also = ["prs"]`, Dari; a file that drops prs stops it."""
    from cleantext import Pipeline
    site = tmp_path / "kabul.toml"
    site.write_text('[site]\nname = "kabul"\nmatch = [\'(?m)^kabul\\.example$\']\nrefine = {fa = "prs"}\n',
                    encoding="utf-8")
    text = "kabul.example\n\nعلي كتاب را خواند\n"
    dari = Pipeline.default([site]).run(text)
    assert "علی کتاب را خواند" in dari.text
    assert [b["lang"] for b in dari.report["blocks"]][-1] == "prs"
    only_fa = tmp_path / "fa-only.toml"
    only_fa.write_text('[language]\ncode = "fa"\nalso = []\n\n[normalize]\nyeh = true\nkaf = true\n', encoding="utf-8")
    assert "علي كتاب را خواند" in Pipeline.default([site, only_fa]).run(text).text
    assert "علی کتاب را خواند" in Pipeline.default([only_fa]).run("علي كتاب را خواند\n").text
