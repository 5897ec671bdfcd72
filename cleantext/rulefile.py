"""Load and validate rule files; every problem is reported with its file and line."""
from __future__ import annotations

import difflib
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import jsonschema
import regex

from .schema import SCHEMA

if sys.version_info >= (3, 11):
    import tomllib
else:  # tomllib is new in 3.11; tomli is the same parser, a dependency on 3.10
    import tomli as tomllib

# A pattern that runs longer than this on one line is a broken rule, not slow text.
REGEX_TIMEOUT = 1.0


class RuleError(Exception):
    """One or more problems in rule files, each as ``path:line: message``."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class RuleTimeoutError(RuleError):
    """A pattern ran past the time limit on some line: the rule, not the text, is at fault."""


@dataclass
class Furniture:
    id: str
    cls: str
    site: str
    where: str = "anywhere"
    pattern: regex.Pattern | None = None
    start: regex.Pattern | None = None
    end: regex.Pattern | None = None
    max_lines: int = 20
    line: int = 0  # where it is declared
    path: str = ""

    @property
    def rule_id(self) -> str:
        return f"{self.site}:{self.id}"


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
    disabled: set[str] = field(default_factory=set)
    examples: list[Example] = field(default_factory=list)
    pipeline: list[dict] | None = None
    data: dict = field(default_factory=dict)

    @property
    def generic(self) -> bool:
        return not self.match

    def matches(self, text: str) -> regex.Match | None:
        for pattern in self.match:
            literal = required_literal(pattern)
            if literal is not None and literal not in text:
                continue  # the pattern cannot match: no need to run it over the whole document
            found = pattern.search(text, timeout=REGEX_TIMEOUT)
            if found:
                return found
        return None


# What may stand around a literal in a pattern that required_literal() reads: inline flags other
# than (?i) at its start, and zero-width anchors.
_LEADING_FLAGS = regex.compile(r"^\(\?[msxuL]+\)")
_ANCHOR = regex.compile(r"\\[bBAZ]|[$^]")
_METACHARACTERS = set(".^$*+?{}[]|()\\")


@lru_cache(maxsize=1024)
def required_literal(pattern: regex.Pattern) -> str | None:
    r"""The text every match of ``pattern`` holds, when the pattern is a plain literal between
    anchors (the common site pattern: ``\bWSWS\b``, ``(?m)^www\.example\.com$``); else None.

    >>> required_literal(regex.compile(r"(?m)^www\.afgazad\.com$")), required_literal(regex.compile(r"\bWSWS\b"))
    ('www.afgazad.com', 'WSWS')
    >>> required_literal(regex.compile(r"wsws\.org|WSWS")) is None, required_literal(regex.compile(r"(?i)wsws")) is None
    (True, True)
    """
    if pattern.flags & (regex.IGNORECASE | regex.VERBOSE):
        return None
    source = _LEADING_FLAGS.sub("", pattern.pattern)
    literal, at = [], 0
    while at < len(source):
        anchor = _ANCHOR.match(source, at)
        if anchor:
            at = anchor.end()
        elif source[at] == "\\":
            escaped = source[at + 1 : at + 2]
            if not escaped or escaped.isalnum() or escaped.isspace():
                return None  # \d, \w, \1, \n ...: a class or a reference, not a character
            literal.append(escaped)
            at += 2
        elif source[at] in _METACHARACTERS:
            return None
        else:
            literal.append(source[at])
            at += 1
    return "".join(literal) or None


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


def _compile(pattern: str, problems: list[str], where: str) -> regex.Pattern | None:
    try:
        return regex.compile(pattern, regex.V0)
    except regex.error as exc:
        problems.append(f"{where}: bad regex {pattern!r}: {exc}")
        return None


def load(path: str | Path, *, shown: str | None = None) -> RuleFile:
    """Read one rule file; raise RuleError listing every problem in it."""
    path = Path(path)
    shown = shown or str(path)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError([f"{shown}:1: cannot read the rule file: {exc}"]) from None
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        found = regex.search(r"line (\d+)", str(exc))
        raise RuleError([f"{shown}:{found.group(1) if found else 1}: not valid TOML: {exc}"]) from None
    lines = _key_lines(source)
    problems = _schema_problems(data, lines, shown)
    if problems:
        raise RuleError(problems)

    site = data.get("site", {})
    name = site.get("name") or path.stem
    rules = RuleFile(str(path), name, language=site.get("language"),
                     refine=dict(site.get("refine", {})), data=data)
    for i, pattern in enumerate(site.get("match", [])):
        compiled = _compile(pattern, problems, f"{shown}:{_line_of(lines, ('site', 'match'))}: site match")
        if compiled is not None:
            rules.match.append(compiled)
    seen: dict[str, int] = {}
    for i, item in enumerate(data.get("furniture", [])):
        line = _line_of(lines, ("furniture", i))
        label = f'{shown}:{line}: furniture "{item["id"]}"'
        if item["id"] in seen:
            problems.append(f"{label}: duplicate id (first at line {seen[item['id']]})")
        seen[item["id"]] = line
        for alias in item.get("aliases", []):
            seen.setdefault(alias, line)
        if not item.get("enabled", True):
            rules.disabled.add(item["id"])
            continue
        has_pattern, has_block = "pattern" in item, "start" in item or "end" in item
        if has_pattern == has_block or (has_block and not ("start" in item and "end" in item)):
            problems.append(f"{label}: give either pattern, or both start and end")
            continue
        rule = Furniture(item["id"], item["class"], name, item.get("where", "anywhere"),
                         max_lines=item.get("max_lines", 20), line=line, path=shown)
        for key in ("pattern", "start", "end"):
            if key in item:
                setattr(rule, key, _compile(item[key], problems, f"{label}: {key}"))
        rules.furniture.append(rule)
    for i, item in enumerate(data.get("examples", [])):
        rules.examples.append(Example(item["input"], item["output"], item.get("expect", "pass"),
                                      _line_of(lines, ("examples", i))))
    if "pipeline" in data:
        rules.pipeline = data["pipeline"]["stages"]
    if problems:
        raise RuleError(problems)
    return rules


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
             builtin: bool = True) -> "RuleSet":
        """Load the built-in rules and the user's; all problems are collected and raised together."""
        paths: list[tuple[Path, str]] = []
        if builtin:
            base = builtin_dir()
            paths += [(p, f"rules/{p.relative_to(base).as_posix()}") for p in find_files(base)]
        problems: list[str] = []
        for item in extra:
            try:
                paths += [(p, str(p)) for p in find_files(item)]
            except RuleError as exc:
                problems += exc.problems
        ruleset = cls(site_rules=site_rules)
        for path, shown in paths:
            try:
                rules = load(path, shown=shown)
            except RuleError as exc:
                problems += exc.problems
                continue
            if rules.pipeline is not None:
                ruleset.pipeline = rules.pipeline  # a later file's pipeline replaces an earlier one
            ruleset.files.append(rules)
        if problems:
            raise RuleError(problems)
        return ruleset

    def select(self, text: str) -> list[tuple[RuleFile, str]]:
        """The files that apply to a document, each with why: "generic" or the match that fired."""
        chosen = []
        for rules in self.files:
            if rules.generic:
                if rules.furniture or rules.disabled or rules.refine or rules.language:
                    chosen.append((rules, "generic"))
            elif self.site_rules:
                found = rules.matches(text)
                if found:
                    chosen.append((rules, f"match {found.group(0)!r}"))
        return chosen

    def furniture(self, chosen: list[RuleFile]) -> list[Furniture]:
        """Furniture rules in application order; a later rule of the same id replaces or disables an earlier one."""
        by_id: dict[str, Furniture] = {}
        for rules in chosen:
            for rule_id in rules.disabled:
                by_id.pop(rule_id, None)
            for rule in rules.furniture:
                by_id.pop(rule.id, None)
                by_id[rule.id] = rule
        return list(by_id.values())


def selected(doc) -> list[RuleFile]:
    """The rule files that apply to a document, chosen once from its text and kept on it."""
    if doc.selected is None:
        ruleset = doc.rules if doc.rules is not None else RuleSet()
        doc.selected = ruleset.select("\n".join(line.text for line in doc.lines))
        doc.sites = [rules.name for rules, _ in doc.selected if not rules.generic]
    return [rules for rules, _ in doc.selected]
