"""Pipeline: the stages a rule file declares, run in order over a Document."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .document import Document
from .kinds import decide_kind, forced_kind
from .rulefile import RuleError, RuleSet, selected
from .schema import KINDS
from .stages.base import Stage, lookup, stage_problems


def make_stage(spec: dict) -> Stage:
    """Build a stage from its declaration, e.g. ``{name = "unicode", fold_typography = true}``."""
    problems = stage_problems(spec)
    if problems:
        raise RuleError([p if p.startswith("pipeline:") else f"pipeline: {p}" for p in problems])
    options = dict(spec)
    cls = lookup(options.pop("name"))
    kinds = options.pop("kinds", None)
    read_from = options.pop("skip_read_from", None)
    name = spec["name"]
    try:
        step = cls(**options)
    except (TypeError, ValueError) as exc:
        raise RuleError([f"pipeline: stage {name!r}: {exc}"]) from None
    if kinds is not None:
        step.kinds = frozenset(kinds)  # the kinds of text it runs for; read by Pipeline.run
    if read_from is not None:
        step.skip_read_from = frozenset(read_from)  # inputs it leaves alone, by how they were read
    return step


@dataclass
class Result:
    text: str
    report: dict
    document: Document


class Pipeline:
    """Stages in order, with the rule files they read."""

    def __init__(self, stages: list[Stage], rules: RuleSet | None = None):
        self.stages = stages
        self.rules = rules or RuleSet()

    @classmethod
    def default(cls, rules: list[str | Path] = (), *, site_rules: bool = True,
                texts: list[tuple[str, str]] = ()) -> "Pipeline":
        """The pipeline that ``rules/default.toml`` declares, with the built-in and given rule files
        (a list of paths, or one path: ``Pipeline.default("my-site.toml")``), and rule files given
        as text, ``texts=[("my-site.toml", toml_text)]``, applied after them."""
        ruleset = RuleSet.load(rules, site_rules=site_rules, texts=texts)
        if not ruleset.pipeline:
            raise RuleError(["rules/default.toml:1: no [pipeline] declared in the rule files"])
        return cls([make_stage(spec) for spec in ruleset.pipeline], ruleset)

    @classmethod
    def from_names(cls, names: list[str | dict], rules: list[str | Path] = (), *,
                   site_rules: bool = True) -> "Pipeline":
        """The named stages in the order given, with the built-in and given rule files.

        A name takes the options its first declaration in the rule files' ``[pipeline]`` gives
        it (``rules/default.toml``: ``dehyphenate`` with ``lang = "en"``), so that a few stages
        run here as they run in the whole pipeline; a declaration such as ``{"name": "unicode",
        "fold_typography": True}`` sets them itself.

        >>> Pipeline.from_names(["dehyphenate", "reflow"]).run("The ferry met the incur-\\nsion of the sea at noon, and the\\ngulls followed it out of the bay.\\n").text
        'The ferry met the incursion of the sea at noon, and the gulls followed it out of the bay.\\n'
        """
        ruleset = RuleSet.load(rules, site_rules=site_rules)
        declared: dict[str, dict] = {}
        for spec in ruleset.pipeline:
            declared.setdefault(spec["name"], spec)
        specs = [name if isinstance(name, dict) else declared.get(name, {"name": name}) for name in names]
        return cls([make_stage(spec) for spec in specs], ruleset)

    def run(self, data: str | bytes, source: str = "<input>", *, kind: str | None = None) -> Result:
        """Clean one document. ``kind`` (``"web"``, ``"markdown"``, ``"page"``, ``"prose"``) says what
        kind of text it is, instead of telling it from the text (rules/kinds.toml); the stages a
        ``[pipeline]`` declares for other kinds only are left out.

        >>> Pipeline.default().run("Ferry to resume\\n", kind="web").report["kind"]
        'web'
        """
        from .report import build_report

        if kind is not None and kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r} (kinds: {', '.join(KINDS)})")
        forced = kind or forced_kind(self.rules)
        if isinstance(data, (bytes, bytearray)):
            doc = Document(source=source, data=bytes(data))
        elif isinstance(data, str):
            doc = Document.from_text(data, source)
        else:
            raise TypeError(f"Pipeline.run() takes the text as str, or as bytes to be decoded, "
                            f"not {type(data).__name__}")
        doc.rules = self.rules
        for step in self.stages:
            # The site files that apply are chosen once, from the decoded text, before any other
            # stage runs: every stage sees the same choice, whichever asks first.
            if doc.selected is None and step.name != "decode":
                selected(doc)
                decide_kind(doc, forced)  # the kind is told from the same decoded text
            kinds = getattr(step, "kinds", None)
            if kinds is not None and doc.kind not in kinds:
                continue
            if doc.encoding in getattr(step, "skip_read_from", ()):
                continue
            doc = step(doc)
        if doc.kind is None:
            decide_kind(doc, forced)
        return Result(doc.text, build_report(doc), doc)

    def load(self) -> "Pipeline":
        """Load now what stages would load when a document first needs it (a stage's ``load()``),
        e.g. before forking workers that should share it rather than each load their own."""
        for step in self.stages:
            load = getattr(step, "load", None)
            if load is not None:
                load()
        return self

    def stage(self, name: str) -> Stage:
        for step in self.stages:
            if step.name == name:
                return step
        raise KeyError(name)
