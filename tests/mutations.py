"""Break cleantext on purpose, one mutation at a time, and show which test notices.

Each mutation changes one piece of code (or moves files) in a scratch copy of the repository,
never in the working tree, and runs the tests that ought to catch it; the copy is imported
first (PYTHONPATH), also by the tests' own subprocesses. A mutation that no test catches is a
hole in the suite, and is reported as such. The unchanged copy is run first: a test that fails
without a mutation catches nothing.

    python tests/mutations.py            # every mutation
    python tests/mutations.py decode-control-bytes unseeded-detector
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
# A mutation's tests stop at the first failure; a run that hangs is stopped and counted as caught.
TIME_LIMIT = 900


@dataclass
class Mutation:
    name: str
    what: str  # the broken behaviour, as a user would meet it
    tests: list[str]  # pytest selections run against it
    old: str = ""  # the code replaced: it must occur exactly once under `where`
    new: str = ""
    where: str = "cleantext"
    apply: Callable[[Path], None] | None = None  # for a change that is not one replacement


def _move_labelled_docs(copy: Path) -> None:
    """Move the language stage's labelled documents, as a reorganisation of tests/data might."""
    folder = copy / "tests" / "data" / "langid"
    (folder / "docs").rename(folder / "documents")


def _move_pdf_gold(copy: Path) -> None:
    """Rename the PDF fixtures' clean texts, as a reorganisation might, manifest included."""
    folder = copy / "tests" / "fixtures" / "pdf"
    manifest = folder / "manifest.json"
    entries = json.loads(manifest.read_text(encoding="utf-8"))
    for path in folder.glob("*.expected.txt"):
        path.rename(path.with_name(path.name.replace(".expected.txt", ".clean.txt")))
    for entry in entries:
        entry["expected"] = entry["expected"].replace(".expected.txt", ".clean.txt")
    manifest.write_text(json.dumps(entries, indent=1), encoding="utf-8")


# The tests that run rule files: the ones a mutation of the furniture stage or of rule loading ought to trip.
RULE_TESTS = ["tests/test_furniture.py", "tests/test_stages.py", "tests/test_rules.py", "tests/test_rulecli.py",
              "tests/test_bad_inputs.py", "tests/test_cli.py"]

MUTATIONS = [
    Mutation(
        "decode-control-bytes",
        "Decode's control-byte check for binary input turned off (the last-resort check still refuses it)",
        ["tests/test_decode.py", "tests/test_bad_inputs.py"],
        old="    if controls > max(2, len(data) // 50):",
        new="    if False:",
    ),
    Mutation(
        "unseeded-detector",
        "langdetect's private factory left unseeded: labels may differ from run to run",
        ["tests/test_language.py::test_same_labels_every_run"],
        old="    factory.set_seed(0)\n",
        new="",
    ),
    Mutation(
        "seed-not-restored",
        "a test sets langdetect's global seed and leaves it set for the tests after it",
        ["tests/test_language.py"],
        old='    monkeypatch.setattr(DetectorFactory, "seed", seed)',
        new="    DetectorFactory.seed = seed",
        where="tests/test_language.py",
    ),
    Mutation(
        "page-break-compound",
        "a compound hyphenated over a page break loses its hyphen (NATO-backed -> NATObacked)",
        ["tests/test_pdf_pipeline.py"],
        old='        result = f"{first}-{second}" if keep else first + second',
        new='        result = f"{first}-{second}" if keep and "\\f" not in m["gap"] else first + second',
    ),
    Mutation(
        "site-literal-alternation",
        "required_literal() takes '|' for a literal character: a site pattern with an alternative "
        "is skipped on pages that match its other branch",
        ["tests/test_fastpaths.py::test_a_site_pattern_matches_only_where_its_literal_is"],
        old='_METACHARACTERS = set(".^$*+?{}[]|()\\\\")',
        new='_METACHARACTERS = set(".^$*+?{}[]()\\\\")',
    ),
    Mutation(
        "fork-preload",
        "workers no longer start with the profiles loaded in the parent under fork",
        ["tests/test_batch.py::test_workers_load_the_profiles_before_they_fork"],
        old='        if context.get_start_method() == "fork":',
        new="        if False:",
    ),
    Mutation(
        "preload-without-fork",
        "the parent loads the profiles even where workers cannot inherit them (spawn, forkserver)",
        ["tests/test_batch.py::test_workers_load_the_profiles_before_they_fork"],
        old='        if context.get_start_method() == "fork":',
        new="        if True:",
    ),
    Mutation(
        "pdf-gold-moved",
        "the PDF fixtures' clean texts renamed: loops over a glob of them would find nothing",
        ["tests/test_dehyphenate.py::test_restore_leaves_clean_prose_alone",
         "tests/test_pages.py::test_gold_texts_have_no_furniture",
         "tests/test_reflow.py::test_samples_and_gold_are_unchanged"],
        apply=_move_pdf_gold,
    ),
    Mutation(
        "tidy-needles-leading-space",
        "the whitespace stage's pre-check no longer names lines that start with a space",
        ["tests/test_prechecks.py", "tests/test_fastpaths.py"],
        old='        needles.append("\\n ")\n',
        new="        pass\n",
    ),
    Mutation(
        "guard-threshold",
        "the over-deletion guard's threshold moved from half a document to 95%",
        RULE_TESTS,
        old="taken / total > self.max_share",
        new="taken / total > max(self.max_share, 0.95)",
    ),
    Mutation(
        "guard-minimum-size",
        "the over-deletion guard judges a text under its minimum size by its share too: a short text "
        "whose furniture is most of it keeps its furniture",
        RULE_TESTS,
        old="if found and total >= self.share_min_chars and taken / total > self.max_share:",
        new="if found and taken / total > self.max_share:",
    ),
    Mutation(
        "guard-whole-short-text",
        "a text under the guard's minimum size that the rules take whole is removed whole",
        RULE_TESTS,
        old="        elif found and taken >= total and total < self.share_min_chars:",
        new="        elif False:",
    ),
    Mutation(
        "timeout-message-bare",
        "a furniture pattern that runs away is reported with a bare message, not its file, line and rule",
        RULE_TESTS,
        old="        f'{rule.path}:{rule.line}: furniture \"{rule.id}\": the pattern ran longer than {REGEX_TIMEOUT} s '",
        new="        f'the pattern ran longer than {REGEX_TIMEOUT} s '",
    ),
    Mutation(
        "timeout-swallowed",
        "a furniture pattern that runs away is skipped silently instead of stopping with an error",
        RULE_TESTS,
        old="            raise _ran_away(rule, where)\n",
        new="            return [] if every else None\n",
    ),
    Mutation(
        "site-match-timeout-unnamed",
        "a [site] match pattern that runs away is reported without its file, line and pattern",
        RULE_TESTS,
        old="f\"{self.shown or self.path}:{line}: site match '{pattern.pattern}': the pattern ran longer than \"",
        new="f\"the pattern ran longer than \"",
    ),
    Mutation(
        "site-match-timeout-swallowed",
        "a [site] match pattern that runs away is taken as no match: the file is silently left out",
        RULE_TESTS,
        old="                line = self.match_lines[k] if k < len(self.match_lines) else 1\n",
        new="                continue\n",
    ),
    Mutation(
        "labelled-docs-moved",
        "the language stage's labelled documents moved: a test parametrized by a glob of them would "
        "have no case, and be skipped",
        ["tests/test_language.py"],
        apply=_move_labelled_docs,
    ),
]


def scratch_copy(into: Path) -> Path:
    """The repository's tracked files as they are in the working tree (changes not yet
    committed included; files git does not track left out)."""
    copy = into / "repo"
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in listed.decode().split("\0"):
        source = ROOT / name
        if name and source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    return copy


def mutate(copy: Path, mutation: Mutation) -> str | None:
    """Apply the mutation to the copy; the reason it could not be applied, or None."""
    if mutation.apply is not None:
        mutation.apply(copy)
        return None
    where = copy / mutation.where
    files = [where] if where.is_file() else sorted(where.rglob("*.py"))
    texts = {path: path.read_text(encoding="utf-8") for path in files}
    hits = [path for path, text in texts.items() if mutation.old in text]
    if len(hits) != 1 or texts[hits[0]].count(mutation.old) != 1:
        return f"the code to change is not found once under {mutation.where} (has it moved?)"
    path = hits[0]
    changed = texts[path].replace(mutation.old, mutation.new)
    try:
        compile(changed, str(path), "exec")
    except SyntaxError as err:
        return f"the mutated {path.name} does not compile: {err}"
    path.write_text(changed, encoding="utf-8")
    return None


def present(copy: Path, tests: list[str]) -> list[str]:
    """The test selections whose file exists in the copy."""
    return [test for test in tests if (copy / test.split("::")[0]).exists()]


def environment(copy: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTEST_ADDOPTS", None)
    return env


def run_tests(copy: Path, tests: list[str], *, stop_at_first: bool) -> tuple[str, list[str]]:
    """Run the tests in the copy: ("passed" | "failed" | "timed out" | "error", failing tests)."""
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rfE", *tests]
    if stop_at_first:
        command.insert(-len(tests), "-x")
    try:
        done = subprocess.run(command, cwd=copy, env=environment(copy), capture_output=True, text=True,
                              timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        return "timed out", []
    failing = [m.group(1).strip() for m in re.finditer(r"^(?:FAILED|ERROR) (.+?)(?: - .*)?$", done.stdout, re.M)]
    if done.returncode == 0:
        return "passed", []
    if failing:
        return "failed", failing
    return "error", [line for line in (done.stdout + done.stderr).splitlines()[-5:]]


def main(argv: list[str]) -> int:
    chosen = [m for m in MUTATIONS if not argv or m.name in argv]
    unknown = set(argv) - {m.name for m in MUTATIONS}
    if unknown:
        print(f"unknown mutation(s): {', '.join(sorted(unknown))}; known: {', '.join(m.name for m in MUTATIONS)}",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="cleantext-mutations-") as tmp:
        pristine = scratch_copy(Path(tmp))
        where = subprocess.run([sys.executable, "-c", "import cleantext; print(cleantext.__file__)"],
                               cwd=pristine, env=environment(pristine), capture_output=True, text=True)
        if not where.stdout.startswith(str(pristine)):
            print(f"the scratch copy is not what gets imported: {where.stdout or where.stderr}", file=sys.stderr)
            return 1
        tests = present(pristine, sorted({test for m in chosen for test in m.tests}))
        started = time.monotonic()
        outcome, failing = run_tests(pristine, tests, stop_at_first=False)
        print(f"unchanged copy: {outcome} ({time.monotonic() - started:.0f} s)", *failing, sep="\n  ")
        if outcome != "passed":
            print("the tests fail without a mutation; a mutation's catch would mean nothing", file=sys.stderr)
            return 1
        uncaught = 0
        for mutation in chosen:
            copy = Path(tmp) / mutation.name
            shutil.copytree(pristine, copy)
            started = time.monotonic()
            problem = mutate(copy, mutation)
            if problem:
                verdict = f"NOT APPLIED: {problem}"
                uncaught += 1
            else:
                tests = present(copy, mutation.tests)
                outcome, failing = run_tests(copy, tests, stop_at_first=True)
                if outcome == "passed":
                    verdict = "NOT CAUGHT: " + " ".join(tests) + " pass"
                    uncaught += 1
                elif outcome == "failed":
                    verdict = "caught by " + ", ".join(failing)
                else:
                    verdict = f"caught ({outcome}): " + " | ".join(failing)
            print(f"{mutation.name}: {mutation.what}\n  {verdict} ({time.monotonic() - started:.0f} s)",
                  flush=True)
            shutil.rmtree(copy)
    print(f"{len(chosen) - uncaught} of {len(chosen)} mutations caught")
    return 1 if uncaught else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
