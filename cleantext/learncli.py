"""`cleantext rules learn` as a command: pages read from files or JSON Lines, the learned rules
written as a rule file with examples, one file per site (the learning is in rulelearn.py)."""
from __future__ import annotations

import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

from .files import write_atomic
from .rulelearn import (BODY_MIN, EVIDENCE, EVIDENCE_SHARE, MIN_PAGES, SHARE, LearnError, Rule, learn,
                        match_patterns)


def _toml(s: str) -> str:
    return "'" + s + "'" if "'" not in s and "\n" not in s else json.dumps(s, ensure_ascii=False)


def render(name: str, rules: list[Rule], pages: list[list[str]], match: list[str], outputs: list[str] | None = None) -> str:
    out = [f"# Learned from {len(pages)} pages of {name} by cleantext rules learn: review every rule,",
           f"# then: cleantext rules test {name}.toml", "", "[site]", f'name = "{name}"',
           "match = [" + ", ".join(_toml(m) for m in match) + "]", ""]
    body = next((line for lines in pages for line in lines if len(line) >= BODY_MIN), "")
    examples = []
    for k, rule in enumerate(rules, 1):
        out.append("[[furniture]]  # learned lines run together" if rule.together else
                   f"[[furniture]]  # seen on {len(rule.pages)} of {len(pages)} pages")
        out.append(f'id = "learned-{"block" if rule.start else "mark" if rule.mark else "together" if rule.together else "line"}-{k}"')
        out.append(f'class = "{"widget" if rule.start else "markup" if rule.mark else "other"}"')
        if rule.start:
            out += [f"start = {_toml(rule.start)}", f"end = {_toml(rule.end)}"]
            if rule.max_lines:
                out.append(f"max_lines = {rule.max_lines}")
            text = "\n".join(rule.block)
        elif rule.mark:
            out.append(f"mark = {_toml(rule.pattern)}")
            text = rule.sample
        else:
            out.append(f"pattern = {_toml(rule.pattern)}")
            text = rule.sample
        out += [f'where = "{rule.where}"', ""]
        examples.append(f"{text}\n\n{body}\n" if rule.where == "head" else f"{body}\n\n{text}\n")
    examples.append(f"{body}\n")
    for k, text in enumerate(examples):
        got = outputs[k] if outputs else text
        out += ["[[examples]]" + ("  # article text kept" if k == len(examples) - 1 else ""),
                f"input = {json.dumps(text, ensure_ascii=False)}", f"output = {json.dumps(got, ensure_ascii=False)}", ""]
    return "\n".join(out)


def write_rules(name: str, rules: list[Rule], pages: list[list[str]], match: list[str], path: Path, force: bool,
                inputs: list[str] = ()) -> None:
    """Write the file atomically, with each example's output as the pipeline gives it.

    ``inputs``: the files and folders the pages came from; a path among them is refused, forced or not.
    """
    from .ruletest import run_examples

    if path.exists() and any(_is_within(path, Path(name)) for name in inputs):
        raise LearnError(f"{path} would overwrite an input; not written")
    if path.exists() and not force:
        raise LearnError(f"{path} exists; not overwritten (--force to replace it)")
    path.parent.mkdir(parents=True, exist_ok=True)
    # The examples' outputs come from running the file as first written, from a scratch copy.
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / path.name
        trial.write_text(render(name, rules, pages, match), encoding="utf-8")
        outputs = [o.got for o in run_examples(trial)]
    write_atomic(path, render(name, rules, pages, match, outputs).encode("utf-8"))


def _is_within(path: Path, name: Path) -> bool:
    """Whether ``path`` is the file ``name`` or a file in the folder ``name``."""
    try:
        return path.samefile(name) or name.is_dir() and path.resolve().is_relative_to(name.resolve())
    except OSError:
        return False


def read_pages(inputs: list[str], jsonl: bool, text_field: str, site_field: str | None) -> list[tuple[str, str]]:
    """(site key, text) for each page: a file, every .txt file of a folder, or a JSON Lines record."""
    found = []
    for name in inputs:
        path = Path(name)
        if not path.exists():
            raise LearnError(f"{path}: no such file or folder")
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if not jsonl:
                found.append(("", file.read_text(encoding="utf-8", errors="replace")))
                continue
            with open(file, encoding="utf-8") as f:
                for n, raw in enumerate(f, 1):
                    if not raw.strip():
                        continue
                    try:
                        record = json.loads(raw)
                        text = record[text_field]
                    except (ValueError, KeyError, TypeError) as exc:
                        raise LearnError(f"{file}:{n}: not a JSON record with a {text_field!r} field ({exc})")
                    key = str(record.get(site_field, "")) if site_field else ""
                    if site_field and "://" in key:
                        key = urlsplit(key).hostname or ""
                    found.append((key.removeprefix("www."), text))
    return found


def main(args, kebab) -> int:
    """The command; ``kebab`` writes a site's name as a rule file wants it."""
    try:
        pages = read_pages(args.pages, args.jsonl, args.text_field, args.site_field)
        if args.out_dir is None:
            if not args.site:
                raise LearnError("--site NAME is needed (or --site-field with --out-dir)")
            name = kebab(args.site)
            rules, lines = learn([t for _, t in pages], share=args.share, min_pages=args.min_pages, evidence=args.evidence)
            match = match_patterns(rules, [t for _, t in pages])
            if not rules:
                raise LearnError(f"nothing repeats on {args.share:.0%} of the {len(pages)} pages; no rule file written")
            if not match:
                raise LearnError(f"no line of its own is on 90% of the {len(pages)} pages to choose the file by; "
                                 "no rule file written")
            path = Path(args.out or f"{name}.toml")
            write_rules(name, rules, lines, match, path, args.force, args.pages)
            print(f"{path}: {len(rules)} rules from {len(lines)} pages; review it, then: cleantext rules test {path}")
            return 0
        by_site: dict[str, list[str]] = defaultdict(list)
        for key, text in pages:
            by_site[key or "unknown"].append(text)
        for site, texts in sorted(by_site.items()):
            if len(texts) < args.min_pages:
                print(f"{site}: {len(texts)} pages, fewer than {args.min_pages}; skipped")
                continue
            others = [t for s, ts in by_site.items() if s != site for t in ts]
            rules, lines = learn(texts, share=args.share, min_pages=args.min_pages, evidence=args.evidence)
            match = match_patterns(rules, texts, others)
            if not rules or not match:
                print(f"{site}: {len(texts)} pages, no rule that sets it apart; skipped")
                continue
            path = Path(args.out_dir) / f"{kebab(site)}.toml"
            write_rules(kebab(site), rules, lines, match, path, args.force, args.pages)
            print(f"{site}: {len(rules)} rules from {len(lines)} pages -> {path}")
        return 0
    except LearnError as exc:
        print(f"cleantext rules learn: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"cleantext rules learn: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2


def add_parser(sub) -> None:
    p = sub.add_parser("learn", allow_abbrev=False,
                       help="write a site rule file from many pages of the site, for a person to review")
    p.add_argument("pages", nargs="+", metavar="PAGES", help="text files, folders of them, or JSON Lines (--jsonl)")
    p.add_argument("--site", help="the site's name (one site)")
    p.add_argument("--out", help="where to write the file (default: SITE.toml)")
    p.add_argument("--out-dir", help="a whole corpus: one file per site, grouped by --site-field")
    p.add_argument("--jsonl", action="store_true", help="the inputs are JSON Lines, one page a record")
    p.add_argument("--text-field", default="text", help="the record's text field (default: text)")
    p.add_argument("--site-field", help="the field naming the site: its host if it holds a URL")
    p.add_argument("--share", type=float, default=SHARE,
                   help=f"share of pages a line must be on to be learned (default {SHARE})")
    p.add_argument("--evidence", type=int, default=EVIDENCE,
                   help=f"or on at least this many pages whose articles differ, and {EVIDENCE_SHARE * 100:.0f}%% of them "
                        f"(default {EVIDENCE}; 0: the share alone)")
    p.add_argument("--min-pages", type=int, default=MIN_PAGES, help=f"fewest pages of a site (default {MIN_PAGES})")
    p.add_argument("--force", action="store_true", help="overwrite an existing rule file")
