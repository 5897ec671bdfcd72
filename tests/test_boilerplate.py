"""The boilerplate stage: web page furniture judged by signals, on sites no rule file knows."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from cleantext import Pipeline
from cleantext.stages.boilerplate import (
    default_settings, find_boilerplate, frequent, judge, plain_words, remove_boilerplate,
)
from cleantext.webblocks import TYPOGRAPHIC, signals

ARTICLE = [
    "The ferry between the two harbours will resume on Monday, the council said, after the "
    "storm damaged the quay at the end of the winter.",
    "Repairs to the quay took longer than the engineers had hoped, and the first boat will "
    "leave at nine in the morning, a spokesman for the operator said.",
    "Passengers who bought tickets for the cancelled crossings can have their money back at "
    "the office on the quay until the end of the month.",
]


def unit(text: str, lang: str = "en"):
    """One block judged alone, as the stage judges it on a page."""
    settings = default_settings()
    lines = text.split("\n")
    return judge(lines, 0, len(lines) - 1, frequent(lang, settings.frequent_words), settings)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.default()


# -- each signal on its own ----------------------------------------------------

@pytest.mark.parametrize("text, kind, signal", [
    # link marks: lynx's numbered links, Markdown links
    ("[2]Home [3]World [4]Business [5]Opinion [6]Sport [7]Culture", "bad", "link-list"),
    ("[World](https://x.example/w) [Sport](https://x.example/s) [Culture](https://x.example/c)",
     "bad", "link-list"),
    # a list of short items, on lines or on one line between separators
    ("* Home\n* News\n* Sport\n* Contact", "bad", "menu"),
    ("News | Sport | Culture | Travel", "bad", "menu"),
    # w3m marks the items of nested lists with other glyphs
    ("    □ Top categories\n        ☆ Blood\n        ☆ Bones\n        ☆ Stroke\n    □ All topics",
     "bad", "menu"),
    # phrases of the rule file
    ("We use cookies to improve your experience. Accept cookies", "bad", "cookies"),
    ("© 2024 Harbour Gazette. All rights reserved.", "bad", "copyright"),
    ("Skip to content", "bad", "skip-link"),
    ("Most read", "bad", "related"),
    ("Tous droits réservés", "bad", "copyright"),
    ("Continue reading", "bad", "related"),
    ("Leia mais", "bad", "related"),
    ("Sdílet článek", "bad", "share"),
    ("View 27 comments", "bad", "comments"),
    ("Tags: Web Services , E-commerce , Mobile Apps", "bad", "tags"),
    ("Tagged as: History, Science", "bad", "tags"),
    ("Schlagwörter: Fähre, Hafen", "bad", "tags"),
    # a paragraph of prose: enough words, frequent words, few capitals
    (ARTICLE[0], "good", ""),
    # a headline in title case is not prose; nor a short line
    ("Democrats and Allies Wage Fight to Derail Labor Secretary Pick in Senate Vote", "short", ""),
    ("By Marta Lindqvist", "short", ""),
])
def test_a_signal_alone(text, kind, signal):
    block = unit(text)
    assert (block.kind, block.signal) == (kind, signal)


@pytest.mark.parametrize("text", [
    "Share the ferry with the gulls, said the captain, who has sailed it for years.",
    "We use cookies from the bakery on board, and the passengers share them with the crew "
    "on every crossing of the bay between the two harbours in summer and in winter, "
    "when the sea is calm enough for the ferry to sail at all, which is not every day.",
])
def test_phrases_in_prose_are_not_furniture(text):
    assert unit(text).kind == "good"


def test_words_leave_link_marks_and_addresses_aside():
    assert plain_words("* [3]Home [Sport](https://x.example/s) <https://x.example> 2024") == [
        "Home", "Sport", "2024"]
    assert plain_words("谷歌在2014年收购") == ["谷", "歌", "在", "2014", "年", "收", "购"]


# -- pages ---------------------------------------------------------------------

def page(article: list[str], head=("* Home", "* News", "* Sport", "* Contact"),
         tail=("Most read", "1. Storm damage on the coast", "2. Quay to reopen", "",
               "Privacy policy", "", "© 2024 Harbour Gazette. All rights reserved.")) -> str:
    return "\n".join([*head, "", *("\n\n".join(article).split("\n")), "", *tail]) + "\n"


SHORT_ARTICLE = ["Ferry service to resume", "By Marta Lindqvist", "5 March 2024", *ARTICLE[:2]]


def test_a_short_article_survives_whole(pipeline):
    result = pipeline.run(page(SHORT_ARTICLE))
    assert result.text == "\n\n".join(SHORT_ARTICLE) + "\n"
    rules = {r.rule for r in result.document.removed}
    assert {"boilerplate:menu", "boilerplate:copyright"} <= rules


def test_short_blocks_inside_the_article_stay(pipeline):
    article = ["Ferry service to resume", ARTICLE[0], "What passengers should know",
               ARTICLE[1], "Refunds", ARTICLE[2]]
    assert pipeline.run(page(article)).text == "\n\n".join(article) + "\n"


def test_every_removal_is_reported_with_class_and_signal(pipeline):
    result = pipeline.run(page(SHORT_ARTICLE))
    by_text = {r.text.strip(): (r.cls, r.rule) for r in result.document.removed}
    assert by_text["* Home"] == ("menu", "boilerplate:menu")
    assert by_text["© 2024 Harbour Gazette. All rights reserved."] == ("footer", "boilerplate:copyright")
    assert by_text["Privacy policy"] == ("footer", "boilerplate:legal-links")
    assert all(r.reason for r in result.document.removed)


def test_lynx_dump_with_references(pipeline):
    dump = ("   [1]Skip to content\n\n   [2]Home [3]World [4]Business [5]Opinion [6]Sport\n\n"
            "Ferry service to resume\n\n"
            "   The ferry between the two harbours will resume on Monday, the council\n"
            "   said, after the storm damaged the quay at the end of the winter.\n\n"
            "   Repairs to the quay took longer than the engineers had hoped, and the\n"
            "   first boat will leave at nine in the morning.\n\n"
            "References\n\n   1. https://gazette.example/#main\n   2. https://gazette.example/\n"
            "   3. https://gazette.example/world\n")
    out = pipeline.run(dump).text
    assert out.startswith("Ferry service to resume\n\nThe ferry between")
    assert "first boat will leave at nine in the morning.\n" in out
    assert "Skip" not in out and "https://" not in out and "References" not in out


PERSIAN = [
    "بازگشایی خط کشتی",
    "خط کشتی میان دو بندر از روز دوشنبه دوباره کار خود را آغاز می‌کند و شورای شهر گفت که "
    "تعمیر اسکله پس از توفان زمستان به پایان رسیده است.",
    "به گفته مسئولان این شرکت، نخستین کشتی ساعت نه صبح از بندر حرکت می‌کند و مسافران "
    "می‌توانند بلیت خود را از دفتر اسکله بخرند.",
]
ARABIC = [
    "استئناف خدمة العبارة",
    "قال المجلس البلدي إن العبارة بين الميناءين ستستأنف رحلاتها يوم الاثنين بعد أن أنهت "
    "فرق الصيانة إصلاح الرصيف الذي دمرته العاصفة في نهاية الشتاء.",
    "وأضاف متحدث باسم الشركة أن أول رحلة ستغادر في التاسعة صباحا وأن المسافرين يمكنهم "
    "استرداد ثمن التذاكر من المكتب على الرصيف حتى نهاية الشهر.",
]


@pytest.mark.parametrize("article, head, tail", [
    (PERSIAN, ("* خانه", "* اخبار", "* ورزش", "* تماس"),
     ("مطالب مرتبط", "", "جستجو", "", "کلیه حقوق این سایت محفوظ است")),
    (ARABIC, ("* الرئيسية", "* أخبار", "* رياضة", "* اتصل بنا"),
     ("اقرأ أيضا", "", "بحث", "", "جميع الحقوق محفوظة © 2024")),
])
def test_persian_and_arabic_pages(pipeline, article, head, tail):
    result = pipeline.run(page(article, head, tail))
    assert result.text == "\n\n".join(article) + "\n"
    assert len(result.document.removed) == len(head) + 3


# -- where it must not fire ----------------------------------------------------

def test_text_that_is_no_web_page_is_left_alone():
    text = "\n\n".join(["Share", *ARTICLE, "Most read"]) + "\n"
    assert remove_boilerplate(text)[0] == text
    assert find_boilerplate(text.split("\n"), default_settings()) == []


def test_too_little_main_text_is_not_judged():
    text = "* Home\n* News\n* Sport\n\nShare\n\nMost read\n\nThe ferry left.\n"
    assert remove_boilerplate(text)[0] == text


def test_a_rule_file_can_switch_a_phrase_off(tmp_path, pipeline):
    rules = tmp_path / "mine.toml"
    rules.write_text('[site]\nname = "mine"\n\n[[boilerplate.phrases]]\nid = "related"\n'
                     'class = "widget"\npattern = "x"\nenabled = false\n', encoding="utf-8")
    mine = Pipeline.default([rules])
    text = page(SHORT_ARTICLE)
    assert "Most read" not in pipeline.run(text).text
    removed = {r.rule for r in mine.run(text).document.removed}
    assert "boilerplate:related" not in removed


# -- reflow: a web page's short lines are not glued across blank lines ---------

def test_short_paragraphs_are_not_joined_across_blank_lines(pipeline):
    text = ("Ferry service to resume\n\nBy Marta Lindqvist\n\nThe ferry will resume on Monday.\n\n"
            "Most read\n1. Storm damage\n")
    assert pipeline.run(text).text == ("Ferry service to resume\n\nBy Marta Lindqvist\n\n"
                                       "The ferry will resume on Monday.\n\nMost read\n\n"
                                       "1. Storm damage\n")


# -- the end of the article, teasers, pages with few furniture blocks -----------

def test_a_paragraph_cut_short_is_a_teaser_not_prose():
    cut = ("The ferry between the two harbours will resume on Monday, the council said, after "
           "the storm damaged the quay at the…")
    assert (unit(cut).kind, unit(cut).signal) == ("short", "teaser")
    assert unit(ARTICLE[0]).kind == "good"  # the same words, ended: prose


TEASERS = [
    "Storm damage on the coast was worse than the council had feared when the first reports "
    "came in from the villages on the north side of the bay, where...",
    "The quay will reopen in spring, the harbour master told the council on Tuesday, once the "
    "engineers have checked the new stones that the contractor laid in the…",
]


def test_related_ends_the_article_and_its_teasers_go(pipeline):
    result = pipeline.run(page(ARTICLE, tail=("Related stories", "", *"\n\n".join(TEASERS).split("\n"),
                                              "", "© 2024 Harbour Gazette. All rights reserved.")))
    assert result.text == "\n\n".join(ARTICLE) + "\n"
    rules = {r.text.strip()[:20]: r.rule for r in result.document.removed}
    assert rules["Related stories"] == "boilerplate:related"
    assert rules[TEASERS[0][:20]] == "boilerplate:outside-main"


def test_related_near_the_top_does_not_end_the_article(pipeline):
    # a "Related" box after the first paragraph: most of the article is still below it
    article = [ARTICLE[0], "Related", ARTICLE[1], ARTICLE[2]]
    out = pipeline.run(page(article)).text
    assert all(paragraph in out for paragraph in ARTICLE)


HEADLINES = ["* Storm damage on the coast worse than feared", "", "* Quay to reopen before the summer season",
             "", "* Harbour master retires after thirty years", "", "* New timetable for the island buses", "",
             "* Lifeboat crew called out twice in a night", "", "* Fish market moves to the old warehouse"]
NOTICE = ("The Harbour Gazette is the newspaper of the two harbours and the island, and its name, its logo "
          "and the names of its sections are trademarks of its owners, who do not answer for the sites it links to.")


@pytest.mark.parametrize("gap, gone", [(6, True), (0, False), (7, False)])
def test_related_over_a_stretch_of_headlines_ends_the_article_whatever_lies_below(gap, gone):
    # Six headlines, none a paragraph, then prose outweighing the last quarter of the article: the
    # share above "Related posts" is too small, the stretch of headlines below it ends the article
    # when it is at least end_gap_blocks long.
    import dataclasses

    text = page(ARTICLE, tail=("Related posts", "", *HEADLINES, "", NOTICE, "", "© 2024 Harbour Gazette"))
    out, _ = remove_boilerplate(text, dataclasses.replace(default_settings(), end_gap_blocks=gap))
    assert all(p in out for p in ARTICLE)
    assert (NOTICE not in out) == gone
    assert ("Fish market" not in out) == gone


MORE = [
    "The operator will add a second boat in the summer, when the crossings are full, and keep "
    "the winter timetable of four crossings a day until the end of March.",
    "The council has asked the engineers to look at the older quay on the island as well, which "
    "the same storm damaged, though less than the one on the mainland.",
]


@pytest.mark.parametrize("resume, kept", [(2, True), (0, False), (3, False)])
def test_the_article_going_on_below_a_long_box_of_links_is_kept(resume, kept):
    # "Recommended" over six headlines inside the article, its paragraphs going on below, two in
    # a row: no other page's headlines over teasers, a notice or comments, each standing alone
    import dataclasses

    article = [*ARTICLE, "Related posts", *HEADLINES, *MORE]
    text = page(article)
    settings = dataclasses.replace(default_settings(), end_gap_blocks=6, gap_resume_blocks=resume)
    out, _ = remove_boilerplate(text, settings)
    assert all(p in out for p in ARTICLE)
    assert all(p in out for p in MORE) == kept


def test_a_related_box_inside_the_article_does_not_end_it(pipeline):
    # two links under "Related posts", the article's paragraphs again below them: no stretch
    article = [ARTICLE[0], "Related posts", "* Storm damage on the coast", "* Quay to reopen", ARTICLE[1], ARTICLE[2]]
    out = pipeline.run(page(article)).text
    assert all(paragraph in out for paragraph in ARTICLE)


@pytest.mark.parametrize("heading, about", [
    ("About the author", True), ("About Marta Lindqvist", True), ("About this blog", True), ("ABOUT THE AUTHOR", True),
    ("Über den Autor", True), ("about the author", True), ("About 40 people came", False), ("About", False), ("about the quay", False),
])
def test_a_box_about_the_author_or_the_site_is_furniture(heading, about):
    block = signals([heading], 0, 0, default_settings())
    assert (block.signal == "about") is about


def test_a_box_about_the_author_ends_the_article(pipeline):
    bio = ("Marta has written about the islands and their boats for the Gazette since 2009, and she lives "
           "with her two dogs in a house above the harbour.")
    article = [*ARTICLE, "The council will pay for half of the repairs, and the operator for the rest, as the two "
               "agreed when the harbour was rebuilt ten years ago."]
    out = pipeline.run(page(article, tail=("About Marta Lindqvist", "", bio, "", "© 2024 Harbour Gazette"))).text
    assert out == "\n\n".join(article) + "\n"


def test_one_long_menu_is_enough_to_show_a_web_page():
    menu = [f"* {name}" for name in ("Home", "News", "Sport", "Culture", "Travel", "Weather")]
    text = "\n".join([*menu, "", *"\n\n".join(ARTICLE).split("\n"), "", "Most read", ""]) + "\n"
    found = find_boilerplate(text.split("\n"), default_settings())
    assert [b.signal for b in found] == ["menu", "related"]


def test_link_targets_do_not_set_the_width_of_wrapped_lines(pipeline):
    # html2text's Markdown: lines wrap at 78 columns but a link's target is never broken
    links = [f"  * [Story {k}](https://gazette.example/2024/03/05/a-long-address-for-story-number-{k}-of-the-day/)"
             for k in range(8)]
    wrapped = ("The ferry between the two harbours will resume on Monday, the council said,\n"
               "after the storm damaged the quay at the end of the winter. Repairs to the\n"
               "quay took longer than the engineers had hoped, and the first boat will leave\n"
               "at nine in the morning, a spokesman for the operator said.")
    result = pipeline.run("\n".join(links) + "\n\n" + wrapped + "\n\n" + "\n".join(links) + "\n")
    assert result.text == " ".join(wrapped.split("\n")) + "\n"


def test_the_tails_of_broken_link_targets_do_not_set_the_width_of_wrapped_lines():
    # html2text's Markdown breaks a long target at a hyphen: its tail, a query string with no
    # space, stands on the next line, longer than the wrapped lines of the article
    from cleantext.stages.boilerplate import wrap_width

    replies = [f"[Reply](/2024/03/ferry-\nservice.html?utm_source=feedburner&utm_medium=feed&utm_campaign="
               f"Feed%3A+Gazette+%28Harbour+Gazette%29&replytocom={68500 + k}#respond)" for k in range(8)]
    wrapped = ("The ferry between the two harbours will resume on Monday, the council said,\n"
               "after the storm damaged the quay at the end of the winter. Repairs to the\n"
               "quay took longer than the engineers had hoped, and the first boat will leave\n"
               "at nine in the morning, a spokesman for the operator said.")
    lines = (wrapped + "\n\n" + "\n\n".join(replies)).split("\n")
    assert wrap_width(lines, default_settings()) <= 0.6 * max(map(len, wrapped.split("\n")))


def test_text_read_from_a_pdf_is_left_to_the_pdf_reader(pipeline):
    # rules/default.toml declares skip_read_from = ["pdf"]: a PDF's page furniture is found by its
    # geometry, and a lecture script's front matter looked like a page's menus to this stage.
    # Pipeline.run passes such a stage by for a PDF's text (tests/test_kinds.py); text read
    # otherwise is judged.
    from cleantext.document import Document
    stage = pipeline.stage("boilerplate")
    assert stage.skip_read_from == {"pdf"}
    doc = Document.from_text(page(ARTICLE))
    doc.encoding, doc.rules = "utf-8", pipeline.rules
    assert stage(doc).removed


def test_frequent_words_are_wordfreqs_top_words():
    # Read from the start of wordfreq's file alone, they are the words top_n_list gives.
    import wordfreq

    from cleantext.stages.boilerplate import default_settings
    from cleantext.words import _simplified, frequent

    settings = default_settings()
    for lang in settings.languages:
        expected = {w.casefold() for w in wordfreq.top_n_list(lang, settings.frequent_words)}
        wordfreq.get_frequency_list.cache_clear()
        found = frequent(lang, settings.frequent_words)
        # and the Traditional spellings of their Han words (see the Han tests below), no other
        assert expected <= found and all(_simplified().get(w) in expected for w in found - expected), lang
    assert frequent("xx", 10) == frozenset()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40)
       | st.lists(st.sampled_from(["don't", "it's", "'s", "x'", "A1", "_", " ", "\n", "ab9", "'"]), max_size=8).map("".join))
def test_the_ascii_word_pattern_finds_what_the_unicode_one_finds(text):
    from cleantext.webblocks import ASCII_WORD, WORD

    assert ASCII_WORD.findall(text) == WORD.findall(text)


def test_typographic_characters_are_no_letters_marks_or_digits():
    import unicodedata

    from cleantext.webblocks import CJK

    assert all(unicodedata.category(c)[0] not in "LMN" and not CJK.match(c) for c in TYPOGRAPHIC)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127) | st.sampled_from(TYPOGRAPHIC), max_size=40)
       | st.lists(st.sampled_from(["don’t", "it's", "’s", "x’", "A1", "—", " ", "\n", "ab9", "’", "“Yes”", "\u00a0"]),
                  max_size=8).map("".join))
def test_the_typographic_word_pattern_finds_what_the_unicode_one_finds(text):
    from cleantext.webblocks import TYPOGRAPHIC_WORD, WORD

    assert TYPOGRAPHIC_WORD.findall(text) == WORD.findall(text)


def test_words_of_typographic_text_and_of_other_text():
    # ’ joins a word as ' does; a letter beyond ASCII takes the Unicode pattern
    assert plain_words("“Don’t” — it’s 10\u00a0km → here") == ["Don’t", "it’s", "10", "km", "here"]
    assert plain_words("“Café” — l’été") == ["Café", "l’été"]


# -- Han and kana ---------------------------------------------------------------

def test_traditional_characters_count_as_the_frequent_words_they_simplify_to():
    common = frequent("zh", default_settings().frequent_words)
    assert {"这", "们", "為", "這", "們", "說"} <= common
    # a Traditional line of prose is as frequent-worded as its Simplified spelling
    trad = unit("我們這次來到山上的時候，天氣還是很冷，不過大家都說這裡的風景真的很美。", "zh")
    simp = unit("我们这次来到山上的时候，天气还是很冷，不过大家都说这里的风景真的很美。", "zh")
    assert trad.frequent == pytest.approx(simp.frequent, abs=0.05)
    assert trad.kind == simp.kind == "good"


@pytest.mark.parametrize("text, kind", [
    # a blog writes a sentence a line, unpunctuated: counted in characters it is a paragraph
    ("我們早上從台北出發沿著山路一直開到中午才到達營地附近的小村子", "good"),
    # ended by a full-width mark, a shorter line is one too
    ("下午的雨終於停了，我們就在大樹下面喝了一杯熱茶。", "good"),
    # a list item or a link that ends no sentence is a title, however long
    ("• 我們早上從台北出發沿著山路一直開到中午才到達營地附近的小村子", "short"),
    ("[12]我們早上從台北出發沿著山路一直開到中午才到達營地附近的小村子", "short"),
    # a short unended line is a heading
    ("營地的資訊與交通方式", "short"),
])
def test_han_lines_are_measured_in_characters(text, kind):
    assert unit(text, "zh").kind == kind


def test_a_list_that_reads_as_prose_next_to_the_main_text_stays():
    changes = ["* Villagers will harvest crops and plant new ones",
               "* Doors and fences now come in all wood types",
               "* The sponge has regained its water-absorbing ability",
               "* Worlds can now have a border of their own",
               "* Anvil repairing has been rebalanced"]
    page = "\n".join(["* Home", "* News", "* Sport", "* Contact", "", "Version 1.8", "",
                      ARTICLE[0], "", ARTICLE[1], "", *changes, "", "[1]Privacy policy [2]Terms of use [3]Contact us", ""])
    text, dropped = remove_boilerplate(page, default_settings())
    assert all(line in text for line in changes)
    assert "* Home" not in text and "Privacy policy" not in text
    # the same items as a menu of capitalised names are no list of the article's
    menu = ["* Top Stories", "* World News", "* Business And Money", "* Culture And Arts", "* Sport Results"]
    text, _ = remove_boilerplate(page.replace("\n".join(changes), "\n".join(menu)), default_settings())
    assert "World News" not in text


@pytest.mark.parametrize("text, signal", [
    ("分享到 Facebook", "share"),
    ("相關文章", "related"),
    ("関連記事", "related"),
    ("ログイン", "sign-in"),
    ("版權所有 © 2024 山居日記", "copyright"),
    ("Click to share on Twitter (Opens in new window)", "share"),
])
def test_phrases_in_han_kana_and_of_share_buttons(text, signal):
    assert unit(text, "zh").signal == signal


def test_a_han_phrase_inside_a_sentence_is_no_phrase():
    assert unit("我們在山上的小屋裡面分享了很多有趣的故事", "zh").kind != "bad"
    assert unit("搜尋了很久才找到這家店", "zh").kind != "bad"


NEAR = "Granite, andesite, diorite, prismarine blocks gained smooth polished versions in this update."


def test_a_near_good_paragraph_stays_next_to_the_main_text_only():
    assert (unit(NEAR).kind, unit(NEAR).signal) == ("short", "near-good")
    menu = ["* Home", "* News", "* Sport", "* Contact"]
    page = "\n".join([*menu, "", NEAR, "", *ARTICLE[:2], "", "[1]Privacy policy [2]Terms of use", ""])
    assert NEAR in remove_boilerplate(page, default_settings())[0]
    # the same line among the furniture, away from the main text, goes with it
    away = "\n".join([NEAR, "", *menu, "", "Share on Facebook", "", *ARTICLE[:2], "",
                      "[1]Privacy policy [2]Terms of use", ""])
    assert NEAR not in remove_boilerplate(away, default_settings())[0]


@pytest.mark.parametrize("text, signal", [
    ("Subscribe", "subscribe"), ("Newsletters", "subscribe"), ("Abonnieren", "subscribe"),
    ("Facebook", "share"), ("Twitter LinkedIn Email", "share"),
    ("Reply", "comments"), ("Répondre", "comments"),
    ("Supported by", "advertisement"),
    ("Close", "close"), ("Fermer ×", "close"),
])
def test_one_word_buttons(text, signal):
    assert unit(text).signal == signal


@pytest.mark.parametrize("text", ["Close the door behind you when you leave the room",
                                  "The newsletter arrived", "Reply to the council by Friday"])
def test_the_buttons_words_in_a_sentence_are_no_button(text):
    assert unit(text).kind != "bad"


# -- markup shown as text ----------------------------------------------------------

def test_markup_is_no_words():
    # MathML as lynx shows it, a tag broken over two lines, TeX commands
    assert plain_words('   displaystyle="true" scriptlevel="0"> <mi> A </mi> <mrow') == ["A"]
    assert plain_words(r"{\displaystyle A{\text{ Hermitian}}\quad \iff \quad a}") == [
        "A", "Hermitian", "a"]
    # comparisons in prose are no tags
    assert plain_words("if a < b and c > d") == ["if", "a", "b", "and", "c", "d"]


def test_a_numbered_link_holds_no_more_words_than_follow_its_mark():
    # a heading with its edit link is no link list; a row of links still is
    assert unit("Spectral properties[[37]edit]").signal != "link-list"
    assert unit("[4]Jump to navigation [5]Jump to search").kind == "bad"


def test_a_formula_goes_and_code_stays_inside_the_main_text():
    page = (["[1]Home [2]World [3]Business [4]Opinion [5]Sport", "", ARTICLE[0], "",
             "[MATH: <semantics> <mrow> <mi> h </mi> <mo> = </mo> <mn> 2 </mn> </mrow>",
             "</semantics> :MATH]", "",
             '<div class="tide"><span id="h">2</span></div>', "",
             ARTICLE[1], "", ARTICLE[2], "", "[6]Privacy policy [7]Terms of use"])
    found = {b.first: b.signal for b in find_boilerplate(page, default_settings())}
    assert found.get(4) == "formula-markup"
    assert 7 not in found   # an HTML example between paragraphs is the article's
    assert unit('<div class="tide"><span id="h">2</span></div>').signal == "markup"


def test_a_paragraph_alone_between_comment_counts_is_a_teaser():
    teaser = ("The council said the ferry between the two harbours will resume on Monday, after "
              "the storm damaged the quay at the end of the winter, and the first boat will leave "
              "at nine in the morning.")
    stream = []
    for n in (11, 200, 30, 8):
        stream += [f"[{n}]Ferry news", "", f"{n} Comments", "", teaser.replace("Monday", f"day {n}"), ""]
    article = ["[1]Home [2]World [3]Business [4]Opinion [5]Sport", "", "Ferry service to resume",
               "", "11 Comments", ""] + [a for p in ARTICLE for a in (p, "")]
    page = stream + article
    found = find_boilerplate(page, default_settings())
    gone = {i for b in found for i in range(b.first, b.last + 1)}
    teasers = [i for i, line in enumerate(page) if line.startswith("The council said")]
    assert all(i in gone for i in teasers)
    assert not any(page.index(p) in gone for p in ARTICLE)
    # fewer count lines than stream_min_marks: no stream, the paragraphs are judged as ever
    two = {i for b in find_boilerplate(stream[:12] + article, default_settings())
           for i in range(b.first, b.last + 1)}
    assert not any((stream[:12] + article).index(p) in two for p in ARTICLE)


def test_an_address_without_its_scheme_is_no_words():
    # a Markdown image's target broken over two lines: its second half is a host and a path
    assert plain_words("aws.ehowcdn.example/640/cme/16149374-814f-40b.jpg)") == []
    # a ratio, "and/or" and abbreviations are words still
    assert plain_words("rated 3.5/5 and/or more, e.g. here") == [
        "rated", "3", "5", "5", "and", "or", "more", "e", "g", "here"]


def test_a_markdown_escaped_plus_opens_a_list_item():
    # html2text writes "\+" for a "+" that opens a paragraph: a changelog's items
    block = unit("\\+ Added Iron Trapdoor\n\\+ Added Banners\n\\+ Added Armor Stands\n\\+ Added Rabbits")
    assert block.items == 4


def test_a_text_of_fewer_lines_than_a_page_shows_is_not_read(monkeypatch):
    """Fewer non-blank lines than web_min_signals can hold no page furniture: nothing is read
    (a 20 MB single line took 530 MB of word lists here), and no line is kept after a document."""
    from cleantext.stages import boilerplate
    from cleantext.webblocks import _line_signals

    settings = default_settings()
    assert settings.web_min_signals == 3
    find_boilerplate(["[1]Home [2]World [3]Sport", "", *ARTICLE], settings)
    assert _line_signals.cache_info().currsize == 0

    def unread(*args):
        raise AssertionError("signals read")

    monkeypatch.setattr(boilerplate, "signals", unread)
    assert find_boilerplate(["Home", "", "Sign in"], settings) == []
    with pytest.raises(AssertionError):
        find_boilerplate(["Home", "News", "", "Sign in"], settings)


def test_a_share_bar_under_each_post_of_a_thread_ends_none_of_them(pipeline):
    # A thread: each answer under a vote count and over a share bar and a signature; the bar
    # comes again after the next answer, so it is no article's end, and the last answers stay.
    answers = ARTICLE + [
        "The old ferry was sold to a museum on the mainland, where it will be painted in the colours "
        "it wore when it first sailed, a volunteer said.",
        "Fishermen on the north quay say that the new stones are higher than the old ones, so that "
        "their boats can no longer be tied up at low tide.",
        "The council will meet the operator again in May to decide whether a second boat should run "
        "in the summer months, when the island fills with visitors."]
    posts = [f"{k * 7}\n{text}\n\nShare  Follow\nanswered Mar {k}, 2021\n" for k, text in enumerate(answers, 1)]
    out = " ".join(pipeline.run(page(["\n".join(posts)])).text.split())
    assert all(" ".join(p.split()) in out for p in answers)
    # One bar under the article still ends it: what comes after it goes.
    out = pipeline.run(page(ARTICLE + ["Share  Follow"] + TEASERS[:1])).text
    assert TEASERS[0] not in out
    # Under a "Comments" heading, a "Reply" under each comment ends the article all the same
    # (once most of the run's words are above it, as any phrase that ends an article).
    comments = [f"{text}\n\nReply" for text in answers[3:5]]
    out = " ".join(pipeline.run(page(ARTICLE + ["Comments"] + comments)).text.split())
    assert all(p in out for p in ARTICLE) and answers[4] not in out


@pytest.mark.parametrize("text, signal", [
    ("11 Comments", "comment-count"), ("11 Comments. Click to view comments", "comment-count"),
    ("48 commentaires", "comment-count"), ("Comments 12", "comment-count"), ("Comments", "comments"),
    ("* 14:10", "live-time"), ("10:43 am", "live-time"), ("25:10", None), ("Score 2:1", None),
    ("12.05.", None), ("1,50", None),   # a date, a price
    ("     * [71]14:10", "live-time"), ("  * [ 13:24 ](http://x.example/direct/6190/)", "live-time"),
    ("Recevoir la newsletter", "subscribe"), ("Enviá tu comentario", "comments"),
    ("Más sobre Puertos", "related"), ("Diminuir fonte", "page-tools"), ("Copiar link", "page-tools"),
    # a blog's links to the posts before and after, with their titles: they end the article
    ("Previous post: Never publish what you would not read", "post-nav"), ("Next Post", "post-nav"),
    ("Article précédent", "post-nav"), ("Next", "pagination"), ("Page 2 of 7", "pagination"),
    ("Comments are closed.", "comments"), ("No comments yet", "comments"), ("Aucun commentaire", "comments"),
    # a subheading that opens with the same words is no phrase
    ("Más de 200 heridos", None), ("Plus de 40 morts", None), ("Mais de 300 casas", None),
])
def test_counts_times_and_page_tools(text, signal):
    found = unit(text)
    assert (found.phrase.id if found.phrase else None) == signal


def test_a_live_blogs_entries_alone_between_bare_times_are_teasers():
    entry = ("The wind will blow hard along the whole coast tonight, and the prefecture asks "
             "everyone to stay at home until the morning.")
    stream = []
    for t in ("14:10", "13:24", "12:47"):
        stream += [f"* {t}", "", "Weather.", "", entry.replace("tonight", f"at {t}"), ""]
    page = (["[1]Home [2]World [3]Business [4]Opinion [5]Sport", "", "Ferry service to resume", ""]
            + [a for p in ARTICLE for a in (p, "")] + stream)
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    entries = [i for i, line in enumerate(page) if line.startswith("The wind")]
    assert all(i in gone for i in entries[:2])
    assert not any(page.index(p) in gone for p in ARTICLE)


def test_a_long_stretch_of_one_word_labels_ends_the_main_text():
    # teasers above, a video player's settings, then the article: the labels cost more than the
    # teasers bring, so the main run starts at the article
    teaser = ("The council said the bakery on the ferry will sell bread again from Monday, when the "
              "boats sail between the two harbours of the bay again.")
    labels = [w for label in ["Settings", "Full Screen", "Embed", "Video Quality", "Auto", "High",
                              "Medium", "Low", "Captions", "Back", "Language", "Position", "Bottom",
                              "Top", "Type Size", "Aa", "Presets", "Text", "Background", "Effects",
                              "Arial", "Georgia", "Tahoma", "Verdana", "Plain", "Shadow", "Raised",
                              "Outline", "Lowered", "Opaque"] for w in (label, "")]
    page = (["[1]Home [2]World [3]Business [4]Opinion [5]Sport", "", teaser, ""] + labels + ["Ferry service to resume", ""] + [a for p in ARTICLE for a in (p, "")]
            + ["[6]Privacy policy [7]Terms of use", "", "Accept cookies"])
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert 2 in gone
    assert not any(page.index(p) in gone for p in ARTICLE)


def test_the_authors_line_between_the_article_and_its_comments_stays():
    note = "Marta Lindqvist writes about the coast and has lived by the harbour for twenty years"
    page = (["[1]Home [2]World [3]Business [4]Opinion [5]Sport", "", "Ferry service to resume", ""]
            + [a for p in ARTICLE for a in (p, "")] + [note, "", "Leave a comment", "",
                                                         "[6]Privacy policy [7]Terms of use"])
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert page.index(note) not in gone
    assert page.index("Leave a comment") in gone


def test_a_comment_thread_signed_with_dates_and_times_ends_the_article():
    # The comments outweigh the article and read as prose as it does; each is signed with a
    # date and a clock time, as is the article itself (its dateline above it stays).
    comments = [
        "I made this on Sunday for the whole family and everyone asked for a second bowl, even the "
        "children, who never eat beans, so thank you very much for the recipe and the video.",
        "The beans are missing from the list of ingredients, but it was easy to see where they go "
        "from the steps, and the dish was even better the next day when we had it for lunch again.",
        "We used the thighs instead of the breasts because that is what we had at home, and it "
        "worked very well, although it took a little longer to cook than the time you gave.",
        "This has become the dish we make every week now that the evenings are cold again, and my "
        "husband says it is the best thing he has eaten in a long time, which is saying a lot.",
        "Could you make a version of this for the slow cooker? I am at work all day and would love "
        "to come home to a pot of this waiting for me, with some bread and a glass of wine.",
    ]
    thread = ["8 comments:", ""]
    for n, text in enumerate(comments):
        thread += [f"Reader {n} said...", "", text, "", f"November {9 + n}, 2012 {n + 4}:29 PM", ""]
    page = (["[1]Home [2]Recipes [3]Videos [4]About", "", "Friday, November 9, 2012 3:05 PM", ""]
            + [a for p in ARTICLE for a in (p, "")] + ["Labels: Chicken, Soups", "",
                                                         "[5]Share [6]Tweet [7]Pin", ""] + thread)
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in ARTICLE)
    assert all(page.index(c) in gone for c in comments)
    assert page.index("Friday, November 9, 2012 3:05 PM") not in gone


def test_a_forum_thread_whose_posts_are_headed_by_dates_and_times_is_kept_whole(pipeline):
    # A forum page is its thread: the first post is headed by a date and a clock time as every
    # reply is, and is a post like the others, so no thread ends the main text after it.
    posts = [
        "Has anyone tried the new timetable for the ferry between the two harbours? The first boat "
        "now leaves at nine in the morning, and I wonder whether the bus from the station still "
        "meets it, because last winter we waited for an hour on the quay in the rain.",
        "The bus still meets the first boat, but only on weekdays. At the weekend it runs an hour "
        "later, so you either take a taxi or walk, which is about twenty minutes along the harbour.",
        "We walked it last Saturday with two small children and a heavy bag and it was fine, the "
        "path along the water is flat and there is a cafe half way where you can stop for tea.",
        "The council said on Friday that the weekend bus would be moved to meet the boat from the "
        "first of next month, after a lot of people wrote to complain about the long wait.",
    ]
    page = ["QUAYSIDE BOARDS", "Index  Search  Members", "", "Ferry timetable and the bus", ""]
    for n, text in enumerate(posts):
        page += ["Re: Ferry timetable and the bus"] if n else []
        page += [f"Post by reader_{n} » Nov {9 + n}, 2012 {n + 4}:29 pm", "", text, "", "Top", ""]
    page += ["Powered by Quayside Boards · Privacy"]
    kept = " ".join(pipeline.run("\n".join(page) + "\n").text.split())
    assert all(p in kept for p in posts)


@pytest.mark.parametrize("text, signal", [
    ("Posted by: ppcm at October 29, 2012 01:15 AM", "post-time"),
    ("[36ab7] Jack July 22, 2012 at 4:25 pm", "post-time"), ("11/07/12 at 2:17 pm", "post-time"),
    ("Posted by: Snarki, child of Loki at\nNovember 8, 2012 7:12 AM", "post-time"),   # wrapped in a column
    ("14:10", "live-time"), ("The meeting starts at 10:30", None),
    ("-- period > '2020-08-01 17:00 UTC'::timestamptz", None),   # a line of code
])
def test_a_posts_date_and_time_is_a_thread_mark(text, signal):
    found = unit(text)
    assert (found.phrase.id if found.phrase else None) == signal
    assert found.kind != "bad" or signal == "live-time"   # a mark alone is no furniture


def test_the_links_to_the_previous_and_next_posts_end_the_article():
    page = (["[1]Home [2]Recipes [3]Videos [4]About", "", "Ferry service to resume", ""]
            + [a for p in ARTICLE for a in (p, "")]
            + ["Previous post: The harbour in winter", "", "Next post: Six ways to cross the bay", "",
               TEASERS[0], ""])
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in ARTICLE)
    assert page.index(TEASERS[0]) in gone


# A reader's comment under a post: more good words than a line of furniture, signed by a name alone.
READERS_COMMENT = ("I voted this morning on the way to work and the queue at the school was longer than I "
                   "have ever seen it, which I think is a very good sign for the town and the harbour. My "
                   "neighbours were there too, and all of them said the same thing about the ferry.")


def test_the_links_to_the_previous_and_next_posts_end_the_article_above_a_longer_thread():
    # Comments under the links to the posts before and after this one, signed by a name alone,
    # hold more good words than the article: the links end it all the same, as a post's tags do.
    comment = READERS_COMMENT
    thread = []
    for n in range(6):
        thread += [f"* Reader {n}", "", comment.replace("this morning", f"this morning at {n + 7}"), ""]
    page = (["[1]Home [2]Recipes [3]Videos [4]About", "", "Ferry service to resume", ""]
            + [a for p in ARTICLE for a in (p, "")]
            + ["PREVIOUS POST", "", "NEXT POST", ""] + thread + ["[60]Privacy policy [61]Terms of use"])
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in ARTICLE)
    assert all(i in gone for i, line in enumerate(page) if line.startswith("I voted"))
    # The same links above the article's first paragraph end nothing.
    page = page[:4] + ["PREVIOUS POST", "", "NEXT POST", ""] + page[4:]
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in ARTICLE)

def test_a_count_of_the_comments_under_the_post_ends_it_above_a_longer_thread():
    # The comments, signed by a name alone and of two paragraphs each, hold more good words than
    # the article; the count above them ("8 comments") closes the post as its tag line does.
    comment = READERS_COMMENT
    thread = []
    for n in range(6):
        thread += [f"Reader {n}", "", comment.replace("this morning", f"this morning at {n + 7}"), "",
                   comment.replace("this morning", f"this evening at {n + 7}"), ""]
    page = (["[1]Home [2]Recipes [3]Videos [4]About", "", "Ferry service to resume", ""]
            + [a for p in ARTICLE for a in (p, "")] + ["8 comments", ""] + thread
            + ["[60]Privacy policy [61]Terms of use"])
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in ARTICLE)
    assert all(i in gone for i, line in enumerate(page) if line.startswith("I voted"))


def test_a_count_of_comments_among_other_pages_counts_ends_no_article():
    # Teasers each show their own count ("11 Comments", "200 Comments"): a count between the
    # article's paragraphs is one of that stream, and the article's paragraphs below it stay.
    teasers = []
    for n in (11, 200, 30):
        teasers += [f"[{n}]Harbour news number {n}", "", f"{n} Comments", ""]
    more = ["The council will meet again in the spring to decide whether a second boat is needed on "
            "the route, now that the number of passengers has doubled since the bridge was closed.",
            "Until then the timetable stays as it is, with one crossing every two hours from the first "
            "boat in the morning to the last one at eight in the evening, a spokesman said."]
    page = (["[1]Home [2]World [3]Business [4]Opinion", "", "Ferry service to resume", ""]
            + [a for p in ARTICLE for a in (p, "")] + ["2559 Comments", ""]
            + [a for p in more for a in (p, "")] + teasers + ["[60]Privacy policy [61]Terms of use"])
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in ARTICLE + more)

def test_the_article_is_found_above_a_thread_that_outweighs_it():
    # A long list of links parts the article from its comments, and the comments hold more
    # good words than the article: the densest run starts inside the thread, so the main text
    # is looked for above the thread's first post.
    comment = ("This is just beyond words, and if I had not read the text I would have thought it "
               "was a real wedding, with the attention to every last detail and the photographs.")
    thread = []
    for n in range(8):
        thread += [f"Reader {n} writes", "", f"11/0{n + 1}/12 at 2:{10 + n} pm", "",
                   comment.replace("beyond words", f"beyond words number {n}"), ""]
    links = " ".join(f"[{k}]Topic {k}" for k in range(10, 50))
    page = (["[1]Home [2]Recipes [3]Videos [4]About", "", "Ferry service to resume", ""]
            + [a for p in ARTICLE for a in (p, "")] + [links, ""] + thread
            + ["[60]Privacy policy [61]Terms of use", "", "Accept cookies"])
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in ARTICLE)
    assert all(i in gone for i, line in enumerate(page) if line.startswith("This is just"))


def test_the_article_is_found_above_a_thread_whose_run_starts_with_a_long_post():
    # The densest run starts with a long post right under its mark (its name, date and time):
    # the posts above it are short, and the article lies above the thread.
    long_post = ("I took the first boat after the storm last year and the crossing was calm, but the quay "
                 "was still closed, so we landed at the old pier and walked the rest of the way into town "
                 "in the rain, which was not what any of us had hoped for after such a long winter.")
    thread = []
    for n, text in enumerate(["Lovely, thank you.", "So true!"] + [long_post.replace("last year", f"in {2001 + n}")
                                                                    for n in range(4)]):
        thread += [f"[{70 + n}] Reader {n} July {2 + n}, 2012 at 3:5{n} pm", "", text, "", "Reply", ""]
    links = " ".join(f"[{k}]Topic {k}" for k in range(10, 50))
    page = (["[1]Home [2]Recipes [3]Videos [4]About", "", "Ferry service to resume", ""]
            + [a for p in ARTICLE for a in (p, "")] + [links, ""] + thread
            + ["[60]Privacy policy [61]Terms of use", "", "Accept cookies"])
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in ARTICLE)
    assert all(i in gone for i, line in enumerate(page) if line.startswith("I took"))

def test_a_comments_heading_over_a_thread_that_outweighs_the_article_ends_it():
    comment = ("This was the most enlightening piece on the ferry that I have read in a long time, and "
               "I hope the council reads it too before it decides anything about the second boat.")
    thread = []
    for n in range(5):
        thread += ["Anonymous", "", comment.replace("long time", f"long time, {n} years"), "", "Report", ""]
    page = (["[1]Home [2]World [3]Business [4]Opinion [5]Sport", "", "Ferry service to resume", ""]
            + [a for p in ARTICLE for a in (p, "")] + ["View comments (27)", ""] + thread
            + ["[6]Privacy policy [7]Terms of use", "", "Accept cookies"])
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in ARTICLE)
    assert all(i in gone for i, line in enumerate(page) if line.startswith("This was"))
    # An article's paragraphs below the same heading follow one another: it ends nothing there.
    page = page[:4] + ["View comments (27)", ""] + [a for p in ARTICLE + [comment] for a in (p, "")]
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in ARTICLE)


def test_a_blog_post_dated_to_the_minute_over_a_comments_heading_is_no_forum_thread():
    # A blog post is dated as its comments are, and outweighs none by four times: "23 Comments"
    # once between the post and the first comment says the post is an article, not a forum's
    # first post, and the comments (of two paragraphs each: the heading alone does not tell a
    # thread) go.
    replies = [
        "Do you think anyone will show up to carry the supplies that may only have read about it on "
        "the blog?\n\nI think it was promoted well enough, but the weather was bad all week long.",
        "There is one blog that writes about holidays and another that makes fun of the whole "
        "thing.\n\nIf I had to choose a side I would not know which one to take in the end, really.",
        "I had to come and comment after seeing this, because I live three hundred miles away from "
        "the harbour.\n\nI did not know whether my aunt was safe until she called me at last.",
    ]
    page = ["Ferry News", "", "* Home", "* About", "* Archive", "* Contact", "",
            "Ferry service to resume", "", "November 5, 2012 · 7:17 PM", ""]
    page += [a for p in ARTICLE for a in (p, "")] + ["Tweet", "", "23 Comments", ""]
    for n, text in enumerate(replies):
        page += [f"Reader {n}", f"November {6 + n}, 2012 · {n + 4}:29 PM", "", *text.split("\n"), "",
                 "Reply to this", ""]
    page += ["[60]Privacy policy [61]Terms of use"]
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in ARTICLE)
    assert all(page.index(line) in gone for r in replies for line in r.split("\n") if line)


def test_a_sentence_that_leads_into_a_list_of_addresses_is_the_articles():
    # A paragraph and the list it introduces, with no blank line between, look like a menu as a
    # whole (short items); the sentence over the items is the article's and so is what follows.
    lead = ("This document registers the storage link relation, as well as the following "
            "properties of the service:")
    after = ("The authors would like to thank everybody who contributed to the development of "
             "this protocol and the people who tested the first servers during the last year.")
    page = (["[1]Home [2]Documents [3]Search [4]About", "", "Ferry service to resume", ""]
            + [a for p in ARTICLE for a in (p, "")]
            + [lead, '  * "http://example.org/spec/version"', '  * "http://example.org/spec/auth"',
               '  * "http://example.org/spec/range"', '  * "http://example.org/spec/web"', "",
               after, "", "[60]Privacy policy [61]Terms of use"])
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert page.index(lead) not in gone
    assert page.index(after) not in gone


def test_a_widget_shown_twice_goes_though_its_lines_read_as_prose():
    # Tabs of a sidebar dumped one after the other: the same headings and sentences twice in a
    # row. Each sentence reads as prose; shown twice with its neighbour, it is furniture.
    widget = ["Electoral Vote Distribution", "",
              "The probability that the president receives a given number of electoral college votes.", "",
              "Return on Investment Index", "",
              "The relative likelihood that an individual voter would determine the electoral college winner.", ""]
    page = (["[1]Home [2]World [3]Business [4]Opinion [5]Sport", "", "Ferry service to resume", ""]
            + [a for p in ARTICLE for a in (p, "")] + ["Search This Blog", ""] + widget + widget
            + ["[60]Privacy policy [61]Terms of use"])
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in ARTICLE)
    assert all(i in gone for i, line in enumerate(page) if line.startswith(("The probability", "The relative")))


def test_a_table_drawn_with_its_borders_is_no_menu():
    # html2text draws a table's borders: every row opens and closes with a bar, and the bars
    # inside it part cells, not a menu's items. The article in its cells stays.
    rows = ["In December I tried to install some   |", "software on my computer, and the       |",
            "experience was, shall we say, less     |", "than pleasant on many levels, so I     |",
            "wrote about my experience, as I do.    |", "So of course that day I got hundreds   |",
            "of emails about it from people who     |  While I am flattered that so many",
            "wanted me to know their own opinion.   |  people wanted to share their views"]
    width = max(map(len, rows))
    table = [" " + "_" * (width + 2)] + [f"|{r.ljust(width)}  |" for r in rows] + ["|" + "_" * (width + 2) + "|"]
    page = (["[1]Home [2]Software [3]Essays [4]About", "", "Linux usability", ""] + table + [""]
            + [a for p in ARTICLE for a in (p, "")] + ["[60]Privacy policy [61]Terms of use"])
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(i in gone for i, line in enumerate(page) if line.startswith("|In "))
    assert not any(page.index(p) in gone for p in ARTICLE)


@pytest.mark.parametrize("text, signal", [
    # a blog's heading over its comments, naming the post in quotes, in several languages
    ("48 Responses to “Ferry service to resume”", "comment-head"),
    ("## 12 thoughts on \"Ferry service to resume\"", "comment-head"),
    ("3 commentaires sur « Le bac reprend du service »", "comment-head"),
    ("Eine Antwort auf „Die Fähre fährt wieder“", "comment-head"),
    ("5 comentarios en «Vuelve el servicio del ferry»", "comment-head"),
    ("「欲張りなイヌ」への3件のコメント", "comment-head"),
    ("12 Thoughts on Leadership", None),   # a listicle's title: no quoted post
    # comment prompts, headings of other pages' lists, a gallery's buttons
    ("Comment on this article", "comments"), ("4 Comments Leave a comment", "comments"),
    ("This entry is now closed for comments", "comments"),
    ("You may like to read:", "related"), ("Read more at Harbour Gazette", "related"),
    ("Top Headlines", "related"), ("Artículos relacionados", "related"), ("Veja também", "related"),
    ("Voltar Fechar Ver novamente", "gallery-controls"), ("Fullscreen", "gallery-controls"),
    ("Ícone seta para esquerda Ícone seta para direita", "gallery-controls"),
    ("Back to the harbour", None), ("Close the ferry", None),
    # a comment's signature: its age, or a date with "says:"; no code, no bare "says:"
    ("Miles Taylor 12 days ago", "post-sign"), ("11 Jul 2012 Rishil says:", "post-sign"),
    ("Anna vor 3 Tagen", "post-sign"), ("Marta hace 2 horas", "post-sign"), ("山田 3日前", "post-sign"),
    ("He says:", None), ("SELECT now() - interval '3 days ago';", None),
    ("Reader Comments (4)", "comments"),
    ("Editor's Picks", "related"), ("Popular", "related"), ("Featured posts", "related"),
    ("No te lo pierdas", "related"),
    # a comment form's prompts to sign in, in several languages
    ("You must be logged in to post a comment.", "comments"), ("Sign in to post a reply", "comments"),
    ("Vous devez être connecté pour publier un commentaire.", "comments"),
    ("Sorry, we can't load comments right now. Try again", "comments"),
])
def test_comment_heads_related_lists_and_gallery_buttons(text, signal):
    found = unit(text)
    assert (found.phrase.id if found.phrase else None) == signal


def test_a_heading_naming_the_post_ends_it_however_long_its_comments(pipeline):
    # The comments below run longer than the article and each has two paragraphs, so neither
    # the share of the run above nor a thread of lone paragraphs tells where the article ends;
    # the heading that names the post over them does.
    towns = ["Ardmore", "Belcastle", "Corran", "Dunmore", "Elgin", "Fearn"]
    comments = []
    for k, (name, town) in enumerate(zip(["Ann", "Bob", "Cleo", "Dan", "Eve", "Finn"], towns), 1):
        comments += [f"{k}. November 12, 2012", name,
                     f"I took that ferry from {town} for {k + 3} years and it was always on time, so I "
                     "hope the boats come back soon and that the new quay holds through this winter.",
                     f"The bakery on board sold the best bread between {town} and the island, and the "
                     f"crew knew every one of the {k * 40} passengers by name."]
    out = pipeline.run(page(ARTICLE + ["48 Responses to “Ferry service to resume”"] + comments)).text
    assert all(p in out for p in ARTICLE)
    assert not any(town in out for town in towns)


def test_comments_signed_with_their_age_end_the_article(pipeline):
    # Each comment under a name and its age ("12 days ago"), no clock time: the thread is told
    # by the signatures recurring, and the comments go however long they are.
    towns = ["Ardmore", "Belcastle", "Corran", "Dunmore"]
    comments = []
    for k, (name, town) in enumerate(zip(["Ann Reid", "Bob Hale", "Cleo Marsh", "Dan Frey"], towns), 1):
        comments += [f"{name} {14 - k} days ago",
                     f"I took that ferry from {town} for {k + 3} years and it was always on time, so I "
                     "hope the boats come back soon and that the new quay holds through this winter.",
                     f"The bakery on board sold the best bread between {town} and the island, and the "
                     f"crew knew every one of the {k * 40} passengers by name, even in the winter."]
    out = pipeline.run(page(ARTICLE + ["4 Comments"] + comments)).text
    assert all(p in out for p in ARTICLE)
    assert not any(town in out for town in towns)


@pytest.mark.parametrize("end", ["Read more", "Continue reading →", "Lire la suite", "Leer más", "続きを読む"])
def test_a_paragraph_ending_in_a_link_to_the_rest_is_a_teaser(end):
    text = ("The seminary is one of the largest in the world, and its president writes about the "
            "news of the day every morning for its readers. " + end)
    assert unit(text).signal == "teaser"
    assert unit(text[: -len(end)].rstrip()).signal != "teaser"


# Arthur Pinero, The "Mind the Paint" Girl (1912), act III (Project Gutenberg eBook #21849):
# the crowd's line "SOME OF THE OTHERS." speaks four times.
PLAY = """VON RETTENMAYER.

A gharming pardy!

DE CASTRO.

Abtholutely A 1!

VON RETTENMAYER.

[_Singing._] "Venus, seinen Nacken beut Dir Dein Sklave,
dienstbereit!"

LILY.

[_Running to ROPER and seizing his hands._] A vote of thanks to Lal
for his share in getting it up!

BLAND.

[_Slapping ROPER on the back._] Bravo, Lal!

SOME OF THE OTHERS.

Bravo, Lal!

LILY.

[_Walking about._] And to Carlton! Bravo, Carlton!

SOME OF THE OTHERS.

Bravo, Carlton! Bravo, Smythe!

DE CASTRO.

[_Putting on his overcoat._] Don't forget Morrie Coolin'!

LILY.

No, don't forget Morrie. Dear old Morrie!

SOME OF THE OTHERS.

Bravo, Morrie!

DE CASTRO.

There hathn't been a hitch from thtart to finish, in fact.

LILY.

[_At the nearer side of the table again._] Not a hitch.

FULKERSON.

[_Remembering his grievance._] I beg yo' par'n-- no' a 'itch! [_In
difficulties with his overcoat._] When a gen'leman'sh invited b' th'
lady 'f th' house t' partake 'f some refreshmen'----

SOME OF THE OTHERS.

Ha, ha, ha, ha!

GABRIELLE.
"""


def test_lines_that_come_again_are_no_sign_of_a_web_page():
    """A play names its speakers again and again, a song sings its refrain: with no other
    furniture, the repeated lines do not make the text a web page, and nothing goes."""
    text, dropped = remove_boilerplate(PLAY, default_settings())
    assert dropped == [] and text == PLAY


def test_a_break_of_stars_is_no_menu():
    # Project Gutenberg's section break (The "Mind the Paint" Girl, eBook #21849): three lines of
    # asterisks read as list items, but an item with no word is no menu's.
    stars = ["       *       *       *       *       *", "           *       *       *       *",
             "       *       *       *       *       *"]
    assert signals(stars, 0, 2, default_settings()).signal != "menu"
    # A menu's items have their words.
    assert signals(["* Home", "* News", "* Sport"], 0, 2, default_settings()).signal == "menu"


@pytest.mark.parametrize("line, image", [
    ("[spacer.gif]", True),                       # lynx: the image's file name
    ("[USEMAP:mainmas5.gif]", True),              # lynx: an image map
    ("[117][btn_subscribe_gray.png]", True),      # lynx: a linked image
    ("[logo]", True),                             # w3m: a name made from the file's
    ("[t_wf_graph] [IMG_2878]", True),            # w3m: two on a line
    ("[                    ]", True),             # a form's text field
    ("* [edu1.jpg]", True),                       # in a list item
    ("[Illustration]", False),                    # a book's picture, written as a word is
    ("[Laughter]", False),                        # a transcript's note
    ("[Alden: He's a good roommate, too.]", False),  # words in brackets
    ("[r1,q1]", False),                           # a formula's point
    ("[责任编辑:肖春芳]", False),                  # an editor's credit in Chinese
    ("[12]", False),                              # a link mark alone
    ("[logo] Our history", False),                # text beside it
    ("[search         ]", True),                  # html2text: a text field padded to its width
    ("[q             ] [Search]", True),          # with its button
    ("[Enter your email address...   ] [GO]", True),
    ("[ Back ] [ Volume Entrance ] [ Next ]", False),  # a page's links in brackets, no field
    ("   IFRAME: [21]http://www.youtube.com/embed/x1?rel=0", True),  # lynx: an inline frame and its address
    ("IFRAME:", True),
    ("IFRAME: the frame of the house", False),    # words after it
    ("(BUTTON) (BUTTON)", True),                  # lynx: form buttons alone
    ("(BUTTON) Copy", True),                      # a button with its label
    ("* (BUTTON) Lesen (BUTTON) Hören", True),
    ("(BUTTON) Descrease article font size", True),
    ("(BUTTON) Copy while True:", False),         # a line of code after it
    ("(BUTTON) Bildrechte: dpa-Bildfunk/Thomas Frey", False),
    ("(BUTTON) The ferry will not run on Monday.", False),   # a sentence
])
def test_an_images_place_is_no_text(line, image):
    block = signals([line], 0, 0, default_settings())
    assert (block.kind == "bad" and block.signal == "image") is image


def test_a_frames_address_broken_over_lines_is_no_text():
    lines = ["IFRAME:", "   [28]http://platform.example.com/widgets/tweet_button.html?url=http://bi", "   t.ly/VRKmEV&text=x"]
    assert signals(lines, 0, 2, default_settings()).signal == "image"
    assert signals(["IFRAME:", "The frame of the house was oak."], 0, 1, default_settings()).signal != "image"


def test_images_places_go_inside_the_article_but_show_no_web_page():
    """The places of an article's pictures go, its lead above one stays; lines of images alone
    make no text a web page."""
    page = (["* Home", "* News", "* Sport", "* Contact", "", "Ferry service to resume", "", "[ferry_2024.jpg]", ""]
            + [p + "\n\n[quay_photo1]\n" for p in ARTICLE]
            + ["Accept cookies", "", "Share on Facebook", "", "All rights reserved"])
    text, dropped = remove_boilerplate("\n".join(page), default_settings())
    assert "[" not in text and "Ferry service to resume" in text
    assert all(p in text for p in ARTICLE)
    assert sum(b.signal == "image" for b in dropped) == 4
    book = "\n\n".join(["[illus_01.png]", ARTICLE[0], "[illus_02.png]", ARTICLE[1], "[illus_03.png]", ARTICLE[2], "[i]"])
    assert remove_boilerplate(book, default_settings()) == (book, [])


@pytest.mark.parametrize("text, signal", [
    ("Permalink", "post-tools"),
    ("TrackBack URL for this entry:", "post-tools"),
    ("Trackback pings", "post-tools"),
    ("Digg This | Save to del.icio.us", "post-tools"),
    ("Permanent link to archive for 4/30/05. Saturday, April 30, 2005", "post-tools"),
    ("Listed below are links to weblogs that reference The Morning Wrap:", "post-tools"),
])
def test_a_blog_posts_own_links(text, signal):
    assert unit(text).signal == signal


@pytest.mark.parametrize("text", [
    "Posted by Ann at 08:33 AM | Permalink",      # a post's time: a thread mark, no furniture by itself
    "The permalink of each post never changes, the documentation says.",
])
def test_a_sentence_naming_a_permalink_is_no_post_tool(text):
    assert unit(text).signal != "post-tools"


def test_other_posts_each_under_its_date_are_teasers_and_the_articles_dateline_stays():
    """A stream of other posts, each a title, a bare date and one paragraph, outweighed a short
    article above it; a paragraph alone between two bare dates is a teaser's summary. The
    article's own dateline, a bare date too, stays with its headline."""
    summary = ("Today the council meets to decide on the new harbour, the ferry timetable and the "
               "price of a ticket for the first crossings of the summer, which many people have "
               "asked about since the storm closed the quay at the end of the winter.")
    stream = ["Other posts", ""]
    for day in ("Tuesday, November 6, 2012", "Monday, November 5, 2012", "Friday, November 2, 2012",
                "Thursday, November 1, 2012"):
        stream += [f"The Harbour Briefing, {day}", "", day, "", summary.replace("Today", day), ""]
    page = (["* Home", "* World", "* Sport", "",
             "The Harbour Briefing, Wednesday, November 7, 2012", "", "Wednesday, November 7, 2012", ""]
            + [a for p in ARTICLE for a in (p, "")] + ["Share on Facebook", ""] + stream)
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in ARTICLE)
    assert 4 not in gone and 6 not in gone          # the headline and the dateline
    teasers = [i for i, line in enumerate(page) if line.endswith("end of the winter.") and i > 12]
    assert len(teasers) == 4 and all(i in gone for i in teasers)


def test_a_bare_date_is_no_furniture_by_itself():
    block = unit("Wednesday, October 31, 2012")
    assert block.kind == "short" and block.phrase.id == "date-line"
    assert unit("7. November 2012").phrase.id == "date-line"
    assert unit("The Briefing, Wednesday, October 31, 2012").phrase is None


@pytest.mark.parametrize("text, share", [
    ("Share: Email Facebook Twitter Print", True),
    ("Email Facebook", True),
    ("Facebook", True),
    ("Facebook and Twitter rose today.", False),
    ("Print", True),
])
def test_a_share_bar_of_network_names(text, share):
    assert (unit(text).signal == "share") is share


# -- a phrase that starts a sentence running on is prose -----------------------

RUNS_ON = "Subscribe to our newsletter was the last line, and she did not understand it at all."


@pytest.mark.parametrize("text, kind, signal", [
    # the phrase, then a sentence of the language's words well beyond it: prose
    (RUNS_ON, "good", ""),
    ("Sign up for our newsletter, the clerk told him twice, but he had no time for it that day.", "good", ""),
    # the phrase alone, or with few words after it: furniture
    ("Subscribe to our newsletter", "bad", "subscribe"),
    ("Subscribe to our newsletter for updates.", "bad", "subscribe"),
    # words before it are no run beyond it; a short line of the phrase over a notice is no sentence
    ("Get the most out of the Harbour Gazette. Subscribe to our newsletter to receive:", "bad", "subscribe"),
    ("Subscribe to our newsletter\nIf you found a mistake in this article, please let us know by "
     "the form on our contact page, thank you.", "bad", "subscribe"),
    # a sentence wrapped over lines runs on over them
    ("Subscribe to our newsletter was the last line of the letter, and\nshe did not understand it "
     "at all, though she read it twice.", "good", ""),
    # words beyond it, but few of the language's: furniture still
    ("Subscribe to our newsletter: Harbour Gazette Daily Briefing, Morning Edition, Weekend Review, "
     "Ferries, Tides, Weather.", "bad", "subscribe"),
    # a phrase declared whole_line takes its block whatever follows (cookies, copyright)
    ("We use cookies to make sure that you get the best experience on this site, and to see "
     "how our readers use it.", "bad", "cookies"),
    ("© 2024 Harbour Gazette. All rights reserved, and no part of this page may be copied without "
     "our leave.", "bad", "copyright"),
])
def test_a_phrase_that_starts_a_running_sentence(text, kind, signal):
    block = unit(text)
    assert (block.kind, block.signal) == (kind, signal)


def test_a_story_that_starts_a_sentence_with_a_phrase_keeps_it(pipeline):
    article = ["Chapter 1", *ARTICLE[:2], RUNS_ON, ARTICLE[2]]
    result = pipeline.run(page(article))
    assert RUNS_ON in result.text
    assert "boilerplate:subscribe" not in {r.rule for r in result.document.removed}
    # the furniture around it goes as before
    assert "© 2024 Harbour Gazette" not in result.text


def test_the_running_sentence_length_is_a_setting(tmp_path):
    from cleantext.stages.boilerplate import settings_from
    from cleantext.webblocks import weigh
    base = {"phrases": [{"id": "subscribe", "class": "appeal", "pattern": "(?i)^subscribe to our newsletter"}]}
    common = frequent("en", 200)
    for extra, kind in (({}, "bad"), ({"phrase_prose_min_words": 8}, "good"),
                        ({"phrase_prose_min_words": 30}, "bad")):
        settings = settings_from([{**base, **extra}])
        block = weigh(signals([RUNS_ON], 0, 0, settings), common, settings)
        assert block.kind == kind, extra
    whole = {"phrases": [{**base["phrases"][0], "whole_line": True}], "phrase_prose_min_words": 8}
    settings = settings_from([whole])
    assert weigh(signals([RUNS_ON], 0, 0, settings), common, settings).kind == "bad"


def test_a_story_with_web_words_loses_none_of_its_sentences(pipeline):
    # The subscribe line, once furniture, cut the main text short: the caption's sentence below
    # it fell outside it.
    story = ("Chapter 1\n\nIt was late when the letter came. She read it twice, then put it down on the table "
             "and\nlooked out at the harbour.\n\nAdvertisement\nThe word was printed at the top of the page, "
             "in small capitals, above a drawing of a ship.\n\nShare this with no one, the letter said. Click "
             "here if you dare, she thought, and laughed.\n\n" + RUNS_ON + "\n\nPhoto: John Smith\n"
             "The photo showed the quay at dawn.\n\nComments (3)\n")
    text = pipeline.run(story).text
    for sentence in (RUNS_ON, "The photo showed the quay at dawn.", "Share this with no one, the letter said."):
        assert sentence in text


# -- the page's language ---------------------------------------------------------

NORWEGIAN = ("Fergen mellom de to havnene skal gå igjen fra mandag, sier kommunen, etter at stormen "
             "skadet kaia i slutten av vinteren, og det er ikke noe som kan gjøres med det nå. "
             "Reparasjonen av kaia tok lengre tid enn ingeniørene hadde håpet, og den første båten "
             "går klokka ni om morgenen, men de som har ventet i flere uker vil ha en billett nå.")
SWAHILI = ("Kivuko kati ya bandari hizo mbili kitaanza kazi tena Jumatatu, halmashauri imesema, baada "
           "ya dhoruba kuharibu gati mwishoni mwa msimu wa mvua. Matengenezo ya gati yalichukua muda "
           "mrefu kuliko wahandisi walivyotarajia, na boti ya kwanza itaondoka saa tatu asubuhi. Abiria "
           "ambao wamesubiri kwa wiki kadhaa sasa wanaweza kununua tiketi mtandaoni au ndani ya kivuko.")


def test_a_page_in_a_language_beyond_the_first_fifteen_reads_as_its_own():
    from cleantext.webblocks import page_language

    # Scandinavian: Norwegian Bokmål, or Danish, whose frequent words it shares; never English or German.
    assert page_language(NORWEGIAN.split(". "), default_settings()) in ("nb", "da")


def test_a_page_no_word_list_fits_is_judged_without_a_language():
    from dataclasses import replace

    from cleantext.webblocks import page_language, weigh

    settings = default_settings()
    lines = SWAHILI.split(". ")
    assert page_language(lines, settings) == ""
    assert page_language(lines, replace(settings, language_min_share=0.0)) != ""   # the share decides
    # Without a language's words every word counts as frequent: a long paragraph that ends a
    # sentence is article-like, as in jusText without a stoplist; a menu is still a menu.
    assert weigh(signals([SWAHILI], 0, 0, settings), None, settings).kind == "good"
    menu = ["* Habari", "* Michezo", "* Burudani", "* Biashara"]
    assert weigh(signals(menu, 0, 3, settings), None, settings).kind == "bad"


def test_a_sentence_with_a_date_and_time_signs_no_post():
    # A news page: two photo captions, the article's dateline and a sentence with a date and a
    # time, then the article, then other stories' teasers each dated to the minute. The sentence
    # is the article's, not a post's signature: no thread starts above the article.
    captions = ["(Picture) A poster saying \"Strike\" hangs at the bus stop where the buses of the "
                "city would otherwise stop for the passengers.",
                "(Picture) When buses and trains stand still, the way to work becomes a trial for "
                "many of the people of the city."]
    article = ARTICLE + [
        f"On the {day} day of the strike the {group} stayed at home, since there was no other way "
        f"for them to reach the town, and the shops on the quay were closed until the evening."
        for day, group in [("first", "cleaners"), ("second", "nurses"), ("third", "bakers"),
                           ("fourth", "teachers"), ("fifth", "drivers"), ("sixth", "porters")]]
    teasers = [f"Other story number {n} about the strikes in the region, and what it means for the "
               f"people who have to travel to work every day of the week." for n in range(3)]
    page = (["* Home", "* Region", "* Business", "* Sport", "* Culture", ""]
            + [a for c in captions for a in (c, "")]
            + ["April 15, 2026 2:36 PM", "",
               "This story was heard on the radio at 5:50 PM on April 14, 2026, in the evening news.", ""]
            + [a for p in article for a in (p, "")]
            + [a for n, t in enumerate(teasers) for a in (f"April 16, 2026 {9 + n}:12 AM", "", t, "")])
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in article)
    assert all(page.index(t) in gone for t in teasers)


def _teaser_page(heading: str | None) -> tuple[list[str], list[str], list[str]]:
    """A news page: a menu, the article, then under ``heading`` other stories' teasers, each a
    section's name, a headline and a summary that reads as prose."""
    article = ARTICLE + [
        "The operator said that the timetable of the summer would stand as it was printed, and "
        "that the boat would call at the island twice a day from the first week of May."]
    summaries = [f"The {what} of the town met on {day} to talk about the plans for the harbour, "
                 f"and most of them said they would wait for the council to decide."
                 for what, day in [("fishermen", "Monday"), ("shopkeepers", "Tuesday"),
                                   ("teachers", "Wednesday"), ("nurses", "Thursday"),
                                   ("bakers", "Friday"), ("drivers", "Saturday")]]
    page = ["* Home", "* Region", "* Business", "* Sport", "", "Ferry service to resume", ""]
    page += [a for p in article for a in (p, "")]
    page += [heading, ""] if heading else []
    for n, s in enumerate(summaries):
        page += ["Region", "", f"Harbour plans: part {n + 1} of the series", "", s, ""]
    return page, article, summaries


def test_a_stream_of_teasers_under_a_heading_ends_the_main_text():
    # The six summaries outweigh a quarter of the article, so the heading alone (end_min_share)
    # did not end it; each stands alone among short blocks, as no article's paragraphs do.
    page, article, summaries = _teaser_page("Editor's picks")
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in article)
    assert all(page.index(s) in gone for s in summaries)


def test_a_stream_of_short_paragraphs_with_no_heading_stays():
    # Without a heading that ends an article the same shape is an article's short paragraphs
    # between its photos or its advertisements' places: they stay.
    page, article, summaries = _teaser_page(None)
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in article + summaries)


def test_headlines_under_pictures_on_a_punctuated_japanese_page_are_no_prose():
    # A Japanese page ends its paragraphs' sentences with "。"; the other pages' headlines under
    # their pictures end none, and were counted as prose by their length in characters: their
    # stream outweighed the article and became the main text.
    article = [
        "　昨日の午後、港の近くにある小さな市場で新しい魚の競りが始まり、朝から多くの人が集まった。",
        "　市場の組合によると、今年は天候に恵まれて漁獲量が去年よりも大きく増えたという。",
        "　地元の料理店の店主は「新鮮な魚を毎日仕入れることができるので、とても助かる」と話した。",
        "　組合は来月から週末の朝にも競りを開く予定で、観光客の参加も受け付けるとしている。",
    ]
    places = ["駅前", "港", "山の上", "川沿い", "旧市街", "学校の隣", "公園の奥", "北の町", "南の町", "島",
              "空港の近く", "海辺", "城の跡", "市場の裏"]
    headlines = [f"{p}の再開発計画をめぐり町の議会が住民との話し合いを続ける方針を固めた理由…その背景とは"
                 for p in places]
    page = ["  • ニュース", "  • 政治", "  • 経済", "  • スポーツ", "", "港の市場で新しい競り", ""]
    page += [a for p in article for a in (p, "")]
    for n, h in enumerate(headlines):
        page += [f"  • [{n:02d}ab{n:02d}cd]", "", "    " + h, ""]
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in article)
    assert all(page.index("    " + h) in gone for h in headlines)


def test_a_pointer_set_between_the_paragraphs_again_and_again_ends_the_article_no_more_the_last_time():
    # "Lire aussi :" over another page's headline, three times inside a live blog; a share bar
    # above the headline. The last time, the entries below it were cut off as another page's.
    paragraphs = [
        f"Le conseil municipal a annoncé {what} ce {day}, après une longue réunion avec les "
        f"habitants du quartier du port, qui attendaient cette décision depuis plusieurs mois."
        for what, day in [("la fin des travaux", "lundi"), ("un nouveau marché", "mardi"),
                          ("la réouverture du quai", "mercredi"), ("un budget pour la plage", "jeudi"),
                          ("la rénovation de la gare", "vendredi"), ("un festival en été", "samedi")]]
    page = ["* Accueil", "* Politique", "* Économie", "* Monde", "", "Partager", "",
            "Le fil des événements de la semaine", ""]
    for n, p in enumerate(paragraphs):
        page += [f"{9 - n}h{10 + n} - Les nouvelles du port, épisode {n + 1}", "", p, ""]
        if n in (1, 3, 4):
            page += ["Lire aussi :", "", f"Un autre article sur la ville, épisode {n + 1}", ""]
    page += ["Les plus lus", "", "* Un titre", "* Un autre titre", "* Encore un titre", ""]
    gone = {i for b in find_boilerplate(page, default_settings()) for i in range(b.first, b.last + 1)}
    assert not any(page.index(p) in gone for p in paragraphs)
    assert page.index("* Un titre") in gone
