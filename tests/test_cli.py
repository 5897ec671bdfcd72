"""The command line: in-process for options, through the installed command for the filter and exit codes."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cleantext.cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE, main, parse_args

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CMD = [shutil.which("cleantext") or "cleantext"] if shutil.which("cleantext") else [sys.executable, "-m", "cleantext"]
AFGAZAD = next(SAMPLES.glob("003_*.txt"))


def run(*args, stdin=b""):
    return subprocess.run(CMD + list(args), input=stdin, capture_output=True, cwd=ROOT, timeout=120)


def test_parse_args_defaults_and_repeatable_rules():
    args = parse_args(["a.txt", "--rules", "x.toml", "--rules", "y/", "--explain"])
    assert args.files == ["a.txt"] and args.rules == ["x.toml", "y/"] and args.explain
    assert not args.jsonl and args.text_field == "text" and args.out_dir is None


def test_backup_needs_in_place():
    with pytest.raises(SystemExit) as caught:
        parse_args(["a.txt", "--backup", ".bak"])
    assert caught.value.code == EXIT_USAGE


def test_text_field_cannot_be_the_report_field():
    # The report, written under "cleantext", replaced the clean text: every record's text lost, exit 0.
    with pytest.raises(SystemExit) as caught:
        parse_args(["a.jsonl", "--jsonl", "--text-field", "cleantext"])
    assert caught.value.code == EXIT_USAGE


def test_filter_from_stdin():
    done = run(stdin="Loading\nThe ferry sailed at noon.   \n".encode("utf-8"))
    assert done.returncode == EXIT_OK
    assert done.stdout == b"The ferry sailed at noon.\n"
    assert done.stderr == b""


def test_one_file_to_stdout_with_explain_and_report(tmp_path):
    report = tmp_path / "r.json"
    done = run(str(AFGAZAD), "--explain", "--report", str(report))
    assert done.returncode == EXIT_OK
    assert done.stdout.decode("utf-8") == (ROOT / "tests/gold" / AFGAZAD.name).read_text(encoding="utf-8")
    explained = done.stderr.decode("utf-8")
    assert explained.splitlines()[0].endswith(
        "rule files, in the order their rules take lines: afgazad (match 'www.afgazad.com'), wsws (match 'WSWS'), generic (generic)")
    assert "removed banner by afgazad:header-motto" in explained
    assert "removed footer by wsws:print-footer" in explained
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["source"].endswith(AFGAZAD.name)
    assert {"lines": [3, 3], "lang": "fa", "script": "Arab", "kept": False} in [
        {k: v for k, v in b.items() if k != "confidence"} for b in data["blocks"]]


def test_several_files_need_out_dir(tmp_path):
    assert main([str(p) for p in sorted(SAMPLES.glob("*.txt"))[:2]]) == EXIT_USAGE


def test_folder_to_out_dir_keeps_names_and_inputs(tmp_path):
    before = {p.name: p.read_bytes() for p in SAMPLES.glob("*.txt")}
    report = tmp_path / "all.jsonl"
    assert main([str(SAMPLES), "--out-dir", str(tmp_path / "out"), "--report", str(report)]) == EXIT_OK
    for name in before:
        want = (ROOT / "tests/gold" / name).read_text(encoding="utf-8")
        assert (tmp_path / "out" / name).read_text(encoding="utf-8") == want
    assert {p.name: p.read_bytes() for p in SAMPLES.glob("*.txt")} == before  # inputs untouched
    lines = report.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and all("source" in json.loads(line) for line in lines)


def test_missing_file_is_exit_1_and_the_others_are_done(tmp_path, capsys):
    status = main([str(AFGAZAD), str(tmp_path / "nope.txt"), "--out-dir", str(tmp_path / "out")])
    assert status == EXIT_INPUT
    assert "nope.txt: no such file" in capsys.readouterr().err
    assert (tmp_path / "out" / AFGAZAD.name).exists()


def test_in_place_with_backup(tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(b"Loading\nThe text.\n")
    assert main([str(page), "--in-place", "--backup", ".orig"]) == EXIT_OK
    assert page.read_bytes() == b"The text.\n"
    assert (tmp_path / "page.txt.orig").read_bytes() == b"Loading\nThe text.\n"


def test_bad_rule_file_is_exit_2_with_file_line_and_problem(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[site]\nname = "bad"\n[[furniture]]\nid = "x"\nclass = "banner"\npatern = "^x$"\n',
                   encoding="utf-8")
    done = run("--rules", str(bad), stdin=b"text\n")
    assert done.returncode == EXIT_USAGE
    assert f'{bad}:6: furniture "x": unknown key "patern" (did you mean "pattern"?)' in done.stderr.decode()
    assert b"Traceback" not in done.stderr
    assert done.stdout == b""


def test_jsonl_cleans_the_text_field_and_keeps_the_rest(tmp_path):
    data = (json.dumps({"id": 1, "body": "Loading\nThe ferry\u00a0sailed."}) + "\n" + "not json\n"
            + json.dumps({"id": 3, "body": "Post a Comment"}) + "\n")
    done = run("--jsonl", "--text-field", "body", stdin=data.encode("utf-8"))
    assert done.returncode == EXIT_INPUT  # one bad line, reported, others done
    assert "<stdin>:2: not a JSON object" in done.stderr.decode()
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["id"] for r in records] == [1, 3]
    assert records[0]["body"] == "The ferry sailed.\n"
    assert records[0]["cleantext"]["removed"][0]["rule"] == "generic:loading"


def test_help_is_grouped():
    done = run("--help")
    out = done.stdout.decode()
    assert done.returncode == 0
    for group in ("Input:", "Output:", "Rules:", "Report:", "examples:"):
        assert group in out
    # The rule-file commands are a separate sub-command: the main help points to them.
    assert "cleantext rules new|check|test|list" in out
    assert run("rules", "--help").returncode == 0


# --- Counts, report format, option names, library types


def test_summary_counts_an_empty_folder_and_a_missing_file(tmp_path):
    (tmp_path / "empty").mkdir()
    done = run(str(tmp_path / "empty"), "--out-dir", str(tmp_path / "out"))
    assert done.returncode == EXIT_OK
    assert done.stderr.decode().startswith("cleantext: 0 files cleaned, 0 skipped,")
    done = run(str(AFGAZAD), str(tmp_path / "nope.txt"), "--out-dir", str(tmp_path / "out"))
    assert done.returncode == EXIT_INPUT
    assert "cleantext: 1 file cleaned, 1 skipped," in done.stderr.decode()


def test_summary_counts_a_jsonl_file_that_cannot_be_read(tmp_path, monkeypatch, capsys):
    from cleantext import files

    def missing():
        raise OSError("reading or writing .zst needs the zstandard package: pip install 'cleantext[zstd]'")

    monkeypatch.setattr(files, "_zstandard", missing)
    (tmp_path / "a.jsonl.zst").write_bytes(b"\x28\xb5\x2f\xfd")
    assert main([str(tmp_path / "a.jsonl.zst"), "--jsonl", "--out-dir", str(tmp_path / "out")]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert "needs the zstandard package" in err
    assert "cleantext: 0 documents cleaned, 0 skipped, 1 file not read," in err


@pytest.mark.parametrize("name, one_input, indented", [
    ("r.json", "file", True), ("r.json", "folder", True),  # one document cleaned: one indented object
    ("r.jsonl", "file", False), ("r.jsonl", "folder", False),  # .jsonl: always JSON Lines
])
def test_report_format_follows_one_rule(tmp_path, name, one_input, indented):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(AFGAZAD, folder / "page.txt")
    source = folder if one_input == "folder" else folder / "page.txt"
    report = tmp_path / name
    assert main([str(source), "--out-dir", str(tmp_path / "out"), "--report", str(report), "-q"]) == EXIT_OK
    text = report.read_text(encoding="utf-8")
    assert text.startswith("{\n  ") == indented
    assert len(text.splitlines()) > 1 if indented else len(text.splitlines()) == 1
    assert json.loads(text)["source"].endswith("page.txt")


@pytest.mark.parametrize("argv", [
    ["a.txt", "b.txt", "--out", "x.html"],  # once taken as --out-dir
    ["a.txt", "--expl"],
    ["rules", "list", "--no-site"],
    ["rules", "learn", "missing/", "--sit", "x"],
    ["review", "missing.txt", "--out", "x.html", "--max", "3"],  # once taken as --max-docs
])
def test_options_are_not_matched_by_prefix(argv):
    done = run(*argv)
    assert done.returncode == EXIT_USAGE
    assert b"unrecognized arguments" in done.stderr
    assert not (ROOT / "x.html").exists()


@pytest.mark.parametrize("value", [None, 3, ["text"]])
def test_library_calls_with_a_wrong_type_say_what_they_take(value):
    import cleantext

    with pytest.raises(TypeError, match="takes the text as str, or as bytes to be decoded, not "):
        cleantext.clean(value)
    with pytest.raises(TypeError, match=r"Pipeline.run\(\) takes the text as str"):
        cleantext.Pipeline.default().run(value)


def test_a_rule_file_given_as_one_path_is_one_path_not_its_letters(tmp_path):
    import cleantext

    path = tmp_path / "mine.toml"
    path.write_text('[site]\nname = "mine"\n[[furniture]]\nid = "wait"\nclass = "widget"\n'
                    'pattern = "^Please wait$"\n', encoding="utf-8")
    text = "Please wait\n\nThe ferry sailed at noon, and the harbour master watched it go.\n"
    for rules in (str(path), path, [str(path)]):
        result = cleantext.Pipeline.default(rules).run(text)
        assert [removal["rule"] for removal in result.report["removed"]] == ["mine:wait"]
    assert "mine" in [rules.name for rules in cleantext.Pipeline.from_names(["furniture"], path).rules.files]
    for wrong in (42, [42]):
        with pytest.raises(TypeError, match="rule files are given as paths .str or pathlib.Path., not int"):
            cleantext.Pipeline.default(wrong)
