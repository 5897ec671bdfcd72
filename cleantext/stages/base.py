"""What a stage is, and the registry a pipeline finds stages in by name."""
from __future__ import annotations

import bisect
import difflib
import importlib
import inspect
import math
import pkgutil
from typing import Callable, Iterable, NamedTuple, Protocol

from ..codeblocks import code_line_ids, code_lines
from ..document import JOINED, KINDS, Change, Document, Line


class Stage(Protocol):
    """One step of a pipeline: takes the document, records what it did, hands it on."""

    name: str

    def __call__(self, doc: Document) -> Document: ...


class Mending(NamedTuple):
    """How a LineFixer mends one document (what its ``prepare(doc)`` returns): ``fix`` and
    ``needles`` as the class gives them, or made for this document; ``fix_for(line)``, when given,
    names each kept line's fix (None: left alone). See ``Document.edit_lines``."""

    fix: Callable[[str], object] | None = None
    needles: Callable[[str], Iterable[str] | None] | None = None
    fix_for: Callable[[Line], Callable[[str], object] | None] | None = None


class LineFixer:
    """The role of a stage that mends lines one at a time, each on its own.

    A subclass gives ``fix(line) -> line`` (a plain function on ``str`` that users and tests
    call too) and may give ``needles(text)``: what a line must hold for ``fix`` to change it (see
    ``Document.edit_lines``), so that most lines are never looked at. Each line changed is
    recorded as a change of this stage and counted under ``counter``.

    A stage whose fix depends on the document (its rule files, its lines' labels, what its text
    holds) gives ``prepare(doc)`` instead: the ``Mending`` for this document, or None to leave
    the document alone, uncounted. Its fix may return (line, how many repairs, what they were):
    the repairs are counted instead of the lines, and what they were goes into the change.
    """

    name: str
    counter: str | None = None
    needles: Callable[[str], Iterable[str] | None] | None = None
    # What a line of code (cleantext/codeblocks.py) gets instead of ``fix``: None leaves it alone.
    # False: code is mended as any line is.
    code_fix: Callable[[str], str] | None | bool = False

    def fix(self, line: str) -> str:
        raise NotImplementedError

    def prepare(self, doc: Document) -> Mending | None:
        return Mending(self.fix, self.needles)

    def __call__(self, doc: Document) -> Document:
        mending = self.prepare(doc)
        if mending is not None:
            fix_for = mending.fix_for
            if self.code_fix is not False:
                fix_for = _code_kept(doc, mending, self.code_fix)
            doc.edit_lines(self.name, mending.fix, counter=self.counter, needles=mending.needles,
                           fix_for=fix_for)
        return doc


def _code_kept(doc: Document, mending: Mending, code_fix):
    """``mending.fix_for`` with the lines of code of ``doc`` given ``code_fix`` instead."""
    code = code_line_ids(list(doc.kept()))
    if not code:
        return mending.fix_for
    return lambda line: (code_fix if id(line) in code else
                         mending.fix if mending.fix_for is None else mending.fix_for(line))


class Relaid(NamedTuple):
    """What a Relayout stage made of one document's kept text: the new text, what to count
    under which counter, and the changes to record, each (the 1-based number of the kept line
    it starts on, before, after, what)."""

    text: str
    counts: dict[str, int]
    changes: list[tuple[int, str, str, str]] = []


class Relayout:
    """The role of a stage that re-cuts the kept lines (joins, splits, reorders them) but never
    changes a letter or digit: ``Document.relayout`` traces every new line to the lines its
    letters came from, and refuses a result that lost or invented any.

    A subclass gives ``relay(text) -> (new text, how many)``, a plain function of the kept lines
    joined by line ends; ``how many`` is counted under ``counter`` when the new text is taken.
    A stage that reads the document (its kind, where it came from, its lines) or records its
    changes one by one gives ``relay_document(doc, text, lines) -> Relaid`` instead; the counts
    and changes are recorded only when the new text is taken. It may give ``applies(doc)``,
    False for the documents it leaves alone; a stage does not override ``__call__``.
    """

    name: str
    counter: str
    # Blocks of code (cleantext/codeblocks.py) are never re-cut: the stage sees the text between them.
    keeps_code = True
    # Each paragraph it made of several lines is recorded as a change (--explain shows it, and
    # whether the join crossed a blank line): a stage that joins lines says so.
    shows_joins = False

    def relay(self, text: str) -> tuple[str, int]:
        raise NotImplementedError

    def applies(self, doc: Document) -> bool:
        return True

    def relay_document(self, doc: Document, text: str, lines: list[Line]) -> Relaid:
        new, count = self.relay(text)
        return Relaid(new, {self.counter: count})

    def __call__(self, doc: Document) -> Document:
        if not self.applies(doc):
            return doc
        text, lines = doc.kept_text()
        code = code_lines([line.text for line in lines]) if self.keeps_code else set()
        relaid = self._relay_around(doc, lines, code) if code else self.relay_document(doc, text, lines)
        if relaid.text != text and doc.relayout(relaid.text, lines):
            for number, before, after, what in relaid.changes:
                span = lines[min(number, len(lines)) - 1].span
                doc.changes.append(Change(self.name, span, before, after, what))
            for counter, count in relaid.counts.items():
                doc.count(counter, count)
            if self.shows_joins:
                self._record_joins(doc, lines)
        return doc

    def _record_joins(self, doc: Document, before: list[Line]) -> None:
        """A change for each new line that holds several whole lines of ``before``: which source
        lines, how many, and whether a blank (or removed) line stood between two of them."""
        old = [line for line in before if not line.blank]
        starts = [line.span[0] for line in old]
        for line in doc.lines:
            if line.blank or not line.kept:
                continue
            i, j = bisect.bisect_left(starts, line.span[0]), bisect.bisect_right(starts, line.span[1])
            if j - i < 2 or old[j - 1].span[1] > line.span[1]:
                continue
            across = any(b.span[0] > a.span[1] + 1 for a, b in zip(old[i:j - 1], old[i + 1:j]))
            doc.changes.append(Change(self.name, line.span, "\n".join(o.text for o in old[i:j]), line.text,
                                      f"{j - i} {JOINED}" + (", across a blank line" if across else "")))


    def _relay_around(self, doc: Document, lines: list[Line], code: set[int]) -> Relaid:
        """relay_document on each run of lines between blocks of code, the code as it is. The
        blank lines next to a block stay with it, so the block stays set off as it was."""
        near = set(code)
        for i in sorted(code):
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(lines) and not lines[j].text.strip() and j not in near:
                    near.add(j)
                    j += step
        parts: list[str] = []
        counts: dict[str, int] = {}
        changes: list[tuple[int, str, str, str]] = []
        start = 0
        while start < len(lines):
            end = start
            while end < len(lines) and (end in near) == (start in near):
                end += 1
            run = lines[start:end]
            text = "\n".join(line.text for line in run)
            if start in near:
                parts.append(text)
            else:
                relaid = self.relay_document(doc, text, run)
                parts.append(relaid.text)
                for counter, count in relaid.counts.items():
                    counts[counter] = counts.get(counter, 0) + count
                changes += [(number + start, *rest) for number, *rest in relaid.changes]
            start = end
        return Relaid("\n".join(parts), counts, changes)


class Remover:
    """The role of a stage that takes whole lines out of the text: each goes into the report with
    its class, its rule and why (``Document.remove``), never silently.

    A subclass gives ``find(texts, **options) -> (cuts, how many)``, a plain function of the kept
    lines' texts: ``cuts`` are ``(index, class, rule, reason)`` of the lines to take out, and
    ``how many`` is counted under ``counter`` (lines, or the blocks they make up). It may give
    ``options(doc)``, the keyword arguments ``find`` takes from the rule files in force;
    ``applies(doc)``, False for the documents it leaves alone; and ``gaps(texts, gone)``, the
    blank lines the removal leaves without a purpose (they are dropped with it) and the kept
    lines that take over a removed line's form feed, so the page break stays. What a stage does to
    the document once its lines are out (the boilerplate stage: a prose text whose furniture it
    found is a web page) goes in ``after(doc, cuts, count)``, called only when it cut lines, after
    they are removed and counted; a stage does not override ``__call__``.
    """

    name: str
    counter: str

    def find(self, texts: list[str], **options) -> tuple[list[tuple[int, str, str, str]], int]:
        raise NotImplementedError

    def options(self, doc: Document) -> dict:
        return {}

    def applies(self, doc: Document) -> bool:
        return True

    def gaps(self, texts: list[str], gone: set[int]) -> tuple[set[int], set[int]]:
        return set(), set()

    def after(self, doc: Document, cuts: list[tuple[int, str, str, str]], count: int) -> None:
        """What the stage does once ``cuts`` are removed and ``count`` counted: nothing here."""

    def __call__(self, doc: Document) -> Document:
        if not self.applies(doc):
            return doc
        lines = list(doc.kept())
        texts = [line.text for line in lines]
        cuts, count = self.find(texts, **self.options(doc))
        if not cuts:
            return doc
        for index, cls, rule, reason in cuts:
            doc.remove(lines[index], cls, rule, reason)
        drop, feeds = self.gaps(texts, {index for index, _, _, _ in cuts})
        for i in feeds:
            lines[i].text = "\f" + lines[i].text
        if drop:
            blank = {id(lines[i]) for i in drop if lines[i].removal is None}
            doc.lines = [line for line in doc.lines if id(line) not in blank]
        doc.count(self.counter, count)
        self.after(doc, cuts, count)
        return doc


class Labeller:
    """The role of a stage that labels lines and changes no text: each non-blank line, kept or
    removed (the report shows a removed line's language too), gets a language, a script and
    how sure the label is.

    A subclass gives ``label(texts, **options)``, a plain function of the lines' texts that
    returns one label per text, with ``lang``, ``script`` and ``confidence`` (``lang.BlockLanguage``), and may
    give ``options(doc)``, the keyword arguments it takes from the rule files in force.
    """

    name: str

    def label(self, texts: list[str], **options) -> list:
        raise NotImplementedError

    def options(self, doc: Document) -> dict:
        return {}

    def __call__(self, doc: Document) -> Document:
        lines = [line for line in doc.lines if not line.blank]
        labels = self.label([line.text for line in lines], **self.options(doc))
        for line, label in zip(lines, labels):
            line.lang, line.script, line.confidence = label.lang, label.script, label.confidence
        return doc


STAGES: dict[str, type] = {}


def stage(name: str) -> Callable[[type], type]:
    """Register a stage class under the name a pipeline declaration uses."""

    def register(cls: type) -> type:
        cls.name = name
        STAGES[name] = cls
        return cls

    return register


def lookup(name: str) -> type | None:
    """The stage class registered as ``name``, or None.

    The built-in stages register themselves when their module is imported; every module of
    this package is imported on the first look-up, so a new stage is one new file here.
    """
    if name not in STAGES:
        _import_builtin()
    return STAGES.get(name)


def known() -> list[str]:
    """The names of all registered stages, sorted."""
    _import_builtin()
    return sorted(STAGES)


_imported = False


def _import_builtin() -> None:
    global _imported
    if _imported:
        return
    package = importlib.import_module(__package__)
    for module in pkgutil.iter_modules(package.__path__):
        if not module.name.startswith("_") and module.name != "base":
            importlib.import_module(f"{__package__}.{module.name}")
    _imported = True


def stage_problems(spec: dict) -> list[str]:
    """What is wrong with a stage's declaration: an unknown stage or option, an option whose type
    is not its default's, or a number out of its range, found before any document is cleaned (not
    on every document).

    A number must be finite and not negative unless the stage's ``bounds`` (option -> lowest,
    highest) say otherwise.

    >>> for problem in stage_problems({"name": "furniture", "max_share": "half", "body_min": 3}): print(problem)
    stage "furniture": option "max_share" must be a number, not 'half'
    stage "furniture": unknown option "body_min" (did you mean "body_min_chars"?)
    >>> for problem in stage_problems({"name": "furniture", "max_share": 7, "time_budget": 0}): print(problem)
    stage "furniture": option "max_share" must be from 0 to 1, not 7
    stage "furniture": option "time_budget" must be at least 0.01, not 0

    ``kinds``, which any stage takes, names the kinds of text it runs for:

    >>> stage_problems({"name": "columns", "kinds": ["page", "pdf"]})
    ['stage "columns": kinds: unknown kind "pdf" (kinds: web, markdown, page, prose)']

    and ``skip_read_from`` the inputs it leaves alone by how they were read (``"pdf"``, or the
    name of the encoding the text was decoded from):

    >>> print(*stage_problems({"name": "pages", "skip_read_from": "pdf"}))
    stage "pages": skip_read_from must be a list of how inputs were read (e.g. ["pdf"]), not 'pdf'
    """
    options = dict(spec)
    name = options.pop("name")
    cls = lookup(name)
    if cls is None:
        return [f"pipeline: unknown stage {name!r} (known stages: {', '.join(known())})"]
    parameters = inspect.signature(cls).parameters
    problems = []
    kinds = options.pop("kinds", None)
    if kinds is not None:
        if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
            problems.append(f'stage "{name}": kinds must be a list of kinds ({", ".join(KINDS)}), not {kinds!r}')
        else:
            problems += [f'stage "{name}": kinds: unknown kind "{k}" (kinds: {", ".join(KINDS)})'
                         for k in kinds if k not in KINDS]
    read_from = options.pop("skip_read_from", None)
    if read_from is not None and (not isinstance(read_from, list)
                                  or not all(isinstance(r, str) for r in read_from)):
        problems.append(f'stage "{name}": skip_read_from must be a list of how inputs were read '
                        f'(e.g. ["pdf"]), not {read_from!r}')
    for key, value in options.items():
        if key not in parameters:
            hint = difflib.get_close_matches(key, list(parameters), n=1)
            more = f' (did you mean "{hint[0]}"?)' if hint else f" (options: {', '.join(parameters) or 'none'})"
            problems.append(f'stage "{name}": unknown option "{key}"{more}')
            continue
        default = parameters[key].default
        want = type(default)
        if default is inspect.Parameter.empty or default is None:
            continue
        fits = (isinstance(value, bool) if want is bool else
                isinstance(value, (int, float)) and not isinstance(value, bool) if want is float else
                isinstance(value, want) and not isinstance(value, bool) if want is int else
                isinstance(value, (list, tuple)) if want in (list, tuple) else  # a TOML array is a list
                isinstance(value, want))
        if not fits:
            kind = {bool: "true or false", float: "a number", int: "a whole number", str: "a string",
                    list: "a list", tuple: "a list"}.get(want, want.__name__)
            problems.append(f'stage "{name}": option "{key}" must be {kind}, not {value!r}')
        elif want in (int, float):
            low, high = getattr(cls, "bounds", {}).get(key, (0, math.inf))
            if not (low <= value <= high and math.isfinite(value)):  # nan passes no comparison
                within = ("a finite number" if not math.isfinite(value) else
                          f"at least {low:g}" if math.isinf(high) else f"from {low:g} to {high:g}")
                problems.append(f'stage "{name}": option "{key}" must be {within}, not {value!r}')
    return problems
