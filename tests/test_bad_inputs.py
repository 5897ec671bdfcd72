"""Inputs that try to break the command line each get a clear message and the right exit status."""
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.rulefile import RuleError, load

ROOT = Path(__file__).resolve().parent.parent
CMD = [shutil.which("cleantext")] if shutil.which("cleantext") else [sys.executable, "-m", "cleantext"]


def run(*args, stdin=b""):
    return subprocess.run(CMD + [str(a) for a in args], input=stdin, capture_output=True, timeout=300)


def test_empty_file_gives_empty_output(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    done = run(empty)
    assert (done.returncode, done.stdout, done.stderr) == (0, b"", b"")


def test_a_folder_without_out_dir_is_a_usage_error(tmp_path):
    done = run(tmp_path)
    assert done.returncode == 2
    assert b"need --out-dir" in done.stderr and b"Traceback" not in done.stderr


def test_missing_file(tmp_path):
    done = run(tmp_path / "missing.txt")
    assert done.returncode == 1
    assert done.stderr.decode().strip() == f"cleantext: {tmp_path / 'missing.txt'}: no such file"


def test_unreadable_file():
    done = run("/proc/self/mem")  # exists, and reading it fails for every user
    assert done.returncode == 1
    assert b"/proc/self/mem: cannot read" in done.stderr and b"Traceback" not in done.stderr


def test_a_fifo_is_read_like_standard_input(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def writer():
        with open(fifo, "wb") as handle:
            handle.write(b"Loading\nThe ferry sailed at noon.\n")

    thread = threading.Thread(target=writer)
    thread.start()
    done = run(fifo)
    thread.join(10)
    assert (done.returncode, done.stdout) == (0, b"The ferry sailed at noon.\n")


def test_a_fifo_inside_a_folder_is_skipped_not_waited_for(tmp_path):
    (tmp_path / "in").mkdir()
    os.mkfifo(tmp_path / "in" / "pipe")
    (tmp_path / "in" / "a.txt").write_bytes(b"Text.\n")
    done = run(tmp_path / "in", "--out-dir", tmp_path / "out")
    assert done.returncode == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.txt"]


def test_a_long_single_line(tmp_path):
    line = ("the ferry sailed at noon and came back “at six” " * 100_000).encode("utf-8")  # 5 MB
    page = tmp_path / "long.txt"
    page.write_bytes(line)
    done = run(page)
    assert done.returncode == 0
    assert done.stdout == line.strip() + b"\n"


def test_output_is_never_written_over_the_input(tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(b"Loading\nText.\n")
    done = run(page, "--out-dir", tmp_path)
    assert done.returncode == 1
    assert b"--out-dir would write over this input" in done.stderr
    assert page.read_bytes() == b"Loading\nText.\n"


RULE_PIECES = st.sampled_from([
    "[site]\n", 'name = "x"\n', "[[furniture]]\n", 'id = "a"\n', 'id = "A b"\n', 'class = "banner"\n',
    'class = "nope"\n', 'pattern = "^x$"\n', 'pattern = "(("\n', 'where = "head"\n', 'where = 3\n',
    'start = "a"\n', 'end = "b"\n', "[[examples]]\n", 'input = "x"\n', 'output = "y"\n', "= =\n", "[\n",
    'match = ["x"]\n', "match = 1\n", 'patern = "x"\n', "max_lines = 0\n", "enabled = false\n",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(RULE_PIECES, max_size=14).map("".join))
def test_any_rule_file_loads_or_gives_rule_errors(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("rules") / "fuzz.toml"
    path.write_text(text, encoding="utf-8")
    try:
        load(path)
    except RuleError as exc:
        assert exc.problems and all(p.startswith(f"{path}:") for p in exc.problems)


@pytest.mark.parametrize("data, says", [
    (b"\x00\x01" * 500 + b"text" * 10, b"NUL bytes"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, b"PNG"),
    (bytes((i * 7919 + 13) % 256 for i in range(3000)), b"control bytes"),
])
def test_binary_input_is_refused_with_a_reason(tmp_path, data, says):
    page = tmp_path / "blob.bin"
    page.write_bytes(data)
    done = run(page)
    assert done.returncode == 1 and done.stdout == b""
    assert says in done.stderr and str(page).encode() in done.stderr
