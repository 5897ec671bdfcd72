"""Two columns mixed by a text extractor put back in reading order; text in order left alone."""

import itertools
import statistics
import re
import textwrap

from cleantext import Pipeline
from cleantext.gluedlines import _dash_cut, _split_glued
from cleantext.textcolumns import _cut_row_pair, unweave
from cleantext.stages.reflow import _width

LEFT = (
    "The ferry left the harbour at noon and the gulls followed it out past the long grey "
    "breakwater, where the old keeper stood waving his cap at the children on the upper deck. "
    "Nobody on board had expected the storm that came up from the south in the late afternoon, "
    "and the captain ordered everyone below before the first heavy rain began to fall on the "
    "water. The crossing took three hours longer than usual, but nobody was hurt and the cargo "
    "of apples and letters arrived safely in the evening. Mrs. Olsen, who kept the inn on Quay "
    "Street, had soup ready for them all. Her son Peter carried the bags. The letters went to the "
    "post office on Mill Lane the next morning."
)
RIGHT = (
    "In the town the market had closed early because of the wind, and the traders were packing "
    "their stalls into the backs of their vans while the church clock struck four. A few people "
    "waited at the bus station for news of the ferry, reading the same notices again and again "
    "and drinking tea from paper cups. When the boat was finally seen rounding the point there "
    "was a cheer from the quay, and the harbour master opened the gates so that the families "
    "could go down to meet it. Old Mr. Hansen said he had not seen such a storm since the winter "
    "of his wedding. His wife said he said that every year. Everybody laughed, and the one "
    "who laughed loudest of all was the son of the innkeeper."
)


def columns(width: int = 46) -> tuple[list[str], list[str]]:
    return textwrap.wrap(LEFT, width), textwrap.wrap(RIGHT, width)


def test_alternating_rows_dealt_back_to_their_columns():
    left, right = columns()
    rows = [x for pair in itertools.zip_longest(left, right) for x in pair if x]
    out, count = unweave("\n".join(rows) + "\n")
    assert out.split("\n")[: len(left) + len(right)] == left + right
    assert count >= 1


def test_right_column_block_put_after_the_left():
    # The right column starts mid-sentence (it goes on from the left column's last line) and the
    # extractor gave it first, as a block of its own.
    left = textwrap.wrap(LEFT, 46) + ["The passengers and the crew went home through"]
    right = textwrap.wrap("the rain. " + RIGHT, 46)
    text = "Harbour news\n" + "\n".join(right) + "\n\n" + "\n".join(left) + "\n"
    out, _ = unweave(text)
    assert out.split("\n") == ["Harbour news"] + left + ["", *right, ""] or \
        [line for line in out.split("\n") if line] == ["Harbour news"] + left + right


def test_text_in_order_is_left_alone():
    left, right = columns()
    text = "\n".join(left) + "\n\n" + "\n".join(right) + "\n"
    assert unweave(text) == (text, 0)
    # One paragraph a line, and noisy OCR-like text, are left alone too.
    prose = LEFT.replace(". ", ".\n") + "\n"
    assert unweave(prose) == (prose, 0)


def test_glued_rows_cut_apart_at_the_dropped_hyphen():
    left, _ = columns()
    column = _width("where the old keeper stood waving his cap at the chil-")
    # As "of Russian terThe scale": a left line that ended in "chil-" glued to the right line.
    line = "where the old keeper stood waving his cap at the chil" + "In the town the market had closed"
    parts = _split_glued(line, column, "en")
    assert parts == ["where the old keeper stood waving his cap at the chil-", "In the town the market had closed"]
    # A line of ordinary width is never cut.
    assert _split_glued(left[0], _width(left[0]), "en") == [left[0]]


def test_pipeline_reads_mixed_columns_in_order():
    left, right = columns()
    rows = [x for pair in itertools.zip_longest(left, right) for x in pair if x]
    # pdftotext ends each page with a form feed: text that shows pages.
    pipeline = Pipeline.from_names(["pages", "unweave", "columns", "dehyphenate", "reflow"])
    out = pipeline.run("\n".join(rows) + "\n\f").text
    words = out.split()
    assert words == (LEFT + " " + RIGHT).split()


def test_text_that_shows_no_pages_keeps_its_order():
    """Only text from a page layout is unwoven: elsewhere lines and blocks out of sentence order
    are the author's (posts of a thread, list items), and a repair would move paragraphs."""
    left, right = columns()
    rows = "\n".join(x for pair in itertools.zip_longest(left, right) for x in pair if x) + "\n"
    pipeline = Pipeline.default()
    result = pipeline.run(rows)
    assert result.report["kind"] != "page"
    assert result.text.split() == rows.split()
    assert "columns_unwoven" not in result.report["changes"]


def test_rows_side_by_side_cut_where_the_left_row_ends():
    # The extractor set a left row and the right row beside it on one line, a space between, or
    # glued where the left row ended in a hyphen.
    left_row = "the gulls followed it out past the long grey"
    line = left_row + " " + "In the town the market had closed early"
    column = _width(left_row)
    assert _cut_row_pair(line, column, column, "en") == [left_row, "In the town the market had closed early"]
    glued = "waving his cap at the chil" + "“Yes,” said the keeper, and waved"
    column = _width("waving his cap at the chil-")
    assert _cut_row_pair(glued, column, column, "en") == ["waving his cap at the chil-",
                                                          "“Yes,” said the keeper, and waved"]


def _paragraphs(text: str, blocks: int, opening: str = "") -> list[list[str]]:
    """``text``'s sentences (``opening`` before the first) as ``blocks`` paragraphs wrapped at 46."""
    sentences = re.split(r"(?<=[a-z]{2}\.) (?=[A-Z])", text)
    sentences[0] = opening + sentences[0]
    cuts = [len(sentences) * k // blocks for k in range(blocks + 1)]
    return [textwrap.wrap(" ".join(sentences[a:b]), 46) for a, b in zip(cuts, cuts[1:])]


def test_blocks_given_by_turns_from_the_two_columns_put_back_column_by_column():
    # The extractor gave the page's paragraphs by turns, left and right (as pdftotext does with
    # two frames of paragraphs set apart by space); the right column opens mid-sentence, going
    # on from the left column's last line. Five paragraphs a column: more than a few moves.
    left = _paragraphs(LEFT + " Then they rested by the fire until the lamps were lit in the windows of the "
                       "houses along the quay, and the passengers went home through", 5)
    right = _paragraphs(RIGHT, 5, opening="the rain. ")
    given = [block for pair in zip(left, right) for block in pair]
    text = "\n\n".join("\n".join(block) for block in given) + "\n"
    out, count = unweave(text)
    assert [line for line in out.split("\n") if line] == [x for block in left + right for x in block]
    assert count >= 1
    # In order, the same blocks are left alone.
    text = "\n\n".join("\n".join(block) for block in left + right) + "\n"
    assert unweave(text) == (text, 0)


def test_blocks_given_by_turns_beginning_with_the_right_column():
    # fpdf2 sets a right column's rows a little higher than the left's: pdftotext then gives the
    # right column's first block before the left column's, and the blocks go by turns from there.
    # The right column opens mid-sentence, going on from the left column's last line.
    left = _paragraphs(LEFT + " Then they rested by the fire until the lamps were lit in the windows of the "
                       "houses along the quay, and at last the tired and rather hungry passengers went home through", 3)
    right = _paragraphs(RIGHT, 3, opening="the rain. ")
    given = [block for pair in zip(right, left) for block in pair]
    text = "\n\n".join("\n".join(block) for block in given) + "\n"
    out, count = unweave(text)
    assert [line for line in out.split("\n") if line] == [x for block in left + right for x in block]
    assert count >= 1


def test_of_two_moves_that_read_as_well_the_shorter_block_moves():
    # The left column's two blocks with the right column's short block between them; the page
    # reads on from the page before mid-sentence, the left column ends mid-sentence, and both the
    # left column and the right one open in lower case: continuity alone cannot tell which block
    # goes first. Moving the right column's short block after the left column changes less of
    # the text than moving the left column's long first block to the end.
    before = textwrap.wrap("It was late in the evening when the letter came, and the keeper read it by", 46)
    left_a = textwrap.wrap("the lamp in the window of the kitchen. " + LEFT, 46)
    left_b = textwrap.wrap(RIGHT + " Then the keeper sat down and wrote a long letter to the board, asking", 46)
    right = textwrap.wrap("that the inspector should come before the winter. Nobody answered the letter.", 46)
    text = "\n".join(before) + "\n\f" + "\n".join(left_a) + "\n\n" + "\n".join(right) + "\n\n" + \
        "\n".join(left_b) + "\n"
    out, _ = unweave(text)
    assert [line.replace("\f", "") for line in out.split("\n") if line.strip()] == before + left_a + left_b + right


def test_a_cheaper_move_that_does_not_read_on_gives_way_to_one_that_does():
    # The extractor gave the right column (it opens mid-sentence, going on from the left column's
    # last line) before the left column, whose paragraphs are broken by short lines ending in a
    # colon ("the following:"), each followed by lower case. Moving only the left column's first
    # run to the top reads as cheaply as moving the whole right column to the end, but leaves a
    # short line before lower case at a joint it makes; the whole right column must move.
    left_a = textwrap.wrap(LEFT, 46) + ["the following:"]
    left_b = textwrap.wrap("as if to say that nothing had happened. " + RIGHT, 46) + ["the figures:"]
    left_c = textwrap.wrap("were counted again the next morning, and the keeper wrote them down in the", 46)
    right = textwrap.wrap("big book that lay on the table of the office. " + LEFT, 46)
    text = "\n".join(right) + "\n\n" + "\n".join(left_a + left_b + left_c) + "\n\f"
    out, _ = unweave(text)
    assert [line.replace("\f", "") for line in out.split("\n") if line.strip()] == left_a + left_b + left_c + right


def test_a_justified_line_given_a_word_at_a_time_is_one_line_again():
    left, right = columns()
    # pdftotext took the wide word spaces of a justified line for line ends.
    spread = ["the", "gulls", "followed", "it", "out,", "past"]
    rows = left[:3] + spread + left[3:]
    text = "\n".join(rows) + "\n\n" + "\n".join(right) + "\n\f"
    out, _ = unweave(text)
    assert "the gulls followed it out, past" in out.split("\n")
    # One-word lines that are no run of words (a table's column of names) stay as they are.
    names = ["Olsen", "Hansen", "Peter", "Maria"]
    text = "\n".join(left + names) + "\n\n" + "\n".join(right) + "\n\f"
    assert unweave(text)[0].split("\n")[len(left):len(left) + 4] == names


def test_one_wide_line_is_enough_to_cut_a_glue_in_text_of_full_column_lines():
    # A program that seldom hyphenates left one line end at a compound's hyphen ("fair-|ground");
    # pdftotext took the hyphen out and glued the next line on. Every other line is a column's.
    words = (LEFT + " " + RIGHT + " " + LEFT).split()
    for at in range(40, 80):
        lines = textwrap.wrap(" ".join(words[:at] + ["fair-ground"] + words[at:]), 46, break_long_words=False)
        k = next((i for i, line in enumerate(lines) if line.endswith("fair-")), None)
        if k is not None and 5 < k < len(lines) - 5:
            break
    glued = lines[:k] + [lines[k][:-1] + lines[k + 1]] + lines[k + 2:]
    out, count = unweave("\n".join(glued) + "\n\f")
    assert count >= 1
    assert lines[k] in out.split("\n")


def test_a_run_of_lines_glued_at_dropped_hyphens_is_cut_at_each():
    # Two lines in a row ended at a compound's hyphen ("sea-|wall", "light-|house"), and one more
    # further on ("fair-|ground"); pdftotext took the hyphens out and glued the printed lines: three
    # into one, and two into one. Each glue is cut.
    words = (LEFT + " " + RIGHT + " " + LEFT).split()
    found = None
    for a, b, c in itertools.product(range(40, 60), range(1, 12), range(40, 60)):
        text = " ".join(words[:a] + ["sea-wall"] + words[a:a + b] + ["light-house"] + words[a + b:a + b + c]
                        + ["fair-ground"] + words[a + b + c:])
        lines = textwrap.wrap(text, 46, break_long_words=False)
        k = next((i for i, (x, y) in enumerate(zip(lines, lines[1:]))
                  if x.endswith("sea-") and y.endswith("light-")), None)
        j = next((i for i, x in enumerate(lines) if x.endswith("fair-")), None)
        if (k is not None and j is not None and 5 < k < j - 6 < len(lines) - 12
                and _width(lines[k + 2]) > 0.9 * _width(lines[k])):
            found = lines, k, j
            break
    lines, k, j = found
    triple = lines[k][:-1] + lines[k + 1][:-1] + lines[k + 2]
    assert _split_glued(triple, _width(lines[k + 2]), "en") == lines[k:k + 3]
    glued = lines[:k] + [triple] + lines[k + 3:j] + [lines[j][:-1] + lines[j + 1]] + lines[j + 2:]
    out, count = unweave("\n".join(glued) + "\n\f")
    assert count >= 3
    assert out.split("\n")[k:k + 3] == lines[k:k + 3]
    assert out.split("\n")[j:j + 2] == lines[j:j + 2]


def test_a_paragraph_end_glued_at_its_dropped_dash_is_cut_with_the_dash_put_back():
    # The paragraph's last line ended in a dash set apart ("counting -"); pdftotext took it for a
    # hyphen that breaks a word, dropped it and glued the next paragraph's first line on.
    found = None
    for n in range(2, 12):
        first = textwrap.wrap(LEFT + " The keeper stood on the quay " + " ".join(RIGHT.split()[:n]) + " -", 46)
        second = textwrap.wrap("As we were getting into the boat to return, " + RIGHT + " " + LEFT, 46)
        if 0.3 * _width(first[0]) < _width(first[-1]) < 0.7 * _width(first[0]):
            found = first, second
            break
    first, second = found
    glued = first[:-1] + [first[-1][:-1] + second[0]] + second[1:]
    out, count = unweave("\n".join(glued) + "\n\f")
    assert count >= 1
    lines = out.split("\n")
    k = len(first) - 1
    assert lines[k:k + 2] == [first[-1], second[0]]
    # What opens the next line must be a sentence's opening word, not a name, nor a title before
    # one; and the next word must have fitted where the first line ended.
    column = _width(first[0])
    assert _dash_cut("Miss Pole was counting As we were getting into the fly to return, I", column, "en") == 22
    for line in ("Mikhail Khodorkovsky. In exchange, the US released a number of criminals and spies.",
                 "the dithyramb was accomplished by Praxilla, a poetess who added a new charm",
                 "and the subject of conversation even now with Miss Matilda; at the time it greatly",
                 "The ferry left the quay at noon and the gulls followed the boat As we were getting in"):
        assert _dash_cut(line, column, "en") is None, line


def test_rows_glued_into_one_line_are_cut_a_column_wide():
    """Rows of two columns side by side (a space between) that the extractor glued on at each
    dropped hyphen come apart into rows a column wide, the hyphens put back; a row ends at no
    piece of a word ("con"), and one that opens with a piece goes on with a broken word."""
    from cleantext.rowcuts import _cut_rows

    rows = ["when we say of God that he is good, immense,", "has said the whole. The other words are im-",
            "infinite, there is always a limitation attached", "portant, but everything is implied in this con"]
    column = sum(_width(row) for row in rows) / len(rows)
    glued = f"{rows[0]} {rows[1][:-1]}{rows[2]} {rows[3]}"
    assert _cut_rows(glued, column, "en") == rows
    # A line a column wide stays whole.
    assert _cut_rows(rows[2], column, "en") == [rows[2]]


def test_row_pair_cut_leaves_no_capital_at_the_left_rows_end():
    """Of two cuts of a row pair that fit, the one that does not end the left row on a capital
    after a word in lower case ("before the Olsen | kept" reads worse than "before the | Olsen kept")."""
    left_row = "and the captain ordered everyone below before the"
    right_row = "Olsen kept the inn on Quay Street, and her son"
    line = f"{left_row} {right_row}"
    # The printed width puts the row's end nearer after "Olsen" than before it.
    target = _width(left_row) + 0.6 * _width(" Olsen")
    assert _cut_row_pair(line, target, _width(left_row), "en") == [left_row, right_row]
    # A capital after a sentence end may end a row.
    left_row = "and the captain ordered everyone below. The"
    right_row = "rain came on while the ferry crossed the bay"
    assert _cut_row_pair(f"{left_row} {right_row}", _width(left_row), _width(left_row), "en") == [left_row, right_row]


def test_dealt_block_gives_its_two_columns_apart():
    """A block whose rows alternate comes back as its two columns, so that the page can put each
    where it reads on (a block of rows side by side at a page's foot ends both columns)."""
    from cleantext.textcolumns import _unweave_block

    left, right = columns()
    rows = [x for pair in itertools.zip_longest(left, right) for x in pair if x]
    streams = _unweave_block(rows, "", statistics.median(_width(x) for x in rows), "en")
    assert streams == [left, right]


def test_paragraphs_last_line_glued_on_is_cut_off():
    """A paragraph's short last line glued on at a dropped hyphen makes a line a little over a
    column wide; cut back where it is asked for (a line that ends a sentence before a capital), in
    no compound ("window-panes" broke at its own hyphen)."""
    from cleantext.textcolumns import LAST_GLUED

    first = "and letters arrived safely in the harbour in the even-"
    column = _width(first)
    line = first[:-1] + "ing, late."
    assert _split_glued(line, column, "en") == [line]
    assert _split_glued(line, column, "en", least=LAST_GLUED) == [first, "ing, late."]
    compound = "the light came through the little diamond-shaped window-panes, late."
    column = _width("the light came through the little diamond-shaped window-")
    assert _split_glued(compound, column, "en", least=LAST_GLUED) == [compound]
