"""Turn a Document into the JSON report (docs/CONTRACT.md) and into --explain lines."""
from __future__ import annotations

import json

from .document import JOINED, Document


def build_report(doc: Document) -> dict:
    blocks = [
        {"lines": list(line.span), "lang": line.lang or "und", "script": line.script or "Zyyy",
         "confidence": line.confidence if line.confidence is not None else 0.0,
         "kept": line.removal is None}
        for line in doc.lines if not line.blank
    ]
    return {
        "source": doc.source,
        "encoding": doc.encoding,
        "encoding_confidence": doc.encoding_confidence,
        "language": doc.language,
        "kind": doc.kind,
        "sites": list(doc.sites),
        "blocks": blocks,
        "removed": [
            {"lines": list(r.lines), "text": r.text, "class": r.cls, "rule": r.rule,
             **({"reason": r.reason} if r.reason else {})}
            for r in sorted(doc.removed, key=lambda r: r.lines)
        ],
        "changes": dict(doc.counters),
        **({"warnings": list(doc.warnings)} if doc.warnings else {}),
    }


def explain(doc: Document) -> list[str]:
    """What went and what changed, one line each, for a person reading standard error."""
    out = []
    for r in doc.removed:
        text = r.text.replace("\n", " ⏎ ")
        out.append((r.lines, f"{doc.source}:{_where(r.lines)}: removed {r.cls} by {r.rule}: {_short(text)}"))
    for c in doc.changes:
        what = f" ({c.what})" if c.what else ""
        if JOINED in c.what:
            # a paragraph made of several lines: its beginning, and where each line ended
            shown = _short(c.before.replace("\n", " ⏎ "))
            out.append((c.lines, f"{doc.source}:{_where(c.lines)}: {c.stage}{what}: {shown!r}"))
            continue
        before, after = _excerpt(c.before, c.after)
        out.append((c.lines, f"{doc.source}:{_where(c.lines)}: {c.stage}{what}: {before!r} -> {after!r}"))
    notes = [f"{doc.source}: warning: {w}" for w in doc.warnings]
    if doc.kind is not None:
        notes.insert(0, f"{doc.source}: kind: {doc.kind} ({doc.kind_reason})")
    if doc.selected:
        # As `rules list --for` says it: a site file's rules take lines before the generic ones.
        chosen = [c for c in doc.selected if not c[0].generic] + [c for c in doc.selected if c[0].generic]
        order = ", ".join(f"{rules.name} ({why})" for rules, why in chosen)
        notes.insert(0, f"{doc.source}: rule files, in the order their rules take lines: {order}")
    return notes + [line for _, line in sorted(out, key=lambda item: item[0])]


def _where(lines) -> str:
    first, last = lines
    return f"{first}" if first == last else f"{first}-{last}"


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _excerpt(before: str, after: str, context: int = 15) -> tuple[str, str]:
    """The part of two long lines that differs, with a little context on each side.

    >>> _excerpt("the British *Economist* that", "the British Economist that", 4)
    ('…ish *Economist* tha…', '…ish Economist tha…')
    """
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end_b, end_a = len(before), len(after)
    while end_b > start and end_a > start and before[end_b - 1] == after[end_a - 1]:
        end_b, end_a = end_b - 1, end_a - 1
    lo = max(0, start - context)

    def cut(text: str, end: int) -> str:
        hi = min(len(text), end + context)
        return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")

    return cut(before, end_b), cut(after, end_a)


def json_line(obj, *, indent: int | None = None) -> bytes:
    """``obj`` as UTF-8 JSON and a line end; characters UTF-8 cannot hold are written as escapes.

    A file name that is not UTF-8 reaches Python as lone surrogates ("\\udcff" for the byte
    0xff); written as a JSON escape it reads back as the same name.

    >>> json_line({"source": "caf\\udce9.txt"})
    b'{"source": "caf\\\\udce9.txt"}\\n'
    >>> json_line({"source": "café.txt"})
    b'{"source": "caf\\xc3\\xa9.txt"}\\n'
    """
    try:
        return (json.dumps(obj, ensure_ascii=False, indent=indent) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(obj, indent=indent) + "\n").encode("ascii")
