"""Document, Line, Change and Removal: the one object that stages pass on."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import count
from typing import Callable, Iterable, Iterator

from .codeblocks import code_lines


# The kinds of text a document can be (cleantext/kinds.py tells them; a stage's `kinds` in
# [pipeline] names those it runs for).
KINDS = ["web", "markdown", "page", "prose"]


@dataclass
class Removal:
    """A piece of the input that a rule took out, kept so it can be shown and recovered."""

    lines: tuple[int, int]  # 1-based, inclusive, in the decoded input
    text: str  # the input's own text of those lines, before any repair
    cls: str  # banner, header, footer, page-number, widget, appeal, caption, ...
    rule: str  # "site:id"
    reason: str = ""


# A Change's ``what`` for a paragraph a stage made of several lines ("4 lines joined"): --explain
# shows its lines' beginning rather than a before and after.
JOINED = "lines joined"


@dataclass
class Change:
    """One line that a stage rewrote."""

    stage: str
    lines: tuple[int, int]
    before: str
    after: str
    what: str = ""


@dataclass(slots=True)
class Line:
    """One line of the document (after paragraph joins: one paragraph) and where it came from."""

    text: str
    span: tuple[int, int]  # 1-based source lines, inclusive
    lang: str | None = None
    script: str | None = None
    confidence: float | None = None
    removal: Removal | None = None

    @property
    def kept(self) -> bool:
        return self.removal is None

    @property
    def blank(self) -> bool:
        # isspace() stops at the first other character and copies nothing, unlike strip().
        return not self.text or self.text.isspace()


@dataclass
class Document:
    """The text as it moves through the stages, with everything that was done to it."""

    source: str = "<stdin>"
    data: bytes | None = None  # the raw input, until decode has turned it into lines
    raw_lines: list[str] = field(default_factory=list)  # decoded input lines, for the report
    lines: list[Line] = field(default_factory=list)
    encoding: str | None = None
    encoding_confidence: float | None = None
    # Text read from a PDF: the programs that made it, Producer and Creator ("" when not said)
    pdf_producer: tuple[str, str] | None = None
    language: str = "und"
    sites: list[str] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # what a person should know; shown by --explain
    rules: object = None  # the RuleSet in force (see rulefile.py)
    selected: list | None = None  # (RuleFile, why) pairs chosen for this document, once known
    kind: str | None = None  # web, markdown, page or prose (cleantext/kinds.py), once known
    kind_reason: str = ""  # why, in words: the sign that decided it, or "forced"

    @classmethod
    def from_text(cls, text: str, source: str = "<string>") -> "Document":
        doc = cls(source=source)
        doc.set_text(text)
        return doc

    def set_text(self, text: str) -> None:
        """Split decoded text into numbered lines ("\\r\\n", "\\r" and "\\n" all end a line)."""
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.raw_lines = text.split("\n")
        if self.raw_lines and self.raw_lines[-1] == "" and len(self.raw_lines) > 1:
            self.raw_lines.pop()  # the final line end does not start a line
        if BLANK_RUN_FOUND.search(text):
            self.lines = _lines_with_short_blank_runs(self.raw_lines)
        else:
            self.lines = list(map(Line, self.raw_lines, zip(count(1), count(1))))  # line i spans (i, i)

    def kept(self) -> Iterator[Line]:
        """The lines still in the document."""
        return (line for line in self.lines if line.removal is None)

    def count(self, name: str, n: int = 1) -> None:
        self.counters[name] = self.counters.get(name, 0) + n

    def edit_lines(self, stage: str, fix: Callable[[str], str] | None, counter: str | None = None,
                   needles: Callable[[str], Iterable[str] | None] | None = None,
                   fix_for: Callable[[Line], Callable[[str], object] | None] | None = None) -> int:
        """Apply ``fix`` to every kept line; record each line it really changed.

        ``needles``, when given, is told the kept lines joined by line ends and returns the
        strings whose presence in a line means ``fix`` may change it (a string may hold a line
        end: it marks the lines on both sides), or None when any line may change. Only the lines
        holding one are fixed: a few searches over the whole text cost far less than calling
        ``fix`` line by line, and most lines need nothing.

        ``fix_for``, when given, names each kept line's fix (None: the line is left alone), for a
        stage that mends some lines only, or each as its label says. A fix returns the line, or
        (line, how many repairs, what they were): then ``counter`` counts the repairs instead of
        the lines changed, and what they were is kept with the change.
        """
        changed = 0
        lines = [line for line in self.lines if line.removal is None]
        if needles is not None:
            lines = _lines_holding(lines, needles)
        for line in lines:
            mend = fix if fix_for is None else fix_for(line)
            if mend is None:
                continue
            after, what = mend(line.text), ""
            if isinstance(after, tuple):
                after, repairs, what = after
                changed += repairs
            elif after != line.text:
                changed += 1
            if after != line.text:
                self.changes.append(Change(stage, line.span, line.text, after, what))
                line.text = after
        if counter is not None:
            self.count(counter, changed)
        return changed

    def kept_text(self) -> tuple[str, list[Line]]:
        """The kept lines (blank ones included) as one text, and the lines in that order."""
        lines = list(self.kept())
        return "\n".join(line.text for line in lines), lines

    def relayout(self, text: str, lines: list[Line]) -> bool:
        """Take ``text``, a re-lined version of ``lines`` (from kept_text), as the document's kept lines.

        The stages that call this only move line breaks, white space and hyphens, so the
        letters and digits of the old lines and the new are the same sequence: each new line
        is traced to the old lines its letters came from, and its span covers theirs. If the
        counts do not agree, nothing changes and False is returned: a stage can never lose or
        invent text this way.
        """
        old = [line for line in lines if not line.blank]
        prefix = [0]
        for line in old:
            prefix.append(prefix[-1] + _alnum(line.text))
        new: list[Line] = []
        pos = 0
        for part in text.split("\n"):
            if not part.strip():
                end = new[-1].span[1] if new else 0
                new.append(Line(part, (end, end)))  # a form feed here still marks a page break
                continue
            need = _alnum(part)
            first = min(max(bisect.bisect_right(prefix, pos) - 1, 0), len(old) - 1)
            last = max(bisect.bisect_left(prefix, pos + need) - 1, first)
            if not old or last >= len(old):
                return False
            source = old[first]
            new.append(Line(part, (source.span[0], old[last].span[1]), source.lang, source.script,
                            source.confidence))
            pos += need
        if pos != prefix[-1]:
            return False
        # The new lines keep their order; each removed line goes back before the first new
        # line that starts after it, so the report still lists blocks in reading order.
        removed = [line for line in self.lines if not line.kept]
        merged: list[Line] = []
        for line in new:
            while removed and not line.blank and removed[0].span[0] < line.span[0]:
                merged.append(removed.pop(0))
            merged.append(line)
        self.lines = merged + removed
        return True

    def remove(self, line: Line, cls: str, rule: str, reason: str = "") -> Removal:
        start, end = line.span
        removal = Removal(line.span, "\n".join(self.raw_lines[start - 1 : end]), cls, rule, reason)
        line.removal = removal
        self.removed.append(removal)
        return removal

    @property
    def text(self) -> str:
        """The clean text: one paragraph per line, one blank line between, one final line end. A
        block of code (cleantext/codeblocks.py) is one paragraph: its lines as they are, with their
        indentation and the blank lines between them."""
        kept = [line.text for line in self.lines if line.removal is None]
        code = code_lines(kept)
        paragraphs: list[str] = []
        in_code = False
        for i, text in enumerate(kept):
            if i in code:
                text = text.replace("\f", "").rstrip()
                if in_code:
                    paragraphs[-1] += "\n" + text
                elif text:
                    paragraphs.append(text)
                in_code = bool(paragraphs)
                continue
            in_code = False
            if text := text.strip():
                paragraphs.append(text)
        return "\n\n".join(paragraph.rstrip() for paragraph in paragraphs) + "\n" if paragraphs else ""


# Blank lines (empty, or spaces and tabs only) in a row beyond this many are one Line spanning
# the rest: the clean text has one blank line between paragraphs whatever the run, no stage
# tells three blank lines from more, and a file of millions of blank lines then costs memory
# for its text, not for its line count. A line with a form feed is a page break and stays.
BLANK_RUN = 3
# Written out, not as "(?:\n[ \t]*){3}\n": the engine then leaps from line end to line end (in C),
# where the counted group made it try the group at every character (about 0.45 ms on a 9 KB text
# against 6 µs; the same matches).
BLANK_RUN_FOUND = re.compile(r"\n[ \t]*" * BLANK_RUN + r"\n")


def _lines_with_short_blank_runs(raw_lines: list[str]) -> list[Line]:
    """A Line per source line, except that a run of empty lines longer than BLANK_RUN keeps its
    first BLANK_RUN lines, the last of them spanning the whole rest of the run.

    >>> [line.span for line in _lines_with_short_blank_runs(["a", "", " ", "", "\t", "", "b"])]
    [(1, 1), (2, 2), (3, 3), (4, 6), (7, 7)]
    >>> [line.span for line in _lines_with_short_blank_runs(["", "", "", "\x0c", "", "b"])]
    [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6)]
    """
    lines: list[Line] = []
    run = 0
    for number, text in enumerate(raw_lines, 1):
        if text.strip(" \t"):
            run = 0
        else:
            run += 1
            if run > BLANK_RUN:
                lines[-1].span = (lines[-1].span[0], number)
                continue
        lines.append(Line(text, (number, number)))
    return lines


# The ASCII characters that are not letters or digits: an ASCII text's letters and digits are
# counted in C by deleting these from its bytes.
_ASCII_NOT_ALNUM = bytes(code for code in range(128) if not chr(code).isalnum())


def _alnum(text: str) -> int:
    """How many of the text's characters are letters or digits (str.isalnum).

    >>> _alnum("Zürich, 2024: ½ ok!")
    13
    """
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_NOT_ALNUM))
    return sum(map(str.isalnum, text))


def _lines_holding(lines: list[Line], needles: Callable[[str], Iterable[str] | None]) -> list[Line]:
    """The lines that hold one of the strings ``needles`` names for their joined text (see edit_lines)."""
    text = "\n".join([line.text for line in lines])
    found = needles(text)
    if found is None:
        return lines
    found = [needle for needle in found if needle]
    if not found:
        return []
    # A line end before the first line and after the last, so that a needle such as " \n"
    # finds a space at the end of the last line too. Line k is then the one after the
    # (k+1)th line end: a position's line is counted, in C, from the line ends before it.
    padded = "\n" + text + "\n"
    hit: set[int] = set()
    for needle in found:
        pos, counted, ends = padded.find(needle), 0, 0
        while pos != -1:
            ends += padded.count("\n", counted, pos)
            first = ends - 1
            end = pos + len(needle) - 1
            last = first + padded.count("\n", pos, end)
            hit.update(range(max(first, 0), min(last, len(lines) - 1) + 1))
            # Further finds inside the lines just marked would add nothing: go on from where a
            # find could first touch the next line.
            next_line = padded.find("\n", end) + 1
            counted = pos
            pos = padded.find(needle, max(pos + 1, next_line - len(needle) + 1))
    return [lines[i] for i in sorted(hit)]
