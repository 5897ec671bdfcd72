"""Measure OCR letter correction on benchmarks/ocr/, beside a plain spell-checker.

Per subset and split (dev / held-out): character error rate of the OCR text and of the
corrected text against the source, tokens changed, the share of changes that lowered the
edit distance to the source, and the same for pyspellchecker correcting every word it does
not know. Then changes per 10,000 words on clean text: modern (the subsets' expected text and
benchmarks/texts/) and historical (1653 and 1611 spelling); last, the default pipeline's time
on the clean samples with the stage and without, in the same run. Run from the repository root:

    python benchmarks/ocr.py [--per-page]

Texts are compared with their white space collapsed, so line breaks do not count. The pages
were made by benchmarks/make_ocr_fixtures.py (Tesseract 5.3); Tesseract is not needed here.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys
from dataclasses import dataclass

import regex
from rapidfuzz.distance import Levenshtein

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "benchmarks" / "ocr"

WORD = regex.compile(r"\p{L}+")


@dataclass
class Edit:
    start: int
    end: int
    after: str


def collapse(text: str) -> str:
    return " ".join(text.split())


def cleantext_edits(text: str) -> list[Edit]:
    """What cleantext's OCR correction changes in ``text``, as edits at offsets."""
    try:
        from cleantext.stages.ocr import correct_ocr
    except ImportError:  # before the stage existed: cleantext changed no letter
        return []
    _, changes = correct_ocr(text)
    return [Edit(c.start, c.end, c.after) for c in changes]


_SPELL = None
_GUESSES: dict[str, str | None] = {}  # the same word gets the same guess: ask once


def spellchecker_edits(text: str) -> list[Edit]:
    """pyspellchecker's best guess for every lower-case word it does not know."""
    global _SPELL
    if _SPELL is None:
        from spellchecker import SpellChecker

        _SPELL = SpellChecker(language="en")
    words = [m for m in WORD.finditer(text) if m.group().islower()]
    unknown = _SPELL.unknown([m.group() for m in words])
    edits = []
    for m in words:
        if m.group() in unknown:
            if m.group() not in _GUESSES:
                _GUESSES[m.group()] = _SPELL.correction(m.group())
            guess = _GUESSES[m.group()]
            if guess and guess != m.group():
                edits.append(Edit(m.start(), m.end(), guess))
    return edits


def apply(text: str, edits: list[Edit]) -> str:
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.after + text[edit.end :]
    return text


def score(ocr: str, gold: str, edits: list[Edit]) -> tuple[int, int, int, int]:
    """(errors before, errors after, changes, changes that lowered the distance on their own)."""
    target = collapse(gold)
    before = Levenshtein.distance(collapse(ocr), target)
    after = Levenshtein.distance(collapse(apply(ocr, edits)), target)
    good = sum(Levenshtein.distance(collapse(apply(ocr, [e])), target) < before for e in edits)
    return before, after, len(edits), good


def pages() -> list[dict]:
    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    for page in manifest:
        page["ocr"] = (DATA / f"{page['page']}.ocr.txt").read_text(encoding="utf-8")
        page["gold"] = (DATA / f"{page['page']}.gold.txt").read_text(encoding="utf-8")
        page["subset"] = page["page"].split("/")[0]
    return manifest


SYSTEMS = {"cleantext": cleantext_edits, "pyspellchecker": spellchecker_edits}


def ocr_table(all_pages: list[dict], per_page: bool) -> None:
    print("| subset | split | pages | chars | system | CER before | CER after | relative | changes | lowered distance |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    groups: dict[tuple, list[dict]] = {}
    for page in all_pages:
        groups.setdefault((page["subset"], page["split"]), []).append(page)
        groups.setdefault(("all", page["split"]), []).append(page)
    for (subset, split), group in sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0] == "all", kv[0][0])):
        chars = sum(len(collapse(p["gold"])) for p in group)
        for name, system in SYSTEMS.items():
            totals = [0, 0, 0, 0]
            for page in group:
                key = f"_{name}"
                if key not in page:
                    page[key] = score(page["ocr"], page["gold"], system(page["ocr"]))
                    if per_page and subset != "all":
                        b, a, n, g = page[key]
                        print(f"<!-- {page['page']} {name}: {b} -> {a} errors, {n} changes, {g} good -->")
                totals = [t + x for t, x in zip(totals, page[key])]
            before, after, changes, good = totals
            rel = f"{(after - before) / before:+.1%}" if before else "n/a"
            share = f"{good / changes:.1%}" if changes else "n/a"
            print(f"| {subset} | {split} | {len(group)} | {chars} | {name} | {before / chars:.2%} | "
                  f"{after / chars:.2%} | {rel} | {changes} | {share} |")


def pipeline_table(all_pages: list[dict]) -> None:
    """The default pipeline as `cleantext PAGE` runs it, with the ocr stage and without: what
    users get, the other stages' repairs (hyphenation, reflow) included."""
    from cleantext import Pipeline

    off = ROOT / "cleantext" / "stages" / "no-ocr.toml"
    pipelines = {"pipeline": Pipeline.default().load(), "pipeline --no-ocr": Pipeline.default([off]).load()}
    groups: dict[tuple, list[dict]] = {}
    for page in all_pages:
        groups.setdefault((page["subset"], page["split"]), []).append(page)
        groups.setdefault(("all", page["split"]), []).append(page)
    print()
    print("| subset | split | pages | system | CER before | CER after | relative | words corrected (ocr_corrected) |")
    print("|---|---|---|---|---|---|---|---|")
    for (subset, split), group in sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0] == "all", kv[0][0])):
        chars = sum(len(collapse(p["gold"])) for p in group)
        for name, pipeline in pipelines.items():
            before = after = changed = 0
            for page in group:
                result = pipeline.run(page["ocr"])
                target = collapse(page["gold"])
                before += Levenshtein.distance(collapse(page["ocr"]), target)
                after += Levenshtein.distance(collapse(result.text), target)
                changed += result.report.get("changes", {}).get("ocr_corrected", 0)
            rel = f"{(after - before) / before:+.1%}" if before else "n/a"
            print(f"| {subset} | {split} | {len(group)} | {name} | {before / chars:.2%} | {after / chars:.2%} | "
                  f"{rel} | {changed} |")


def clean_texts() -> dict[str, list[str]]:
    modern = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "benchmarks" / "texts").glob("*.txt"))]
    modern += [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*-18*/*.gold.txt"))]
    historical = [p.read_text(encoding="utf-8") for p in sorted((DATA / "clean").glob("*.txt"))]
    historical += [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*-16*/*.gold.txt"))]
    return {"modern": modern, "historical": historical}


def clean_table() -> None:
    print()
    print("| clean text | words | system | changes | per 10,000 words | changed (first 8) |")
    print("|---|---|---|---|---|---|")
    for kind, texts in clean_texts().items():
        words = sum(len(t.split()) for t in texts)
        for name, system in SYSTEMS.items():
            changed = []
            for text in texts:
                changed += [f"{text[e.start:e.end]}→{e.after}" for e in system(text)]
            shown = ", ".join(changed[:8])
            print(f"| {kind} | {words} | {name} | {len(changed)} | {len(changed) / words * 1e4:.1f} | {shown} |")


def speed_table(rounds: int = 7) -> None:
    """The default pipeline on clean text (the five samples) with the ocr stage and without."""
    import time

    from cleantext import Pipeline

    texts = [p.read_bytes() for p in sorted((ROOT / "samples").glob("*.txt"))]
    texts += [p.read_bytes() for p in sorted((ROOT / "benchmarks" / "texts").glob("*.txt"))]
    off = ROOT / "cleantext" / "stages" / "no-ocr.toml"
    pipelines = {"with ocr": Pipeline.default().load(), "without (--no-ocr)": Pipeline.default([off]).load()}
    best = {name: float("inf") for name in pipelines}
    for pipeline in pipelines.values():
        for text in texts:
            pipeline.run(text)  # warm: word lists and profiles loaded
    for _ in range(rounds):  # interleaved, so both see the same machine
        for name, pipeline in pipelines.items():
            start = time.perf_counter()
            for text in texts:
                pipeline.run(text)
            best[name] = min(best[name], time.perf_counter() - start)
    print()
    print(f"| pipeline on clean text ({len(texts)} documents, best of {rounds}) | seconds | ratio |")
    print("|---|---|---|")
    base = best["without (--no-ocr)"]
    for name, seconds in best.items():
        print(f"| {name} | {seconds:.3f} | {seconds / base:.3f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-page", action="store_true", help="also each page's figures")
    parser.add_argument("--no-baseline", action="store_true",
                        help="leave out pyspellchecker (minutes on this material) for a quick look")
    args = parser.parse_args(argv)
    if args.no_baseline:
        del SYSTEMS["pyspellchecker"]
    all_pages = pages()
    ocr_table(all_pages, args.per_page)
    pipeline_table(all_pages)
    clean_table()
    speed_table()
    return 0


if __name__ == "__main__":
    sys.exit(main())
