"""ftfy's own test cases, by provenance, through the mojibake stage.

- negative (odd-looking text that is right): comes through as ftfy's encoding repair leaves it;
- in the wild, synthetic, language names: repaired exactly as ftfy repairs the encoding;
- known failures (ftfy's heuristics get them wrong): what the stage does is recorded here.

A stable quarter of the cases (by a hash of the text) is held out: the stage was not tuned on
them after the split. Both parts run here; benchmarks/README-do-no-harm.md reports both.
"""
import hashlib
import json
from pathlib import Path

import pytest

from cleantext.stages.mojibake import fix_mojibake

CASES = Path(__file__).resolve().parent / "data" / "ftfy"
MUST_PASS = ("negative", "in-the-wild", "synthetic", "language-names")


def held_out(case: dict) -> bool:
    """A quarter of the cases, fixed for good by the text of each."""
    return int(hashlib.sha256(case["original"].encode("utf-8")).hexdigest(), 16) % 4 == 0


def load(name: str) -> list[dict]:
    with open(CASES / f"{name}.json", encoding="utf-8") as file:
        return json.load(file)


def expected(case: dict) -> str:
    return case.get("fixed-encoding", case["fixed"])


def cases(names, part):
    return [pytest.param(case, id=f"{name}/{'held-out' if held_out(case) else 'tuned'}/{case['label'][:60]}")
            for name in names for case in load(name) if held_out(case) == (part == "held-out")]


@pytest.mark.parametrize("part", ["tuned", "held-out"])
def test_the_split_leaves_cases_on_both_sides(part):
    assert len(cases(MUST_PASS, part)) >= 35


@pytest.mark.parametrize("case", cases(MUST_PASS, "tuned") + cases(MUST_PASS, "held-out"))
def test_ftfy_case(case):
    assert fix_mojibake(case["original"])[0] == expected(case)


def test_negative_cases_are_left_as_they_are():
    # Only one negative case is changed by ftfy's encoding repair at all: a C1 control that
    # Windows-1252 reads as an ellipsis.
    negatives = load("negative")
    changed = [case["label"] for case in negatives if fix_mojibake(case["original"])[0] != case["original"]]
    assert len(negatives) == 31
    assert changed == [case["label"] for case in negatives if expected(case) != case["original"]]
    assert len(changed) == 1


# ftfy's known failures, by label: what the mojibake stage gives. Each was read by hand; every one
# is also what ftfy gives with the same settings, except where said.
KNOWN_FAILURES = {
    # the C1 controls are Windows-1252 quotes: right (ftfy's expected output has them uncurled)
    "Misleading mix-up in Spanish": "tiene demora y está “próximo a resolverse”",
    # half repaired: the C1 controls are read, the two layers of mojibake are left
    "Two levels of inconsistent mojibake": "Arsenal v Wolfsburg: pre-season friendly â€â€œ live!",
    # half repaired: "à" lost its second byte to a space
    "A-with-grave in Vietnamese": "Xem clip hà i, phim hà i mới hay nhất",
    # wrong: Mac Roman bytes read as Windows-1252 ("í" should be)
    "Latin-1 / MacRoman mixup in Spanish": "Deja dos heridos hundimiento de barco tur’stico en Acapulco.",
    "Latin-1 / MacRoman mixup in Spanish, 2 characters":
        "Habitantes de Coatl‡n conf’an en proyecto de edil electo independiente",
    # left as they are: a single pair each, no repair is made on so little
    "subtle UTF-8 / codepage 437 mixup in Spanish": "┬┐que diferencia hay?",
    "An example with 'à' in windows-1251 where we need our heuristic to be bolder":
        "faites attention Г bien vous renseigner avant sur le mГ©dicament",
    "Italian UTF-8 / MacRoman mojibake that looks like math": "Sarai ricontattato dal nostro Esperto al pi√π presto.",
    # half repaired: the digits lost bytes to spaces
    "Synthetic: Incomplete UTF-8 / Windows-1252 mixup in Arabic": "أكثر من Ù Ù Ù¡ بلد",
    # a false positive, as ftfy's: "Â" before a no-break space is taken for its first byte
    "Synthetic, false positive: the title of a manga, in weird capitalized romaji, with a non-breaking space":
        "MISUT\u00a0AJIKKO",
}


def _known_failures():
    return [pytest.param(case, id=case["label"][:60]) for case in load("known-failures")]


@pytest.mark.parametrize("case", _known_failures())
def test_known_failure_is_recorded(case):
    label = case["label"]
    got = fix_mojibake(case["original"])[0]
    assert got == KNOWN_FAILURES[label]
    if label != "Misleading mix-up in Spanish":
        assert got != expected(case)  # still a failure; a repair here is news: update the table


def test_every_known_failure_has_a_record():
    labels = [case["label"] for case in load("known-failures")]
    assert sorted(labels) == sorted(KNOWN_FAILURES) and len(labels) == 10


def test_right_text_of_the_do_no_harm_benchmark_is_left_alone():
    # The benchmark's sources that live in the repository, but for the drawn wordfreq lines
    # (slow to draw): no line changed, in the tuned and the held-out part alike.
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "do_no_harm", Path(__file__).resolve().parent.parent / "benchmarks" / "do_no_harm.py")
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)
    for name, load in [("gold", benchmark.gold), ("language", benchmark.language),
                       ("passages", benchmark.passages), ("ftfy-negative", benchmark.ftfy_negative)]:
        row = benchmark.measure(name, load(), verbose=False)
        assert row["tuned"]["lines"] + row["held-out"]["lines"] >= 30
        for part in ("tuned", "held-out"):
            assert (row[part]["cleantext"], row[part]["cleantext_new"]) == (0, 0), (name, part)
