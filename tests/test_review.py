"""`cleantext review`: the HTML page shows each removal in place, escaped, with the right counts."""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cleantext import Pipeline
from cleantext.cli import main
from cleantext.document import Document
from cleantext.review import render_document, render_page

SAMPLES = sorted(Path(__file__).parent.parent.joinpath("samples").glob("*.txt"))


class Struck(HTMLParser):
    """The text of each <del> element (a struck line) and all visible text of a page."""

    def __init__(self):
        super().__init__()
        self.struck: list[str] = []
        self.text: list[str] = []
        self._in_del = 0
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag == "del":
            self._in_del += 1
            self.struck.append("")
        if tag in ("style", "script", "title"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag == "del":
            self._in_del -= 1
        if tag in ("style", "script", "title"):
            self._skip -= 1

    def handle_data(self, data):
        if self._skip:
            return
        self.text.append(data)
        if self._in_del:
            self.struck[-1] += data


def parsed(page: str) -> Struck:
    parser = Struck()
    parser.feed(page)
    return parser


def run_samples():
    pipeline = Pipeline.default()
    return [pipeline.run(p.read_bytes(), str(p)).document for p in SAMPLES]


def test_every_removed_line_is_struck_with_its_rule_and_class():
    docs = run_samples()
    page = parsed(render_page(docs))
    expected = [f"{line}[{r.cls} · {r.rule}]" for d in docs for r in d.removed
                for line in r.text.split("\n")]
    # one struck element per removed input line, the line's own text then its class and rule id
    assert sorted(page.struck) == sorted(s if not s.startswith("[") else " " + s for s in expected)
    assert len(page.struck) > 0


def test_summary_counts_by_rule_and_class():
    docs = run_samples()
    page = render_page(docs)
    by_rule = Counter(r.rule for d in docs for r in d.removed)
    by_class = Counter(r.cls for d in docs for r in d.removed)
    assert by_rule and by_class
    for name, n in list(by_rule.items()) + list(by_class.items()):
        assert f"<tr><td>{html.escape(name)}</td><td>{n}</td></tr>" in page
    total = sum(by_rule.values())
    assert f"{len(docs)} documents, {total} removals" in page


def test_changed_lines_show_old_and_new():
    doc = Pipeline.default().run("Caf\u00c3\u00a9 au lait is a drink.\n", "x.txt").document
    assert doc.changes, "the mojibake stage should have changed the line"
    out = render_document(doc)
    change = doc.changes[0]
    assert f'<span class="old">{html.escape(change.before)}</span>' in out
    assert f'<span class="new">{html.escape(change.after)}</span>' in out


def test_warnings_are_flagged():
    doc = Document.from_text("one line\n", "w.txt")
    doc.warnings.append("furniture removals refused: they would take 90% of the document")
    out = render_document(doc)
    assert '<p class="refused">⚠ furniture removals refused: they would take 90% of the document</p>' in out


def test_hostile_document_cannot_inject_markup(tmp_path):
    evil = tmp_path / '<img src=x onerror="alert(1)">.txt'
    evil.write_text("<script>alert('x')</script>\n</del><b>bold</b> & more\n" + "Real text here. " * 20 + "\n")
    out = tmp_path / "review.html"
    assert main(["review", str(evil), "--out", str(out)]) == 0
    page = out.read_text()
    assert "<script>" not in page and "<b>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    visible = "".join(parsed(page).text)
    assert "<script>alert('x')</script>" in visible and "</del><b>bold</b> & more" in visible


def test_max_docs_shows_the_most_removed_and_says_so():
    docs = run_samples()
    removed = {d.source: sum(r.lines[1] - r.lines[0] + 1 for r in d.removed) for d in docs}
    page = render_page(docs, max_docs=2)
    shown = re.findall(r'<section class="doc" id="d\d+"><h2>(.*?)</h2>', page)
    assert len(shown) == 2
    assert sorted(removed.values(), reverse=True)[:2] == [removed[html.unescape(s)] for s in shown]
    assert f"Showing 2 of {len(docs)} documents" in page
    assert f"{len(docs)} documents," in page  # the summary still counts all


def test_errors_are_clear_and_inputs_safe(tmp_path, capsys):
    source = tmp_path / "a.txt"
    source.write_text("hello\n")
    assert main(["review", str(source), "--out", str(source)]) == 2
    assert source.read_text() == "hello\n"
    assert "would overwrite an input" in capsys.readouterr().err
    assert main(["review", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "r.html")]) == 2
    assert "missing.txt: no such file" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\nnot json\n')
    assert main(["review", str(bad), "--jsonl", "--out", str(tmp_path / "r.html")]) == 2
    assert "bad.jsonl:2: not a JSON object" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_jsonl_records_are_named_by_id(tmp_path):
    data = tmp_path / "c.jsonl"
    data.write_text('{"id": "rec-7", "text": "Some text of a record.\\n"}\n')
    out = tmp_path / "r.html"
    assert main(["review", str(data), "--jsonl", "--out", str(out)]) == 0
    assert f"<h2>{html.escape(str(data))}:rec-7</h2>" in out.read_text()


def test_a_record_holding_unicode_line_separators_is_one_record(tmp_path):
    # JSON written with ensure_ascii=False (as cleantext writes it) keeps U+0085 and U+2028 raw
    # inside a string: only a line feed ends a record.
    data = tmp_path / "c.jsonl"
    data.write_text(json.dumps({"id": "r1", "text": "One\u0085two\u2028three.\n"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["review", str(data), "--jsonl", "--out", str(out)]) == 0
    assert f"{html.escape(str(data))}:r1" in out.read_text(encoding="utf-8")


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def test_page_in_a_headless_browser(tmp_path):
    browser = _chromium()
    if browser is None:
        if os.environ.get("CLEANTEXT_REQUIRE_BROWSER"):
            pytest.fail("CLEANTEXT_REQUIRE_BROWSER is set but no chromium is installed")
        pytest.skip("no chromium on the PATH (apt-get install chromium); the page was not opened in a browser")
    docs = run_samples()
    out = tmp_path / "review.html"
    assert main(["review", *map(str, SAMPLES), "--out", str(out)]) == 0
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,1600"]
    shot = tmp_path / "review.png"
    subprocess.run([*flags, f"--screenshot={shot}", out.as_uri()], capture_output=True, timeout=120)
    assert shot.stat().st_size > 10_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    print(f"screenshot of the review page: {shot}")
    dom = subprocess.run([*flags, "--dump-dom", out.as_uri()], capture_output=True, timeout=120,
                         text=True).stdout
    page = parsed(dom)
    visible = " ".join(page.text)
    for d in docs:
        for r in d.removed:
            first = r.text.split("\n")[0]
            assert any(s.startswith(first) and s.endswith(f"[{r.cls} · {r.rule}]") for s in page.struck), r
    total = sum(len(d.removed) for d in docs)
    assert f"{len(docs)} documents, {total} removals" in visible
    for rule, n in Counter(r.rule for d in docs for r in d.removed).items():
        assert re.search(rf"{re.escape(rule)}\s+{n}\b", visible), rule
