"""`cleantext rules check|test|list|new`: write, test and inspect rule files."""
from __future__ import annotations

import argparse
import difflib
import sys
import unicodedata
from pathlib import Path

import regex

from .rulefile import RuleError, RuleSet, builtin_dir, find_files, load, override_problems

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

STARTER = '''\
# Rule file for {name}. Test it with:  cleantext rules test {file}
# Guide and reference: cleantext rules guide. Every furniture rule needs an example that
# removes it, and the file needs one example that comes through unchanged.

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
    """Every problem of every file, in one round; warnings (a file without examples) do not fail."""
    problems: list[str] = []
    files, loaded = [], []
    try:
        files = _files(names)
    except RuleError as exc:
        problems += exc.problems
    for path in files:
        try:
            loaded.append(load(path))
        except RuleError as exc:
            problems += exc.problems
    # An override must name a rule of the built-in files or of the files checked together.
    here = {Path(rules.path).resolve() for rules in loaded}
    builtin = [rules for rules in RuleSet.load().files if Path(rules.path).resolve() not in here]
    for rules in loaded:
        for warning in rules.warnings:
            print(f"{warning} (warning)", file=sys.stderr)
        wrong = override_problems(builtin + loaded, [rules])
        problems += wrong
        if not wrong:
            print(f"{rules.path}: ok ({len(rules.furniture)} rules, {len(rules.examples)} examples)")
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
        from .rulefile import selected

        # The stages before furniture, as a real run has them when the rule files are chosen.
        stages = Pipeline.default(names, site_rules=site_rules).stages
        before = stages[: next((k for k, s in enumerate(stages) if s.name == "furniture"), len(stages))]
        doc = Pipeline(before, ruleset).run(Path(document).read_bytes(), document).document
        selected(doc)
        # In the order their rules take lines: the site files', then the generic ones'.
        chosen = [c for c in doc.selected if not c[0].generic] + [c for c in doc.selected if c[0].generic]
        print(f"rule files for {document}, in the order their rules take lines:")
    for rules, why in chosen:
        print(f"{rules.shown or rules.path}  [{rules.name}]  {why}")
        switched_off = {target for other, _ in chosen for target in other.overrides} if document else set()
        for rule in rules.furniture:
            if rule.names & switched_off:
                print(f"    {rule.rule_id:32} overridden")
                continue
            how = (rule.pattern.pattern if rule.pattern else f"mark {rule.mark.pattern}" if rule.mark
                   else f"{rule.start.pattern} .. {rule.end.pattern}")
            print(f"    {rule.rule_id:32} {rule.cls:15} {rule.where:9} {how}")
            if rule.overrides:
                print(f"    {'':32} overrides {rule.overrides}")
        overridden = {rule.overrides for rule in rules.furniture}
        for target in sorted(set(rules.overrides) - overridden):
            print(f"    {target:32} switched off here (overrides, enabled = false)")
    return EXIT_OK


def kebab(name: str) -> str:
    """A site's name as a rule file wants it: "Harbour Daily" -> "harbour-daily".

    >>> kebab("Harbour Daily"), kebab("afgazad.com"), kebab("  Le Monde (FR) ")
    ('harbour-daily', 'afgazad-com', 'le-monde-fr')
    >>> kebab("Ça & Là Nouvelles"), kebab("Afgan Таймс")   # accents dropped, not the letters
    ('ca-la-nouvelles', 'afgan')
    """
    plain = regex.sub(r"\p{Mn}+", "", unicodedata.normalize("NFKD", name.lower()))
    return "-".join(regex.findall(r"[a-z0-9]+", plain)) or "site"


def new(name: str, out: str | None) -> int:
    """Write a starter rule file that passes its own check and examples."""
    name = kebab(name)
    path = Path(out or f"{name}.toml")
    if path.exists():
        print(f"cleantext: {path} exists; not overwritten (choose another name or --out)", file=sys.stderr)
        return EXIT_USAGE
    path.write_text(STARTER.format(name=name, file=path), encoding="utf-8")
    print(f"wrote {path}; edit it, then: cleantext rules test {path}")
    return EXIT_OK


def guide_text() -> str:
    """The guide to writing rule files (docs/rules.md), from the checkout or the installed package."""
    checkout = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
    if checkout.is_file():
        return checkout.read_text(encoding="utf-8")
    from importlib.resources import files

    return files("cleantext.docs").joinpath("rules.md").read_text(encoding="utf-8")


def guide() -> int:
    sys.stdout.write(guide_text())
    return EXIT_OK


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="cleantext rules", description="Write, test and inspect rule files.",
                                     allow_abbrev=False)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("check", allow_abbrev=False,
                       help="validate rule files against the schema; every problem with file and line")
    p.add_argument("files", nargs="*", metavar="FILE", help="rule files or folders (default: the built-in ones)")
    p = sub.add_parser("test", allow_abbrev=False,
                       help="run the examples each rule file carries; a diff for each failure")
    p.add_argument("files", nargs="*", metavar="FILE", help="rule files or folders (default: the built-in ones)")
    p = sub.add_parser("list", allow_abbrev=False,
                       help="which rule files and rules apply (to a document, with --for) and why")
    p.add_argument("--rules", action="append", default=[], metavar="PATH", help="add rule files, as for cleantext")
    p.add_argument("--for", dest="document", metavar="FILE", help="show only what applies to this document")
    p.add_argument("--no-site-rules", action="store_true", help="generic rules only")
    p = sub.add_parser("new", allow_abbrev=False,
                       help="write a commented starter rule file")
    p.add_argument("name", help='the site\'s name (e.g. "Harbour Gazette", written as harbour-gazette)')
    p.add_argument("--out", metavar="PATH", help="where to write it (default: NAME.toml)")
    from .learncli import add_parser as add_learn
    add_learn(sub)
    sub.add_parser("guide", allow_abbrev=False, help="print the guide to writing rule files, with the reference of every key")
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return check(args.files)
        if args.command == "test":
            return test(args.files)
        if args.command == "list":
            return list_rules(args.rules, args.document, not args.no_site_rules)
        if args.command == "guide":
            return guide()
        if args.command == "learn":
            from .learncli import main as learn_main
            return learn_main(args, kebab)
        return new(args.name, args.out)
    except RuleError as exc:
        print("\n".join(exc.problems), file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        raise  # the command line's main stops quietly
    except OSError as exc:
        print(f"cleantext: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
