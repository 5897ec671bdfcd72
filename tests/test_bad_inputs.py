"""Inputs that try to break the command line each get a clear message and the right exit status."""
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.rulefile import RuleError, load

ROOT = Path(__file__).resolve().parent.parent
# The installed command: on PATH, or beside the interpreter running the tests (a virtualenv's bin/).
INSTALLED = shutil.which("cleantext") or shutil.which("cleantext", path=os.path.dirname(sys.executable))
CMD = [INSTALLED] if INSTALLED else [sys.executable, "-m", "cleantext"]


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


# --- Nothing overwritten: outputs never land on each other or on an input


def test_inputs_with_the_same_name_are_refused_before_anything_is_written(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_bytes(f"Text from {folder}.\n".encode())
    done = run(tmp_path / "a/x.txt", tmp_path / "b/x.txt", "--out-dir", tmp_path / "o")
    assert done.returncode == 2
    err = done.stderr.decode()
    assert f"{tmp_path / 'o/x.txt'}: the output of {tmp_path / 'b/x.txt'} and the output of " in err
    assert "nothing was written" in err and not (tmp_path / "o").exists()


def test_an_output_over_another_input_is_refused(tmp_path):
    (tmp_path / "x/sub").mkdir(parents=True)
    (tmp_path / "x/a.txt").write_bytes(b"Loading\nFirst.\n")
    (tmp_path / "x/sub/a.txt").write_bytes(b"Second.\n")
    done = run(tmp_path / "x/a.txt", tmp_path / "x/sub/a.txt", "--out-dir", tmp_path / "x")
    assert done.returncode == 2
    assert b"would write over the input" in done.stderr
    assert (tmp_path / "x/a.txt").read_bytes() == b"Loading\nFirst.\n"


def test_output_is_never_written_over_the_input(tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(b"Loading\nText.\n")
    done = run(page, "--out-dir", tmp_path)
    assert done.returncode == 2
    assert f"{page}: the output of {page} would write over the input {page}".encode() in done.stderr
    assert page.read_bytes() == b"Loading\nText.\n"


@pytest.mark.parametrize("option", ["--report", "--keep-removed"])
def test_a_report_naming_an_input_is_refused(tmp_path, option):
    page, other = tmp_path / "page.txt", tmp_path / "other.txt"
    page.write_bytes(b"Loading\nText.\n")
    other.write_bytes(b"Other.\n")
    done = run(page, other, "--out-dir", tmp_path / "out", option, other)
    assert done.returncode == 2
    assert f"{other}: {option} would write over the input {other}".encode() in done.stderr
    assert other.read_bytes() == b"Other.\n" and not (tmp_path / "out").exists()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("option", ["--report", "--keep-removed"])
def test_a_full_report_file_is_named(tmp_path, option):
    # --keep-removed on a full disk was named "None" (or the --report file beside it).
    page = tmp_path / "page.txt"
    page.write_bytes(b"Loading\nThe ferry sailed at noon, as it always did.\n")
    other = "--keep-removed" if option == "--report" else "--report"
    done = run(page, option, "/dev/full", other, tmp_path / "other.jsonl")
    assert done.returncode == 1
    assert b"cleantext: /dev/full: cannot write: No space left on device" in done.stderr, done.stderr


@pytest.mark.parametrize("option", ["--report", "--keep-removed"])
def test_a_report_naming_a_folder_is_refused_before_any_work(tmp_path, option):
    # It failed at the very end, naming its temporary file: ".out.x1y2.123.cleantext-tmp: Is a directory".
    page = tmp_path / "page.txt"
    page.write_bytes(b"Loading\nText.\n")
    done = run(page, "--out-dir", tmp_path / "out", option, tmp_path)
    assert done.returncode == 2
    assert f"{option} {tmp_path}: is a folder, not a file".encode() in done.stderr
    assert b"cleantext-tmp" not in done.stderr and not (tmp_path / "out").exists()


@pytest.mark.parametrize("option", ["--report", "--keep-removed"])
@pytest.mark.parametrize("stdout", ["a pipe", "a file"])
def test_a_report_to_a_link_to_standard_output_is_written_there_not_replaced(tmp_path, option, stdout):
    """--report /dev/stdout writes into standard output: a file renamed over the path would
    replace it (/dev/stdout itself, or /dev/null, for a run as root), and the path opened anew
    would cut a file standing for standard output. A link of our own to /dev/stdout stands for it."""
    page = tmp_path / "page.txt"
    page.write_bytes(b"Loading\n\nThe ferry sailed at noon.\n")
    link = tmp_path / "out.jsonl"
    link.symlink_to("/dev/stdout")
    with open(tmp_path / "stdout", "w+b") as into:
        done = subprocess.run(CMD + [str(page), option, str(link), "-q"], capture_output=stdout == "a pipe",
                              stdout=None if stdout == "a pipe" else into, timeout=300)
        into.seek(0)
        out = done.stdout if stdout == "a pipe" else into.read()
    assert done.returncode == 0
    assert link.is_symlink() and os.readlink(link) == "/dev/stdout"
    lines = out.decode("utf-8").splitlines()
    assert "The ferry sailed at noon." in lines
    (written,) = [json.loads(line) for line in lines if line.startswith("{")]
    assert written["source"] == str(page)


def test_a_named_pipe_is_written_into_not_replaced(tmp_path):
    from cleantext.files import AtomicWriter

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    writer = AtomicWriter(fifo)
    writer.write(b"removed text\n")
    writer.commit()
    reader.join(30)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert got == [b"removed text\n"]


def test_in_place_backup_is_never_overwritten_nor_cleaned(tmp_path):
    (tmp_path / "d").mkdir()
    page = tmp_path / "d/page.txt"
    page.write_bytes(b"Loading\nThe text.\n")
    assert run(tmp_path / "d", "--in-place", "--backup", ".bak").returncode == 0
    assert page.read_bytes() == b"The text.\n"
    assert (tmp_path / "d/page.txt.bak").read_bytes() == b"Loading\nThe text.\n"
    page.write_bytes(b"Loading\nNew text.\n")
    done = run(tmp_path / "d", "--in-place", "--backup", ".bak")
    assert done.returncode == 2 and b"exists already" in done.stderr
    assert (tmp_path / "d/page.txt.bak").read_bytes() == b"Loading\nThe text.\n"  # the original, still
    assert page.read_bytes() == b"Loading\nNew text.\n"
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == ["page.txt", "page.txt.bak"]


def test_a_folder_walk_leaves_backups_alone(tmp_path):
    (tmp_path / "page.txt").write_bytes(b"Loading\nThe text.\n")
    assert run(tmp_path, "--in-place", "--backup", ".bak").returncode == 0
    (tmp_path / "page.txt.bak").unlink()
    (tmp_path / "x.bak").write_bytes(b"Loading\nA backup.\n")
    assert run(tmp_path, "--in-place", "--backup", ".bak").returncode == 0
    assert (tmp_path / "x.bak").read_bytes() == b"Loading\nA backup.\n"


# --- Every write checked


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("unbuffered", [False, True])
def test_a_full_disk_on_standard_output_is_an_error(tmp_path, unbuffered):
    page = tmp_path / "big.txt"
    page.write_bytes(b"The ferry sailed at noon and came back at six.\n" * 20_000)
    env = dict(os.environ, PYTHONUNBUFFERED="1") if unbuffered else None
    with open("/dev/full", "wb") as full:
        done = subprocess.run(CMD + [str(page)], stdout=full, stderr=subprocess.PIPE, timeout=120, env=env)
    assert done.returncode == 1
    assert done.stderr.decode().strip() == "cleantext: cannot write to standard output: No space left on device"


def test_an_unwritable_output_folder_is_named_and_the_other_inputs_done(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    (tmp_path / "in/locked").mkdir(parents=True)
    (tmp_path / "in/locked/a.txt").write_bytes(b"A.\n")
    (tmp_path / "in/b.txt").write_bytes(b"B.\n")
    (tmp_path / "out/locked").mkdir(parents=True)
    (tmp_path / "out/locked").chmod(0o500)
    try:
        done = run(tmp_path / "in", "--out-dir", tmp_path / "out")
    finally:
        (tmp_path / "out/locked").chmod(0o700)
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    assert b"cannot write: Permission denied" in done.stderr
    assert (tmp_path / "out/b.txt").read_bytes() == b"B.\n"


def test_an_output_file_in_the_way_is_named_and_the_other_inputs_done(tmp_path):
    # Works for root too: a plain file where the output's folder should be.
    (tmp_path / "in/sub").mkdir(parents=True)
    (tmp_path / "in/sub/a.txt").write_bytes(b"A.\n")
    (tmp_path / "in/z.txt").write_bytes(b"Z.\n")
    (tmp_path / "out").mkdir()
    (tmp_path / "out/sub").write_bytes(b"in the way")
    done = run(tmp_path / "in", "--out-dir", tmp_path / "out")
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    assert f"cannot write: File exists; {tmp_path / 'in/sub/a.txt'} not changed".encode() in done.stderr
    assert (tmp_path / "out/z.txt").read_bytes() == b"Z.\n"
    assert b"1 file cleaned, 1 skipped" in done.stderr


def test_out_dir_naming_a_file_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"A.\n")
    (tmp_path / "b.txt").write_bytes(b"B.\n")
    done = run(tmp_path / "a.txt", "--out-dir", tmp_path / "b.txt")
    assert done.returncode == 2 and b"is a file, not a folder" in done.stderr
    assert (tmp_path / "b.txt").read_bytes() == b"B.\n"


def test_non_utf8_file_names_in_the_report(tmp_path):
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as handle:
        handle.write(b"Loading\nText.\n")
    done = run(tmp_path / "in", "--out-dir", tmp_path / "out", "--report", tmp_path / "r.jsonl",
               "--keep-removed", tmp_path / "k.jsonl")
    assert done.returncode == 0, done.stderr
    report = json.loads((tmp_path / "r.jsonl").read_bytes())
    assert os.fsencode(report["source"]).endswith(b"caf\xe9.txt")  # the name round-trips
    assert json.loads((tmp_path / "k.jsonl").read_bytes())["rule"] == "generic:loading"
    assert os.path.exists(os.path.join(os.fsencode(tmp_path / "out"), b"caf\xe9.txt"))


@pytest.mark.parametrize("jsonl", [False, True])
def test_dev_zero_is_refused_in_bounded_time_and_memory(jsonl):
    done = subprocess.run(CMD + ["/dev/zero"] + (["--jsonl", "--quiet"] if jsonl else []),
                          capture_output=True, timeout=120)
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    assert b"/dev/zero" in done.stderr and b"256 MB" in done.stderr


# --- Modes, links and temporary files


def test_in_place_keeps_the_mode_and_out_dir_follows_the_umask(tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(b"Loading\nText.\n")
    page.chmod(0o640)
    assert run(page, "--in-place").returncode == 0
    assert page.read_bytes() == b"Text.\n" and stat.S_IMODE(page.stat().st_mode) == 0o640
    done = subprocess.run(["sh", "-c", 'umask 027 && exec "$@"', "sh"] + CMD + [str(page), "--out-dir",
                          str(tmp_path / "out")], capture_output=True, timeout=120)
    assert done.returncode == 0
    assert stat.S_IMODE((tmp_path / "out/page.txt").stat().st_mode) == 0o640  # 0666 less the umask


def test_in_place_follows_a_symbolic_link_and_refuses_hard_links(tmp_path):
    real = tmp_path / "real.txt"
    real.write_bytes(b"Loading\nText.\n")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert run(link, "--in-place").returncode == 0
    assert link.is_symlink() and real.read_bytes() == b"Text.\n"
    real.write_bytes(b"Loading\nText.\n")
    os.link(real, tmp_path / "hard.txt")
    done = run(real, "--in-place")
    assert done.returncode == 2 and b"has 2 names (hard links)" in done.stderr
    assert real.read_bytes() == b"Loading\nText.\n"


def test_out_dir_replaces_a_link_not_what_it_points_to(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in/a.txt").write_bytes(b"Loading\nText.\n")
    (tmp_path / "out").mkdir()
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(b"Keep me.\n")
    (tmp_path / "out/a.txt").symlink_to(elsewhere)
    assert run(tmp_path / "in", "--out-dir", tmp_path / "out").returncode == 0
    assert not (tmp_path / "out/a.txt").is_symlink() and (tmp_path / "out/a.txt").read_bytes() == b"Text.\n"
    assert elsewhere.read_bytes() == b"Keep me.\n"


def test_a_file_is_on_disk_before_it_is_renamed_over_its_target(tmp_path, monkeypatch):
    # Renamed before its data reached the disk, a replaced file can be empty after a power cut:
    # with --in-place, the input would be gone.
    from cleantext import files

    synced, renamed = [], []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(files.os, "fsync", lambda fd: (synced.append(os.fstat(fd).st_size), real_fsync(fd)))
    monkeypatch.setattr(files.os, "replace", lambda a, b: (renamed.append(list(synced)), real_replace(a, b)))
    target = tmp_path / "page.txt"
    target.write_bytes(b"old text\n")
    files.write_atomic(target, b"new text, longer\n")
    assert target.read_bytes() == b"new text, longer\n"
    assert renamed == [[len(b"new text, longer\n")]]


def _temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".cleantext-tmp"))


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_leaves_no_temporary_file(tmp_path, signum):
    source = tmp_path / "in.jsonl"
    line = json.dumps({"text": "Loading\nThe ferry sailed at noon, as it always did. " * 20}) + "\n"
    source.write_text(line * 20_000, encoding="utf-8")
    proc = subprocess.Popen(CMD + [str(source), "--jsonl", "-j", "2", "--out-dir", str(tmp_path / "out"),
                                   "--report", str(tmp_path / "r.jsonl")], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not _temporaries(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _temporaries(tmp_path), "the run never started writing"
    time.sleep(0.5)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signum
    assert b"outputs not finished were not written" in err and b"Traceback" not in err
    assert _temporaries(tmp_path) == [] and not (tmp_path / "out/in.jsonl").exists()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_ends_a_run_of_large_files_with_jobs(tmp_path, signum):
    # Documents larger than a pipe holds are still on their way to the workers when they end:
    # the run must still stop (it hung for good, the queue's feeder writing to a pipe no one read).
    folder = tmp_path / "in"
    folder.mkdir()
    page = "The ferry sailed at noon, as it always did, and the gulls followed it.\n\n" * 30_000
    for i in range(8):
        (folder / f"p{i}.txt").write_text(page, encoding="utf-8")
    proc = subprocess.Popen(CMD + [str(folder), "-j", "2", "-q", "--out-dir", str(tmp_path / "out")],
                            stderr=subprocess.PIPE)
    time.sleep(4)
    proc.send_signal(signum)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("the run did not end after the signal")
    assert proc.returncode == 128 + signum, err
    assert b"Traceback" not in err and _temporaries(tmp_path) == []


def test_a_rerun_removes_the_temporary_files_a_killed_run_left(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "a.txt").write_bytes(b"Loading\nText.\n")
    dead = _dead_pid()
    stale = tmp_path / "out" / f".a.txt.abcdefgh.{dead}.cleantext-tmp"
    stale.write_bytes(b"half")
    alive = tmp_path / "out" / f".a.txt.abcdefgh.{os.getpid()}.cleantext-tmp"  # a run still writing
    alive.write_bytes(b"half")
    other = tmp_path / "out" / ".a.txt.notours"
    other.write_bytes(b"keep")
    done = run(tmp_path / "a.txt", "--out-dir", tmp_path / "out")
    assert done.returncode == 0
    assert f"removed {stale}, a temporary file an interrupted run left".encode() in done.stderr
    assert not stale.exists() and alive.exists() and other.exists()
    assert (tmp_path / "out/a.txt").read_bytes() == b"Text.\n"


def _dead_pid() -> int:
    """The id of a process that has ended."""
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_a_signal_that_lands_in_a_finaliser_is_asked_again_not_dropped(monkeypatch):
    # Raised inside __del__ (a regex object freed at the wrong moment), or in a function a
    # finaliser calls, Stopped would be printed as "Exception ignored in ..." and dropped, and
    # the run would go on.
    from types import SimpleNamespace

    from cleantext import stopping

    monkeypatch.setattr(stopping, "_STOPPED", [])
    monkeypatch.setattr(stopping, "_DEFERRED", [])
    previous = signal.signal(signal.SIGALRM, stopping._ask_again)
    try:
        finaliser = SimpleNamespace(f_code=SimpleNamespace(co_name="__del__"), f_back=None)
        called = SimpleNamespace(f_code=SimpleNamespace(co_name="group_name"), f_back=finaliser)
        for frame in (finaliser, called):
            assert stopping._stop(signal.SIGUSR1, frame) is None  # no exception inside the finaliser
            assert stopping._STOPPED == []
            with pytest.raises(stopping.Stopped):  # asked again a moment later, outside it
                time.sleep(5)
            assert stopping._STOPPED == [signal.SIGUSR1]
            stopping._STOPPED.clear()
        elsewhere = SimpleNamespace(f_code=SimpleNamespace(co_name="clean_record"), f_back=None)
        with pytest.raises(stopping.Stopped):
            stopping._stop(signal.SIGUSR1, elsewhere)
        assert stopping._STOPPED == [signal.SIGUSR1]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


FREED_BY_FINALISER = """
        class Freed:
            def __del__(self):
                helper()

        def free():
            Freed()
"""
FREED_BY_CALLBACK = """
        import weakref

        class Freed:
            pass

        def free():
            weakref.ref(Freed(), lambda ref: helper())  # its callback runs as the object goes
"""


@pytest.mark.parametrize("freed", [FREED_BY_FINALISER, FREED_BY_CALLBACK], ids=["__del__", "weakref callback"])
def test_a_signal_in_a_finaliser_stops_the_command_with_its_message(freed):
    # The signal arrives while a finaliser runs, in a function the finaliser calls, where Python
    # drops exceptions: the command must still stop, with its message and status, and print no
    # "Exception ignored" traceback.
    script = """if True:
        import os, signal, sys, time
        from cleantext import cli

        def helper():
            os.kill(os.getpid(), signal.SIGTERM)
            sum(range(100_000))  # the signal is handled here, inside the finaliser
        """ + freed + """
        def work(argv):
            free()
            time.sleep(30)  # a run that would go on if the signal were dropped
            return 0

        cli._main = work
        sys.exit(cli.main([]))
    """
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60, cwd=ROOT)
    assert done.stderr.decode() == "cleantext: stopped by signal 15; outputs not finished were not written\n"
    assert done.returncode == 128 + signal.SIGTERM and time.monotonic() - started < 25
