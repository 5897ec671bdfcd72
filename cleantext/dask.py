"""Clean a corpus on a Dask cluster: a bag of JSON records or a dataframe column, one pipeline per worker.

    import json, dask.bag as db
    from cleantext.dask import clean_bag

    records = db.read_text("corpus/*.jsonl.gz").map(json.loads)
    clean_bag(records, rules=["my-site.toml"]).map(json.dumps).to_textfiles("clean/*.jsonl.gz")

The rule files are read once, where the graph is built, and travel inside the task graph as text:
workers need no shared file system. Each worker process builds its pipeline on first use and keeps
it for every later partition (see docs/scale.md). Dask is an optional extra:
``pip install 'cleantext[dask]'``.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path
from typing import Iterable, Sequence

from .pipeline import Pipeline
from .rulefile import find_files

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
            bundle.append((path.name, path.read_text(encoding="utf-8")))
    bundle = tuple(bundle)
    _pipeline(bundle, True)  # validates the rule files here (RuleError lists every problem)
    return bundle


_PIPELINES: dict[tuple[str, bool], Pipeline] = {}


def _pipeline(bundle: RuleBundle, site_rules: bool) -> Pipeline:
    """This process's pipeline for a rule bundle, built on first use."""
    key = (hashlib.sha256(repr(bundle).encode("utf-8")).hexdigest(), site_rules)
    if key not in _PIPELINES:
        # Each file in a folder of its own keeps its name (a file without [site] name is named
        # after it) and the order in which later files replace earlier rules.
        folder = Path(tempfile.mkdtemp(prefix="cleantext-rules-"))
        paths = []
        for i, (name, text) in enumerate(bundle):
            path = folder / f"{i:04d}" / name
            path.parent.mkdir()
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        try:
            _PIPELINES[key] = Pipeline.default(paths, site_rules=site_rules)
        finally:
            shutil.rmtree(folder, ignore_errors=True)  # the rules are compiled; the text is not read again
    return _PIPELINES[key]


def pipelines_built() -> int:
    """How many pipelines this process has built (one per rule bundle); for checks and monitoring."""
    return len(_PIPELINES)


def clean_records(records: Iterable[dict], bundle: RuleBundle = (), *, text_field: str = "text",
                  site_rules: bool = True) -> list[dict]:
    """Clean each record's text field, the report under "cleantext" as with ``cleantext --jsonl``.

    A record that cannot be cleaned is kept as it was, with ``"cleantext": {"error": ...}``, so
    that a partition never fails for one bad document and the bad ones can be selected later.
    """
    pipeline = _pipeline(bundle, site_rules)
    out = []
    for record in records:
        record = dict(record)
        text = record.get(text_field)
        if not isinstance(text, (str, bytes)):
            record["cleantext"] = {"error": f"no string field {text_field!r}"}
        else:
            try:
                result = pipeline.run(text, str(record.get("id", "<record>")))
            except Exception as exc:  # one bad document must not fail the partition
                record["cleantext"] = {"error": f"{type(exc).__name__}: {exc}"}
            else:
                record[text_field] = result.text
                record["cleantext"] = {k: v for k, v in result.report.items() if k != "source"}
        out.append(record)
    return out


def clean_bag(bag, *, rules: Sequence[str | Path] = (), text_field: str = "text", site_rules: bool = True):
    """A ``dask.bag.Bag`` of dicts, each with its ``text_field`` cleaned and its report under "cleantext"."""
    bundle = rule_bundle(rules)
    return bag.map_partitions(clean_records, bundle, text_field=text_field, site_rules=site_rules)


def _clean_frame(frame, bundle: RuleBundle, column: str, site_rules: bool):
    records = clean_records(({column: text} for text in frame[column]), bundle,
                            text_field=column, site_rules=site_rules)
    frame = frame.copy()
    frame[column] = [record[column] for record in records]
    frame["cleantext"] = [json.dumps(record["cleantext"], ensure_ascii=False) for record in records]
    return frame


def clean_dataframe(ddf, *, column: str = "text", rules: Sequence[str | Path] = (), site_rules: bool = True):
    """A ``dask.dataframe.DataFrame`` with ``column`` cleaned and a "cleantext" column of JSON reports.

    The report is a JSON string, not a nested object, so that every Parquet writer takes it.
    """
    bundle = rule_bundle(rules)
    meta = ddf._meta.assign(cleantext=ddf._meta[column])
    return ddf.map_partitions(_clean_frame, bundle, column, site_rules, meta=meta)
