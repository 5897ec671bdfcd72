"""Hard-wrapped lines back into paragraphs; clean text left as it is."""

import json
import pathlib
import re

import pytest

from cleantext import Pipeline
from cleantext.stages.dehyphenate import dehyphenate
from cleantext.stages.pages import remove_page_furniture
from cleantext.stages.reflow import _width, reflow, split_columns

ROOT = pathlib.Path(__file__).parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))


# The PDF stages in the order the default pipeline runs them; then spaces tidied, as it does.
PDF_STAGES = ["pages", "columns", "dehyphenate", "reflow"]
LAYOUT = Pipeline.from_names(PDF_STAGES)
TIDIED = Pipeline.from_names(PDF_STAGES + ["whitespace"])


def chain(text: str) -> str:
    return TIDIED.run(text).text


WRAPPED = (
    "Harbour news\n"
    "The ferry left the quay at noon and the\n"
    "gulls followed it out past the light.\n"
    "It rained all day, and the harbour master\n"
    "closed the office early.\n"
)


@pytest.mark.parametrize(
    "text, expected, joined",
    [
        # wrapped prose: a heading, then paragraphs ended by short lines
        (WRAPPED, "Harbour news\n\nThe ferry left the quay at noon and the gulls followed it out past the light. "
                  "It rained all day, and the harbour master closed the office early.\n", 3),
        # a paragraph cut by a page break mid-sentence is joined back
        ("It rained all day, and the harbour master\n\n\fclosed the office early. Then\n"
         "the ferry left the quay at noon.\n",
         "It rained all day, and the harbour master closed the office early. Then the ferry left the quay at noon.\n", 2),
        # a column break is no paragraph break, whatever follows it
        ("It rained all day, and the harbour master\n\f\nRoland closed the office early, then\n"
         "the ferry left the quay at noon.\n",
         "It rained all day, and the harbour master Roland closed the office early, then the ferry left the quay at noon.\n", 2),
        # ... but a blank line after a sentence end stays a paragraph break
        ("It rained all day and the harbour master\nclosed the office.\n\nThe ferry left the quay at noon\nand came back.\n",
         "It rained all day and the harbour master closed the office.\n\nThe ferry left the quay at noon and came back.\n", 2),
        # list items keep their own lines
        ("We took along the things we would need,\nas always on such trips:\n- a kettle\n- two cups\n",
         "We took along the things we would need, as always on such trips:\n\n- a kettle\n\n- two cups\n", 1),
        # -layout text: first-line indents and runs of spaces
        ("    The ferry left  the quay at noon and\nthe gulls followed it out past the light\n"
         "and the breakwater.\n    It rained all day, and the harbour\nmaster closed the office early.\n",
         "The ferry left the quay at noon and the gulls followed it out past the light and the breakwater.\n\n"
         "It rained all day, and the harbour master closed the office early.\n", 3),
    ],
)
def test_reflow(text, expected, joined):
    assert reflow(text) == (expected, joined)


# Justified lines of about the same printed width; the third ends a sentence
# on a line too long to count as short (over SHORT of the column).
FULL_END = (
    "The ferry left the quay at noon and the gulls\n"
    "followed it out past the light and the long\n"
    "breakwater, where the wind was strong.\n"
    "{next} rained all day, and the harbour master sat\n"
    "in his office with the door shut and a pot of\n"
    "tea that went cold on the desk before him.\n"
)


def test_fit_rule_ends_a_paragraph_where_the_next_word_would_have_fitted():
    """"It" would have fitted after "strong.": the typesetter ended the paragraph there."""
    out, joined = reflow(FULL_END.format(next="It"))
    assert out.split("\n\n")[0].endswith("where the wind was strong.")
    assert joined == 4


def test_fit_rule_reads_on_where_the_next_word_would_not_have_fitted():
    """ "Afterwards" is too wide for the room left: nothing shows a paragraph end."""
    out, joined = reflow(FULL_END.format(next="Afterwards it"))
    assert "\n\n" not in out.strip()
    assert joined == 5


def test_fit_rule_needs_a_sentence_end_and_a_capital():
    # the same room, but no sentence end: the line runs on
    text = FULL_END.format(next="It").replace("strong.", "strong,")
    assert "\n\n" not in reflow(text)[0].strip()
    # a sentence end, but the next line opens in lower case: it runs on
    text = FULL_END.format(next="it")
    assert "\n\n" not in reflow(text)[0].strip()


@pytest.mark.parametrize("dash", ["\u2014", "\u2013", " -"])
def test_fit_rule_ends_a_paragraph_at_a_dash_where_the_next_word_would_have_fitted(dash):
    """A sentence broken off at a dash ("where the wind was strong\u2014") ends its paragraph
    where the line left room for the next word, as a sentence end does; where the next word
    would not have fitted, or opens in lower case, the line runs on."""
    text = FULL_END.format(next="It").replace("was strong.", "blew" + dash)
    out, joined = reflow(text)
    assert out.split("\n\n")[0].endswith("where the wind blew" + dash)
    assert joined == 4
    for following in ("Afterwards it", "it"):
        text = FULL_END.format(next=following).replace("was strong.", "blew" + dash)
        assert "\n\n" not in reflow(text)[0].strip()
    # a hyphen glued to its word is a word broken at the line end, no dash
    text = FULL_END.format(next="It").replace("was strong.", "blew-")
    assert "\n\n" not in reflow(text)[0].strip()


def test_a_line_shortened_by_dehyphenation_is_not_taken_for_a_paragraph_end():
    """dehyphenate moved "people" up from the fourth line ("towns-/people long
    ago."); the third line runs past the column by as much, and the fourth,
    full as printed, leaves no room for "It"."""
    text = (
        "The ferry left the quay at noon and the gulls\n"
        "followed it out past the light on the breakwater\n"
        "and the harbour walls, which were built by the townspeople\n"
        "long ago. The quay was wet and cold then.\n"
        "It was a surprise that the ferry sailed at all, and\n"
        "the harbour master said so to everyone he met.\n"
    )
    out, joined = reflow(text)
    assert "\n\n" not in out.strip()
    assert joined == 5


def test_a_full_line_cut_before_a_name_runs_on_across_a_blank_line():
    """A page break left as blank lines in mid-sentence: the line before is
    full and has no sentence end, and "Harris" would not have fitted on it."""
    text = (
        "The ferry left the quay at noon and the gulls\n"
        "followed it out past the light and the long\n"
        "breakwater, where it was met by Captain Robert\n"
        "\n"
        "\n"
        "Harris and his crew of four, who came aboard.\n"
        "It rained all day, and the harbour master sat\n"
        "in his office with the door shut and a pot of\n"
        "tea that went cold on the desk before him.\n"
    )
    out, _ = reflow(text)
    assert "Captain Robert Harris and his crew" in out
    # a line that left room for the next word ended there: the blank line stands
    out, _ = reflow(text.replace("where it was met by Captain Robert\n", "where it met\n"))
    assert "where it met\n\nHarris and his crew" in out


def test_a_number_after_a_short_line_and_a_blank_line_is_no_continuation():
    """A count line, a blank line, then a vote count over a paragraph (a thread copied as text):
    the number, alone on its line, opens a line of its own, whether the line before is short or
    nearly full. After a full line with no sentence end, a line that opens with a number still
    runs on across a blank line (a page break before "1914")."""
    prose = (
        "The ferry left the quay at noon and the gulls followed it out past the\n"
        "light and the long breakwater, where the harbour master stood in the rain\n"
        "with his hat pulled down and his coat buttoned up to the chin, as he had\n"
        "done every day of that long winter, and he waved to the crew as they went\n"
        "by on their way to the islands and the market on the far side of the bay.\n"
    )
    for count in ("Asked 6 years ago  Viewed 7211 times", "Asked 6 years ago  Modified 7 years ago  Viewed 7211 times"):
        out, _ = reflow(f"{count}\n\n57\n" + prose + "\nThe end of it all, at last.\n")
        assert "Viewed 7211 times\n\n57" in out
    out, _ = reflow("It rained all day and the harbour master said that the ferry would sail in\n\n"
                    "1914 again, as it had done before the war, every day of the week.\n" + prose)
    assert "would sail in 1914 again" in out


def test_width_is_printed_width_not_characters():
    assert _width("illicit") < _width("WOMAN")
    assert _width("    two   words ") == _width("two words")


@pytest.mark.parametrize(
    "text",
    [
        "The ferry left.\n\nIt rained all day.\n",  # already clean
        "Clara Weiss\nThe ferry left the quay at noon.\nIt rained.\n",  # a paragraph per line, no blanks
        "",
        "One line only\n",
    ],
)
def test_clean_text_is_unchanged(text):
    assert reflow(text) == (text, 0)


def test_samples_and_gold_are_unchanged(sample_paths, pdf_gold_paths):
    for path in sample_paths + pdf_gold_paths:
        text = path.read_text(encoding="utf-8")
        assert reflow(text) == (text, 0), path.name


def test_split_columns_reads_left_then_right():
    left = ["The ferry left the quay", "at noon and the gulls", "followed it out past", "the light at dusk.",
            "Nobody on board had", "expected it."]
    right = ["It rained all day, and", "the harbour master", "closed the office", "early that evening.",
             "The boats stayed", "in harbour."]
    text = "\n".join(f"{a:<30}{b}" for a, b in zip(left, right))
    assert split_columns(text).split("\n") == left + ["\f"] + right
    single = "\n".join(left)
    assert split_columns(single) == single


def test_an_aligned_table_is_no_pair_of_columns():
    """A table whose cells are a word or two stays a table: its rows are not torn into a left and
    a right column (a real page's columns hold running text on both sides of the gutter)."""
    table = ("Name        Age   City\nJohn Smith  42    Boston\nMary Jones  37    Leeds\n"
             "Ann Lee     29    Cork\nPeter Holm  51    Bergen\nLena Berg   33    Oslo")
    assert split_columns(table) == table
    out = Pipeline.default().run(table + "\n").text
    assert [line.split()[-1] for line in out.split("\n") if line.strip()] == \
        ["City", "Boston", "Leeds", "Cork", "Bergen", "Oslo"]
    wide = "\n".join(f"{a:<12}{b}" for a, b in [("Item", "What it is for, in a few words"),
                                                 ("Ferry", "Crossing the sound twice a day"),
                                                 ("Quay", "Where the boats tie up at night"),
                                                 ("Light", "Shown at dusk to guide them in"),
                                                 ("Bell", "Rung when the fog comes down")])
    assert split_columns(wide) == wide


def _paragraphs(text):
    return [p for p in text.split("\n\n") if p.strip()]


# Extractors that keep the first-line indent (or blank lines) can be
# reflowed exactly; the others lose the mark of a paragraph that ends on a
# full line, a known gap.
EXACT = {"pdftotext-layout", "tesseract"}


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["input"] for e in MANIFEST])
def test_fixture_paragraphs(entry):
    text = (FIXTURES / entry["input"]).read_text(encoding="utf-8")
    expected = (FIXTURES / entry["expected"]).read_text(encoding="utf-8")
    out = chain(text)
    words = set(out.split())
    for p in _paragraphs(expected):
        # No paragraph lost: nine in ten of its words come through.
        have = sum(w in words for w in p.split())
        assert have >= 0.9 * len(p.split()), p[:60]
    for pattern in entry["furniture"]:
        flat = re.compile(pattern.strip("^$"))
        assert len(flat.findall(out)) <= len(flat.findall(expected)), pattern


@pytest.mark.parametrize(
    "entry", [e for e in MANIFEST if e["extractor"] == "pdftotext-layout" and e["layout"] != "alternate"],
    ids=lambda e: e["input"],
)
def test_layout_fixtures_come_out_exact(entry):
    """Indented -layout text reflows to exactly the source paragraphs."""
    text = (FIXTURES / entry["input"]).read_text(encoding="utf-8")
    expected = (FIXTURES / entry["expected"]).read_text(encoding="utf-8")
    assert _paragraphs(chain(text)) == _paragraphs(expected)


def test_whole_chain_leaves_clean_samples_alone(sample_paths):
    """Clean text passes through every PDF stage untouched."""
    for path in sample_paths:
        text = path.read_text(encoding="utf-8")
        doc = LAYOUT.run(text).document
        assert [line.text for line in doc.lines] == text.splitlines(), path.name
        assert (doc.removed, doc.changes, sum(doc.counters.values())) == ([], [], 0), path.name


from hypothesis import given, settings, strategies as st  # noqa: E402

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGH’,.", min_size=1, max_size=12)
PARAGRAPH = st.lists(WORD, min_size=1, max_size=60).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=8))
def test_clean_paragraphs_are_a_fixed_point(paragraphs):
    """Text already in the clean form comes out of every stage unchanged."""
    text = "\n\n".join(paragraphs) + "\n"
    assert reflow(text) == (text, 0)
    assert dehyphenate(text) == (text, [])
    assert remove_page_furniture(text) == (text, [])


@settings(max_examples=200, deadline=None)
@given(st.lists(PARAGRAPH.map(lambda p: p.rstrip(".,’") + "."), min_size=1, max_size=8))
def test_a_paragraph_per_line_without_blanks_is_kept(paragraphs):
    text = "\n".join(paragraphs) + "\n"
    assert reflow(text) == (text, 0)


def test_a_short_line_before_a_blank_line_ends_its_paragraph_whatever_follows():
    # A forum thread copied as text: a signature line, then the user's name in lower case after a
    # blank line. A blank line is crossed only where the text runs on (a page break
    # mid-sentence): after a full line, not after a short one.
    prose = ("The lock keeper came out in the rain and waved us through the gate, and we tied\n"
             "up below the mill where the water was quiet and the towpath was dry enough.\n")
    text = prose + "\nNB Slow Progress, 40ft semi-trad stern\n\npeter_tern\nPosts: 3,286\n\n" + prose
    out = reflow(text)[0]
    assert "\n\nNB Slow Progress, 40ft semi-trad stern\n\npeter_tern" in out
    # After a full line with no sentence end, a lower-case line after the blank still runs on.
    cut = prose.replace("dry enough.\n", "dry\n") + "\nenough for the dog to walk on it.\n"
    assert "towpath was dry enough for the dog" in reflow(cut * 2)[0]


def test_short_lines_of_a_template_that_outnumber_the_text_do_not_shorten_the_column():
    # A forum thread: under each post a user box of short lines, over it "Re: TITLE" and "Post by
    # NAME » DATE", over some a quote's "NAME wrote:". The median line is one of the boxes'; the
    # lines that run on into the next mid-sentence measure the column, so that the short
    # lines stay apart and the posts' own lines are still joined.
    post = ["The lock keeper came out in the rain and waved us through the gate, and",
            "we tied up below the mill and made tea."]
    lines = []
    for n in range(4):
        lines += ["Re: Mooring at the mill", f"Post by user{n} » Mon Jun {n + 1}, 2024 9:15 am", ""]
        if n:
            lines += [f"user{n - 1} wrote: ↑ Sun Jun {n}, 2024", "> we tied up below the mill", ""]
        lines += post + ["", "--", "NB Tern, 57ft trad stern", "", f"user{n}", f"Posts: {n * 37 + 5}",
                         "Joined: May 2019", "Top", ""]
    out = reflow("\n".join(lines) + "\n")[0].split("\n\n")
    assert "Re: Mooring at the mill" in out and "Post by user1 » Mon Jun 2, 2024 9:15 am" in out
    assert "user0 wrote: ↑ Sun Jun 1, 2024" in out
    assert " ".join(post) in out
    # Where the median line is a full one, it stays the measure (WRAPPED above: the short last
    # line of a paragraph still runs on into the next sentence where its first word did not fit).
    assert reflow(WRAPPED)[0].count("\n\n") == 1


def test_documents_sharing_the_reflow_stage_each_get_their_own_reading():
    """A stage object serves every document and worker thread: a PDF read directly (blank lines from
    the page's geometry) and a plain text reflowed at the same time each come out as alone."""
    import threading

    from cleantext.document import Document
    from cleantext.pipeline import make_stage

    text = "The gulls came in. The ferry\nleft the quay at noon.\nIt rained all day.\n"

    def document(encoding):
        doc = Document.from_text(text)
        doc.encoding = encoding
        return doc

    def alone(encoding):
        return make_stage({"name": "reflow"})(document(encoding)).kept_text()[0]

    assert alone("pdf") != alone("utf-8")
    stage = make_stage({"name": "reflow"})
    plain, pdf = document("utf-8"), document("pdf")
    pdf_started, plain_done = threading.Event(), threading.Event()
    # The plain text is laid out while the PDF is inside the same stage, between its start and its
    # end: each waits for the other in kept_text(), which the stage calls before relaying.
    plain_kept, pdf_kept = plain.kept_text, pdf.kept_text
    plain.kept_text = lambda: (pdf_started.wait(5), plain_kept())[1]
    pdf.kept_text = lambda: (pdf_started.set(), plain_done.wait(5), pdf_kept())[2]

    def run_plain():
        stage(plain)
        plain_done.set()

    threads = [threading.Thread(target=run_plain), threading.Thread(target=stage, args=(pdf,))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert plain_done.is_set()
    assert plain.kept_text()[0] == alone("utf-8")
    assert pdf.kept_text()[0] == alone("pdf")


def test_a_full_line_whose_link_address_went_is_no_heading():
    # A Markdown copy wrapped at 78 with each link's address counted: once the markup stage takes
    # the address out, the line is short, and before a capital it read as a one-line heading.
    text = (
        "The old way to ask for a resource had many problems, and the new one intends to fix most\n"
        "of these problems. It does this by introducing the same primitives to scripts that are\n"
        "used in the protocol itself. In addition, it introduces a utility function that captures\n"
        "the intention of retrieving a resource from the network in a single call.\n"
        "\n"
        "The [Fetch specification](https://fetch.spec.whatwg.org), which defines the\n"
        "API, nails down the semantics of a user agent fetching a resource. This,\n"
        "combined with workers, is an attempt to improve the offline experience of\n"
        "the web, and to expose the building blocks of the web to the platform itself.\n"
    )
    out = Pipeline.default().run(text).text
    assert "The Fetch specification, which defines the API, nails down" in out
    # The same words wrapped short as laid out (no link) are a heading of their own still.
    short = text.replace("The [Fetch specification](https://fetch.spec.whatwg.org), which defines the",
                         "The Fetch specification, which defines the")
    assert "which defines the API" not in Pipeline.default().run(short).text


def test_code_is_not_reflowed():
    # Lines of code pasted into prose (no Markdown fences) are never joined; the prose around is.
    code = ["    for name in sorted(names):", "        total += counts[name]", "    print(total)"]
    text = "\n".join(["The harbour master counts the boats every", "morning, in a loop of three lines:", "",
                      *code, "", "and writes the total on the board by the", "gate before the ferry leaves."])
    out = Pipeline.from_names(["reflow"]).run(text).document
    kept = [line.text for line in out.lines if line.removal is None]
    assert all(line in kept for line in code)
    assert "The harbour master counts the boats every morning, in a loop of three lines:" in kept


def test_a_paragraph_end_whose_last_line_dehyphenation_moved_up_stays():
    """The paragraph's last printed line held only the rest of a broken word ("ap-" | "peal."):
    dehyphenate moved it up whole, so the line before now ends the sentence, a little past the
    column. The printed lines decide: a short line that ends a sentence ends its paragraph, as it
    does where the break is kept apart ("peal." on a line of its own)."""
    text = (
        "The ferry left the quay at noon and the gulls\n"
        "followed it out past the light on the breakwater\n"
        "where the wind was strong and the sea ran high,\n"
        "and nobody on board had heard the harbour's ap-\n"
        "peal.\n"
        "It rained all day, and the harbour master sat\n"
        "in his office with the door shut and a pot of\n"
        "tea that went cold on the desk before him.\n"
    )
    out = TIDIED.run(text).text
    assert "the harbour's appeal.\n\nIt rained all day" in out
    # the rest of the word shared its line with more text: the paragraph runs on
    out = TIDIED.run(text.replace("peal.\nIt rained all day, and the harbour master sat\n",
                                  "peal. It rained all day, and the master sat\n")).text
    assert "\n\n" not in out.strip()


def test_a_full_line_that_ends_in_a_colon_runs_on_across_a_blank_line_into_lower_case():
    """A column break after a colon ("a normal-eccentric state:" | "here we have a second
    distinction."): the sentence goes on in lower case; a short line with a colon before a blank
    line still ends there (a heading, "Ingredients:"), and so does a line of a web page's text (a
    quotation, code or a list after the colon), or a line before a list item."""
    text = (
        "The ferry left the quay at noon and the gulls\n"
        "followed it out past the light on the breakwater,\n"
        "and the harbour master named the three of them:\n"
        "\n"
        "the mate, the cook and the boy from the village.\n"
        "It rained all day, and the harbour master sat\n"
        "in his office with the door shut and a pot of\n"
        "tea that went cold on the desk before him.\n"
    )
    out, _ = reflow(text, paged=True)
    assert "three of them: the mate" in out
    out, _ = reflow(text.replace("and the harbour master named the three of them:", "Crew:"), paged=True)
    assert "Crew:\n\nthe mate" in out
    out, _ = reflow(text)
    assert "three of them:\n\nthe mate" in out
    out, _ = reflow(text.replace("\nthe mate", "\na) the mate"), paged=True)
    assert "three of them:\n\na) the mate" in out


def test_one_space_before_a_line_of_page_text_is_a_first_line_indent():
    """pypdf writes a paragraph's first-line indent as one space before its first word, and the
    paragraph before may end on a full line with a sentence end (no other mark): in page text
    whose lines all start at one margin but for such lines, the space opens a paragraph. Not in
    other text, nor where deeper indents show the text's own."""
    text = (
        "The ferry left the quay at noon and the gulls\n"
        "followed it out past the light on the breakwater.\n"
        " It rained all day, and the harbour master sat\n"
        "in his office with the door shut and a pot of\n"
        "tea that went cold on the desk before him, and the\n"
        "boats stayed in the harbour until the wind turned.\n"
        " At dawn the coastguard went out to the rocks.\n"
    )
    out, _ = reflow(text, paged=True)
    assert out.count("\n\n") == 2 and "breakwater.\n\nIt rained" in out
    assert "\n\n" not in reflow(text)[0]
    # where some lines stand two spaces in, one space is no mark
    deeper = text.replace("in his office", "  in his office")
    assert "breakwater. It rained" in reflow(deeper, paged=True)[0]


def test_a_page_whose_gutter_stands_off_the_documents_is_cut_at_its_own():
    """pdftotext -layout of a book whose odd and even pages are set apart: the second page's
    right column starts three characters further in, and a left line that runs past the first
    page's gutter is still cut at its own page's."""
    long = "a left row that runs on well past the gutter"   # 45 characters
    def page(rows, gutter, long_row=None):
        return [(long if n == long_row else f"left {n} of the page runs on here").ljust(gutter)
                + f"right {n} goes on in its column" for n in range(rows)]
    first, second = page(13, 46), page(12, 49, long_row=5)
    out = split_columns("\n".join(first + ["\f" + second[0]] + second[1:])).split("\n")
    assert long in out and "right 5 goes on in its column" in out


def test_a_title_over_a_poems_short_lines_stays_apart():
    # The poem's short lines make a narrow "column" that the title fills: a full line, no sentence
    # end, the next word not fitting. Still no page break cut it: a paragraph's first line is
    # never left alone at a page's foot, so a line that is a paragraph of its own ends there.
    text = ("The Harbour Wall\n\nGrey stone, grey sea,\ngrey gulls that wheel and cry;\n"
            "the boats come home\nbeneath a leaden sky.\n")
    out, _ = reflow(text)
    assert out.split("\n\n")[0] == "The Harbour Wall"


def test_a_subtitles_timing_line_is_joined_neither_to_its_number_nor_to_its_words():
    cues = ("1\n00:00:01,000 --> 00:00:04,000\nWhere were you last night?\n\n"
            "2\n00:00:04,500 --> 00:00:07,000\nAt the harbour. The ferry was late, and the quay\n"
            "was closed until the storm had passed.\n")
    out = reflow(cues)[0]
    assert "00:00:01,000 --> 00:00:04,000\n\nWhere were you" in out
    # the words of a cue wrapped over two lines are one paragraph still
    assert "the quay was closed until the storm had passed." in out


def test_a_tables_rows_of_figures_are_not_joined_into_a_paragraph():
    text = ("The ferry carried more people each year than the year before, and the\n"
            "harbour master wrote the counts into the book by the door:\n"
            "1921   1,200   3.5\n1922   1,450   3.9\n1923   1,610   4.2\n"
            "It rained all day, and the gulls sat on the quay until the evening came.\n")
    out = reflow(text)[0]
    assert "1921 1,200 3.5\n\n1922 1,450 3.9\n\n1923 1,610 4.2\n\nIt rained" in out
    # a wrapped sentence's line that holds figures and words runs on as before
    assert reflow("The ferry carried more people that year than in any year before, and\n"
                  "1,200 of them came on the first day of the summer timetable.\n"
                  "It rained all day long on the harbour and the quay and the town.\n")[0].startswith(
        "The ferry carried more people that year than in any year before, and 1,200 of them came")


def test_a_wrapped_sentence_that_ends_in_a_version_number_is_joined():
    text = ("This week was the time to close and finish all the things that will go into the release\n"
            "0.17.0. The ferry timetable for the summer came out on the same day as the release.\n"
            "It rained all day long on the harbour, the quay and the small town by the sea.\n")
    assert "into the release 0.17.0. The ferry" in reflow(text)[0]


def test_a_menus_short_lines_are_no_column_to_join_a_pages_one_line_paragraphs_across_blank_lines():
    # A menu nobody's rule removed (a language whose phrases the boilerplate stage does not know):
    # its items stand one under another, each a name with its capital, and no line runs on
    # mid-sentence. The headline, byline and paragraphs below it are not glued together.
    page = ("Home\nPolitics\nBusiness\nSport\nCulture\nSearch\n\n"
            "Ferry service to resume on Monday\n\nMarta Lindqvist | 3 March 2025\n\n"
            "The ferry between Saltmere and Holm will resume on Monday after the storm damaged the quay.\n\n"
            "Repairs took longer than planned, the operator said.\n\n"
            "Share\nFacebook\nTwitter\nE-mail\n\nMost read\n1. Storm damage\n2. New bridge\n")
    out = reflow(page)[0]
    assert "Ferry service to resume on Monday\n\nMarta Lindqvist | 3 March 2025\n\nThe ferry between" in out
    # text wrapped mid-sentence still joins across a column break with no sentence end
    wrapped = ("The ferry left the quay at noon and the gulls followed it out of the\n"
               "harbour, and the wind rose as it passed the breakwater and the long\n"
               "line of fishing boats that lay at anchor in the bay below the grey\n\n"
               "lighthouse, where the keeper watched them from his narrow window.\n")
    assert "below the grey lighthouse, where" in reflow(wrapped)[0]


def test_lines_too_narrow_for_any_wrapped_column_stay_as_the_author_set_them():
    # Addresses and a play script's speaker names: short lines, some opening with a number or a
    # bracket as a wrapped line's would, in a "column" of a dozen characters no program wraps to.
    addresses = ("Mara Lind\nPier 4\n412 63 Göteborg\nSweden\n\n"
                 "Tom Berg\nStorgatan 12\n211 34 Malmö\nSweden\n")
    assert reflow(addresses) == (addresses, 0)
    script = "MARA\nWhere were you last night?\n\nTOM\n(quietly)\nAt the harbour.\n\nMARA\nDoing what?\n"
    assert reflow(script) == (script, 0)
    # a narrow newspaper column of 25 to 30 characters is still joined
    column = ("The ferry left the quay at\nnoon and the gulls followed\nit out of the harbour, and\n"
              "the wind rose as it passed\nthe breakwater.\n")
    assert reflow(column)[0].startswith("The ferry left the quay at noon and the gulls followed it out")
    # and so is a column of thirteen Han and kana, each as wide as two letters (not as one)
    japanese = "港の朝は早い。漁師たちは夜\n明け前に船を出し、網を引く\n3人の漁師が今日も海へ出た\n"
    assert reflow(japanese)[1] == 2


def test_numbered_clauses_open_paragraphs_of_their_own():
    text = ("TERMS OF CHARTER\n\n1. Definitions\n1.1 \"Vessel\" means the yacht named in Schedule A.\n"
            "1.2 \"Charter Period\" means the period stated in Schedule A.\n\n2. Payment\n"
            "2.1 The Charterer shall pay the fee\nin two instalments.\n")
    out = reflow(text)[0]
    assert out.startswith("TERMS OF CHARTER\n\n1. Definitions\n\n1.1 \"Vessel\" means the yacht named in Schedule A."
                          "\n\n1.2 \"Charter Period\"")
    assert "2.1 The Charterer shall pay the fee in two instalments." in out
    # a wrapped line that opens with a decimal figure in lower case runs on
    assert "grew by 3.5 million" in reflow(
        "The number of passengers on the ferries of the west coast grew by\n"
        "3.5 million in the year after the new harbour wall was finished.\n"
        "It rained all day long on the harbour and the quay and the town.\n")[0]


def test_a_logs_records_are_not_joined():
    log = ("2025-03-01 09:14:22,101 INFO harbour.plan: loaded 42 berths\n"
           "2025-03-01 09:14:22,340 WARNING harbour.tide: station SALT offline, using cached table\n"
           "2025-03-01 09:14:23,002 ERROR harbour.net: connection refused\n"
           "Traceback (most recent call last):\n"
           "  File \"harbour/net.py\", line 88, in fetch\n"
           "ConnectionRefusedError: [Errno 111] Connection refused\n"
           "2025-03-01 09:14:25,000 INFO harbour.plan: done\n")
    out = reflow(log)[0]
    assert "loaded 42 berths\n\n2025-03-01 09:14:22,340 WARNING" in out
    assert "connection refused\n\nTraceback" in out
    assert "Connection refused\n\n2025-03-01 09:14:25,000 INFO harbour.plan: done" in out
    # a clock time without seconds at a line's start runs on ("at" | "10:40 ...")
    assert "next one at 10:40 every morning" in reflow(
        "The ferry to the islands leaves from the north quay, and the next one at\n"
        "10:40 every morning of the week except on Sundays and the holidays.\n"
        "It rained all day long on the harbour and the quay and the town.\n")[0]


def test_wrapped_chinese_and_japanese_are_joined_without_a_space():
    # A line break between two Han or kana stands for no space: "夜" | "明け" is "夜明け" (a space
    # between them was a character the author never wrote).
    japanese = "港の朝は早い。漁師たちは夜\n明け前に船を出し、網を引く\n3人の漁師が今日も海へ出た\n"
    assert reflow(japanese)[0] == "港の朝は早い。漁師たちは夜明け前に船を出し、網を引く 3人の漁師が今日も海へ出た\n"
    # after a short line the break is the author's pause between phrases: a space keeps it
    assert "風が強く 波も高かった" in reflow(
        "港の朝は早い。漁師たちは夜明け前に船を出し、網を引く\n今日は風が強く\n"
        "波も高かった。漁師たちは夜明け前に船を出した3人\nit ran on\n")[0]
    # a text whose author spaces its phrases keeps a space where its lines break, too
    spaced = ("一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣\n"
              "玉峰道路一路上雲氣山嵐滯留山頭 順路下切蜿蜒道路後不久即抵達來到\n3 people came\n")
    assert "彩衣 玉峰" in reflow(spaced)[0]
    # Latin on either side keeps its space
    assert reflow("The ferry left the quay at noon and the gulls followed it, 港\nの朝 and then the\n"
                  "rain came.\n")[0] == "The ferry left the quay at noon and the gulls followed it, 港の朝 and then the rain came.\n"


def test_explain_names_each_paragraph_reflow_made_and_a_join_across_a_blank_line():
    from cleantext.report import explain
    text = ("The ferry left the quay at noon and the gulls followed it out of the\n"
            "harbour, and the wind rose as it passed the breakwater and the long\n"
            "line of fishing boats that lay at anchor in the bay below the grey\n\n"
            "lighthouse, where the keeper watched them from his narrow window.\n\n"
            "It rained all day long on the harbour and the quay and the town and\n"
            "the boats.\n")
    lines = explain(Pipeline.default().run(text).document)
    joins = [line for line in lines if ": reflow (" in line]
    assert joins == [
        "<input>:1-5: reflow (4 lines joined, across a blank line): "
        "'The ferry left the quay at noon and the gulls followed it out of the …'",
        "<input>:7-8: reflow (2 lines joined): 'It rained all day long on the harbour and the quay and the town and ⏎…'",
    ]
