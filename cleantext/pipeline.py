"""The stage protocol, the stage registry, and Pipeline: stages run in order over a Document."""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Protocol

from .document import Document
from .rulefile import RuleError, RuleSet


class Stage(Protocol):
    name: str

    def __call__(self, doc: Document) -> Document: ...


STAGES: dict[str, type] = {}


def stage(name: str) -> Callable[[type], type]:
    """Register a stage class under the name a pipeline declaration uses."""

    def register(cls: type) -> type:
        cls.name = name
        STAGES[name] = cls
        return cls

    return register


def make_stage(spec: dict) -> Stage:
    """Build a stage from its declaration, e.g. ``{name = "unicode", fold_typography = true}``."""
    importlib.import_module("cleantext.stages")  # registers the built-in stages
    options = dict(spec)
    name = options.pop("name")
    if name not in STAGES:
        known = ", ".join(sorted(STAGES))
        raise RuleError([f"pipeline: unknown stage {name!r} (known stages: {known})"])
    try:
        return STAGES[name](**options)
    except TypeError as exc:
        raise RuleError([f"pipeline: stage {name!r}: {exc}"]) from None


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
    def default(cls, rules: list[str | Path] = (), *, site_rules: bool = True) -> "Pipeline":
        """The pipeline that ``rules/default.toml`` declares, with the built-in and given rule files."""
        ruleset = RuleSet.load(list(rules), site_rules=site_rules)
        if not ruleset.pipeline:
            raise RuleError(["rules/default.toml:1: no [pipeline] declared in the rule files"])
        return cls([make_stage(spec) for spec in ruleset.pipeline], ruleset)

    def run(self, data: str | bytes, source: str = "<input>") -> Result:
        from .report import build_report

        if isinstance(data, bytes):
            doc = Document(source=source, data=data)
        else:
            doc = Document.from_text(data, source)
        doc.rules = self.rules
        for step in self.stages:
            doc = step(doc)
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
