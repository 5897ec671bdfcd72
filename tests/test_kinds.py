"""The kind of text a document holds (cleantext/kinds.py, rules/kinds.toml) and the stages it runs."""
import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cleantext import Pipeline, clean
from cleantext.kinds import forced_kind
from cleantext.rulefile import RuleError, RuleSet, load

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "tests" / "fixtures" / "pdf"
PIPELINE = Pipeline.default()


def dumps(page: str) -> dict:
    return json.loads(gzip.decompress((ROOT / "benchmarks" / "web" / f"{page}.json.gz").read_bytes()))["dumps"]


@pytest.mark.parametrize("page", ["bbc-1", "aclu", "ars-1"])
@pytest.mark.parametrize("dumper", ["lynx", "markdown", "w3m", "inscriptis", "html2text"])
def test_a_web_page_copy_is_web_whichever_dumper_wrote_it(page, dumper):
    report = PIPELINE.run(dumps(page)[dumper]).report
    assert report["kind"] == "web", (page, dumper, report["kind"])


def test_a_dump_without_link_marks_is_web_once_its_furniture_is_found():
    # w3m writes no link marks: nothing in the text's signs shows a page, its furniture does
    result = PIPELINE.run(dumps("aclu")["w3m"])
    assert result.report["kind"] == "web"
    assert result.document.kind_reason.startswith("the boilerplate stage found")


def test_a_web_page_copys_paragraphs_are_not_cut_into_columns():
    # inscriptis sets the page's paragraphs in their layout's columns of spaces; the columns
    # stage took them for side-by-side columns and cut each paragraph after its first words
    text = PIPELINE.run(dumps("aclu")["inscriptis"]).text
    assert "I don't use Facebook. I'm not technophobic" in text


@pytest.mark.parametrize("name, why", [
    ("harbour.pdftotext.txt", "form-feed"),          # pdftotext: a form feed after every page
    ("harbour.pypdf-nofeed.txt", "hyphen-wrap"),     # no page breaks, but words hyphenated at line ends
    ("twocol.tesseract.txt", "form-feed"),           # OCR of the pages
])
def test_page_text_is_page(name, why):
    result = PIPELINE.run((PDF / name).read_bytes())
    assert result.report["kind"] == "page"
    assert why in result.document.kind_reason


def test_markdown_and_prose():
    markdown = "# Ferry times\n\nThe ferry leaves at noon.\n\n- Monday\n- Tuesday\n\n## Fares\n\nTwo euros.\n"
    assert PIPELINE.run(markdown).report["kind"] == "markdown"
    prose = "The ferry sailed at noon.\n\nIt came back at six, as it always did.\n"
    assert PIPELINE.run(prose).report["kind"] == "prose"


def test_a_lynx_references_list_and_a_warc_header_show_a_web_page():
    lynx = ("The ferry sailed at noon.\n\nReferences\n\n   1. https://example.org/\n"
            "   2. https://example.org/news\n")
    assert PIPELINE.run(lynx).report["kind"] == "web"
    warc = "WARC/1.0\nWARC-Type: conversion\nWARC-Target-URI: https://example.org/\n\nThe ferry sailed.\n"
    assert PIPELINE.run(warc).report["kind"] == "web"


def test_the_kind_is_in_the_report_and_explained():
    result = PIPELINE.run("The ferry sailed at noon.\n", source="f.txt")
    assert result.report["kind"] == "prose"
    from cleantext.report import explain

    assert "f.txt: kind: prose (no sign of another kind)" in explain(result.document)


TOY = """[site]
name = "toy"

[pipeline]
stages = [
    {name = "decode"},
    {name = "dehyphenate", kinds = ["page"]},
    {name = "whitespace"},
]
"""


def test_a_stage_runs_only_for_the_kinds_it_is_declared_for():
    pipeline = Pipeline.default(texts=[("toy.toml", TOY)])
    text = "The ferry sailed from the har-\nbour at noon.\n"
    # prose: the declared stage is left out
    assert pipeline.run(text).report["kind"] == "prose"
    assert "har-" in pipeline.run(text).text
    assert "harbour" in pipeline.run(text, kind="page").text
    assert pipeline.run(text + "\f").report["kind"] == "page"


def test_a_stage_leaves_alone_the_inputs_it_is_declared_to_skip_by_how_they_were_read():
    toy = TOY.replace('kinds = ["page"]', 'kinds = ["page"], skip_read_from = ["windows-1252"]')
    pipeline = Pipeline.default(texts=[("toy.toml", toy)])
    text = "The caf\u00e9 ferry sailed from the har-\nbour at noon.\n"
    assert "harbour" in pipeline.run(text.encode("utf-8"), kind="page").text
    read_so = pipeline.run(text.encode("cp1252"), kind="page")
    assert read_so.report["encoding"] == "windows-1252" and "har-" in read_so.text


def test_the_default_pipeline_declares_which_stages_leave_a_pdfs_text_alone():
    skipping = {step.name for step in PIPELINE.stages if "pdf" in getattr(step, "skip_read_from", ())}
    # the PDF reader takes heads and feet by place and gives columns in order; its "*" was printed
    assert skipping == {"pages", "boilerplate", "markup", "unweave", "columns"}
    assert all("pdf" in step.skip_read_from for step in PIPELINE.stages if step.name == "markup")


def test_a_forced_kind_wins_over_the_signs():
    text = (PDF / "harbour.pdftotext.txt").read_text(encoding="utf-8")
    result = PIPELINE.run(text, kind="web")
    assert result.report["kind"] == "web" and result.document.kind_reason == "forced"
    with pytest.raises(ValueError, match="unknown kind 'pdf'"):
        PIPELINE.run(text, kind="pdf")


def test_no_hyphen_is_put_into_a_web_page_copys_words():
    # the words as the pages have them; restoring hyphens an extractor dropped made them
    # "man-like", "dead-wall" and "Google-Play"
    bartleby = PIPELINE.run(dumps("clean-links")["html2text"]).text
    assert "elderly_manlike" in bartleby and "profoundest deadwall" in bartleby
    # the tag line holding "GooglePlay" is furniture the boilerplate stage removes; without that
    # stage the line stays, and must stay as the page wrote it
    unboxed = Pipeline.default()
    unboxed.stages = [step for step in unboxed.stages if step.name != "boilerplate"]
    result = unboxed.run(dumps("links-in-tables")["inscriptis"])
    assert result.report["kind"] == "web" and "GooglePlay" in result.text


def test_the_forced_kind_from_the_command_line(tmp_path):
    report = tmp_path / "r.json"
    done = subprocess.run([sys.executable, "-m", "cleantext", "--kind", "page", "--report", str(report)],
                          input=b"The ferry sailed at noon.\n", capture_output=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(report.read_text(encoding="utf-8"))["kind"] == "page"
    assert forced_kind(RuleSet.load([ROOT / "cleantext" / "stages" / "kind-web.toml"])) == "web"


@pytest.mark.parametrize("declared, problem", [
    ('{name = "columns", kinds = ["page", "pdf"]}',
     'stage "columns": kinds: unknown kind "pdf" (kinds: web, markdown, page, prose)'),
    ('{name = "pages", skip_read_from = "pdf"}',
     'stage "pages": skip_read_from must be a list of how inputs were read (e.g. ["pdf"]), not \'pdf\''),
])
def test_a_bad_kind_or_skip_read_from_in_a_declaration_names_file_and_line(tmp_path, declared, problem):
    path = tmp_path / "mine.toml"
    path.write_text('[site]\nname = "mine"\n\n[pipeline]\nstages = [\n  {name = "decode"},\n'
                    f'  {declared},\n]\n', encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load(path)
    assert f"{path}:7: {problem}" in caught.value.problems


def test_a_kind_sign_is_checked_when_the_file_loads(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[site]\nname = "mine"\n\n[[kind.signs]]\nid = "x"\nkind = "leaflet"\npattern = "("\n',
                    encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load(path)
    problems = "\n".join(caught.value.problems)
    assert "leaflet" in problems and f'{path}:7: kind sign "x": pattern' in problems


def test_clean_takes_a_kind():
    assert clean("The ferry sailed at noon.\n", kind="web") == "The ferry sailed at noon.\n"


def test_a_books_title_page_does_not_make_it_a_web_page():
    # A title page holds what a web page holds too: a copyright notice, a list of the author's
    # other works, the publisher's towns set apart by bars. Above a whole book's text it is the
    # book's own; nothing of it, nor of the text, is taken away.
    body = (ROOT / "benchmarks" / "texts" / "gutenberg" / "katrine-1909.txt").read_text(encoding="utf-8")[:6000]
    body = body[:body.rfind("\n\n")] + "\n"
    title = ("THE MAGISTRATE\n\nA FARCE IN THREE ACTS\n\nBY ARTHUR W. PINERO\n\n_The Plays of Arthur W. Pinero_\n\n"
             "  * THE TIMES\n  * THE PROFLIGATE\n  * THE CABINET MINISTER\n  * THE HOBBY-HORSE\n  * LADY BOUNTIFUL\n\n"
             "BOSTON  |  NEW YORK  |  CHICAGO\n\n_Copyright 1912 by Arthur Pinero_\n\nAll rights reserved\n\n")
    result = PIPELINE.run(title + body)
    assert result.report.get("removed", []) == []
    assert "All rights reserved" in result.text and "LADY BOUNTIFUL" in result.text


def test_a_web_pages_copyright_footer_below_its_article_still_goes():
    body = (ROOT / "benchmarks" / "texts" / "gutenberg" / "katrine-1909.txt").read_text(encoding="utf-8")[:6000]
    body = body[:body.rfind("\n\n")] + "\n"
    page = ("* Home\n* News\n* Sport\n* Contact\n\n" + body
            + "\n* About us\n* Privacy\n* Terms\n\nCopyright 2024 Example Media. All rights reserved.\n")
    result = PIPELINE.run(page)
    assert "All rights reserved" not in result.text and "Privacy" not in result.text


def _book_with(block: str) -> str:
    body = (ROOT / "benchmarks" / "texts" / "gutenberg" / "katrine-1909.txt").read_text(encoding="utf-8")[:6000]
    paras = body.split("\n\n")[:-1]
    half = len(paras) // 2
    return "\n\n".join(paras[:half] + [block] + paras[half:]) + "\n"


@pytest.mark.parametrize("block", [
    # a table set in a fixed-width font, its columns parted by bars
    ("                   | Thrusts |          |  Butt\n                   |   and   |  Cuts.   |   of\n"
     "                   | lunges. |          | rifle.\nStomach            |    4    |          |   1\n"
     "Chest              |    3    |          |\nHead               |    3    |    2     |   3\n"),
    # a standard's grammar, its alternatives one under another
    ('   Method         = "OPTIONS"          ; Section 9.2\n                  | "GET"              ; Section 9.3\n'
     '                  | "HEAD"             ; Section 9.4\n                  | "POST"             ; Section 9.5\n'
     "                  | extension-method\n"),
])
def test_bars_under_one_another_are_a_table_not_a_menu(block):
    result = PIPELINE.run(_book_with(block))
    assert result.report.get("removed", []) == []


def test_a_menu_written_on_lines_is_still_a_menu():
    menu = "Home | News | Sport | Weather | Travel\nCulture | Business | Science | Contact us\n"
    page = menu + "\n" + _book_with("* About us\n* Privacy\n* Terms") + "\n" + menu
    removed = [e["text"] for e in PIPELINE.run(page).report.get("removed", [])]
    assert any("Home | News" in t for t in removed)


def test_a_list_within_the_texts_paragraphs_is_the_texts_own():
    # a manual names the packages to install, a book lists its contents after its preface: short
    # items, no sentences, as a menu's; but a page's menu stands above or below its article
    packages = "\n".join(f"     * {name}" for name in ("libc6-pic", "slang1-pic", "sysutils", "makedev",
                                                     "newt0.25", "zlib1g", "zlib1g-dev", "recode"))
    result = PIPELINE.run(_book_with(packages))
    assert result.report.get("removed", []) == []
    assert "zlib1g-dev" in result.text


def test_a_menu_above_the_article_still_goes():
    menu = "\n".join(f"  * {item}" for item in ("Home", "About", "How-to Guides", "Newsletter", "Contact"))
    page = menu + "\n\n" + _book_with("") + "\n" + menu.replace("Home", "FAQ") + "\n"
    removed = [e["text"] for e in PIPELINE.run(page).report.get("removed", [])]
    assert any("How-to Guides" in t for t in removed)


def test_page_text_is_left_to_the_page_stages_not_judged_as_a_web_page():
    # pdftotext 22.12's text of a 40-page German booklet (pdf2md dev set: CC-NC_Leitfaden.pdf,
    # Paul Klimpel, CC BY-NC 4.0): its headings, bullet lists and short lines read as a web page's
    # furniture, and the boilerplate stage took 741 lines of it as outside the "main text". Page
    # text gets its heads and feet from the pages stage; rules/default.toml runs boilerplate for
    # web, Markdown and prose only.
    text = (PDF / "pdf2md" / "CC-NC_Leitfaden.pdftotext.txt").read_text(encoding="utf-8")
    expected = (PDF / "pdf2md" / "CC-NC_Leitfaden.expected.txt").read_text(encoding="utf-8")
    result = PIPELINE.run(text)
    assert result.report["kind"] == "page"
    assert not [r for r in result.report["removed"] if r["rule"].startswith("boilerplate:")]
    assert len(result.text) > 0.9 * len(expected)
    assert "page" not in PIPELINE.stage("boilerplate").kinds
