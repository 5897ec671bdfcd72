"""`cleantext rules learn`: a site rule file from many pages of one site, for a person to review.

A site's template repeats on its pages; its article text does not. A line (after the stages that
come before furniture) becomes a rule when it is on at least ``share`` of the pages and outside
the body (before the first or after the last paragraph of ``body_min_chars``), or, said exactly,
anywhere. Digits become ``\\d+``; short head or tail lines that keep their first word and their
length while other words change (dates, author names, sections) become patterns with ``\\S+``. A
box between two learned lines whose content changes from page to page becomes a block rule,
unless its lines read like running text.
"""
from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import regex

from .files import write_atomic

SHARE = 0.5          # a line must be on at least half of the pages
MIN_PAGES = 5        # fewer pages say too little about a template
SHORT = 100          # only lines up to this long are generalised beyond their digits
BODY_MIN = 120       # as the furniture stage's body_min_chars
MAX_BLOCK = 20       # as a block rule's default max_lines


class LearnError(Exception):
    pass


@dataclass
class Rule:
    pattern: str
    where: str
    pages: set = field(default_factory=set)
    sample: str = ""
    start: str = ""
    end: str = ""
    block: list = field(default_factory=list)


def _prepare(texts: list[str]) -> list[list[str]]:
    """Each page's lines as the furniture stage sees them (the generic rules' removals too: a site
    file should take its furniture where they miss it)."""
    from .pipeline import Pipeline

    stages = Pipeline.default(site_rules=False).stages
    pipe = Pipeline(stages[: next((k for k, s in enumerate(stages) if s.name == "furniture"), len(stages))],
                    Pipeline.default(site_rules=False).rules)
    pages = []
    for n, text in enumerate(texts):
        doc = pipe.run(text.encode("utf-8"), f"page-{n}").document
        pages.append([line.text.strip() for line in doc.lines if line.text.strip()])
    return pages


def _regions(lines: list[str]) -> list[str]:
    body = [i for i, line in enumerate(lines) if len(line) >= BODY_MIN]
    first, last = (body[0], body[-1]) if body else (len(lines), -1)
    return ["head" if i < first else "tail" if i > last else "body" for i in range(len(lines))]


def _exact(line: str) -> str:
    """A line as a pattern, its digits any number.

    >>> _exact("© 2024 Harbour Gazette.")
    '^© \\\\d+ Harbour Gazette\\\\.$'
    """
    return "^" + regex.sub(r"[0-9]+", r"\\d+", regex.escape(line, literal_spaces=True)) + "$"


# A number with its sign, in a token that may carry a unit: "-3°C", "+0.4%".
SIGNED = regex.compile(r"[-+−]?[0-9]+")
SIGNED_PATTERN = r"[-+−]?\d+"


def _shape(tokens: list[str], rows: list[list[str]]) -> str | None:
    """A pattern for lines of one length: a word that stays is literal, one that changes \\S+.

    >>> rows = [line.split() for line in ("5 March 2021", "17 June 2019")]
    >>> _shape(rows[0], rows)
    '^\\\\d+ \\\\S+ \\\\d+$'
    >>> rows = [line.split() for line in ("-3°C Fog | Monday", "12°C Rain | Friday")]
    >>> _shape(rows[0], rows)  # a measure with its unit, signed or not
    '^[-+−]?\\\\d+°C \\\\S+ \\\\| \\\\S+$'
    >>> rows = [line.split() for line in ("The ferry sailed", "A boat came")]
    >>> _shape(rows[0], rows) is None  # nothing stays: not a template line
    True
    """
    parts, literal, digits = [], 0, 0
    for k in range(len(tokens)):
        values = {row[k] for row in rows}
        if len(values) == 1 and not tokens[k].isdigit():
            parts.append(_exact(tokens[k])[1:-1])
            literal += 1
        elif all(regex.fullmatch(r"[0-9]+\W?", v) for v in values):
            parts.append(_exact(regex.sub("[0-9]+", "0", tokens[k]))[1:-1] if len(values) == 1 or
                         len({regex.sub("[0-9]+", "0", v) for v in values}) == 1 else r"\d+\W?")
            digits += 1
        elif len(shapes := {SIGNED.sub("0", v) for v in values}) == 1 and "0" in (shape := shapes.pop()):
            # A measure that keeps its unit: "-3°C" and "12°C", "9:41", "£1.27".
            parts.append(regex.escape(shape).replace("0", SIGNED_PATTERN))
            digits += 1
        else:
            parts.append(r"\S+")
    # Mostly words that stay or numbers, with a word that stays or (a date) mostly numbers.
    if (literal + digits) * 2 < len(tokens) or not (literal or digits * 2 > len(tokens)):
        return None
    return "^" + " ".join(parts) + "$"


def _word(token: str) -> str:
    return _exact(token)[1:-1]


def _affix(rows: list[list[str]]) -> str | None:
    """A pattern for lines of several lengths that keep their first or last words and change a few
    in between (a byline, a "Next: ..." link): the words kept literal, the others ``\\S+``.

    >>> _affix([line.split() for line in ("By Anna Berg", "By Lou Ortiz Vega")])  # up to 2 words more
    '^By \\\\S+(?: \\\\S+){0,4}$'
    """
    head = 0
    while all(len(r) > head and r[head] == rows[0][head] for r in rows) and not rows[0][head].isdigit():
        head += 1
    tail = 0
    while (all(len(r) > head + tail and r[-1 - tail] == rows[0][-1 - tail] for r in rows)
           and not rows[0][-1 - tail].isdigit()):
        tail += 1
    middle = [len(r) - head - tail for r in rows]
    kept = [w for w in rows[0][:head] + rows[0][len(rows[0]) - tail:] if regex.search(r"\w{2}", w)]
    if not kept or min(middle) < 1 or max(middle) > 12:
        return None
    parts = [_word(w) for w in rows[0][:head]] + [r"\S+(?: \S+){0,%d}" % (max(middle) + 1)]
    parts += [_word(w) for w in rows[0][len(rows[0]) - tail:]]
    return "^" + " ".join(parts) + "$"


def learn(texts: list[str], *, share: float = SHARE, min_pages: int = MIN_PAGES) -> tuple[list[Rule], list[list[str]]]:
    if len(texts) < min_pages:
        raise LearnError(f"{len(texts)} pages; at least {min_pages} are needed to tell a template from an article")
    pages = _prepare(texts)
    need = max(2, -(-share * len(pages) // 1))
    where_of: dict[str, Counter] = defaultdict(Counter)
    seen: dict[str, set] = defaultdict(set)
    sample: dict[str, str] = {}
    for n, lines in enumerate(pages):
        for line, region in zip(lines, _regions(lines)):
            key = _exact(line)
            seen[key].add(n)
            where_of[key][region] += 1
            sample.setdefault(key, line)
    rules: dict[str, Rule] = {}
    for key, on in seen.items():
        if len(on) < need:
            continue
        regions = set(where_of[key])
        if "body" in regions and len(sample[key]) >= BODY_MIN:
            continue  # a repeated paragraph: left to a person
        where = regions.pop() if len(regions) == 1 and "body" not in regions else "anywhere"
        rules[key] = Rule(key, where, set(on), sample[key])
    # Short head and tail lines that change: grouped by region, first word and number of words.
    groups: dict[tuple, list] = defaultdict(list)
    for n, lines in enumerate(pages):
        for line, region in zip(lines, _regions(lines)):
            if region == "body" or len(line) > SHORT or _exact(line) in rules:
                continue
            tokens = line.split()
            first, last = (regex.sub("[0-9]+", "0", t) for t in (tokens[0], tokens[-1]))
            groups[(region, "first", first, len(tokens))].append((n, tokens, line))
            groups[(region, "first", first, 0)].append((n, tokens, line))
            groups[(region, "last", last, 0)].append((n, tokens, line))
    # Lines of several lengths that keep their first words first (a byline with names of one to
    # three words is one rule), then lines of one length, then lines that keep their last words.
    def order(item):
        (_, side, _, size), rows = item
        return 0 if side == "first" and not size and len({len(r) for _, r, _ in rows}) > 1 else 1 if size else 2

    for (region, _, _, size), rows in sorted(groups.items(), key=order):
        taken = [regex.compile(r.pattern) for r in rules.values()]
        rows = [row for row in rows if not any(c.search(row[2]) for c in taken)]
        on = {n for n, _, _ in rows}
        if len(on) < need:
            continue
        pattern = _shape(rows[0][1], [r for _, r, _ in rows]) if size else _affix([r for _, r, _ in rows])
        if pattern and pattern not in rules:
            rules[pattern] = Rule(pattern, region, on, rows[0][2])
    lines = list(rules.values())
    # Blocks first: the furniture stage takes a line once, so a learned line that frames a box
    # would otherwise keep the block rule from starting or ending there.
    return _blocks(pages, lines, need) + lines, pages


def _blocks(pages: list[list[str]], rules: list[Rule], need: float) -> list[Rule]:
    """Boxes between two learned lines whose content changes: (start, end) seen on enough pages."""
    compiled = [(rule, regex.compile(rule.pattern)) for rule in rules]
    frames: dict[tuple, Rule] = {}
    for n, lines in enumerate(pages):
        hits = []
        for i, line in enumerate(lines):
            rule = next((r for r, c in compiled if c.search(line)), None)
            if rule is not None:
                hits.append((i, rule))
        for (i, a), (j, b) in zip(hits, hits[1:]):
            inside = lines[i + 1: j]
            if not inside or j - i + 1 > MAX_BLOCK or a.where == "head":
                continue
            if any(len(line) >= BODY_MIN or regex.search(r"[.!?]\W*$", line) and len(line.split()) > 8 for line in inside):
                continue  # reads like running text
            key = (a.pattern, b.pattern)
            frame = frames.setdefault(key, Rule("", "anywhere" if a.where == "anywhere" else a.where,
                                               start=a.pattern, end=b.pattern, block=[lines[i: j + 1]]))
            frame.pages.add(n)
            frame.block.append(inside)
    kept = []
    for frame in frames.values():
        varied = len({tuple(b) for b in frame.block[1:]}) > 1
        if len(frame.pages) >= need and varied:
            frame.sample, frame.block = frame.block[0][0], frame.block[0]
            kept.append(frame)
    return kept


def match_patterns(rules: list[Rule], texts: list[str], others: list[str] = ()) -> list[str]:
    """The most site-specific lines seen on most pages: literal, long, found in the pages as they
    come (a file is chosen before links and wrapped lines are tidied) and in none of ``others``."""
    candidates = sorted((r for r in rules if not r.start and "\\S+" not in r.pattern and len(r.sample) >= 12),
                        key=lambda r: (-len(r.pages), -len(r.sample)))
    need = len(texts) * 0.9
    chosen = []
    for rule in candidates:
        pattern = "(?m)^[ \\t]*" + rule.pattern[1:-1] + "[ \\t]*$"
        if sum(bool(regex.search(pattern, text)) for text in texts) < need:
            continue
        if any(regex.search(pattern, text) for text in others):
            continue
        chosen.append(pattern)
        if len(chosen) == 2:
            break
    return chosen


def _toml(s: str) -> str:
    return "'" + s + "'" if "'" not in s and "\n" not in s else json.dumps(s, ensure_ascii=False)


def render(name: str, rules: list[Rule], pages: list[list[str]], match: list[str], outputs: list[str] | None = None) -> str:
    out = [f"# Learned from {len(pages)} pages of {name} by cleantext rules learn: review every rule,",
           f"# then: cleantext rules test {name}.toml", "", "[site]", f'name = "{name}"',
           "match = [" + ", ".join(_toml(m) for m in match) + "]", ""]
    body = next((line for lines in pages for line in lines if len(line) >= BODY_MIN), "")
    examples = []
    for k, rule in enumerate(rules, 1):
        out.append(f"[[furniture]]  # seen on {len(rule.pages)} of {len(pages)} pages")
        out.append(f'id = "learned-{"block" if rule.start else "line"}-{k}"')
        out.append(f'class = "{"widget" if rule.start else "other"}"')
        if rule.start:
            out += [f"start = {_toml(rule.start)}", f"end = {_toml(rule.end)}"]
            text = "\n".join(rule.block)
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


def write_rules(name: str, rules: list[Rule], pages: list[list[str]], match: list[str], path: Path, force: bool) -> None:
    """Write the file atomically, with each example's output as the pipeline gives it."""
    from .ruletest import run_examples

    if path.exists() and not force:
        raise LearnError(f"{path} exists; not overwritten (--force to replace it)")
    path.parent.mkdir(parents=True, exist_ok=True)
    # The examples' outputs come from running the file as first written, from a scratch copy.
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / path.name
        trial.write_text(render(name, rules, pages, match), encoding="utf-8")
        outputs = [o.got for o in run_examples(trial)]
    write_atomic(path, render(name, rules, pages, match, outputs).encode("utf-8"))


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
            rules, lines = learn([t for _, t in pages], share=args.share, min_pages=args.min_pages)
            match = match_patterns(rules, [t for _, t in pages])
            if not rules:
                raise LearnError(f"nothing repeats on {args.share:.0%} of the {len(pages)} pages; no rule file written")
            if not match:
                raise LearnError(f"no line of its own is on 90% of the {len(pages)} pages to choose the file by; "
                                 "no rule file written")
            path = Path(args.out or f"{name}.toml")
            write_rules(name, rules, lines, match, path, args.force)
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
            rules, lines = learn(texts, share=args.share, min_pages=args.min_pages)
            match = match_patterns(rules, texts, others)
            if not rules or not match:
                print(f"{site}: {len(texts)} pages, no rule that sets it apart; skipped")
                continue
            path = Path(args.out_dir) / f"{kebab(site)}.toml"
            write_rules(kebab(site), rules, lines, match, path, args.force)
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
    p.add_argument("--min-pages", type=int, default=MIN_PAGES, help=f"fewest pages of a site (default {MIN_PAGES})")
    p.add_argument("--force", action="store_true", help="overwrite an existing rule file")
