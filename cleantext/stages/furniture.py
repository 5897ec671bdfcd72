"""Page furniture: banners, widgets, appeals, captions, footers, found by the rule files."""
from __future__ import annotations

from ..document import Document, Line
from ..pipeline import stage
from ..rulefile import REGEX_TIMEOUT, Furniture, RuleTimeoutError, selected


def regions(lines: list[Line], body_min_chars: int) -> tuple[int, int]:
    """Where the body starts and ends: the first and last paragraph of at least ``body_min_chars``.

    Lines before the first are the head, lines after the last the tail. A document with no such
    paragraph is all head and all tail.
    """
    body = [i for i, line in enumerate(lines) if len(line.text) >= body_min_chars]
    if not body:
        return len(lines), -1
    return body[0], body[-1]


def _in_region(rule: Furniture, i: int, first: int, last: int) -> bool:
    if rule.where == "head":
        return i < first
    if rule.where == "tail":
        return i > last
    return True


def _search(rule: Furniture, pattern, line: Line) -> bool:
    """Search one line, turning a run-away pattern into an error that names the rule."""
    try:
        return pattern.search(line.text.strip(), timeout=REGEX_TIMEOUT) is not None
    except TimeoutError:
        raise RuleTimeoutError([
            f'{rule.path}:{rule.line}: furniture "{rule.id}": the pattern ran longer than {REGEX_TIMEOUT} s '
            f"on input line {line.span[0]}; make it simpler (avoid nested repeats such as (a+)+)"
        ]) from None


def find(lines: list[Line], rules: list[Furniture], *, body_min_chars: int = 120):
    """Yield (first, last, rule) for each stretch of ``lines`` that a rule marks as furniture."""
    first, last = regions(lines, body_min_chars)
    taken: set[int] = set()
    for rule in rules:
        for i, line in enumerate(lines):
            if i in taken or not _in_region(rule, i, first, last):
                continue
            if rule.pattern is not None:
                if _search(rule, rule.pattern, line):
                    taken.add(i)
                    yield i, i, rule
            elif _search(rule, rule.start, line):
                for j in range(i, min(i + rule.max_lines, len(lines))):
                    if j in taken:
                        break
                    if _search(rule, rule.end, lines[j]):
                        taken.update(range(i, j + 1))
                        yield i, j, rule
                        break


@stage("furniture")
class FurnitureStage:
    """Remove the lines that the selected rule files mark as furniture."""

    def __init__(self, *, body_min_chars: int = 120, max_share: float = 0.5, share_min_chars: int = 400):
        # A news paragraph is rarely under 120 characters, a banner or widget line rarely over it.
        self.body_min_chars = body_min_chars
        # Rules that would take more than this share of the text are more likely wrong than right...
        self.max_share = max_share
        # ...but in a text this short (a snippet, a rule example) furniture can be most of it.
        self.share_min_chars = share_min_chars

    def __call__(self, doc: Document) -> Document:
        chosen = selected(doc)
        rules = doc.rules.furniture(chosen) if doc.rules is not None else []
        lines = [line for line in doc.kept() if not line.blank]
        found = list(find(lines, rules, body_min_chars=self.body_min_chars))
        total = sum(len(line.text) for line in lines) or 1
        taken = sum(len(lines[k].text) for i, j, _ in found for k in range(i, j + 1))
        if found and total >= self.share_min_chars and taken / total > self.max_share:
            doc.count("removals_refused", len(found))
            doc.warnings.append(f"furniture rules would remove {taken / total:.0%} of the text "
                                f"(more than {self.max_share:.0%}); nothing was removed")
            return doc
        for i, j, rule in found:
            for k in range(i, j + 1):
                doc.remove(lines[k], rule.cls, rule.rule_id)
        return doc
