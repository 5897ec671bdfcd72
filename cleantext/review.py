"""`cleantext review`: one static HTML page showing what a run removed and changed, in place.

The page needs nothing but itself (inline CSS, no script), so it opens from disk offline.
Every text from a document is HTML-escaped.
"""
from __future__ import annotations

import argparse
import html
import json
import sys
from collections import Counter
from pathlib import Path

from .files import write_atomic
from .rulefile import RuleError

DEFAULT_MAX_DOCS = 200  # past a few hundred documents one page becomes slow to open and to read

USAGE = """\
write one static HTML page (no network needed to open it) showing, for each document, the
removed lines struck through in place and coloured by class with the rule id beside each, the
changed lines with old and new text, and guard refusals flagged; a summary at the top counts
removals by rule and by class, lists the documents with the most removed and the languages.
Large runs: the summary counts every document, but only the --max-docs documents with the most
removed lines are shown in full (default %d), in that order.""" % DEFAULT_MAX_DOCS

CSS = """
body{font:14px/1.45 sans-serif;margin:1.5em;color:#222}
pre,.line{font-family:monospace;white-space:pre-wrap;word-break:break-word}
table{border-collapse:collapse;margin:.3em 0 1em}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}
.doc{border-top:2px solid #888;margin-top:1.5em}
.line{margin:0;padding:0 4px}
del.line{display:block;text-decoration:line-through}
.rule{font:12px monospace;color:#555;margin-left:1em;text-decoration:none;display:inline-block}
.changed{background:#fff6cc}.old{color:#a00;text-decoration:line-through}.new{color:#060}
.refused{background:#fdd;border:1px solid #c00;padding:4px;font-weight:bold}
.c-header{background:#e6f0ff}.c-footer{background:#eee6ff}.c-banner{background:#ffe6e6}
.c-widget{background:#e6fff0}.c-appeal{background:#fff0e0}.c-caption{background:#f0f0d0}
.c-page-number{background:#e0f8f8}.c-language-label{background:#eef}.c-contact{background:#efe}
.c-other{background:#f2f2f2}
"""
KNOWN_CLASSES = {"header", "footer", "banner", "widget", "appeal", "caption", "page-number",
                 "language-label", "contact"}


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cleantext review", description=USAGE, allow_abbrev=False,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="text files or folders of them")
    parser.add_argument("--out", required=True, metavar="FILE", help="the HTML page to write")
    parser.add_argument("--rules", action="append", default=[], metavar="PATH",
                        help="extra rule file(s), as for cleaning (repeatable)")
    parser.add_argument("--no-site-rules", action="store_true", help="the generic rules only")
    parser.add_argument("--jsonl", action="store_true",
                        help="inputs are JSON Lines: one record a line with a 'text' field "
                             "(named by 'id' or 'url' if present)")
    parser.add_argument("--max-docs", type=int, default=DEFAULT_MAX_DOCS, metavar="N",
                        help="show in full only the N documents with the most removed lines "
                             f"(default {DEFAULT_MAX_DOCS}); the summary counts all")
    return parser.parse_args(argv)


def read_inputs(inputs: list[str], jsonl: bool):
    """(source name, data) for each document; raises ValueError naming the file and line."""
    for name in inputs:
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            try:
                data = file.read_bytes()
            except OSError as exc:
                raise ValueError(f"{file}: cannot read: {exc.strerror or exc}") from None
            if not jsonl:
                yield str(file), data
                continue
            for number, line in enumerate(data.decode("utf-8", "replace").split("\n"), 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    text = record["text"]
                except (ValueError, KeyError, TypeError):
                    raise ValueError(f"{file}:{number}: not a JSON object with a 'text' field") from None
                if not isinstance(text, str):
                    raise ValueError(f"{file}:{number}: 'text' is not a string")
                yield f"{file}:{record.get('id') or record.get('url') or number}", text


def _class(cls: str) -> str:
    return "c-" + (cls if cls in KNOWN_CLASSES else "other")


def render_document(doc) -> str:
    """One document: its input lines in order, removed ones struck through, changed ones marked."""
    esc = html.escape
    removed_at = {}
    for r in doc.removed:
        for n in range(r.lines[0], r.lines[1] + 1):
            removed_at[n] = r
    changed_at: dict[int, list] = {}
    for c in doc.changes:
        changed_at.setdefault(c.lines[0], []).append(c)
    parts = [f'<section class="doc"><h2>{esc(doc.source)}</h2>',
             f"<p>{len(doc.removed)} removals, {len(doc.changes)} changes; "
             f"language {esc(str(doc.language or 'und'))}</p>"]
    for warning in doc.warnings:
        parts.append(f'<p class="refused">⚠ {esc(warning)}</p>')
    for n, text in enumerate(doc.raw_lines, 1):
        r = removed_at.get(n)
        if r is not None:
            parts.append(f'<del class="line {_class(r.cls)}" title="{esc(r.cls)}">{esc(text) or " "}'
                         f'<span class="rule">[{esc(r.cls)} · {esc(r.rule)}]</span></del>')
        else:
            parts.append(f'<p class="line">{esc(text) or " "}</p>')
        for c in changed_at.get(n, []):
            what = f" ({c.what})" if c.what else ""
            parts.append(f'<div class="line changed">changed by {esc(c.stage)}{esc(what)}: '
                         f'<span class="old">{esc(c.before)}</span> → '
                         f'<span class="new">{esc(c.after)}</span></div>')
    parts.append("</section>")
    return "\n".join(parts)


def render_page(docs: list, max_docs: int = DEFAULT_MAX_DOCS) -> str:
    esc = html.escape
    by_rule = Counter(r.rule for d in docs for r in d.removed)
    by_class = Counter(r.cls for d in docs for r in d.removed)
    langs = Counter(str(d.language or "und") for d in docs)
    lines_removed = {id(d): sum(r.lines[1] - r.lines[0] + 1 for r in d.removed) for d in docs}
    ranked = sorted(docs, key=lambda d: -lines_removed[id(d)])  # stable: input order on ties
    shown = ranked[:max_docs]
    refused = sum(1 for d in docs if d.warnings)

    def table(title: str, counts: Counter) -> str:
        rows = "".join(f"<tr><td>{esc(k)}</td><td>{v}</td></tr>" for k, v in counts.most_common())
        return f"<h3>{title}</h3><table><tr><th>name</th><th>count</th></tr>{rows}</table>"

    top = "".join(f'<tr><td><a href="#d{i}">{esc(d.source)}</a></td><td>{lines_removed[id(d)]}</td></tr>'
                  for i, d in enumerate(shown[:10]))
    summary = (f"<h1>cleantext review</h1><p id='totals'>{len(docs)} documents, "
               f"{sum(by_rule.values())} removals, {sum(len(d.changes) for d in docs)} changes, "
               f"{refused} with warnings (guard refusals)</p>"
               f"{table('Removals by rule', by_rule)}{table('Removals by class', by_class)}"
               f"<h3>Documents with the most removed lines</h3><table><tr><th>document</th>"
               f"<th>lines removed</th></tr>{top}</table>{table('Languages', langs)}")
    if len(docs) > len(shown):
        summary += (f"<p><b>Showing {len(shown)} of {len(docs)} documents</b> (those with the most "
                    f"removed lines; raise --max-docs to see more).</p>")
    body = "\n".join(render_document(d).replace('<section class="doc">', f'<section class="doc" id="d{i}">', 1)
                     for i, d in enumerate(shown))
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>cleantext review</title>"
            f"<style>{CSS}</style></head><body>\n{summary}\n{body}\n</body></html>\n")


def main(argv: list[str]) -> int:
    from .pipelines import pipeline_for

    args = parse_args(argv)
    out = Path(args.out)
    if args.max_docs < 1:
        print("cleantext review: --max-docs must be at least 1", file=sys.stderr)
        return 2
    for name in args.inputs:
        path = Path(name)
        if not path.exists():
            print(f"cleantext review: {name}: no such file or folder", file=sys.stderr)
            return 2
        if out.exists() and (out.resolve() == path.resolve() or out.resolve().is_relative_to(path.resolve())
                             and path.is_dir()):
            print(f"cleantext review: --out {out} would overwrite an input", file=sys.stderr)
            return 2
    if not out.parent.is_dir():
        print(f"cleantext review: --out {out}: folder {out.parent} does not exist", file=sys.stderr)
        return 2
    try:
        pipeline = pipeline_for(tuple(args.rules), not args.no_site_rules)
    except RuleError as exc:
        for problem in exc.problems:
            print(f"cleantext review: {problem}", file=sys.stderr)
        return 2
    try:
        docs = [pipeline.run(data, source).document for source, data in read_inputs(args.inputs, args.jsonl)]
    except ValueError as exc:
        print(f"cleantext review: {exc}", file=sys.stderr)
        return 2
    try:
        write_atomic(out, render_page(docs, args.max_docs).encode("utf-8"))
    except OSError as exc:
        print(f"cleantext review: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"cleantext review: {len(docs)} documents -> {out}", file=sys.stderr)
    return 0
