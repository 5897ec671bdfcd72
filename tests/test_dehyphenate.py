"""Line-end hyphens: joined where a typesetter made them, kept where spelled."""

import json
import pathlib

import pytest

from cleantext import Pipeline
from cleantext.stages.dehyphenate import dehyphenate, restore_dropped_hyphens
from cleantext.wrapping import wrapped_at_spaces

FIXTURES = pathlib.Path(__file__).parent / "fixtures" / "pdf"


@pytest.mark.parametrize(
    "text, expected",
    [
        # joined: the break is the typesetter's
        ("an incur-\nsion", "an incursion"),
        ("to as-\nsure Washington", "to assure\nWashington"),
        ("to under-\nstate the situation", "to understate\nthe situation"),
        ("the Zaporizh-\nzhia plant", "the Zaporizhzhia\nplant"),
        ("its offen-\nsive.\nNext day", "its offensive.\nNext day"),
        ("page end, incur-\n\n\fsion went on", "page end, incursion\n\n\fwent on"),
        # a column's end between the parts (one blank line, then lower case): no paragraph's end
        ("seized the opportun-\n\nity of her absence", "seized the opportunity\nof her absence"),
        ("in self-\n\ndefense today", "in self-defense\ntoday"),
        # a compound's last word broken as any word by a program that hyphenates words
        ("the business of verse-mak-\ning was", "the business of verse-making\nwas"),
        ("a non-res-\nident member", "a non-resident\nmember"),
        # kept: the hyphen is spelling
        ("the pro-\nKremlin press", "the pro-Kremlin\npress"),
        ("two-and-a-\nhalf years", "two-and-a-half\nyears"),
        ("her mother-in-\nlaw came", "her mother-in-law\ncame"),
        ("the mony-\ngetting-men", "the mony-getting-men"),
        ("the NATO-\nbacked forces", "the NATO-backed\nforces"),
        ("in self-\ndefense today", "in self-defense\ntoday"),
        # not line-end hyphens at all
        ("call 555- 1234", "call 555- 1234"),
        ("an A- grade", "an A- grade"),
        ("a 1990-\n1995 survey", "a 1990-\n1995 survey"),
        ("a dash –\nthen more", "a dash –\nthen more"),
        # a blank line before a capital, or two blank lines, end a paragraph
        ("the list of Smith-\n\nJones papers", "the list of Smith-\n\nJones papers"),
        ("seized the opportun-\n\n\nity of her absence", "seized the opportun-\n\n\nity of her absence"),
    ],
)
def test_dehyphenate(text, expected):
    assert dehyphenate(text)[0] == expected


def test_document_vocabulary_comes_first():
    # "co-operate" is spelled with a hyphen elsewhere in the text: keep it,
    # though "cooperate" is the commoner word.
    text = "They co-\noperate.\nWe co-operate too."
    assert dehyphenate(text)[0].startswith("They co-operate.")
    text = "They co-\noperate.\nWe cooperate too."
    assert dehyphenate(text)[0].startswith("They cooperate.")


def test_joins_are_reported_with_line_and_result():
    text = "first line\nan incur-\nsion by the pro-\nKremlin side"
    _, joins = dehyphenate(text)
    assert joins == [(2, "incur-|sion", "incursion"), (3, "pro-|Kremlin", "pro-Kremlin")]


def test_text_without_line_end_hyphens_is_unchanged():
    text = "A well-known fact.\nNothing to join here.\n"
    assert dehyphenate(text) == (text, [])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("NATObacked forces", "NATO-backed forces"),
        ("in selfdefense", "in self-defense"),
        ("the proKremlin press", "the pro-Kremlin press"),
        ("the UkraineRussia border; Ukraine and Russia", "the Ukraine-Russia border; Ukraine and Russia"),
        ("the UkraineRussia border", "the UkraineRussia border"),  # no evidence in the text
        ("PowerPoint and JavaScript; power, point, java, script", "PowerPoint and JavaScript; power, point, java, script"),
        # spelled with a hyphen elsewhere in the document
        ("imperialistbacked war; the imperialist-backed war", "imperialist-backed war; the imperialist-backed war"),
        # normal words and names are never split
        ("another nowhere understate", "another nowhere understate"),
        ("Zaporizhzhia Kharchenko Nezavisimaya", "Zaporizhzhia Kharchenko Nezavisimaya"),
        ("SoPage", "SoPage"),
        ("USbrokered", "USbrokered"),  # too short an acronym to be sure of
    ],
)
def test_restore_dropped_hyphens(text, expected):
    assert restore_dropped_hyphens(text)[0] == expected


def test_restore_reports_each_fix():
    assert restore_dropped_hyphens("a\nNATObacked")[1] == [(2, "NATObacked", "NATO-backed")]


def test_restore_leaves_clean_prose_alone(pdf_gold_paths):
    for path in pdf_gold_paths:
        text = path.read_text(encoding="utf-8")
        assert restore_dropped_hyphens(text) == (text, []), path.name


def _hyphen_cases():
    for entry in json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8")):
        if entry["extractor"] == "pdftotext-layout":
            yield entry["input"], entry["expected"]


@pytest.mark.parametrize("name, expected_name", list(_hyphen_cases()))
def test_typeset_hyphens_are_resolved(name, expected_name):
    """Every TeX line-end hyphen in -layout output is joined or kept right."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    expected = (FIXTURES / expected_name).read_text(encoding="utf-8")
    words = set(expected.replace("\n", " ").split(" "))
    changes = Pipeline.from_names(["pages", "columns", "dehyphenate"]).run(text).document.changes
    joins = [(change.lines, change.before, change.after) for change in changes if change.what == "hyphen"]
    assert joins, "the fixture has hyphenated line ends"
    # A result may be the start of a longer compound ("two-and" of
    # "two-and-a-half"), so compare with word starts.
    stripped = {w.strip(".,;:!?()“”‘’\"'") for w in words}
    wrong = [j for j in joins if not any(w == j[2] or w.startswith(j[2] + "-") for w in stripped)]
    assert wrong == []


def test_restore_never_splits_common_words():
    """The 20,000 commonest English words of five letters or more stay whole."""
    from wordfreq import top_n_list

    words = [w for w in top_n_list("en", 30000) if w.isalpha() and len(w) >= 5]
    text = "\n".join(f"{w} {w.capitalize()} {w.upper()}" for w in words)
    assert restore_dropped_hyphens(text)[1] == []


def test_every_legal_break_of_a_common_word_is_joined():
    """Break 2,000 common words at each hyphenation point: all come back whole."""
    import pyphen
    from wordfreq import top_n_list

    patterns = pyphen.Pyphen(lang="en")
    words = [w for w in top_n_list("en", 10000) if w.isalpha() and len(w) >= 6][:2000]
    wrong = []
    for word in words:
        for point in patterns.positions(word):
            _, joins = dehyphenate(f"the {word[:point]}-\n{word[point:]} here")
            if [j[2] for j in joins] != [word]:
                wrong.append(f"{word[:point]}-{word[point:]}")
    assert wrong == []


def test_restoring_hyphens_twice_finds_nothing_more():
    # The first repair ("TODAY-while") makes "-while" a tail of the text, which repairs the next.
    from cleantext.stages.dehyphenate import restore_dropped_hyphens

    once, fixes = restore_dropped_hyphens("DONATE TODAYwhile otherswhile others")
    assert once == "DONATE TODAY-while others-while others"
    assert len(fixes) == 2
    assert restore_dropped_hyphens(once) == (once, [])


# --- text wrapped by a program at spaces and hyphens (a text-mode browser, textwrap) -----------

FILLER = ("The harbour master kept a ledger of every ship that came in after the war, and the "
          "trade grew so fast that the ledger filled a shelf within a year. ")


def _wrapped_with_break() -> list[str]:
    """Prose wrapped as textwrap wraps it, with "post-war" (once in the text) broken at its hyphen."""
    import textwrap

    words = FILLER.split()
    for start in range(len(words)):  # drop words in front until the compound meets a line end
        lines = textwrap.wrap(" ".join(words[start:]) + " " + FILLER * 2 + "Then post-war trade came. "
                              + FILLER * 3, 70)
        if any(line.endswith(" post-") for line in lines):
            return lines
    raise AssertionError("no start puts the compound at a line end")


def test_a_hyphen_where_a_program_wrapped_at_hyphens_is_kept():
    # "postwar" is a word, but textwrap (like a text browser) broke the line at the text's own
    # hyphen, as the whole compound did not fit; the text has the compound nowhere else.
    lines = _wrapped_with_break()
    assert wrapped_at_spaces(lines)
    out, joins = dehyphenate("\n".join(lines))
    assert [j[1:] for j in joins] == [("post-|war", "post-war")]
    assert "postwar" not in out


def test_a_hyphen_in_ragged_text_is_joined_as_before():
    # Lines that end short of the width with room for the next word (typeset by measured widths):
    # the same break is a typesetter's, and "postwar" a word.
    lines = _wrapped_with_break()
    ragged = [line if k % 2 or line.endswith("-") else line[: line.rfind(" ")] for k, line in enumerate(lines)]
    assert not wrapped_at_spaces(ragged)
    out, joins = dehyphenate("\n".join(ragged))
    assert [j[1:] for j in joins] == [("post-|war", "postwar")]


def test_the_texts_own_spelling_still_comes_first_in_wrapped_text():
    text = "\n".join(_wrapped_with_break()) + "\n\nThe postwar years were good ones.\n"
    assert [j[2] for j in dehyphenate(text)[1]] == ["postwar"]


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt") if ".expected" not in p.name))
def test_typeset_text_is_not_taken_for_text_wrapped_at_spaces(name):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert wrapped_at_spaces(text.split("\n")) == {}


# --- text read from a PDF: the program that made it --------------------------------------------

def one_page_pdf(lines: list[str], producer: str, creator: str = "") -> bytes:
    """A PDF of one page in Helvetica, the lines set as given, with a Producer (and Creator)."""
    stream = "BT /F1 11 Tf 14 TL 20 170 Td " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    info = f"/Producer ({producer})" + (f" /Creator ({creator})" if creator else "")
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 320 200] /Contents 4 0 R "
               "/Resources << /Font << /F1 5 0 R >> >> >>",
               f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", f"<< {info} >>"]
    out, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("ascii")


QUARREL = ["After the incur-", "sion their long-", "standing quarrel ended."]


def test_a_pdf_producer_says_whose_the_line_end_hyphens_are():
    pipeline = Pipeline.default()
    # pdfTeX hyphenates: both breaks may be its own, and the word lists join both.
    tex = pipeline.run(one_page_pdf(QUARREL, "pdfTeX-1.40.24", "TeX"))
    assert tex.text == "After the incursion their longstanding quarrel ended.\n"
    # Chromium's print to PDF (Skia/PDF) breaks only where the text has a hyphen: both are the
    # author's, "incur-sion" as written.
    chromium = pipeline.run(one_page_pdf(QUARREL, "Skia/PDF m156", "HeadlessChrome/156.0.0.0"))
    assert chromium.text == "After the incur-sion their long-standing quarrel ended.\n"
    # The Creator names the program as well as the Producer; an unknown program is judged as TeX.
    assert "long-standing" in pipeline.run(one_page_pdf(QUARREL, "Qt 5.15.2", "wkhtmltopdf 0.12.6")).text
    assert "longstanding" in pipeline.run(one_page_pdf(QUARREL, "Harbour Press Writer 2")).text
    # Text that comes in already extracted carries no producer.
    assert pipeline.run("After the incur-\nsion their long-\nstanding quarrel ended.\n").text == tex.text


def test_a_document_that_asked_for_hyphenation_is_judged_as_tex():
    # Two breaks that only hyphenation makes ("know-|ledge", "incur-|sion"): the page asked the
    # browser to hyphenate (CSS hyphens: auto), so "long-|standing" may be its break too.
    lines = ["After the incur-", "sion their long-", "standing quarrel and the know-", "ledge of it ended."]
    out = Pipeline.default().run(one_page_pdf(lines, "Skia/PDF m156")).text
    assert out == "After the incursion their longstanding quarrel and the knowledge of it ended.\n"


def test_the_text_spelling_a_word_joined_wins_over_the_producer():
    lines = ["Their long-", "standing quarrel was a longstanding one."]
    assert Pipeline.default().run(one_page_pdf(lines, "Skia/PDF m156")).text.startswith("Their longstanding quarrel")


def test_a_rule_file_adds_a_program_that_hyphenates_nothing(tmp_path):
    rules = tmp_path / "press.toml"
    rules.write_text('[pdf]\nno_hyphenation = [{pattern = "^Harbour Press Writer", what = "the press"}]\n',
                     encoding="utf-8")
    out = Pipeline.default([rules]).run(one_page_pdf(QUARREL, "Harbour Press Writer 2")).text
    assert out == "After the incur-sion their long-standing quarrel ended.\n"


def test_a_bad_producer_pattern_is_a_rule_error(tmp_path):
    from cleantext.rulefile import RuleError, load

    rules = tmp_path / "press.toml"
    rules.write_text('[pdf]\nno_hyphenation = [\n  {pattern = "^Harbour (Press"},\n]\n', encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load(rules)
    assert any("press.toml:3: pdf no_hyphenation 1: pattern" in problem for problem in caught.value.problems), \
        caught.value.problems


def test_the_producer_is_read_from_the_document_information():
    from cleantext.pdf import read_pdf

    read = read_pdf((FIXTURES / "harbour.pdf").read_bytes())
    assert (read.producer, read.creator) == ("pdfTeX-1.40.24", "TeX")
    read = read_pdf(one_page_pdf(QUARREL, "Skia/PDF m156"))
    assert (read.producer, read.creator) == ("Skia/PDF m156", "")


def test_a_compound_over_three_lines_is_judged_at_both_breaks():
    # The middle line holds only a piece of the compound and ends in a hyphen of its own: it
    # moves up whole, and its hyphen is judged in turn, with its line as the input numbers it.
    text = "a sort of Oh-what-a-\nwicked-world-this-is-and-I-could-do-\nsomething-to-help expression\nof it"
    out, joins = dehyphenate(text)
    assert out == "a sort of Oh-what-a-wicked-world-this-is-and-I-could-do-something-to-help\nexpression\nof it"
    assert [number for number, _, _ in joins] == [1, 2]
    # A break after it is numbered by its own line in the input.
    out, joins = dehyphenate(text + " and an incur-\nsion")
    assert joins[-1] == (4, "incur-|sion", "incursion")


def test_a_word_that_goes_on_as_a_hyphenated_compound_keeps_its_line_end_hyphen():
    """Typesetters break a hyphenated compound only at its own hyphens, wherever the break falls."""
    from cleantext.stages.dehyphenate import automatic_breaks, dehyphenate
    assert dehyphenate("the mony-\ngetting-men of the town")[0] == "the mony-getting-men\nof the town"
    assert dehyphenate("a hard-\nand-fast rule")[0] == "a hard-and-fast\nrule"
    assert dehyphenate("an incur-\nsion into Kursk")[0] == "an incursion\ninto Kursk"  # no compound after it
    assert automatic_breaks("the mony-\ngetting-men and the mony-\ngetting-women") == 0


@pytest.mark.parametrize("text, expected", [
    # a program that hyphenates words breaks a compound's first word as any other
    ("if we disliked tobac-\nco-smoke here", "if we disliked tobacco-smoke\nhere"),
    ("the win-\ndow-panes shook", "the window-panes\nshook"),
    ("a bu-\ngle-call at dawn", "a bugle-call\nat dawn"),
    ("the Chin-\na-US talks", "the China-US\ntalks"),
    # the author's hyphen: the pieces make no word, or are two very common words
    ("an up-\nto-date list", "an up-to-date\nlist"),
    ("a hard-\nand-fast rule", "a hard-and-fast\nrule"),
    ("to do-\nsomething-to it", "to do-something-to\nit"),
    # a piece of an address, not a word of prose
    ("(https://example.com/stack-\noverflow-survey-ranks)", "(https://example.com/stack-overflow-survey-ranks)"),
])
def test_a_break_inside_a_compounds_first_word_is_judged_as_any_break(text, expected):
    assert dehyphenate(text)[0] == expected


_WRAPPED = ("The minister said on Tuesday that the NATObacked forces had\n"
            "crossed the river before dawn and that the villages on the far\n"
            "bank were quiet, though the roads were closed to all traffic\n"
            "until the engineers had cleared the bridges of the debris that\n"
            "the storm had left behind in the week before the offensive.\n")


def test_dropped_hyphens_are_restored_only_in_text_that_shows_pages():
    """pdftotext cuts pages with form feeds and drops hyphens at line ends; a web page copy is
    wrapped too, but nothing in it dropped a hyphen."""
    from cleantext import Pipeline
    stage = Pipeline.from_names(["dehyphenate"])
    second_page = ("Officials in the capital would not say when the roads would open\n"
                   "again, nor how many of the bridges had been damaged in the storm.\n")
    assert "NATO-backed" in stage.run(_WRAPPED + "\f" + second_page).text
    assert "NATObacked" in stage.run(_WRAPPED).text
    anywhere = Pipeline.from_names([{"name": "dehyphenate", "restore_paged_only": False}])
    assert "NATO-backed" in anywhere.run(_WRAPPED).text


def test_a_word_the_list_knows_only_uninflected_is_joined():
    # "commotions" is rare in the word list (Zipf 1.6), "commotion" is not; "com" and "motions"
    # are common words, which alone would keep the hyphen as a compound's
    assert dehyphenate("the com-\nmotions of the sea")[0] == "the commotions\nof the sea"


def test_the_text_spelling_a_compound_inflected_keeps_its_hyphen():
    # "fox-terrier" inside a line spells the "Fox-|terriers" broken at the line end
    text = "a fox-terrier barked, and all the Fox-\nterriers of the town"
    assert dehyphenate(text)[0] == "a fox-terrier barked, and all the Fox-terriers\nof the town"


def test_a_line_end_hyphen_u2010_is_judged_as_a_hyphen():
    from cleantext import Pipeline
    # WeasyPrint sets U+2010 where it hyphenates a word; inside a line it stays as written
    out = Pipeline.from_names(["dehyphenate"]).run("The im\u2010\nmense vessel, a well\u2010kept ship\nsailed on.\n").text
    assert out.split() == "The immense vessel, a well\u2010kept ship sailed on.".split()


def _inflection_examples():
    from cleantext.lang.data import INFLECTIONS
    return [(lang, example["word"], example["forms"])
            for lang, table in INFLECTIONS.items() for example in table.get("examples", [])]


@pytest.mark.parametrize("lang, word, forms", _inflection_examples())
def test_the_inflection_examples_of_the_rule_file(lang, word, forms):
    """rules/lang/inflections.toml's examples: the forms a word is looked up in."""
    from cleantext.stages.dehyphenate import _forms
    assert _forms(word, lang) == forms


@pytest.mark.parametrize(
    "text, expected",
    [
        # no word joined, a common word and a rarer one apart: the author's hyphen
        ("a silver-\nhilted sword", "a silver-hilted\nsword"),
        ("her olive-\nhued cheek", "her olive-hued\ncheek"),
        # a rare word joined, two common words apart, neither an affix: the author's hyphen
        ("on the quarter-\ndeck at noon", "on the quarter-deck\nat noon"),
        ("in the state-\nrooms below", "in the state-rooms\nbelow"),
        # a common word joined, or a piece that is an affix of many words: the typesetter's
        ("the bed-\nroom door", "the bedroom\ndoor"),
        ("a breath-\nless run", "a breathless\nrun"),
        ("was over-\npowered at once", "was overpowered\nat once"),
        ("the mis-\ndoings of it", "the misdoings\nof it"),
        # a word and a suffix of rules/lang/inflections.toml, though no word when joined
        ("the wonderful-\nness of it", "the wonderfulness\nof it"),
        ("a grey-\nness of sky", "a greyness\nof sky"),
        ("a house-\nless man", "a houseless\nman"),
        # a short piece that opens many words is a prefix, not a word of a compound
        ("an un-\nfrequent guest", "an unfrequent\nguest"),
        ("it dis-\nconcerts him", "it disconcerts\nhim"),
        # still two words: a compound that is no word joined
        ("a well-\nknown tale", "a well-known\ntale"),
        ("in self-\ndefense alone", "in self-defense\nalone"),
    ],
)
def test_a_compound_broken_at_its_own_hyphen(text, expected):
    assert dehyphenate(text)[0] == expected


def test_every_suffix_of_the_rule_file_is_joined_after_a_word():
    """A break before a suffix the language's table lists is the typesetter's, whatever follows."""
    from cleantext.lang.data import INFLECTIONS
    suffixes = INFLECTIONS["en"]["suffixes"]
    assert {"ness", "less"} <= set(suffixes)
    for suffix in suffixes:
        assert dehyphenate(f"a mischievous-\n{suffix} here")[0] == f"a mischievous{suffix}\nhere"
    # the text's own spelling still comes first
    text = "a grey-\nness here, and the grey-ness again"
    assert dehyphenate(text)[0].startswith("a grey-ness")


def test_a_quote_in_text_wrapped_at_spaces_is_measured_after_its_marks():
    # A forum thread or a mail copied as text: a quote of the post before, each line marked "> "
    # and wrapped with the marks, under a "NAME wrote:" line. The quote's line ends are filled
    # (the next word after the marks would not have fitted) and the break above it is the
    # writer's: the text still looks wrapped at spaces, and "quarter-|deck", broken at its own
    # hyphen in the post, is kept ("quarterdeck" is a word too).
    import textwrap

    words = FILLER.split()
    for start in range(len(words)):  # drop words in front until the compound meets a line end
        post = textwrap.wrap(" ".join(words[start:]) + " " + FILLER + "On the quarter-deck the mates were "
                             "dancing. " + FILLER, 70)
        if any(line.endswith(" quarter-") for line in post):
            break
    else:
        raise AssertionError("no shift puts the compound at a line end")
    quote = textwrap.wrap(FILLER * 3, 70, initial_indent="> ", subsequent_indent="> ")
    lines = ["ann_tern wrote: ↑ Mon Jun 3, 2024 9:51 am", *quote, "", *post]
    assert wrapped_at_spaces(lines)
    out, joins = dehyphenate("\n".join(lines))
    assert [j[1:] for j in joins] == [("quarter-|deck", "quarter-deck")]


def test_a_label_over_the_text_and_a_list_say_nothing_of_how_it_was_wrapped():
    # A podcast's transcript copied as text: each paragraph right under a speaker's name and time
    # ("Martha Quill  55:23", no blank line between), and a list of episodes whose items are
    # lines of their own. Neither break is the wrapper's: the text still looks wrapped at
    # spaces, and "post-|war", broken at its own hyphen, is kept.
    import textwrap

    lines = []
    for k in range(3):
        lines += [f"Martha Quill  {k + 1}:0{k}", *textwrap.wrap(FILLER * 2, 70), ""]
    lines += ["Owen Pryce  9:41", *_wrapped_with_break(), "", "More episodes"]
    lines += [f"  Ep. {n}: The ferry at the quay in the rain, and the mill ({n} min)" for n in (41, 40, 39)]
    assert wrapped_at_spaces(lines)
    out, joins = dehyphenate("\n".join(lines))
    assert [j[1:] for j in joins] == [("post-|war", "post-war")]


def test_a_text_that_writes_a_piece_in_hyphenated_compounds_keeps_a_break_after_it():
    """"to-day" and "to-night" inside lines: "to-|morrow" is the same text's spelling, though
    "tomorrow" is a common word; a text that also glues the piece to a word says nothing."""
    text = "He came to-day and will go to-night, or else to-\nmorrow at noon"
    assert "to-morrow" in dehyphenate(text)[0]
    assert "tomorrow" in dehyphenate("He came to-day, or else to-\nmorrow at noon")[0]  # once is not a habit
    glued = "He came to-day and will go to-night, toward the town, or else to-\nmorrow at noon"
    assert "tomorrow" in dehyphenate(glued)[0]
    # compounds whose joined forms are no words ("sea-captain") are no such habit
    assert "season" in dehyphenate("a sea-captain and a sea-trout in the sea-\nson")[0]


def test_a_program_that_marks_its_own_breaks_with_u2010_leaves_hyphen_minus_to_the_author():
    """WeasyPrint hyphenates with U+2010 and writes the text's hyphens as hyphen-minus: there a
    hyphen-minus at a line end is a compound's, and a U+2010 one a broken word's."""
    from cleantext import Pipeline
    stage = Pipeline.from_names(["dehyphenate"])
    lines = ["the old man lay on his death-", "bed, and the beau\u2010", "tiful won\u2010",
             "derful hap\u2010", "pily long\u2010", "standing quarrel ended"]
    out = stage.run("\n".join(lines) + "\n").text
    assert "death-bed" in out and "beautiful" in out and "wonderful" in out and "longstanding" in out
    # the same breaks with U+2010 also inside a line: the glyph is the text's own, nothing is told
    inside = stage.run("\n".join(lines) + "\na well\u2010known tale\n").text
    assert "deathbed" in inside and "beautiful" in inside
    # two U+2010 line ends are not enough to tell
    few = stage.run("\n".join(lines[:3] + ["derful quarrel ended"]) + "\n").text
    assert "deathbed" in few
    # inside a compound the program sets U+2010 at the text's own hyphen as well
    compound = stage.run("\n".join(lines) + "\nit cost three-and-six\u2010\npence in all\n").text
    assert "three-and-six-pence" in compound


@pytest.mark.parametrize("text, expected", [
    # The word's second part moves up whole; the rest of its line stays in the paragraph.
    ("The army's incur\u00ad\nsion was short and it went home.\n", "The army's incursion was short and it went home.\n"),
    ("The army's incur\u00ad  \nsion,\nshort as it was.\n", "The army's incursion, short as it was.\n"),
    # No word after it: the mark goes, the paragraphs stay apart.
    ("The army's incur\u00ad\n\nNext paragraph.\n", "The army's incur\n\nNext paragraph.\n"),
    # Inside a line a soft hyphen is only a hyphenation point: taken out.
    ("A con\u00adflict, then an incur\u00ad\nsion.\n", "A conflict, then an incursion.\n"),
])
def test_a_soft_hyphen_that_ends_a_line_joins_the_word_in_the_default_pipeline(text, expected):
    # The unicode stage takes invisible characters out of each line; a soft hyphen that ends a
    # line is left for this stage to join ("incur sion" before).
    assert Pipeline.default().run(text).text == expected


def test_a_soft_hyphen_line_break_moves_the_whole_second_part_up():
    out = Pipeline.from_names(["dehyphenate"]).run("an incur\u00ad\nsion, short\nas it was\n").text
    # (the output sets each line apart with a blank line: no reflow stage here)
    assert [line for line in out.splitlines() if line] == ["an incursion,", "short", "as it was"]  # "incurs", "ion, short" before


def test_a_glued_word_gets_its_hyphen_back_before_a_tail_the_text_hyphenates_as_a_habit():
    """pdftotext glued "oake-|worm" at a line end; the text writes "-worm" after a hyphen three
    times ("marsh-worm", "flag-worm", "dock-worm"), and "oakeworm" is no word: its hyphen comes
    back whatever its head. Two such compounds are too few, and a word stays a word."""
    text = "as the marsh-worm, the flag-worm, the dock-worm, the oakeworm, the gilt-tail"
    assert restore_dropped_hyphens(text)[0] == text.replace("oakeworm", "oake-worm")
    fewer = "as the marsh-worm, the flag-worm, the oakeworm, the gilt-tail"
    assert restore_dropped_hyphens(fewer)[0] == fewer
    word = text.replace("oakeworm", "silkworm")
    assert restore_dropped_hyphens(word)[0] == word


def test_a_line_end_break_keeps_its_hyphen_before_a_tail_the_text_hyphenates_as_a_habit():
    """"oake-|worm" joins into no word, and its head is none either; the text writes "-worm" after
    a hyphen three times: the hyphen is the author's. With two such compounds the break is joined."""
    text = "as the marsh-worm, the flag-worm, the dock-worm, the oake-\nworm, the gilt-tail\n"
    assert "oake-worm" in dehyphenate(text)[0]
    assert "oakeworm" in dehyphenate(text.replace("the dock-worm, ", ""))[0]
