"""Character references a converter left undecoded in a web page's copy (Debian's html2text writes
"What&#x27;s"): the markup stage decodes those inside words."""
from __future__ import annotations

from cleantext import Pipeline
from cleantext.markdown import decode_references, strip_markdown


def test_character_references_in_words_are_decoded():
    assert strip_markdown("What&#x27;s next for the ferry, l&#39;UE and &#8220;Oui&#8221;") == \
        "What's next for the ferry, l'UE and \u201cOui\u201d"


def test_a_reference_apart_or_to_a_mark_is_left_alone():
    assert decode_references("write &#39; for it, &#42;bold&#42;") == "write &#39; for it, &#42;bold&#42;"


def test_the_pipeline_decodes_them_in_prose_and_leaves_code_alone():
    text = ("The ferry&#x27;s first crossing is on Monday, the council said.\n\n"
            "```html\n<p>It&#x27;s</p>\n```\n")
    out = Pipeline.default().run(text).text
    assert "The ferry's first crossing" in out
    assert "<p>It&#x27;s</p>" in out


def test_named_references_in_and_between_words_are_decoded():
    assert strip_markdown("Caf&eacute; owners met in l&rsquo;UE&rsquo;s hall, &quot;Oui&quot; they said") == \
        "Caf\u00e9 owners met in l\u2019UE\u2019s hall, \"Oui\" they said"
    assert decode_references("Tom &amp; Jerry and Q&amp;A") == "Tom & Jerry and Q&A"
    assert decode_references("the price was&nbsp;12 euros") == "the price was\u00a012 euros"


def test_named_references_that_must_stay():
    # No ";": not a reference. In a code span, to a mark or a tag, or a reference written out.
    for text in ("Smith &amp Co", "write `&amp;` for it", "a&ast;b and &lt;p&gt;", "a &amp;quot;x"):
        assert decode_references(text) == text
    # Standing apart, not between two words.
    assert decode_references("&amp; (&nbsp;)") == "&amp; (&nbsp;)"


def test_the_pipeline_decodes_named_references_and_counts_them():
    text = ("Tom &amp; Jerry&rsquo;s first show opened in the caf&eacute; on Monday, the council said.\n\n"
            "The tickets cost&nbsp;12 euros each, and most were sold within the first hour.\n\n"
            "```html\n<p>Tom &amp; Jerry</p>\n```\n")
    doc = Pipeline.default().run(text)
    assert "Tom & Jerry\u2019s first show opened in the caf\u00e9 on Monday" in doc.text
    assert "cost&nbsp;12" not in doc.text and "12 euros" in doc.text
    assert "<p>Tom &amp; Jerry</p>" in doc.text
    assert doc.report["changes"]["markup"] == 2


def test_a_text_about_html_keeps_its_named_references():
    text = ("In HTML an ampersand is written `&amp;`, so the text Tom &amp; Jerry stays as it is here.\n\n"
            "The same holds for caf&eacute; and for every other named reference of the page.\n")
    out = Pipeline.default().run(text).text
    assert "Tom &amp; Jerry" in out and "caf&eacute;" in out
