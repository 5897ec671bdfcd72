"""Rule patterns checked before they are compiled, and what a pattern needs a line to hold."""
from __future__ import annotations

from functools import lru_cache

import regex

# A counted repeat, "x{50}", is compiled as that many copies of what it repeats, and nested ones
# multiply: "(?:(?:(?:(?:a{50}){50}){50}){50})", 40 characters, takes 2.9 GB and 14 s to compile.
# About a microsecond and a few hundred bytes a copy: this bound keeps a pattern under 0.1 s and
# 50 MB, far above any rule's need (the built-in ones stay under 1,000).
MAX_PATTERN_COPIES = 100_000
# Groups nested deeper than this make the compiler recurse past Python's stack.
MAX_PATTERN_DEPTH = 100


# What may stand around a literal in a pattern that required_literal() reads: inline flags other
# than (?i) at its start, and zero-width anchors.
_LEADING_FLAGS = regex.compile(r"^\(\?[msxuL]+\)")
_ANCHOR = regex.compile(r"\\[bBAZ]|[$^]")
_METACHARACTERS = set(".^$*+?{}[]|()\\")


@lru_cache(maxsize=1024)
def required_literal(pattern: regex.Pattern) -> str | None:
    r"""The text every match of ``pattern`` holds, when the pattern is a plain literal between
    anchors (the common site pattern: ``\bWSWS\b``, ``(?m)^www\.example\.com$``); else None.

    >>> required_literal(regex.compile(r"(?m)^www\.afgazad\.com$")), required_literal(regex.compile(r"\bWSWS\b"))
    ('www.afgazad.com', 'WSWS')
    >>> required_literal(regex.compile(r"wsws\.org|WSWS")) is None, required_literal(regex.compile(r"(?i)wsws")) is None
    (True, True)
    """
    if pattern.flags & (regex.IGNORECASE | regex.VERBOSE):
        return None
    source = _LEADING_FLAGS.sub("", pattern.pattern)
    literal, at = [], 0
    while at < len(source):
        anchor = _ANCHOR.match(source, at)
        if anchor:
            at = anchor.end()
        elif source[at] == "\\":
            escaped = source[at + 1 : at + 2]
            if not escaped or escaped.isalnum() or escaped.isspace():
                return None  # \d, \w, \1, \n ...: a class or a reference, not a character
            literal.append(escaped)
            at += 2
        elif source[at] in _METACHARACTERS:
            return None
        else:
            literal.append(source[at])
            at += 1
    return "".join(literal) or None


_COUNTED = regex.compile(r"\{(\d*)(?:,(\d*))?\}")
# Escapes whose argument is in braces: "\p{L}", "\N{NO-BREAK SPACE}", "\x{263a}", "\g<1>" is not one.
_BRACED_ESCAPE = set("pPNx")


def pattern_size(source: str) -> tuple[int, int]:
    r"""How many copies of its parts compiling ``source`` makes, roughly, and how deep its groups nest.

    Read from the text of the pattern alone, in one pass and without compiling it: a counted repeat
    multiplies what it repeats, nested ones multiply each other. An over-estimate is fine (it
    only has to separate the sane from the absurd by orders of magnitude).

    >>> pattern_size(r"^Share( this article)?$")
    (20, 1)
    >>> pattern_size(r"(?:(?:(?:(?:a{50}){50}){50}){50})")[0] > 6_000_000
    True
    >>> pattern_size(r"\p{L}{2,3}[{]\{x"), pattern_size("a{,5}b{x}")
    ((6, 0), (9, 0))
    """
    frames = [0]  # the size of each group open so far, the whole pattern first
    last = 0  # the size of the item just read: what a following repeat count multiplies
    deepest, at, end = 0, 0, len(source)
    while at < end:
        char = source[at]
        if char == "\\":
            if source[at + 1 : at + 2] in _BRACED_ESCAPE and source[at + 2 : at + 3] == "{":
                close = source.find("}", at)
                at = close + 1 if close != -1 else end
            else:
                at += 2
            last = 1
        elif char == "[":
            at += 1
            if source[at : at + 1] == "^":
                at += 1
            if source[at : at + 1] == "]":
                at += 1  # "[]" starts a class that holds "]"
            while at < end and source[at] != "]":
                at += 2 if source[at] == "\\" else 1
            at, last = at + 1, 1
        elif char == "(":
            frames.append(0)
            deepest = max(deepest, len(frames) - 1)
            at, last = at + 1, 0
            continue
        elif char == ")" and len(frames) > 1:
            last = frames.pop()
            at += 1
        elif char == "{" and (counted := _COUNTED.match(source, at)) and counted.group(0) != "{}":
            low, high = counted.group(1), counted.group(2)
            copies = int(high) if high else int(low or 0) + (high is not None)
            frames[-1] += last * (max(copies, 1) - 1)
            last *= max(copies, 1)
            at = counted.end()
            continue
        elif char in "|*+?":
            at, last = at + 1, 0 if char == "|" else last
            continue
        else:
            at, last = at + 1, 1
        frames[-1] += last
    return sum(frames), deepest


def _compile(pattern, problems: list[str], where: str) -> regex.Pattern | None:
    """Compile a rule's pattern, or add a problem saying why not (the pattern shown as written)."""
    if not isinstance(pattern, str):
        return None  # the schema check has said what is wrong
    size, depth = pattern_size(pattern)
    if size > MAX_PATTERN_COPIES or depth > MAX_PATTERN_DEPTH:
        why = (f"groups nested {depth} deep (at most {MAX_PATTERN_DEPTH})" if depth > MAX_PATTERN_DEPTH else
               f"its counted repeats multiply to about {size:,} copies (at most {MAX_PATTERN_COPIES:,})")
        problems.append(f"{where} '{_short(pattern)}' is too large to compile: {why}; "
                        f"use * or + in place of large counts such as {{50}}")
        return None
    try:
        return regex.compile(pattern, regex.V0)
    except (regex.error, RecursionError, OverflowError, MemoryError) as exc:
        problems.append(f"{where}: bad regex '{_short(pattern)}': {exc}")
        return None


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
