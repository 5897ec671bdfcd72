"""Running heads and feet, page numbers: found by repetition, never body text."""

import json
import pathlib
import re

import pytest

from cleantext.stages.pages import find_page_furniture, remove_page_furniture

FIXTURES = pathlib.Path(__file__).parent / "fixtures" / "pdf"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
BODY = [
    "The ferry left the quay at noon.",
    "Gulls followed it past the light.",
    "By evening the wind had turned.",
    "Nobody on board had expected it.",
    "The captain rang the bell twice.",
    "Fog came down over the harbour.",
    "Two boats stayed out all night.",
    "Their lamps were seen from shore.",
    "At dawn the coastguard went out.",
    "Both crews came home by breakfast.",
    "The mayor thanked the volunteers.",
    "Rain returned in the afternoon.",
]


def paged(head, foot, pages=5, feed=True):
    """Pages of body text with a head and a foot; {n} is the page number."""
    lines = []
    for n in range(1, pages + 1):
        page = ([head.format(n=n)] if head else []) + ["", BODY[2 * n - 2], BODY[2 * n - 1], ""]
        page += [foot.format(n=n)] if foot else []
        if feed and n > 1:
            page[0] = "\f" + page[0]
        lines += page
    return lines


@pytest.mark.parametrize(
    "head, foot, head_class, foot_class",
    [
        ("The Harbour Review", "{n}", "header", "page-number"),
        ("The Harbour Review", "- {n} -", "header", "page-number"),
        ("The Harbour Review", "Page {n} of 5", "header", "page-number"),
        ("The Harbour Review", "{n}/5", "header", "page-number"),
        ("Harbour Review, page {n}", None, "header", None),
        (None, "harbour.example/news/ferry 12/09/2024, 10:15 {n}/5", None, "footer"),
        (None, "Kursk report", None, "footer"),
    ],
)
def test_heads_and_feet_are_found(head, foot, head_class, foot_class):
    lines = paged(head, foot)
    found = {i: cls for i, cls, _ in find_page_furniture(lines)}
    heads = [i for i, l in enumerate(lines) if head and l.strip("\f").startswith(head.format(n=0)[:8])]
    feet = [i for i, l in enumerate(lines) if foot and re.fullmatch(re.escape(foot).replace(r"\{n\}", r"\d+"), l)]
    assert all(found.get(i) == head_class for i in heads)
    assert all(found.get(i) == foot_class for i in feet)
    assert not any(lines[i] in BODY for i in found)


def test_roman_page_numbers():
    lines = paged("Harbour", "{n}")
    roman = {1: "i", 2: "ii", 3: "iii", 4: "iv", 5: "v"}
    lines = [roman[int(l)] if l.isdigit() else l for l in lines]
    found = find_page_furniture(lines)
    assert [r for _, c, r in found if c == "page-number"] == [f"page number {roman[n]!r}" for n in range(1, 6)]


def test_alternating_heads_on_even_and_odd_pages():
    lines = []
    for n in range(1, 7):
        head = f"{n} Field Notes Quarterly" if n % 2 == 0 else f"Ukrainian forces in Russia {n}"
        lines += [("\f" if n > 1 else "") + head, "", BODY[2 * n - 2], BODY[2 * n - 1], ""]
    found = find_page_furniture(lines)
    assert len(found) == 6
    assert {cls for _, cls, _ in found} == {"header"}
    assert found[0][2] == "repeats at top of 3 of 6 pages"


def test_reasons_name_the_evidence():
    found = find_page_furniture(paged("The Harbour Review", "Page {n} of 5"))
    assert found[0] == (0, "header", "repeats at top of 5 of 5 pages")
    assert found[1] == (5, "page-number", "page number 'Page 1 of 5'")


def test_pages_found_without_form_feeds():
    names = ["Ada", "Ben", "Cy", "Dot", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kit", "Lou"]
    lines = []
    for n, first in enumerate(names[:5], 1):
        lines += ["The Harbour Review", ""]
        lines += [f"{first} and {second} walked to the quay" for second in names]
        lines += ["", f"- {n} -"]
    found = find_page_furniture(lines)
    assert {lines[i] for i, _, _ in found} == {"The Harbour Review"} | {f"- {n} -" for n in range(1, 6)}
    assert found[0][1:] == ("header", "repeats 5 times, 12+ lines apart")
    assert found[1][1:] == ("page-number", "page number '- 1 -'")


@pytest.mark.parametrize(
    "lines",
    [
        # no pages, no repetition: nothing is furniture
        ["A title", "7", "Body text.", "A title"],
        BODY,
        # a list that counts up is not a run of page numbers
        ["Steps:", "1", "Boil water.", "2", "Add tea.", "3", "Wait."],
        # a refrain repeated in a poem ends like a sentence
        ["Row, row, row your boat.", "a", "b", "c", "d", "Row, row, row your boat.", "e", "f", "g", "h",
         "Row, row, row your boat."],
        # a speaker's name recurs, but not at a page's regular distance
        ["HAMLET", "a", "b", "c", "d", "e", "HAMLET", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p",
         "q", "r", "s", "t", "u", "v", "w", "x", "HAMLET", "y", "z", "0", "1", "2", "HAMLET"],
    ],
)
def test_body_lines_are_never_furniture(lines):
    assert find_page_furniture(lines) == []


def test_a_sentence_at_the_top_of_pages_is_text():
    lines = paged("The Harbour Review", None)
    for n, i in enumerate(i for i, l in enumerate(lines) if l.strip("\f") == "The Harbour Review"):
        lines[i + 1] = "The ferry left the quay at noon."
    found = find_page_furniture(lines)
    assert {lines[i].strip("\f") for i, _, _ in found} == {"The Harbour Review"}


def test_gold_texts_have_no_furniture(pdf_gold_paths):
    for path in pdf_gold_paths:
        assert find_page_furniture(path.read_text(encoding="utf-8").split("\n")) == [], path.name


def test_remove_keeps_the_page_break():
    text = "\fHarbour\n\nend of a\n\fHarbour\n\nsentence.\n\fHarbour\n\nMore.\n"
    out, found = remove_page_furniture(text)
    assert out == "\fend of a\n\fsentence.\n\fMore.\n"
    assert [cls for _, cls, _ in found] == ["header"] * 3


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["input"] for e in MANIFEST])
def test_fixture_furniture_is_removed(entry):
    """Every printed head, foot and page number goes; no expected line does."""
    text = (FIXTURES / entry["input"]).read_text(encoding="utf-8")
    expected = (FIXTURES / entry["expected"]).read_text(encoding="utf-8")
    lines = text.split("\n")
    found = {i for i, _, _ in find_page_furniture(lines)}
    patterns = [re.compile(p) for p in entry["furniture"]]
    for i, line in enumerate(lines):
        flat = " ".join(line.replace("\f", "").split())
        if flat and len(flat) < 90 and any(p.search(flat) for p in patterns) and flat not in expected:
            assert i in found, f"line {i} {line!r} left"
    for i in found:
        flat = " ".join(lines[i].replace("\f", "").split())
        assert len(flat) < 90 and flat not in expected.split("\n"), f"line {i} {lines[i]!r} is text"


def test_ocr_specks_beside_a_running_foot():
    lines = paged(None, "Page {n} of 5")
    lines[3:3] = [BODY[10], BODY[11], ">)", "2"]  # OCR debris above the first foot
    found = {i: (cls, reason) for i, cls, reason in find_page_furniture(lines)}
    assert found[5] == ("footer", "no letters, beside the running footer")
    assert found[6] == ("footer", "no letters, beside the running footer")
    assert all(lines[i] not in BODY for i in found)


def _stage_text(text: str) -> str:
    from cleantext.document import Document
    from cleantext.stages.pages import Pages

    return "\n".join(line.text for line in Pages()(Document.from_text(text)).kept())


def test_the_stage_and_the_function_drop_the_same_lines_and_keep_the_same_page_breaks():
    # A head followed by three blank lines: the stage used to keep two of them and lose the
    # form feed ('\x0c\nWe slept.' against '\x0cWe slept.').
    lines = []
    for n, body in enumerate(["The ferry left.", "It rained.", "We slept."], 1):
        lines += ["\f" * (n > 1) + "The Harbour Review", "", "", "", body, "", f"- {n} -"]
    text = "\n".join(lines)
    assert remove_page_furniture(text)[0] == "The ferry left.\n\x0cIt rained.\n\x0cWe slept."
    assert _stage_text(text) == remove_page_furniture(text)[0]


def test_the_stage_and_the_function_agree_on_every_pdf_fixture():
    inputs = [FIXTURES / case["input"] for case in MANIFEST]
    assert len(inputs) >= 20
    for path in inputs:
        text = path.read_text(encoding="utf-8").removesuffix("\n")
        assert _stage_text(text) == remove_page_furniture(text)[0], path.name


def test_a_repeated_line_inside_a_block_leaves_the_blank_lines_that_end_paragraphs():
    # A forum thread copied as text: "--" over each post's signature and "Top" under each user box
    # repeat at a regular distance, like running feet, and go; but each sits in a block with
    # other lines, so it is no page's edge, and the blank line after the post's last line stays:
    # the post does not run on into the signature.
    post = ["The lock keeper came out in the rain and waved us through the gate.",
            "We tied up below the mill and made tea, and the dog slept on the roof.", ""]
    lines = []
    for n, boat in enumerate(["Tern", "Otter", "Jubilee", "Mallard"]):
        lines += [f"Post by user{n} » Mon Jun {n + 1}, 2024", ""] + post
        lines += ["--", f"NB {boat}, 57ft trad stern", "", f"user{n}", f"Posts: {n * 37 + 5}", "Top", ""]
    text = "\n".join(lines)
    found = {lines[i] for i, _, _ in find_page_furniture(lines)}
    assert {"--", "Top"} <= found
    out = remove_page_furniture(text)[0]
    assert "made tea, and the dog slept on the roof.\n\nNB Tern, 57ft trad stern" in out
    assert _stage_text(text) == out
    # A running head in a block of its own still closes the gap, as before: the text runs on.
    body = [f"{first} and Ben walked to the quay" for first in ["Ada", "Cy", "Dot", "Eve", "Fay", "Gus"] * 2]
    paged = "\n".join(["The Harbour Review", "", *body, ""] * 4)
    assert "\n\n" in paged and "\n\n" not in remove_page_furniture(paged)[0].strip("\n")


def test_a_site_file_chosen_for_a_copied_page_keeps_its_repeated_lines_for_itself():
    # The same thread: without a site file the stage takes "Top" and "Posts: N" for running feet;
    # where a site file is chosen for it (a learned one names these lines itself, and learned
    # them from pages that held them), the stage leaves the copy alone. Text with pages (form
    # feeds: a PDF's) still loses its running heads.
    from cleantext import Pipeline

    post = ["The lock keeper came out in the rain and waved us through the gate, and",
            "we tied up below the mill and made tea, and the dog slept on the roof.", ""]
    lines = ["QUAYSIDE BOARDS", ""]
    for n, boat in enumerate(["Tern", "Otter", "Jubilee", "Mallard"]):
        lines += [f"Post by user{n} » Mon Jun {n + 1}, 2024", ""] + post
        lines += ["--", f"NB {boat}, 57ft trad stern", "", f"user{n}", f"Posts: {n * 37 + 5}", "Top", ""]
    text = "\n".join(lines) + "\n"
    site = ("quayside.toml", '[site]\nname = "quayside"\nmatch = ["(?m)^QUAYSIDE BOARDS$"]\n')
    plain = Pipeline.default().run(text)
    chosen = Pipeline.default(texts=[site]).run(text)
    assert chosen.document.sites == ["quayside"]
    assert "Top" not in plain.text.split("\n") and "Top" in chosen.text
    assert not any(r["rule"].startswith("layout:") for r in chosen.report["removed"])
    heads = "\n".join(paged("The Harbour Review", "- {n} -")) + "\n"
    with_pages = Pipeline.default(texts=[("review.toml", '[site]\nname = "review"\nmatch = ["Harbour Review"]\n')])
    result = with_pages.run(heads)
    assert result.document.sites == ["review"] and "Harbour Review" not in result.text


# Beethoven's letters to his nephew (Project Gutenberg eBook #13272), shortened: each letter
# opens with the same salutation, the letters a like number of lines apart.
LETTERS = """MY DEAR SON,--

The weather here is abominable, and the cold greater even than yesterday;
so much so that I have scarcely the use of my fingers to write; this is the
case, however, only in the mountains, and more especially in Baden. I
forgot the chocolate to-day, and am sorry to be obliged to trouble you
about it, but all will go better soon. May God bless you!

FATHER.

TO HIS NEPHEW.

MY DEAR SON,--

I merely wish to let you know that the old woman is not yet returned,--why,
I cannot tell. Inquire immediately at Höbel's in the Kothgasse, whether the
Höbel who belongs to this place set off from Vienna to Baden? It is really
so distressing to me to depend on such people, that if life did not possess
higher charms, it would be utterly insupportable in my eyes.

FATHER.

TO HIS NEPHEW.

MY DEAR SON,--

I sent for the cabinet-maker to-day with the old--witch--to Asinanius'
house. Don't forget the paintings, and the things sent in last summer; at
all events look for them. I may perhaps come on Saturday; if not, you must
come to me on Sunday. May God watch over you, my dear son.
"""


@pytest.mark.parametrize("mark, line", [
    ("MY DEAR SON,--", "MY DEAR SON,--"),        # a letter's salutation, a dash after its comma
    ("MY DEAR SON,--", "_Einar._"),              # a play's speaker, in emphasis marks
    ("MY DEAR SON,--", "    (_Silence._)"),      # a stage direction
    ("MY DEAR SON,--", "[K.]"),                  # an editor's initial in brackets
])
def test_a_line_that_ends_like_a_sentence_behind_its_marks_is_text(mark, line):
    lines = LETTERS.replace(mark, line).split("\n")
    assert find_page_furniture(lines) == []


@pytest.mark.parametrize("number", ["1", "- 1 -", "Page 1", "1/1"])
def test_the_page_number_of_a_text_of_one_page_is_found(number):
    """pdftotext ends each page with a form feed, so one page has one: nothing repeats, but a line
    of its own showing 1 at the foot or the top, apart from the text, is the page's number."""
    body = ["The Harbour Review", ""] + BODY[:6] + [""]
    for lines, at in ((body + [number, "\f"], len(body)), ([number, ""] + body + ["\f"], 0)):
        assert find_page_furniture(lines) == [(at, "page-number", f"page number {number!r}")]
        text, _ = remove_page_furniture("\n".join(lines))
        assert number not in text.split("\n") and BODY[5] in text
    # "Page 1" needs no blank line around it on the page's last line
    assert [i for i, _, _ in find_page_furniture(BODY[:6] + ["Page 1", "\f"])] == [6]


@pytest.mark.parametrize(
    "lines",
    [
        # a number touching the text is a count or a list's, not the page's
        ["Steps:", "1", "Boil water.", "2", "Add tea.", "\f"],
        BODY[:6] + ["1", "\f"],
        # only 1 is the number of a text's one page
        BODY[:6] + ["", "7", "\f"],
        # without a form feed, a text shows no page: nothing repeats, nothing is furniture
        BODY[:6] + ["", "1", ""],
    ],
)
def test_a_text_of_one_page_keeps_its_other_numbers(lines):
    assert find_page_furniture(lines) == []


# --- a text's own repeated lines, without page evidence ----------------------------------------
# A book's section break, a placeholder for a picture or a tune, a scene's heading: repeated at
# like distances as a running head is, but standing where the text itself breaks (after a line
# that ends a sentence, before one that begins one). Without form feeds or page numbers, only a
# line that cuts the text (the text runs on across it) is a page's.

STORY = [
    "the {boat} left the quay at noon and the gulls",
    "followed the {boat} past the light, crying over",
    "its wake until the wind turned on the {boat} and",
    "rain came down, and nobody on the {boat} expected it.",
    "The captain of the {boat} rang the bell twice and",
    "the crew of the {boat} ran to the ropes, while the",
    "passengers of the {boat} sat in the warm saloon.",
]
BOATS = ["Tern", "Otter", "Jubilee", "Mallard", "Heron", "Curlew"]


def _story(n: int, first: int = 0, last: int = len(STORY)) -> list[str]:
    """Lines first..last of the story of the n-th boat: no line of it is another boat's."""
    lines = [line.format(boat=BOATS[n]) for line in STORY[first:last]]
    return [lines[0][0].upper() + lines[0][1:], *lines[1:]] if first == 0 else lines


def _with_separator(separator: str, sections: int = 5) -> list[str]:
    lines: list[str] = []
    for n in range(sections):
        if n:
            lines += ["", separator, ""]
        lines += [*_story(n, 0, 4), "", *_story(n, 4), "", *_story(n + 1, 4)]
    return lines


@pytest.mark.parametrize("separator", ["*       *       *", "[Illustration]", "SCENE I", "[Music]",
                                       "_Witch_", "* * *"])
def test_a_separator_between_paragraphs_is_the_texts_own(separator):
    lines = _with_separator(separator)
    where = [i for i, line in enumerate(lines) if line == separator]
    assert len(where) == 4 and min(b - a for a, b in zip(where, where[1:])) >= 12
    assert find_page_furniture(lines) == []
    assert remove_page_furniture("\n".join(lines))[0] == "\n".join(lines)


def test_a_repeated_line_that_cuts_the_text_is_still_a_running_head():
    # The same text, the line put where pages end, wherever that falls: inside sentences.
    lines = []
    for n in range(5):
        lines += ["Harbour Review", "", *_story(n, 1), *_story(n + 1, 1), ""]
    found = find_page_furniture(lines)
    assert {lines[i] for i, _, _ in found} == {"Harbour Review"} and len(found) == 5


def test_a_separator_in_a_text_with_page_numbers_goes_as_before():
    # Page numbers rising page by page are evidence of pages: a line repeated at each page's
    # top is its running head, even where the page breaks at the end of a paragraph.
    lines = []
    for n in range(1, 6):
        lines += ["The Harbour Review", "", *_story(n - 1), "", *_story(n, 4), "", f"- {n} -", ""]
    found = {lines[i] for i, _, _ in find_page_furniture(lines)}
    assert "The Harbour Review" in found and "- 3 -" in found


def test_the_pipeline_keeps_a_books_section_breaks_and_placeholders():
    from cleantext import Pipeline

    text = "\n".join(_with_separator("[Illustration]")) + "\n"
    result = Pipeline.default().run(text)
    assert result.text.count("[Illustration]") == 4
    assert not any(r["rule"].startswith("layout:") for r in result.report["removed"])
RUNS_ON = ["the ferry left the quay at noon and the gulls", "followed it past the light, and by evening the",
           "wind had turned. Nobody on board had expected it,", "and the captain rang the bell twice."]


def test_a_one_page_number_inside_a_sentence_is_found():
    """pdftotext may set the number of a two-column page after the left column: a line showing 1,
    apart, where a sentence runs on across it, is the page's number wherever it stands."""
    lines = ["The Harbour Review", ""] + BODY[:4] + ["Then the wind turned and the"] + ["", "1", ""] + \
        ["gulls came back to the quay."] + BODY[4:8] + ["\f"]
    assert find_page_furniture(lines) == [(8, "page-number", "page number '1'")]
    text, _ = remove_page_furniture("\n".join(lines))
    assert "1" not in text.split("\n") and "The Harbour Review" in text


@pytest.mark.parametrize("before, after", [
    ("Then the wind turned.", "Gulls came back to the quay."),    # between sentences: a heading's number
    ("Then the wind turned and the", "Gulls came back to the quay."),
    ("Then the wind turned.", "gulls came back to the quay."),
])
def test_a_one_page_number_between_sentences_stays(before, after):
    lines = ["The Harbour Review", ""] + BODY[:4] + [before, "", "1", ""] + [after] + BODY[4:6] + ["\f"]
    assert find_page_furniture(lines) == []


@pytest.mark.parametrize("below", [
    RUNS_ON,                           # the page goes on with a sentence begun before it
    ["1", ""] + BODY[:6],              # the page number comes next
])
def test_the_running_head_of_a_text_of_one_page_is_found(below):
    lines = ["The Harbour Review", ""] + below + ["\f"]
    found = find_page_furniture(lines)
    assert (0, "header") in [(i, cls) for i, cls, _ in found]
    text, _ = remove_page_furniture("\n".join(lines))
    assert "The Harbour Review" not in text and below[-1] in text


@pytest.mark.parametrize("lines", [
    ["The Harbour Review", ""] + BODY[:6] + ["\f"],                 # a title over its text
    ["The Harbour Review"] + RUNS_ON + ["\f"],                      # touching the text
    ["The ferry left the quay at noon.", ""] + RUNS_ON + ["\f"],    # a sentence
    ["The Harbour Review", ""] + RUNS_ON,                           # no page shown
])
def test_a_title_of_a_text_of_one_page_stays(lines):
    assert [i for i, cls, _ in find_page_furniture(lines) if cls == "header"] == []


def test_a_head_with_the_page_number_met_once_is_found_by_the_number():
    """Alternating heads of a short text: the odd pages' head repeats, the even page's ("2
    Coastal Letters") is met once; the numbers at the heads' edges follow the pages, so it is the
    page's too. A line at a page's top that ends like a sentence is text."""
    lines = []
    for n in range(1, 4):
        head = f"Winter issue {n}" if n % 2 else f"{n} Coastal Letters"
        lines += [("\f" if n > 1 else "") + head, BODY[2 * n - 2], BODY[2 * n - 1], BODY[2 * n + 4]]
    assert [i for i, _, _ in find_page_furniture(lines)] == [0, 4, 8]
    assert [i for i, _, _ in find_page_furniture([l.replace("Coastal Letters", "We sailed home.") for l in lines])
            ] == [0, 8]


def test_a_bare_one_ending_a_page_without_blank_lines_is_its_number():
    """pypdf marks no block: a one-page text's number touches the text on the page's last line.
    On a page of MIN_GAP lines or more without a blank line, a bare 1 there is the page's; a short
    text's 1 (test above) and a 1 inside the page stay."""
    lines = BODY + ["1", "\f"]
    assert find_page_furniture(lines) == [(12, "page-number", "page number '1'")]
    assert find_page_furniture(BODY[:6] + ["1"] + BODY[6:] + ["\f"]) == []
    assert find_page_furniture(BODY[:6] + [""] + BODY[6:] + ["1", "\f"]) == []
