"""Corpus work: --jobs keeps the input order, compressed JSON Lines, bad records, progress, folders."""
import io
import json
import multiprocessing
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cleantext.files import compression, open_read, open_write
from cleantext.progress import Progress
from cleantext.cli import EXIT_INPUT, EXIT_OK, main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
CMD = [shutil.which("cleantext")] if shutil.which("cleantext") else [sys.executable, "-m", "cleantext"]
SHORT = [
    "Loading\nThe ferry sailed at noon, as it always did.\n",
    "Ukraineâ€™s army said â€œnoâ€\u009d.\n",
    "People across the region, while others\n\nreported that they had to hide.\n",
]


def records(n: int) -> list[dict]:
    texts = SHORT + [p.read_text(encoding="utf-8") for p in SAMPLES]
    return [{"id": i, "text": texts[i % len(texts)]} for i in range(n)]


def write_jsonl(path: Path, rows: list, *, bad: dict[int, str] = {}) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    for at, line in sorted(bad.items()):
        lines.insert(at, line)
    with open_write(path, path.open("wb")) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    return path


def read_jsonl(path: Path) -> list[dict]:
    with path.open("rb") as raw, open_read(path, raw) as stream:
        return [json.loads(line) for line in stream if line.strip()]


@pytest.mark.parametrize("name, kind", [
    ("a.jsonl.gz", "gzip"), ("a.jsonl.zst", "zstd"), ("a.jsonl.bz2", "bz2"), ("a.jsonl.xz", "xz"), ("a.jsonl", None),
    ("a.txt", None), ("notes.gz.txt", None),  # the last suffix decides
])
def test_compression_by_name(name, kind):
    assert compression(name) == kind


def test_jobs_output_is_in_input_order_and_equals_serial(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", records(40))
    serial, parallel = tmp_path / "one", tmp_path / "two"
    assert main([str(source), "--jsonl", "--out-dir", str(serial), "--jobs", "1", "--quiet"]) == EXIT_OK
    assert main([str(source), "--jsonl", "--out-dir", str(parallel), "--jobs", "2", "--quiet"]) == EXIT_OK
    assert (serial / "in.jsonl").read_bytes() == (parallel / "in.jsonl").read_bytes()
    assert [r["id"] for r in read_jsonl(parallel / "in.jsonl")] == list(range(40))


def test_reports_and_removed_lines_with_jobs_equal_serial(tmp_path):
    # Workers send reports back only when asked: --report and --keep-removed must still get them.
    source = write_jsonl(tmp_path / "in.jsonl", records(12))
    for jobs in ("1", "2"):
        assert main([str(source), "--jsonl", "--out-dir", str(tmp_path / f"out{jobs}"), "-j", jobs, "-q",
                     "--report", str(tmp_path / f"report{jobs}.jsonl"),
                     "--keep-removed", str(tmp_path / f"removed{jobs}.jsonl")]) == EXIT_OK
    for name in ("report", "removed"):
        one, two = (tmp_path / f"{name}{jobs}.jsonl" for jobs in ("1", "2"))
        assert one.read_bytes() == two.read_bytes()
        assert len(read_jsonl(two)) >= 12 if name == "report" else read_jsonl(two)


def test_text_files_with_jobs_equal_serial(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert main([str(ROOT / "samples"), "--out-dir", str(one), "-j", "1", "-q"]) == EXIT_OK
    assert main([str(ROOT / "samples"), "--out-dir", str(two), "-j", "2", "-q"]) == EXIT_OK
    for sample in SAMPLES:
        gold = (ROOT / "tests/gold" / sample.name).read_bytes()
        assert (one / sample.name).read_bytes() == gold == (two / sample.name).read_bytes()


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst", ".jsonl.bz2", ".jsonl.xz"])
def test_compressed_jsonl_round_trip(tmp_path, suffix):
    if suffix == ".jsonl.zst":
        pytest.importorskip("zstandard", reason="zstd needs the zstandard package (extra: zstd)")
    source = write_jsonl(tmp_path / f"in{suffix}", records(6))
    assert main([str(source), "--jsonl", "--out-dir", str(tmp_path / "out"), "-q"]) == EXIT_OK
    target = tmp_path / "out" / source.name
    magic = {".jsonl.gz": b"\x1f\x8b", ".jsonl.zst": b"\x28\xb5\x2f\xfd", ".jsonl.bz2": b"BZh",
             ".jsonl.xz": b"\xfd7zXZ\x00"}[suffix]
    assert target.read_bytes().startswith(magic)  # written compressed the same way
    out = read_jsonl(target)
    assert [r["id"] for r in out] == list(range(6))
    assert out[0]["text"] == "The ferry sailed at noon, as it always did.\n"
    assert out[1]["text"] == "Ukraine’s army said “no”.\n"
    assert out[1]["cleantext"]["changes"]["mojibake"] == 1


def test_bad_lines_are_named_by_file_and_line_and_neighbours_are_kept(tmp_path, capsys):
    # Not a JSON object: no record to keep, the line is skipped. An object without the text field
    # is a record that cannot be cleaned: written as it was, marked (the policy of clean_record).
    rows = records(4)
    source = write_jsonl(tmp_path / "in.jsonl", rows, bad={2: '{"id": "broken", "text": ', 4: '{"id": 9}'})
    status = main([str(source), "--jsonl", "--out-dir", str(tmp_path / "out"), "-j", "2"])
    assert status == EXIT_INPUT
    err = capsys.readouterr().err
    assert f"{source}:3: not a JSON object" in err and f"{source}:3: " + "not a JSON object" in err.split("line skipped")[0]
    assert f"{source}:5: no string field 'text'; written as it was" in err and "(see --text-field)" in err
    assert "4 documents cleaned, 1 skipped, 1 marked as errors," in err.splitlines()[-1]
    out = read_jsonl(tmp_path / "out" / "in.jsonl")
    assert [r["id"] for r in out] == [0, 1, 2, 9, 3]
    assert out[3] == {"id": 9, "cleantext": {"error": "no string field 'text'"}}


# Records that Python's json reads but cannot write back, or cannot read at all.
HOSTILE = {
    "a lone surrogate outside the text": ('{"id": "s", "text": "x", "t": "\\udc00"}', "lone surrogate '\\udc00'"),
    # 1,000 deep is too deep for Python 3.10 to 3.12's json, not for 3.13's (it reads and writes
    # it, so the record is kept); 10,000 is too deep for all of them.
    "nested 10,000 deep": ('{"id": "n", "text": "x", "n": ' + "[" * 10_000 + "]" * 10_000 + "}", "nested too deeply"),
    "an integer of 5,000 digits": ('{"id": "i", "text": "x", "n": ' + "7" * 5000 + "}", "4300"),
}


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_record_is_named_and_skipped_and_the_run_finishes(tmp_path, capsys, case, jobs):
    line, reason = HOSTILE[case]
    source = write_jsonl(tmp_path / "in.jsonl", records(3), bad={1: line})
    status = main([str(source), "--jsonl", "--out-dir", str(tmp_path / "out"), "-j", jobs,
                   "--report", str(tmp_path / "r.jsonl"), "--keep-removed", str(tmp_path / "k.jsonl")])
    assert status == EXIT_INPUT
    err = capsys.readouterr().err
    assert f"{source}:2: " in err and reason in err and "line skipped" in err
    assert "Traceback" not in err and err.splitlines()[-1].startswith("cleantext: 3 documents cleaned, 1 skipped")
    assert [r["id"] for r in read_jsonl(tmp_path / "out" / "in.jsonl")] == [0, 1, 2]
    assert len(read_jsonl(tmp_path / "r.jsonl")) == 3


def test_a_lone_surrogate_in_the_text_becomes_a_replacement_character_and_the_record_is_kept(tmp_path, capsys):
    # The mojibake stage (ftfy) mends it before any line can be removed or written: the record
    # is kept, the one mark of the broken character stays, and the change is counted.
    line = '{"id": "r", "text": "Loading\\ud800\\nThe ferry sailed."}'
    source = write_jsonl(tmp_path / "in.jsonl", records(2), bad={1: line})
    assert main([str(source), "--jsonl", "--out-dir", str(tmp_path / "out"), "-j", "1"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    kept = read_jsonl(tmp_path / "out" / "in.jsonl")
    assert [r["id"] for r in kept] == [0, "r", 1]
    assert kept[1]["text"].startswith("Loading\ufffd") and "The ferry sailed." in kept[1]["text"]
    assert kept[1]["cleantext"]["changes"]["mojibake"] == 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_record_that_breaks_a_stage_is_written_as_it_was_and_marked(tmp_path, capsys, monkeypatch, jobs):
    # The same policy as clean_records and cleantext.dask: kept, marked, named; the run fails.
    from cleantext.stages.unicode import Unicode

    real = Unicode.__call__

    def fragile(self, doc):
        if "sailed at noon" in doc.text:
            raise RuntimeError("stage failed")
        return real(self, doc)

    monkeypatch.setattr(Unicode, "__call__", fragile)  # forked workers inherit the patch
    source = write_jsonl(tmp_path / "in.jsonl", records(3))
    assert main([str(source), "--jsonl", "--out-dir", str(tmp_path / "out"), "-j", jobs]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert f"{source}:1: could not be cleaned (RuntimeError: stage failed); written as it was" in err
    out = read_jsonl(tmp_path / "out" / "in.jsonl")
    assert [r["id"] for r in out] == [0, 1, 2]
    assert out[0] == {**records(1)[0], "cleantext": {"error": "could not be cleaned (RuntimeError: stage failed)"}}
    assert out[1]["text"] == "Ukraine’s army said “no”.\n" and "error" not in out[1]["cleantext"]


def test_summary_line_on_stderr_unless_quiet(tmp_path, capsys):
    source = write_jsonl(tmp_path / "in.jsonl", records(3), bad={1: "not json"})
    main([str(source), "--jsonl", "--out-dir", str(tmp_path / "out"), "-j", "1"])
    err = capsys.readouterr().err.splitlines()
    assert err[-1].startswith("cleantext: 3 documents cleaned, 1 skipped,")
    assert "MB/s, 1 job)" in err[-1]
    main([str(source), "--jsonl", "--out-dir", str(tmp_path / "out"), "-j", "1", "--quiet"])
    assert "documents cleaned" not in capsys.readouterr().err


def test_progress_bar_shows_share_rate_and_time_left():
    stream = io.StringIO()
    progress = Progress(1_000_000, "files", show=True, stream=stream, interval=0)
    progress.advance(items=1, nbytes=250_000)
    drawn = stream.getvalue()
    assert drawn.startswith("\r") and " 25%|" in drawn and "250k/1.00M" in drawn
    assert "B/s" in drawn and "<" in drawn and "1 file done" in drawn  # rate, time left, documents
    progress.write("cleantext: a message")  # above the bar, which is drawn again below it
    assert "cleantext: a message\n" in stream.getvalue()
    progress.finish(2, summary=True)
    assert stream.getvalue().endswith(" MB/s, 2 jobs)\n") and "1 file cleaned, 0 skipped" in stream.getvalue()


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", records(3))
    done = subprocess.run(CMD + [str(source), "--jsonl", "--out-dir", str(tmp_path / "out")],
                          capture_output=True, timeout=120)
    assert done.returncode == EXIT_OK
    assert b"\r" not in done.stderr
    assert done.stderr.decode().startswith("cleantext: 3 documents cleaned, 0 skipped")


def test_stdin_jsonl_is_streamed_to_stdout(tmp_path):
    rows = records(3)
    body = "".join(json.dumps(r) + "\n" for r in rows).encode()
    done = subprocess.run(CMD + ["--jsonl", "-j", "2", "-q"], input=body, capture_output=True, timeout=120)
    assert done.returncode == EXIT_OK and done.stderr == b""
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in out] == [0, 1, 2]
    assert out[2]["text"] == "People across the region, while others reported that they had to hide.\n"


def test_folder_recursion_keeps_layout_and_existing_out_dir(tmp_path):
    tree = tmp_path / "in"
    (tree / "a" / "b").mkdir(parents=True)
    write_jsonl(tree / "top.jsonl", records(2))
    write_jsonl(tree / "a" / "b" / "deep.jsonl.gz", records(3))
    (tree / "a" / "notes.txt").write_text("not JSON Lines: not taken from a folder with --jsonl\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.me").write_text("already here\n")
    assert main([str(tree), "--jsonl", "--out-dir", str(out), "-q"]) == EXIT_OK
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "a/b/deep.jsonl.gz", "keep.me", "top.jsonl"]
    assert len(read_jsonl(out / "a" / "b" / "deep.jsonl.gz")) == 3
    assert (out / "keep.me").read_text() == "already here\n"


def test_text_folder_recursion(tmp_path):
    tree = tmp_path / "in"
    (tree / "x" / "y").mkdir(parents=True)
    (tree / "x" / "y" / "page.txt").write_text(SHORT[0])
    (tree / "top.txt").write_text(SHORT[1])
    assert main([str(tree), "--out-dir", str(tmp_path / "out"), "-q"]) == EXIT_OK
    assert (tmp_path / "out" / "x" / "y" / "page.txt").read_text() == "The ferry sailed at noon, as it always did.\n"
    assert (tmp_path / "out" / "top.txt").read_text() == "Ukraine’s army said “no”.\n"


def test_rule_bundle_and_clean_records_serve_any_map_function(tmp_path):
    """What docs/scale.md gives to Spark's mapPartitions and Ray's map_batches, without either."""
    import pickle

    from cleantext.pipelines import rule_bundle
    from cleantext.records import clean_records

    rule = tmp_path / "harbour.toml"
    rule.write_text("[site]\nname = \"harbour-gazette\"\nmatch = ['(?m)^harbourgazette\\.example$']\n\n"
                    "[[furniture]]\nid = \"print-edition\"\nclass = \"banner\"\npattern = '^Read the print edition$'\n\n"
                    "[[examples]]\ninput = \"harbourgazette.example\\nRead the print edition\\nNews.\\n\"\n"
                    "output = \"harbourgazette.example\\n\\nNews.\\n\"\n", encoding="utf-8")
    bundle = pickle.loads(pickle.dumps(rule_bundle([rule])))  # as it travels to a worker
    rule.unlink()
    rows = [{"text": "harbourgazette.example\nRead the print edition\nThe ferry sailed at noon.\n", "k": 1},
            {"body": "no text field"}]
    cleaned, bad = clean_records(rows, bundle)
    assert cleaned["text"] == "harbourgazette.example\n\nThe ferry sailed at noon.\n" and cleaned["k"] == 1
    assert cleaned["cleantext"]["removed"][0]["rule"] == "harbour-gazette:print-edition"
    assert bad == {"body": "no text field", "cleantext": {"error": "no string field 'text'"}}
    assert rows[0]["text"].startswith("harbourgazette.example\nRead")  # the input records are not changed


def test_clean_records_refuses_the_report_field_as_text_field():
    from cleantext.records import clean_records
    with pytest.raises(ValueError, match="cleantext"):
        clean_records([{"cleantext": "The ferry sailed at noon."}], text_field="cleantext")


def test_a_truncated_gzip_file_keeps_the_records_before_the_cut(tmp_path, capsys):
    whole = write_jsonl(tmp_path / "whole.jsonl.gz", records(40))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    assert main([str(cut), "--jsonl", "--out-dir", str(tmp_path / "out"), "-j", "1", "-q"]) == EXIT_INPUT
    assert f"{cut}: stopped reading: Compressed file ended" in capsys.readouterr().err
    kept = read_jsonl(tmp_path / "out" / "cut.jsonl.gz")
    assert 0 < len(kept) < 40 and [r["id"] for r in kept] == list(range(len(kept)))


@pytest.mark.parametrize("suffix", [".jsonl.xz", ".jsonl.zst", ".jsonl.bz2"])
def test_a_corrupt_compressed_file_is_named_and_the_next_input_cleaned(tmp_path, capsys, suffix):
    if suffix == ".jsonl.zst":
        pytest.importorskip("zstandard", reason="zstd needs the zstandard package (extra: zstd)")
    whole = write_jsonl(tmp_path / f"whole{suffix}", records(200))
    data = bytearray(whole.read_bytes())
    for at in range(len(data) // 3, len(data) - 8, 97):  # damage the middle of the stream
        data[at] ^= 0x55
    bad = tmp_path / f"bad{suffix}"
    bad.write_bytes(bytes(data))
    good = write_jsonl(tmp_path / "good.jsonl", records(3))
    assert main([str(bad), str(good), "--jsonl", "--out-dir", str(tmp_path / "out"), "-j", "1", "-q"]) == EXIT_INPUT
    assert f"{bad}: stopped reading: " in capsys.readouterr().err
    assert [r["id"] for r in read_jsonl(tmp_path / "out" / "good.jsonl")] == [0, 1, 2]


@pytest.mark.parametrize("backup", [[], ["--backup", ".bak"]])
def test_in_place_never_replaces_an_input_that_could_not_be_read_to_its_end(tmp_path, capsys, backup):
    whole = write_jsonl(tmp_path / "whole.jsonl.gz", records(40))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    before = cut.read_bytes()
    assert main([str(cut), "--jsonl", "--in-place", "-j", "1", "-q", *backup]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert f"{cut}: stopped reading: Compressed file ended" in err and "not replaced" in err
    assert cut.read_bytes() == before
    assert not (tmp_path / "cut.jsonl.gz.bak").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cut.jsonl.gz", "whole.jsonl.gz"]  # no temporaries


def test_in_place_keeps_a_file_whose_line_is_too_long(tmp_path, capsys, monkeypatch):
    import cleantext.cli
    monkeypatch.setattr(cleantext.cli, "MAX_DOCUMENT", 1000)
    page = write_jsonl(tmp_path / "in.jsonl", [{"text": "short"}, {"text": "x " * 1000}, {"text": "after"}])
    before = page.read_bytes()
    assert main([str(page), "--jsonl", "--in-place", "-j", "1", "-q"]) == EXIT_INPUT
    assert f"{page}:2: a line longer than" in capsys.readouterr().err
    assert page.read_bytes() == before


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_in_place_keeps_lines_that_are_no_record_as_they_were(tmp_path, capsys, jobs):
    # Out of a folder such a line is left out (the output is JSON Lines); a file replaced in
    # place must not lose it: it is written back as it was, and named.
    page = write_jsonl(tmp_path / "in.jsonl", [{"id": 0, "text": "one"}, {"id": 1, "text": "two"}],
                       bad={1: '{"id": "broken", "text": ', 2: '[1, 2]'})
    assert main([str(page), "--jsonl", "--in-place", "-j", jobs, "-q"]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert f"{page}:2: not a JSON object" in err and "kept as it was" in err and "line skipped" not in err
    lines = page.read_text(encoding="utf-8").splitlines()
    assert lines[1:3] == ['{"id": "broken", "text": ', '[1, 2]']
    assert [json.loads(lines[i])["text"] for i in (0, 3)] == ["one\n", "two\n"]


def _dies_on_crash(pipeline, data, source, explain):
    import os
    from cleantext.records import text_document
    if "crash" in source:
        os._exit(9)  # as a worker the kernel ends for lack of memory
    return text_document(pipeline, data, source, explain)


@pytest.mark.parametrize("jobs", ["2"])
def test_a_worker_that_dies_ends_the_run_with_a_message_not_a_traceback(tmp_path, capsys, monkeypatch, jobs):
    import cleantext.workers
    monkeypatch.setattr(cleantext.workers, "text_document", _dies_on_crash)
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b-crash.txt", "c.txt"):
        (folder / name).write_text("The ferry sailed at noon.\n", encoding="utf-8")
    assert main([str(folder), "--out-dir", str(tmp_path / "out"), "-j", jobs, "-q"]) == EXIT_INPUT
    err = capsys.readouterr().err
    # The pool breaks every chunk in flight when one worker dies, and cannot say whose worker it
    # was: the message names the first broken chunk's first input, "or the inputs near it". On a
    # loaded machine a.txt is often still in flight beside b-crash.txt.
    assert re.search(r"(a|b-crash)\.txt: a worker process ended while cleaning it or the inputs near it", err)
    assert "Traceback" not in err
    assert not list((tmp_path / "out").glob(".*cleantext-tmp"))


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-32"])
@pytest.mark.parametrize("mode", [["--in-place"], ["--out-dir", "out"]])
def test_json_lines_in_utf16_are_refused_whole_not_half_read(tmp_path, capsys, monkeypatch, codec, mode):
    # Read line by line as bytes, UTF-16 JSON Lines came out half: some records skipped, others
    # cleaned, and --in-place wrote a file of UTF-16 and UTF-8 lines mixed.
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "in.jsonl"
    page.write_bytes('{"text": "first record"}\n{"text": "second record"}\n'.encode(codec))
    before = page.read_bytes()
    assert main([str(page), "--jsonl", "-j", "1", "-q", *mode]) == EXIT_INPUT
    assert f"{page}: JSON Lines must be UTF-8" in capsys.readouterr().err
    assert page.read_bytes() == before and not (tmp_path / "out" / "in.jsonl").exists()


def test_an_interrupted_in_place_run_leaves_no_backup_behind(tmp_path, monkeypatch):
    # The backup (made first) stayed after a stopped run, and the next run refused the input for it.
    import cleantext.cli

    def interrupted(chunk):
        raise KeyboardInterrupt

    monkeypatch.setattr(cleantext.cli, "jsonl_chunk", interrupted)
    page = write_jsonl(tmp_path / "in.jsonl", records(3))
    before = page.read_bytes()
    assert main([str(page), "--jsonl", "--in-place", "--backup", ".bak", "-j", "1", "-q"]) == 130
    assert page.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def _in_a_fresh_process(code: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


LOADED = "fastdetect._langdetect_factory.cache_info().currsize"


def test_language_profiles_load_when_a_document_first_needs_them():
    """English text never needs langdetect's profiles (65 MB, a third of a second); French does."""
    english = "The strikes mark an escalation of the war in the east, and it is the third attack this week."
    french = "Le gouvernement a annoncé un plan pour le prix du pain, et les familles attendent la suite."
    seen = _in_a_fresh_process(f"""
from cleantext import Pipeline
from cleantext.lang import fastdetect
pipeline = Pipeline.default()
print({LOADED})
print(pipeline.run({english!r}).document.lines[0].lang, {LOADED})
print(pipeline.run({french!r}).document.lines[0].lang, {LOADED})
""")
    assert seen == ["0", "en", "0", "fr", "1"]


@pytest.mark.parametrize("method", multiprocessing.get_all_start_methods())
def test_workers_load_the_profiles_before_they_fork(method):
    """Forked workers share the profiles loaded once in the parent instead of each loading its own;
    workers started afresh (spawn, forkserver) inherit nothing, so the parent loads nothing for them."""
    in_worker = f"(lambda fastdetect: {LOADED})(__import__('cleantext.lang.fastdetect', fromlist=['_']))"
    seen = _in_a_fresh_process(f"""
import gc, multiprocessing
multiprocessing.set_start_method({method!r})
from cleantext.workers import Workers
from cleantext.lang import fastdetect
workers = Workers(2, (), True, text_field="text", explain=False)
print({LOADED}, gc.get_freeze_count() > 0)
print(*workers.map(eval, [{in_worker!r}] * 4))
workers.close()
""")
    if method == "fork":
        assert seen == ["1", "True"] + ["1"] * 4
    else:
        assert seen == ["0", "False"] + ["0"] * 4


def test_the_command_line_writes_what_clean_records_gives(tmp_path):
    """One record policy: cleaned records and a record that cannot be cleaned come out alike."""
    from cleantext.records import clean_records

    rows = records(4) + [{"id": "no-text", "body": "the text is elsewhere"}, {"id": "n", "text": 7}]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    assert main([str(source), "--jsonl", "--out-dir", str(tmp_path / "out"), "-j", "1", "-q"]) == EXIT_INPUT
    written = read_jsonl(tmp_path / "out" / "in.jsonl")
    assert written == clean_records(rows)
    assert written[-1]["cleantext"] == {"error": "no string field 'text'"} and written[-1]["text"] == 7


def test_terminate_ends_workers_in_the_middle_of_their_work():
    import concurrent.futures
    import time

    from cleantext.workers import Workers

    before = set(multiprocessing.active_children())
    workers = Workers(2, (), True, text_field="text", explain=False)
    busy = [workers.pool.submit(time.sleep, 60) for _ in range(2)]
    time.sleep(0.5)
    start = time.monotonic()
    workers.terminate()
    assert time.monotonic() - start < 10
    assert set(multiprocessing.active_children()) <= before
    # Each future ends (cancelled, or broken with its worker) soon, not when its 60 s are up; on a
    # loaded machine the executor's thread may mark it a moment after terminate() returns.
    concurrent.futures.wait(busy, timeout=10)
    assert [f.done() for f in busy] == [True, True]
    assert time.monotonic() - start < 20


def test_workers_send_chunks_through_files_and_leave_none_behind():
    """The executor's queue carries only file names (a chunk larger than a pipe holds, half-way
    into the queue when the workers ended, hung the run); the folder goes with the workers."""
    import os

    from cleantext.workers import Workers

    for end in ("close", "terminate"):
        workers = Workers(2, (), True, text_field="text", explain=False)
        spool = workers.spool
        big = ["x" * 200_000]  # larger than a pipe holds
        assert [len(back) for back in workers.map(max, [big] * 3)] == [200_000] * 3
        assert os.listdir(spool) == ["lock"]  # each chunk's file removed once its worker read it
        getattr(workers, end)()
        assert not os.path.exists(spool)


def test_spool_folders_of_killed_runs_are_removed_and_live_ones_kept(tmp_path):
    import fcntl
    import os

    from cleantext.workers import SPOOL_LOCK, SPOOL_PREFIX, remove_stale_spools

    def spool(name, lock=True):
        folder = tmp_path / (SPOOL_PREFIX + name)
        folder.mkdir()
        (folder / "0").write_bytes(b"chunk")
        if lock:
            (folder / SPOOL_LOCK).touch()
        return folder

    dead, alive, making = spool("dead"), spool("alive"), spool("making", lock=False)
    (tmp_path / (SPOOL_PREFIX + "file")).write_text("not a folder")
    other = tmp_path / "unrelated"
    other.mkdir()
    (other / SPOOL_LOCK).touch()
    held = os.open(alive / SPOOL_LOCK, os.O_RDWR)
    fcntl.flock(held, fcntl.LOCK_EX)  # a living run's lock
    try:
        assert remove_stale_spools(str(tmp_path)) == [str(dead)]
    finally:
        os.close(held)
    assert not dead.exists()
    assert (alive / "0").exists() and (making / "0").exists() and (other / SPOOL_LOCK).exists()
    assert (tmp_path / (SPOOL_PREFIX + "file")).read_text() == "not a folder"


def test_a_run_killed_with_sigkill_leaves_a_spool_the_next_run_removes(tmp_path, monkeypatch):
    import os
    import signal
    import subprocess
    import sys
    import tempfile
    import time

    from cleantext.workers import SPOOL_PREFIX, Workers

    env = dict(os.environ, TMPDIR=str(tmp_path))
    run = subprocess.Popen([sys.executable, "-m", "cleantext", "--jsonl", "-j", "2", "-q"], stdin=subprocess.PIPE,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob(SPOOL_PREFIX + "*/lock")) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = list(tmp_path.glob(SPOOL_PREFIX + "*"))
        assert len(left) == 1
    finally:
        os.killpg(run.pid, signal.SIGKILL)  # the run and its workers, as the system's OOM killer might
        run.wait()
    time.sleep(0.5)  # the workers' exit after the group's kill
    assert left[0].exists()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    workers = Workers(2, (), True, text_field="text", explain=False)
    try:
        assert not left[0].exists()
        assert [p.name for p in tmp_path.glob(SPOOL_PREFIX + "*")] == [os.path.basename(workers.spool)]
    finally:
        workers.close()
    assert list(tmp_path.glob(SPOOL_PREFIX + "*")) == []


def test_workers_use_only_the_public_api_of_the_standard_library():
    import ast
    import inspect

    import cleantext.workers

    tree = ast.parse(inspect.getsource(cleantext.workers))
    private = [node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)
               and node.attr.startswith("_") and not node.attr.startswith("__")
               and not (isinstance(node.value, ast.Name) and node.value.id == "self")]
    strings = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)
               and isinstance(node.value, str) and node.value.startswith("_") and node.value[1:2].isalpha()]
    assert private == [] and strings == []
