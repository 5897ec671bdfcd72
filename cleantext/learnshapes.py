"""How lines seen on many pages become patterns (words that stay literal, words that change
``\\S+``, numbers ``\\d+``), and the short lines the reflow stage ran onto a paragraph's start,
found again (used by rulelearn.py)."""
from __future__ import annotations

import regex

BODY_MIN = 120       # as the furniture stage's body_min_chars
GLUED = regex.compile(r"(?:[^\w\s]|0)*[^\w\s0]")  # a mark glued to a word: "[0]" of "[12]Title"
MAX_MIDDLE = 16      # words that change between the words a shape keeps (a reference's title and author)


def _exact(line: str) -> str:
    """A line as a pattern, its digits any number, a run of spaces (columns a layout set apart,
    which a stage may close up when it touches the line) one space or more.

    >>> _exact("© 2024 Harbour Gazette.")
    '^© \\\\d+ Harbour Gazette\\\\.$'
    >>> _exact("News  Sport")
    '^News +Sport$'
    """
    pattern = regex.sub(r"[0-9]+", r"\\d+", regex.escape(line, literal_spaces=True))
    return "^" + regex.sub(" {2,}", " +", pattern) + "$"


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


def _affix(rows: list[list[str]], min_head: int = 0) -> str | None:
    """A pattern for lines of several lengths that keep their first or last words and change a few
    in between (a byline, a "Next: ..." link): the words kept literal, the others ``\\S+``.

    >>> _affix([line.split() for line in ("By Anna Berg", "By Lou Ortiz Vega")])  # up to 2 words more
    '^By \\\\S+(?: \\\\S+){0,4}$'
    """
    norm = [[_digits(t) for t in r] for r in rows]
    head = 0
    while all(len(r) > head and r[head] == norm[0][head] for r in norm) and norm[0][head] != "0":
        head += 1
    tail = 0
    while (all(len(r) > head + tail and r[-1 - tail] == norm[0][-1 - tail] for r in norm)
           and norm[0][-1 - tail] != "0"):
        tail += 1
    middle = [len(r) - head - tail for r in rows]
    # A mark glued to the first changing word, the same on every line: a link number "[12]".
    glued = ""
    if all(len(r) > head for r in norm):
        common = _common_prefix([r[head] for r in norm])
        glued = GLUED.match(common)
        glued = glued.group() if glued else ""
    literal = norm[0][:head] + norm[0][len(norm[0]) - tail:]
    words = [w for w in literal if regex.search(r"[^\W\d]{2}", w)]
    marks = [w for w in literal if w != "0"] + ([glued] if glued else [])
    # Words that stay, or (a numbered or bulleted list) at least two marks that do.
    if not (words or len(marks) >= 2) or min(middle) < 1 or max(middle) > MAX_MIDDLE or head < min_head:
        return None
    parts = [_number_word(w) for w in rows[0][:head]]
    parts += [(_number_word(glued) + r"\S*" if glued else r"\S+") + r"(?: \S+){0,%d}" % (max(middle) + 1)]
    parts += [_number_word(w) for w in rows[0][len(rows[0]) - tail:]]
    return "^" + " ".join(parts) + "$"


def _digits(token: str) -> str:
    return regex.sub("[0-9]+", "0", token)


def _number_word(token: str) -> str:
    """A token as a pattern, any number where it has digits: "12." is ``\\d+\\.``."""
    return _exact(token)[1:-1]


def _common_prefix(values: list[str]) -> str:
    first, last = min(values), max(values)
    k = 0
    while k < min(len(first), len(last)) and first[k] == last[k]:
        k += 1
    return first[:k]


def _width(raw) -> int:
    """The width the page's prose was wrapped at: most of its lines of five words or more fit it."""
    sizes = sorted(len(line.text.strip()) for line in raw if len(line.text.split()) >= 5)
    return sizes[int(len(sizes) * 0.9)] if sizes else 0


def _leads(text: str, span, raw, width: int) -> tuple[list[str], str]:
    """The short lines at the start of a paragraph that the reflow stage ran together with it: of
    the lines before reflow that the paragraph came from, those at its start that end short of
    the width the page is wrapped at (the next line's first word would have fit: a hard break, not
    a wrap), each found as it was at the start of the paragraph. Only paragraphs of body length."""
    if len(text) < BODY_MIN:
        return [], text
    parts = [" ".join(line.text.split()) for line in raw if span[0] <= line.span[0] and line.span[1] <= span[1]]
    if len(parts) < 2:
        return [], text
    rest, found = " ".join(text.split()), []
    for k in range(len(parts) - 1):
        nxt = parts[k + 1].split()
        if not parts[k] or not nxt or len(parts[k]) + 1 + len(nxt[0]) > width or not rest.startswith(parts[k] + " "):
            break
        found.append(parts[k])
        rest = rest[len(parts[k]) + 1:]
    if not found or len(rest) < BODY_MIN:
        return [], text
    return found, rest
