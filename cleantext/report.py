"""Turn a Document into the JSON report (docs/CONTRACT.md) and into --explain lines."""
from __future__ import annotations

from .document import Document


def build_report(doc: Document) -> dict:
    blocks = [
        {"lines": list(line.span), "lang": line.lang or "und", "script": line.script or "Zyyy",
         "kept": line.kept}
        for line in doc.lines if not line.blank
    ]
    return {
        "source": doc.source,
        "encoding": doc.encoding,
        "encoding_confidence": doc.encoding_confidence,
        "language": doc.language,
        "sites": list(doc.sites),
        "blocks": blocks,
        "removed": [
            {"lines": list(r.lines), "text": r.text, "class": r.cls, "rule": r.rule,
             **({"reason": r.reason} if r.reason else {})}
            for r in doc.removed
        ],
        "changes": dict(doc.counters),
    }


def explain(doc: Document) -> list[str]:
    """What went and what changed, one line each, for a person reading standard error."""
    out = []
    for r in doc.removed:
        first, last = r.lines
        where = f"{first}" if first == last else f"{first}-{last}"
        text = r.text.replace("\n", " ⏎ ")
        out.append(f"{doc.source}:{where}: removed {r.cls} by {r.rule}: {_short(text)}")
    for c in doc.changes:
        first, last = c.lines
        where = f"{first}" if first == last else f"{first}-{last}"
        what = f" ({c.what})" if c.what else ""
        out.append(f"{doc.source}:{where}: {c.stage}{what}: {_short(c.before)!r} -> {_short(c.after)!r}")
    return out


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
