"""Each stage alone, on plain strings: unicode, markup, paragraphs, furniture regions."""
import pytest

from cleantext.document import Document
from cleantext.pipeline import Pipeline, make_stage
from cleantext.stages.markup import strip_markdown
from cleantext.stages.paragraphs import joins
from cleantext.stages.unicode import normalize


@pytest.mark.parametrize("text, expected", [
    ("of\u00a0 safeguard", "of safeguard"),                  # no-break space, then a run of spaces
    ("Ukraine”. \u00a0", "Ukraine”."),                       # trailing spaces of every kind
    ("Clara Weiss  ", "Clara Weiss"),                        # Markdown hard break
    ("choice.”Lukashenko", "choice.” Lukashenko"),            # glued closing quote
    ("e\ufb03cient \ufb02ow", "efficient flow"),              # PDF ligatures
    ("in\u00adcur\u00adsion", "incursion"),                   # soft hyphens
    ("a\u200bb\u2060c", "abc"),                               # zero-width space, word joiner
    ("bell\x07 and\x1b", "bell and"),                         # control characters
    ("Cafe\u0301", "Café"),                                   # NFC
    ("\u200cLatin\u200c", "Latin"),                           # a non-joiner outside a joining script
    ("می\u200cشود", "می\u200cشود"),                           # kept inside a Persian word
    ("“curly” ‘quotes’ — and – dashes…", "“curly” ‘quotes’ — and – dashes…"),  # typography kept
    ('"straight" stays', '"straight" stays'),
    ("choice.”lower", "choice.”lower"),                       # not a new sentence: left alone
])
def test_normalize(text, expected):
    assert normalize(text) == expected


def test_fold_typography_is_an_option():
    assert normalize("“a” — ‘b’…", fold_typography=True) == "\"a\" - 'b'..."
    stage = make_stage({"name": "unicode", "fold_typography": True})
    doc = stage(Document.from_text("“a”"))
    assert doc.lines[0].text == '"a"' and doc.counters["unicode"] == 1


@pytest.mark.parametrize("text, expected", [
    ("## A heading ##", "A heading"),
    ("see [the report](https://example.org/r) now", "see the report now"),
    ("![a map](https://example.org/m.png)", ""),
    ("__strong__ and _em_", "strong and em"),
    # Python's names in prose are no emphasis: "obj.len()" and "init.py" lost the underscores.
    ("call obj.__len__() or edit __init__.py", "call obj.__len__() or edit __init__.py"),
    ('if __name__ == "__main__":', 'if __name__ == "__main__":'),
    ("__strong__ words and obj.__dict__", "strong words and obj.__dict__"),
    ("2 * 3 = 6", "2 * 3 = 6"),
    ("file_name_here", "file_name_here"),
    ("#1 priority", "#1 priority"),
    ("[citation needed]", "[citation needed]"),
    # a link that held only an image (a README's badge) leaves nothing, not "[](https://ci...)"
    ("[![Build](https://img.example.org/build.svg)](https://ci.example.org)", ""),
    ("[![Build](https://img.example.org/b.svg)](https://ci.example.org) [![PyPI](/p.svg)](https://pypi.org/p/x)", " "),
    ("[![logo](/logo.png) Home](https://example.org/)", " Home"),
])
def test_strip_markdown(text, expected):
    assert strip_markdown(text) == expected


@pytest.mark.parametrize("previous, following, expected", [
    ("while others", "reported that they", True),
    ("desertions of", "soldiers from the front", True),
    ("a list of items,", "and more of them", True),
    ("It ended.", "and then", False),
    ("Clara Weiss", "7 August 2024", False),
    ("The title", "The next paragraph", False),
    ("said:", "we will", False),
    ("see", "www.example.org", False),
])
def test_paragraph_joins(previous, following, expected):
    assert joins(previous, following) is expected


def test_paragraph_join_spans_the_source_lines():
    doc = make_stage({"name": "paragraphs"})(Document.from_text("A sentence cut\n\nhere in two.\n"))
    kept = [line for line in doc.lines if not line.blank]
    assert [line.span for line in kept] == [(1, 3)]
    assert doc.counters["paragraphs_joined"] == 1


def test_where_head_and_tail_protect_the_body(tmp_path):
    rules = tmp_path / "r.toml"
    rules.write_text('[site]\nname = "r"\n'
                     '[[furniture]]\nid = "h"\nclass = "banner"\npattern = "^Banner$"\nwhere = "head"\n'
                     '[[furniture]]\nid = "t"\nclass = "footer"\npattern = "^Footer$"\nwhere = "tail"\n',
                     encoding="utf-8")
    body = "A paragraph long enough to count as the body of the article, well over one hundred and twenty characters in all, as real ones are."
    text = f"Banner\n{body}\nBanner\nFooter\n{body}\nFooter\n"
    result = Pipeline.default([rules]).run(text)
    assert [(r["lines"][0], r["rule"]) for r in result.report["removed"]] == [(1, "r:h"), (6, "r:t")]


def test_a_block_rule_removes_from_start_to_end(tmp_path):
    rules = tmp_path / "r.toml"
    rules.write_text('[site]\nname = "r"\n[[furniture]]\nid = "box"\nclass = "widget"\n'
                     'start = "^Subscribe to our newsletter$"\nend = "^Sign up$"\n', encoding="utf-8")
    text = "Intro.\nSubscribe to our newsletter\nYour e-mail\nSign up\nThe end.\n"
    result = Pipeline.default([rules]).run(text)
    assert result.text == "Intro.\n\nThe end.\n"
    assert [r["lines"] for r in result.report["removed"]] == [[2, 2], [3, 3], [4, 4]]


def test_a_rule_that_would_take_most_of_a_document_is_refused(tmp_path):
    rules = tmp_path / "r.toml"
    rules.write_text('[site]\nname = "r"\n[[furniture]]\nid = "greedy"\nclass = "other"\npattern = "e"\n',
                     encoding="utf-8")
    text = "\n".join(["Every line here has the letter e in it, so the rule takes them all."] * 10)
    result = Pipeline.default([rules]).run(text)
    assert result.text.count("Every line") == 10
    assert result.report["changes"]["removals_refused"] == 10
    assert "nothing was removed" in result.report["warnings"][0]


def test_library_entry_points():
    import cleantext
    assert cleantext.clean(b"Loading\nThe text.\n") == "The text.\n"
    assert cleantext.clean("The text.  ") == "The text.\n"
    result = cleantext.Pipeline.default().run("Loading\nThe text.\n".encode("utf-16"))
    assert result.text == "The text.\n"
    assert result.report["encoding"].startswith("utf-16")
    assert result.report["removed"][0]["rule"] == "generic:loading"


def _by_role(role):
    from cleantext.stages.base import STAGES, known
    known()  # every built-in stage registered
    return sorted(name for name, cls in STAGES.items() if issubclass(cls, role))


def test_the_roles_cover_the_line_stages():
    from cleantext.stages.base import Labeller, LineFixer, Relayout, Remover
    assert {"markup", "mojibake", "whitespace", "visual-order", "unicode", "persian", "ocr"} <= set(_by_role(LineFixer))
    assert {"reflow", "columns", "dehyphenate"} <= set(_by_role(Relayout))
    assert {"pages", "boilerplate"} <= set(_by_role(Remover))
    assert {"language"} <= set(_by_role(Labeller))


def test_a_labeller_stage_gives_each_line_what_its_plain_function_says(sample_paths):
    """Every non-blank line, removed ones too, takes the label label() gives its text; no text changes."""
    stage = make_stage({"name": "language"})
    texts = [path.read_text(encoding="utf-8") for path in sample_paths]
    texts.append("The ferry sailed at noon.\n\nخیرات صدقات\n\nDer Hafen ist heute geschlossen.\n")
    for text in texts:
        doc = Document.from_text(text)
        doc.remove(doc.lines[0], "banner", "test:first")
        lines = [line for line in doc.lines if not line.blank]
        labels = stage.label([line.text for line in lines], **stage.options(doc))
        before = [line.text for line in doc.lines]
        stage(doc)
        assert [line.text for line in doc.lines] == before
        assert [(line.lang, line.script, line.confidence) for line in lines] == [(l.lang, l.script, l.confidence) for l in labels]
    assert len({label.lang for label in labels}) == 3


_WEB_PAGE = ("* Home\n* News\n* Sport\n* Contact\n\nFerry service to resume\n\n"
             "The ferry between the two harbours will resume on Monday, the council said, after the "
             "storm damaged the quay at the end of the winter.\n\nRepairs to the quay took longer than "
             "the engineers had hoped, and the first boat will leave at nine in the morning.\n\n"
             "Accept cookies\n\nShare on Facebook\n\nAll rights reserved\n")
_PAGED = "\f".join(f"The Harbour Review\n\n{body}\n\n- {n} -\n"
                  for n, body in enumerate(["The ferry left.", "It rained.", "We slept."], 1))


@pytest.mark.parametrize("name", ["pages", "boilerplate"])
def test_a_remover_stage_takes_out_what_its_plain_function_finds(name, sample_paths):
    """Each line its find() names is removed with that class, rule and reason; no other is."""
    stage = make_stage({"name": name})
    texts = [path.read_text(encoding="utf-8") for path in sample_paths] + [_WEB_PAGE, _PAGED]
    found_some = False
    for text in texts:
        before = Document.from_text(text).lines
        cuts, _ = stage.find([line.text for line in before], **stage.options(Document.from_text(text)))
        found_some = found_some or bool(cuts)
        doc = stage(Document.from_text(text))
        removed = [(line.span, line.removal.cls, line.removal.rule, line.removal.reason)
                   for line in doc.lines if line.removal is not None]
        assert removed == [(before[i].span, cls, rule, reason) for i, cls, rule, reason in cuts]
    assert found_some


def test_a_removers_after_hook_is_called_once_its_cuts_are_out():
    """after(doc, cuts, count) runs when lines were cut, after they are removed and counted; not otherwise."""
    from cleantext.stages.base import Remover
    calls = []

    class FirstLine(Remover):
        name, counter = "first-line", "first_lines"

        def find(self, texts):
            return ([(0, "banner", "test:first", "first line")], 1) if texts[0] != "Keep" else ([], 0)

        def after(self, doc, cuts, count):
            calls.append((cuts, count, doc.lines[0].removal is not None, doc.counters.get(self.counter)))

    FirstLine()(Document.from_text("Banner\nThe ferry left.\n"))
    FirstLine()(Document.from_text("Keep\nThe ferry left.\n"))
    assert calls == [([(0, "banner", "test:first", "first line")], 1, True, 1)]


def test_no_remover_or_relayout_stage_overrides_the_roles_call():
    """What a Remover stage does after its cuts is its after() hook, and which documents a stage
    leaves alone its applies(): the role's __call__ runs for all."""
    from cleantext.stages.base import STAGES, Relayout, Remover
    assert _by_role(Relayout) and _by_role(Remover)
    assert [name for name in _by_role(Remover) + _by_role(Relayout) if "__call__" in vars(STAGES[name])] == []


@pytest.mark.parametrize("name, text", [
    ("columns", "The ferry left at nine.      The storm came at noon.\nIt rained all day long.       We slept in the hall.\n"),
    ("unweave", "The ferry left at nine and the storm came\n"),
])
def test_the_column_stages_leave_a_pdf_read_directly_alone(name, text):
    """A PDF read directly is in reading order already: the default pipeline declares the column
    stages with skip_read_from = ["pdf"], and Pipeline.run passes such a document by."""
    from cleantext.pipeline import Pipeline
    declared = [step for step in Pipeline.default().stages if step.name == name]
    assert declared and all(step.skip_read_from == {"pdf"} for step in declared)
    doc = Document.from_text(text)
    assert declared[0].applies(doc)  # text with no PDF behind it: the stage is asked


@pytest.mark.parametrize("kind, reason, expected", [
    ("prose", "no sign", "web"), ("markdown", "headings", "web"), ("prose", "forced", "prose"), ("page", "form-feed", "page")])
def test_the_boilerplate_stage_turns_prose_into_web_when_it_finds_furniture(kind, reason, expected):
    doc = Document.from_text(_WEB_PAGE)
    doc.kind, doc.kind_reason = kind, reason
    make_stage({"name": "boilerplate"})(doc)
    assert doc.counters["boilerplate_blocks"] == 4
    assert doc.kind == expected
    assert doc.kind_reason == ("the boilerplate stage found 4 furniture blocks" if expected != kind else reason)
    quiet = Document.from_text("The ferry sailed at noon.\n\nIt came back at six, as it always did.\n")
    quiet.kind, quiet.kind_reason = kind, reason
    make_stage({"name": "boilerplate"})(quiet)
    assert (quiet.kind, quiet.kind_reason) == (kind, reason)


@pytest.mark.parametrize("name", ["markup", "mojibake", "whitespace", "visual-order", "unicode"])
def test_a_line_fixer_stage_is_its_plain_function_line_by_line(name, sample_paths):
    """What the stage does to a document is its fix() on each line, and each change is recorded."""
    stage = make_stage({"name": name})
    texts = [path.read_text(encoding="utf-8") for path in sample_paths]
    texts.append("**bold**  and  Ã©tÃ©\n\n[a link](https://example.org)  \n")
    for text in texts:
        doc = stage(Document.from_text(text))
        before = Document.from_text(text).lines
        assert [line.text for line in doc.lines] == [stage.fix(line.text) for line in before]
        assert len(doc.changes) == sum(stage.fix(line.text) != line.text for line in before)
        assert doc.counters[stage.counter] == len(doc.changes)


def _labelled(text, langs):
    """A document of ``text`` whose lines carry ``langs``, one per line, with the default rules."""
    doc = Document.from_text(text)
    doc.rules = Pipeline.default().rules
    for line, lang in zip(doc.lines, langs):
        line.lang = lang
    return doc


def test_a_line_fixer_by_label_mends_only_the_lines_its_labels_choose():
    """persian: normalize_persian() on each Persian or Dari line, no other; its repairs counted."""
    from cleantext.stages.persian import normalize_persian, persian_settings
    stage = make_stage({"name": "persian"})
    lines = ["علي و كتاب", "علي و كتاب", "این کار می شود", "سلـــام", "", "كتاب"]
    langs = ["fa", "ar", "prs", "fa", None, "ur"]
    doc = stage(_labelled("\n".join(lines), langs))
    fixed = [normalize_persian(text, **persian_settings()) if lang in ("fa", "prs") else (text, 0)
             for text, lang in zip(lines, langs)]
    assert [line.text for line in doc.lines] == [text for text, _ in fixed] == [stage.fix(text) if lang in ("fa", "prs") else text for text, lang in zip(lines, langs)]
    assert doc.counters["persian_normalised"] == sum(n for _, n in fixed) == 6
    assert [c.lines for c in doc.changes] == [(1, 1), (3, 3), (4, 4)]
    doc = stage(_labelled("\n".join(lines), [None] * len(lines)))
    assert [line.text for line in doc.lines] == lines and doc.counters["persian_normalised"] == 0


def test_the_ocr_stage_is_its_plain_function_on_the_lines_the_gate_passes():
    """ocr: correct_ocr() on each line of its scripts in a language that shows OCR traits; each correction
    counted, and what it was kept with the change; a document without such traits is not counted."""
    from cleantext.stages.ocr import correct_ocr
    stage = make_stage({"name": "ocr"})
    damage = "It was tlie end of tbe day, and we havo followed tbe river."
    lines = [damage, "", "The night was dark and tbe wind rose.", damage]
    doc = _labelled("\n".join(lines), ["en", None, "en", "en"])
    doc.lines[3].script = "Cyrl"  # not a script the stage reads: left alone
    doc = stage(doc)
    # The document's damage (five non-words mended in twenty words) is the strong evidence
    # that lets "tbe", a word the word list holds, change on the third line too.
    fixed = [correct_ocr(text, lang="en", gate=False, strong=True) for text in lines[:3]]
    assert [line.text for line in doc.lines] == [text for text, _ in fixed] + [damage]
    assert doc.lines[2].text == "The night was dark and the wind rose."
    assert [line.text for line in doc.lines][:2] == [stage.fix(text) for text in lines[:2]]
    assert stage.fix(lines[2]) == lines[2]  # alone, one misreading is no strong evidence
    assert doc.counters["ocr_corrected"] == sum(len(c) for _, c in fixed) == 5
    assert [c.what for c in doc.changes] == ["; ".join(f"{c.before}->{c.after} [{c.rule}] {c.evidence}" for c in cs)
                                             for _, cs in fixed if cs]
    clean = stage(_labelled("The night was dark and the wind rose.", ["en"]))
    assert not clean.changes and "ocr_corrected" not in clean.counters


_HYPHENATED = ("The raid on the town was an incur-\nsion that the army had not fore-\nseen, and the NATO-\n"
               "backed force took the well-\nknown bridge at dawn.\n")


@pytest.mark.parametrize("name", ["reflow", "columns", "dehyphenate"])
def test_a_relayout_stage_is_its_plain_function_on_the_kept_text(name, sample_paths):
    stage = make_stage({"name": name})
    texts = [path.read_text(encoding="utf-8") for path in sample_paths]
    texts.append("Left column text     Right column text\nruns on here        and here as well\n")
    texts.append(_HYPHENATED)
    for text in texts:
        doc = Document.from_text(text)
        kept, _ = doc.kept_text()
        new, _ = stage.relay(kept)
        assert stage(doc).kept_text()[0] == new


@pytest.mark.parametrize("kind", [None, "page", "web"])
def test_a_relayout_stage_records_the_counts_and_changes_its_relay_document_gives(kind):
    """dehyphenate: each join a change on the kept line it starts on; the counts as it says."""
    stage = make_stage({"name": "dehyphenate"})
    doc = Document.from_text(_HYPHENATED)
    doc.kind = kind
    text, lines = doc.kept_text()
    relaid = stage.relay_document(doc, text, lines)
    stage(doc)
    assert doc.kept_text()[0] == relaid.text != text
    assert doc.counters == relaid.counts and doc.counters["hyphens_joined"] == 2
    assert [(c.lines, c.before, c.after, c.what) for c in doc.changes] == [
        (lines[n - 1].span, before, after, what) for n, before, after, what in relaid.changes]
    assert len(doc.changes) >= 4
