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
