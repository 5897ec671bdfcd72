"""Fixtures shared by the tests: the files they loop over, found and counted."""
import importlib
import json
import os
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent

# The property tests draw the same examples on every run, so a run elsewhere tries just what a run
# here tried; HYPOTHESIS_PROFILE=explore draws new ones each time (worth a run after a change).
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
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


# The pre-checks that let stages pass over text they cannot change. Each only saves time: turned
# off, every line takes the slow path and every answer must be the same. They are the ``needles``
# a stage hands Document.edit_lines (the lines, and for the unicode stage the repairs, a document
# can need), the mojibake stage's predicates, which say where a repair cannot change a line, and
# the language stage's, which says where no address can be.
PREDICATES = {
    "cleantext.stages.mojibake": ["may_be_mojibake", "may_redecode", "ftfy_may_fix", "can_redecode"],
    "cleantext.lang.letters": ["_may_hold_address"],
    "cleantext.codeblocks": ["_may_be_code"],
}


@contextmanager
def prechecks_off():
    """Every stage without its pre-checks, for as long as the context lasts."""
    from cleantext.document import Document

    edit_lines = Document.edit_lines

    def every_line(self, stage, fix, counter=None, needles=None, fix_for=None):
        return edit_lines(self, stage, fix, counter, fix_for=fix_for)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Document, "edit_lines", every_line)
        for module, names in PREDICATES.items():
            for name in names:
                patch.setattr(importlib.import_module(module), name, lambda *args, **kwargs: True)
        # The boilerplate stage's units read at once, none left for later.
        patch.setattr(importlib.import_module("cleantext.stages.boilerplate"), "_read_later", lambda *args: None)
        yield


@pytest.fixture(scope="session")
def without_prechecks():
    """prechecks_off, for a test to use around the calls it compares."""
    return prechecks_off


@pytest.fixture(autouse=True)
def langdetect_seed_left_as_found():
    """langdetect's seed is global, shared with whoever else imports it: a test that sets it puts
    it back (monkeypatch), or the tests after it run with another one."""
    from langdetect import DetectorFactory

    before = DetectorFactory.seed
    yield
    assert DetectorFactory.seed == before, "a test changed langdetect's global seed and did not put it back"
