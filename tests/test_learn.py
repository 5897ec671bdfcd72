"""`cleantext rules learn`: a site rule file learned from pages of the site."""
import json
import random
import textwrap
from pathlib import Path

import regex

from cleantext.cli import main
from cleantext.pipeline import Pipeline
from cleantext.rulefile import RuleSet, load

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPHS = [p.strip() for path in sorted((ROOT / "tests" / "gold").glob("*.txt"))
              for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 150]
MONTHS = ["January", "February", "April", "July", "September", "December"]
NAMES = ["Anna Berg", "John Smith", "Mary Ann Lee", "Peter Olsen", "Kim Park", "Lou Ortiz Vega"]


def harbour(rng: random.Random, body: list[str]) -> str:
    related = "\n".join(f"* {rng.choice(PARAGRAPHS)[:48].strip()}" for _ in range(3))
    return (f"Harbour Gazette\nHome > {rng.choice(['World', 'Politics', 'Sport'])} > Article\n"
            f"By {rng.choice(NAMES)}\n{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2015, 2024)}\n"
            f"{rng.randint(2, 300)} comments\n\n" + "\n\n".join(body) +
            f"\n\nRelated stories\n{related}\n© 2024 Harbour Gazette. All rights reserved.\n")


def valley(rng: random.Random, body: list[str]) -> str:
    return (f"VALLEY POST | {rng.choice(['News', 'Opinion', 'Arts'])}\nPosted {rng.randint(1, 12)}/{rng.randint(1, 28)}/2023"
            f" at {rng.randint(1, 12)}:{rng.randint(10, 59)}\n\n" + "\n\n".join(body) +
            f"\n\nShare this article ({rng.randint(3, 900)} shares)\nValley Post, 12 Mill Road\n")


def pages(template, n: int, seed: int) -> list[tuple[str, list[str]]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        body = rng.sample(PARAGRAPHS, 3)
        out.append((template(rng, body), body))
    return out


def write(folder: Path, made) -> Path:
    folder.mkdir()
    for k, (text, _) in enumerate(made):
        (folder / f"page{k:02}.txt").write_text(text, encoding="utf-8")
    return folder


def learned(tmp_path, capsys, template=harbour, name="harbour") -> Path:
    folder = write(tmp_path / name, pages(template, 20, 1))
    out = tmp_path / f"{name}.toml"
    assert main(["rules", "learn", str(folder), "--site", name, "--out", str(out)]) == 0
    assert f"{out}:" in capsys.readouterr().out
    return out


def test_a_learned_file_passes_check_and_test(tmp_path, capsys):
    out = learned(tmp_path, capsys)
    assert main(["rules", "check", str(out)]) == 0
    assert main(["rules", "test", str(out)]) == 0
    assert " 0 failed" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert "# seen on 20 of 20 pages" in text
    assert "[[examples]]" in text and "start = " in text  # the related-stories box as a block


def test_varying_dates_counts_and_bylines_are_generalised(tmp_path, capsys):
    rules = load(learned(tmp_path, capsys))
    patterns = [r.pattern for r in rules.furniture if r.pattern is not None]
    # Lines never on the pages learned from: another date, count, byline and section.
    for unseen in ["30 March 1999", "4521 comments", "By Zoe Quist", "Home > Culture > Article"]:
        assert any(p.search(unseen) for p in patterns), unseen
    where = {r.where for r in rules.furniture if r.pattern is not None and r.pattern.search("30 March 1999")}
    assert where == {"head"}


def test_article_text_is_never_learned_and_unseen_pages_keep_it(tmp_path, capsys):
    out = learned(tmp_path, capsys)
    rules = load(out)
    for paragraph in PARAGRAPHS:
        for rule in rules.furniture:
            assert not (rule.pattern and rule.pattern.search(paragraph)), (rule.rule_id, paragraph[:60])
    pipeline = Pipeline.default([out])
    for text, body in pages(harbour, 5, 99):  # pages not learned from
        cleaned = pipeline.run(text.encode("utf-8")).text
        for paragraph in body:
            assert " ".join(paragraph.split()) in " ".join(cleaned.split())
        assert "comments" not in cleaned and "Related stories" not in cleaned and "Harbour Gazette" not in cleaned
        assert "* " not in cleaned  # the box's changing titles went with it


def test_the_match_does_not_select_another_sites_pages(tmp_path, capsys):
    out = learned(tmp_path, capsys)
    ruleset = RuleSet([load(out)])
    assert all(ruleset.select(text) for text, _ in pages(harbour, 5, 7))
    assert not any(ruleset.select(text) for text, _ in pages(valley, 10, 7))
    assert not any(ruleset.select(p) for p in PARAGRAPHS)


def test_corpus_mode_writes_one_file_per_site(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as f:
        for k, (text, _) in enumerate(pages(harbour, 12, 3)):
            f.write(json.dumps({"url": f"https://www.harbour.example/a/{k}", "text": text}) + "\n")
        for k, (text, _) in enumerate(pages(valley, 12, 4)):
            f.write(json.dumps({"url": f"http://valley.example/{k}.html", "text": text}) + "\n")
        for k, paragraph in enumerate(PARAGRAPHS[:2]):
            f.write(json.dumps({"url": f"http://tiny.example/{k}", "text": paragraph}) + "\n")
    outdir = tmp_path / "learned"
    assert main(["rules", "learn", str(corpus), "--jsonl", "--site-field", "url", "--out-dir", str(outdir)]) == 0
    said = capsys.readouterr().out
    assert sorted(p.name for p in outdir.iterdir()) == ["harbour-example.toml", "valley-example.toml"]
    assert regex.search(r"^harbour\.example: \d+ rules from 12 pages", said, flags=regex.M)
    assert "tiny.example: 2 pages, fewer than 5; skipped" in said
    assert main(["rules", "check", str(outdir)]) == 0 and main(["rules", "test", str(outdir)]) == 0
    valley_rules = RuleSet([load(outdir / "valley-example.toml")])
    assert not any(valley_rules.select(text) for text, _ in pages(harbour, 5, 8))


def test_out_is_never_overwritten_unless_forced(tmp_path, capsys):
    out = learned(tmp_path, capsys)
    before = out.read_text(encoding="utf-8")
    assert main(["rules", "learn", str(tmp_path / "harbour"), "--site", "harbour", "--out", str(out)]) == 2
    assert "exists; not overwritten" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == before
    assert main(["rules", "learn", str(tmp_path / "harbour"), "--site", "harbour", "--out", str(out),
                 "--share", "0.9", "--force"]) == 0
    assert list(tmp_path.glob(".learn-*")) == []  # no temporary file left behind


def test_out_naming_an_input_page_is_refused_even_forced(tmp_path, capsys):
    folder = write(tmp_path / "harbour", pages(harbour, 20, 1))
    page = folder / "page03.txt"
    before = page.read_bytes()
    for out in (page, folder / "." / "page03.txt"):
        assert main(["rules", "learn", str(folder), "--site", "harbour", "--out", str(out), "--force"]) == 2
        assert "would overwrite an input" in capsys.readouterr().err
        assert page.read_bytes() == before
    named = tmp_path / "one.txt"
    named.write_bytes(before)
    assert main(["rules", "learn", str(folder), str(named), "--site", "harbour", "--out", str(named),
                 "--force"]) == 2
    assert named.read_bytes() == before


def test_clear_errors_for_too_few_pages_and_bad_records(tmp_path, capsys):
    folder = write(tmp_path / "few", pages(harbour, 3, 1))
    assert main(["rules", "learn", str(folder), "--site", "few"]) == 2
    assert "3 pages; at least 5 are needed" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "a"}\n{"body": "b"}\n', encoding="utf-8")
    assert main(["rules", "learn", str(bad), "--jsonl", "--site", "x"]) == 2
    assert f"{bad}:2: not a JSON record with a 'text' field" in capsys.readouterr().err
    assert not (tmp_path / "few.toml").exists()


def test_a_box_that_reads_like_running_text_is_not_learned_as_a_block(tmp_path, capsys):
    rng = random.Random(5)
    folder = tmp_path / "prose"
    folder.mkdir()
    for k in range(12):
        body = rng.sample(PARAGRAPHS, 3)
        # Between the two repeated lines: sentences of an article, shorter than a body paragraph.
        inside = "\n".join(" ".join(rng.choice(PARAGRAPHS).split()[:14]).rstrip(",;:") + "." for _ in range(3))
        (folder / f"p{k}.txt").write_text("Prose Weekly online edition\n\n" + "\n\n".join(body) +
                                          f"\n\nEditor's note\n{inside}\nProse Weekly online edition ends here\n",
                                          encoding="utf-8")
    out = tmp_path / "prose.toml"
    assert main(["rules", "learn", str(folder), "--site", "prose", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "^Editor's note$" in text.replace("\\'", "'") and "start = " not in text


def weekly(rng: random.Random, body: list[str]) -> str:
    """A weather strip above the masthead, an author's box of changing titles under the article."""
    name = rng.choice(NAMES)
    titles = "\n".join(f"- {' '.join(rng.choice(PARAGRAPHS).split()[:6])}" for _ in range(rng.randint(2, 4)))
    return (f"{rng.randint(-9, 30)}°C {rng.choice(['Fog', 'Rain', 'Sunny'])} | {rng.choice(['Monday', 'Friday'])}\n\n"
            "THE WEEKLY LEDGER\n\n" + "\n\n".join(body) +
            f"\n\nMore from {name}\n{titles}\n\nWeekly Ledger | Subscribe | Contact us\n")


def test_a_box_framed_by_learned_lines_is_removed_whole(tmp_path, capsys):
    # "More from NAME" and the footer are learned lines as well as the box's frame: the block
    # comes first in the file, or the lines would take its frame and leave the titles behind.
    out = learned(tmp_path, capsys, weekly, "weekly")
    rules = load(out)
    kinds = ["block" if r.start is not None else "line" for r in rules.furniture]
    assert "block" in kinds and kinds.index("block") < kinds.index("line")
    pipeline = Pipeline.default([out])
    for text, body in pages(weekly, 5, 99):
        cleaned = pipeline.run(text.encode("utf-8")).text
        assert "More from" not in cleaned and "\n- " not in f"\n{cleaned}"
        assert all(" ".join(p.split()) in " ".join(cleaned.split()) for p in body)


def test_a_measure_with_its_unit_is_generalised(tmp_path, capsys):
    rules = load(learned(tmp_path, capsys, weekly, "weekly"))
    strip = [r for r in rules.furniture if r.pattern is not None and r.pattern.search("12°C Fog | Monday")]
    assert strip and strip[0].where == "head"
    # Temperatures, signs and conditions never seen on the pages learned from.
    for unseen in ["-31°C Hail | Friday", "+4°C Sleet | Sunday", "104°C Sunny | Monday"]:
        assert strip[0].pattern.search(unseen), unseen
    assert not strip[0].pattern.search("12 Fog | Monday")  # the unit stays


def test_the_guides_learn_commands_run_as_written(tmp_path, monkeypatch):
    """docs/rules.md's three ways to call `rules learn`, each on pages of the kind it names."""
    import shlex

    guide = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    block = regex.search(r"```sh\n(cleantext rules learn .*?)```", guide, flags=regex.S).group(1)
    lines = block.splitlines()
    assert len(lines) == 3
    for k, line in enumerate(lines):
        folder = tmp_path / str(k)
        folder.mkdir()
        write(folder / "pages", pages(harbour, 20, 1))
        records = [{"url": f"https://www.harbour.example/a/{n}", "text": text} for n, (text, _) in
                   enumerate(pages(harbour, 12, 3))]
        records += [{"url": f"http://valley.example/{n}.html", "text": text} for n, (text, _) in
                    enumerate(pages(valley, 12, 4))]
        (folder / "site.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records[:12]), encoding="utf-8")
        (folder / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        command = shlex.split(line, comments=True)
        assert command[:3] == ["cleantext", "rules", "learn"]
        before = set(folder.iterdir())
        monkeypatch.chdir(folder)
        assert main(command[1:]) == 0, line
        written = sorted(set(folder.iterdir()) - before)
        assert written, f"{line}: wrote nothing"
        for path in written:
            assert main(["rules", "check", str(path)]) == 0 and main(["rules", "test", str(path)]) == 0



HEADINGS = ["Early years", "Work", "Travels", "Later life", "Reception", "Sources", "Method", "Results"]


def notes(rng: random.Random, body: list[str]) -> str:
    """A reference site: a mark after every section heading, a numbered list of sources under the
    article, bulleted links, and a "LIVE:" strip above the masthead."""
    sections = rng.sample(HEADINGS, len(body))
    parts = [f"{heading} (hide)\n\n{paragraph}" for heading, paragraph in zip(sections, body)]
    sources = "\n".join(f"{k}. ↑ {rng.choice(NAMES)}: {' '.join(rng.choice(PARAGRAPHS).split()[:rng.randint(3, 9)])} "
                        f"({rng.randint(1900, 2020)})" for k in range(1, rng.randint(2, 6)))
    links = "\n".join(f"* [{rng.randint(1, 99)}]{' '.join(rng.choice(PARAGRAPHS).split()[:rng.randint(2, 7)])}"
                      for _ in range(rng.randint(1, 4)))
    live = " · ".join(" ".join(rng.choice(PARAGRAPHS).split()[:5]) for _ in range(rng.randint(1, 2)))
    return (f"LIVE: {live}\nNOTES AND QUERIES ONLINE\n\n" + "\n\n".join(parts) +
            f"\n\nSources\n\n{sources}\n\nSee also\n\n{links}\n\nNotes and Queries Online, a reader-written reference\n")


def test_a_mark_after_changing_lines_is_cut_and_the_lines_stay(tmp_path, capsys):
    out = learned(tmp_path, capsys, notes, "notes")
    rules = load(out)
    marks = [r for r in rules.furniture if r.mark is not None]
    assert len(marks) == 1 and marks[0].mark.search("Anything at all (hide)")
    assert main(["rules", "check", str(out)]) == 0 and main(["rules", "test", str(out)]) == 0
    pipeline = Pipeline.default([out])
    for text, body in pages(notes, 5, 99):
        cleaned = pipeline.run(text.encode("utf-8")).text
        assert "(hide)" not in cleaned
        headings = [line for line in cleaned.splitlines() if line in HEADINGS]
        assert len(headings) == len(body)  # each heading stays, without its mark
        assert all(" ".join(p.split()) in " ".join(cleaned.split()) for p in body)
    # A mark inside a line is no mark after it, nor is one after the same line on every page.
    assert not marks[0].mark.search("The mark (hide) here")


def test_numbered_and_bulleted_lists_of_changing_entries_are_generalised(tmp_path, capsys):
    rules = load(learned(tmp_path, capsys, notes, "notes"))
    patterns = [r.pattern for r in rules.furniture if r.pattern is not None and r.where == "tail"]
    # Entries never seen: other numbers, names, titles of other lengths, other link numbers.
    for unseen in ["17. ↑ Zoe Quist: A title never seen before (1887)", "* [314]Quite another page",
                   "3. ↑ Li Wu: One (2001)"]:
        assert any(p.search(unseen) for p in patterns), unseen
    for prose in ["17. The ferry sailed at noon (1887)", "* Quite another page", "[314]Quite another page"]:
        assert not any(p.search(prose) for p in patterns), prose


def test_a_labelled_line_run_together_with_the_next_stays_in_the_head(tmp_path, capsys):
    out = learned(tmp_path, capsys, notes, "notes")
    pipeline = Pipeline.default([out])
    for text, body in pages(notes, 5, 99):
        # The strip wrapped and joined with the masthead: one line of body length.
        long = text.replace("\nNOTES AND QUERIES ONLINE\n", " " + " · ".join(["Ferry sails at noon again today"] * 4) +
                            " NOTES AND QUERIES ONLINE\n", 1)
        assert len(long.split("\n", 1)[0]) > 120
        cleaned = pipeline.run(long.encode("utf-8")).text
        assert "LIVE:" not in cleaned and "Ferry sails" not in cleaned
        assert all(" ".join(p.split()) in " ".join(cleaned.split()) for p in body)


PLACES = ["Oslo", "Cork", "Turin", "Accra", "Perth", "Kobe"]


def daily(rng: random.Random, body: list[str]) -> str:
    """A paper whose credit line, above the dateline, takes one of several shapes, none on half
    of the pages; its menu's items are set apart by runs of spaces."""
    credit = rng.choice([
        f"Words: {rng.choice(NAMES)}",
        f"{rng.choice(NAMES)} with {rng.choice(NAMES)} at {rng.choice(PLACES)}",
        f"Reported from {rng.choice(PLACES)}",
        f"Words: {rng.choice(NAMES)} · {rng.choice(['Sports Desk', 'Night Editor', 'Foreign Staff'])}",
    ])
    return (f"THE DAILY LANTERN\nHome   Local   Sport   Letters\n\n{' '.join(rng.choice(PARAGRAPHS).split()[:6])}\n"
            f"{credit}\nFiled {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2015, 2024)}\n\n"
            + "\n\n".join(body) + "\n\nThe Daily Lantern · Letters to the editor\n")


def test_a_place_whose_lines_vary_among_a_few_shapes_is_learned_shape_by_shape(tmp_path, capsys):
    out = learned(tmp_path, capsys, daily, "daily")
    rules = load(out)
    patterns = [r.pattern for r in rules.furniture if r.pattern is not None]
    # Credit lines never seen: other names and places, in each of the shapes.
    for unseen in ["Words: Zoe Quist", "Ida Lund with Bo Krag at Bergen", "Reported from Lagos",
                   "Words: Zoe Quist · Picture Desk"]:
        assert any(p.search(unseen) and r.where == "head" for p, r in
                   ((r.pattern, r) for r in rules.furniture if r.pattern is not None)), unseen
    # Not a shape of its own: a headline over the credit, nor a line of prose.
    assert not any(p.search("Ferry Sails at Noon") for p in patterns)
    assert not any(p.search("The ferry sailed with the mail at dawn") for p in patterns)
    pipeline = Pipeline.default([out])
    for text, body in pages(daily, 5, 99):
        # The layout's runs of spaces closed up, as a stage that touches the line may do.
        cleaned = pipeline.run(text.replace("Home   Local", "Home Local").encode("utf-8")).text
        assert "Home" not in cleaned and "Filed" not in cleaned
        assert all(" ".join(p.split()) in " ".join(cleaned.split()) for p in body)


def pager(rng: random.Random, body: list[str]) -> str:
    """A serial whose two closing lines are set on one line on some pages (a narrower layout)."""
    posted = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2015, 2024)}"
    counter = f"Read by {rng.randint(10, 9999)} subscribers"
    closing = f"{posted} {counter}" if rng.random() < 0.3 else f"{posted}\n{counter}"
    return (f"SERIAL SHELF\nPart {rng.randint(2, 60)}\n\n" + "\n\n".join(body) +
            f"\n\n{closing}\n\nSerial Shelf, stories by post\n")


def test_two_learned_lines_run_together_are_learned_together(tmp_path, capsys):
    out = learned(tmp_path, capsys, pager, "pager")
    rules = load(out)
    patterns = [r.pattern for r in rules.furniture if r.pattern is not None]
    # One rule made of the two: the line as joined, a date and a count never seen.
    assert any(p.search("30 May 1999 Read by 12345 subscribers") for p in patterns)
    assert not any(p.search("30 May 1999 Read by many subscribers") for p in patterns)
    pipeline = Pipeline.default([out])
    for text, body in pages(pager, 8, 99):
        cleaned = pipeline.run(text.encode("utf-8")).text
        assert " ".join(cleaned.split()) == " ".join(" ".join(body).split())  # the article alone


SECTIONS = ["Harbour", "Old town", "Markets", "Ferries", "Weather"]


def herald(rng: random.Random, body: list[str]) -> str:
    """A paper whose template shows some of its lines on a third of the pages only: a note naming
    a section and another page, a date alone where other pages have a filed line, and a label
    between paragraphs on two pages in five."""
    head = "THE WEEKLY HERALD\nNews | Port | Letters\n\n" + " ".join(rng.choice(PARAGRAPHS).split()[:5]) + "\n"
    if rng.random() < 0.35:
        head += (f'"{rng.choice(SECTIONS)}" leads here. For the other page, see '
                 f"{' '.join(rng.choice(PARAGRAPHS).split()[:rng.randint(2, 6)])}.\n")
    head += (f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2009, 2024)}\n" if rng.random() < 0.35 else
             f"Filed by {rng.choice(NAMES)} at {rng.randint(1, 12)}:{rng.randint(10, 59)}\n")
    label = f"\n\nContinue reading: {' '.join(rng.choice(PARAGRAPHS).split()[:rng.randint(3, 6)])}" if rng.random() < 0.4 else ""
    return head + "\n" + body[0] + label + "\n\n" + "\n\n".join(body[1:]) + "\n\nThe Weekly Herald, Quay Street\n"


def test_lines_on_a_third_of_the_pages_are_learned_by_evidence(tmp_path, capsys):
    # Each kind is on fewer than half of the pages learned from, on pages whose articles differ.
    made = pages(herald, 20, 1)
    texts = [text for text, _ in made]
    share = {kind: sum(bool(regex.search(p, t, flags=regex.M)) for t in texts) / 20 for kind, p in
             [("note", "leads here"), ("date", r"^\w+ \d+, \d+$"), ("label", "^Continue reading:")]}
    assert all(0.25 <= v < 0.5 for v in share.values()), share
    out = learned(tmp_path, capsys, herald, "herald")
    rules = load(out)
    patterns = [r.pattern for r in rules.furniture if r.pattern is not None]
    # Lines of each kind never seen: another section, page title, date and label title.
    for unseen in ['"Lighthouse" leads here. For the other page, see Gulls over the pier.',
                   '"Old quay" leads here. For the other page, see It.', "March 30, 1999",
                   "Continue reading: A title of seven words never seen"]:
        assert any(p.search(unseen) for p in patterns), unseen
    for prose in ["The gulls came here for the other page", "It was 1999, 2000", "Continue reading"]:
        assert not any(p.search(prose) for p in patterns), prose
    pipeline = Pipeline.default([out])
    for text, body in pages(herald, 8, 99):
        cleaned = pipeline.run(text.encode("utf-8")).text
        assert "leads here" not in cleaned and "Continue reading" not in cleaned
        assert not regex.search(r"^\w+ \d+, \d+$", cleaned, flags=regex.M)
        assert all(" ".join(p.split()) in " ".join(cleaned.split()) for p in body)


def test_a_line_repeated_with_a_repeated_article_is_no_evidence(tmp_path, capsys):
    from cleantext.rulelearn import learn

    rng = random.Random(3)
    texts = ["THE WEEKLY HERALD\n\n" + "\n\n".join(rng.sample(PARAGRAPHS, 3)) + "\n\nQuay Street\n"
             for _ in range(14)]
    # The same story six times under a pull quote, and six other stories under another.
    story = rng.sample(PARAGRAPHS, 3)
    texts += ["THE WEEKLY HERALD\nEditor's pick: the ferry at dawn\n\n" + "\n\n".join(story) + "\n\nQuay Street\n"
              for _ in range(6)]
    texts[:6] = [t.replace("HERALD\n", "HERALD\nSpecial offer for regatta readers\n", 1) for t in texts[:6]]
    rules, _ = learn(texts)
    patterns = [regex.compile(r.pattern) for r in rules if r.pattern]
    assert any(p.search("Special offer for regatta readers") for p in patterns)
    assert not any(p.search("Editor's pick: the ferry at dawn") for p in patterns)


def test_learned_lines_run_together_in_a_way_never_seen_are_taken(tmp_path, capsys):
    out = learned(tmp_path, capsys, notes, "notes")
    pipeline = Pipeline.default([out])
    for text, body in pages(notes, 5, 99):
        # The tail's heading with the first link, the last link with the footer, as no page learned
        # from had them.
        head = text.split("\n\nSee also\n\n")[0]
        joined = text.replace("\n\nSee also\n\n", "\n\nSee also ").replace("\n\nNotes and Queries Online,",
                                                                        " Notes and Queries Online,")
        cleaned = pipeline.run(joined.encode("utf-8")).text
        assert "See also" not in cleaned and "Notes and Queries Online" not in cleaned and "* [" not in cleaned
        assert all(" ".join(p.split()) in " ".join(cleaned.split()) for p in body)
        # Article text that starts like a learned line is no run of learned lines.
        prose = head + "\n\nSee also the paragraph above, which the ferry's log keeps in full.\n"
        assert "See also the paragraph above" in pipeline.run(prose.encode("utf-8")).text


def tally(rng: random.Random, body: list[str]) -> str:
    """A board of questions dumped at 40 columns: an "Opened ... Seen N times" line, of nearly the
    column's width, and a score above each paragraph, which the reflow stage runs together with
    the paragraph after them (a full line runs on across a blank line into a number)."""
    import textwrap

    out = ["THE TALLY BOARD", "Latest  Oldest  Search", "",
           f"Opened {rng.randint(2, 30)} days ago · Seen {rng.randint(10, 9000)} times", ""]
    for paragraph in body:
        out += [f"{rng.randint(0, 400)} points"] + textwrap.wrap(" ".join(paragraph.split()), 40)
        out += ["", "Reply  Report", ""]
    return "\n".join(out + ["The Tally Board, Quay Street"]) + "\n"


def test_learned_lines_run_together_with_the_paragraph_after_them_are_cut(tmp_path, capsys):
    out = learned(tmp_path, capsys, tally, "tally")
    marks = [r.mark for r in load(out).furniture if r.mark is not None]
    # A count and the "Opened" line never seen, before a paragraph: cut; the paragraph stays.
    paragraph = " ".join(PARAGRAPHS[0].split())
    joined = f"Opened 17 days ago · Seen 4321 times 77 points {paragraph}"
    assert any(m.search(joined) for m in marks)
    assert not any(m.search("Opened 17 days ago · Seen 4321 times 77 points a short line") for m in marks)
    # A paragraph that starts with a number of its own keeps it.
    assert not any(m.search(f"1914 {paragraph}") for m in marks)
    pipeline = Pipeline.default([out])
    for text, body in pages(tally, 6, 99):
        cleaned = " ".join(pipeline.run(text.encode("utf-8")).text.split())
        assert "Seen" not in cleaned
        for p in body:
            p = " ".join(p.split())
            assert p in cleaned  # whole, and with no count before it
            assert not regex.search(r"(?:^|\s)\d+ points " + regex.escape(p[:30]), cleaned)


def thread(rng: random.Random, body: list[str]) -> str:
    """A thread whose every post ends with a "replied DATE" line: on the pages learned from, the
    last one is in the tail and the others between paragraphs."""
    out = ["MOORINGS THREAD", "Boards  Members  Rules", ""]
    for paragraph in body:
        out += [paragraph, "", f"replied {rng.choice(MONTHS)[:3]} {rng.randint(1, 28)}, {rng.randint(2012, 2024)}", ""]
    return "\n".join(out + ["Moorings Thread, Quay Street"]) + "\n"


def test_a_tail_line_the_template_also_sets_between_paragraphs_is_taken_there(tmp_path, capsys):
    out = learned(tmp_path, capsys, thread, "thread")
    rules = [r for r in load(out).furniture if r.pattern is not None and r.pattern.search("replied Oct 3, 1999")]
    assert rules and all(r.where == "anywhere" for r in rules)
    pipeline = Pipeline.default([out])
    for text, body in pages(thread, 6, 99):
        cleaned = pipeline.run(text.encode("utf-8")).text
        assert "replied" not in cleaned
        assert all(" ".join(p.split()) in " ".join(cleaned.split()) for p in body)
    # A short line of an article between paragraphs, of another shape, stays.
    prose = pages(thread, 1, 7)[0][0].replace("\n\nreplied", "\n\nreplied to all of them at once\n\nreplied", 1)
    assert "replied to all of them at once" in pipeline.run(prose.encode("utf-8")).text


READERS = ["anna", "john", "mary", "peter", "kim", "lou", "sofia", "ahmed", "ines", "tomasz"]


def letter(rng: random.Random, body: list[str]) -> str:
    """A club letter whose last line, one of body length, names the member it was sent to."""
    return ("MOORING CLUB LETTER\n\n" + "\n\n".join(body) + "\n\nYou receive this letter as a member of the "
            f"Mooring Club under the name {rng.choice(READERS)}; to stop it, write to the secretary at the "
            "clubhouse on Quay Street.\n")


def test_a_long_line_at_the_bodys_edge_that_keeps_most_of_its_words_is_learned(tmp_path, capsys):
    out = learned(tmp_path, capsys, letter, "letter")
    pipeline = Pipeline.default([out])
    for text, body in pages(letter, 6, 99):
        cleaned = " ".join(pipeline.run(text.encode("utf-8")).text.split())
        assert "You receive this letter" not in cleaned
        assert all(" ".join(p.split()) in cleaned for p in body)


def answers(rng: random.Random, body: list[str]) -> str:
    """A thread whose posts each carry a line of tags (a few words of a small set) and the name of
    the user who wrote them."""
    out = ["BOATERS ANSWERS", ""]
    for paragraph in body:
        out += [paragraph, "", " ".join(rng.sample(["boats", "canals", "engines", "knots", "locks", "paint"],
                                                   rng.randint(1, 3))), rng.choice(NAMES), ""]
    return "\n".join(out + ["Boaters Answers, Quay Street"]) + "\n"


def test_lines_of_a_small_vocabulary_are_learned_as_one_rule(tmp_path, capsys):
    out = learned(tmp_path, capsys, answers, "answers")
    pipeline = Pipeline.default([out])
    for text, body in pages(answers, 6, 99):
        cleaned = pipeline.run(text.encode("utf-8")).text
        lines = {line.strip() for line in cleaned.split("\n")}
        assert not lines & set(NAMES)
        assert not any(line and set(line.split()) <= {"boats", "canals", "engines", "knots", "locks", "paint"}
                       for line in lines)
        assert all(" ".join(p.split()) in " ".join(cleaned.split()) for p in body)
    # A short line of other words between paragraphs stays.
    prose = pages(answers, 1, 7)[0][0].replace("\n\n", "\n\nthe boats came home\n\n", 1)
    assert "the boats came home" in pipeline.run(prose.encode("utf-8")).text


def board(rng: random.Random, body: list[str]) -> str:
    """A board whose posts end in an "answered DATE" line and the user's name, set under the post's
    last line with no blank line between, so that the reflow stage runs them onto the post on
    some pages."""
    out = ["HARBOUR BOARD", ""]
    for paragraph in body:
        out += [textwrap.fill(paragraph, 78), f"answered {rng.choice(MONTHS)[:3]} {rng.randint(1, 28)}, {rng.randint(2012, 2024)}",
                rng.choice(NAMES), ""]
    return "\n".join(out + ["Harbour Board, Quay Street"]) + "\n"


def test_learned_lines_run_onto_the_end_of_a_paragraph_are_cut(tmp_path, capsys):
    out = learned(tmp_path, capsys, board, "board")
    pipeline = Pipeline.default([out])
    for text, body in pages(board, 6, 99):
        cleaned = pipeline.run(text.encode("utf-8")).text
        assert "answered" not in cleaned
        assert not any(cleaned.rstrip().endswith(name) for name in NAMES)
        assert all(" ".join(p.split()) in " ".join(cleaned.split()) for p in body)
    # A paragraph that ends with a name of the set, after no learned line, keeps it.
    text, body = pages(board, 1, 5)[0]
    prose = f"HARBOUR BOARD\n\n{body[0]} Kim Park\n\n{body[1]}\n\nHarbour Board, Quay Street\n"
    assert body[0] + " Kim Park" in " ".join(pipeline.run(prose.encode("utf-8")).text.split())


def readers(rng: random.Random, body: list[str]) -> str:
    """A page whose count line writes thousands with a comma: "9,333 readers", "979 readers"."""
    return ("THE READING ROOM\n\n" + "\n\n".join(body) +
            f"\n\n{rng.choice([rng.randint(1000, 99999), rng.randint(1000, 99999), rng.randint(2, 999)]):,} readers\n"
            "The Reading Room, Quay Street\n")


def test_a_number_with_thousands_commas_is_any_number_with_them_or_without(tmp_path, capsys):
    out = learned(tmp_path, capsys, readers, "readers")
    rules = [r for r in load(out).furniture if r.pattern is not None and r.pattern.search("9,333 readers")]
    assert rules and all(r.pattern.search("979 readers") and r.pattern.search("12,345,678 readers") for r in rules)
    assert not any(r.pattern.search("9,33 readers") for r in rules)


def results(rng: random.Random, body: list[str]) -> str:
    """A results page: a scorers' line that changes too much to be learned and on some pages fills
    the width, so that the reflow stage runs the labelled "Att: N · Ref: NAME" line onto it."""
    scorers = ", ".join(f"{rng.choice(NAMES)} {rng.randint(1, 90)}'" for _ in range(rng.randint(1, 6)))
    return (f"COUNTY RESULTS\n\nMillbrook {rng.randint(0, 5)}-{rng.randint(0, 5)} Northfield\n{scorers}\n"
            f"Att: {rng.randint(300, 9000):,} · Ref: {rng.choice(NAMES)}\n\nBy {rng.choice(NAMES)}\n\n"
            + "\n\n".join(textwrap.fill(p, 78) for p in body) + "\n\nCounty Results, Mill Lane\n")


def test_a_head_label_run_onto_a_short_line_before_it_is_taken_with_it(tmp_path, capsys):
    out = learned(tmp_path, capsys, results, "results")
    pipeline = Pipeline.default([out])
    joined = 0
    for text, body in pages(results, 10, 99):
        scorers = text.split("\n")[3]
        joined += len(scorers) > 78
        cleaned = pipeline.run(text.encode("utf-8")).text
        assert "Att:" not in cleaned and "By " not in cleaned.split("\n\n")[0]
        assert all(" ".join(p.split()) in " ".join(cleaned.split()) for p in body)
    assert joined >= 2  # pages where the two lines were run together
