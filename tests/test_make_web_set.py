"""benchmarks/make_web_set.py: a Dragnet page's text cut at its comments mark, however typed."""
import doctest
import gzip
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("make_web_set", ROOT / "benchmarks" / "make_web_set.py")
make_web_set = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_web_set)

ARTICLE = "A headline\n\n" + "The article's paragraph, long enough to be kept as the page's text. " * 10


def test_the_cuts_examples():
    assert doctest.testmod(make_web_set, raise_on_error=False).failed == 0


def test_a_mark_typed_otherwise_still_ends_the_article():
    # as the data's annotators typed it: one space, a sign left out, doubled, swapped, a tab
    for mark in ("!@#$%^&*() COMMENTS", "!@ $%^&*()  COMMENTS", "!@#$%^&**()  COMMENTS",
                 "!#@$%^&*()  COMMENTS", "!@#$%^&*()  \tCOMMENTS", "!@#$%^&*   COMMENTS"):
        gold = f"{ARTICLE}\n\n{mark}\n\nReader One said:\nGreat post, thanks for sharing!\n"
        assert make_web_set.article_of(gold) == ARTICLE.strip() + "\n", mark


def test_signs_within_the_text_do_not_end_it():
    gold = f"{ARTICLE}\nIt cost $5 (or @ $4 & more!)\n* * * * *\nThe end.\n"
    assert make_web_set.article_of(gold) == gold.strip() + "\n"


def test_expected_only_rewrites_the_expected_text_and_keeps_the_dumps(tmp_path, monkeypatch):
    import langdetect

    # the set's language detection seeds langdetect: put its seed back afterwards
    monkeypatch.setattr(langdetect.DetectorFactory, "seed", langdetect.DetectorFactory.seed)
    (tmp_path / "Corrected").mkdir()
    gold = f"{ARTICLE}\n!@#$%^&*() COMMENTS\nReader One: first comment on the post here.\n"
    (tmp_path / "Corrected" / "7.html.corrected.txt").write_text(gold, encoding="utf-8")
    out = tmp_path / "set"
    out.mkdir()
    record = {"page": "dragnet-7", "lang": "en", "source": "s", "title": "", "byline": "",
              "expected": gold.strip() + "\n", "dumps": {"w3m": "the dump"}}
    make_web_set.write(out, record)
    assert make_web_set.recut_dragnet(tmp_path, out) == 0
    cut = (out / "dragnet-7.json.gz").read_bytes()
    assert json.loads(gzip.decompress(cut)) == {**record, "expected": ARTICLE.strip() + "\n"}
    make_web_set.recut_dragnet(tmp_path, out)  # nothing left to cut: the same bytes
    assert (out / "dragnet-7.json.gz").read_bytes() == cut
