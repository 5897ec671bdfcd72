"""Tell a running head or foot from a text's own repeated line, where no form feed marks the pages.

A line repeated at like distances is a page's furniture only where the text has pages. Without
form feeds, the evidence is the text itself: a page ends where the page is full, wherever that
falls in the text, so most page breaks cut a paragraph or a sentence, and the text runs on
across the running head or foot. A text's own repeated line (a section break "*   *   *", an
"[Illustration]" or "[Music]" placeholder, "SCENE I", a speaker's name in a play) stands where
the text itself breaks: after a line that ends a sentence, before one that begins one.
"""

from __future__ import annotations

import regex

# A line that ends a sentence with a full stop (not a comma: a verse or a sentence runs on after
# one), behind a dash, closing quotes or brackets, and emphasis marks.
FULL_STOP = regex.compile(r"[.!?…。！？][-–—]*[\"'”’»)\]_*]*$")
# A line that begins lower-case (behind quotes, brackets or emphasis marks) continues a sentence.
LOWER_START = regex.compile(r"^[\"'“‘«(\[_*]*\p{Ll}")
# At least this share of a repeated line's places must cut the text for the line to be taken for
# a running head or foot of pages told by repetition alone.
RUN_ON_SHARE = 0.5


def _neighbour(lines: list[str], i: int, step: int, skip: set[int]) -> str | None:
    """The nearest non-blank line from line i in direction step that is not in skip, stripped."""
    j = i + step
    while 0 <= j < len(lines):
        text = lines[j].replace("\f", "").strip()
        if text and j not in skip:
            return text
        j += step
    return None


def apart(lines: list[str], i: int, skip: set[int]) -> bool:
    """Whether line i stands in a block of its own (blank lines around it): every other non-blank
    line of its block is in ``skip`` (furniture already found)."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and lines[j].replace("\f", "").strip():
            if j not in skip:
                return False
            j += step
    return True


def runs_on(lines: list[str], i: int, skip: set[int]) -> bool | None:
    """Whether the text runs on across line i (lines in ``skip``, other furniture, passed over):
    the text line before it does not end with a full stop, or the one after begins lower-case,
    or line i stands in a block with text (a signature's "--" over its name): only a line
    between blank lines can be a break of the text's own. None at the start or end of the text,
    which tells neither.

    >>> runs_on(["the ferry left", "", "Harbour Review", "", "the quay at noon."], 2, set())
    True
    >>> runs_on(["The ferry left.", "", "*   *   *", "", "It rained."], 2, set())
    False
    >>> runs_on(["The ferry left.", "", "Harbour Review", "", "and it rained."], 2, set())
    True
    >>> runs_on(["The ferry left.", "", "--", "NB Tern", "", "It rained."], 2, set())
    True
    """
    if not apart(lines, i, skip):
        return True
    before, after = _neighbour(lines, i, -1, skip), _neighbour(lines, i, 1, skip)
    if before is None or after is None:
        return None
    return not FULL_STOP.search(before) or bool(LOWER_START.match(after))


def cuts_the_text(lines: list[str], where: list[int], skip: set[int]) -> bool:
    """Whether a line repeated at ``where`` cuts the text at RUN_ON_SHARE of its places or more,
    as a running head or foot of pages does, not at its breaks, as a separator does. Places at
    the text's start or end tell neither way.

    >>> prose = ["the ferry left", "", "Review", "", "the quay.", "", "Review", "", "and rain."]
    >>> cuts_the_text(prose, [2, 6], set())
    True
    >>> breaks = ["It rained.", "", "[Music]", "", "Row on.", "", "[Music]", "", "Sing."]
    >>> cuts_the_text(breaks, [2, 6], set())
    False
    """
    # The places are read until the rest cannot change the answer (runs_on has no side effects):
    # with ``cuts`` places that cut the text, ``breaks`` that do not and ``left`` unread, it is True
    # once the cuts reach the share even if every place left is a break, False once they cannot
    # reach it even if every place left is a cut.
    cuts = breaks = 0
    left = len(where)
    for i in where:
        left -= 1
        cut = runs_on(lines, i, skip)
        if cut is None:
            continue
        if cut:
            cuts += 1
        else:
            breaks += 1
        if cuts and cuts >= RUN_ON_SHARE * (cuts + breaks + left):
            return True
        if cuts + left < RUN_ON_SHARE * (cuts + breaks + left):
            return False
    return bool(cuts or breaks) and cuts >= RUN_ON_SHARE * (cuts + breaks)
