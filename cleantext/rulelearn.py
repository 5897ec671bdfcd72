"""`cleantext rules learn`: a site rule file from many pages of one site, for a person to review.

A site's template repeats on its pages; its article text does not. A line (after the stages that
come before furniture, as they run once a site file is chosen) becomes a rule when it is on at
least ``share`` of the pages and outside the body (before the first or after the last paragraph
of ``body_min_chars``), or, said exactly, anywhere. Digits become ``\\d+``; short head or tail
lines that keep their first word and their length while other words change (dates, author names,
sections) become patterns with ``\\S+``. A box between two learned lines whose content changes
from page to page becomes a block rule, unless its lines read like running text. Beyond those:
numbered and bulleted lists of changing entries, labels between paragraphs (also one word before
the page's own title, "Re: TITLE", and a changing name before a label, "NAME wrote: DATE"), a
place whose line takes one of a few shapes, labelled lines that the layout ran together into one
long line, and marks after changing lines (cut, the line kept) are learned as template kinds,
never as one site's words. A line or shape on fewer than ``share`` of the pages is learned by
evidence: on at least ``evidence`` pages whose articles differ (see ``Enough``). Lines that keep
a run of words in the middle, lines of mostly numbers, and learned lines that the reflow stage
ran together in a way no page showed are learned too.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import regex

from .learnmarks import _lead_marks, _marks, _run_lines, _trail_marks
from .learnshapes import (BODY_MIN, GLUED, MAX_MIDDLE, SHORT, TOGETHER, Rule, _affix, _digits, _edges, _exact, _leads,
                          _number_word, _plain, _sentence_starts, _shape, _skeleton, _vocabulary, _width, _word)

SHARE = 0.5          # a line must be on at least half of the pages,
EVIDENCE = 5         # or on at least this many pages whose articles differ
EVIDENCE_SHARE = 0.25  # that are at least this share of the pages
MIN_PAGES = 5        # fewer pages say too little about a template
MAX_BLOCK = 20       # as a block rule's default max_lines
BLOCK_ROOM = 2       # lines a learned block may have beyond the longest the pages showed (thread, dev: a
                     # user box seen at 3 lines ran on over 8, a post among them, where its end line was gone)


# A site file that every page chooses and that takes nothing (see _prepare()).
CHOSEN = '[site]\nname = "learned"\nmatch = ["(?s)."]\n'


class LearnError(Exception):
    pass


def _prepare(texts: list[str], leads: list | None = None, runs: list | None = None) -> list[list[str]]:
    """Each page's lines as the furniture stage sees them (the generic rules' removals too: a site
    file should take its furniture where they miss it). A paragraph that the reflow stage ran
    together with short lines before it (a vote count, an "Asked ... Viewed N times" line) is
    given as those lines and the paragraph, so that they are learned as the lines they are; each
    such lead is added to ``leads`` as (page, text, the line it was run together in). A line of body
    length made of short lines alone is given as those lines, and added to ``runs`` as (page, the
    lines, the line they were run together in, where it was: "head", "tail" or "anywhere")."""
    from .pipeline import Pipeline
    from .rulefile import loads

    stages = Pipeline.default(site_rules=False).stages
    # The pages as they are cleaned once the learned file is chosen for them: the generic rules and
    # a site file (here one that matches every page and holds no rule), so that the stages that
    # leave a site's pages to its file (the pages stage, on text without pages) leave them
    # here too.
    rules = Pipeline.default().rules
    rules.files = [f for f in rules.files if f.generic] + [loads(CHOSEN, "learned.toml")]
    upto = lambda name: Pipeline(stages[: next((k for k, s in enumerate(stages) if s.name == name), len(stages))], rules)
    pipe, before = upto("furniture"), upto("reflow")
    pages = []
    for n, text in enumerate(texts):
        doc = pipe.run(text.encode("utf-8"), f"page-{n}").document
        raw = [line for line in before.run(text.encode("utf-8"), f"page-{n}").document.lines
               if not line.blank and line.kept and line.text.strip()]
        lines, width = [], _width(raw)
        texts_ = [line.text.strip() for line in doc.lines if line.text.strip()]
        spans = [line.span for line in doc.lines if line.text.strip()]
        long = [i for i, text in enumerate(texts_) if len(text) >= BODY_MIN]
        for i, (text, span) in enumerate(zip(texts_, spans)):
            found, rest = _leads(text, span, raw, width)
            lines += found + [rest]
            if found and len(rest) < BODY_MIN:  # short lines alone, run together
                if runs is not None:
                    runs.append((n, found + [rest], text, "head" if i == long[0] else "tail" if i == long[-1] else "anywhere"))
            elif leads is not None:
                leads += [(n, lead, " ".join(found + [rest])) for lead in found]
        pages.append(lines)
    return pages


def _regions(lines: list[str]) -> list[str]:
    body = [i for i, line in enumerate(lines) if len(line) >= BODY_MIN]
    first, last = (body[0], body[-1]) if body else (len(lines), -1)
    return ["head" if i < first else "tail" if i > last else "body" for i in range(len(lines))]


def _articles(pages: list[list[str]]) -> list[int]:
    """Each page's article, as a number: a page whose paragraphs (lines of body length) are for at
    least half on an earlier page is that page's article (the same story under another address),
    so that a line repeated because an article is repeated is no evidence; a quotation shared by
    two articles does not make them one.

    >>> _articles([["a" * 130, "b" * 130], ["a" * 130, "c" * 130], ["a" * 130, "d" * 130, "e" * 130]])
    [0, 0, 2]
    """
    where: dict[str, list[int]] = defaultdict(list)
    found: list[int] = []
    for n, lines in enumerate(pages):
        long = {line for line in lines if len(line) >= BODY_MIN}
        shared = Counter(m for line in long for m in where[line])
        article = next((found[m] for m, k in shared.most_common(1) if k * 2 >= len(long)), n)
        for line in long:
            where[line].append(n)
        found.append(article)
    return found


class Enough:
    """Whether the pages a line or shape is on are evidence enough that it is the template's: at
    least ``share`` of the pages, or at least ``evidence`` pages (and ``evidence_share`` of them)
    whose articles differ. A template line that a site shows on some pages only (a note on a
    third of them, a link on two fifths) is then learned, while the same words on a few pages
    with a repeated article are not.

    >>> enough = Enough([["x" * 130 + str(n % 6)] for n in range(20)], share=0.5, evidence=5)
    >>> enough(set(range(5))), enough({0, 6, 12, 18, 1})  # five articles; four (0, 6, 12, 18 are one)
    (True, False)
    """

    def __init__(self, pages: list[list[str]], share: float = SHARE, evidence: int = EVIDENCE,
                 evidence_share: float = EVIDENCE_SHARE) -> None:
        self.articles = _articles(pages)
        self.share = max(2, -(-share * len(pages) // 1))
        # No evidence asked for: the share alone.
        self.evidence = max(2, evidence, -(-evidence_share * len(pages) // 1)) if evidence else len(pages) + 1

    def by_share(self, on: set) -> bool:
        return len(on) >= self.share

    def __call__(self, on: set) -> bool:
        return len(on) >= self.share or len({self.articles[n] for n in on}) >= self.evidence


def learn(texts: list[str], *, share: float = SHARE, min_pages: int = MIN_PAGES,
          evidence: int = EVIDENCE) -> tuple[list[Rule], list[list[str]]]:
    if len(texts) < min_pages:
        raise LearnError(f"{len(texts)} pages; at least {min_pages} are needed to tell a template from an article")
    leads: list = []
    runs: list = []
    pages = _prepare(texts, leads, runs)
    need = Enough(pages, share, evidence)
    where_of: dict[str, Counter] = defaultdict(Counter)
    seen: dict[str, set] = defaultdict(set)
    sample: dict[str, str] = {}
    wide: dict[str, str] = {}
    for n, lines in enumerate(pages):
        for line, region in zip(lines, _regions(lines)):
            key = _exact(line)
            plain = _plain(key)
            wide[plain] = max(wide.get(plain, plain), key, key=len)  # commas seen: the wider pattern
            seen[plain].add(n)
            where_of[plain][region] += 1
            sample.setdefault(plain, line)
    rules: dict[str, Rule] = {}
    fewer: dict[str, Rule] = {}
    for key, on in seen.items():
        if not need(on):
            continue
        regions = set(where_of[key])
        if "body" in regions and len(sample[key]) >= BODY_MIN:
            continue  # a repeated paragraph: left to a person
        where = regions.pop() if len(regions) == 1 and "body" not in regions else "anywhere"
        # A line on the share of the pages is learned as it is; one on fewer pages, learned by
        # evidence, only where no shape learned below takes it ("Issue 4 · Spring 2020" is one of
        # the shape "Issue N · SEASON N" before it is a line of its own).
        (rules if need.by_share(on) else fewer)[wide[key]] = Rule(wide[key], where, set(on), sample[key])
    # Short head and tail lines that change: grouped by region, first word and number of words.
    groups: dict[tuple, list] = defaultdict(list)
    # A line with a learned mark after it is a line of the page that stays ("History[edit]"): its
    # mark is cut, and it is no shape to learn.
    # Marks cut words out of lines that stay: learned on the share of the pages alone.
    marks = _marks(pages, need.by_share)
    cut = [regex.compile(key) for key in marks]
    for n, lines in enumerate(pages):
        own = set(lines)
        for line, region in zip(lines, _regions(lines)):
            if len(line) > SHORT or _exact(line) in rules or any(c.search(line) for c in cut):
                continue
            tokens = line.split()
            first, last = (regex.sub("[0-9]+", "0", t) for t in (tokens[0], tokens[-1]))
            if region == "body":  # a label and a changing title between paragraphs: "Read more: TITLE"
                groups[(region, "first", first, 0)].append((n, tokens, line))
                if len(tokens) > 1 and " ".join(tokens[1:]) in own:
                    # One word before a line the page shows itself, its title: "Re: TITLE" over a reply.
                    groups[(region, "titled", first, 0)].append((n, tokens, line))
                if len(tokens) > 2 and regex.search(r"[^\W\d]{2}", tokens[1]):
                    # A changing first word, a name, then words that stay: "NAME wrote: DATE" over a quote.
                    groups[(region, "second", _digits(tokens[1]), len(tokens))].append((n, tokens, line))
                continue
            groups[(region, "first", first, len(tokens))].append((n, tokens, line))
            if len(tokens) > 1 and (glued := GLUED.match(_digits(tokens[1]))):
                # A list of links: "* [12]TITLE", apart from other lines that start with "*".
                groups[(region, "first", f"{first} {glued.group()}", 0)].append((n, tokens, line))
            groups[(region, "first", first, 0)].append((n, tokens, line))
            groups[(region, "last", last, 0)].append((n, tokens, line))
            numbers = tuple(_digits(t) if regex.search("[0-9]", t) else "" for t in tokens)
            if sum(map(bool, numbers)) * 2 > len(tokens):
                # Mostly numbers (a date alone, "May 4, 2021"): grouped by where the numbers are.
                groups[(region, "numbers", numbers, len(tokens))].append((n, tokens, line))
    # Lines of several lengths that keep their first words first (a byline with names of one to
    # three words is one rule), then lines of one length, then lines that keep their last words.
    starts = _sentence_starts(pages)

    def order(item):
        (_, side, _, size), rows = item
        return 0 if side == "first" and not size and len({len(r) for _, r, _ in rows}) > 1 else 1 if size else 2

    # Shapes on the share of the pages first, then those on fewer pages learned by evidence, which
    # would otherwise split a shape of the share ("Letters | N min" of "SECTION | N min").
    for evidence, ((region, side, _, size), rows) in [(e, item) for e in (False, True)
                                                      for item in sorted(groups.items(), key=order)]:
        taken = [regex.compile(r.pattern) for r in rules.values()]
        rows = [row for row in rows if not any(c.search(row[2]) for c in taken)]
        on = {n for n, _, _ in rows}
        # Lines that keep only their last words (a list of titles that happen to end with "of")
        # are learned on the share of the pages alone.
        if not (need(on) if evidence and side != "last" else need.by_share(on)):
            continue
        if evidence and side == "first" and starts[rows[0][1][0]] > PROSE_START:
            continue  # a headline's first word ("The ..."), on a few pages: not the template's
        tokens = [r for _, r, _ in rows]
        if size:
            pattern = _shape(rows[0][1], tokens)
            literal = [part for part in (pattern or "")[1:-1].split(" ") if "\\" not in part]
            if side == "second" and not (len(literal) >= 2 or literal and literal[0].endswith(":")):
                pattern = None  # in the body, a name's line keeps a label ("wrote:") or two words or marks
        else:
            # In the body only two words that stay and more, as a label: "Read more: TITLE"; or one
            # before the page's own title; or one word that is a label ("Keywords: WORDS", a colon
            # after letters) on the share of the pages and seldom a sentence's first word.
            label = (side == "first" and LABEL.fullmatch(tokens[0][0]) and need.by_share(on)
                     and starts[tokens[0][0]] <= PROSE_START)
            pattern = _affix(tokens, min_head=(1 if side == "titled" or label else 2) if region == "body" else 0)
        if pattern and pattern not in rules:
            rules[pattern] = Rule(pattern, "anywhere" if region == "body" else region, on, rows[0][2],
                                  prefix=" ".join(_kept_first(tokens)) if side in ("first", "titled") else "")
    rules.update(_runs(pages, list(rules.values()), need, cut))
    taken = [regex.compile(r.pattern) for r in rules.values()]
    rules.update({key: rule for key, rule in fewer.items()
                  if not any(c.search(rule.sample) for c in taken + cut)})  # nor a line that keeps its mark
    rules.update(_slots(pages, list(rules.values()), need, cut))
    taken = [(regex.compile(r.pattern), r.where) for r in rules.values()]
    rules.update({p: Rule(p, where, on, line) for p, where, on, line in _edges(pages, need.by_share) if p not in rules})
    rules.update({p: Rule(p, where, on, line, closed=True) for p, where, on, line in _vocabulary(pages, taken + cut, need)
                  if p not in rules})
    rules.update(_run_together(pages, list(rules.values())))
    rules.update(_joined(pages, list(rules.values()), cut))
    rules.update(_run_lines(runs, list(rules.values())))
    _between(pages, list(rules.values()), need)  # before _together: its lines join the anywhere pieces
    rules.update(_together(list(rules.values())))
    rules.update(marks)
    lead, trail = _lead_marks(leads, list(rules.values())), _trail_marks(pages, list(rules.values()))
    if lead and trail:  # the furniture stage cuts a line by one mark rule: both ends in one
        rule = lead.pop(next(iter(lead)))
        lead = {f"{rule.pattern}|{trail.pattern}": Rule(f"{rule.pattern}|{trail.pattern}", "anywhere",
                                                         rule.pages | trail.pages, rule.sample, mark=True)}
    rules.update(lead or ({trail.pattern: trail} if trail else {}))
    lines = list(rules.values())
    # Blocks first: the furniture stage takes a line once, so a learned line that frames a box
    # would otherwise keep the block rule from starting or ending there.
    return _blocks(pages, lines, need) + lines, pages


LABEL = regex.compile(r"[^\W\d_]{2,}:")  # one word as a label between paragraphs: "Keywords:"
RUN = 3              # words that stay together in a line whose first and last words change


def _runs(pages: list[list[str]], rules: list[Rule], need, cut: list = ()) -> dict[str, Rule]:
    """Head and tail lines that keep a run of words in the middle while words before and after it
    change (a note naming the page's section and another page: '"Career" redirects here. For
    other uses, see TITLE.'): grouped by each run of ``RUN`` words that holds two words of
    letters, the run widened as far as every line of the group keeps it; learned as the run with
    changing words either side, where enough pages show it and its lines differ.

    >>> pages = [[f'"{w}" is a note. For more, see {t}.', "x" * 130] for w, t in
    ...          (("A", "Bo"), ("Cid Dee", "Eva Fox"), ("Gil", "Hal Ivy Jo"))]
    >>> print(*_runs(pages, [], lambda on: len(on) >= 3))
    ^\\S+(?: \\S+){0,3} is a note\\. For more, see \\S+(?: \\S+){0,4}$
    """
    compiled = [regex.compile(r.pattern) for r in rules if not r.mark and not r.start]
    groups: dict[tuple, list] = defaultdict(list)
    for n, lines in enumerate(pages):
        for line, region in zip(lines, _regions(lines)):
            if region == "body" or any(c.search(line) for c in compiled) or any(c.search(line) for c in cut):
                continue
            tokens = line.split()
            norm = [_digits(t) for t in tokens]
            for k in range(1, len(tokens) - RUN):  # a word changes before the run and after it
                window = tuple(norm[k: k + RUN])
                if sum(bool(regex.search(r"[^\W\d]{2}", w)) for w in window) >= 2:
                    groups[(region, window)].append((n, norm, k, line))
    found: dict[str, Rule] = {}
    for (region, window), rows in sorted(groups.items(), key=lambda item: -len(item[1])):
        rows = [row for row in rows if not any(regex.search(p, row[3]) for p in found)]
        if not need({n for n, _, _, _ in rows}) or len({row[3] for row in rows}) < 2:
            continue
        start, end = 0, RUN  # widen the run while every line keeps the word
        while all(k + start > 1 and norm[k + start - 1] == rows[0][1][rows[0][2] + start - 1] for _, norm, k, _ in rows):
            start -= 1
        while all(k + end < len(norm) - 1 and norm[k + end] == rows[0][1][rows[0][2] + end] for _, norm, k, _ in rows):
            end += 1
        before = [k + start for _, _, k, _ in rows]
        after = [len(norm) - k - end for _, norm, k, _ in rows]
        if max(before) > MAX_MIDDLE or max(after) > MAX_MIDDLE:
            continue
        first = rows[0][3].split()
        run = " ".join(_number_word(w) for w in first[rows[0][2] + start: rows[0][2] + end])
        # As in _affix(): up to two changing words more on each side than the lines showed.
        pattern = (r"^\S+(?: \S+){0,%d} " % (max(before) + 1) + run + r" \S+(?: \S+){0,%d}$" % (max(after) + 1))
        found[pattern] = Rule(pattern, region, {n for n, _, _, _ in rows}, rows[0][3])
    return found


SLOT_COVER = 0.8     # the variants of a slot explain this share of its lines
SLOT_VARIANTS = 6    # a few shapes, not a headline's many
PROSE_START = 0.02   # a word that starts more of the body's sentences is the language's, not a label



def _slots(pages: list[list[str]], rules: list[Rule], need, cut: list = ()) -> dict[str, Rule]:
    """Lines in one place of the template, next to a learned line (the line above a dateline),
    whose shape varies among a few variants, each on too few pages to be learned alone: "By
    NAME", "By NAME, TITLE", "NAME and NAME in PLACE", a desk's name. Where the place is filled
    on enough pages and a few variants seen on two pages or more explain most of its lines, each
    variant is learned. ``cut`` are the learned marks: a line carrying one stays."""
    compiled = [(r.pattern, regex.compile(r.pattern)) for r in rules if not r.mark and not r.start]
    slots: dict[tuple, list] = defaultdict(list)
    for n, lines in enumerate(pages):
        regions = _regions(lines)
        hit = [next((p for p, c in compiled if c.search(line)), None) for line in lines]
        for i, line in enumerate(lines):
            if hit[i] or regions[i] == "body" or len(line) > SHORT or any(c.search(line) for c in cut):
                continue  # learned, in the body, long, or a line that stays with its mark cut
            for side, j in (("before", i + 1), ("after", i - 1)):
                if 0 <= j < len(lines) and hit[j]:
                    slots[(regions[i], side, hit[j])].append((n, line.split(), line))
    starts = _sentence_starts(pages)
    found: dict[str, Rule] = {}
    for (region, _, _), rows in slots.items():
        if not need({n for n, _, _ in rows}):
            continue
        by: dict[tuple, list] = defaultdict(list)
        for row in rows:
            by[("exact", _exact(row[2]))].append(row)
            by[("first", _digits(row[1][0]))].append(row)
            if (skeleton := _skeleton(row[1])) is not None:
                by[("skeleton", skeleton)].append(row)
        variants, covered = {}, set()
        # Shapes first, then lines as they are for what no shape explains.
        for (kind, key), group in sorted(by.items(), key=lambda item: item[0][0] == "exact"):
            if len({n for n, _, _ in group}) < 2 or all(id(row) in covered for row in group):
                continue
            if kind == "exact":
                pattern = key
            elif len({line for _, _, line in group}) < 2:
                pattern = None  # one line seen twice is learned as it is, or not at all
            elif kind == "first":
                pattern = _affix([t for _, t, _ in group]) if starts[group[0][1][0]] <= PROSE_START else None
            else:
                pattern = key
            if pattern:
                variants[pattern] = group
                covered |= {id(row) for row in group}
        if len(covered) >= SLOT_COVER * len(rows) and len(variants) <= SLOT_VARIANTS:
            for pattern, group in variants.items():
                found[pattern] = Rule(pattern, region, {n for n, _, _ in group}, group[0][2])
    return found


def _kept_first(rows: list[list[str]]) -> list[str]:
    """The words that every row starts with, up to the first that changes or is a number."""
    kept = []
    for k, token in enumerate(rows[0]):
        if token.isdigit() or regex.search(r"[0-9]", token) or not all(len(r) > k and r[k] == token for r in rows):
            break
        kept.append(token)
    return kept


def _run_together(pages: list[list[str]], rules: list[Rule]) -> dict[str, Rule]:
    """Lines of a head or tail shape that the page's layout ran together with the lines after them
    (a ticker wrapped over two lines and joined with a markets strip) into one of body length: the
    page's first or last long line starts with the words the shape keeps. Learned as that start
    and anything after it, where a shape is seen so on at least two pages, or where its kept
    words end with a colon (a label, "BREAKING:"), which starts a line of the template whatever
    follows. A head label's line run onto the end of a short line before it (a scorers' line that
    filled the width, then "Att: N · Ref: NAME") is learned as any short start and the label's
    shape: the joined line is the head's, not the body's first paragraph."""
    found: dict[str, Rule] = {}
    starts = [r for r in rules if r.prefix and r.where in ("head", "tail") and regex.search(r"[^\W\d]{2}", r.prefix)]
    for rule in starts:
        on = set()
        for n, lines in enumerate(pages):
            long = [line for line in lines if len(line) >= BODY_MIN]
            edge = long[:1] if rule.where == "head" else long[-1:]
            if edge and edge[0].startswith(rule.prefix + " "):
                on.add(n)
        # A label ("BREAKING:", "Read more:") says where its line starts whatever follows; other
        # kept words only where the run-together line was seen.
        if len(on) >= 2 or rule.prefix.endswith(":"):
            pattern = "^" + " ".join(_word(w) for w in rule.prefix.split()) + " .+$"
            found[pattern] = Rule(pattern, rule.where, on or rule.pages, next(
                (line for n, lines in enumerate(pages) if n in on for line in lines
                 if len(line) >= BODY_MIN and line.startswith(rule.prefix + " ")), rule.sample))
        if rule.prefix.endswith(":") and rule.where == "head" and ".+" not in rule.pattern:
            # A head label's line run onto the end of a short line before it ("Att: 4,349 · Ref:
            # NAME" after a scorers' line): the two are the head's, and the short one no paragraph.
            pattern = "^.{1,%d} " % (BODY_MIN - 1) + rule.pattern[1:]
            before = next((lines[i - 1] for lines in pages for i, line in enumerate(lines)
                           if i and line == rule.sample and len(lines[i - 1]) < BODY_MIN), "")
            if before:
                found[pattern] = Rule(pattern, "head", set(rule.pages), f"{before} {rule.sample}")
    return found


def _joined(pages: list[list[str]], rules: list[Rule], cut: list = ()) -> dict[str, Rule]:
    """Two learned lines that the reflow stage joined into one ("Next: Chapter 4, TITLE →" and
    "This chapter has been read 310 times."): a head or tail line that no rule takes, made of a
    line one rule takes and a line another takes, seen so on two pages or more, is learned as
    the two patterns one after the other."""
    compiled = [(r, regex.compile(r.pattern)) for r in rules if not r.mark and not r.start]
    found: dict[str, Rule] = {}
    for n, lines in enumerate(pages):
        for line, region in zip(lines, _regions(lines)):
            if region == "body" or any(c.search(line) for _, c in compiled) or any(c.search(line) for c in cut):
                continue
            tokens = line.split(" ")
            for k in range(1, len(tokens)):
                left, right = " ".join(tokens[:k]), " ".join(tokens[k:])
                a = next((r for r, c in compiled if c.search(left)), None)
                b = a and next((r for r, c in compiled if c.search(right)), None)
                if a and b:
                    pattern = a.pattern[:-1] + " " + b.pattern[1:]
                    rule = found.setdefault(pattern, Rule(pattern, region, set(), line))
                    rule.pages.add(n)
                    if rule.where != region:
                        rule.where = "anywhere"
                    break
    return {p: r for p, r in found.items() if len(r.pages) >= 2}




def _together(rules: list[Rule]) -> dict[str, Rule]:
    r"""Learned lines of the head or of the tail that the reflow stage ran together in a way no page
    learned from showed ("* [9]TITLE", "References[edit]" and "1. ^ NAME (1999). TITLE." as one
    line): a rule for a line made of two to ``TOGETHER`` of them, each a learned line's pattern.
    Only patterns that start with words or marks of their own are pieces, so that a line must
    start where a learned line starts and end where one ends; a line of the article starts with
    none of them.

    >>> rules = [Rule("^See also$", "tail", sample="See also"), Rule(r"^\* \S+$", "tail", sample="* Mills"),
    ...          Rule(r"^\S+ \d+$", "tail", sample="Page 4")]
    >>> together = list(_together(rules).values())[0]
    >>> together.where, bool(regex.search(together.pattern, "See also * Mills * Ferries"))
    ('tail', True)
    >>> bool(regex.search(together.pattern, "See also the mills"))  # "the mills" is no learned line
    False

    Lines learned for anywhere (under each post of a thread: "Share Follow" and "answered DATE")
    run together between paragraphs are one more such rule, of those lines alone.

    >>> rules = [Rule("^Share +Follow$", "anywhere", sample="Share Follow"),
    ...          Rule(r"^answered \S+ \d+, \d+$", "anywhere", sample="answered May 4, 2020")]
    >>> [(r.where, bool(regex.search(r.pattern, "Share Follow answered May 19, 2013"))) for r in _together(rules).values()]
    [('anywhere', True)]
    """
    found: dict[str, Rule] = {}
    for where in ("head", "tail", "anywhere"):
        pieces = [r for r in rules if r.where in (where, "anywhere") and not r.mark and not r.start
                  and not r.together and not r.pattern.endswith(".+$")
                  and not regex.match(r"\^(?:\\S|\\p|\[|\(|\.)", r.pattern)]
        if len(pieces) < 2:
            continue
        alternatives = "(?:" + "|".join(r.pattern[1:-1] for r in pieces) + ")"
        pattern = "^" + alternatives + "(?: " + alternatives + "){1,%d}$" % (TOGETHER - 1)
        found[pattern] = Rule(pattern, where, set(), f"{pieces[-2].sample} {pieces[-1].sample}", together=True)
    return found


def _between(pages: list[list[str]], rules: list[Rule], need) -> None:
    """Head and tail lines that the template also sets between paragraphs (an "answered DATE" line
    under each answer of a thread, learned in the tail where the last answer ends): a head or tail
    rule that takes short lines between paragraphs on enough pages whose articles differ applies
    anywhere. Lines of a fixed number of words only, or of a shape of changing length that keeps
    two words or more ("Post by NAME » DATE", "NB NAME, 57ft trad stern" under each post of a
    thread), so that a shape learned for the head on one kept word ("By NAME") never reaches a
    short line of the article."""
    for rule in rules:
        if rule.where not in ("head", "tail") or rule.mark or rule.start or rule.together or ".+" in rule.pattern \
                or "{" in rule.pattern and _kept_words(rule.pattern) < 2:
            continue
        c = regex.compile(rule.pattern)
        on = {n for n, lines in enumerate(pages) for line, region in zip(lines, _regions(lines))
              if region == "body" and len(line) <= SHORT and c.search(line)}
        if need(on):
            rule.where = "anywhere"
            rule.pages |= on


def _kept_words(pattern: str) -> int:
    """How many words a learned shape keeps as they are.

    >>> _kept_words(r"^NB \\S+(?: \\S+){0,5} stern$"), _kept_words(r"^By \\S+(?: \\S+){0,3}$")
    (2, 1)
    """
    return sum(bool(regex.search(r"\p{L}", regex.sub(r"\\.", "", token))) for token in pattern.strip("^$").split(" "))


def _blocks(pages: list[list[str]], rules: list[Rule], need) -> list[Rule]:
    """Boxes between two learned lines whose content changes: (start, end) seen on enough pages."""
    compiled = [(rule, regex.compile(rule.pattern)) for rule in rules if not rule.mark]
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
        if need(frame.pages) and varied:
            # No longer than the pages showed it, with room for a few lines more: where a page
            # lacks the end line, the block must not run on over the next post to another's end.
            frame.max_lines = min(MAX_BLOCK, max(len(inside) for inside in frame.block[1:]) + 2 + BLOCK_ROOM)
            frame.sample, frame.block = frame.block[0][0], frame.block[0]
            kept.append(frame)
    return kept


def match_patterns(rules: list[Rule], texts: list[str], others: list[str] = ()) -> list[str]:
    """The most site-specific lines seen on most pages: literal, long, found in the pages as they
    come (a file is chosen before links and wrapped lines are tidied) and in none of ``others``."""
    candidates = sorted((r for r in rules if not r.start and not r.mark and "\\S+" not in r.pattern
                         and ".+" not in r.pattern and len(r.sample) >= 12),
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
