"""Pre-checks only save time: every stage, with them turned off, cleans every document the same way.

One property for all the stages' pre-checks (listed in conftest.py): the default pipeline is run
on a document with its pre-checks and again with every line sent down the slow path, and the
clean text and the report must agree. What each pre-check stands for is tested where it is
defined; here it is only checked that none of them ever hides a change.
"""
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import Pipeline

PIPELINE = Pipeline.default()


def same_both_ways(text, prechecks_off):
    """Run the pipeline with the pre-checks and without; the clean text, the report and every
    line's language must agree. Return the clean text."""
    fast = PIPELINE.run(text)
    with prechecks_off():
        slow = PIPELINE.run(text)
    assert fast.text == slow.text
    assert fast.report == slow.report
    assert fast.document.lines == slow.document.lines  # languages and removals included
    return fast.text


# Pieces of damaged documents: mojibake of several code pages and of dropped C1 bytes, the
# characters the unicode and whitespace stages repair, Markdown marks, hyphens at line ends,
# page breaks, and plain words and typography that must come through as they are.
PIECES = st.sampled_from([
    "The ferry sailed", "at noon", "word", "Привет", "افغانستان", "château", "Straße", "“quoted”", "it’s", "—",
    "â€™", "â€œ", "â€\x9d", "Ã©", "Ã", "Â\xa0", "Ø§Ù", "ط§ظپط؛ط§ظ†", "Ð¸Ñ€", "itâs", "StraÃen", "ï¿½", "\x85",
    "\u00ad", "\u200b", "\u200c", "\ufeff", "\ufb01", "e\u0301", "\u00a0", "\u202f", "\t", "  ", " ", "\x07",
    "**bold**", "_em_", "# ", "[link](https://x.y)", "www.afgazad.com", "a@b.co", "http://x", "U.S.",
    "incur-\n", "NATO-\n", "\n", "\n\n", "\f", ".”L",
])
DOCUMENTS = st.lists(PIECES, min_size=1, max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(DOCUMENTS)
def test_no_precheck_changes_what_a_document_becomes(without_prechecks, text):
    same_both_ways(text, without_prechecks)


def test_no_precheck_changes_what_the_samples_and_fixtures_become(sample_paths, pdf_gold_paths, without_prechecks):
    damaged = []
    for path in sample_paths:
        text = path.read_text(encoding="utf-8")
        damaged.append(text.encode("utf-8").decode("windows-1252", errors="replace"))
    pdf = sorted(pdf_gold_paths[0].parent.glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in sample_paths + pdf] + damaged
    changed = 0
    for text in texts:
        changed += same_both_ways(text, without_prechecks) != text
    assert changed > len(texts) // 2  # the documents give the stages work to do
