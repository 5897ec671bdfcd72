"""How lines seen on many pages become patterns (words that stay literal, words that change
``\\S+``, numbers ``\\d+``), and the short lines the reflow stage ran onto a paragraph's start,
found again (used by rulelearn.py)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

BODY_MIN = 120       # as the furniture stage's body_min_chars
GLUED = regex.compile(r"(?:[^\w\s]|0)*[^\w\s0]")  # a mark glued to a word: "[0]" of "[12]Title"
SHORT = 100          # only lines up to this long are generalised beyond their digits
TOGETHER = 4         # learned lines that one line run together may hold
WIDER = 1.05         # a line this much wider than the page's width is no wrapped line
MAX_MIDDLE = 16      # words that change between the words a shape keeps (a reference's title and author)


@dataclass
class Rule:
    pattern: str
    where: str
    pages: set = field(default_factory=set)
    sample: str = ""
    start: str = ""
    end: str = ""
    block: list = field(default_factory=list)
    mark: bool = False   # the pattern is cut out of lines that stay
    prefix: str = ""     # the words a shape keeps first, for lines the layout ran together
    together: bool = False  # learned lines of the head or tail, any of them run together
    closed: bool = False    # lines of words of a small set (tags, users' names)
    max_lines: int = 0      # a block rule's longest block, with room: what the pages showed


def _exact(line: str) -> str:
    """A line as a pattern, its digits any number, a run of spaces (columns a layout set apart,
    which a stage may close up when it touches the line) one space or more.

    >>> _exact("© 2024 Harbour Gazette.")
    '^© \\\\d+ Harbour Gazette\\\\.$'
    >>> _exact("News  Sport")
    '^News +Sport$'

    A number written with thousands commas is any number, with them or without ("979" and
    "9,333 reputation" are one line, learned as the wider pattern: see ``_plain``):

    >>> _exact("9,333 reputation")
    '^\\\\d+(?:,\\\\d{3})* reputation$'
    """
    pattern = regex.sub(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+", lambda m: GROUPED if "," in m.group() else r"\d+",
                        regex.escape(line, literal_spaces=True))
    return "^" + regex.sub(" {2,}", " +", pattern) + "$"


GROUPED = r"\d+(?:,\d{3})*"  # a number with thousands commas or without


def _plain(key: str) -> str:
    """A line's pattern with its numbers of thousands commas as plain ones: the key under which
    "979 reputation" and "9,333 reputation" are counted as one line."""
    return key.replace(GROUPED, r"\d+")


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
    a wrap), each found as it was at the start of the paragraph. Only paragraphs of body length.
    A line wider than the width is no wrapped line either (a shop's bar of 86 characters on a page
    wrapped at 78). A line of body length made of such lines alone (the bar, a breadcrumb, a
    product's name, run together across a blank line) is given as all of them, the last as rest.

    >>> raw = [_Raw("Shop bar " + "x" * 100, (0, 109)), _Raw("Home > Tools", (111, 123)), _Raw("by Shop", (124, 131))]
    >>> found, rest = _leads("Shop bar " + "x" * 100 + " Home > Tools by Shop", (0, 131), raw, 78)
    >>> [len(line) for line in found], rest
    ([109, 12], 'by Shop')
    """
    if len(text) < BODY_MIN:
        return [], text
    within = [line.text.strip() for line in raw if span[0] <= line.span[0] and line.span[1] <= span[1]]
    parts = [" ".join(line.split()) for line in within]
    if len(parts) < 2:
        return [], text
    rest, found = " ".join(text.split()), []
    for k in range(len(parts) - 1):
        nxt = parts[k + 1].split()
        # As laid out: a bar's runs of spaces count (87 characters, 79 once closed up).
        wrapped = WIDER * width >= len(within[k]) and len(within[k]) + 1 + len(nxt[0]) > width if nxt else True
        if not parts[k] or wrapped or not rest.startswith(parts[k] + " "):
            break
        found.append(parts[k])
        rest = rest[len(parts[k]) + 1:]
    if not found or len(rest) < BODY_MIN and rest != parts[-1]:
        return [], text
    return found, rest


class _Raw:  # a line before reflow, for the examples
    def __init__(self, text: str, span: tuple) -> None:
        self.text, self.span = text, span


EDGE_KEPT = 0.8      # a template's long line keeps at least this share of its words on every page
EDGE_MIN_WORDS = 8   # and at least this many


def _edges(pages: list[list[str]], by_share) -> list[tuple[str, str, set, str]]:
    """Lines of body length at the body's edge (a page's first or last long line) that keep most
    of their words while a few change from page to page: an unsubscribe note naming the reader's
    address that the layout ran together with the postal footer, a legal line naming the author.
    Where one shape (a length in words, a first word) is on ``by_share`` of the pages, three of
    its lines differ at least (an article repeated with a word changed would not), and it keeps
    ``EDGE_KEPT`` of its words and ``EDGE_MIN_WORDS`` at least, it is learned: (pattern, "head"
    or "tail", pages, a sample line). Article paragraphs share no such run of words.

    >>> note = "You get this because {} signed up at our web site. Unsubscribe | Update your preferences | Forward it to a friend"
    >>> pages = [["x" * 130 + name, note.format(f"{name}@mail.example")] for name in ("ann", "bo", "cy", "di")]
    >>> [(p, where, len(on)) for p, where, on, _ in _edges(pages, lambda on: len(on) >= 2)]  # doctest: +NORMALIZE_WHITESPACE
    [('^You get this because \\\\S+ signed up at our web site\\\\. Unsubscribe \\\\| Update your preferences \\\\| Forward it to a friend$',
      'tail', 4)]
    """
    groups: dict[tuple, list] = {}
    for n, lines in enumerate(pages):
        long = [line for line in lines if len(line) >= BODY_MIN]
        for where, line in ({"head": long[0], "tail": long[-1]} if len(long) > 1 else {}).items():
            tokens = line.split()
            groups.setdefault((where, len(tokens), _digits(tokens[0])), []).append((n, tokens, line))
    found = []
    for (where, size, _), rows in groups.items():
        on = {n for n, _, _ in rows}
        if not by_share(on) or len({line for _, _, line in rows}) < 3:
            continue
        kept = sum(1 for k, token in enumerate(rows[0][1]) if regex.search(r"[^\W\d]{2}", token)
                   and all(r[k] == token for _, r, _ in rows))
        pattern = _shape(rows[0][1], [r for _, r, _ in rows])
        if pattern and kept >= max(EDGE_MIN_WORDS, EDGE_KEPT * size):
            found.append((pattern, where, on, rows[0][2]))
    return found


VOCAB_MAX = 40       # the words of a closed vocabulary (a site's tags, its users' names), at most
VOCAB_LINE = 4       # the words of a line made of them, at most
VOCAB_ARTICLE = 0.2  # a word in the paragraphs of more of the pages than this share is the language's
WORD = regex.compile(r"(?:[^\W\d]|['’.-])+")
SHAPE = regex.compile(r"\\[Sd]|\(\?")  # a pattern with a changing part: \S+, \d+, a group


def _vocabulary(pages: list[list[str]], taken: list, need) -> list[tuple[str, str, set, str]]:
    """Short lines made only of words of a small vocabulary, in changing choices and orders: a
    question's tags ("paint canals"), the names of a thread's users ("Ines Kowalski"). Lines of
    up to ``VOCAB_LINE`` words, all in lower case or all capitalised, that no learned shape
    (of ``taken``, a pattern with a changing part) takes; the vocabulary is their words seen on
    two pages or more (or once, in a line whose other words are of it) and in the paragraphs of
    few pages, in the same case (``VOCAB_ARTICLE``). Where lines made of it are on enough pages and
    differ, and it holds at most ``VOCAB_MAX`` words, it is learned: (pattern, "anywhere", pages,
    a sample line).

    >>> tags = ["paint canals", "boats", "canals boats tools", "tools paint", "boats paint"]
    >>> pages = [[line, "The ferry left the quay at noon and the crew waved to it. " * 3] for line in tags]
    >>> [p for p, _, _, _ in _vocabulary(pages, [], lambda on: len(on) >= 3)]
    ['^(?:boats|canals|paint|tools)(?: (?:boats|canals|paint|tools)){0,2}$']
    """
    article: dict[str, int] = {}
    for lines in pages:
        for w in {w for line in lines if len(line) >= BODY_MIN for w in WORD.findall(line)}:
            article[w] = article.get(w, 0) + 1
    groups: dict[str, list] = {"lower": [], "title": []}
    # A shape learned for the head or the tail takes no line between paragraphs: a first reviewer's
    # name above the first paragraph is learned as "John NAME" in the head, the other reviewers'
    # names between paragraphs are words of the set.
    shapes = [(c, where) for c, where in (t if isinstance(t, tuple) else (t, "anywhere") for t in taken)
              if SHAPE.search(c.pattern)]
    for n, lines in enumerate(pages):
        long = [i for i, line in enumerate(lines) if len(line) >= BODY_MIN]
        for i, line in enumerate(lines):
            tokens = line.split()
            region = "body" if long and long[0] < i < long[-1] else "edge"
            if not 1 <= len(tokens) <= VOCAB_LINE or not all(WORD.fullmatch(t) for t in tokens) \
                    or any(c.search(line) for c, where in shapes if where == "anywhere" or region == "edge"):
                continue  # a line that a shape takes; one learned as it is may be a word of the set
            case = "lower" if all(t.islower() for t in tokens) else "title" if all(
                t[0].isupper() and (len(t) == 1 or t[1:].islower()) for t in tokens) else None
            if case:
                groups[case].append((n, tokens, line))
    found = []
    for rows in groups.values():
        on_word: dict[str, set] = {}
        for n, tokens, _ in rows:
            for t in tokens:
                on_word.setdefault(t, set()).add(n)
        vocab = {t for t, on in on_word.items() if len(on) >= 2 and article.get(t, 0) <= VOCAB_ARTICLE * len(pages)}
        # A word seen once, in a line whose other words are of the set, is one of them too.
        vocab |= {t for _, r, _ in rows if len(r) > 1 and sum(w not in vocab for w in r) == 1 for t in r
                  if len(on_word[t]) == 1 and article.get(t, 0) <= VOCAB_ARTICLE * len(pages)}
        rows = [row for row in rows if all(t in vocab for t in row[1])]
        on = {n for n, _, _ in rows}
        if not rows or len(vocab) > VOCAB_MAX or len({line for _, _, line in rows}) < 3 or not need(on):
            continue
        words = "(?:" + "|".join(sorted(_word(t) for t in {t for _, r, _ in rows for t in r})) + ")"
        pattern = "^" + words + "(?: " + words + "){0,%d}$" % (max(len(r) for _, r, _ in rows) - 1)
        found.append((pattern, "anywhere", on, rows[0][2]))
    return found


# A capitalised word (a name, a place) in a skeleton, and a run of them.
NAME = r"\p{Lu}[\w'’.-]*"
NAMES = NAME + "(?: " + NAME + ")*"


def _skeleton(tokens: list[str]) -> str | None:
    """A pattern for a line whose names change and whose small words stay: runs of capitalised
    words any names, numbers any number, lower-case words literal; None without such a word.

    >>> shape = regex.compile(_skeleton("Kim Park and Lou Ortiz Vega in Lima".split()))
    >>> bool(shape.search("Ines Moreau and Tomasz Novak in Dhaka")), bool(shape.search("Kim Park in Lima"))
    (True, False)
    """
    parts: list[str] = []
    literal = False
    for token in tokens:
        word = regex.fullmatch(r"(\p{Lu}[\w'’.-]*?)(\W*)", token)
        if word:
            if not (parts and parts[-1] == NAMES):
                parts.append(NAMES)
            if word.group(2):
                parts[-1] = NAMES + regex.escape(word.group(2))
            continue
        if regex.fullmatch(r"\p{Ll}{2,}", token):
            literal = True
        parts.append(_number_word(token))
    return "^" + " ".join(parts) + "$" if literal else None


def _sentence_starts(pages: list[list[str]]) -> Counter:
    """How the pages' own sentences start, as shares: a headline's first word ("The") starts many
    of them, a label's ("By", "Words:") few. Only paragraphs count: the short lines between them
    may be the template's own ("Read more: TITLE")."""
    starts = Counter(sentence.split()[0] for lines in pages for line in lines
                     if len(line) >= BODY_MIN for sentence in regex.split(r"(?<=[.!?])\s+", line) if sentence.split())
    total = sum(starts.values()) or 1
    return Counter({word: k / total for word, k in starts.items()})
