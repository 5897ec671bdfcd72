"""Marks learned for a site: cuts of template pieces from lines that stay (a mark after changing
lines, "History[edit]"; learned lines the reflow stage ran onto a paragraph's start or end),
used by rulelearn.py."""
from __future__ import annotations

from collections import defaultdict

import regex

from .learnshapes import BODY_MIN, NAME, SHORT, TOGETHER, Rule, _digits, _exact

# A mark set after changing lines ("History[edit]", "Title [2]"): it opens with a bracket or a
# separator, and is glued to the line or set apart by a space.
MARK = regex.compile(r"(?:(?<=\w)|(?<=^.*\S) )([\[(\{<«‹|·•][^\s]*)$")


LITERAL_WORD = regex.compile(r"(?<!\\)[^\W\d_]{2}")  # two letters that are not an escape's (\d, \S)


def _lead_marks(leads: list, rules: list[Rule]) -> dict[str, Rule]:
    r"""Learned lines that the reflow stage ran together with the paragraph after them (a vote count
    and an "Asked ... Viewed N times" line before an answer): where the lines before reflow show a
    learned line so on two pages or more, one mark rule cuts a run of up to ``TOGETHER`` such
    lines from the start of a line whose rest is of body length, and keeps the paragraph. Only
    learned lines of a fixed number of words are cut so, so that a cut never reaches into the
    paragraph.

    >>> rules = [Rule(r"^\d+$", "anywhere"), Rule(r"^Asked \d+ days ago$", "head"), Rule(r"^By \S+(?: \S+){0,2}$", "head")]
    >>> leads = [(0, "Asked 3 days ago", ""), (1, "Asked 5 days ago", ""), (0, "12", ""), (1, "40", ""), (2, "By Ann Lee", "")]
    >>> mark = list(_lead_marks(leads, rules).values())[0]
    >>> mark.pattern  # not the bare number: a paragraph may start with one
    '^(?:Asked \\d+ days ago)(?: (?:Asked \\d+ days ago)){0,3} (?=\\S.{119,}$)'
    """
    # A piece must hold a word of its own: a bare number ("12" votes) would cut the year that
    # starts a paragraph ("1914 was ...") on the same site.
    pieces = [r for r in rules if not r.mark and not r.start and not r.together and "{" not in r.pattern
              and ".+" not in r.pattern and ".*" not in r.pattern and LITERAL_WORD.search(r.pattern)]
    compiled = [(r, regex.compile(r.pattern)) for r in pieces]
    on: dict[str, set] = defaultdict(set)
    for n, lead, _ in leads:
        rule = next((r for r, c in compiled if c.search(lead)), None)
        if rule is not None:
            on[rule.pattern].add(n)
    chosen = [p for p in on if len(on[p]) >= 2]
    if not chosen:
        return {}
    alternatives = "(?:" + "|".join(p[1:-1] for p in chosen) + ")"
    pattern = "^" + alternatives + "(?: " + alternatives + "){0,%d} (?=\\S.{%d,}$)" % (TOGETHER - 1, BODY_MIN - 1)
    sample = next((line for _, lead, line in leads if any(regex.search(p, lead) for p in chosen)), "")
    return {pattern: Rule(pattern, "anywhere", set().union(*(on[p] for p in chosen)), sample, mark=True)}


def _run_lines(runs: list, rules: list[Rule]) -> dict[str, Rule]:
    r"""Short lines of the template that the reflow stage ran together into one line of body length
    (a shop's bar wider than the page's width, then the breadcrumb, the product's name and its
    maker, across a blank line): where each of the lines before reflow is taken by a learned line
    and the same run of learned lines is seen so on two pages or more, the run is learned as one
    line, the learned patterns one after the other.

    >>> rules = [Rule("^Shop bar$", "head"), Rule(r"^Home > \S+$", "head"), Rule("^by Shop$", "head")]
    >>> runs = [(n, ["Shop bar", f"Home > {w}", "by Shop"], "", "head") for n, w in ((0, "Tools"), (1, "Books"))]
    >>> [(r.pattern, r.where) for r in _run_lines(runs, rules).values()]
    [('^(?:Shop bar) (?:Home > \\S+) (?:by Shop)$', 'head')]
    >>> _run_lines(runs[:1], rules)  # one page: no evidence
    {}
    """
    compiled = [(r, regex.compile(r.pattern)) for r in rules
                if not r.mark and not r.start and not r.together and not r.block]
    found: dict[str, Rule] = {}
    for n, pieces, line, where in runs:
        taken = [next((r for r, c in compiled if c.search(piece)), None) for piece in pieces]
        if not all(taken):
            continue
        pattern = "^" + " ".join(f"(?:{r.pattern[1:-1]})" for r in taken) + "$"
        rule = found.setdefault(pattern, Rule(pattern, where, set(), line))
        rule.pages.add(n)
        if rule.where != where:
            rule.where = "anywhere"
    return {p: r for p, r in found.items() if len(r.pages) >= 2}


def _trail_marks(pages: list[list[str]], rules: list[Rule]) -> Rule | None:
    r"""Learned lines run onto the end of a paragraph (an answer's "answered DATE" line and its
    user's name, where the line between went as a page's running footer): a run of up to
    ``TOGETHER`` of them at the end of a line, after a punctuation mark and a body's length of text,
    is cut where the pages learned from show a run so on two pages or more. The run starts with a
    learned line of a fixed number of words that holds a word of its own, seen so; a line of a
    closed set of words or a name (capitalised words) may follow it, never start it.

    >>> rules = [Rule(r"^answered \S+ \d+$", "anywhere"), Rule(r"^(?:Ann|Lee|Bo)(?: (?:Ann|Lee|Bo)){0,1}$", "anywhere",
    ...          closed=True), Rule(r"^Top$", "tail")]
    >>> pages = [["x" * 130 + f". answered May {n} Ann Lee"] for n in (1, 2)]
    >>> mark = _trail_marks(pages, rules)
    >>> [regex.sub(mark.pattern, "", "y" * 130 + end)[-10:] for end in (". answered Jun 3 Bo", ". Lee Ann")]
    ['yyyyyyyyy.', 'y. Lee Ann']
    """
    pieces = [r for r in rules if not r.mark and not r.start and not r.together and "{" not in r.pattern
              and ".+" not in r.pattern and ".*" not in r.pattern and LITERAL_WORD.search(r.pattern)]
    then = "(?:" + "|".join([r.pattern[1:-1] for r in pieces + [r for r in rules if r.closed]] + [NAME + "(?: " + NAME + "){0,3}"]) + ")"
    end = r"(?<=.{%d}\p{P}) " % (BODY_MIN - 1)
    on: dict[str, set] = defaultdict(set)
    for rule in pieces:
        c = regex.compile(end + rule.pattern[1:-1] + "(?: " + then + "){0,%d}$" % (TOGETHER - 1))
        on[rule.pattern] = {n for n, lines in enumerate(pages) for line in lines if len(line) >= BODY_MIN and c.search(line)}
    chosen = [p for p in on if len(on[p]) >= 2]
    if not chosen:
        return None
    pattern = end + "(?:" + "|".join(p[1:-1] for p in chosen) + ")(?: " + then + "){0,%d}$" % (TOGETHER - 1)
    sample = next(line for lines in pages for line in lines if len(line) >= BODY_MIN and regex.search(pattern, line))
    return Rule(pattern, "anywhere", set().union(*(on[p] for p in chosen)), sample, mark=True)


def _marks(pages: list[list[str]], need) -> dict[str, Rule]:
    """A mark set after lines that change ("History[edit]", "Reception [edit]") on enough pages:
    learned as a mark rule, which cuts the mark and keeps the line."""
    on: dict[str, set] = defaultdict(set)
    before: dict[str, set] = defaultdict(set)
    sample: dict[str, str] = {}
    for n, lines in enumerate(pages):
        for line in lines:
            if len(line) > SHORT or not (m := MARK.search(line)) or not regex.search(r"[^\W\d]{2}", m.group(1)):
                continue
            key = _exact(m.group(1))[1:-1] + "$"
            on[key].add(n)
            before[key].add(_digits(line[: m.start()].strip()))
            sample.setdefault(key, line)
    return {key: Rule(key, "anywhere", pages_on, sample[key], mark=True)
            for key, pages_on in on.items() if need(pages_on) and len(before[key]) >= 3}
