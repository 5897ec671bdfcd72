"""Load and validate rule files; every problem is reported with its file and line."""
from __future__ import annotations

import difflib
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import regex

from .patterns import _compile, required_literal
from .schema import SCHEMA

if sys.version_info >= (3, 11):
    import tomllib
else:  # tomllib is new in 3.11; tomli is the same parser, a dependency on 3.10
    import tomli as tomllib

# A pattern that runs longer than this on one line is a broken rule, not slow text.
REGEX_TIMEOUT = 1.0
# All site files' match patterns together may spend this much processor time on a document
# (per megabyte of its text, at least once): each search is held to REGEX_TIMEOUT, but a folder of
# site files whose patterns each take 0.9 s would pass that limit file after file.
MATCH_BUDGET = 5.0
# A rule file is a page of TOML; more than this is not one (and /dev/zero never ends).
MAX_RULE_FILE_BYTES = 1_000_000


class RuleError(Exception):
    """One or more problems in rule files, each as ``path:line: message``."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class RuleTimeoutError(RuleError):
    """A pattern ran past the time limit on some line: the rule, not the text, is at fault."""


class _MatchBudgetSpent(Exception):
    """The site files' match patterns ran past the document's time budget (RuleSet.select says whose)."""


@dataclass
class Furniture:
    id: str
    cls: str
    site: str
    where: str = "anywhere"
    pattern: regex.Pattern | None = None
    start: regex.Pattern | None = None
    end: regex.Pattern | None = None
    mark: regex.Pattern | None = None  # cut out of a line that stays
    max_lines: int = 20
    line: int = 0  # where it is declared
    path: str = ""
    overrides: str | None = None  # the rule id ("generic:loading") this rule takes the place of
    aliases: tuple[str, ...] = ()

    @property
    def rule_id(self) -> str:
        return f"{self.site}:{self.id}"

    @property
    def names(self) -> set[str]:
        """Its rule id and its former ones, as an ``overrides`` may name it."""
        return {self.rule_id} | {f"{self.site}:{alias}" for alias in self.aliases}


@dataclass
class Example:
    input: str
    output: str
    expect: str = "pass"
    line: int = 0


@dataclass
class RuleFile:
    path: str
    name: str
    match: list[regex.Pattern] = field(default_factory=list)
    language: str | None = None
    refine: dict[str, str] = field(default_factory=dict)
    furniture: list[Furniture] = field(default_factory=list)
    disabled: set[str] = field(default_factory=set)  # ids of this file's rules with enabled = false
    overrides: dict[str, int] = field(default_factory=dict)  # rule ids of other files switched off -> line
    examples: list[Example] = field(default_factory=list)
    pipeline: list[dict] | None = None
    data: dict = field(default_factory=dict)
    match_lines: list[int] = field(default_factory=list)  # where each match pattern is written
    warnings: list[str] = field(default_factory=list)  # what `rules check` says without failing
    shown: str = ""  # the path as messages show it ("rules/generic.toml")

    @property
    def generic(self) -> bool:
        return not self.match

    def matches(self, text: str, ends: float | None = None) -> regex.Match | None:
        """The first match of the file's ``[site] match`` patterns in ``text``, or None.

        A pattern that runs past the time limit raises RuleTimeoutError naming the file and line.
        ``ends``: the ``time.process_time()`` by which all site files must have been tried.
        """
        for k, pattern in enumerate(self.match):
            literal = required_literal(pattern)
            if literal is not None and literal not in text:
                continue  # the pattern cannot match: no need to run it over the whole document
            limit = REGEX_TIMEOUT if ends is None else min(REGEX_TIMEOUT, ends - time.process_time())
            if limit <= 0:
                raise _MatchBudgetSpent()
            try:
                found = pattern.search(text, timeout=limit)
            except TimeoutError:
                if limit < REGEX_TIMEOUT:
                    raise _MatchBudgetSpent() from None
                line = self.match_lines[k] if k < len(self.match_lines) else 1
                raise RuleTimeoutError([
                    f"{self.shown or self.path}:{line}: site match '{pattern.pattern}': the pattern ran longer than "
                    f"{REGEX_TIMEOUT} s on the document; make it simpler (a literal line such as "
                    f"'(?m)^www\\.example\\.com$' is fastest)"]) from None
            if found:
                return found
        return None


def builtin_dir() -> Path:
    """The folder of the rule files that ship with cleantext.

    In a source checkout (and an editable install) that is ``rules/`` beside the package;
    in a wheel the same files are installed as the package data ``cleantext.rules``.
    """
    here = Path(__file__).resolve().parent
    checkout = here.parent / "rules"
    return checkout if (checkout / "default.toml").is_file() else here / "rules"


def _key_lines(source: str) -> dict[tuple, int]:
    """Map each (table path..., key) of a TOML text to its line, for messages.

    tomllib gives no positions, so this reads the simple shapes rule files use:
    ``[site]``, ``[[furniture]]`` and ``key = value`` lines.
    """
    where: dict[tuple, int] = {}
    counts: dict[str, int] = {}
    path: tuple = ()
    for number, raw in enumerate(source.splitlines(), 1):
        line = raw.strip()
        if line.startswith("[["):
            name = line.split("#")[0].strip("[] \t")
            index = counts.get(name, 0)
            counts[name] = index + 1
            path = (name, index)
            where[path] = number
        elif line.startswith("["):
            path = (line.split("#")[0].strip("[] \t"),)
            where[path] = number
        elif "=" in line and not line.startswith("#"):
            key = line.split("=", 1)[0].strip().strip('"')
            where.setdefault(path + (key,), number)
    return where


def _line_of(lines: dict[tuple, int], path: tuple) -> int:
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return 1


def _label(data: dict, path: tuple) -> str:
    """``furniture "print-edition"`` or ``examples 2`` for messages."""
    if len(path) >= 2 and isinstance(path[1], int):
        item = data.get(path[0], [])[path[1]] if path[0] in data else {}
        ident = item.get("id") if isinstance(item, dict) else None
        return f'{path[0]} "{ident}"' if ident else f"{path[0]} {path[1] + 1}"
    return path[0] if path else "file"


def _schema_problems(data: dict, lines: dict, shown: str) -> list[str]:
    import jsonschema   # about 0.1 s to import: only when a file is checked (not the shipped ones in a run)

    problems = []
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            known = list(error.schema.get("properties", {}))
            for key in error.instance:
                if key in known:
                    continue
                hint = difflib.get_close_matches(key, known, n=1)
                more = f' (did you mean "{hint[0]}"?)' if hint else f" (known keys: {', '.join(known)})"
                line = _line_of(lines, path + (key,))
                problems.append(f'{shown}:{line}: {_label(data, path)}: unknown key "{key}"{more}')
            continue
        line = _line_of(lines, path)
        field_name = f' "{path[-1]}"' if path and isinstance(path[-1], str) else ""
        problems.append(f"{shown}:{line}: {_label(data, path)}{field_name}: {error.message}")
    return problems


# How a counted repeat is written: "{3}", "{2,5}", "{2,}", "{,5}".
def read_rule_file(path: str | Path, shown: str | None = None) -> str:
    """The text of a rule file, refused with a RuleError if it is too long or not UTF-8."""
    return _read(Path(path), shown or str(path))


def _read(path: Path, shown: str) -> str:
    """The text of a rule file, read with a bound: /dev/zero or a stray data file is refused, not read."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_RULE_FILE_BYTES + 1)
    except OSError as exc:
        raise RuleError([f"{shown}:1: cannot read the rule file: {exc.strerror or exc}"]) from None
    if len(data) > MAX_RULE_FILE_BYTES:
        raise RuleError([f"{shown}:1: not a rule file: longer than {MAX_RULE_FILE_BYTES:,} bytes"])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RuleError([f"{shown}:{line}: cannot read the rule file: not UTF-8 ({exc.reason})"]) from None


def _stage_line(source: str, first: int, name: str, nth: int) -> int:
    """The line of the ``nth`` stage called ``name`` in a ``stages = [...]`` list starting at line ``first``."""
    said = regex.compile(r"\bname\s*=\s*[\"']" + regex.escape(name) + r"[\"']")
    return _nth_line(source, first, said, nth)


def parse(source: str, shown: str, *, path: str | None = None, stem: str = "rules",
          checked: bool = True) -> RuleFile:
    """Validate the text of one rule file; raise RuleError listing every problem in it, all at once.

    ``checked=False`` is for the files that ship with cleantext, which the test suite and
    ``cleantext rules check`` hold to every check: what only finds problems is left out (the
    schema, the stages' options, the patterns that the stages compile when they first use them),
    and the file is read to the same RuleFile.
    """
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        found = regex.search(r"line (\d+)", str(exc))
        raise RuleError([f"{shown}:{found.group(1) if found else 1}: not valid TOML: {exc}"]) from None
    except RecursionError:
        raise RuleError([f"{shown}:1: not a rule file: tables or lists nested too deeply"]) from None
    lines = _key_lines(source)
    try:
        problems = _schema_problems(data, lines, shown) if checked else []
    except RecursionError:
        raise RuleError([f"{shown}:1: not a rule file: tables or lists nested too deeply"]) from None
    # The schema's problems do not stop the checks below: a user sees every problem in one round.
    site = data.get("site") if isinstance(data.get("site"), dict) else {}
    name = site.get("name") if isinstance(site.get("name"), str) else stem
    refine = site.get("refine") if isinstance(site.get("refine"), dict) else {}
    language = site.get("language") if isinstance(site.get("language"), str) else None
    rules = RuleFile(path or shown, name, language=language, refine=dict(refine), data=data, shown=shown)
    match = site.get("match") if isinstance(site.get("match"), list) else []
    match_line = _line_of(lines, ("site", "match"))
    line = match_line
    for pattern in match:
        line = _item_line(source, line, pattern)  # each pattern at its own line, in a list over several
        compiled = _compile(pattern, problems, f"{shown}:{line}: site match")
        if compiled is not None:
            rules.match.append(compiled)
            rules.match_lines.append(line)
    seen: dict[str, int] = {}
    items = data.get("furniture") if isinstance(data.get("furniture"), list) else []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        line = _line_of(lines, ("furniture", i))
        ident = item.get("id") if isinstance(item.get("id"), str) else f"#{i + 1}"
        label = f'{shown}:{line}: furniture "{ident}"'
        if ident in seen:
            problems.append(f"{label}: duplicate id (first at line {seen[ident]})")
        seen[ident] = line
        aliases = [a for a in item.get("aliases", []) if isinstance(a, str)] if isinstance(item.get("aliases"), list) else []
        for alias in aliases:
            seen.setdefault(alias, line)
        overrides = item.get("overrides") if isinstance(item.get("overrides"), str) else None
        if overrides is not None:
            if overrides.split(":", 1)[0] == name:
                problems.append(f'{shown}:{_line_of(lines, ("furniture", i, "overrides"))}: furniture "{ident}": '
                                f'overrides "{overrides}" names a rule of this file; edit that rule instead')
            else:
                rules.overrides[overrides] = _line_of(lines, ("furniture", i, "overrides"))
        if item.get("enabled", True) is False:
            rules.disabled.add(ident)
            continue
        has_block = "start" in item or "end" in item
        if ("pattern" in item) + has_block + ("mark" in item) != 1 or (has_block and not ("start" in item and "end" in item)):
            problems.append(f"{label}: give one of pattern, mark, or both start and end")
            continue
        max_lines = item.get("max_lines", 20)
        rule = Furniture(ident, item.get("class", "other"), name, item.get("where", "anywhere"),
                         max_lines=max_lines if isinstance(max_lines, int) else 20, line=line, path=shown,
                         overrides=overrides, aliases=tuple(aliases))
        for key in ("pattern", "start", "end", "mark"):
            if key in item:
                where = f'{shown}:{_line_of(lines, ("furniture", i, key))}: furniture "{ident}": {key}'
                setattr(rule, key, _compile(item[key], problems, where))
        rules.furniture.append(rule)
    if checked:
        problems += _named_patterns(data, lines, shown, ("boilerplate", "phrases"), "boilerplate phrase")
        problems += _named_patterns(data, lines, shown, ("kind", "signs"), "kind sign")
        problems += _ocr_problems(data, lines, source, shown)
        problems += _pdf_problems(data, lines, source, shown)
    examples = data.get("examples") if isinstance(data.get("examples"), list) else []
    for i, item in enumerate(examples):
        if isinstance(item, dict) and isinstance(item.get("input"), str) and isinstance(item.get("output"), str):
            rules.examples.append(Example(item["input"], item["output"], item.get("expect", "pass"),
                                          _line_of(lines, ("examples", i))))
    if rules.furniture and not rules.examples:
        rules.warnings.append(f"{shown}:{_line_of(lines, ('furniture', 0))}: {len(rules.furniture)} furniture "
                              f"rules and no [[examples]]: add one that each rule removes and one that "
                              f"comes through unchanged (cleantext rules test runs them)")
    pipeline = data.get("pipeline") if isinstance(data.get("pipeline"), dict) else None
    if pipeline is not None and rules.match:
        problems.append(f"{shown}:{_line_of(lines, ('pipeline',))}: [pipeline] in a site file: a site file "
                        f"tunes its own rules and cannot change the pipeline of every document; "
                        f"move it to a rule file without [site] match")
    elif pipeline is not None and isinstance(pipeline.get("stages"), list):
        rules.pipeline = pipeline["stages"]
        if checked:
            problems += _stage_problems(rules.pipeline, source, shown, _line_of(lines, ("pipeline", "stages")))
    if problems:
        raise RuleError(problems)
    return rules


def _named_patterns(data: dict, lines: dict, shown: str, where: tuple[str, str], what: str) -> list[str]:
    """The items of an array of tables with an ``id`` and a ``pattern`` (``[[boilerplate.phrases]]``,
    ``[[kind.signs]]``): each pattern compiled and each id checked unique, before any text is
    cleaned, each problem named by its line and the item's id."""
    table = data.get(where[0]) if isinstance(data.get(where[0]), dict) else {}
    items = table.get(where[1]) if isinstance(table.get(where[1]), list) else []
    key = ".".join(where)
    problems: list[str] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue  # the schema check has said what is wrong
        line = _line_of(lines, (key, i))
        ident = item.get("id") if isinstance(item.get("id"), str) else f"#{i + 1}"
        if ident in seen:
            problems.append(f'{shown}:{line}: {what} "{ident}": duplicate id (first at line {seen[ident]})')
        seen.setdefault(ident, line)
        if isinstance(item.get("pattern"), str):
            _compile(item["pattern"], problems, f'{shown}:{_line_of(lines, (key, i, "pattern"))}: {what} "{ident}": pattern')
    return problems


def _ocr_problems(data: dict, lines: dict, source: str, shown: str) -> list[str]:
    """The ``[ocr]`` table's patterns (historical rewrites, units) compiled before any text is cleaned."""
    table = data.get("ocr") if isinstance(data.get("ocr"), dict) else {}
    problems = _list_patterns(data, lines, source, shown, ("ocr", "historical"))
    if "units" in table:
        _compile(table["units"], problems, f'{shown}:{_line_of(lines, ("ocr", "units"))}: ocr units')
    return problems


def _pdf_problems(data: dict, lines: dict, source: str, shown: str) -> list[str]:
    """The ``[pdf]`` table's producer patterns compiled before any text is cleaned."""
    return _list_patterns(data, lines, source, shown, ("pdf", "no_hyphenation"))


def _list_patterns(data: dict, lines: dict, source: str, shown: str, where: tuple[str, str]) -> list[str]:
    """The ``pattern`` of each item of a list in a table (``[ocr] historical``), compiled, each
    problem named by the line its pattern is on."""
    table = data.get(where[0]) if isinstance(data.get(where[0]), dict) else {}
    items = table.get(where[1]) if isinstance(table.get(where[1]), list) else []
    first = _line_of(lines, where)
    problems: list[str] = []
    for i, item in enumerate(items):
        if isinstance(item, dict) and "pattern" in item:
            line = _nth_line(source, first, regex.compile(r"\bpattern\s*="), i)
            _compile(item["pattern"], problems, f"{shown}:{line}: {where[0]} {where[1]} {i + 1}: pattern")
    return problems


def _item_line(source: str, first: int, value: object) -> int:
    r"""The line, at or after ``first``, where the string ``value`` is written (as a literal
    string, or as a basic one with its backslashes and quotes escaped); ``first`` if not found.

    >>> _item_line("match = [\n  'a',\n  \"b\\\\d\",\n]\n", 1, "b\\d")
    3
    """
    if not isinstance(value, str) or not value:
        return first
    forms = (value, value.replace("\\", "\\\\").replace('"', '\\"'))
    for number, line in enumerate(source.splitlines()[first - 1 :], first):
        if any(form in line for form in forms):
            return number
    return first


def _nth_line(source: str, first: int, said: regex.Pattern, nth: int) -> int:
    """The line of the ``nth`` match of ``said`` at or after line ``first`` (an item of an inline list)."""
    seen = 0
    for number, line in enumerate(source.splitlines()[first - 1 :], first):
        for _ in said.finditer(line):
            if seen == nth:
                return number
            seen += 1
    return first


def _stage_problems(stages: list, source: str, shown: str, first: int) -> list[str]:
    """Each stage's name and options checked against the stage itself, before any text is cleaned."""
    from .stages.base import stage_problems

    problems, counts = [], {}
    for spec in stages:
        if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
            continue  # the schema check has said what is wrong
        nth = counts.get(spec["name"], 0)
        counts[spec["name"]] = nth + 1
        line = _stage_line(source, first, spec["name"], nth)
        problems += [f"{shown}:{line}: {problem}" for problem in stage_problems(spec)]
    return problems


def load(path: str | Path, *, shown: str | None = None, checked: bool = True) -> RuleFile:
    """Read one rule file; raise RuleError listing every problem in it (``checked``: see parse)."""
    path = Path(path)
    shown = shown or str(path)
    return parse(_read(path, shown), shown, path=str(path), stem=path.stem, checked=checked)


def loads(text: str, name: str = "<rules>") -> RuleFile:
    """Read one rule file given as text, as load() reads a file: ``name`` stands for its path in
    messages and names the file where it declares no ``[site] name``."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_RULE_FILE_BYTES:
        raise RuleError([f"{name}:1: not a rule file: longer than {MAX_RULE_FILE_BYTES:,} bytes"])
    return parse(text, name, path=name, stem=Path(name).stem)


def find_files(path: str | Path) -> list[Path]:
    """A rule file, or every ``*.toml`` below a folder, in a stable order."""
    path = Path(path)
    if path.is_dir():
        return sorted(p for p in path.rglob("*.toml"))
    if not path.exists():
        raise RuleError([f"{path}:1: no such rule file or folder"])
    return [path]


@dataclass
class RuleSet:
    """The rule files in force, in the order they apply: built-in first, then the user's."""

    files: list[RuleFile] = field(default_factory=list)
    pipeline: list[dict] = field(default_factory=list)
    site_rules: bool = True

    @classmethod
    def load(cls, extra: list[str | Path] = (), *, site_rules: bool = True,
             builtin: bool = True, texts: Iterable[tuple[str, str]] = ()) -> "RuleSet":
        """Load the built-in rules and the user's; all problems are collected and raised together.

        ``extra`` is a list of rule files or folders, or one of them (a str is one path, not letters).
        ``texts`` are more rule files given as (name, TOML text) pairs, applied after ``extra``.
        """
        if isinstance(extra, (str, os.PathLike)) or not hasattr(extra, "__iter__"):
            extra = [extra]
        for item in extra:
            if not isinstance(item, (str, os.PathLike)):
                raise TypeError(f"rule files are given as paths (str or pathlib.Path), not {type(item).__name__}")
        paths: list[tuple[Path, str, bool]] = []   # path, as shown, whether checked
        if builtin:
            base = builtin_dir()
            paths += [(p, f"rules/{p.relative_to(base).as_posix()}", False) for p in find_files(base)]
        problems: list[str] = []
        for item in extra:
            try:
                paths += [(p, str(p), True) for p in find_files(item)]
            except RuleError as exc:
                problems += exc.problems
        ruleset = cls(site_rules=site_rules)
        readers = [lambda path=path, shown=shown, checked=checked: load(path, shown=shown, checked=checked)
                   for path, shown, checked in paths]
        readers += [lambda name=name, text=text: loads(text, name) for name, text in texts]
        for read in readers:
            try:
                rules = read()
            except RuleError as exc:
                problems += exc.problems
                continue
            if rules.pipeline is not None:
                ruleset.pipeline = rules.pipeline  # a later file's pipeline replaces an earlier one
            ruleset.files.append(rules)
        problems += override_problems(ruleset.files)
        if problems:
            raise RuleError(problems)
        return ruleset

    def select(self, text: str) -> list[tuple[RuleFile, str]]:
        """The files that apply to a document, each with why: "generic" or the match that fired."""
        chosen = []
        # Processor time, as the regex module counts its time-outs.
        budget = MATCH_BUDGET * max(1.0, len(text) / 1_000_000)
        ends = time.process_time() + budget
        spent: dict[int, float] = {}
        for k, rules in enumerate(self.files):
            if rules.generic:
                if rules.furniture or rules.overrides or rules.refine or rules.language:
                    chosen.append((rules, "generic"))
            elif self.site_rules:
                started = time.process_time()
                try:
                    found = rules.matches(text, ends)
                except _MatchBudgetSpent:
                    spent[k] = spent.get(k, 0.0) + time.process_time() - started
                    raise self._match_budget_spent(spent, budget) from None
                spent[k] = time.process_time() - started
                if found:
                    chosen.append((rules, f"match {found.group(0)!r}"))
        return chosen

    def _match_budget_spent(self, spent: dict[int, float], budget: float) -> RuleTimeoutError:
        """The error for match patterns that together ran past the budget, naming the file that spent most."""
        worst = max(spent, key=spent.get)
        rules = self.files[worst]
        line = rules.match_lines[0] if rules.match_lines else 1
        return RuleTimeoutError([
            f"{rules.shown or rules.path}:{line}: site match: the site files' match patterns ran past the "
            f"document's time budget of {budget:g} s ({rules.name} spent {spent[worst]:.1f} s of it); "
            f"make them simpler (a literal line such as '(?m)^www\\.example\\.com$' is fastest)"])

    def furniture(self, chosen: list[RuleFile]) -> list[Furniture]:
        """Furniture rules in the order they take lines: the site files' first, then the generic ones.

        A site's rules get the first word on its own pages, so a site author can write a block that
        starts with a line a generic rule would take. Ids are per file (``site:id``): a rule replaces
        or switches off another only by naming it, ``overrides = "generic:loading"``, and only on
        the documents its own file is chosen for.
        """
        switched_off = {rule_id for rules in chosen for rule_id in rules.overrides}
        ordered = [rules for rules in chosen if not rules.generic] + [rules for rules in chosen if rules.generic]
        return [rule for rules in ordered for rule in rules.furniture if not rule.names & switched_off]


def override_problems(files: list[RuleFile], checked: list[RuleFile] | None = None) -> list[str]:
    """An ``overrides`` that names no rule of the files loaded is a mistake (a typo, a renamed rule).

    The ``checked`` files (all of ``files`` by default) are those whose overrides are looked at.
    """
    known = {name for rules in files for rule in rules.furniture for name in rule.names}
    known |= {f"{rules.name}:{ident}" for rules in files for ident in rules.disabled}
    problems = []
    for rules in files if checked is None else checked:
        for target, line in rules.overrides.items():
            if target not in known:
                hint = difflib.get_close_matches(target, sorted(known), n=1)
                more = f' (did you mean "{hint[0]}"?)' if hint else ' (write it as site:id, e.g. "generic:loading")'
                problems.append(f'{rules.shown or rules.path}:{line}: overrides "{target}": no such rule '
                                f"in the rule files loaded{more}")
    return problems


def selected(doc) -> list[RuleFile]:
    """The rule files that apply to a document, chosen once from its text and kept on it."""
    if doc.selected is None:
        ruleset = doc.rules if doc.rules is not None else RuleSet()
        doc.selected = ruleset.select("\n".join(line.text for line in doc.lines))
        doc.sites = [rules.name for rules, _ in doc.selected if not rules.generic]
    return [rules for rules, _ in doc.selected]
