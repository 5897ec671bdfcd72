"""Try inputs and rule patterns that could break the command line; print what happened to each.

    python benchmarks/bad_inputs.py [--big-mb 100]

Prints a Markdown table: the case, the exit status, the first line on standard error, the
time taken and the peak memory of the run (GNU time's %M).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

CMD = [shutil.which("cleantext") or "cleantext"]


def run(args, stdin=b"", feed_fifo=None, stdout=subprocess.PIPE):
    start = time.perf_counter()
    thread = None
    if feed_fifo:
        thread = threading.Thread(target=lambda: Path(feed_fifo).write_bytes(b"Loading\nText.\n"))
        thread.start()
    # GNU time prints the child's peak resident memory (kB) as the last line of stderr.
    done = subprocess.run(["/usr/bin/time", "-f", "%M"] + CMD + [str(a) for a in args],
                          input=stdin, stdout=stdout, stderr=subprocess.PIPE, timeout=1800)
    if thread:
        thread.join()
    seconds = time.perf_counter() - start
    err = done.stderr.decode("utf-8", "replace").strip().splitlines()
    peak = int(err.pop()) / 1024 if err and err[-1].isdigit() else float("nan")
    shown = next((line for line in err if "warning" in line or "skipped" in line and ":" in line.split()[0]),
                 err[0] if err else "")
    return done.returncode, shown[:110], seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--big-mb", type=int, default=100, help="size of the single-line file (default 100)")
    options = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "dir").mkdir()
    (tmp / "dir" / "a.txt").write_bytes(b"Text.\n")
    os.mkfifo(tmp / "fifo")
    (tmp / "nul.txt").write_bytes(b"\x00\x01" * 500 + b"text" * 10)
    (tmp / "random.bin").write_bytes(os.urandom(100_000))
    (tmp / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(5000))
    line = "the ferry sailed at noon and came back “at six” "
    (tmp / "big.txt").write_bytes((line * (options.big_mb * 1_000_000 // len(line.encode()))).encode())
    (tmp / "slow.toml").write_text('[site]\nname = "slow"\n[[furniture]]\nid = "boom"\nclass = "other"\n'
                                   'pattern = "^(a|aa)+$"\n', encoding="utf-8")
    (tmp / "typo.toml").write_text('[site]\nname = "typo"\n[[furniture]]\nid = "x"\nclass = "banner"\n'
                                   'patern = "^x$"\n', encoding="utf-8")
    (tmp / "greedy.toml").write_text('[site]\nname = "greedy"\n[[furniture]]\nid = "all"\nclass = "other"\n'
                                     'pattern = "."\n', encoding="utf-8")
    cases = [
        ("empty file", [tmp / "empty.txt"], b""),
        ("a folder without --out-dir", [tmp / "dir"], b""),
        ("a missing file", [tmp / "missing.txt"], b""),
        ("an unreadable file (/proc/self/mem)", ["/proc/self/mem"], b""),
        ("a FIFO", [tmp / "fifo"], b""),
        ("NUL-laden file", [tmp / "nul.txt"], b""),
        ("100 kB of random bytes", [tmp / "random.bin"], b""),
        ("a PNG image", [tmp / "image.png"], b""),
        (f"a {options.big_mb} MB single line", [tmp / "big.txt"], b""),
        ("catastrophic pattern ^(a|aa)+$ on 5,000 a's", ["--rules", tmp / "slow.toml"], b"a" * 5000 + b"!\n"),
        ("misspelt key in a rule file", ["--rules", tmp / "typo.toml"], b"Text.\n"),
        ("a rule matching every line", ["--rules", tmp / "greedy.toml", "--explain"],
         ("A line of ordinary text that is long enough to matter here.\n" * 20).encode()),
        ("--out-dir over the input's own folder", [tmp / "dir" / "a.txt", "--out-dir", tmp / "dir"], b""),
    ]
    # Data loss and overwrites: what an output may land on, hostile records, failing writes.
    for name in ("a", "b"):
        (tmp / name).mkdir()
        (tmp / name / "x.txt").write_bytes(f"Text {name}.\n".encode())
    (tmp / "x" / "sub").mkdir(parents=True)
    (tmp / "x" / "a.txt").write_bytes(b"Outer.\n")
    (tmp / "x" / "sub" / "a.txt").write_bytes(b"Inner.\n")
    (tmp / "blank.txt").write_bytes(b"\n" * 8_000_000)
    (tmp / "spaces.txt").write_bytes(b" \n" * 4_000_000)
    hostile = [b'{"id": "s", "text": "x", "t": "\\udc00"}',
               b'{"id": "n", "text": "x", "n": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
               b'{"id": "i", "text": "x", "n": ' + b"7" * 5000 + b"}",
               b'{"id": "r", "text": "Loading\\ud800\\nThe ferry sailed."}']
    (tmp / "hostile.jsonl").write_bytes(b"\n".join([b'{"id": 0, "text": "Kept."}'] + hostile
                                                   + [b'{"id": 9, "text": "Kept too."}']) + b"\n")
    (tmp / "odd\xff-name.txt".encode("latin-1").decode("utf-8", "surrogateescape")).write_bytes(b"Text.\n")
    (tmp / "a-file").write_bytes(b"")
    cases += [
        ("two inputs named x.txt, one --out-dir", [tmp / "a" / "x.txt", tmp / "b" / "x.txt", "--out-dir", tmp / "o"], b""),
        ("x/a.txt and x/sub/a.txt with --out-dir x", [tmp / "x" / "a.txt", tmp / "x" / "sub" / "a.txt",
                                                     "--out-dir", tmp / "x"], b""),
        ("--report naming an input", [tmp / "a" / "x.txt", "--report", tmp / "a" / "x.txt"], b""),
        ("--keep-removed naming an input", [tmp / "a" / "x.txt", "--keep-removed", tmp / "a" / "x.txt"], b""),
        ("--out-dir naming an existing file", [tmp / "a" / "x.txt", "--out-dir", tmp / "a-file"], b""),
        ("an option abbreviated (--out for --out-dir)", [tmp / "a" / "x.txt", tmp / "b" / "x.txt", "--out",
                                                         tmp / "x.html"], b""),
        ("JSON Lines: 4 hostile records between 2 good ones", [tmp / "hostile.jsonl", "--jsonl"], b""),
        ("a non-UTF-8 file name with --report", [tmp / "odd\xff-name.txt".encode("latin-1").decode(
            "utf-8", "surrogateescape"), "--report", tmp / "r.jsonl"], b""),
        ("8 MB of empty lines", [tmp / "blank.txt"], b""),
        ("8 MB of lines holding one space", [tmp / "spaces.txt"], b""),
    ]
    print("| input | exit | first line on stderr | seconds | peak MB |")
    print("|---|---|---|---|---|")
    for name, args, stdin in cases:
        fifo = tmp / "fifo" if name == "a FIFO" else None
        show(name, *run(args, stdin, fifo), tmp)
    with open("/dev/full", "wb") as full:
        show("standard output on a full disk (/dev/full)", *run([tmp / "big.txt"], b"", stdout=full), tmp)
    # --in-place --backup twice: the second run must not overwrite the only copy of the original.
    (tmp / "c").mkdir()
    (tmp / "c" / "page.txt").write_bytes(b"Loading\nThe original text.\n")
    run([tmp / "c", "--in-place", "--backup", ".bak"])
    code, err, seconds, peak = run([tmp / "c", "--in-place", "--backup", ".bak"])
    kept = (tmp / "c" / "page.txt.bak").read_bytes() == b"Loading\nThe original text.\n"
    show("--in-place --backup .bak run twice", code, f"{err} [backup still the original: {kept}]",
         seconds, peak, tmp)
    shutil.rmtree(tmp)


def show(name, code, err, seconds, peak, tmp) -> None:
    err = err.replace(str(tmp), "$TMP").replace("|", "\\|")
    print(f"| {name} | {code} | {err} | {seconds:.1f} | {peak:.0f} |", flush=True)


if __name__ == "__main__":
    sys.exit(main())
