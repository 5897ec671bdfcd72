"""`cleantext rules learn` on a site that sets a one-word label and changing words between the
article's paragraphs ("Subjects: WORD; WORD" under an abstract): learned between paragraphs where
the share of the pages shows it, unless the word often starts the pages' own sentences."""
import random
import textwrap
from pathlib import Path

import regex

from cleantext.learncli import write_rules
from cleantext.pipeline import Pipeline
from cleantext.rulelearn import learn, match_patterns

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPHS = [p.strip() for path in sorted((ROOT / "tests" / "gold").glob("*.txt"))
              for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 150]
SUBJECTS = ["tides", "ferries", "old maps", "lighthouses", "the harbour wall", "fishing", "weather", "salt marsh"]


def paper(rng: random.Random, body: list[str], label: str = "Subjects:") -> str:
    out = ["THE COASTAL PAPERS   Issues   Authors   About", "", f"Issue {rng.randint(1, 60)} · {rng.randint(1990, 2024)}",
           ""]
    out += textwrap.wrap(body[0], 72) + ["", f"{label} " + "; ".join(rng.sample(SUBJECTS, rng.randint(1, 4))), ""]
    for paragraph in body[1:]:
        out += textwrap.wrap(paragraph, 72) + [""]
    return "\n".join(out + ["The Coastal Papers · ISSN 0000-0000 · Contact"]) + "\n"


def rules_of(texts):
    rules, _ = learn(texts)
    return [r for r in rules if not r.mark and not r.start]


def test_a_one_word_label_between_paragraphs_is_learned_and_taken(tmp_path):
    rng = random.Random(5)
    texts = [paper(rng, rng.sample(PARAGRAPHS, 3)) for _ in range(20)]
    rules = rules_of(texts)
    label = [r for r in rules if r.pattern.startswith("^Subjects: ") and r.where == "anywhere"]
    assert label and "\\S+" in label[0].pattern
    raw, lines = learn(texts)
    path = tmp_path / "papers.toml"
    write_rules("papers", raw, lines, match_patterns(raw, texts), path, force=True)
    pipeline = Pipeline.default([path])
    generic = Pipeline.default()
    for _ in range(5):
        body = rng.sample(PARAGRAPHS, 3)
        page = paper(rng, body)
        assert "Subjects:" in generic.run(page.encode()).text  # the generic rules leave it
        cleaned = pipeline.run(page.encode()).text
        assert "Subjects:" not in cleaned
        for paragraph in body:
            assert " ".join(paragraph.split()) in " ".join(cleaned.split())


def test_a_label_word_that_starts_the_pages_own_sentences_is_not_learned_so():
    rng = random.Random(6)
    # Paragraphs of questions and answers: "Answer:" starts many of their sentences, so a short
    # "Answer: ..." line between them is the article's.
    qa = [" ".join(f"Answer: {s.strip()}" for s in regex.split(r"(?<=[.!?])\s+", p) if s.strip())
          for p in PARAGRAPHS[:40]]
    texts = [paper(rng, rng.sample(qa, 3), label="Answer:") for _ in range(20)]
    assert not [r for r in rules_of(texts) if r.pattern.startswith("^Answer: ") and r.where == "anywhere"]


def test_a_label_on_fewer_pages_than_the_share_is_not_learned_as_a_label():
    rng = random.Random(7)
    texts = [paper(rng, rng.sample(PARAGRAPHS, 3), label="Subjects:" if k < 7 else "") for k in range(20)]
    assert not [r for r in rules_of(texts) if r.pattern.startswith("^Subjects: \\S+")]
