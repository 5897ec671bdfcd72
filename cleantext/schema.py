"""The JSON Schema of a rule file: one source for validation and for the reference docs."""

from .document import KINDS  # the kinds of text (rules/kinds.toml): the [kind] table, a stage's kinds

CLASSES = [
    "banner", "header", "footer", "page-number", "widget", "appeal",
    "caption", "contact", "language-label", "markup", "menu", "other",
]
WHERE = ["head", "tail", "anywhere"]

_ID = {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
       "description": "kebab-case, stable, unique in the file; shown as site:id"}
_REGEX = {"type": "string", "description": "a regular expression ('regex' module syntax)"}

FURNITURE = {
    "type": "object",
    "description": "One kind of page furniture: a line pattern, a block from a start line to an end line, "
                   "or a mark cut out of lines that stay.",
    "properties": {
        "id": _ID,
        "class": {"enum": CLASSES, "description": "what the removed text is"},
        "pattern": dict(_REGEX, description="a regex searched in one line (stripped of outer white space)"),
        "start": dict(_REGEX, description="a block's first line"),
        "end": dict(_REGEX, description="a block's last line"),
        "mark": dict(_REGEX, description="a regex whose matches are cut out of a line that otherwise stays "
                     "(\"[edit]\" after a heading); a line left with nothing else is removed"),
        "max_lines": {"type": "integer", "minimum": 1, "maximum": 200,
                      "description": "a block longer than this is not removed (default 20)"},
        "where": {"enum": WHERE, "description": "head: before the first body paragraph; "
                  "tail: after the last one; anywhere (default)"},
        "description": {"type": "string"},
        "aliases": {"type": "array", "items": _ID, "description": "former ids of this rule"},
        "overrides": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*:[a-z0-9]+(-[a-z0-9]+)*$",
                      "description": "the id of another file's rule (\"generic:share-prompt\") that this "
                      "one replaces on the documents this file is chosen for; shown by rules list"},
        "enabled": {"type": "boolean", "description": "false: this rule takes nothing; with overrides, "
                    "it switches the named rule off (default true)"},
    },
    "required": ["id", "class"],
    "additionalProperties": False,
}

_NUMBER = {"type": "number", "minimum": 0}

BOILERPLATE = {
    "type": "object",
    "description": "Web page furniture judged by signals (rules/boilerplate.toml): thresholds and phrases. "
                   "A later file's keys replace an earlier one's; phrases are replaced by id.",
    "properties": {
        "languages": {"type": "array", "items": {"type": "string"},
                      "description": "languages whose most frequent words (wordfreq) are counted"},
        "teaser_ends": {"type": "array", "items": {"type": "string", "minLength": 1},
                        "description": "a paragraph ending so was cut short: a teaser, not prose of the page"},
        "stream_marks": {"type": "array", "items": {"type": "string", "minLength": 1},
                         "description": "ids of phrases whose lines (\"11 Comments\", a live blog's \"14:10\") mark the items of a stream of teasers"},
        "marks_only": {"type": "array", "items": {"type": "string", "minLength": 1},
                       "description": "ids of phrases whose lines mark a stream (a bare date) and are no furniture by themselves"},
        "thread_marks": {"type": "array", "items": {"type": "string", "minLength": 1},
                         "description": "ids of phrases whose lines (a date with a clock time) head or sign the posts of a comment thread"},
        "thread_heads": {"type": "array", "items": {"type": "string", "minLength": 1},
                         "description": "ids of phrases that head a comment thread (\"Comments\"): one ends the main text, whatever the share above, when the good blocks below stand alone"},
        "thread_titles": {"type": "array", "items": {"type": "string", "minLength": 1},
                          "description": "ids of phrases that close a post (its comments' heading by its title, \"48 Responses to “Title”\"; its tag line): one that does not come again ends the main text once min_main_words article-like words lie above; one that also marks a stream and stands on the page stream_min_marks times or more closes nothing"},
        "gap_heads": {"type": "array", "items": {"type": "string", "minLength": 1},
                      "description": "ids of phrases that head other pages' headlines (\"Related posts\"): one that does not come again ends the main text when end_gap_blocks blocks below it hold no article-like block"},
        "formula_tags": {"type": "array", "items": {"type": "string", "minLength": 1},
                         "description": "tag names of a formula's presentation markup (MathML): a unit of markup holding one is dropped"},
        "sentence_ends": {"type": "array", "items": {"type": "string", "minLength": 1},
                          "description": "a block ending in one of these (closing quotes aside) ends a sentence"},
        "cjk": {"type": "object", "properties": {
            "sentence_ends": {"type": "array", "items": {"type": "string", "minLength": 1},
                              "description": "marks that end a sentence in Han or kana text"},
            **{key: dict(_NUMBER, description=text) for key, text in [
                ("good_min_chars", "a paragraph in Han or kana that ends a sentence has this many of their characters"),
                ("good_min_chars_unended", "one that ends no sentence has this many"),
                ("punctuated_min_blocks", "a page with this many such paragraphs in a row that end a sentence punctuates its prose (0: never)"),
                ("good_min_chars_unended_punctuated", "on such a page a line that ends no sentence needs this many (a headline has fewer)"),
            ]},
        }, "additionalProperties": False,
            "description": "blocks in Han or kana: their length counted in characters, their sentence ends"},
        **{key: dict(_NUMBER, description=text) for key, text in [
            ("frequent_words", "how many of a language's most frequent words count"),
            ("language_min_words", "fewer distinct words in the lines that end a sentence: the language is read from all lines"),
            ("language_min_share", "no language's frequent words cover this share of the page's words: blocks are judged without a language's words"),
            ("good_min_words", "an article paragraph has at least this many words"),
            ("good_min_frequent", "and this share of frequent words"),
            ("near_min_frequent", "a paragraph with fewer frequent words but this share is prose only next to the main text"),
            ("good_min_words_unended", "an article paragraph that ends no sentence has at least this many words"),
            ("max_link_density", "a block with more of its words in links is a link list"),
            ("menu_min_items", "a list of at least this many short items is a menu"),
            ("menu_max_words_per_item", "words per item of a menu, at most"),
            ("max_title_case", "a block with a larger share of capitalised words is no paragraph"),
            ("wrapped_share", "a line this share of the page's long lines is a wrapped one"),
            ("repeated_min_words", "a short line of this many words found again on the page is furniture"),
            ("repeated_good_span", "a paragraph whose words occur again within this many blocks is furniture: a widget shown twice, as tabs (0: none)"),
            ("phrase_max_words", "phrases are looked for in blocks of at most this many words"),
            ("phrase_prose_min_words", "a block that ends a sentence this many words beyond a phrase's match, at least good_min_frequent of its words the language's frequent ones, is prose, not the phrase's furniture, unless the phrase has whole_line (0: never)"),
            ("short_weight", "main run: a short block counts this share of its words against"),
            ("short_cost", "main run: a short unit of few words (short_cost_max_words) counts this much more against"),
            ("short_cost_max_words", "words of a short unit that pays short_cost, at most"),
            ("lone_link_max_words", "a unit that is one link of at most this many words (lynx's [12] mark, Markdown's link, html2text's words_joined_by_underscores), alone between blank lines or a list item, between the main text's paragraphs: furniture (0: never)"),
            ("bad_weight", "main run: a furniture block counts this share of its words against"),
            ("bad_cost", "main run: and this much more"),
            ("lead_blocks", "short blocks just before the main run that stay (headline, byline)"),
            ("lead_max_words", "words of such a block, at most"),
            ("web_min_signals", "fewer lines in furniture blocks than this: not a web page, nothing removed"),
            ("min_main_words", "a main text under this many words is not judged"),
            ("stream_min_marks", "so many marked count lines at least make a stream of teasers"),
            ("thread_min_marks", "so many thread_marks lines at least, after main text enough to judge, make a thread that ends the main text"),
            ("thread_max_joined", "below a thread_heads phrase, at most this share of the good blocks stand next to another good block: a thread"),
            ("thread_first_post", "a post headed by a thread mark at the main text's start, with at most this many times the good words of the longest post below: a forum thread, kept whole"),
            ("end_min_share", "a phrase with ends_main ends the main text once this share of it lies above"),
            ("end_gap_blocks", "a phrase of gap_heads ends the main text, whatever the share above, when this many blocks below it hold no article-like block (0: never)"),
            ("gap_resume_blocks", "unless this many article-like blocks in a row lie below that stretch: the article goes on under a box of links inside it (0: never)"),
            ("teaser_max_words", "the main text's last blocks are a stream of other pages' teasers when each good block there has fewer words than this (0: never)"),
            ("teaser_min_count", "and there are at least this many of them, seldom two in a row"),
            ("markup_min_share", "a unit whose visible characters are this share markup (tags, TeX) is a formula or code: weighs nothing"),
        ]},
        "phrases": {"type": "array", "items": {
            "type": "object",
            "properties": {
                "id": _ID,
                "class": {"enum": CLASSES, "description": "what the removed text is"},
                "pattern": dict(_REGEX, description="searched in a short block's words, single-spaced"),
                "description": {"type": "string"},
                "enabled": {"type": "boolean", "description": "false switches off a phrase of the same id"},
                "as_written": {"type": "boolean",
                               "description": "searched in the block's text as written, punctuation kept (\"14:10\") and link marks aside, not in its words"},
                "whole_line": {"type": "boolean",
                               "description": "the phrase takes its block whatever follows it (a cookie notice, a copyright line): phrase_prose_min_words does not apply"},
                "ends_main": {"type": "boolean",
                              "description": "the main text ends at this phrase (Related, Comments), once most of it is above"},
            },
            "required": ["id", "class", "pattern"],
            "additionalProperties": False,
        }, "description": "phrases that mark a short block as furniture, shown as boilerplate:id"},
    },
    "additionalProperties": False,
}

EXAMPLE = {
    "type": "object",
    "description": "An input and the output the default pipeline must give with this file selected.",
    "properties": {
        "input": {"type": "string"},
        "output": {"type": "string"},
        "expect": {"enum": ["pass", "fail"], "description": "fail: a known gap, checked as a strict expected failure"},
        "description": {"type": "string"},
    },
    "required": ["input", "output"],
    "additionalProperties": False,
}

OCR = {
    "type": "object",
    "description": "What the ocr stage reads (rules/ocr/): letters OCR misreads, old spellings that stay, "
                   "words never changed. A later file adds to an earlier one.",
    "properties": {
        "script": {"type": "string", "description": "ISO 15924 script the table is for (default Latn)"},
        "enabled": {"type": "boolean", "description": "false turns the ocr stage off (a later file wins)"},
        "confusions": {"type": "array", "items": {
            "type": "object",
            "properties": {"seen": {"type": "string", "minLength": 1}, "meant": {"type": "string"},
                           "both": {"type": "boolean"}, "real_words": {"type": "boolean"}},
            "required": ["seen", "meant"], "additionalProperties": False},
            "description": "what the engine read and what was printed; both = either way"},
        "historical": {"type": "array", "items": {
            "type": "object", "properties": {"pattern": _REGEX, "replace": {"type": "string"}},
            "required": ["pattern", "replace"], "additionalProperties": False},
            "description": "rewrites to a modern form; a word whose modern form is common stays"},
        "units": dict(_REGEX, description="tokens with digits that are numbers, never misreadings"),
        "lexicon": {"type": "array", "items": {"type": "string"}, "description": "words never changed"},
    },
    "additionalProperties": False,
}

PDF = {
    "type": "object",
    "description": "What the dehyphenate stage knows of the programs that make PDFs (rules/pdf/). "
                   "A later file adds to an earlier one.",
    "properties": {
        "no_hyphenation": {"type": "array", "items": {
            "type": "object",
            "properties": {"pattern": _REGEX, "what": {"type": "string", "description": "the program, for people"}},
            "required": ["pattern"], "additionalProperties": False},
            "description": "programs that break lines only at spaces and at the text's own hyphens unless told "
                           "otherwise, found by a pattern searched in the PDF's Producer and Creator: a line-end "
                           "hyphen in their PDFs is the author's, unless the document shows breaks that only "
                           "a hyphenating program makes"},
    },
    "additionalProperties": False,
}

STAGE = {
    "type": "object",
    "description": "One stage of the pipeline and its options (keyword arguments of the stage).",
    "properties": {"name": {"type": "string"},
                   "kinds": {"type": "array", "items": {"type": "string"},
                             "description": "the stage runs only for documents of these kinds"},
                   "skip_read_from": {"type": "array", "items": {"type": "string"},
                                      "description": "the stage leaves alone inputs read so (\"pdf\": "
                                                     "read from a PDF; or an encoding's name)"}},
    "required": ["name"],
}

KIND = {
    "type": "object",
    "description": "How the pipeline tells what kind of text a document holds (rules/kinds.toml): "
                   "`web` (a web page copy), `markdown`, `page` (PDF or OCR page text) or `prose`. "
                   "Text read from a PDF is `page`; otherwise the signs are searched in the decoded text "
                   "in the order written, and the first found at least `min` times decides; with none, "
                   "`prose`. A `prose` or `markdown` document in which the boilerplate stage finds "
                   "furniture becomes `web` for the stages after it. A later file's sign replaces an "
                   "earlier one's of the same id.",
    "properties": {
        "force": {"enum": KINDS, "description": "every document is of this kind, whatever its signs "
                                                "(`cleantext --kind KIND`)"},
        "signs": {"type": "array", "items": {
            "type": "object",
            "properties": {
                "id": _ID,
                "kind": {"enum": KINDS, "description": "the kind this sign shows"},
                "pattern": dict(_REGEX, description="searched in the whole decoded text"),
                "min": {"type": "integer", "minimum": 1,
                        "description": "matches needed for the sign to decide (default 1)"},
                "min_share": dict(_NUMBER, description="and at least this many per non-blank line of the text"),
                "description": {"type": "string"},
                "enabled": {"type": "boolean", "description": "false switches off a sign of the same id"},
            },
            "required": ["id", "kind", "pattern"],
            "additionalProperties": False,
        }, "description": "what shows a kind, shown in the report's reasons as the sign's id"},
    },
    "additionalProperties": False,
}

LANGUAGE = {
    "type": "object",
    "description": "Which language a file of rules/lang/ is for (rules/lang/fa.toml).",
    "properties": {
        "code": {"type": "string", "description": "the language's code, as the language stage labels it (\"fa\")"},
        "also": {"type": "array", "items": {"type": "string"},
                 "description": "other codes the same settings serve (\"prs\" for Dari)"},
    },
    "required": ["code"],
    "additionalProperties": False,
}

NORMALIZE = {
    "type": "object",
    "description": "Spelling normalisation of the language's blocks, read by the persian stage "
                   "(each key a keyword of normalize_persian()); a later file's table wins.",
    "properties": {
        "yeh": {"type": "boolean", "description": "Arabic yeh (ي ى) becomes Persian ی (default true)"},
        "kaf": {"type": "boolean", "description": "Arabic kaf (ك) becomes Persian ک (default true)"},
        "kashida": {"type": "boolean", "description": "remove the stretching U+0640 (default true)"},
        "zwnj": {"type": "boolean", "description": "restore the zero-width non-joiner in the well-known "
                                                   "places (default true)"},
        "digits": {"enum": ["persian", "latin"], "description": "make digits uniform; absent: as written"},
    },
    "additionalProperties": False,
}

# What each option of each stage does, for the reference; the test suite checks that every
# option a stage takes is here and that nothing here is not an option.
STAGE_OPTIONS = {
    ("dehyphenate", "lang"): "the language whose hyphenation patterns (pyphen) judge a join",
    ("dehyphenate", "restore_dropped"): "put back hyphens an extractor dropped at line ends",
    ("dehyphenate", "restore_paged_only"): ("put them back only in text that shows pages (form feeds, "
                                            "as pdftotext writes them, or read from a PDF)"),
    ("furniture", "body_min_chars"): "a line at least this long is body text: head is before the "
                                     "first, tail after the last",
    ("furniture", "max_share"): "removals that would take more than this share of a document are "
                                "not applied (the over-deletion guard)",
    ("furniture", "share_min_chars"): "documents shorter than this skip the share check, but are "
                                      "never removed whole",
    ("furniture", "time_budget"): "seconds all rules together may spend on a document, per megabyte "
                                  "of text (at least once); past it the document is not cleaned",
    ("ocr", "scripts"): "the scripts (ISO 15924 codes) whose blocks the stage corrects, each with "
                        "its confusions in rules/ocr/",
    ("language", "detector"): "langdetect (default), lingua or langid (an extra: pip install cleantext[lingua])",
    ("unicode", "fold_typography"): "curly quotes and dashes become ASCII ones",
    ("unicode", "keep_layout"): "keep form feeds and runs of spaces for the stages that read the layout",
}


def stage_reference() -> list[str]:
    """The stages and their options as a Markdown table, from the stages' own signatures."""
    import inspect

    from .stages.base import known, lookup

    out = ["### Stages and their options", "",
           "A `[pipeline]` stage table is `name` plus any of these options; an unknown option or a "
           "value of the wrong type is an error when the file loads. Any stage also takes `kinds`, "
           "a list of the kinds of text (see `[kind]`) it runs for: `{name = \"columns\", kinds = "
           "[\"page\", \"prose\"]}` leaves web page copies and Markdown alone. And any stage takes "
           "`skip_read_from`, the inputs it leaves alone by how they were read (`\"pdf\"`: read from a "
           "PDF, or the name of the encoding the text was decoded from): in `rules/default.toml` the "
           "stages that find page furniture by repetition, put columns in order or read Markdown marks "
           "are declared with `skip_read_from = [\"pdf\"]`, since the PDF reader takes heads and feet "
           "by their place on the page, gives columns in reading order, and sets emphasis in a face.", "",
           "| stage | option | default | meaning |", "|---|---|---|---|"]
    for name in known():
        cls = lookup(name)
        # The docstring's first paragraph, whole: its first line alone can stop mid-sentence.
        what = " ".join(inspect.getdoc(cls).split("\n\n")[0].split()) if cls.__doc__ else ""
        options = [(k, v.default) for k, v in inspect.signature(cls).parameters.items()]
        if not options:
            out.append(f"| `{name}` | | | {what} |")
        for key, default in options:
            shown = {True: "true", False: "false"}.get(default, default) if isinstance(default, bool) else default
            value = f'"{shown}"' if isinstance(shown, str) and not isinstance(default, bool) else shown
            if isinstance(default, (tuple, list)):  # as a rule file writes it: a TOML array
                value = "[" + ", ".join(f'"{item}"' for item in default) + "]"
            out.append(f"| `{name}` | `{key}` | `{value}` | {STAGE_OPTIONS.get((name, key), '')} |")
    return out + [""]


SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "cleantext rule file",
    "type": "object",
    "properties": {
        "site": {
            "type": "object",
            "description": "Who the file is for. A file with no match applies to every document.",
            "properties": {
                "name": dict(_ID, description="kebab-case; rule ids are shown as name:id"),
                "match": {"type": "array", "items": _REGEX,
                          "description": "any match in the document selects the file"},
                "language": {"type": "string", "description": "the language of this site's documents (BCP-47): lines the language stage leaves und, written in that language's script, take it (confidence 0.5, evidence site-rule)"},
                "refine": {"type": "object", "additionalProperties": {"type": "string"},
                           "description": "language refinements, e.g. {fa = \"prs\"} for Dari"},
                "description": {"type": "string"},
            },
            "required": ["name"],
            "additionalProperties": False,
        },
        "pipeline": {
            "type": "object",
            "description": "Which stages run, in which order, with which options (rules/default.toml). "
                           "The last file loaded that declares one wins; a site file (one with a match) "
                           "cannot declare one.",
            "properties": {"stages": {"type": "array", "items": STAGE, "minItems": 1,
                                      "description": "tables of name = stage name, plus the stage's options"}},
            "required": ["stages"],
            "additionalProperties": False,
        },
        "language": LANGUAGE,
        "normalize": NORMALIZE,
        "detect": {"type": "object", "description": "how the language stage tells languages apart; read "
                                                     "from the built-in rules/lang/detect.toml only"},
        "inflections": {"type": "object", "description": "endings a word list may know a word without, by "
                                                          "language, for the dehyphenate stage; read from the "
                                                          "built-in rules/lang/inflections.toml only"},
        "furniture": {"type": "array", "items": FURNITURE},
        "boilerplate": BOILERPLATE,
        "kind": KIND,
        "ocr": OCR,
        "pdf": PDF,
        "examples": {"type": "array", "items": EXAMPLE},
    },
    "additionalProperties": False,
}


def reference() -> str:
    """The schema as Markdown tables, for docs/rules.md (``python -m cleantext.schema``)."""
    out = []
    sections = [("[site]", SCHEMA["properties"]["site"]), ("[pipeline]", SCHEMA["properties"]["pipeline"]),
                ("[[furniture]]", FURNITURE), ("[boilerplate]", BOILERPLATE), ("[kind]", KIND), ("[ocr]", OCR), ("[pdf]", PDF),
                ("[[examples]]", EXAMPLE),
                ("[language]", LANGUAGE), ("[normalize]", NORMALIZE)]
    for title, part in sections:
        out += [f"### `{title}`", "", part.get("description", ""), "",
                "| key | required | value | meaning |", "|---|---|---|---|"]
        for key, spec in part["properties"].items():
            if "enum" in spec:
                kind = " \\| ".join(f"`{v}`" for v in spec["enum"])
            else:
                kind = spec.get("type", "")
                if kind == "array":
                    kind = f"list of {spec['items'].get('type', 'table')}"
            required = "yes" if key in part.get("required", []) else ""
            out.append(f"| `{key}` | {required} | {kind} | {spec.get('description', '')} |")
        out.append("")
    out += stage_reference()
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    print(reference(), end="")
