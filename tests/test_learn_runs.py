"""`cleantext rules learn` on a site whose head the reflow stage runs together into one line of body
length (a bar wider than the page's width, then a breadcrumb, an item's name and its seller, across
blank lines), and whose reviewers' names stand between paragraphs, the first above the first
paragraph, in the head."""
import random
import textwrap
from pathlib import Path

from cleantext.cli import main
from cleantext.learnshapes import _leads, _vocabulary
from cleantext.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPHS = [p.strip() for path in sorted((ROOT / "tests" / "gold").glob("*.txt"))
              for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 150]
ITEMS = ["Copper kettle", "Rush basket", "Oak stool", "Linen apron", "Tin lantern", "Clay jug"]
FIRST = ["Hilda", "Oskar", "Mirela", "Bram", "Zofia", "Ivo", "Petra", "Nils"]
LAST = ["Vance", "Holt", "Marsh", "Quill", "Rowe", "Tarn", "Wilde"]
BAR = "Millbrook Market   Stalls   Opening times   Find us   Gift cards   Newsletter   Sign in   Basket (0)"


def stall(rng: random.Random, body: list[str]) -> str:
    item = rng.choice(ITEMS)
    out = [BAR, "", f"Market › {rng.choice(['Kitchen', 'Garden', 'Crafts'])} › {item} › Notes", "", item,
           "sold by Millbrook Market", ""]
    for paragraph in body:
        out += [f"{rng.choice(FIRST)} {rng.choice(LAST)}"] + textwrap.wrap(paragraph, 72) + [""]
    return "\n".join(out + ["Back to top", "", "© Millbrook Market · Privacy · Terms"]) + "\n"


def test_a_bar_wider_than_the_page_is_no_wrapped_line():
    # The lines before reflow: a bar of 100 characters on a page wrapped at 72, a breadcrumb, a name.
    class Raw:
        def __init__(self, text, span):
            self.text, self.span = text, span

    parts = [BAR, "Market › Garden › Oak stool › Notes", "Oak stool", "sold by Millbrook Market"]
    raw, start = [], 0
    for part in parts:
        raw.append(Raw(part, (start, start + len(part))))
        start += len(part) + 2
    found, rest = _leads(" ".join(" ".join(p.split()) for p in parts), (0, start), raw, 72)
    assert found == [" ".join(p.split()) for p in parts[:-1]] and rest == parts[-1]


def test_names_between_paragraphs_are_a_vocabulary_though_a_head_shape_takes_the_first():
    names = ["Hilda Vance", "Oskar Holt", "Mirela Marsh", "Bram Quill", "Zofia Rowe", "Ivo Tarn"]
    prose = "The ferry left the quay at noon and the crew waved to the town. " * 3
    pages = [["Top bar", names[n % 6], prose, names[(n + 1) % 6], prose, names[(n + 2) % 6], prose]
             for n in range(6)]
    head = __import__("regex").compile(r"^Hilda \S+$")
    learned = _vocabulary(pages, [(head, "head")], lambda on: len(on) >= 3)
    assert learned and "Hilda" in learned[0][0]


def test_the_head_run_together_into_one_long_line_is_learned_and_taken(tmp_path, capsys):
    rng = random.Random(3)
    generic = Pipeline.default()
    # With the generic rules alone the bar and the breadcrumb are one line of body length.
    assert any(line.startswith("Millbrook Market Stalls") and line.endswith("› Notes") and len(line) >= 120
               for line in generic.run(stall(rng, rng.sample(PARAGRAPHS, 3)).encode()).text.splitlines())
    folder = tmp_path / "stall"
    folder.mkdir()
    for k in range(20):
        (folder / f"page{k:02}.txt").write_text(stall(rng, rng.sample(PARAGRAPHS, 3)), encoding="utf-8")
    out = tmp_path / "stall.toml"
    assert main(["rules", "learn", str(folder), "--site", "stall", "--out", str(out)]) == 0
    capsys.readouterr()
    pipeline = Pipeline.default([out])
    rng = random.Random(77)
    for _ in range(5):
        body = rng.sample(PARAGRAPHS, 3)
        page = stall(rng, body)
        cleaned = pipeline.run(page.encode("utf-8")).text
        assert "Millbrook Market" not in cleaned and "sold by" not in cleaned
        names = [line for line in page.splitlines() if line in {f"{a} {b}" for a in FIRST for b in LAST}]
        assert not [name for name in names if name in cleaned.splitlines()]
        for paragraph in body:
            assert " ".join(paragraph.split()) in " ".join(cleaned.split())
