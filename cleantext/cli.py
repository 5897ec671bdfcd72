"""The command line: a filter first (stdin to stdout), files and folders with --out-dir."""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from . import __version__
from .pipeline import Pipeline
from .report import explain
from .rulefile import RuleError
from .stages.decode import UndecodableError

EXIT_OK = 0
EXIT_INPUT = 1  # an input could not be cleaned; the others were
EXIT_USAGE = 2  # bad command line or rule file

EPILOG = """\
examples:
  cat page.txt | cleantext > clean.txt        a filter: stdin to stdout
  cleantext page.txt --explain                 show what was removed and why
  cleantext samples/ --out-dir clean/          a folder in, a folder out
  cleantext page.txt --rules my-site.toml --report report.json

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
    report = parser.add_argument_group("Report")
    report.add_argument("--report", metavar="PATH",
                        help="write the JSON report here (several inputs: one object per line)")
    report.add_argument("--keep-removed", metavar="PATH",
                        help="write every removed piece of text here (JSON Lines: source, lines, class, rule, text)")
    report.add_argument("--explain", action="store_true",
                        help="print to standard error what was removed or changed, and by which rule")
    args = parser.parse_args(argv)
    if args.backup and not args.in_place:
        parser.error("--backup goes with --in-place")
    if args.out_dir and args.in_place:
        parser.error("--out-dir and --in-place exclude each other")
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


def expand(files: list[str]) -> list[tuple[Path, Path]]:
    """Each input file with the name it gets under --out-dir; folders are walked."""
    found = []
    for name in files:
        path = Path(name)
        if path.is_dir():
            found += [(p, p.relative_to(path)) for p in sorted(path.rglob("*")) if p.is_file()]
        else:
            found.append((path, Path(path.name)))
    return found


def error(message: str) -> None:
    print(f"cleantext: {message}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:
        # The reader went away (`cleantext x | head`): stop quietly, as filters do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        error("interrupted")
        return 130


def _main(argv: list[str]) -> int:
    if argv and argv[0] == "rules" and not Path("rules").is_file():
        from .rulecli import main as rules_main  # `cleantext rules check|test|list|new`

        return rules_main(argv[1:])
    args = parse_args(argv)
    try:
        pipeline = Pipeline.default(args.rules, site_rules=not args.no_site_rules)
    except RuleError as exc:
        for problem in exc.problems:
            error(problem)
        error("fix the rule file(s) above; 'cleantext --help' lists the options")
        return EXIT_USAGE
    files = args.files or ["-"]
    if (len(files) > 1 or any(Path(f).is_dir() for f in files if f != "-")) and not (args.out_dir or args.in_place):
        error("several inputs or a folder need --out-dir DIR (or --in-place)")
        return EXIT_USAGE
    if "-" in files and len(files) > 1:
        error("'-' (standard input) cannot be mixed with files")
        return EXIT_USAGE
    reports: list[dict] = []
    status = EXIT_OK
    if files == ["-"]:
        status = run_one(pipeline, sys.stdin.buffer.read(), "<stdin>", args, None, reports)
    else:
        for path, relative in expand(files):
            try:
                data = path.read_bytes()
            except FileNotFoundError:
                error(f"{path}: no such file")
                status = EXIT_INPUT
                continue
            except OSError as exc:
                error(f"{path}: cannot read: {exc.strerror or exc}")
                status = EXIT_INPUT
                continue
            target = None
            if args.out_dir:
                target = Path(args.out_dir) / relative
                if target.resolve() == path.resolve():
                    error(f"{path}: --out-dir would write over this input; use another folder, or --in-place")
                    status = EXIT_INPUT
                    continue
            elif args.in_place:
                target = path
                if args.backup:
                    write_atomic(path.with_name(path.name + args.backup), data)
            status = max(status, run_one(pipeline, data, str(path), args, target, reports))
    if args.report:
        if len(reports) == 1 and len(files) == 1 and not expand_is_many(files):
            body = json.dumps(reports[0], ensure_ascii=False, indent=2) + "\n"
        else:
            body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in reports)
        write_atomic(Path(args.report), body.encode("utf-8"))
    if args.keep_removed:
        body = "".join(json.dumps({"source": r["source"], **removal}, ensure_ascii=False) + "\n"
                       for r in reports for removal in r["removed"])
        write_atomic(Path(args.keep_removed), body.encode("utf-8"))
    return status


def expand_is_many(files: list[str]) -> bool:
    return any(f != "-" and Path(f).is_dir() for f in files)


def run_one(pipeline: Pipeline, data: bytes, source: str, args, target: Path | None, reports: list) -> int:
    if args.jsonl:
        return run_jsonl(pipeline, data, source, args, target, reports)
    try:
        result = pipeline.run(data, source)
    except UndecodableError as exc:
        error(f"{source}: {exc}")
        return EXIT_INPUT
    except RuleError as exc:  # a rule that timed out on this input
        error(f"{source}: not cleaned: " + "; ".join(exc.problems))
        return EXIT_INPUT
    if args.explain:
        for line in explain(result.document):
            print(line, file=sys.stderr)
    reports.append(result.report)
    out = result.text.encode("utf-8")
    if target is None:
        sys.stdout.buffer.write(out)
        sys.stdout.flush()
    else:
        write_atomic(target, out)
    return EXIT_OK


def run_jsonl(pipeline: Pipeline, data: bytes, source: str, args, target: Path | None, reports: list) -> int:
    status = EXIT_OK
    out = []
    for number, raw in enumerate(data.splitlines(), 1):
        if not raw.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            error(f"{where}: not a JSON object: {exc}; line skipped")
            status = EXIT_INPUT
            continue
        if not isinstance(record, dict) or not isinstance(record.get(args.text_field), str):
            error(f"{where}: no string field {args.text_field!r}; line skipped (see --text-field)")
            status = EXIT_INPUT
            continue
        try:
            result = pipeline.run(record[args.text_field], where)
        except RuleError as exc:
            error(f"{where}: not cleaned: " + "; ".join(exc.problems))
            status = EXIT_INPUT
            continue
        if args.explain:
            for line in explain(result.document):
                print(line, file=sys.stderr)
        record[args.text_field] = result.text
        record["cleantext"] = {k: v for k, v in result.report.items() if k != "source"}
        reports.append(result.report)
        out.append(json.dumps(record, ensure_ascii=False) + "\n")
    body = "".join(out).encode("utf-8")
    if target is None:
        sys.stdout.buffer.write(body)
        sys.stdout.flush()
    else:
        write_atomic(target, body)
    return status
