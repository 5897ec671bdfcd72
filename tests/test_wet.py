"""`cleantext wet`: Common Crawl WET files (WARC 'conversion' records) cleaned into JSON Lines."""
import gzip
import io
import json

import pytest

from cleantext import Pipeline
from cleantext.cli import main

warcio = pytest.importorskip("warcio", reason="the wet extra is not installed: pip install -e '.[test,wet]'")

ARTICLE = ("The ferry between the two harbours will resume on Monday, the council said, after the storm "
           "damaged the quay at the end of the winter.\n"
           "Repairs to the quay took longer than the engineers had hoped, and the first boat will leave "
           "at nine in the morning.\n")
# A WET payload: the page's text as the crawler took it, a block per line, menus and banners in it.
PAGE = ("Home\nNews\nSport\nWeather\nContact\nFerry service to resume\n" + ARTICLE +
        "Accept cookies\nShare on Facebook\nAll rights reserved\n")


def wet_file(path, pages):
    """A WET file as Common Crawl writes them: gzip members, a warcinfo record, then a
    conversion record per page."""
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record("test.warc.wet.gz", {"software": "test"}))
        for url, text in pages:
            headers = {"WARC-Target-URI": url, "WARC-Identified-Content-Language": "eng",
                       "Content-Type": "text/plain"}
            writer.write_record(writer.create_warc_record(url, "conversion", payload=io.BytesIO(text.encode()),
                                                          warc_headers_dict=headers))
    return path


def read_lines(path):
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_each_text_record_is_cleaned_as_the_pipeline_cleans_it(tmp_path, capsys):
    pages = [("https://harbour.example/ferry", PAGE), ("https://harbour.example/quay", ARTICLE)]
    source = wet_file(tmp_path / "crawl.warc.wet.gz", pages)
    assert main(["wet", str(source), "--out", str(tmp_path / "clean.jsonl.gz")]) == 0
    records = read_lines(tmp_path / "clean.jsonl.gz")
    assert [r["url"] for r in records] == [url for url, _ in pages]   # the warcinfo record is not text
    assert all(r["warc_id"].startswith("<urn:uuid:") and r["language"] == "eng" for r in records)
    pipeline = Pipeline.default()
    assert [r["text"] for r in records] == [pipeline.run(text.encode()).text for _, text in pages]
    assert "Share on Facebook" not in records[0]["text"] and "Weather" not in records[0]["text"]
    assert "resume on Monday" in records[0]["text"]
    assert records[0]["cleantext"]["removed"]
    assert "2 text records cleaned from 1 file(s)" in capsys.readouterr().err


def test_a_file_that_is_not_warc_is_named_and_the_others_still_read(tmp_path, capsys):
    good = wet_file(tmp_path / "good.warc.wet.gz", [("https://harbour.example/a", ARTICLE)])
    bad = tmp_path / "bad.warc.wet.gz"
    bad.write_bytes(gzip.compress(b"this is no WARC record\n" * 20))
    assert main(["wet", str(bad), str(good), "--out", str(tmp_path / "out.jsonl")]) == 1
    err = capsys.readouterr().err
    assert f"{bad}: record 1: not a WARC record" in err and "Traceback" not in err
    assert [r["url"] for r in read_lines(tmp_path / "out.jsonl")] == ["https://harbour.example/a"]


def test_the_output_never_replaces_an_input_and_a_missing_file_is_named(tmp_path, capsys):
    source = wet_file(tmp_path / "crawl.warc.wet.gz", [("https://harbour.example/a", ARTICLE)])
    before = source.read_bytes()
    assert main(["wet", str(source), "--out", str(source)]) == 2
    assert source.read_bytes() == before
    assert main(["wet", str(tmp_path / "none.warc.wet.gz"), "--out", "-"]) == 2
    assert "none.warc.wet.gz: no such file" in capsys.readouterr().err


def test_a_file_cut_short_is_named_with_the_record_it_breaks_off_in(tmp_path, capsys):
    whole = wet_file(tmp_path / "whole.warc.wet.gz", [(f"https://harbour.example/{k}", PAGE) for k in range(5)])
    cut = tmp_path / "cut.warc.wet.gz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size * 2 // 3])
    assert main(["wet", str(cut), "--out", str(tmp_path / "out.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "cut short" in err and str(cut) in err and "Traceback" not in err
    # The records before the break are written.
    assert [r["url"] for r in read_lines(tmp_path / "out.jsonl")] == [f"https://harbour.example/{k}" for k in range(3)]
