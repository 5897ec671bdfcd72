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


def run(args, stdin=b"", feed_fifo=None):
    start = time.perf_counter()
    thread = None
    if feed_fifo:
        thread = threading.Thread(target=lambda: Path(feed_fifo).write_bytes(b"Loading\nText.\n"))
        thread.start()
    # GNU time prints the child's peak resident memory (kB) as the last line of stderr.
    done = subprocess.run(["/usr/bin/time", "-f", "%M"] + CMD + [str(a) for a in args],
                          input=stdin, capture_output=True, timeout=1800)
    if thread:
        thread.join()
    seconds = time.perf_counter() - start
    err = done.stderr.decode("utf-8", "replace").strip().splitlines()
    peak = int(err.pop()) / 1024 if err and err[-1].isdigit() else float("nan")
    shown = next((line for line in err if "warning" in line), err[0] if err else "")
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
    print("| input | exit | first line on stderr | seconds | peak MB |")
    print("|---|---|---|---|---|")
    for name, args, stdin in cases:
        fifo = tmp / "fifo" if name == "a FIFO" else None
        code, err, seconds, peak = run(args, stdin, fifo)
        err = err.replace(str(tmp), "$TMP").replace("|", "\\|")
        print(f"| {name} | {code} | {err} | {seconds:.1f} | {peak:.0f} |", flush=True)
    shutil.rmtree(tmp)


if __name__ == "__main__":
    sys.exit(main())
