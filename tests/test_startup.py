"""What a run pays for before its first document: the shipped rule files read without the checks
that only find problems (the test suite and `cleantext rules check` make them), each rule pattern
compiled once, nothing imported that the run does not use. And what must not change with it: a
user's rule file is checked in full when it loads, every problem named by file and line."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from cleantext.patterns import compiled
from cleantext.rulefile import RuleError, RuleSet, builtin_dir, find_files, load

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = find_files(builtin_dir())


def _pattern_source(pattern):
    return None if pattern is None else (pattern.pattern, pattern.flags)


def _read_as(rules):
    """What a stage reads of a rule file, patterns by their text and flags."""
    return {
        "name": rules.name, "language": rules.language, "refine": rules.refine, "data": rules.data,
        "match": [_pattern_source(p) for p in rules.match], "match_lines": rules.match_lines,
        "furniture": [(r.id, r.cls, r.site, r.where, r.max_lines, r.line, r.path, r.overrides, r.aliases,
                       *(_pattern_source(getattr(r, key)) for key in ("pattern", "start", "end", "mark")))
                      for r in rules.furniture],
        "disabled": rules.disabled, "overrides": rules.overrides, "pipeline": rules.pipeline,
        "examples": [(e.input, e.output, e.expect, e.line) for e in rules.examples],
    }


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.relative_to(builtin_dir()).as_posix())
def test_a_shipped_file_passes_every_check_and_reads_the_same_without_them(path):
    shown = f"rules/{path.relative_to(builtin_dir()).as_posix()}"
    checked = load(path, shown=shown)   # raises RuleError on any problem: schema, pattern, stage option
    unchecked = load(path, shown=shown, checked=False)
    assert _read_as(unchecked) == _read_as(checked)


def test_the_built_in_rule_set_reads_the_shipped_files_unchecked_and_the_users_checked(tmp_path):
    bad_phrase = tmp_path / "phrases.toml"
    bad_phrase.write_text('[[boilerplate.phrases]]\nid = "share"\nclass = "widget"\npattern = "(?i)^(share"\n',
                          encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        RuleSet.load([bad_phrase])
    assert len(caught.value.problems) == 1
    assert caught.value.problems[0].startswith(f'{bad_phrase}:4: boilerplate phrase "share": pattern: bad regex')
    unknown = tmp_path / "unknown.toml"
    unknown.write_text('[[furniture]]\nid = "x"\nclass = "banner"\npattern = "^x$"\ncolour = "red"\n', encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        RuleSet.load([unknown])
    assert caught.value.problems[0].startswith(f'{unknown}:5: furniture "x": unknown key "colour"')


@pytest.mark.parametrize("table, message", [
    ('[[kind.signs]]\nid = "s"\nkind = "web"\npattern = "[x"\n', ':4: kind sign "s": pattern: bad regex'),
    ('[ocr]\nunits = "(cm"\n', ":2: ocr units: bad regex"),
    ('[pdf]\nno_hyphenation = [\n  { pattern = "ok" },\n  { pattern = "(bad" },\n]\n',
     ":4: pdf no_hyphenation 2: pattern: bad regex"),
    ('[pipeline]\nstages = [\n  { name = "decode" },\n  { name = "whitespace", colour = 1 },\n]\n', ":4: "),
])
def test_rules_check_still_names_a_bad_pattern_or_option_in_a_user_file(tmp_path, table, message):
    path = tmp_path / "mine.toml"
    path.write_text(table, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "cleantext", "rules", "check", str(path)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2
    assert f"{path}{message}" in done.stderr


def test_a_pattern_is_compiled_once_for_the_check_and_the_stage(tmp_path):
    from cleantext.kinds import signs_from
    from cleantext.stages.boilerplate import settings_from

    source = "(?i)^(share this page|teile diese seite)$"
    path = tmp_path / "phrases.toml"
    path.write_text(f'[[boilerplate.phrases]]\nid = "share-page"\nclass = "widget"\npattern = "{source}"\n'
                    f'[[kind.signs]]\nid = "share-page"\nkind = "web"\npattern = "{source}"\n', encoding="utf-8")
    rules = load(path)
    phrase = next(p for p in settings_from([rules.data["boilerplate"]]).phrases if p.id == "share-page")
    sign = next(s for s in signs_from([rules.data["kind"]]) if s.id == "share-page")
    assert phrase.pattern is sign.pattern is compiled(source)


def test_compiled_behaves_as_the_engines_default_compile():
    """Every pattern of the shipped files, on the samples: the same matches, the same flags."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    texts.append("Share\nWe use cookies.\n© 2024 All rights reserved\n[1] x\n# Title\n")
    sources = set()
    for path in SHIPPED:
        data = load(path).data
        for table, key in (("boilerplate", "phrases"), ("kind", "signs")):
            sources |= {item["pattern"] for item in data.get(table, {}).get(key, [])}
        sources |= {item["pattern"] for item in data.get("ocr", {}).get("historical", [])}
        for item in data.get("furniture", []):
            sources |= {item[k] for k in ("pattern", "start", "end", "mark") if k in item}
    assert len(sources) > 40
    for source in sorted(sources):
        ours, theirs = compiled(source), regex.compile(source)
        assert ours.flags == theirs.flags and ours.pattern == theirs.pattern
        for text in texts:
            assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)], source


def test_a_run_imports_neither_the_schema_validator_nor_the_progress_bar(tmp_path):
    """jsonschema (about 0.1 s) only checks a user's file; tqdm only draws a bar on a terminal;
    wordfreq (about 0.06 s, langcodes' tables) only where its tokenizer or its arithmetic is
    needed: the language stage reads its list files through cleantext.wordfiles."""
    record = tmp_path / "one.jsonl"
    record.write_text(json.dumps({"id": 1, "text": "The ferry left at noon.\n"}) + "\n", encoding="utf-8")
    probe = ("import sys\nfrom cleantext.cli import main\n"
             f"sys.argv = ['cleantext', {str(record)!r}, '--jsonl', '-j', '1', '-q']\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in ('jsonschema', 'tqdm', 'wordfreq') if m in sys.modules), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert json.loads(done.stdout)["text"] == "The ferry left at noon.\n"
    assert done.stderr.strip().splitlines()[-1] == "[]"
    # With a rule file of the user's, it is checked: the validator is imported then.
    user = tmp_path / "mine.toml"
    user.write_text('[[furniture]]\nid = "x"\nclass = "banner"\npattern = "^Print$"\n'
                    '[[examples]]\ninput = "Print\\n\\nText.\\n"\noutput = "Text.\\n"\n', encoding="utf-8")
    probe = probe.replace("'-q']", f"'-q', '--rules', {str(user)!r}]")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert done.stderr.strip().splitlines()[-1] == "['jsonschema']"


def test_the_word_list_files_and_conversions_are_wordfreqs():
    import wordfreq

    from cleantext import wordfiles

    for wordlist in ("small", "large", "best"):
        ours, theirs = wordfiles.available_languages(wordlist), wordfreq.available_languages(wordlist)
        assert ours == theirs and list(ours) == list(theirs) and len(ours) > 10
    for cb in range(0, 1200):
        freq = wordfiles.cB_to_freq(-cb)
        assert freq == wordfreq.cB_to_freq(-cb)
        assert wordfiles.freq_to_zipf(freq) == wordfreq.freq_to_zipf(freq)
    with pytest.raises(ValueError):
        wordfiles.cB_to_freq(1)
