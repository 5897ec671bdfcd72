"""The bundled samples clean to their gold text; the report names what went, why, and in which language."""
import json
from pathlib import Path

import pytest

from cleantext import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.default()


def gold(sample: Path) -> tuple[str, dict]:
    base = ROOT / "tests" / "gold" / sample.name
    return base.read_text(encoding="utf-8"), json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))


def test_there_are_five_samples():
    assert len(SAMPLES) == 5


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_sample_cleans_to_gold(pipeline, sample):
    want, _ = gold(sample)
    assert pipeline.run(sample.read_bytes(), str(sample)).text == want


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_every_furniture_line_is_removed_with_its_class(pipeline, sample):
    _, expected = gold(sample)
    result = pipeline.run(sample.read_bytes(), str(sample))
    removed = {r["lines"][0]: r for r in result.report["removed"]}
    for item in expected["furniture"]:
        assert item["line"] in removed, f"line {item['line']} ({item['text'][:40]}) was kept"
        got = removed[item["line"]]
        assert got["class"] == item["class"]
        assert got["text"] == item["text"]  # the input's own text, recoverable
        assert ":" in got["rule"]  # site:id
    assert len(removed) == len(expected["furniture"]), "removed more than the furniture"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_paragraphs_come_from_the_expected_lines(pipeline, sample):
    _, expected = gold(sample)
    result = pipeline.run(sample.read_bytes(), str(sample))
    kept = [b["lines"] for b in result.report["blocks"] if b["kept"]]
    want = [[lines[0], lines[-1]] for lines in expected["paragraph_source_lines"]]
    assert kept == want


def test_afgazad_header_is_persian_and_removed(pipeline):
    sample = next(p for p in SAMPLES if p.name.startswith("003"))
    _, expected = gold(sample)
    report = pipeline.run(sample.read_bytes(), str(sample)).report
    blocks = {b["lines"][0]: b for b in report["blocks"]}
    for item in expected["line_langs"]:
        assert blocks[item["line"]]["lang"] == item["lang"], item["text"]
    for line in (3, 7, 8, 16):
        confidence = blocks[line].pop("confidence")
        assert blocks[line] == {"lines": [line, line], "lang": "fa", "script": "Arab", "kept": False}
        assert 0.5 <= confidence <= 1
    assert report["sites"] == ["afgazad", "wsws"]
    assert report["language"] == "en"
    assert report["encoding"] == "utf-8" and report["encoding_confidence"] == 1.0


def test_markdown_copy_reports_its_joins(pipeline):
    sample = next(p for p in SAMPLES if p.name.startswith("001"))
    report = pipeline.run(sample.read_bytes(), str(sample)).report
    assert report["changes"]["paragraphs_joined"] == 2
    assert report["changes"]["markup"] >= 2  # the heading mark and the emphasis


def test_a_site_rule_can_refine_persian_to_dari(tmp_path):
    sample = next(p for p in SAMPLES if p.name.startswith("003"))
    rules = tmp_path / "afgazad-dari.toml"
    rules.write_text('[site]\nname = "afgazad-dari"\nmatch = [\'(?m)^www\\.afgazad\\.com$\']\n'
                     'refine = {fa = "prs"}\n', encoding="utf-8")
    report = Pipeline.default([rules]).run(sample.read_bytes(), str(sample)).report
    langs = {b["lines"][0]: b["lang"] for b in report["blocks"]}
    assert [langs[n] for n in (3, 7, 8, 16)] == ["prs"] * 4
    assert langs[22] == "en" and langs[5] == "und"  # only Persian is refined
