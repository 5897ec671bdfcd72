"""Run the examples a rule file carries through the default pipeline with that file selected."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

import regex

from .pipeline import Pipeline, make_stage
from .rulefile import Example, RuleSet, load

# A site file's examples need not hold its match: it is selected by a pattern that matches any
# text, and stays a site file, whose rules take lines before the generic ones as on its pages.
ANY_TEXT = regex.compile("")


@dataclass
class Outcome:
    id: str  # "site:example-N"
    path: str
    line: int
    example: Example
    got: str
    fired: list[str]  # the ids of the rules that removed something
    report: dict | None = None

    @property
    def passed(self) -> bool:
        return self.got == self.example.output

    @property
    def ok(self) -> bool:
        """Passed, or failed where the file says it is a known gap (expect = "fail")."""
        return self.passed == (self.example.expect != "fail")


def run_examples(path: str | Path, *, builtin: RuleSet | None = None) -> list[Outcome]:
    """Clean each example of the file with the built-in rules plus this file, forced on, through
    the same stages as a page read from a file."""
    rules = load(path)
    builtin = builtin or RuleSet.load()
    here = Path(path).resolve()
    others = [f for f in builtin.files if Path(f.path).resolve() != here]
    forced = rules if rules.generic else dataclasses.replace(rules, match=[ANY_TEXT], match_lines=[1])
    stages = rules.pipeline or builtin.pipeline
    pipeline = Pipeline([make_stage(spec) for spec in stages], RuleSet(others + [forced], stages))
    outcomes = []
    for n, example in enumerate(rules.examples, 1):
        # As bytes, as a page comes from a file: every stage runs, decode included.
        result = pipeline.run(example.input.encode("utf-8"), f"{path}:{example.line}")
        fired = [removal.rule for removal in result.document.removed]
        outcomes.append(Outcome(f"{rules.name}:example-{n}", str(path), example.line, example, result.text, fired,
                                result.report))
    return outcomes
