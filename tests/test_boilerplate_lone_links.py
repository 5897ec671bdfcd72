"""A line that is one link alone between an article's paragraphs ("[15]Listen live", "[Listen
live](/radio)", "Listen_Live"): another page's name or a button, as each dumper writes a link."""
from __future__ import annotations

from dataclasses import replace

import pytest

from cleantext.stages.boilerplate import default_settings, remove_boilerplate
from cleantext.webblocks import Block, lone_link

MENU = "* Home\n* News\n* Sport\n* Contact\n\nAccept cookies\n\nShare on Facebook"
PARAGRAPHS = [
    "The ferry between the two harbours will resume on Monday, the council said, after the "
    "storm damaged the quay at the end of the winter.",
    "Repairs to the quay took longer than the engineers had hoped, and the first boat will "
    "leave at nine in the morning, a spokesman for the operator said.",
    "Passengers who bought tickets for the cancelled crossings can have their money back at "
    "the office on the quay until the end of the month.",
]
FOOT = "All rights reserved\n\nPrivacy policy\n\nTerms of use"


def page(between: str, above: str = "Ferry service to resume") -> str:
    """A page copy whose article holds ``between`` as a block of its own after its first paragraph."""
    return "\n\n".join([MENU, above, PARAGRAPHS[0], between, *PARAGRAPHS[1:], FOOT]) + "\n"


@pytest.mark.parametrize("link", [
    "[15]Listen live",                    # lynx: the numbered mark before the link's words
    "[Listen live](https://radio.example/live)",   # Markdown
    "**[Listen live](/live \"Listen live\")**",    # Markdown, emphasised, with a title
    "Listen_Live",                        # Debian's html2text: a link's spaces written as "_"
    "Samsung_Galaxy_Watch5",
])
def test_a_lone_link_between_the_paragraphs_goes(link):
    text, found = remove_boilerplate(page(link), default_settings())
    assert "Listen" not in text and "Samsung" not in text
    assert all(p in text for p in PARAGRAPHS)
    assert any(b.signal == "lone-link" for b in found)


@pytest.mark.parametrize("between", [
    "[15]Listen to the captain",          # more words than lone_link_max_words: lynx shows no link's end
    "[16]Timetable.",                     # ends a sentence
    "get_next_work",                      # a name in code: one case only
    "FATAL_FAILURE",
    "do_Work(w)",                         # code: a call
    "Listen live",                        # no link
    "Timetable\n[17]Gaza\n32.7 MB",       # a table's cell: no block of its own
])
def test_what_is_no_lone_link_stays(between):
    text, _ = remove_boilerplate(page(between), default_settings())
    assert between.split("\n")[1 if "\n" in between else 0] in text


def test_a_linked_headline_above_the_article_stays():
    text, _ = remove_boilerplate(page("Listen_Live", above="[12]Ferry service"), default_settings())
    assert "[12]Ferry service" in text and "Listen_Live" not in text


def test_a_list_item_that_is_a_link_goes_and_zero_turns_it_off():
    settings = default_settings()
    lines = ["", "* [Listen live](/live)", "* Our own crossing times", ""]
    assert lone_link(lines, Block(1, 1, words=2), settings)
    assert not lone_link(lines, Block(1, 1, words=2), replace(settings, lone_link_max_words=0))
    text, _ = remove_boilerplate(page("[15]Listen live"), replace(settings, lone_link_max_words=0))
    assert "[15]Listen live" in text


@pytest.mark.parametrize("link", [
    "[Installation guide](docs/install.md)",   # a README's link to its own repository's file
    "[Tide tables](../examples/tides.md)",
    "[Berth](ch5.md#berth)",                    # a book's glossary entry, in another chapter
    "[Smith 1998](#smith)",                     # a place in the same text: a reference
])
def test_a_markdown_link_within_the_documents_own_files_stays(link):
    # A person writing Markdown links the text's own files and places by relative paths; a
    # dumper writes a page's links to other pages as the browser resolved them (absolute) or
    # as the site wrote them (from its root): "[Listen live](/live)".
    text, found = remove_boilerplate(page(link), default_settings())
    assert link in text
    assert not any(b.signal == "lone-link" for b in found)
