"""A Markdown text's table of contents is its own: its links lead to the text's places, not to a
site's other pages (cleantext/markdown.py ``contents_lists``)."""
from __future__ import annotations

from pathlib import Path

from cleantext.markdown import contents_lists
from cleantext.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = ["Summary", "Motivation", "Top-level teams", "Term limits", "Candidate criteria", "Audits",
            "Feedback and evaluation"]


def design_document() -> str:
    body = (ROOT / "benchmarks" / "texts" / "gutenberg" / "katrine-1909.txt").read_text(encoding="utf-8")[:6000]
    paras = body.split("\n\n")[:-1]
    per = max(1, len(paras) // len(SECTIONS))
    toc = "\n".join(("  " if k % 3 else "") + f"- [{name}](#{name.lower().replace(' ', '-')})"
                    for k, name in enumerate(SECTIONS))
    parts = ["# A design document", "## Outline", toc]
    for k, name in enumerate(SECTIONS):
        parts += [f"## {name}"] + paras[k * per:(k + 1) * per]
    return "\n\n".join(parts) + "\n"


def test_the_contents_lines_are_found():
    lines = design_document().split("\n")
    found = contents_lists(lines)
    assert {i for i, line in enumerate(lines) if "](#" in line} == found


def test_a_table_of_contents_makes_no_web_page():
    text = design_document()
    result = Pipeline.default().run(text)
    assert result.report.get("removed", []) == []
    assert "A design document" in result.text
    assert all(result.text.count(name) >= 2 for name in SECTIONS)   # in the contents and as a heading


def test_a_site_menu_of_other_pages_is_no_table_of_contents():
    lines = ["- [Home](/)", "- [News](/news)", "- [Sport](/sport)", "- [Weather](#weather)"]
    assert contents_lists(lines) == set()
