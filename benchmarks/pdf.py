"""Measure PDF and OCR repair over tests/fixtures/pdf/, beside two baselines.

For each fixture: character error rate against the expected text, share of
furniture lines left, share of expected paragraphs lost, hyphenation
accuracy at line ends (and at hyphens the extractor dropped), and
paragraph-boundary F1. The same figures for ftfy alone and for a naive
regex de-hyphenator. Run from the repository root:

    python benchmarks/pdf.py [--per-fixture] [--set heldout4]

``--set NAME`` reads tests/fixtures/pdf/NAME/manifest.json instead of the main set (heldout4:
two-column PDFs as pdftotext's default mode gives them, kept aside; see make_pdf_heldout4.py).
"In order" is the share of expected words the output holds in their order.
"""

from __future__ import annotations

import difflib
import json
import pathlib
import re
import sys
from collections import Counter

import ftfy
from rapidfuzz.distance import Levenshtein

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FIXTURES = ROOT / "tests" / "fixtures" / "pdf"

from cleantext import Pipeline  # noqa: E402
from cleantext.stages.reflow import split_columns  # noqa: E402

WORDS = re.compile(r"\S+")
LINE_END_HYPHEN = re.compile(r"([A-Za-z][\w’'-]*?)-[ \t]*\n\s*([A-Za-z]+)")


LAYOUT = Pipeline.from_names(["pages", "unweave", "columns", "dehyphenate", "reflow"])
DEFAULT = Pipeline.default()


def chain(text: str) -> str:
    """Furniture, columns, hyphens, then paragraphs: the layout stages alone, as the pipeline runs them."""
    return tidy(LAYOUT.run(text).text)


def pipeline(text: str) -> str:
    """The whole default pipeline, as `cleantext FILE` runs it."""
    return DEFAULT.run(text).text


def ftfy_only(text: str) -> str:
    return tidy(ftfy.fix_text(text))


def naive(text: str) -> str:
    text = re.sub(r"-\n(\w)", r"\1", text)
    paragraphs = re.split(r"\n\s*\n", text)
    return tidy("\n\n".join(" ".join(p.split()) for p in paragraphs))


def tidy(text: str) -> str:
    """Blank-line-separated paragraphs, single spaces: the expected form."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.replace("\f", "\n\n"))]
    return "\n\n".join(p for p in paragraphs if p) + "\n"


def in_reading_order(inp: str, expected: str) -> bool:
    """Whether the extractor kept the words in order (nine in ten, aligned).

    An extractor that mixes the columns of a page garbles the text beyond
    what line-level repair can undo; such fixtures are left out of the CER.
    """
    a, b = WORDS.findall(split_columns(inp)), WORDS.findall(expected)
    matched = sum(n for _, _, n in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return matched >= 0.9 * len(b)


def in_order(out: str, expected: str) -> float:
    """The share of the expected words that the output holds in the same order."""
    a, b = WORDS.findall(out), WORDS.findall(expected)
    matched = sum(n for _, _, n in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return matched / max(1, len(b))


def cer(out: str, expected: str) -> float:
    return Levenshtein.distance(out, expected) / len(expected)


def furniture_left(inp: str, out: str, expected: str, patterns: list[str]) -> tuple[int, int]:
    """(furniture lines in the input, furniture strings still in the output)."""
    compiled = [re.compile(p) for p in patterns]
    lines = [" ".join(l.replace("\f", "").split()) for l in inp.split("\n")]
    printed = sum(1 for l in lines if l and len(l) < 90 and any(p.search(l) for p in compiled))
    left = 0
    for p in compiled:
        flat = re.compile(p.pattern.strip("^$"))
        left += max(0, len(flat.findall(out)) - len(flat.findall(expected)))
    return printed, min(left, printed)


def paragraphs_lost(out: str, expected: str) -> tuple[int, int]:
    have = Counter(WORDS.findall(out))
    lost = 0
    paragraphs = [p for p in expected.split("\n\n") if p.strip()]
    for p in paragraphs:
        words = Counter(WORDS.findall(p))
        present = sum(min(n, have[w]) for w, n in words.items())
        if present < 0.9 * sum(words.values()):
            lost += 1
    return len(paragraphs), lost


def boundaries(text: str) -> tuple[list[str], set[int]]:
    words, starts = [], set()
    for p in text.split("\n\n"):
        ws = WORDS.findall(p)
        if ws:
            starts.add(len(words))
            words += ws
    return words, starts - {0}


def boundary_counts(out: str, expected: str) -> tuple[int, int, int]:
    """(true positives, predicted, expected) paragraph starts, words aligned."""
    ow, ob = boundaries(out)
    ew, eb = boundaries(expected)
    to_expected = {}
    for a, b, n in difflib.SequenceMatcher(None, ow, ew, autojunk=False).get_matching_blocks():
        for k in range(n):
            to_expected[a + k] = b + k
    mapped = {to_expected[i] for i in ob if i in to_expected}
    unmapped = len([i for i in ob if i not in to_expected])
    return len(mapped & eb), len(mapped) + unmapped, len(eb)


def hyphen_cases(inp: str, expected: str) -> list[tuple[str, str, str]]:
    """(first, second, truth) for each line-end hyphen and each dropped one."""
    exp_words = Counter(w.strip(".,;:!?()“”‘’\"'") for w in WORDS.findall(expected))
    cases = []
    for m in LINE_END_HYPHEN.finditer(inp):
        first, second = m.group(1), m.group(2)
        if "-" in first:
            # The line-end hyphen of a compound already hyphenated.
            truth = "keep"
        elif exp_words[f"{first}-{second}"] and not exp_words[first + second]:
            truth = "keep"
        elif exp_words[first + second] and not exp_words[f"{first}-{second}"]:
            truth = "join"
        else:
            continue
        cases.append((first, second, truth))
    return cases


def hyphen_score(inp: str, out: str, expected: str) -> tuple[int, int]:
    """(correct, total) over line-end hyphens and hyphens the extractor dropped."""
    out_words = Counter(w.strip(".,;:!?()“”‘’\"'") for w in WORDS.findall(out))
    exp_words = Counter(w.strip(".,;:!?()“”‘’\"'") for w in WORDS.findall(expected))
    in_words = Counter(w.strip(".,;:!?()“”‘’\"'") for w in WORDS.findall(inp))
    correct = total = 0
    for first, second, truth in hyphen_cases(inp, expected):
        form = f"{first}-{second}" if truth == "keep" else first + second
        total += 1
        correct += out_words[form] >= 1
    # Compounds the extractor glued ("NATObacked"): the hyphen must come back.
    for word, n in exp_words.items():
        if "-" in word and word.count("-") == 1:
            glued = word.replace("-", "")
            if in_words[glued] > exp_words[glued]:
                total += 1
                correct += out_words[word] >= n
    return correct, total


METHODS = {"cleantext": pipeline, "layout stages": chain, "ftfy only": ftfy_only, "naive regex": naive}


def main(argv: list[str]) -> int:
    global FIXTURES
    if "--set" in argv:
        FIXTURES = FIXTURES / argv[argv.index("--set") + 1]
    manifest = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
    totals = {m: Counter() for m in METHODS}
    rows = []
    for entry in manifest:
        inp = (FIXTURES / entry["input"]).read_text(encoding="utf-8")
        expected = (FIXTURES / entry["expected"]).read_text(encoding="utf-8")
        ordered = in_reading_order(inp, expected)
        for name, method in METHODS.items():
            out = method(inp)
            t = totals[name]
            kind = entry["kind"]
            c = cer(out, expected)
            printed, left = furniture_left(inp, out, expected, entry["furniture"])
            n_par, lost = paragraphs_lost(out, expected)
            tp, pred, gold = boundary_counts(out, expected)
            # Line ends are read after columns are put one after the other.
            ok, n_hyph = hyphen_score(split_columns(inp), out, expected)
            order = in_order(out, expected)
            for key, value in (("chars", len(expected) * ordered), ("edits", c * len(expected) * ordered),
                               ("all_chars", len(expected)), ("all_edits", c * len(expected)),
                               ("printed", printed), ("left", left), ("pars", n_par),
                               ("lost", lost), ("tp", tp), ("pred", pred), ("gold", gold),
                               ("hyph_ok", ok), ("hyph", n_hyph), ("n", 1), ("order", order)):
                t[kind + ":" + key] += value
            rows.append((entry["input"] + ("" if ordered else " *"), name, c, left, printed, lost, n_par, tp, pred, gold, ok,
                         n_hyph, order))
    if "--per-fixture" in argv:
        print(f"{'fixture':34} {'method':12} {'CER':>7} {'furn left':>9} {'lost':>6} {'F1':>6} {'hyph':>9} {'in order':>8}")
        for inp, name, c, left, printed, lost, n_par, tp, pred, gold, ok, n_hyph, order in rows:
            f1 = 2 * tp / (pred + gold) if pred + gold else 1.0
            print(f"{inp:34} {name:12} {c:7.2%} {left:>4}/{printed:<4} {lost:>2}/{n_par:<3} {f1:6.1%} "
                  f"{ok:>4}/{n_hyph:<4} {order:8.1%}")
        print("* the extractor put the text out of reading order\n")
    print(f"{'kind':5} {'method':12} {'CER':>7} {'CER all':>8} {'furniture left':>15} {'paragraphs lost':>16} {'boundary F1':>12} {'hyphenation':>12}")
    for kind in ("pdf", "ocr"):
        for name in METHODS:
            t = totals[name]
            g = lambda k: t[kind + ":" + k]  # noqa: E731
            if not g("n"):
                continue
            f1 = 2 * g("tp") / (g("pred") + g("gold"))
            print(f"{kind:5} {name:12} {g('edits') / g('chars'):7.2%} {g('all_edits') / g('all_chars'):8.2%} "
                  f"{g('left') / max(1, g('printed')):9.1%} ({g('left'):.0f}) "
                  f"{g('lost') / g('pars'):10.1%} ({g('lost'):.0f}) {f1:12.1%} "
                  f"{g('hyph_ok') / max(1, g('hyph')):7.1%} ({g('hyph'):.0f})")
    print(f"\ncleantext by extractor {'CER':>7} {'furniture left':>15} {'paragraphs lost':>16} {'boundary F1':>12} "
          f"{'hyphenation':>12} {'in order':>8}")
    by: dict[str, Counter] = {}
    for inp, name, c, left, printed, lost, n_par, tp, pred, gold, ok, n_hyph, order in rows:
        if name != "cleantext":
            continue
        extractor = inp.split(".")[1]
        t = by.setdefault(extractor, Counter())
        for key, value in zip(("c", "left", "printed", "lost", "pars", "tp", "pred", "gold", "ok", "hyph", "n", "order"),
                              (c, left, printed, lost, n_par, tp, pred, gold, ok, n_hyph, 1, order)):
            t[key] += value
    for extractor, t in by.items():
        print(f"{extractor:22} {t['c'] / t['n']:7.2%} {t['left'] / max(1, t['printed']):9.1%} ({t['left']}) "
              f"{t['lost'] / t['pars']:10.1%} ({t['lost']}) {2 * t['tp'] / (t['pred'] + t['gold']):12.1%} "
              f"{t['ok'] / max(1, t['hyph']):7.1%} ({t['hyph']}) {t['order'] / t['n']:8.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
