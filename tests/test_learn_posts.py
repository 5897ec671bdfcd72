"""`cleantext rules learn` on a site whose template repeats under each post of a thread: lines of
changing length between posts, a user box whose end line a page may lack, and learned lines run
together between paragraphs."""
import random
from pathlib import Path

from cleantext.cli import main
from cleantext.pipeline import Pipeline
from cleantext.rulefile import load

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPHS = [p.strip() for path in sorted((ROOT / "tests" / "gold").glob("*.txt"))
              for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 150]
USERS = ["anna", "john smith", "mary ann lee", "peter", "kim park", "lou ortiz vega"]
BOATS = ["Tern", "Slow Progress", "Otter", "Second Wind", "Mallard"]
MONTHS = ["Jan", "Mar", "May", "Jul", "Sep", "Nov"]


def _date(rng: random.Random) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2009, 2024)}"


def posts(rng: random.Random, body: list[str], box_end: bool = True) -> str:
    """A thread: each paragraph a post under "Post by NAME » DATE" (names of one to three words),
    then a user box from "Member" to "Posts: N" with the user's name, then "Share Follow" and "answered
    DATE"; on the last post the box lacks its end line unless ``box_end``."""
    out = ["QUAYSIDE BOARDS", "Index  Search  Members", ""]
    for k, paragraph in enumerate(body):
        out += [f"Post by {rng.choice(USERS)} » {_date(rng)} {rng.randint(1, 12)}:{rng.randint(10, 59)} am", "",
                paragraph, "", "Member", f"{rng.choice(USERS).split()[0]}_{rng.choice(BOATS).split()[0].lower()}"]
        if box_end or k < len(body) - 1:
            out.append(f"Posts: {rng.randint(1, 9000):,}")
        out += ["", "Share  Follow", f"answered {_date(rng)}", ""]
    return "\n".join(out + ["Powered by Quayside Boards · Privacy"]) + "\n"


def _learned(tmp_path, capsys) -> Path:
    rng = random.Random(1)
    folder = tmp_path / "posts"
    folder.mkdir()
    for k in range(20):
        (folder / f"page{k:02}.txt").write_text(posts(rng, rng.sample(PARAGRAPHS, 3)), encoding="utf-8")
    out = tmp_path / "posts.toml"
    assert main(["rules", "learn", str(folder), "--site", "posts", "--out", str(out)]) == 0
    capsys.readouterr()
    return out


def test_a_line_of_changing_length_under_each_post_is_taken_between_paragraphs(tmp_path, capsys):
    # "Post by NAME » DATE" keeps two words and changes length with the name: learned in the head
    # (the first post's) and taken anywhere, as it is between paragraphs on every page.
    out = _learned(tmp_path, capsys)
    rules = [r for r in load(out).furniture if r.pattern is not None and r.pattern.search("Post by kim park » Mar 3, 2020 9:15 am")]
    assert rules and all(r.where == "anywhere" for r in rules)
    pipeline = Pipeline.default([out])
    rng = random.Random(99)
    for _ in range(4):
        body = rng.sample(PARAGRAPHS, 3)
        cleaned = pipeline.run(posts(rng, body).encode("utf-8")).text
        assert "Post by" not in cleaned
        assert all(" ".join(p.split()) in " ".join(cleaned.split()) for p in body)


def test_a_learned_box_without_its_end_line_does_not_run_on_over_the_next_post(tmp_path, capsys):
    out = _learned(tmp_path, capsys)
    blocks = [r for r in load(out).furniture if r.start is not None]
    assert blocks and all(r.max_lines <= 6 for r in blocks)  # the box was 3 lines on the pages
    pipeline = Pipeline.default([out])
    rng = random.Random(7)
    for _ in range(4):
        body = rng.sample(PARAGRAPHS, 3)
        # The first post's box lacks its end line: the box rule must not take the posts after it.
        text = posts(rng, body).replace("\nPosts: ", "\nPosted: ", 1)
        cleaned = " ".join(pipeline.run(text.encode("utf-8")).text.split())
        assert all(" ".join(p.split()) in cleaned for p in body)


def test_learned_lines_run_together_between_paragraphs_are_taken(tmp_path, capsys):
    # On the pages learned from "Share  Follow" and "answered DATE" are lines of their own; on a
    # new page the layout ran them into one line between two posts.
    out = _learned(tmp_path, capsys)
    pipeline = Pipeline.default([out])
    rng = random.Random(5)
    body = rng.sample(PARAGRAPHS, 3)
    text = posts(rng, body).replace("Share  Follow\nanswered", "Share Follow answered", 1)
    assert "Share Follow answered" in text
    cleaned = pipeline.run(text.encode("utf-8")).text
    assert "answered" not in cleaned and "Share" not in cleaned
    assert all(" ".join(p.split()) in " ".join(cleaned.split()) for p in body)


def replies(rng: random.Random, body: list[str]) -> str:
    """A thread whose replies each open with "Re: TITLE" (the page's own title) and "Post by NAME »
    DATE", some with a quote of the post before under "NAME wrote: DATE"."""
    words = rng.choice(PARAGRAPHS).split()
    title = " ".join(words[:rng.randint(3, 7)]).strip(",.;:")
    out = ["QUAYSIDE BOARDS", "Index  Search  Members", "", title, ""]
    names = [rng.choice(USERS).split()[0] + f"_{rng.choice(BOATS).split()[0].lower()}" for _ in body]
    for k, paragraph in enumerate(body):
        out += [f"Re: {title}"] if k else []
        out += [f"Post by {names[k]} » {_date(rng)} {rng.randint(1, 12)}:{rng.randint(10, 59)} am", ""]
        if k and rng.random() < 0.6:
            out += [f"{names[k - 1]} wrote: {_date(rng)}", "> " + body[k - 1].split(". ")[0][:70], ""]
        out += [paragraph, "", "Top", ""]
    return "\n".join(out + ["Powered by Quayside Boards · Privacy"]) + "\n"


def test_a_reply_line_with_the_page_title_and_a_quote_line_with_a_name_are_taken(tmp_path, capsys):
    # "Re: TITLE" keeps one word before the page's own title (a line of the page); "NAME wrote:
    # DATE" changes its first word and keeps the words after it. Both are learned for anywhere.
    rng = random.Random(3)
    folder = tmp_path / "replies"
    folder.mkdir()
    for k in range(20):
        (folder / f"page{k:02}.txt").write_text(replies(rng, rng.sample(PARAGRAPHS, 4)), encoding="utf-8")
    out = tmp_path / "replies.toml"
    assert main(["rules", "learn", str(folder), "--site", "replies", "--out", str(out)]) == 0
    capsys.readouterr()
    pipeline = Pipeline.default([out])
    rng = random.Random(42)
    for _ in range(4):
        body = rng.sample(PARAGRAPHS, 4)
        cleaned = pipeline.run(replies(rng, body).encode("utf-8")).text
        assert "Re: " not in cleaned and " wrote: " not in cleaned
        assert all(" ".join(p.split()) in " ".join(cleaned.split()) for p in body)
