"""Markdown marks in one line of text: which a line holds, and the line without them. The markup
stage strips them; the reflow stage reads a line's width as dumped, before its link went."""
from __future__ import annotations

import unicodedata
from html.entities import html5

import regex

HEADING = regex.compile(r"^(?:#{1,6}\s+)+(.*?)(?:\s+#+)?\s*$")
IMAGE = regex.compile(r"!\[[^\]]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
LINK = regex.compile(r"\[([^\]]+)\]\((?:https?://|/|#|mailto:)[^)\s]*(?:\s+\"[^\"]*\")?\)")
# A link whose words were only images (each marked by a NUL here; "[![Build](badge.svg)](https://ci…)",
# a README's badge): once the images are gone, nothing of it is text.
IMAGE_LINK = regex.compile(r"\[\s*(?:\x00\s*)+\]\((?:https?://|/|#|mailto:)[^)\s]*(?:\s+\"[^\"]*\")?\)")
# Emphasis hugs its text: `*word*`, `**words**`; a star with a space beside it is arithmetic or a list.
STRONG = regex.compile(r"(?<![\w*])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?![\w*])")
EMPHASIS = regex.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])")
# Python's names (`obj.__len__()`, `__init__.py`, `__name__ == "__main__"`) are no emphasis: a
# lower-case name in double underscores after a dot or a quote, or before a call, a dot, a quote
# or a comparison, is left as it is.
DUNDER = regex.compile(r"(?:(?<=[.'\"])__[a-z][a-z0-9_]*__|__[a-z][a-z0-9_]*__(?=[(.'\"]|\s*[=!]?=))")
UNDERSCORE = regex.compile(r"(?<![\w_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\w_])")


MARKS = "#*_[]"

# A numeric character reference an HTML-to-text converter left undecoded ("What&#x27;s",
# "l&#x27;UE", "&#8220;Oui"), touching a letter or digit: such a reference in running text is a
# copy's damage. One standing apart ("write &#39; for it") may be the text's own, and a reference
# to a character that is markup here (an asterisk, a bracket, a space or a control) is left as it is.
REFERENCE = regex.compile(r"(?<=[\p{L}\p{N}])&#(?:([0-9]{2,7})|[xX]([0-9a-fA-F]{2,6}));|&#(?:([0-9]{2,7})|[xX]([0-9a-fA-F]{2,6}));(?=[\p{L}\p{N}])")
KEEP_REFERENCED = frozenset("#*_[]`<>&\\")


def _referenced(match: regex.Match) -> str:
    decimal = match.group(1) or match.group(3)
    code = int(decimal) if decimal else int(match.group(2) or match.group(4), 16)
    char = chr(code) if 0x20 < code < 0x110000 and not 0xD800 <= code < 0xE000 else ""
    return char if char.isprintable() and not char.isspace() and char not in KEEP_REFERENCED else match.group()


# A named reference a converter left ("caf&eacute;", "l&rsquo;UE", "Tom &amp; Jerry"): a name of
# HTML5's table, ";" and all (a bare "&amp" is left). A run of them ("&nbsp;&nbsp;Edit") is decoded
# where the run touches a letter or digit, or stands alone between two words ("Tom &amp; Jerry").
# Left as written: a reference inside a code span (`&amp;`), one to a character that is markup
# here (`&ast;`, `&lt;`) or a control, and "&amp;" before a reference's text ("&amp;quot;": the
# page showed a reference), so that cleaning twice changes nothing more.
NAMED = regex.compile(r"(?:&[A-Za-z][A-Za-z0-9]{1,31};)+")
NAMED_ONE = regex.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")
REFERENCE_TEXT = regex.compile(r"#[0-9]|#[xX][0-9a-fA-F]|[A-Za-z][A-Za-z0-9]{1,31};")
CODE_SPAN = regex.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)")
KEEP_NAMED = KEEP_REFERENCED - {"&"}


def _touches(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` touches a letter or digit, or stands alone between two words."""
    before, after = text[start - 1 : start], text[end : end + 1]
    if before.isalnum() or after.isalnum():
        return True
    return before == " " and after == " " and start >= 2 and text[start - 2].isalnum() \
        and end + 1 < len(text) and text[end + 1].isalnum()


def _named(match: regex.Match) -> str:
    text, end = match.string, match.end()
    if not _touches(text, match.start(), end):
        return match.group()
    out = []
    for one in NAMED_ONE.finditer(match.group()):
        char = html5.get(one.group(1) + ";")
        keep = char is None or any(c in KEEP_NAMED or not (c.isprintable() or unicodedata.category(c) == "Zs")
                                   for c in char)
        if char == "&" and one.end() == len(match.group()) and REFERENCE_TEXT.match(text, end):
            keep = True
        out.append(one.group() if keep else char)
    return "".join(out)


def decode_named(text: str) -> str:
    """The named character references of ``text`` that touch a letter or digit or stand between
    two words, decoded; code spans are left as written.

    >>> decode_named("caf&eacute; au lait, l&rsquo;UE and Tom &amp; Jerry")
    'café au lait, l’UE and Tom & Jerry'
    >>> decode_named("write `&amp;` for it; &amp Co, &lt;p&gt; and &amp;quot;x stay")
    'write `&amp;` for it; &amp Co, &lt;p&gt; and &amp;quot;x stay'
    """
    if "&" not in text or ";" not in text:
        return text
    spans = [m.span() for m in CODE_SPAN.finditer(text)] if "`" in text else []
    if not spans:
        return NAMED.sub(_named, text)
    return NAMED.sub(lambda m: m.group() if any(a <= m.start() < b for a, b in spans) else _named(m), text)


# A document about HTML shows references as such: one in a code span ("write `&amp;`"), a reference
# written out ("&amp;quot;", "&amp;#39;") or a tag ("&lt;p&gt;"). Its named references are its own.
# (A code block is left alone in any document; a reference in one says nothing more.)
ABOUT_HTML = regex.compile(r"`[^`\n]*&#?[A-Za-z0-9]+;[^`\n]*`|&amp;#?[A-Za-z0-9]+;|&lt;/?[A-Za-z][A-Za-z0-9]*(?:&gt;|[ /])")


def about_html(text: str) -> bool:
    """Whether ``text`` shows HTML's references or tags as such.

    >>> about_html("Write `&amp;` for an ampersand."), about_html("Tom &amp; Jerry")
    (True, False)
    >>> about_html("the &lt;p&gt; tag"), about_html("write &amp;amp; for it")
    (True, True)
    """
    return "&" in text and bool(ABOUT_HTML.search(text))


def decode_references(text: str, named: bool = True) -> str:
    """The numeric character references of ``text`` that touch a letter or digit, decoded, and
    (unless ``named`` is false) its named ones as ``decode_named`` reads them.

    >>> decode_references("What&#x27;s next for Gaza, l&#39;UE and &#8220;Oui&#8221;")
    "What's next for Gaza, l'UE and “Oui”"
    >>> decode_references("write &#39; for it, &#42;bold&#42; stays")
    'write &#39; for it, &#42;bold&#42; stays'
    """
    if "&#" in text:
        text = REFERENCE.sub(_referenced, text)
    return decode_named(text) if named else text


def markup_needles(text: str) -> list[str]:
    """What a line of ``text`` must hold for strip_markdown() to change it: a mark, or "&" where
    ``text`` holds a named reference."""
    return marks_in(text) + (["&"] if "&" in text and NAMED_ONE.search(text) else [])


def marks_in(text: str) -> list[str]:
    """The characters Markdown marks are made of that ``text`` holds: a line without them is left as it is."""
    return [mark for mark in MARKS if mark in text]


def strip_markdown(text: str, named: bool = True) -> str:
    """Remove Markdown marks from one line, keeping the words they marked, and decode the
    character references a converter left (``decode_references``; named ones unless ``named`` is false).

    >>> strip_markdown("# Ukrainian military launches incursion")
    'Ukrainian military launches incursion'
    >>> strip_markdown("**[wsws.org/contact](https://wsws.org/contact)**")
    'wsws.org/contact'
    >>> strip_markdown("the *Wall Street Journal's* reporter")
    "the Wall Street Journal's reporter"
    >>> strip_markdown("3 * 4 * 5 and snake_case_name and #hashtag")   # not Markdown: left alone
    '3 * 4 * 5 and snake_case_name and #hashtag'
    """
    if "&" in text:
        text = decode_references(text, named)
    for _ in range(3):  # marks can nest ("***x***", "# # x"): strip until none are left
        if not marks_in(text):
            return text
        before = text
        # Each pattern only where the marks it needs are: most lines with a mark have one kind.
        if text.startswith("#"):
            text = HEADING.sub(r"\1", text)
        if "](" in text:
            text = LINK.sub(r"\1", _unlinked_images(text))
        if "**" in text or "__" in text:
            text = STRONG.sub(_strong, text)
        if "*" in text:
            text = EMPHASIS.sub(r"\1", text)
        if "_" in text:
            text = UNDERSCORE.sub(r"\1", text)
        if text == before:
            break
    return text


def _unlinked_images(text: str) -> str:
    """Images out, and the links that held only an image ("[![Build](badge.svg)](https://ci…)").

    >>> _unlinked_images("[![Build](https://img.example.org/b.svg)](https://ci.example.org) Tools")
    ' Tools'
    >>> _unlinked_images("see [](https://example.org) and ![a map](map.png)")   # an empty link alone stays
    'see [](https://example.org) and '
    >>> _unlinked_images("* [![](https://img.example.org/a.jpg)](https://example.org/story)")
    ''
    """
    marked = IMAGE.sub("\x00", text)
    if marked == text:
        return text
    out = IMAGE_LINK.sub("", marked).replace("\x00", "")
    # a list item that was only such a link leaves no bare bullet ("* [![](a.jpg)](/story)")
    return "" if out.strip() in ("*", "-", "+") and text.strip()[:1] == out.strip() else out


def _strong(match: regex.Match) -> str:
    if match.group(1) == "__":
        name = DUNDER.match(match.string, match.start())
        if name and name.end() == match.end():
            return match.group()
    return match.group(2)


# A code fence: three backticks or tildes or more, alone on a line but for the code's language
# after the opening one, opens and closes a block of code (CommonMark; indented too, as in a
# list item).
FENCE = regex.compile(r"^[ \t]*(`{3,}|~{3,})([^`]*)$")


def fenced_code(lines: list[str]) -> set[int]:
    """The indices of the lines of the code blocks of Markdown ``lines``, fences included.

    A closing fence is of the opening one's character, at least as long, with nothing after it. A
    block left open runs to the end of the text (CommonMark), where the text has a closed one too:
    a lone stray fence in a copy hides nothing. A fence that names a language ("```rust") always
    opens a block: a bare fence before it closed a block begun before the text did.

    >>> fenced_code(["Sort the log:", "```sh", "sort | uniq -c | sort -rn", "```", "Done."])
    {1, 2, 3}
    >>> fenced_code(["```", "a stray fence", "and no other"])
    set()
    >>> sorted(fenced_code(["~~~~", "```", "~~~", "still code", "~~~~"]))
    [0, 1, 2, 3, 4]
    >>> sorted(fenced_code(["fn f() {}", "```", "Prose.", "```rust", "fn g() {}", "```", "```", "fn h() {"]))
    [3, 4, 5, 6, 7]
    """
    code: set[int] = set()
    opened = None
    for i, line in enumerate(lines):
        if "`" not in line and "~" not in line:
            continue
        fence = FENCE.match(line)
        if fence is None:
            continue
        mark, info = fence.group(1), fence.group(2).strip()
        if opened is None or (info and not opened[2] and mark[0] == "`"):
            if mark[0] == "~" or "`" not in info:
                opened = (i, mark, info)
        elif mark[0] == opened[1][0] and len(mark) >= len(opened[1]) and not info:
            code.update(range(opened[0], i + 1))
            opened = None
    if opened is not None and code:
        code.update(range(opened[0], len(lines)))
    return code


# A link to a place in the same text ("[Motivation](#motivation)"); any link's middle ("](").
ANCHOR_LINK = regex.compile(r"\[[^\]\n]+\]\(#[^)\s]*\)")
LIST_ITEM = regex.compile(r"^[ \t]*(?:[*+-]|\d{1,3}[.)])[ \t]+\S")
# A table of contents lists at least this many of the text's places.
CONTENTS_MIN_ITEMS = 3


def contents_lists(lines: list[str]) -> set[int]:
    """The indices of the lines of the tables of contents of Markdown ``lines``: runs of at least
    CONTENTS_MIN_ITEMS list items whose every link leads to a place in the same text. A page's
    menu leads to other pages; a lone "[Skip to content](#main)" is no table.

    >>> sorted(contents_lists(["## Outline", "- [Motivation](#motivation)", "  - [Teams](#teams)",
    ...                        "- [Audits](#audits)", "", "Text."]))
    [1, 2, 3]
    >>> contents_lists(["- [Home](/)", "- [News](#news)", "- [Sport](#sport)"])   # one leads away
    set()
    >>> contents_lists(["[Skip to content](#main)", "- [About](#about)", "- [Help](#help)"])
    set()
    """
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(lines + [""]):
        if "](#" in line and LIST_ITEM.match(line) and line.count("](") == len(ANCHOR_LINK.findall(line)):
            run.append(i)
            continue
        if len(run) >= CONTENTS_MIN_ITEMS:
            found.update(run)
        run = []
    return found
