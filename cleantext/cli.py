"""The command line: a filter first (stdin to stdout), files and folders with --out-dir."""
from __future__ import annotations

import argparse
import importlib
import os
import signal
import stat
import sys
from collections import deque
from pathlib import Path

from . import __version__
from .clihelp import EPILOG
from .files import (MAX_DOCUMENT, TEMP_SUFFIX, AtomicWriter, OutputError, ReportWriter, TooLargeError,
                    is_jsonl_name, make_backup, open_read, read_bounded, size_of, starts_wide, write_atomic,
                    write_stdout)
from .pdf import is_pdf_file, text_name
from .pipelines import pipeline_for
from .schema import KINDS
from .progress import Progress
from .records import Outcome
from .report import json_line
from .rulefile import RuleError
from .stopping import _STOPPED, _ask_again, _dropped, _stop
from .workers import WorkerDied, Workers, chunked, jsonl_chunk, text_chunk

SUBCOMMANDS = {"rules": ".rulecli", "review": ".review", "wet": ".wet"}
EXIT_OK = 0
EXIT_INPUT = 1  # an input could not be cleaned; the others were
EXIT_USAGE = 2  # bad command line or rule file



class UsageError(Exception):
    pass


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="cleantext", description="Turn damaged text (mojibake, PDF/OCR output, web copies) into clean text.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter, allow_abbrev=False)
    parser.add_argument("--version", action="version", version=f"cleantext {__version__}")
    inputs = parser.add_argument_group("Input")
    inputs.add_argument("files", nargs="*", metavar="FILE",
                        help="files or folders to clean; none or '-' reads standard input")
    inputs.add_argument("--jsonl", action="store_true",
                        help="input and output are JSON Lines; each object's text field is cleaned")
    inputs.add_argument("--text-field", default="text", metavar="NAME",
                        help="with --jsonl: the field to clean (default: text)")
    inputs.add_argument("--path-field", metavar="NAME",
                        help="with --jsonl: each record's field NAME names a file to clean (a PDF or text; a "
                             "relative path from the current folder); its clean text goes to the text field")
    inputs.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                        help="clean in N processes (default: all cores); output keeps the input order")
    output = parser.add_argument_group("Output")
    output.add_argument("-o", "--out-dir", metavar="DIR",
                        help="write one clean file per input here: a file under its own name, a folder's files "
                             "under their names relative to it (a PDF's text as NAME.txt); names that collide are refused")
    output.add_argument("--in-place", action="store_true",
                        help="replace each input with its clean text (atomically, mode kept; a symbolic link is "
                             "followed; a file with several hard links, or a PDF, refused)")
    output.add_argument("--backup", metavar="SUFFIX",
                        help="with --in-place: keep the original as FILE+SUFFIX (never overwritten: an input "
                             "whose backup exists is refused)")
    rules = parser.add_argument_group("Rules")
    rules.add_argument("--rules", action="append", default=[], metavar="PATH",
                       help="add a rule file or a folder of them (repeatable)")
    rules.add_argument("--no-site-rules", action="store_true",
                       help="use the generic rules only, no site files")
    rules.add_argument("--no-ocr", action="store_true",
                       help="leave misread letters as they are (no ocr stage)")
    rules.add_argument("--kind", choices=KINDS,
                       help="the kind of text every input is, instead of telling it from the text: "
                            "the stages rules/default.toml declares for other kinds only are left out")
    report = parser.add_argument_group("Report")
    report.add_argument("--report", metavar="PATH",
                        help="write the JSON report here: one object per line (JSON Lines), or one indented "
                             "object when exactly one document was cleaned and PATH does not end in .jsonl")
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
    if args.text_field == "cleantext":
        parser.error("--text-field cannot be 'cleantext': the report is written under that name")
    if args.path_field is not None and (not args.jsonl or args.path_field in ("cleantext", args.text_field)):
        parser.error("--path-field goes with --jsonl and names another field than --text-field and 'cleantext'")
    if args.jobs < 0:
        parser.error("--jobs takes a number of processes, 1 or more (0: all cores)")
    if args.no_ocr:  # a rule file saying so, last, so that it travels with the rules to workers
        args.rules.append(str(Path(__file__).parent / "stages" / "no-ocr.toml"))
    if args.kind:  # likewise: a rule file forcing the kind ([kind] force)
        args.rules.append(str(Path(__file__).parent / "stages" / f"kind-{args.kind}.toml"))
    return args


def expand(files: list[str], *, jsonl: bool = False, backup: str | None = None) -> list[tuple[Path, Path]]:
    """Each input file with the name it gets under --out-dir; folders are walked.

    With ``jsonl``, a folder gives only its JSON Lines files; a file named on the command line is
    always taken. A folder's walk leaves out cleantext's own temporary files and, with
    ``backup``, the backups that suffix names (cleaning a backup would lose the original).
    """
    found = []
    for name in files:
        path = Path(name)
        if path.is_dir():
            found += [(p, p.relative_to(path)) for p in sorted(path.rglob("*"))
                      if p.is_file() and (not jsonl or is_jsonl_name(p)) and not p.name.endswith(TEMP_SUFFIX)
                      and not (backup and p.name.endswith(backup))]
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
    handlers = {}
    if _in_main_thread():
        for name in ("SIGTERM", "SIGHUP", "SIGINT"):
            if hasattr(signal, name):
                handlers[name] = signal.signal(getattr(signal, name), _stop)
        handlers["SIGALRM"] = signal.signal(signal.SIGALRM, _ask_again)
        sys.unraisablehook = _dropped
    try:
        status = _main(sys.argv[1:] if argv is None else argv)
        write_stdout(b"")  # what is still buffered, checked here rather than lost at exit
        return status
    except BrokenPipeError:
        # The reader went away (`cleantext x | head`): stop quietly, as filters do.
        AtomicWriter.abort_all()
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except WorkerDied as exc:
        AtomicWriter.abort_all()
        error(str(exc))
        return EXIT_INPUT
    except OutputError as exc:
        AtomicWriter.abort_all()
        error(str(exc))
        # Nothing more can reach standard output: drop what is buffered so exit does not retry it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_INPUT
    except BaseException:
        AtomicWriter.abort_all()
        if not _STOPPED:
            raise
        # Stopped, or whatever a library made of it on the way up.
        error(f"stopped by signal {_STOPPED[0]}; outputs not finished were not written")
        return 128 + _STOPPED[0]
    finally:
        if handlers:
            signal.setitimer(signal.ITIMER_REAL, 0)  # a deferred signal's timer must not outlive its handler
            sys.unraisablehook = sys.__unraisablehook__
        for name, handler in handlers.items():
            signal.signal(getattr(signal, name), handler)


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _main(argv: list[str]) -> int:
    # `cleantext rules check|test|list|new`, `cleantext review INPUTS --out page.html`,
    # `cleantext wet FILE.warc.wet.gz --out clean.jsonl`; a file of that name is cleaned instead
    # (a folder is not: `cleantext rules check` in a checkout beside its rules/ folder)
    if argv and argv[0] in SUBCOMMANDS and not Path(argv[0]).is_file():
        return importlib.import_module(SUBCOMMANDS[argv[0]], __package__).main(argv[1:])
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
    problems = run.plan()
    if problems:
        for problem in problems:
            error(problem)
        error("nothing was written")
        return EXIT_USAGE
    try:
        return run.go()
    except KeyboardInterrupt:
        run.abort()
        error("interrupted; outputs not finished were not written")
        return 130


def expand_is_many(files: list[str]) -> bool:
    return any(f != "-" and Path(f).is_dir() for f in files)


def _entry(path: Path | str) -> str:
    """The directory entry a path names: its folder resolved, its last name kept (a link is not followed)."""
    path = Path(os.path.abspath(path))
    return os.path.join(os.path.realpath(path.parent), path.name)


class Run:
    """One invocation: inputs in order, work spread over --jobs processes, outputs and reports written as they come."""

    def __init__(self, args: argparse.Namespace, files: list[str]):
        self.args, self.files = args, files
        self.status = EXIT_OK
        self.from_stdin = files == ["-"]
        self.single = len(files) == 1 and not expand_is_many(files)
        # A single text document is a filter: nothing on stderr but what was asked for.
        self.batch = args.jsonl or not self.single or bool(args.out_dir)
        self.inputs: list[tuple[Path, Path]] = []
        self.targets: dict[Path, Path] = {}  # input -> the file its clean text replaces or creates
        self.report: ReportWriter | None = None
        self.kept_removed: AtomicWriter | None = None
        self.workers: Workers | None = None

    def plan(self) -> list[str]:
        """Find the inputs and where each output goes; the problems that must stop the run before it writes.

        No two outputs may land on the same file, and no output, report or removed-text file on
        an input: each of these is refused here, with every other problem found, so that a run
        either writes nothing or overwrites nothing it should not.
        """
        args = self.args
        if self.from_stdin:
            self.inputs = []
        else:
            self.inputs = expand(self.files, jsonl=args.jsonl, backup=args.backup if args.in_place else None)
        problems = []
        if args.out_dir and os.path.exists(args.out_dir) and not os.path.isdir(args.out_dir):
            return [f"--out-dir {args.out_dir}: is a file, not a folder; name a folder (it is made if missing)"]
        for option, name in (("--report", args.report), ("--keep-removed", args.keep_removed)):
            if name and os.path.isdir(name):
                return [f"{option} {name}: is a folder, not a file; name the file to write"]
        reads: dict[str, Path] = {}  # what reading an input touches: its entry and, through links, its file
        for path, _ in self.inputs:
            for key in {_entry(path), os.path.realpath(path)}:
                reads.setdefault(key, path)
        writes: dict[str, str] = {}  # entry written -> what writes it

        def claim(entry: str, shown: Path | str, who: str) -> None:
            if entry in reads:
                problems.append(f"{shown}: {who} would write over the input {reads[entry]}")
            elif entry in writes:
                problems.append(f"{shown}: {who} and {writes[entry]} would both be written there")
            else:
                writes[entry] = who

        for path, relative in self.inputs:
            if args.out_dir:  # a PDF's text goes to a .txt, not to a file named as a PDF
                target = Path(args.out_dir) / (text_name(relative) if not args.jsonl and is_pdf_file(path) else relative)
                claim(_entry(target), target, f"the output of {path}")
            elif args.in_place:
                problem = self._in_place_problem(path)
                if problem:
                    problems.append(problem)
                    continue
                target = Path(os.path.realpath(path))  # a link is followed: the file it names is cleaned
                if os.path.realpath(path) in writes:
                    problems.append(f"{path}: named twice (the same file); --in-place cleans it once")
                    continue
                writes[os.path.realpath(path)] = f"--in-place on {path}"
            else:
                continue
            self.targets[path] = target
        for option, name in (("--report", args.report), ("--keep-removed", args.keep_removed)):
            if name:
                claim(_entry(name), name, option)
        return problems

    def _in_place_problem(self, path: Path) -> str | None:
        """Why --in-place must not replace this input, if it must not."""
        try:
            st = os.stat(path)
        except OSError:
            return None  # a missing or unreadable input is said when it is read
        if not stat.S_ISREG(st.st_mode):
            return f"{path}: --in-place replaces regular files only"
        if st.st_nlink > 1:
            return (f"{path}: has {st.st_nlink} names (hard links); --in-place would give this name a new "
                    "file and leave the others with the old text; clean a copy instead")
        if is_pdf_file(path):
            return f"{path}: is a PDF; --in-place would replace it with its text: use --out-dir or standard output"
        backup = self.args.backup and Path(os.path.realpath(path) + self.args.backup)
        if backup and os.path.lexists(backup):
            return (f"{path}: its backup {backup} exists already (from an earlier run?); move it away "
                    "or choose another --backup suffix: a backup is never overwritten")
        return None

    def go(self) -> int:
        args = self.args
        inputs = self.inputs
        try:
            if args.report:
                self.report = ReportWriter(Path(args.report))
            if args.keep_removed:
                self.kept_removed = AtomicWriter(Path(args.keep_removed))
        except OSError as exc:
            error(f"{exc.filename or args.report or args.keep_removed}: cannot write: {exc.strerror or exc}")
            self.abort()
            return EXIT_USAGE
        jobs = args.jobs or default_jobs()
        if not args.jsonl:
            jobs = min(jobs, max(1, len(inputs)))  # a pool cannot share out a single document
        sizes = [size_of(path) for path, _ in inputs]
        self.progress = Progress(sum(sizes) if inputs and all(s is not None for s in sizes) else None,
                                 "documents" if args.jsonl else "files",
                                 show=self.batch and not args.quiet and sys.stderr.isatty())
        if inputs or self.from_stdin:
            self.workers = Workers(jobs, tuple(args.rules), not args.no_site_rules,
                                   text_field=args.text_field, path_field=args.path_field, explain=args.explain,
                                   keep_skipped=bool(args.in_place),
                                   reports=bool(self.report or self.kept_removed))
        try:
            if args.jsonl:
                if self.from_stdin:
                    self.jsonl_stream(sys.stdin.buffer, "<stdin>", None)
                for path, relative in inputs:
                    self.jsonl_file(path, relative)
            elif inputs or self.from_stdin:
                self.text_files(inputs)
            if self.workers:
                self.workers.close()
            for name, out in ((args.report, self.report), (args.keep_removed, self.kept_removed)):
                try:
                    if out:
                        out.commit()
                except OSError as exc:  # named by the option, not by its temporary file
                    raise OutputError(f"{name}: cannot write: {exc.strerror or exc}") from None
        except BaseException:
            self.abort()
            raise
        self.progress.finish(jobs, summary=self.batch and not args.quiet)
        return self.status

    def abort(self) -> None:
        if self.workers:
            self.workers.terminate()
        if self.report:
            self.report.abort()
        if self.kept_removed:
            self.kept_removed.abort()

    def unreadable(self, path: Path, exc: OSError) -> None:
        """Say why an input could not be read; the run goes on with the others."""
        reason = "no such file" if isinstance(exc, FileNotFoundError) else f"cannot read: {exc.strerror or exc}"
        error(f"{path}: {reason}")
        self.status = EXIT_INPUT

    def failed_write(self, target: Path, path: Path, exc: OSError) -> None:
        """Say that an output could not be written; the input is as it was, the run goes on."""
        where = exc.filename if isinstance(exc.filename, str) and exc.filename != str(target) else target
        kept = "left as it was" if self.args.in_place else "not changed"
        error(f"{where}: cannot write: {exc.strerror or exc}; {path} {kept}")
        self.status = EXIT_INPUT

    def replace(self, path: Path, data: bytes) -> None:
        """Write an input's clean text to its target; with --in-place --backup, keep the original first."""
        target = self.targets[path]
        backup = None
        if self.args.in_place and self.args.backup:
            backup = Path(str(target) + self.args.backup)
            make_backup(target, backup)
        try:
            write_atomic(target, data, like=target)
        except BaseException:
            if backup is not None:
                backup.unlink()  # the original is still there: a backup would only stop the next run
            raise

    def tell(self, outcome: Outcome) -> None:
        """Messages and explanations to stderr (above the progress bar), the report to its file."""
        for line in outcome.messages:
            self.progress.write(f"cleantext: {line}")
        for line in outcome.explained:
            self.progress.write(line)
        if outcome.failed:
            self.status = EXIT_INPUT
        if outcome.report is None or outcome.failed:
            return
        name = self.args.report
        try:
            if self.report:
                self.report.add(outcome.report)
            name = self.args.keep_removed
            if self.kept_removed:
                for removal in outcome.report["removed"]:
                    self.kept_removed.write(json_line({"source": outcome.report["source"], **removal}))
        except OSError as exc:
            raise OutputError(f"{name}: cannot write: {exc.strerror or exc}") from None

    # --- text files: one document each

    def text_files(self, inputs: list[tuple[Path, Path]]) -> None:
        pending: deque[tuple[Path | None, int]] = deque()  # of the files in flight, in order

        def readable():
            for path, _ in inputs:
                try:
                    with path.open("rb") as handle:
                        data = read_bounded(handle)
                except OSError as exc:
                    self.unreadable(path, exc)
                    self.progress.advance(skipped=1)
                    continue
                except TooLargeError as exc:
                    error(f"{path}: {exc}")
                    self.status = EXIT_INPUT
                    self.progress.advance(skipped=1)
                    continue
                pending.append((path, len(data)))
                yield str(path), data

        if inputs:
            documents = readable()
        else:
            try:
                data = read_bounded(sys.stdin.buffer)
            except TooLargeError as exc:
                error(f"<stdin>: {exc}")
                self.status = EXIT_INPUT
                return
            pending.append((None, len(data)))
            documents = iter([("<stdin>", data)])
        for outcomes in self.workers.map(text_chunk, chunked(documents, size=1)):
            for outcome in outcomes:
                path, size = pending.popleft()
                self.tell(outcome)
                if outcome.failed:
                    self.progress.advance(skipped=1, nbytes=size)
                    continue
                if path is None or path not in self.targets:
                    write_stdout(outcome.out)
                else:
                    try:
                        self.replace(path, outcome.out)
                    except OSError as exc:
                        self.failed_write(self.targets[path], path, exc)
                        self.progress.advance(skipped=1, nbytes=size)
                        continue
                self.progress.advance(items=1, nbytes=size)

    # --- JSON Lines: streamed record by record

    def jsonl_file(self, path: Path, relative: Path) -> None:
        try:
            raw = path.open("rb")
        except OSError as exc:
            self.unreadable(path, exc)
            self.progress.unread += 1
            return
        with raw:
            try:
                reader = open_read(path, raw)
            except OSError as exc:
                error(f"{path}: {exc}")
                self.status = EXIT_INPUT
                self.progress.unread += 1
                return
            self.jsonl_stream(reader, str(path), path)

    def jsonl_stream(self, reader, source: str, path: Path | None) -> None:
        target = self.targets.get(path) if path is not None else None
        writer = None
        if target is not None:
            backup = None
            try:
                if self.args.in_place and self.args.backup:
                    backup = Path(str(target) + self.args.backup)
                    make_backup(target, backup)
                writer = AtomicWriter(target, like=target)
            except OSError as exc:
                if backup is not None and backup.exists():
                    backup.unlink()
                self.failed_write(target, path, exc)
                self.progress.unread += 1
                return
        sizes: deque[int] = deque()  # input bytes of each record in flight, for the progress bar
        cut_short: list[str] = []  # why reading stopped before the end, if it did

        kept_before = "; left as it was" if self.args.in_place else "; the records before it are kept"

        def give_up() -> None:  # the input stays as it was, without a backup of this run
            writer.abort()
            if self.args.in_place and self.args.backup:
                Path(str(target) + self.args.backup).unlink(missing_ok=True)

        def lines():
            blank = number = 0
            try:
                if starts_wide(reader):
                    error(f"{source}: JSON Lines must be UTF-8; this is UTF-16 or UTF-32 (a BOM or NUL bytes "
                          "at its start): convert it first, e.g. iconv -f UTF-16 -t UTF-8; not read")
                    self.status = EXIT_INPUT
                    cut_short.append("not UTF-8")
                    return
                while True:
                    raw = reader.readline(MAX_DOCUMENT + 1)
                    if not raw:
                        break
                    number += 1
                    if len(raw) > MAX_DOCUMENT:
                        error(f"{source}:{number}: a line longer than {MAX_DOCUMENT // (1024 * 1024)} MB; "
                              "stopped reading" + kept_before)
                        self.status = EXIT_INPUT
                        cut_short.append("a line too long")
                        break
                    if not raw.strip():
                        blank += len(raw)  # passed over, but counted as read with the next record
                        continue
                    sizes.append(len(raw) + blank)
                    blank = 0
                    yield f"{source}:{number}", raw
            # A truncated or corrupt compressed file: OSError, EOFError, and each decompressor's
            # own error (lzma.LZMAError, zstandard.ZstdError), none of them an OSError.
            except Exception as exc:
                error(f"{source}: stopped reading: {exc}" + kept_before)
                self.status = EXIT_INPUT
                cut_short.append("it could not be read to its end")

        try:
            for outcomes in self.workers.map(jsonl_chunk, chunked(lines(), size=16, max_bytes=1 << 20)):
                for outcome in outcomes:
                    self.tell(outcome)
                    if outcome.out is not None:  # a record marked with an error is written too
                        if writer is None:
                            write_stdout(outcome.out)
                        else:
                            writer.write(outcome.out)
                    self.progress.advance(items=not outcome.failed, skipped=outcome.failed and not outcome.marked,
                                          marked=outcome.marked, nbytes=sizes.popleft() if sizes else 0)
            # Replaced by the records read so far, the input would lose the rest: left as it was.
            if writer and cut_short and (self.args.in_place or cut_short[0] == "not UTF-8"):
                give_up()
                if self.args.in_place:
                    error(f"{source}: not replaced ({cut_short[0]}); left as it was")
            elif writer:
                writer.commit()
        except OSError as exc:
            if writer is None or isinstance(exc, BrokenPipeError):
                raise
            give_up()
            self.failed_write(target, path, exc)
        except BaseException:  # stopped: no replaced file, and no backup left to refuse the next run
            if writer:
                give_up()
            raise
