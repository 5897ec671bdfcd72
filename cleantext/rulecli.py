"""`cleantext rules check|test|list|new`: write, test and inspect rule files."""
from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from .rulefile import RuleError, RuleSet, builtin_dir, find_files, load

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

STARTER = '''\
# Rule file for {name}. Test it with:  cleantext rules test {file}
# Reference: docs/rules.md. Every furniture rule needs an example that removes it,
# and the file needs one example that comes through unchanged.

[site]
name = "{name}"
# Any match in a document selects this file (a regex over the whole text).
match = ['(?m)^www\\.{name}\\.example$']
# language = "en"             # optional hint; refine = {{fa = "prs"}} relabels a language

[[furniture]]
id = "newsletter-prompt"      # kebab-case, unique here; shown as {name}:newsletter-prompt
class = "widget"              # banner header footer page-number widget appeal caption contact language-label markup other
pattern = '^Sign up for our newsletter$'   # searched in one line, stripped of outer spaces
where = "anywhere"            # head (before the first body paragraph) | tail | anywhere

[[examples]]                  # removed
input = "Sign up for our newsletter\\nThe ferry sailed at noon.\\n"
output = "The ferry sailed at noon.\\n"

[[examples]]                  # kept: the same words inside a sentence
input = "Readers who sign up for our newsletter get the timetable.\\n"
output = "Readers who sign up for our newsletter get the timetable.\\n"
'''


def _files(names: list[str]) -> list[Path]:
    if not names:
        return find_files(builtin_dir())
    found: list[Path] = []
    for name in names:
        found += find_files(name)
    return found


def check(names: list[str]) -> int:
    problems: list[str] = []
    files = []
    try:
        files = _files(names)
    except RuleError as exc:
        problems += exc.problems
    for path in files:
        try:
            rules = load(path)
        except RuleError as exc:
            problems += exc.problems
            continue
        print(f"{path}: ok ({len(rules.furniture)} rules, {len(rules.examples)} examples)")
    for problem in problems:
        print(problem, file=sys.stderr)
    return EXIT_USAGE if problems else EXIT_OK


def test(names: list[str]) -> int:
    from .ruletest import run_examples

    builtin = RuleSet.load()
    failed = passed = 0
    try:
        files = _files(names)
    except RuleError as exc:
        print("\n".join(exc.problems), file=sys.stderr)
        return EXIT_USAGE
    for path in files:
        try:
            outcomes = run_examples(path, builtin=builtin)
        except RuleError as exc:
            print("\n".join(exc.problems), file=sys.stderr)
            failed += 1
            continue
        for outcome in outcomes:
            if outcome.ok:
                passed += 1
                continue
            failed += 1
            if outcome.example.expect == "fail":
                print(f"{path}:{outcome.line}: {outcome.id}: marked expect = \"fail\" but passes now; remove the mark")
                continue
            print(f"{path}:{outcome.line}: {outcome.id}: output differs")
            diff = difflib.unified_diff(outcome.example.output.splitlines(), outcome.got.splitlines(),
                                        "expected", "got", lineterm="")
            for line in diff:
                print(f"    {line}")
    print(f"{passed} passed, {failed} failed")
    return EXIT_FAILED if failed else EXIT_OK


def list_rules(names: list[str], document: str | None, site_rules: bool) -> int:
    ruleset = RuleSet.load(names, site_rules=site_rules)
    if document is None:
        chosen = [(rules, "site file: needs a match" if not rules.generic else "generic") for rules in ruleset.files]
    else:
        from .pipeline import Pipeline

        pipeline = Pipeline([s for s in Pipeline.default(names, site_rules=site_rules).stages
                             if s.name in ("decode", "mojibake", "unicode", "markup")], ruleset)
        doc = pipeline.run(Path(document).read_bytes(), document).document
        chosen = ruleset.select("\n".join(line.text for line in doc.lines))
        print(f"rule files for {document}, in the order they apply:")
    for rules, why in chosen:
        print(f"{rules.path}  [{rules.name}]  {why}")
        for rule in rules.furniture:
            how = rule.pattern.pattern if rule.pattern else f"{rule.start.pattern} .. {rule.end.pattern}"
            print(f"    {rule.rule_id:32} {rule.cls:15} {rule.where:9} {how}")
        for rule_id in sorted(rules.disabled):
            print(f"    {rules.name}:{rule_id:27} disabled")
    return EXIT_OK


def new(name: str, out: str | None) -> int:
    path = Path(out or f"{name}.toml")
    if path.exists():
        print(f"cleantext: {path} exists; not overwritten (choose another name or --out)", file=sys.stderr)
        return EXIT_USAGE
    path.write_text(STARTER.format(name=name, file=path), encoding="utf-8")
    print(f"wrote {path}; edit it, then: cleantext rules test {path}")
    return EXIT_OK


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="cleantext rules", description="Write, test and inspect rule files.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("check", help="validate rule files against the schema; every problem with file and line")
    p.add_argument("files", nargs="*", metavar="FILE", help="rule files or folders (default: the built-in ones)")
    p = sub.add_parser("test", help="run the examples each rule file carries; a diff for each failure")
    p.add_argument("files", nargs="*", metavar="FILE", help="rule files or folders (default: the built-in ones)")
    p = sub.add_parser("list", help="which rule files and rules apply (to a document, with --for) and why")
    p.add_argument("--rules", action="append", default=[], metavar="PATH", help="add rule files, as for cleantext")
    p.add_argument("--for", dest="document", metavar="FILE", help="show only what applies to this document")
    p.add_argument("--no-site-rules", action="store_true", help="generic rules only")
    p = sub.add_parser("new", help="write a commented starter rule file")
    p.add_argument("name", help="the site's name, kebab-case (e.g. harbour-gazette)")
    p.add_argument("--out", metavar="PATH", help="where to write it (default: NAME.toml)")
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return check(args.files)
        if args.command == "test":
            return test(args.files)
        if args.command == "list":
            return list_rules(args.rules, args.document, not args.no_site_rules)
        return new(args.name, args.out)
    except RuleError as exc:
        print("\n".join(exc.problems), file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        raise  # the command line's main stops quietly
    except OSError as exc:
        print(f"cleantext: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
