"""cleantext/document.py: lines, spans and the clean text."""
from cleantext import clean
from cleantext.document import BLANK_RUN, Document
from cleantext.pipeline import Pipeline


def test_a_long_run_of_blank_lines_is_one_line_that_spans_it():
    doc = Document.from_text("a\n" + "\n" * 1000 + " \t\n" * 1000 + "b\n")
    assert len(doc.lines) == 2 + BLANK_RUN
    assert doc.lines[-2].span == (1 + BLANK_RUN, 2001) and doc.lines[-1].span == (2002, 2002)
    assert len(doc.raw_lines) == 2002  # the report still quotes the input's own lines


def test_a_page_break_in_a_run_of_blank_lines_stays_a_line_of_its_own():
    doc = Document.from_text("a\n\n\n\n\n\x0c\n\n\n\n\nb\n")
    assert [line.text for line in doc.lines].count("\x0c") == 1
    assert [line.span for line in doc.lines if line.text == "\x0c"] == [(6, 6)]


def test_long_runs_of_blank_lines_clean_like_one_blank_line():
    short = "Ferry service to resume\n\nThe ferry will resume on Monday, the harbour master said.\n\nLoading\n"
    long = short.replace("\n\n", "\n" + "\n" * 50 + "   \n" * 50)
    assert clean(long) == clean(short)


def test_lines_after_a_long_blank_run_are_reported_at_their_own_input_line():
    text = "The ferry will resume on Monday, the harbour master said.\n" + "\n" * 100 + "Loading\n"
    result = Pipeline.default().run(text)
    assert [(r.lines, r.text) for r in result.document.removed] == [((102, 102), "Loading")]


def test_letters_and_digits_are_counted_as_str_isalnum_counts_them():
    from cleantext.document import _alnum

    for text in ["plain ASCII, with 3 digits_and (marks)!", "Zürich ½ Ⅻ ١٢٣ — fin", "", "\x00\x7f~"]:
        assert _alnum(text) == sum(char.isalnum() for char in text)
