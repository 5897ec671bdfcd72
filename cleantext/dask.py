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

import json
from pathlib import Path
from typing import Sequence

from .pipelines import RuleBundle, pipelines_built, rule_bundle
from .records import clean_records

__all__ = ["clean_bag", "clean_dataframe", "clean_records", "pipelines_built", "rule_bundle", "RuleBundle"]


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
