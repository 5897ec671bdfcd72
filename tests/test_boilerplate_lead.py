"""The headline, byline and dateline above a share bar that stands right above an article's first
paragraph ("Tweet", "Share", "Print" between them and the text) stay; the bar goes."""
from __future__ import annotations

from dataclasses import replace

from cleantext.stages.boilerplate import default_settings, remove_boilerplate

MENU = "* Home\n* News\n* Sport\n* Contact\n\nAccept cookies"
HEAD = "Ferry service to resume\n\nBy Ann Smith\n\nJuly 22, 2012"
BAR = "* Tweet\n* Share\n* Print"
PARAGRAPHS = [
    "The ferry between the two harbours will resume on Monday, the council said, after the "
    "storm damaged the quay at the end of the winter.",
    "Repairs to the quay took longer than the engineers had hoped, and the first boat will "
    "leave at nine in the morning, a spokesman for the operator said.",
    "Passengers who bought tickets for the cancelled crossings can have their money back at "
    "the office on the quay until the end of the month.",
]
FOOT = "All rights reserved\n\nPrivacy policy\n\nTerms of use"


def page(*parts: str) -> str:
    return "\n\n".join([*parts, *PARAGRAPHS, FOOT]) + "\n"


def test_the_lead_above_a_share_bar_over_the_first_paragraph_stays():
    text, found = remove_boilerplate(page(MENU, HEAD, BAR), default_settings())
    assert text.startswith("Ferry service to resume\n\nBy Ann Smith\n\nJuly 22, 2012\n\n" + PARAGRAPHS[0])
    assert "Tweet" not in text and "Print" not in text and "Home" not in text
    assert any(b.signal == "share" for b in found)


def test_without_the_crossing_the_lead_is_lost():
    settings = replace(default_settings(), lead_crosses=())
    text, _ = remove_boilerplate(page(MENU, HEAD, BAR), settings)
    assert "Ferry service" not in text and text.startswith(PARAGRAPHS[0])


def test_a_share_bar_above_the_headline_lets_no_menu_in():
    # The bar is crossed only right above the first paragraph: above the headline it is
    # furniture between the page's menu and the article, and the lead stops there.
    text, _ = remove_boilerplate(page("* Home\n* News\n* Sport", "Top stories", BAR, HEAD), default_settings())
    assert text.startswith("Ferry service to resume")
    assert "Top stories" not in text


def test_no_more_than_lead_blocks_short_units_above_the_bar():
    text, _ = remove_boilerplate(page(MENU, "Weather", "Traffic", HEAD, BAR), default_settings())
    assert text.startswith("Ferry service to resume") and "Traffic" not in text
