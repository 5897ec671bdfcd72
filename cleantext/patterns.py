"""Rule patterns checked before they are compiled, and what a pattern needs a line to hold."""
from __future__ import annotations

import re
import unicodedata
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



@lru_cache(maxsize=1024)
def required_substrings(pattern: regex.Pattern) -> tuple[str, ...] | None:
    r"""Casefolded texts one of which every match of ``pattern`` holds, found in its syntax tree
    (standard-library syntax; anything else gives None): a run of literal characters, one per
    branch of an alternation, what a group or a repeat of at least one holds. Of a sequence's
    parts the one with the longest shortest text is taken. None when no text is required. See
    may_match for the test that uses them.

    >>> required_substrings(regex.compile(r"(?i)\b(we use cookies|accept (all )?cookies)"))
    ('accept ', 'we use cookies')
    >>> required_substrings(regex.compile(r"(©|\(c\)|Copyright)\s*\d{4}|\ball rights reserved\b"))
    ('(c)', 'all rights reserved', 'copyright', '©')
    >>> required_substrings(regex.compile(r"^(Share)?$")), required_substrings(regex.compile(r"\p{L}+ cookie"))
    (None, None)
    """
    if pattern.flags & regex.VERBOSE:
        return None
    parser, tree = _syntax_tree(pattern)
    found = _required(tree, parser) if tree is not None else None
    return tuple(sorted(found)) if found else None


def _syntax_tree(pattern: regex.Pattern):
    """(the standard library's parser module, the pattern's tree); the tree is None where that
    parser does not read the pattern (syntax of the regex module's own: "\\p{L}", "(?V1)").
    Kept by the pattern's text (the parser reads nothing else): a phrase's pattern is read three
    times when its rule file loads (searched_from_the_start_only, start_texts,
    required_substrings), and the parse was most of the time a phrase's analysis took. No reader
    changes a tree."""
    return _parsed(pattern.pattern)


@lru_cache(maxsize=1024)
def _parsed(source: str):
    try:
        from re import _parser as parser   # Python 3.11 on
    except ImportError:
        import sre_parse as parser
    try:
        return parser, parser.parse(source)
    except Exception:
        return parser, None


def searched_from_the_start_only(pattern: regex.Pattern) -> bool:
    r"""Whether every match of ``pattern`` starts at the start of the text (each branch opens
    with ``^`` or ``\A``, and ``^`` is not a line's start): the engine tries no other place,
    and a prefilter would not pay.

    >>> searched_from_the_start_only(regex.compile(r"(?i)^(share|tweet)$|^(分享)$"))
    True
    >>> [searched_from_the_start_only(regex.compile(p)) for p in (r"^a|b", r"(?m)^a", r"\ba")]
    [False, False, False]
    """
    parser, tree = _syntax_tree(pattern)
    return tree is not None and not pattern.flags & regex.MULTILINE and _opens_at_start(tree, parser)


def _opens_at_start(items, parser) -> bool:
    c = parser
    for op, arg in items:
        if op is c.AT:
            return arg in (c.AT_BEGINNING, c.AT_BEGINNING_STRING)
        if op is c.SUBPATTERN:
            return _opens_at_start(arg[-1], parser)
        if op is c.BRANCH:
            return all(_opens_at_start(branch, parser) for branch in arg[1])
        return False
    return False


def _required(items, parser) -> set[str] | None:
    """One of required_substrings' sets for a sequence of parsed items, or None."""
    c = parser   # its opcodes: LITERAL, SUBPATTERN, BRANCH, MAX_REPEAT, ...
    parts, run = [], ""
    for op, arg in items:
        if op is c.LITERAL and _folds_as_its_cases(chr(arg)):
            run += chr(arg)
            continue
        if op is c.AT:   # zero-width: the characters around it are still one run
            continue
        if run:
            parts.append({run})
            run = ""
        found = None
        if op is c.SUBPATTERN:
            found = _required(arg[-1], parser)
        elif op is c.BRANCH:
            branches = [_required(branch, parser) for branch in arg[1]]
            found = set().union(*branches) if all(branches) else None
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            found = _required(arg[2], parser)
        if found:
            parts.append(found)
    if run:
        parts.append({run})
    if not parts:
        return None
    return {text.casefold() for text in max(parts, key=lambda texts: min(map(len, texts)))}


def _folds_as_its_cases(char: str) -> bool:
    """Whether ``char`` folds to one character, as its other cases do. Not so "ß" (to "ss"; the
    engine, whose Unicode is newer than Python's, matches it to a character Python does not
    know), nor "ı", which the engine matches to "I" case-insensitively, though "I" folds to "i"
    (of the characters folding to one, the only one, by a scan of every code point with
    str.upper, lower and title)."""
    folded = char.casefold()
    return len(folded) == 1 and all(len(case) != 1 or case.casefold() == folded for case in (char.upper(), char.lower(), char.title()))


def may_match(needs: tuple[str, ...] | None, text: str, folded: str) -> bool:
    """False only where a pattern with these required_substrings cannot match ``text``
    (``folded`` is text.casefold()). The engine matches a character case-insensitively to one
    with the same simple case folding, which is str.casefold's wherever that gives one
    character: a text with a character it folds to more ("İ", "ß") is not judged.

    >>> may_match(("cookies",), "We use COOKIES", "we use cookies"), may_match(("cookies",), "Home", "home")
    (True, False)
    """
    return needs is None or len(folded) != len(text) or needs_search(needs)(folded) is not None


@lru_cache(maxsize=1024)
def needs_search(needs: tuple[str, ...]):
    """A search that finds one of ``needs`` in a text, or None where it holds none: the texts as
    one alternation of literals for the standard library's engine, written as a tree of their
    shared beginnings (``_literal_tree``: at each place the engine follows one branch a character,
    where an alternation of whole texts tries each one; about twice as fast on the shipped
    phrases' texts, and a third faster than a test with `in` for each text). A text that holds
    another is left out: where it stands, the other does too.

    >>> find = needs_search(("cookies", "cookie ", "(c)"))
    >>> find("our cookie policy").group(), find("(c) 2024").group(), find("home")
    ('cookie ', '(c)', None)
    """
    kept = sorted(n for n in needs if not any(other != n and other in n for other in needs))
    return re.compile(_literal_tree(kept)).search


def _literal_tree(texts: list[str]) -> str:
    """A pattern of the standard library's engine that matches where one of ``texts`` begins (and
    nowhere else), the texts that begin alike sharing their beginning; "" (matching anywhere)
    where a text is empty or there is none.

    >>> print(_literal_tree(["cookie ", "cookies", "(c)"]))
    (?:\\(c\\)|cookie(?:\\ |s))
    """
    tree: dict = {}
    for text in texts:
        node = tree
        for ch in text:
            if "" in node:
                break   # a shorter text ends here: it matches wherever this one would
            node = node.setdefault(ch, {})
        node.clear()
        node[""] = {}

    def written(node: dict) -> str:
        if "" in node or not node:
            return ""
        branches = [re.escape(ch) + written(node[ch]) for ch in sorted(node)]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return written(tree)

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


# A rule file's patterns, compiled once a process: the check when a file is loaded and the stage
# that uses a pattern (boilerplate phrases, kind signs, OCR rewrites) share one compilation, where
# each compiled its own (the engine's cache keeps a pattern by its flags too, and theirs differed).
_COMPILED: dict[str, regex.Pattern] = {}
_COMPILED_MAX = 4096


def compiled(source: str) -> regex.Pattern:
    """``regex.compile(source, regex.V0)``, kept for the process: the same object every time.
    Version 0 is the engine's default, so it is the pattern ``regex.compile(source)`` gives, with
    the same flags, for every source a rule file may hold (a file asking for version 1 is refused
    when it loads).

    >>> compiled(r"(?i)^share$") is compiled(r"(?i)^share$"), compiled("a").flags == regex.compile("a").flags
    (True, True)
    """
    found = _COMPILED.get(source)
    if found is None:
        if len(_COMPILED) >= _COMPILED_MAX:
            _COMPILED.clear()   # a process that loads rule file after rule file starts afresh
        found = _COMPILED[source] = regex.compile(source, regex.V0)
    return found


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
        return compiled(pattern)
    except (regex.error, RecursionError, OverflowError, MemoryError) as exc:
        problems.append(f"{where}: bad regex '{_short(pattern)}': {exc}")
        return None


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

# -- patterns anchored at a line's start ----------------------------------------------------

# A global flag at the head of a pattern, "(?i)^share", which becomes a scoped one, "(?i:^share)",
# when the pattern joins others in one alternation.
HEAD_FLAGS = regex.compile(r"^\(\?([aiLmsuxw]+)\)")
# What would change meaning inside an alternation: numbered or named groups referred back to,
# named groups (two rules may use one name), flags in the middle of a pattern, branch-reset or
# recursion constructs, and the anchors of the whole text (the lines are searched joined). Lookarounds, "(?=", "(?!", "(?<=", "(?<!", mean the same anywhere.
NOT_COMBINABLE = regex.compile(
    r"\\[1-9AZz]|\(\?P?<(?![=!])|\(\?P=|\(\?&|\(\?R|\(\?\||\(\?[0-9+-]|\\g<|(?<!^)\(\?[aiLmsuxw-]+\)"
)


def structure(source: str):
    """Yield (position, character, depth) for each character of a pattern that is syntax: not
    escaped and not inside a character class. ``depth`` counts the groups open around it; an
    opening parenthesis is counted inside its group, a closing one outside it."""
    depth, escaped, in_class = 0, False, False
    for at, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield at, char, depth


def anchored_body(source: str) -> str | None:
    """The pattern without its leading ``^``, if it is anchored there as a whole; else None.

    >>> anchored_body("^(Loading|Loading…)$"), anchored_body("^a|b"), anchored_body(r"\\[x]$")
    ('(Loading|Loading…)$', None, None)
    """
    if not source.startswith("^"):
        return None
    if any(char == "|" and depth == 0 for _, char, depth in structure(source)):
        return None  # "^a|b": the anchor binds only the first branch
    return source[1:]


# Searches that are not for the leftmost match (best or enhanced fuzzy matching, POSIX's longest,
# searches backwards), and what in a pattern depends on where a search started (\G) or may be a
# fuzzy constraint ("{e<=1}", or a brace holding a letter at all: "\p{L}" too, to be sure).
_NOT_LEFTMOST = regex.BESTMATCH | regex.ENHANCEMATCH | regex.POSIX | regex.REVERSE
_NOT_HERE = regex.compile(r"\\G|\{[^}]*[A-Za-z]")


@lru_cache(maxsize=256)
def line_start_form(pattern: regex.Pattern) -> regex.Pattern | None:
    r"""For a multi-line pattern anchored as a whole at a line's start, ``(?m)^X``: the pattern
    ``\nX`` with its flags, whose searches the engine runs from line end to line end (leaping to
    each one) where it tries ``^`` at every character (about 14 times as fast on the five samples);
    None for any other pattern.

    >>> line_start_form(regex.compile(r"(?m)^# \S")).pattern, line_start_form(regex.compile(r"(?m)^a|b"))
    ('(?m)\\n(?:# \\S)', None)
    """
    if not pattern.flags & regex.MULTILINE or pattern.flags & _NOT_LEFTMOST:
        return None
    source = pattern.pattern
    head = HEAD_FLAGS.match(source)
    flags, rest = (head.group(0), source[head.end():]) if head else ("", source)
    body = anchored_body(rest)
    if body is None or NOT_COMBINABLE.search(rest) or _NOT_HERE.search(body):
        return None
    return regex.compile(flags + r"\n(?:" + body + ")", pattern.flags)


def finditer_at_line_starts(pattern: regex.Pattern, text: str):
    """``pattern.finditer(text)``, the same matches, for a pattern ``line_start_form`` gives a form
    for: where may the next match start? At the place the last one ended if a line starts there,
    else after the next line end behind which the form matches. Falls back to ``finditer`` from
    where it is for any other pattern, and on an empty match."""
    ahead = line_start_form(pattern)
    pos = 0
    while ahead is not None:
        found = pattern.match(text, pos) if pos == 0 or text[pos - 1] == "\n" else None
        if found is None:
            lead = ahead.search(text, pos)
            found = pattern.match(text, lead.start() + 1) if lead is not None else None
        if found is None:
            return
        if found.end() == found.start():
            break   # an empty match: finditer's own rule for what comes next
        yield found
        pos = found.end()
    yield from pattern.finditer(text, pos)


# Every decimal digit (what \d matches), in start_texts and start_of alike.
DIGIT = "0"
_DIGITS_AS_ZERO = str.maketrans("123456789", DIGIT * 9)
# How many characters (at most 3: may_start compares the first 1, 2 and 3) of a text's start ``start_texts`` reads.
START_CHARS = 3


def start_texts(pattern: regex.Pattern) -> frozenset[str] | None:
    r"""Texts one of which starts every text the pattern can match in, for a pattern whose every
    match starts at the text's start (``searched_from_the_start_only``): each at most
    ``START_CHARS`` characters, casefolded when the pattern ignores case. None when no start is
    required (a match may be empty, or start with a character class read as any character).
    See may_start for the test that uses them.

    >>> sorted(start_texts(regex.compile(r"(?i)^(share|tweet)( this)?$|^ad$")))
    ['ad', 'sha', 'twe']
    >>> start_texts(regex.compile(r"^(Share)?$")), start_texts(regex.compile(r"(?i)^\w+ said$"))
    (None, None)
    """
    if pattern.flags & regex.VERBOSE or not searched_from_the_start_only(pattern):
        return None
    parser, tree = _syntax_tree(pattern)
    found = _starts(tree, parser, bool(pattern.flags & regex.IGNORECASE))
    if found is None or any(not text for text, _ in found):
        return None
    return frozenset(text for text, _ in found)


_MAX_STARTS = 4096   # more texts than this: the pattern's start is read as any text


def _starts(items, parser, folded: bool) -> set[tuple[str, bool]] | None:
    """The starts a sequence of parsed items can match: (text, open), open when the match may go
    on past the text (its first START_CHARS characters, or an item read as any text), closed when
    the text is the whole match. None where a part cannot be read (then anything may follow)."""
    c = parser
    out = {("", False)}
    for op, arg in items:
        if all(open_ for _, open_ in out):
            break
        part: set[tuple[str, bool]] | None
        if op is c.LITERAL:
            char = chr(arg)
            if char.isdecimal():
                part = {(DIGIT, False)}
            elif not folded:
                part = {(char, False)}
            else:
                part = {(char.casefold(), False)} if _folds_as_its_cases(char) else None
        elif op is c.IN:
            part = _class(arg, parser, folded)
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):   # zero-width: they only narrow what matches
            continue
        elif op is c.SUBPATTERN:
            part = None if arg[1] or arg[2] else _starts(arg[-1], parser, folded)
        elif op is c.BRANCH:
            branches = [_starts(branch, parser, folded) for branch in arg[1]]
            part = None if any(b is None for b in branches) else set().union(*branches)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            once = _starts(arg[2], parser, folded)
            # Once, then anything: more repeats are read as any text that may follow.
            part = None if once is None else {(text, True) for text, _ in once}
            if arg[0] == 0:
                part = None if part is None else part | {("", False)}
        else:
            part = None
        if part is None:
            part = {("", True)}
        joined = set()
        for text, open_ in out:
            if open_:
                joined.add((text, True))
                continue
            for more, more_open in part:
                whole = text + more
                joined.add((whole[:START_CHARS], more_open or len(whole) >= START_CHARS))
        if len(joined) > _MAX_STARTS:
            return None
        out = joined
    return out


def _class(entries, parser, folded: bool) -> set[tuple[str, bool]] | None:
    """The characters a character class matches, each a closed start; None for a negated class,
    a category (\\d, \\s), a wide range, or a character whose cases fold apart."""
    c = parser
    chars: list[str] = []
    for op, arg in entries:
        if op is c.LITERAL:
            chars.append(chr(arg))
        elif op is c.RANGE and arg[1] - arg[0] < 128:
            chars += map(chr, range(arg[0], arg[1] + 1))
        elif op is c.CATEGORY and arg is c.CATEGORY_DIGIT:
            chars.append(DIGIT)
        else:
            return None
    chars = [DIGIT if char.isdecimal() else char for char in chars]
    if folded:
        if not all(map(_folds_as_its_cases, chars)):
            return None
        chars = [char.casefold() for char in chars]
    return {(char, False) for char in chars}


@lru_cache(maxsize=4096)
def _known(char: str) -> bool:
    """Whether Python's Unicode knows the character: the engine's, newer, may call one it does
    not know a digit, or a case of a letter."""
    return unicodedata.category(char) != "Cn"


@lru_cache(maxsize=4096)
def _folds_alike(char: str) -> bool:
    return _folds_as_its_cases(char)


def start_of(text: str, folded: bool) -> str | None:
    """The start of ``text`` that may_start compares with start_texts: its first START_CHARS
    characters, casefolded for a pattern that ignores case (``folded``); None where a character
    of it does not fold as its cases do ("ı", "ß"): such a start is not judged."""
    head = text[:START_CHARS]
    if head.isascii():
        return (head.casefold() if folded else head).translate(_DIGITS_AS_ZERO)
    if not all(map(_known, head)) or (folded and not all(map(_folds_alike, head))):
        return None
    head = "".join(DIGIT if char.isdecimal() else char for char in head)
    return head.casefold() if folded else head


def may_start(starts: frozenset[str] | None, head: str | None) -> bool:
    """False only where a pattern with these start_texts cannot match a text of this start
    (``start_of`` the text, folded as the pattern needs).

    >>> starts = start_texts(regex.compile(r"(?i)^(share|tweet)$"))
    >>> [may_start(starts, start_of(t, True)) for t in ("SHARE", "Home", "ßhare", "sh")]
    [True, False, True, False]
    """
    return starts is None or head is None or head in starts or head[:2] in starts or head[:1] in starts
