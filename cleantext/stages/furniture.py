"""Page furniture: banners, widgets, appeals, captions, footers, found by the rule files."""
from __future__ import annotations

import bisect
import itertools
import math
import time

import regex

from ..document import Change, Document, Line
from ..patterns import HEAD_FLAGS, NOT_COMBINABLE, anchored_body, structure
from ..rulefile import REGEX_TIMEOUT, Furniture, RuleTimeoutError, selected
from .base import stage


def regions(lines: list[Line], body_min_chars: int) -> tuple[int, int]:
    """Where the body starts and ends: the first and last paragraph of at least ``body_min_chars``.

    Lines before the first are the head, lines after the last the tail. A document with no such
    paragraph is all head and all tail.
    """
    body = [i for i, line in enumerate(lines) if len(line.text) >= body_min_chars]
    if not body:
        return len(lines), -1
    return body[0], body[-1]


def _body(lines: list[Line], texts: list[str], rules: list[Furniture], body_min_chars: int,
          budget: Budget) -> tuple[int, int]:
    """As regions(), but a long line that a head (or anywhere) line rule takes whole is no start of
    the body, nor one that a tail (or anywhere) rule takes its end: a ticker or a strip of links
    that a page's layout ran together into one long line stays in the head or tail."""
    long = [i for i, text in enumerate(texts) if len(lines[i].text) >= body_min_chars]
    if not long:
        return len(lines), -1

    def taken(i: int, side: str) -> bool:
        return any(rule.pattern is not None and rule.where in (side, "anywhere")
                   and _search(rule, rule.pattern, texts[i], lines[i], budget) for rule in rules)

    k = 0
    while k < len(long) and taken(long[k], "head"):
        k += 1
    if k == len(long):
        return len(lines), -1
    j = len(long) - 1
    while j > k and taken(long[j], "tail"):
        j -= 1
    return long[k], long[j]


def _in_region(rule: Furniture, i: int, first: int, last: int) -> bool:
    if rule.where == "head":
        return i < first
    if rule.where == "tail":
        return i > last
    return True


# Keyed by what the patterns say, not by the rule objects' ids, which Python reuses once an object
# is gone: the combined pattern and the places of the rules it covers.
_PREFILTERS: dict[tuple, tuple[regex.Pattern | None, list[int]]] = {}


# What inside a negative lookaround can match a line end: at the end of a line searched alone
# there is nothing to see, in the lines joined there is "\n", and the lookaround could fail.
_SEES_LINE_END = regex.compile(r"\\[sWDnvhRN]|\\[pP]\{|\[\^")


def _refuses_a_line_end(source: str) -> bool:
    """Whether a negative lookaround of the pattern could match the line end of joined lines.

    >>> _refuses_a_line_end(r"^Share(?!\\s)"), _refuses_a_line_end(r"^A (?!\\b(?:is|was)\\b)\\w+$")
    (True, False)
    """
    opened: dict[int, int] = {}  # depth -> where a negative lookaround opened at that depth
    for at, char, depth in structure(source):
        if char == "(" and regex.match(r"\(\?<?!", source[at:]):
            opened[depth] = at
        elif char == ")" and depth + 1 in opened:
            start = opened.pop(depth + 1)
            if _SEES_LINE_END.search(source, start, at):
                return True
    return False


def prefilter(rules: list[Furniture]) -> tuple[regex.Pattern | None, list[Furniture]]:
    """One pattern that matches a line whenever any of ``rules``' line patterns would, and the rules it covers.

    The rules still decide, one by one and in their order, but only on the few lines the combined
    pattern lets through: one pass over the text instead of one per rule and line. Only patterns
    anchored at the start of the line are combined, each behind a line end in place of its ``^``:
    the pattern is searched over the lines joined by line ends (and one before the first), where
    the engine leaps from line end to line end (an alternation of unanchored branches would be
    tried at every position, and be slower than the rules it replaces). It is multi-line, so ``$``
    still ends a line; where a branch could run on into the next line the match is only a wider
    net, since the rules decide. Patterns that an alternation or the joined text would change
    (back-references, flags in the middle, ``\\A`` and ``\\Z``) are left out and always tried.

    >>> rules = [Furniture("a", "widget", "s", pattern=regex.compile("(?i)^share$")),
    ...          Furniture("b", "banner", "s", pattern=regex.compile("^Loading$")),
    ...          Furniture("c", "caption", "s", pattern=regex.compile(r"\\[Photo\\]$"))]
    >>> combined, covered = prefilter(rules)
    >>> combined.pattern
    '(?m)\\n(?:(?P<r0>(?i:share$))|(?P<r1>(?:Loading$)))'
    >>> bool(combined.search("\\nSHARE")), bool(combined.search("\\nloading")), [rule.id for rule in covered]
    (True, False, ['a', 'b'])
    """
    key = tuple(_pattern_key(rule.pattern) for rule in rules)
    if key in _PREFILTERS:
        combined, places = _PREFILTERS[key]
        return combined, [rules[k] for k in places]
    parts, covered = [], []
    for rule in rules:
        if rule.pattern is None:
            continue  # block rules run as they are
        source = rule.pattern.pattern
        if (NOT_COMBINABLE.search(source) or _refuses_a_line_end(source)
                or rule.pattern.flags != regex.compile(source, regex.V0).flags):
            continue  # would mean something else in an alternation, or was compiled with flags of its own
        head = HEAD_FLAGS.match(source)
        flags, rest = (head.group(1), source[head.end():]) if head else ("", source)
        body = anchored_body(rest)
        if body is None:
            continue
        # Each branch is a group named after its place, so a match tells the first rule that matched.
        parts.append(f"(?P<r{len(covered)}>(?{flags}:{body}))")
        covered.append(rule)
    combined = None
    if parts:
        try:
            combined = regex.compile("(?m)\n(?:" + "|".join(parts) + ")", regex.V0)
        except regex.error:  # not expected; the rules are then tried one by one as before
            combined, covered = None, []
    _PREFILTERS[key] = (combined, [next(k for k, r in enumerate(rules) if r is rule) for rule in covered])
    return combined, covered


def _pattern_key(pattern: regex.Pattern | None) -> tuple | None:
    return None if pattern is None else (pattern.pattern, pattern.flags)


def _ran_away(rule: Furniture, where: str) -> RuleTimeoutError:
    """The error for a pattern that ran past the time limit, naming the rule and the input."""
    return RuleTimeoutError([
        f'{rule.path}:{rule.line}: furniture "{rule.id}": the pattern ran longer than {REGEX_TIMEOUT} s '
        f"on {where}; make it simpler (avoid nested repeats such as (a+)+)"
    ])


# The budget is counted in processor time, as the regex module counts its time-outs: on a busy
# machine a search stopped after 1 s of processor time can take 5 s of wall time, which spent a
# wall-clock budget in one search of all the patterns and blamed a rule that had spent nothing.
clock = time.process_time


class Budget:
    """The time all rules together may spend on one document, and which rule spent it.

    The time limit of one search stops a pattern that runs away on one line; a pattern that is
    merely slow (0.9 s a line) would pass it on every line of a long document. The budget stops
    that too, and names the rule that spent the most of it.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends = clock() + seconds
        self.spent: dict[int, float] = {}
        self.rules: dict[int, Furniture] = {}

    def search(self, rule: Furniture, pattern: regex.Pattern, text: str, where: str, *, every: bool = False):
        """``pattern.search`` on ``text`` (every match, with ``every``), within both time limits; the
        time is charged to ``rule``. A pattern that runs out raises RuleTimeoutError naming it."""
        started = clock()
        left = self.ends - started
        if left <= 0:
            raise self.spent_by(rule, where)
        limit = min(REGEX_TIMEOUT, left)
        try:
            found = list(pattern.finditer(text, timeout=limit)) if every else pattern.search(text, timeout=limit)
            ran_out = False
        except TimeoutError:
            found, ran_out = None, True
        # Charged before an error is made, so that the error names the rule that spent the most,
        # this one included.
        key = id(rule)
        self.spent[key] = self.spent.get(key, 0.0) + clock() - started
        self.rules[key] = rule
        if ran_out and limit < REGEX_TIMEOUT:
            raise self.spent_by(rule, where)
        if ran_out:
            raise _ran_away(rule, where)
        return found

    def forgive(self, seconds: float) -> None:
        """Give back time that no rule spent (the combined pre-check's search)."""
        self.ends += seconds

    def spent_by(self, rule: Furniture, where: str) -> RuleTimeoutError:
        key = max(self.spent, key=self.spent.get, default=id(rule))
        worst = self.rules.get(key, rule)
        return RuleTimeoutError([
            f'{worst.path}:{worst.line}: furniture "{worst.id}": the rules ran past the document\'s time budget '
            f"of {self.seconds:g} s ({worst.rule_id} spent {self.spent.get(key, 0.0):.1f} s of it; it ran out "
            f"on {where}); make its pattern simpler, or raise the furniture stage's time_budget"
        ])


def _search(rule: Furniture, pattern: regex.Pattern, text: str, line: Line, budget: Budget) -> bool:
    """Search one line, turning a run-away pattern into an error that names the rule."""
    return budget.search(rule, pattern, text, f"input line {line.span[0]}") is not None


def _candidates(combined: regex.Pattern | None, joined: str, starts: list[int],
                budget: Budget | None = None) -> dict[int, int] | None:
    """The lines the combined pattern lets through, each with the place (in the covered rules) of
    the first rule that matches it; None if the pattern ran away (each rule is then tried alone).
    ``joined`` is the lines joined by line ends, ``starts`` where each line starts in it.

    Branches are tried in order at the start of the line, so no covered rule before that first
    one matches the line: those rules need not look at it.
    """
    if combined is None:
        return {}
    found = {}
    limit = REGEX_TIMEOUT if budget is None else min(REGEX_TIMEOUT, max(budget.ends - clock(), 0.001))
    try:
        # Overlapped: a match that runs on into the next line must not hide that line's own.
        # The search is over a line end and the joined lines: a match at k starts line k's.
        for match in combined.finditer("\n" + joined, overlapped=True, timeout=limit):
            found[bisect.bisect_left(starts, match.start())] = int(match.lastgroup[1:])
    except TimeoutError:
        return None  # each rule is tried alone, on the budget that is left
    return found


_JOINED: dict[tuple, regex.Pattern | None] = {}


def _joined_pattern(rule: Furniture) -> regex.Pattern | None:
    """The rule's line pattern, multi-line, for the lines joined; None where that could miss a line
    (anchors of the whole text, a negative lookaround that could see a line end)."""
    key = _pattern_key(rule.pattern)
    if key not in _JOINED:
        source = rule.pattern.pattern
        safe = not regex.search(r"\\[AZz]", source) and not _refuses_a_line_end(source)
        _JOINED[key] = regex.compile(source, rule.pattern.flags | regex.M) if safe else None
    return _JOINED[key]


def _touched(rule: Furniture, pattern: regex.Pattern, joined: str, starts: list[int], budget: Budget) -> list[int]:
    """The lines a match of ``pattern`` over the joined lines touches: one search instead of one per
    line. A line that the rule matches on its own is among them (its match is there in the joined
    text, or an earlier match runs into it); the rule then decides line by line."""
    found: set[int] = set()
    for match in budget.search(rule, pattern, joined, "the document", every=True):
        first = bisect.bisect_right(starts, match.start()) - 1
        last = bisect.bisect_right(starts, max(match.end() - 1, match.start())) - 1
        found.update(range(first, last + 1))
    return sorted(found)


def find(lines: list[Line], rules: list[Furniture], *, body_min_chars: int = 120, time_budget: float = 5.0):
    """Yield (first, last, rule) for each stretch of ``lines`` that a rule marks as furniture.

    A pattern that runs past the time limit of a search (1 s), or rules that together run past
    ``time_budget`` seconds on the document, raise RuleTimeoutError naming the rule.
    """
    texts = [line.text.strip() for line in lines]
    everywhere = range(len(texts))
    combined, covered = prefilter(rules)
    joined = "\n".join(texts)
    starts = list(itertools.accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
    # The budget starts with the rules' searches: building the combined pattern is no rule's time.
    budget = Budget(time_budget)
    first, last = _body(lines, texts, rules, body_min_chars, budget)
    # The only lines a covered rule can take: those the combined pattern matches (usually few).
    # That search is no rule's: a rule that makes it run away is named by its own search after it.
    started = clock()
    candidates = _candidates(combined, joined, starts, budget)
    budget.forgive(clock() - started)
    place = {id(rule): k for k, rule in enumerate(covered)} if candidates is not None else {}
    taken: set[int] = set()
    for rule in rules:
        if rule.mark is not None:
            continue  # cuts a part of a line: see marks()
        k = place.get(id(rule))
        if k is not None:
            where = [i for i, first in candidates.items() if first <= k]
        elif rule.pattern is not None and (pattern_joined := _joined_pattern(rule)) is not None:
            where = _touched(rule, pattern_joined, joined, starts, budget)
        else:
            where = everywhere
        for i in where:
            if i in taken or not _in_region(rule, i, first, last):
                continue
            if rule.pattern is not None:
                if _search(rule, rule.pattern, texts[i], lines[i], budget):
                    taken.add(i)
                    yield i, i, rule
            elif _search(rule, rule.start, texts[i], lines[i], budget):
                for j in range(i, min(i + rule.max_lines, len(lines))):
                    if j in taken:
                        break
                    if _search(rule, rule.end, texts[j], lines[j], budget):
                        taken.update(range(i, j + 1))
                        yield i, j, rule
                        break


def marks(lines: list[Line], rules: list[Furniture], *, body_min_chars: int = 120, time_budget: float = 5.0):
    """Yield (i, text, rule) for each line that a mark rule cuts: the line's text with every match
    of the rule's ``mark`` cut out (white space around it closed up). Each line is cut by the first
    mark rule that matches it, in its region.

    >>> rule = Furniture("edit", "markup", "s", mark=regex.compile(r"\\[edit\\]$"))
    >>> [(i, text) for i, text, _ in marks([Line("History[edit]", (1, 1)), Line("Prose [edit]. ", (2, 2))], [rule])]
    [(0, 'History')]
    """
    cutting = [rule for rule in rules if rule.mark is not None]
    if not cutting:
        return
    budget = Budget(time_budget)
    texts = [line.text.strip() for line in lines]
    first, last = _body(lines, texts, rules, body_min_chars, budget)
    for i, line in enumerate(lines):
        text = texts[i]
        for rule in cutting:
            if not _in_region(rule, i, first, last):
                continue
            found = budget.search(rule, rule.mark, text, f"input line {line.span[0]}", every=True)
            spans = [m.span() for m in found if m.end() > m.start()]
            if spans:
                pieces, pos = [], 0
                for a, b in spans:
                    pieces.append(text[pos:a])
                    pos = b
                pieces.append(text[pos:])
                yield i, " ".join(" ".join(pieces).split()), rule
                break


@stage("furniture")
class FurnitureStage:
    """Remove the lines that the selected rule files mark as furniture."""

    # Besides being finite and not negative: a share is at most the whole, and a budget of no time
    # would stop every document.
    bounds = {"max_share": (0, 1), "time_budget": (0.01, math.inf)}

    def __init__(self, *, body_min_chars: int = 120, max_share: float = 0.5, share_min_chars: int = 400,
                 time_budget: float = 5.0):
        # A news paragraph is rarely under 120 characters, a banner or widget line rarely over it.
        self.body_min_chars = body_min_chars
        # Rules that would take more than this share of the text are more likely wrong than right...
        self.max_share = max_share
        # ...but in a text this short (a snippet, a rule example) furniture can be most of it,
        # though never all of it: a short text that every rule agrees is furniture is left whole.
        self.share_min_chars = share_min_chars
        # Seconds all rules together may spend on a document, per megabyte of its text (at least
        # once): the built-in rules take well under a tenth of a second on a page.
        self.time_budget = time_budget

    def __call__(self, doc: Document) -> Document:
        chosen = selected(doc)
        rules = doc.rules.furniture(chosen) if doc.rules is not None else []
        lines = [line for line in doc.kept() if not line.blank]
        total = sum(len(line.text) for line in lines) or 1
        budget = self.time_budget * max(1.0, total / 1_000_000)
        found = list(find(lines, rules, body_min_chars=self.body_min_chars, time_budget=budget))
        taken = sum(len(lines[k].text) for i, j, _ in found for k in range(i, j + 1))
        if found and total >= self.share_min_chars and taken / total > self.max_share:
            refused = (f"furniture rules would remove {taken / total:.0%} of the text "
                       f"(more than {self.max_share:.0%}); nothing was removed")
        elif found and taken >= total and total < self.share_min_chars:
            refused = (f"furniture rules would remove all of a text under {self.share_min_chars} "
                       f"characters; nothing was removed")
        else:
            refused = None
        if refused:
            doc.count("removals_refused", len(found))
            doc.warnings.append(refused)
            return doc
        if found and taken >= total:
            names = sorted({rule.rule_id for _, _, rule in found})
            doc.warnings.append(f"furniture rules removed the whole document ({', '.join(names)})")
        for i, j, rule in found:
            for k in range(i, j + 1):
                doc.remove(lines[k], rule.cls, rule.rule_id)
        for i, text, rule in marks(lines, rules, body_min_chars=self.body_min_chars, time_budget=budget):
            line = lines[i]
            if not line.kept:
                continue
            if not text:
                doc.remove(line, rule.cls, rule.rule_id)
                continue
            doc.changes.append(Change(self.name, line.span, line.text, text, rule.rule_id))
            line.text = text
            doc.count("furniture_marks")
        return doc
