"""One pipeline per process, built on first use: from rule file paths, or from rule files as text."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable

from .pipeline import Pipeline
from .rulefile import find_files, read_rule_file

# Building a pipeline compiles every rule file and, on first need, loads the language profiles:
# about a second. A process builds each one once and keeps it.
_PIPELINES: dict[tuple, Pipeline] = {}


def pipeline_for(rules: tuple[str, ...] = (), site_rules: bool = True) -> Pipeline:
    """The process's pipeline for these rule files, built on first use."""
    key = (tuple(str(r) for r in rules), site_rules)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline.default(list(rules), site_rules=site_rules)
    return _PIPELINES[key]


# ---------------------------------------------------------------------------------------------
# Rule files as text, for workers that share no file system with the driver (Dask, Spark, Ray).

# A rule bundle: the user's rule files as (name, TOML text) pairs, in the order they apply.
RuleBundle = tuple[tuple[str, str], ...]


def rule_bundle(rules: Iterable[str | Path] = ()) -> RuleBundle:
    """Read rule files and folders of them into text that pickles to any worker.

    Reading here, not on the workers, means a worker needs no copy of the files, and a broken
    file fails at once, where the graph is built, rather than in the middle of a cluster run.
    """
    bundle = []
    for item in rules:
        for path in find_files(item):
            bundle.append((str(path), read_rule_file(path)))
    bundle = tuple(bundle)
    pipeline_from_bundle(bundle, True)  # validates the rule files here (RuleError lists every problem)
    return bundle


_BUNDLED: dict[tuple[str, bool], Pipeline] = {}


def pipeline_from_bundle(bundle: RuleBundle, site_rules: bool) -> Pipeline:
    """This process's pipeline for a rule bundle, built on first use."""
    key = (hashlib.sha256(repr(bundle).encode("utf-8")).hexdigest(), site_rules)
    if key not in _BUNDLED:
        _BUNDLED[key] = Pipeline.default(texts=list(bundle), site_rules=site_rules)
    return _BUNDLED[key]


def pipelines_built() -> int:
    """How many pipelines this process has built from rule bundles; for checks and monitoring."""
    return len(_BUNDLED)
