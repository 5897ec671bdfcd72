"""The boilerplate stage's phrases ("Share", "Accept cookies", "All rights reserved"): a rule
file's pattern with what lets a block be passed over without searching it, and the first phrase a
block's text matches (``_phrase``), kept by the texts.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .patterns import (START_CHARS, _syntax_tree, may_start, needs_search, required_substrings,
                       searched_from_the_start_only, start_of, start_texts)


@dataclass(frozen=True)
class Phrase:
    id: str
    cls: str
    pattern: regex.Pattern
    ends_main: bool = False   # what follows it is no longer the article ("Related", "Comments")
    as_written: bool = False  # searched in the block's text as written ("14:10"), link marks aside, not its words
    # It takes its line whatever follows (a cookie notice, a copyright line): else a line that
    # runs on as a sentence beyond it (words_beyond, Settings.phrase_prose_min_words) is prose.
    whole_line: bool = False
    # Texts one of which any match holds (required_substrings): a pattern that may match
    # anywhere in a block ("cookies", "copyright") is searched only in a block that holds one
    # (may_match), a test with `in` where the engine would try the pattern at every character.
    # One anchored at the start is tried there only, and judged by its start (``starts``) where
    # it has start_texts: on the web benchmark's blocks the test with `in` took 3 times as long
    # as such a search.
    needs: tuple[str, ...] | None = field(init=False, repr=False, compare=False)
    # The texts one of which starts any text it matches (start_texts), for a pattern anchored at
    # the start: a block whose first characters are none of them is not searched (may_start).
    starts: frozenset[str] | None = field(init=False, repr=False, compare=False)
    folds: bool = field(init=False, repr=False, compare=False)   # it ignores case
    # needs_search(needs): the search may_match runs, kept with the phrase.
    find_need: object = field(init=False, repr=False, compare=False)
    # The longest text it can match (longest_text), None where no bound is read: a longer block is
    # not searched, where the engine tried the pattern's opening lookahead and gave up.
    longest: int | None = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        anchored = searched_from_the_start_only(self.pattern)
        starts = start_texts(self.pattern) if anchored else None
        # One anchored at the start with no start_texts (its lookaheads test the whole text, "a
        # date on a line of at most 120 characters") can cost more than the test with `in`.
        needs = required_substrings(self.pattern) if starts is None else None
        object.__setattr__(self, "needs", needs)
        object.__setattr__(self, "starts", starts)
        object.__setattr__(self, "folds", bool(self.pattern.flags & regex.IGNORECASE))
        object.__setattr__(self, "find_need", needs_search(needs) if needs is not None else None)
        object.__setattr__(self, "longest", longest_text(self.pattern) if anchored else None)


def longest_text(pattern: regex.Pattern) -> int | None:
    r"""The longest text ``pattern`` can match anywhere in, read off a pattern that opens with "^"
    and, among the lookaheads after it, one that bounds the whole text ("^(?=.{0,120}$)": at most
    120 characters and a line end, two for a line end of two characters); None where it has no
    such bound. The caller knows that every match starts at the text's start
    (searched_from_the_start_only).

    >>> longest_text(regex.compile(r"(?s)^(?=.{0,120}$)(?!.*::)(?:.*\d)")), longest_text(regex.compile(r"^a{0,3}$"))
    (122, None)
    """
    parser, tree = _syntax_tree(pattern)
    if tree is None or pattern.flags & regex.MULTILINE or not len(tree):
        return None
    c = parser
    if tree[0] not in ((c.AT, c.AT_BEGINNING), (c.AT, c.AT_BEGINNING_STRING)):
        return None
    for op, arg in list(tree)[1:]:
        if op is c.ASSERT_NOT:
            continue
        if op is not c.ASSERT:
            return None   # the lookaheads after "^" end here
        direction, items = arg
        items = list(items)
        if (direction == 1 and len(items) == 2 and items[0][0] in (c.MAX_REPEAT, c.MIN_REPEAT)
                and list(items[0][1][2]) == [(c.ANY, None)] and items[0][1][1] != c.MAXREPEAT
                and items[1] in ((c.AT, c.AT_END), (c.AT, c.AT_END_STRING))):
            return items[0][1][1] + 2
    return None


def words_beyond(phrase: Phrase, flat: str, counts: list[int], wrapped: float) -> int:
    """The words that run on after the phrase's first match in ``flat``, the words of lines of
    ``counts`` words each: the rest of its line, and of the lines below it while each holds at
    least ``wrapped`` words, as a wrapped paragraph's lines do. "Subscribe to our newsletter was
    the last line, and she did not understand it at all." runs on for twelve words; a share
    button's "Sdílet článek" over a notice for one, "Get the most out of it. Subscribe to our
    newsletter to receive:" for two."""
    m = phrase.pattern.search(flat)
    if m is None:
        return 0
    at, start, beyond = len(flat[:m.end()].split()), 0, 0
    for n in counts:
        if start + n >= at:   # the match's line and those below it
            beyond += start + n - max(start, at)
            if n < wrapped:   # a line this short is no wrapped paragraph's: the run ends with it
                break
        start += n
    return beyond


def _phrase(phrases: tuple[Phrase, ...], flat: str, written: str) -> Phrase | None:
    """The first phrase whose pattern matches the block's words (``flat``), or its text as
    written for an ``as_written`` one. The answer is kept by the two texts (with _by_start's
    starts): a menu's items, a share bar, a footer's lines recur from page to page of a site,
    and a block's text is often one of its units' again."""
    kept = _kept(phrases)[2]
    key = (flat, written)
    found = kept.get(key, _UNSEEN)
    if found is _UNSEEN:
        if len(kept) >= _MAX_STARTS_KEPT:
            kept.clear()
        found = kept[key] = _first_phrase(phrases, flat, written)
    return found


_UNSEEN = object()


def _first_phrase(phrases: tuple[Phrase, ...], flat: str, written: str) -> Phrase | None:
    folded = [flat.casefold(), None]   # written's made when a phrase needs it
    # Whether the words hold none of the needed texts of any of the list's phrases read in them
    # (one search of them all, _kept's, made at the first such phrase): then none of those phrases
    # is searched on its own. Most blocks hold none ("cookies", "copyright", "newsletter").
    holds_none = None
    for phrase in _by_start(phrases, flat, written):
        text = written if phrase.as_written else flat
        if phrase.longest is not None and len(text) > phrase.longest:
            continue   # longer than any text it matches
        if phrase.needs is not None:
            side = phrase.as_written
            if side and folded[1] is None:
                folded[1] = written.casefold()
            # may_match(phrase.needs, text, folded), its search kept with the phrase
            fold = folded[side]
            if len(fold) == len(text):
                if not side and holds_none is None:
                    find_any = _kept(phrases)[3]
                    holds_none = find_any is not None and find_any(fold) is None
                if (not side and holds_none) or phrase.find_need(fold) is None:
                    continue
        if phrase.pattern.search(text):
            return phrase
    return None


# The phrases a block may match by its texts' starts, kept per phrase list (the list itself held,
# so that its id names no other) by the first START_CHARS characters of ``flat`` and ``written``:
# what start_of reads. The same starts recur on a page and from page to page ("Share", "Home").
# Beside them, _phrase's answers by the whole texts.
_BY_START: dict[int, tuple[tuple[Phrase, ...], dict[tuple[str, str], tuple[Phrase, ...]],
                           dict[tuple[str, str], Phrase | None]]] = {}
_MAX_STARTS_KEPT = 8192


def _kept(phrases: tuple[Phrase, ...]):
    """The phrase list's entry of _BY_START: (the list, its starts, its answers, the search for
    the needed texts of all its phrases read in a block's words, or None)."""
    entry = _BY_START.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        if len(_BY_START) >= 16:
            _BY_START.clear()
        # One search for the needed texts of the phrases read in a block's words, where there are
        # two or more. Not for those read as written: post-sign's short texts ("day", "ora") are in
        # a quarter of the blocks, where the one search spares nothing (measured: slower).
        worded = [n for p in phrases if p.needs is not None and not p.as_written for n in p.needs]
        anys = needs_search(tuple(worded)) if sum(p.needs is not None and not p.as_written for p in phrases) >= 2 else None
        entry = _BY_START[id(phrases)] = (phrases, {}, {}, anys)
    return entry


def _by_start(phrases: tuple[Phrase, ...], flat: str, written: str) -> tuple[Phrase, ...]:
    """The phrases, in order, but those that cannot match by their texts' starts (may_start)."""
    kept = _kept(phrases)[1]
    key = (flat[:START_CHARS], written[:START_CHARS])
    found = kept.get(key)
    if found is None:
        if len(kept) >= _MAX_STARTS_KEPT:
            kept.clear()
        # Each phrase reads one of four starts (the text as written or its words, folded or not).
        heads = {}
        for p in phrases:
            if p.starts is not None and (p.as_written, p.folds) not in heads:
                heads[p.as_written, p.folds] = start_of(written if p.as_written else flat, p.folds)
        found = kept[key] = tuple(p for p in phrases
                                  if p.starts is None or may_start(p.starts, heads[p.as_written, p.folds]))
    return found
