"""Blocks of source code or of a terminal session in a text: the lines no layout stage re-cuts
(reflow, dehyphenate, columns), no markup stage strips ("# a comment" is no heading) and whose
indentation the whitespace stage keeps.

A Markdown code block is told by its fences (``markdown.fenced_code``). Code pasted into plain
text has none, and is told by its form, never by one language's words: lines that end in ":" "{"
"}" ";" or ")", operators with spaces around them, brackets and dots pressed against names
(``parser.parse_args(argv)``), names joined by "_", a shell prompt, a line of braces alone.
"""
from __future__ import annotations

import functools
import re

import regex

from .markdown import fenced_code

# What one line of code shows; each sign counts once.
SIGNS = (
    regex.compile(r"[:{};)]\s*$"),                                   # a statement's or a block's end
    regex.compile(r"[A-Za-z0-9]\((?:[^()]*|[^()]*\([^()]*\)[^()]*)\)"),  # a call: f(x), g(h(x)); no link's "](url)"
    regex.compile(r"\s(?:[-+*/%&|^]?=|[=!<>]=|=>|->|&&|\|\||<<|>>|:=)\s"),  # an assignment, a comparison
    regex.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9]\b|\w(?:\.|::|->)\p{L}\w*[(\[]"),  # snake_name, a.method(
    regex.compile(r"^\s*[{}()\[\];]+\s*$"),     # a line of brackets alone ("}" after a poem's lines is no code)
)
# For each of SIGNS, the characters one of which every match holds: a line holding none of them
# is not searched for it (most lines of prose hold none of several).
SIGN_NEEDS = tuple(map(frozenset, (":{};)", "(", "=&|<>", "_([", "{}()[];")))
# Any of those characters, or the prompt's "$": a line with none shows no sign at all.
_SIGN_CHARS = re.compile("[{}]".format(re.escape("".join(sorted(set().union(*SIGN_NEEDS, "$"))))))
# A shell's prompt before a command counts as two signs: a line of a terminal session.
PROMPT = regex.compile(r"^\s*\$ [a-z./~]")
# A Markdown link's target and an address are read as no sign of code ("](/news/science_and_tech)").
ADDRESS = regex.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)|\b[a-z]+://\S+|www\.\S+")
# A comment's mark at the start of a line: no sign of code alone, no sign of prose either.
COMMENT = regex.compile(r"^\s*(?:#|//|/\*|\*|--|;;?)(?:\s|$)")
WORD = regex.compile(r"\p{L}{2,}")
SENTENCE_END = regex.compile(r"[.!?][\"'”’)]*$")
# A paragraph of at most this many lines beside code, and of its form, is code.
SHORT_PARAGRAPH = 3
# A line of code shows at least this many signs; a block is code where most of its lines do.
LINE_SIGNS = 2
MIN_CODE_LINES = 2
CODE_SHARE = 0.5
# A line of prose: this many words or more and no sign of code.
PROSE_WORDS = 5
PROSE_SHARE = 0.25
# A line longer than this is no line of code (and is not searched for its signs).
LONG_LINE = 200


@functools.lru_cache(maxsize=8192)  # the stages ask about the same lines one after another
def signs(line: str) -> int:
    """How many signs of code ``line`` shows.

    >>> signs("    parser = argparse.ArgumentParser()"), signs("The ferry left the quay (at noon).")
    (4, 0)
    """
    if len(line) > LONG_LINE:
        return 0
    if "](" in line or "://" in line or "www." in line:
        line = ADDRESS.sub("]", line)
    found = _SIGN_CHARS.findall(line)
    if not found:
        return 0
    found = set(found)
    return (sum(1 for sign, needs in zip(SIGNS, SIGN_NEEDS) if not needs.isdisjoint(found) and sign.search(line))
            + (2 if "$" in found and PROMPT.match(line) else 0))


def _signs_searched(line: str) -> int:
    """``signs`` with every pattern searched (what SIGN_NEEDS spares; tests compare the two)."""
    if len(line) > LONG_LINE:
        return 0
    if "](" in line or "://" in line or "www." in line:
        line = ADDRESS.sub("]", line)
    return sum(1 for sign in SIGNS if sign.search(line)) + (2 if PROMPT.match(line) else 0)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _code_shaped(line: str) -> bool:
    """A line that may stand in code: a sign of code, a comment, or a few words that end no sentence."""
    count = signs(line)
    if count == 1 and line.rstrip().endswith(":") and len(WORD.findall(line)) >= 2:
        return False  # "Run it so:" leads into code
    return bool(count or COMMENT.match(line)) or len(line.split()) <= 3 and not SENTENCE_END.search(line)


def _may_be_code(block: list[str]) -> bool:
    """Whether ``block`` holds at least MIN_CODE_LINES lines of code's signs: without them,
    neither it nor any of its parts is code (_is_code)."""
    code = 0
    for line in block:
        if signs(line) >= LINE_SIGNS:
            code += 1
            if code >= MIN_CODE_LINES:
                return True
    return False


def _is_code(block: list[str]) -> bool:
    counts = [signs(line) for line in block]
    code = sum(count >= LINE_SIGNS for count in counts)
    prose = sum(1 for line, count in zip(block, counts)
                if not count and len(WORD.findall(line)) >= PROSE_WORDS and not COMMENT.match(line))
    return code >= MIN_CODE_LINES and code >= CODE_SHARE * len(block) and prose <= PROSE_SHARE * len(block)


def _lead_in(lines: list[str], paragraph: list[int], j: int) -> bool:
    """Whether line ``j``, first or last of ``paragraph``, is prose that leads into the code or
    follows it: less indented than every other line, or words without a sign of code."""
    line = lines[j]
    if signs(line) >= LINE_SIGNS or COMMENT.match(line):
        return False
    words = len(WORD.findall(line))
    rest = min(_indent(lines[k]) for k in paragraph if k != j)
    return words >= 2 and _indent(line) < rest or not signs(line) and words >= PROSE_WORDS


def code_by_form(lines: list[str]) -> set[int]:
    """The indices of the lines of blocks of code told by their form: the paragraphs (runs of
    non-blank lines) where at least MIN_CODE_LINES lines, and at least CODE_SHARE of all, show
    LINE_SIGNS signs of code, with few lines of prose. Lines of prose before or after the code
    ("Here is what I ran:"), at the paragraph's least indentation and with fewer signs, are no
    part of it. The blank lines between two blocks of code are the code's.

    >>> sorted(code_by_form(["Run it so:", "    for i in range(3):", "        print(i)", "", "Done."]))
    [1, 2]
    >>> code_by_form(["The ferry (the old one) left at noon;", "the gulls followed it; it rained."])
    set()
    """
    found: set[int] = set()
    paragraphs: list[list[int]] = []
    paragraph: list[int] = []
    for i, line in enumerate(lines + [""]):
        if line.strip():
            paragraph.append(i)
            continue
        if paragraph:
            paragraphs.append(paragraph)
        # A paragraph with fewer than MIN_CODE_LINES lines of code's signs is no code, nor is any
        # part of it (_is_code): its lead-in lines are not read (most paragraphs of a web page).
        if len(paragraph) >= MIN_CODE_LINES and _may_be_code([lines[j] for j in paragraph]):
            edge = [j for j in (paragraph[0], paragraph[-1]) if len(paragraph) > 2 and _lead_in(lines, paragraph, j)]
            if edge and _is_code([lines[j] for j in paragraph if j not in edge]):
                paragraph = [j for j in paragraph if j not in edge]
            if _is_code([lines[j] for j in paragraph]):
                found.update(paragraph)
        paragraph = []
    if not found:
        return found
    # A short paragraph beside a block of code, as indented as it and of code's form ("return 0",
    # "import os", "}"), is the block's too.
    for n, paragraph in enumerate(paragraphs):
        if paragraph[0] in found or len(paragraph) > SHORT_PARAGRAPH:
            continue
        for other in (paragraphs[n - 1] if n else [], paragraphs[n + 1] if n + 1 < len(paragraphs) else []):
            if other and other[0] in found and all(
                    _indent(lines[j]) >= min(_indent(lines[k]) for k in other if k in found) and _code_shaped(lines[j])
                    for j in paragraph):
                found.update(paragraph)
                break
    # Blank lines inside code (between two of its blocks) are the code's own.
    ordered = sorted(found)
    for a, b in zip(ordered, ordered[1:]):
        if b - a > 1 and not any(lines[k].strip() for k in range(a + 1, b)):
            found.update(range(a + 1, b))
    return found


# The last few texts asked about, and their code: the stages of one pipeline ask about the same
# text one after another, and most of them change nothing in it.
_ASKED: dict[str, frozenset[int]] = {}
_ASKED_MAX = 4


def code_lines(lines: list[str]) -> frozenset[int]:
    """``_code_lines(lines)``, from the last few answers where it is one of them."""
    key = "\n".join(lines)
    found = _ASKED.get(key)
    if found is None:
        found = frozenset(_code_lines(lines))
        if len(_ASKED) >= _ASKED_MAX:
            _ASKED.clear()
        _ASKED[key] = found
    return found


def code_line_ids(lines: list) -> set[int]:
    """The ``id()`` of each line of code among ``lines`` (a document's kept ``Line`` objects, read
    by their ``text``): for stages that walk a document's lines and leave code alone."""
    return {id(lines[i]) for i in code_lines([line.text for line in lines])}


def _code_lines(lines: list[str]) -> set[int]:
    """The indices of ``lines`` that are code: Markdown's fenced blocks and code told by its form.

    >>> sorted(_code_lines(["Sort it:", "```sh", "sort | uniq -c", "```", "", "x = f(a);", "y = g(b);"]))
    [1, 2, 3, 5, 6]
    """
    fenced = fenced_code(lines)
    if not fenced:
        return code_by_form(lines)
    # Code told by its form only outside the fences.
    rest = ["" if i in fenced else line for i, line in enumerate(lines)]
    return fenced | code_by_form(rest)
