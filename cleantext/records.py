"""Records and documents cleaned one by one: the one record policy, and what the command line makes of each input.

A record is a JSON object (a dict) whose text field is cleaned; every way of cleaning records
(``cleantext --jsonl``, ``cleantext.dask``, ``clean_records`` for Spark, Ray or any map) goes
through :func:`clean_record`, so they clean alike and fail alike (docs/CONTRACT.md, "Records").
"""
from __future__ import annotations

import json
import os
from typing import Iterable

from .files import TooLargeError, read_bounded
from .pipeline import Pipeline, Result
from .pipelines import RuleBundle, pipeline_from_bundle
from .rulefile import RuleError
from .stages.decode import UndecodableError


def clean_record(pipeline: Pipeline, record: dict, *, text_field: str = "text",
                 source: str = "<record>", path_field: str | None = None) -> tuple[dict, Result | None]:
    """A copy of ``record`` with its text cleaned and the report under "cleantext", and the pipeline's result.

    The one error policy: a record that cannot be cleaned (no string or bytes ``text_field``, a
    stage that fails on it, rules that run away on it) comes back as it was, with
    ``"cleantext": {"error": "..."}`` and no result. It is never dropped and never stops the
    records after it; whoever holds the output can select the marked ones. ``record`` itself is
    not changed.

    With ``path_field``, the document is the file that field names (a PDF or text, by its bytes;
    a relative path from the current folder), and its clean text is written to ``text_field``; a
    file that cannot be read marks the record as above.

    >>> pipeline = Pipeline.from_names(["unicode"])
    >>> clean_record(pipeline, {"id": 7, "text": "cafe\\u0301"})[0]["text"]   # composed, and a final line end
    'caf\u00e9\\n'
    >>> clean_record(pipeline, {"id": 8, "body": "no text here"})
    ({'id': 8, 'body': 'no text here', 'cleantext': {'error': "no string field 'text'"}}, None)
    """
    if text_field == "cleantext":
        raise ValueError("text_field cannot be 'cleantext': the report is written under that name")
    out = dict(record)
    if path_field is not None:
        text = _read_named(record.get(path_field), path_field)
        if isinstance(text, str):  # why it could not be read
            out["cleantext"] = {"error": text}
            return out, None
    else:
        text = record.get(text_field)
    if not isinstance(text, (str, bytes)):
        out["cleantext"] = {"error": f"no string field {text_field!r}"}
        return out, None
    try:
        result = pipeline.run(text, source)
    except UndecodableError as exc:  # bytes that are no text: binary, a scan, an encrypted PDF
        out["cleantext"] = {"error": str(exc)}
        return out, None
    except RuleError as exc:  # a rule that ran away on this record
        out["cleantext"] = {"error": "not cleaned: " + "; ".join(exc.problems)}
        return out, None
    except Exception as exc:  # one bad document must not stop a corpus run or lose its neighbours
        out["cleantext"] = {"error": f"could not be cleaned ({type(exc).__name__}: {exc})"}
        return out, None
    out[text_field] = result.text
    out["cleantext"] = {k: v for k, v in result.report.items() if k != "source"}
    return out, result


def _read_named(path, field: str) -> bytes | str:
    """The bytes of the file ``path`` names, or why there are none (a string)."""
    if not isinstance(path, str) or not path:
        return f"no string field {field!r}"
    try:
        if os.path.exists(path) and not (os.path.isfile(path) or os.path.isdir(path)):
            return f"{path}: not a regular file (a pipe or a device; from the field {field!r})"
        with open(path, "rb") as file:
            return read_bounded(file)
    except FileNotFoundError:
        return f"{path}: no such file (from the field {field!r})"
    except IsADirectoryError:
        return f"{path}: is a folder, not a file (from the field {field!r})"
    except (OSError, TooLargeError) as exc:
        return f"{path}: cannot be read ({getattr(exc, 'strerror', None) or exc}; from the field {field!r})"


def clean_records(records: Iterable[dict], bundle: RuleBundle = (), *, text_field: str = "text",
                  site_rules: bool = True, path_field: str | None = None) -> list[dict]:
    """Each record through :func:`clean_record` with this process's pipeline for ``bundle``
    (``path_field``: each record names its file there, as ``cleantext --jsonl --path-field``).

    What ``cleantext --jsonl`` writes for the same records and rule files; for Dask, Spark,
    Ray, or any engine that maps a function over partitions or batches (docs/scale.md).
    """
    pipeline = pipeline_from_bundle(bundle, site_rules)
    return [clean_record(pipeline, record, text_field=text_field, source=str(record.get("id", "<record>")),
                         path_field=path_field)[0] for record in records]


# ---------------------------------------------------------------------------------------------
# What the command line makes of one input: plain data, sent back from a worker to the writer.


class Outcome:
    """What one document came to: the bytes to write (or None), its report, what to tell the user.

    ``failed``: the run ends with exit status 1 for it. A skipped line has nothing to write; a
    record marked with an error is written (``marked``) and fails the run all the same.
    """

    __slots__ = ("out", "report", "messages", "explained", "failed", "marked")

    def __init__(self, out=None, report=None, messages=(), explained=(), failed=False, marked=False):
        self.out, self.report, self.messages = out, report, list(messages)
        self.explained, self.failed, self.marked = list(explained), failed, marked


def jsonl_line(pipeline: Pipeline, raw: bytes, where: str, text_field: str, explain: bool,
               keep_skipped: bool = False, path_field: str | None = None) -> Outcome:
    """Clean one line of JSON Lines input; a bad line is an Outcome with a message, never an exception.

    A line that is not a JSON object, or whose record cannot be written back as JSON (a lone
    surrogate in any field, nesting a thousand deep, an integer of thousands of digits), is no
    record: it is named and left out. A record that cannot be cleaned is written as
    :func:`clean_record` marks it, and named. Either way its neighbours are cleaned.
    ``keep_skipped`` (a file replaced in place): a line that is no record is written back as it
    was instead of being left out, so that replacing the file loses nothing.
    """
    kept = (raw if raw.endswith(b"\n") else raw + b"\n") if keep_skipped else None
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return _skipped(kept, where, f"not a JSON object: {exc}")
    except RecursionError:
        return _skipped(kept, where, "nested too deeply to read")
    except ValueError as exc:  # e.g. an integer longer than Python converts (4,300 digits)
        return _skipped(kept, where, f"cannot be read: {str(exc).split('; use sys.')[0]}")
    if not isinstance(record, dict):
        return _skipped(kept, where, "not a JSON object")
    record, result = clean_record(pipeline, record, text_field=text_field, source=where, path_field=path_field)
    try:
        out = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError as exc:
        # A lone surrogate ("\udc00") decodes in Python but is not text: UTF-8 cannot hold it.
        return _skipped(kept, where, f"holds a lone surrogate {exc.object[exc.start]!a}, which UTF-8 cannot write")
    except (RecursionError, ValueError) as exc:
        return _skipped(kept, where, f"cannot be written back as JSON ({type(exc).__name__}: {exc})")
    if result is None:
        problem = record["cleantext"]["error"]
        hint = (" (see --path-field)" if path_field else " (see --text-field)") if problem.startswith("no string field") else ""
        return Outcome(out, messages=[f'{where}: {problem}; written as it was, with "cleantext": {{"error": ...}}'
                                      + hint], failed=True, marked=True)
    return _cleaned(out, result, where, explain)


def _skipped(kept: bytes | None, where: str, reason: str) -> Outcome:
    if kept is not None:
        return Outcome(kept, messages=[f"{where}: {reason}; kept as it was"], failed=True)
    return Outcome(messages=[f"{where}: {reason}; line skipped"], failed=True)


def text_document(pipeline: Pipeline, data: bytes, source: str, explain: bool) -> Outcome:
    """Clean one whole text document; one that cannot be cleaned is named, and nothing written for it."""
    try:
        result = pipeline.run(data, source)
    except UndecodableError as exc:
        return Outcome(messages=[f"{source}: {exc}"], failed=True)
    except RuleError as exc:  # a rule that ran away on this document
        return Outcome(messages=[f"{source}: not cleaned: " + "; ".join(exc.problems)], failed=True)
    except Exception as exc:
        return Outcome(messages=[f"{source}: could not be cleaned ({type(exc).__name__}: {exc}); skipped"],
                       failed=True)
    try:
        out = result.text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return Outcome(messages=[f"{source}: the clean text holds a lone surrogate {exc.object[exc.start]!a}, "
                                 "which UTF-8 cannot write; skipped"], failed=True)
    return _cleaned(out, result, source, explain)


def _cleaned(out: bytes, result: Result, source: str, explain: bool) -> Outcome:
    from .report import explain as explain_lines

    return Outcome(out, result.report, messages=_emptied(result, source, explain),
                   explained=explain_lines(result.document) if explain else ())


def _emptied(result: Result, source: str, explain: bool) -> list[str]:
    """A document whose every line a rule removed is said on standard error, not only in the report."""
    if explain or result.text.strip() or not result.document.removed:
        return []  # --explain says it already, with every removal
    rules = sorted({removal.rule for removal in result.document.removed})
    return [f"{source}: warning: the whole document was removed (by {', '.join(rules)}); see --explain"]
