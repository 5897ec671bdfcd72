"""Other tools' text cleaning, for benchmarks/compare.py: runs in an environment of their own.

The PyPI package clean-text installs a module named ``cleantext`` too, so these tools live in a
virtualenv of their own (benchmarks/others-requirements.txt) and this script runs there:

    python3 -m venv /tmp/others && /tmp/others/bin/pip install -r benchmarks/others-requirements.txt
    python benchmarks/compare.py --others /tmp/others/bin/python

It reads {"mode": "clean" | "mojibake", "texts": [...]} as JSON on standard input and writes
{"versions": {...}, "outputs": {tool: [text or null]}} (null: the tool raised). Each tool is set
up as its documentation suggests for the job, keeping letters, case and typography:

- "clean" (the whole job: damaged copies and PDF text in, clean text out)
  - ftfy: fix_text with its defaults.
  - clean-text: clean() with fix_unicode and normalize_whitespace, but not lower-casing nor ASCII
    (its defaults would fold every letter); URLs, e-mail addresses and numbers kept.
  - textacy: preprocessing.make_pipeline of normalize.unicode (NFC), normalize.hyphenated_words
    and normalize.whitespace.
  - unstructured: cleaners.core clean_ligatures, replace_unicode_quotes, group_broken_paragraphs,
    then clean_extra_whitespace per paragraph.
  - datatrove: FTFYFormatter, then C4QualityFilter's line filter (lines without terminal
    punctuation, of fewer than three words, with "javascript", policy boilerplate and citations
    go); its document filter (fewer than five sentences) is turned off, so that every document
    has an output.
- "mojibake" (undo the encoding damage alone): each tool's function for that: ftfy.fix_text,
  clean-text's fix_bad_unicode, unstructured's replace_unicode_quotes, datatrove's
  FTFYFormatter; textacy has none (normalize.unicode only composes).
"""
from __future__ import annotations

import functools
import json
import re
import sys
from importlib.metadata import version


def _ftfy(text: str) -> str:
    import ftfy

    return ftfy.fix_text(text)


def _clean_text(text: str) -> str:
    from cleantext import clean  # clean-text's module

    return clean(text, fix_unicode=True, to_ascii=False, lower=False, no_line_breaks=False,
                 normalize_whitespace=True)


def _clean_text_mojibake(text: str) -> str:
    from cleantext.clean import fix_bad_unicode

    return fix_bad_unicode(text)


@functools.lru_cache(maxsize=1)
def _textacy_pipeline():
    from textacy.preprocessing import make_pipeline, normalize

    return make_pipeline(functools.partial(normalize.unicode, form="NFC"), normalize.hyphenated_words,
                         normalize.whitespace)


def _textacy(text: str) -> str:
    return _textacy_pipeline()(text)


def _textacy_mojibake(text: str) -> str:
    from textacy.preprocessing import normalize

    return normalize.unicode(text, form="NFC")


def _unstructured(text: str) -> str:
    from unstructured.cleaners.core import (clean_extra_whitespace, clean_ligatures, group_broken_paragraphs,
                                            replace_unicode_quotes)

    text = group_broken_paragraphs(replace_unicode_quotes(clean_ligatures(text)))
    return "\n\n".join(clean_extra_whitespace(p) for p in re.split(r"\n\s*\n", text))


def _unstructured_mojibake(text: str) -> str:
    from unstructured.cleaners.core import replace_unicode_quotes

    return replace_unicode_quotes(text)


@functools.lru_cache(maxsize=1)
def _datatrove_steps():
    from datatrove.pipeline.filters import C4QualityFilter
    from datatrove.pipeline.formatters import FTFYFormatter

    return FTFYFormatter(), C4QualityFilter(min_num_sentences=-1)


def _datatrove(text: str) -> str:
    from datatrove.data import Document

    formatter, c4 = _datatrove_steps()
    doc = Document(text=formatter.format(text), id="0")
    kept = c4.filter(doc)
    return doc.text if kept is True or (isinstance(kept, tuple) and kept[0]) else ""


def _datatrove_mojibake(text: str) -> str:
    formatter, _ = _datatrove_steps()
    return formatter.format(text)


TOOLS = {
    "clean": {"ftfy": _ftfy, "clean-text": _clean_text, "textacy": _textacy, "unstructured": _unstructured,
              "datatrove": _datatrove},
    "mojibake": {"ftfy": _ftfy, "clean-text": _clean_text_mojibake, "textacy": _textacy_mojibake,
                 "unstructured": _unstructured_mojibake, "datatrove": _datatrove_mojibake},
}
PACKAGES = {"ftfy": "ftfy", "clean-text": "clean-text", "textacy": "textacy", "unstructured": "unstructured",
            "datatrove": "datatrove"}


def run(tool, text: str) -> str | None:
    try:
        return tool(text)
    except Exception:  # a tool that fails on a text scores nothing for it
        return None


def main() -> int:
    request = json.load(sys.stdin)
    outputs = {name: [run(tool, text) for text in request["texts"]] for name, tool in TOOLS[request["mode"]].items()}
    json.dump({"versions": {name: version(package) for name, package in PACKAGES.items()}, "outputs": outputs},
              sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
