"""Fixtures shared by the tests: the files they loop over, found and counted."""
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PDF_FIXTURES = ROOT / "tests" / "fixtures" / "pdf"


@pytest.fixture(scope="session")
def sample_paths():
    """The samples, each with its gold; a loop over them that found none would pass for nothing."""
    paths = sorted((ROOT / "samples").glob("*.txt"))
    gold = sorted((ROOT / "tests" / "gold").glob("*.txt"))
    assert paths, "no sample found in samples/"
    assert [p.name for p in paths] == [p.name for p in gold], "samples and tests/gold/ do not pair up"
    return paths


@pytest.fixture(scope="session")
def pdf_gold_paths():
    """The clean texts of the PDF fixtures: every one the manifest names, and no other."""
    manifest = json.loads((PDF_FIXTURES / "manifest.json").read_text(encoding="utf-8"))
    paths = sorted(PDF_FIXTURES.glob("*.expected.txt"))
    assert paths, f"no *.expected.txt in {PDF_FIXTURES}"
    assert {p.name for p in paths} == {entry["expected"] for entry in manifest}
    return paths
