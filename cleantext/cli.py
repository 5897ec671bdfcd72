"""The command line: a filter first (stdin to stdout), files and folders with --out-dir."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections import deque
from pathlib import Path

from . import __version__
from .batch import (AtomicWriter, Outcome, Progress, Workers, _jsonl_chunk, _text_chunk, chunked, compression,
                    open_read, pipeline_for)
from .rulefile import RuleError

EXIT_OK = 0
EXIT_INPUT = 1  # an input could not be cleaned; the others were
EXIT_USAGE = 2  # bad command line or rule file

EPILOG = """\
examples:
  cat page.txt | cleantext > clean.txt        a filter: stdin to stdout
  cleantext page.txt --explain                 show what was removed and why
  cleantext samples/ --out-dir clean/          a folder in, a folder out
  cleantext corpus/ --jsonl --out-dir clean/   JSON Lines (.jsonl, .jsonl.gz, .jsonl.zst), streamed
  cleantext page.txt --rules my-site.toml --report report.json

rule files: cleantext rules new|check|test|list (see cleantext rules --help; guide: cleantext rules guide)

exit status: 0 done; 1 an input could not be cleaned (the others were); 2 usage or rule-file error
"""


class UsageError(Exception):
    pass


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="cleantext", description="Turn damaged text (mojibake, PDF/OCR output, web copies) into clean text.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"cleantext {__version__}")
    inputs = parser.add_argument_group("Input")
    inputs.add_argument("files", nargs="*", metavar="FILE",
                        help="files or folders to clean; none or '-' reads standard input")
    inputs.add_argument("--jsonl", action="store_true",
                        help="input and output are JSON Lines; each object's text field is cleaned")
    inputs.add_argument("--text-field", default="text", metavar="NAME",
                        help="with --jsonl: the field to clean (default: text)")
    inputs.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                        help="clean in N processes (default: all cores); output keeps the input order")
    output = parser.add_argument_group("Output")
    output.add_argument("-o", "--out-dir", metavar="DIR",
                        help="write one clean file per input here, with the same relative name")
    output.add_argument("--in-place", action="store_true",
                        help="replace each input with its clean text (atomically)")
    output.add_argument("--backup", metavar="SUFFIX",
                        help="with --in-place: keep the original as FILE+SUFFIX")
    rules = parser.add_argument_group("Rules")
    rules.add_argument("--rules", action="append", default=[], metavar="PATH",
                       help="add a rule file or a folder of them (repeatable)")
    rules.add_argument("--no-site-rules", action="store_true",
                       help="use the generic rules only, no site files")
    rules.add_argument("--no-ocr", action="store_true",
                       help="leave misread letters as they are (no ocr stage)")
    report = parser.add_argument_group("Report")
    report.add_argument("--report", metavar="PATH",
                        help="write the JSON report here (several inputs: one object per line)")
    report.add_argument("--keep-removed", metavar="PATH",
                        help="write every removed piece of text here (JSON Lines: source, lines, class, rule, text)")
    report.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar and no summary line on standard error")
    report.add_argument("--explain", action="store_true",
                        help="print to standard error what was removed or changed, and by which rule")
    args = parser.parse_args(argv)
    if args.backup and not args.in_place:
        parser.error("--backup goes with --in-place")
    if args.out_dir and args.in_place:
        parser.error("--out-dir and --in-place exclude each other")
    if args.jobs < 0:
        parser.error("--jobs takes a number of processes, 1 or more (0: all cores)")
    if args.no_ocr:  # a rule file saying so, last, so that it travels with the rules to workers
        args.rules.append(str(Path(__file__).parent / "stages" / "no-ocr.toml"))
    return args


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file so that a reader sees the old content or the new, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


JSONL_NAMES = (".jsonl", ".ndjson")  # with or without .gz, .zst, .bz2 after them


def is_jsonl_name(path: Path) -> bool:
    """Whether a file found in a folder is JSON Lines by its name ("a.jsonl", "a.jsonl.zst")."""
    suffixes = path.suffixes[-2:] if compression(path) else path.suffixes[-1:]
    return bool(suffixes) and suffixes[0].lower() in JSONL_NAMES


def expand(files: list[str], *, jsonl: bool = False) -> list[tuple[Path, Path]]:
    """Each input file with the name it gets under --out-dir; folders are walked.

    With ``jsonl``, a folder gives only its JSON Lines files; a file named on the command line is
    always taken.
    """
    found = []
    for name in files:
        path = Path(name)
        if path.is_dir():
            found += [(p, p.relative_to(path)) for p in sorted(path.rglob("*"))
                      if p.is_file() and (not jsonl or is_jsonl_name(p))]
        else:
            found.append((path, Path(path.name)))
    return found


def error(message: str) -> None:
    print(f"cleantext: {message}", file=sys.stderr)


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:
        # The reader went away (`cleantext x | head`): stop quietly, as filters do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _main(argv: list[str]) -> int:
    if argv and argv[0] == "rules" and not Path("rules").is_file():
        from .rulecli import main as rules_main  # `cleantext rules check|test|list|new`

        return rules_main(argv[1:])
    args = parse_args(argv)
    try:
        pipeline_for(tuple(args.rules), not args.no_site_rules)  # rule errors show before any work
    except RuleError as exc:
        for problem in exc.problems:
            error(problem)
        error("fix the rule file(s) above; 'cleantext --help' lists the options")
        return EXIT_USAGE
    files = args.files or ["-"]
    if (len(files) > 1 or expand_is_many(files)) and not (args.out_dir or args.in_place):
        error("several inputs or a folder need --out-dir DIR (or --in-place)")
        return EXIT_USAGE
    if "-" in files and len(files) > 1:
        error("'-' (standard input) cannot be mixed with files")
        return EXIT_USAGE
    run = Run(args, files)
    try:
        return run.go()
    except KeyboardInterrupt:
        run.abort()
        error("interrupted; outputs not finished were not written")
        return 130


def expand_is_many(files: list[str]) -> bool:
    return any(f != "-" and Path(f).is_dir() for f in files)


class Run:
    """One invocation: inputs in order, work spread over --jobs processes, outputs and reports written as they come."""

    def __init__(self, args: argparse.Namespace, files: list[str]):
        self.args, self.files = args, files
        self.status = EXIT_OK
        self.single = len(files) == 1 and not expand_is_many(files)
        # A single text document is a filter: nothing on stderr but what was asked for.
        self.batch = args.jsonl or not self.single or bool(args.out_dir)
        self.report = ReportWriter(Path(args.report), single=self.single) if args.report else None
        self.kept_removed = AtomicWriter(Path(args.keep_removed)) if args.keep_removed else None
        self.workers: Workers | None = None

    def go(self) -> int:
        args = self.args
        inputs = [] if self.files == ["-"] else expand(self.files, jsonl=args.jsonl)
        jobs = args.jobs or default_jobs()
        if not args.jsonl:
            jobs = min(jobs, max(1, len(inputs)))  # a pool cannot share out a single document
        sizes = [size_of(path) for path, _ in inputs]
        self.progress = Progress(sum(sizes) if inputs and all(s is not None for s in sizes) else None,
                                 "documents" if args.jsonl else "files",
                                 show=self.batch and not args.quiet and sys.stderr.isatty())
        self.workers = Workers(jobs, tuple(args.rules), not args.no_site_rules,
                               text_field=args.text_field, explain=args.explain,
                               reports=bool(self.report or self.kept_removed))
        try:
            if args.jsonl:
                if not inputs:
                    self.jsonl_stream(sys.stdin.buffer, "<stdin>", None)
                for path, relative in inputs:
                    self.jsonl_file(path, relative)
            else:
                self.text_files(inputs)
            self.workers.close()
        except BaseException:
            self.abort()
            raise
        if self.report:
            self.report.commit()
        if self.kept_removed:
            self.kept_removed.commit()
        self.progress.finish(jobs, summary=self.batch and not args.quiet)
        return self.status

    def abort(self) -> None:
        if self.workers:
            self.workers.terminate()
        if self.report:
            self.report.abort()
        if self.kept_removed:
            self.kept_removed.abort()

    def target(self, path: Path, relative: Path) -> Path | None:
        """Where an input's clean version goes; backs the input up first with --in-place --backup."""
        if self.args.out_dir:
            return Path(self.args.out_dir) / relative
        if self.args.in_place:
            if self.args.backup:
                shutil.copy2(path, path.with_name(path.name + self.args.backup))
            return path
        return None

    def unreadable(self, path: Path, exc: OSError) -> None:
        """Say why an input could not be read; the run goes on with the others."""
        reason = "no such file" if isinstance(exc, FileNotFoundError) else f"cannot read: {exc.strerror or exc}"
        error(f"{path}: {reason}")
        self.status = EXIT_INPUT

    def overwrites(self, path: Path, relative: Path) -> bool:
        """Whether --out-dir would put an output over its own input (refused: inputs are never modified)."""
        if self.args.out_dir and (Path(self.args.out_dir) / relative).resolve() == path.resolve():
            error(f"{path}: --out-dir would write over this input; use another folder, or --in-place")
            self.status = EXIT_INPUT
            return True
        return False

    def tell(self, outcome: Outcome) -> None:
        """Messages and explanations to stderr, the report to its file."""
        if (outcome.messages or outcome.explained) and self.progress.show:
            sys.stderr.write("\r\033[K")  # the bar is redrawn below the messages
        for line in outcome.messages:
            error(line)
        for line in outcome.explained:
            print(line, file=sys.stderr)
        if outcome.failed:
            self.status = EXIT_INPUT
            return
        if self.report:
            self.report.add(outcome.report)
        if self.kept_removed:
            for removal in outcome.report["removed"]:
                line = {"source": outcome.report["source"], **removal}
                self.kept_removed.write((json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))

    # --- text files: one document each

    def text_files(self, inputs: list[tuple[Path, Path]]) -> None:
        targets: deque[tuple[Path | None, int]] = deque()  # of the files in flight, in order

        def readable():
            for path, relative in inputs:
                if self.overwrites(path, relative):
                    continue
                try:
                    data = path.read_bytes()
                except OSError as exc:
                    self.unreadable(path, exc)
                    continue
                target = self.target(path, relative)
                targets.append((target, len(data)))
                yield str(path), data

        if inputs:
            documents = readable()
        else:
            data = sys.stdin.buffer.read()
            targets.append((None, len(data)))
            documents = iter([("<stdin>", data)])
        for outcomes in self.workers.map(_text_chunk, chunked(documents, size=1)):
            for outcome in outcomes:
                target, size = targets.popleft()
                self.tell(outcome)
                if outcome.failed:
                    self.progress.advance(skipped=1, nbytes=size)
                    continue
                if target is None:
                    sys.stdout.buffer.write(outcome.out)
                    sys.stdout.flush()
                else:
                    write_atomic(target, outcome.out)
                self.progress.advance(items=1, nbytes=size)

    # --- JSON Lines: streamed record by record

    def jsonl_file(self, path: Path, relative: Path) -> None:
        if self.overwrites(path, relative):
            return
        try:
            raw = path.open("rb")
        except OSError as exc:
            self.unreadable(path, exc)
            return
        with raw:
            try:
                reader = open_read(path, raw)
            except OSError as exc:
                error(f"{path}: {exc}")
                self.status = EXIT_INPUT
                return
            self.jsonl_stream(reader, str(path), self.target(path, relative))

    def jsonl_stream(self, reader, source: str, target: Path | None) -> None:
        writer = AtomicWriter(target) if target is not None else None
        out = writer or sys.stdout.buffer
        sizes: deque[int] = deque()  # input bytes of each record in flight, for the progress bar

        def lines():
            blank = 0
            try:
                for number, raw in enumerate(reader, 1):
                    if not raw.strip():
                        blank += len(raw)  # passed over, but counted as read with the next record
                        continue
                    sizes.append(len(raw) + blank)
                    blank = 0
                    yield f"{source}:{number}", raw
            except (OSError, EOFError) as exc:  # a truncated or corrupt compressed file
                error(f"{source}: stopped reading: {exc}; the records before it are kept")
                self.status = EXIT_INPUT

        try:
            for outcomes in self.workers.map(_jsonl_chunk, chunked(lines(), size=16, max_bytes=1 << 20)):
                for outcome in outcomes:
                    self.tell(outcome)
                    if not outcome.failed:
                        out.write(outcome.out)
                    self.progress.advance(items=not outcome.failed, skipped=outcome.failed,
                                          nbytes=sizes.popleft() if sizes else 0)
                if writer is None:
                    sys.stdout.flush()
        except BaseException:
            if writer:
                writer.abort()
            raise
        if writer:
            writer.commit()


def size_of(path: Path) -> int | None:
    """Bytes of text a file holds, when its size says so (not for compressed files)."""
    try:
        return None if compression(path) else path.stat().st_size
    except OSError:
        return 0


class ReportWriter:
    """The --report file: one object per line, written as reports come; a single input's report alone, indented."""

    def __init__(self, path: Path, *, single: bool):
        self.writer = AtomicWriter(path)
        self.single = single
        self.first: dict | None = None
        self.count = 0

    def add(self, report: dict) -> None:
        self.count += 1
        if self.count == 1:
            self.first = report  # held back: alone, it is written indented
            return
        if self.first is not None:
            self.writer.write((json.dumps(self.first, ensure_ascii=False) + "\n").encode("utf-8"))
            self.first = None
        self.writer.write((json.dumps(report, ensure_ascii=False) + "\n").encode("utf-8"))

    def commit(self) -> None:
        if self.first is not None:
            indent = 2 if self.single else None
            self.writer.write((json.dumps(self.first, ensure_ascii=False, indent=indent) + "\n").encode("utf-8"))
        self.writer.commit()

    def abort(self) -> None:
        self.writer.abort()
