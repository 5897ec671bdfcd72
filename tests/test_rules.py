"""Every rule file's examples, and the messages a broken rule file gets."""
import json
from pathlib import Path

import pytest

from cleantext.rulefile import RuleError, RuleSet, load
from cleantext.ruletest import run_examples

RULES = Path(__file__).resolve().parent.parent / "rules"
# The shipped rule files, and those the tests use (their examples are run too).
RULE_FILES = sorted(RULES.rglob("*.toml")) + sorted((Path(__file__).resolve().parent / "data").glob("*.toml"))
BUILTIN = RuleSet.load()


def _outcomes():
    for path in RULE_FILES:
        if load(path).examples:
            yield from run_examples(path, builtin=BUILTIN)


OUTCOMES = list(_outcomes())


@pytest.mark.parametrize("outcome", OUTCOMES, ids=lambda o: o.id)
def test_rule_example(outcome):
    if outcome.example.expect == "fail":
        assert not outcome.passed, f"{outcome.id} is marked expect = 'fail' but passes now: remove the mark"
    else:
        assert outcome.got == outcome.example.output


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.name)
def test_each_rule_file_proves_its_rules(path):
    rules = load(path)
    if not rules.furniture:
        return
    outcomes = run_examples(path, builtin=BUILTIN)
    assert any(o.example.input.strip() == o.example.output.strip() for o in outcomes), \
        "the file needs an example that comes through unchanged"
    fired = {rule for o in outcomes for rule in o.fired}
    missing = {rule.rule_id for rule in rules.furniture} - fired
    assert not missing, f"rules with no example that removes them: {sorted(missing)}"


def write(tmp_path, text):
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, message", [
    ('[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "banner"\npatern = "^x$"\n',
     'site.toml:6: furniture "a": unknown key "patern" (did you mean "pattern"?)'),
    ('[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "banner"\npattern = "^(x$"\n',
     'site.toml:6: furniture "a": pattern: bad regex \'^(x$\''),  # the pattern's own line
    # the pattern as written in the file, not with its backslashes doubled
    ('[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "banner"\npattern = \'^\\d(x$\'\n',
     'site.toml:6: furniture "a": pattern: bad regex \'^\\d(x$\''),
    ('[site]\nname = "x"\nmatch = [\'(?m)^x\\.example(\']\n', "site.toml:3: site match: bad regex '(?m)^x\\.example('"),
    ('[site]\nname = "x"\nmatch = [\n  \'(?m)^x\\.example$\',\n  "\\\\w+ (x",\n]\n',
     "site.toml:5: site match: bad regex '\\w+ (x'"),  # a list over several lines: the pattern's own line
    ('[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "banner"\nstart = "^a$"\nend = "^(b$"\n',
     'site.toml:7: furniture "a": end: bad regex'),
    ('[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "bannr"\npattern = "^x$"\n',
     "site.toml:5: furniture \"a\" \"class\": 'bannr' is not one of"),
    ('[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "banner"\npattern = "^x$"\nwhere = "top"\n',
     "site.toml:7: furniture \"a\" \"where\": 'top' is not one of"),
    ('[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "banner"\npattern = "x"\n'
     '[[furniture]]\nid = "a"\nclass = "banner"\npattern = "y"\n',
     'site.toml:7: furniture "a": duplicate id (first at line 3)'),
    ('[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "banner"\n',
     'site.toml:3: furniture "a": give one of pattern, mark, or both start and end'),
    # a boilerplate phrase is compiled when the file loads, not when a page is cleaned
    ('[site]\nname = "x"\n[[boilerplate.phrases]]\nid = "a"\nclass = "widget"\npattern = "^(share$"\n',
     'site.toml:6: boilerplate phrase "a": pattern: bad regex \'^(share$\''),
    ('[site]\nname = "x"\n[[boilerplate.phrases]]\nid = "a"\nclass = "widget"\npattern = "x"\n'
     '[[boilerplate.phrases]]\nid = "a"\nclass = "widget"\npattern = "y"\n',
     'site.toml:7: boilerplate phrase "a": duplicate id (first at line 3)'),
    # and a kind sign, by the same check
    ('[site]\nname = "x"\n[[kind.signs]]\nid = "a"\nkind = "web"\npattern = "x"\n'
     '[[kind.signs]]\nid = "a"\nkind = "web"\npattern = "(y"\n',
     'site.toml:7: kind sign "a": duplicate id (first at line 3)'),
    # the [ocr] table's patterns too: each old-spelling rewrite on its own line, and the units
    ('[site]\nname = "x"\n[ocr]\nhistorical = [\n    {pattern = "^v", replace = "u"},\n'
     '    {pattern = "(?<=[aeiou]u", replace = "v"},\n]\n',
     'site.toml:6: ocr historical 2: pattern: bad regex \'(?<=[aeiou]u\''),
    ('[site]\nname = "x"\n[ocr]\nscript = "Latn"\nunits = "^[0-9+(s|d)$"\n',
     'site.toml:5: ocr units: bad regex \'^[0-9+(s|d)$\''),
    ('[site\nname = "x"\n', "site.toml:1: not valid TOML"),
    ('[sight]\nname = "x"\n', 'site.toml:1: file: unknown key "sight" (did you mean "site"?)'),
])
def test_rule_file_problem_names_file_line_and_problem(tmp_path, text, message):
    with pytest.raises(RuleError) as caught:
        load(write(tmp_path, text))
    assert any(message in problem for problem in caught.value.problems), caught.value.problems


def test_all_problems_are_reported_together(tmp_path):
    text = ('[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "banner"\npattern = "(("\n'
            '[[furniture]]\nid = "b"\nclass = "banner"\npattern = "[["\n')
    with pytest.raises(RuleError) as caught:
        load(write(tmp_path, text))
    assert len(caught.value.problems) == 2


def test_all_kinds_of_problem_come_in_one_round(tmp_path):
    """A schema problem does not hide a bad regex or a rule with both a pattern and a block."""
    text = ('[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "bannr"\npattern = "^x$"\n'
            '[[furniture]]\nid = "b"\nclass = "banner"\npattern = "(("\n'
            '[[furniture]]\nid = "c"\nclass = "banner"\npattern = "^x$"\nstart = "^y$"\nend = "^z$"\n')
    with pytest.raises(RuleError) as caught:
        load(write(tmp_path, text))
    problems = "\n".join(caught.value.problems)
    assert "site.toml:5: furniture \"a\" \"class\": 'bannr' is not one of" in problems
    assert "site.toml:10: furniture \"b\": pattern: bad regex '(('" in problems
    assert 'site.toml:11: furniture "c": give one of pattern, mark, or both start and end' in problems


def test_a_user_rule_of_the_same_id_is_its_own_rule(tmp_path):
    """Ids are per file: a user's "loading" is mine:loading, beside generic:loading, not in its place."""
    from cleantext import Pipeline
    user = write(tmp_path, '[site]\nname = "mine"\n[[furniture]]\nid = "loading"\nclass = "widget"\n'
                 'pattern = "^Please wait$"\n')
    result = Pipeline.default([user]).run("The ferry sailed at noon.\n\nLoading\n\nPlease wait\n")
    assert result.text == "The ferry sailed at noon.\n"
    assert [r["rule"] for r in result.report["removed"]] == ["generic:loading", "mine:loading"]


def test_a_user_rule_overrides_a_builtin_one_only_by_naming_it(tmp_path):
    from cleantext import Pipeline
    off = write(tmp_path, '[site]\nname = "mine"\n[[furniture]]\nid = "keep-loading"\nclass = "widget"\n'
                'overrides = "generic:loading"\nenabled = false\n')
    text = "The ferry sailed at noon.\n\nLoading\n"
    assert Pipeline.default().run(text).text == "The ferry sailed at noon.\n"
    assert Pipeline.default([off]).run(text).text == "The ferry sailed at noon.\n\nLoading\n"


def test_an_override_of_a_rule_that_does_not_exist_is_a_problem(tmp_path):
    user = write(tmp_path, '[site]\nname = "mine"\n[[furniture]]\nid = "x"\nclass = "widget"\n'
                 'overrides = "generic:lodaing"\nenabled = false\n')
    with pytest.raises(RuleError) as caught:
        RuleSet.load([user])
    assert caught.value.problems == [f'{user}:6: overrides "generic:lodaing": no such rule in the rule files '
                                     f'loaded (did you mean "generic:loading"?)']


def test_a_site_override_applies_only_on_that_sites_pages(tmp_path):
    from cleantext import Pipeline
    site = write(tmp_path, '[site]\nname = "harbour"\nmatch = [\'(?m)^harbour\\.example$\']\n'
                 '[[furniture]]\nid = "loading"\nclass = "widget"\noverrides = "generic:loading"\nenabled = false\n')
    pipeline = Pipeline.default([site])
    assert "Loading" not in pipeline.run("The ferry sailed at noon.\n\nLoading\n").text
    assert "Loading" in pipeline.run("harbour.example\n\nThe ferry sailed at noon.\n\nLoading\n").text


def test_a_rule_file_given_as_text_works_as_the_same_file_on_disk(tmp_path):
    """Workers that share no file system get rule files as text: same rules, same messages."""
    from cleantext import Pipeline
    from cleantext.rulefile import loads
    text = ('[site]\nname = "harbour"\nmatch = [\'(?m)^harbour\\.example$\']\n'
            '[[furniture]]\nid = "tide"\nclass = "widget"\npattern = "^Tide table$"\n')
    page = "harbour.example\n\nThe ferry sailed at noon.\n\nTide table\n"
    from_file = Pipeline.default([write(tmp_path, text)]).run(page)
    from_text = Pipeline.default(texts=[("harbour.toml", text)]).run(page)
    assert "Tide table" not in from_text.text and from_text.text == from_file.text
    assert [r["rule"] for r in from_text.report["removed"]] == ["harbour:tide"]
    with pytest.raises(RuleError) as caught:
        loads(text.replace("pattern", "patern"), "sites/harbour.toml")
    assert caught.value.problems[0].startswith("sites/harbour.toml:7: ")
    assert loads('[[furniture]]\nid = "x"\nclass = "widget"\npattern = "^x$"\n', "my-rules.toml").name == "my-rules"


def test_the_site_is_chosen_from_the_decoded_text_before_any_stage_changes_it(tmp_path):
    """reflow joins the site's own line to the next; its furniture is still removed."""
    from cleantext import Pipeline
    site = write(tmp_path, '[site]\nname = "harbour"\nmatch = [\'(?m)^Harbour Gazette$\']\n'
                 '[[furniture]]\nid = "tide"\nclass = "widget"\npattern = "Tide table"\n')
    text = ("Harbour Gazette\nthe ferry sailed at noon and the harbour master\nsaid the crossing was calm\n"
            "for the time of year.\n\nTide table\n")
    for names in (["reflow", "furniture"], ["decode", "reflow", "furniture"]):
        result = Pipeline.from_names(names, [site]).run(text)
        assert "Harbour Gazette the ferry" in result.text, names  # joined by reflow
        assert "Tide table" not in result.text and result.report["sites"] == ["harbour"], names


def test_site_rules_get_the_first_word_on_their_own_pages(tmp_path):
    """A site block that starts with a line a generic rule would take is the site's."""
    from cleantext import Pipeline
    site = write(tmp_path, '[site]\nname = "harbour"\nmatch = [\'(?m)^harbour\\.example$\']\n'
                 '[[furniture]]\nid = "share-box"\nclass = "widget"\nstart = "^Share this article$"\n'
                 'end = "^Copy link$"\n')
    text = "harbour.example\n\nThe ferry sailed at noon.\n\nShare this article\n\nFacebook\n\nCopy link\n"
    result = Pipeline.default([site]).run(text)
    assert [(r["rule"], r["text"]) for r in result.report["removed"]] == [
        ("harbour:share-box", "Share this article"), ("harbour:share-box", "Facebook"),
        ("harbour:share-box", "Copy link")]


def test_a_site_files_examples_give_its_rules_the_first_word_as_its_pages_do(tmp_path):
    """The example need not hold the file's match, and its rules still come before the generic ones."""
    site = write(tmp_path, '[site]\nname = "harbour"\nmatch = [\'(?m)^harbour\\.example$\']\n'
                 '[[furniture]]\nid = "share-box"\nclass = "widget"\nstart = "^Share this article$"\n'
                 'end = "^Copy link$"\n\n[[examples]]\n'
                 'input = "The ferry sailed at noon.\\n\\nShare this article\\n\\nFacebook\\n\\nCopy link\\n"\n'
                 'output = "The ferry sailed at noon.\\n"\n')
    (outcome,) = run_examples(site, builtin=BUILTIN)
    assert outcome.fired == ["harbour:share-box"] * 3
    assert outcome.got == "The ferry sailed at noon.\n"


def test_a_site_file_cannot_change_the_pipeline_of_every_document(tmp_path):
    site = write(tmp_path, '[site]\nname = "harbour"\nmatch = ["x"]\n\n[pipeline]\n'
                 'stages = [{name = "furniture", max_share = 1.0}]\n')
    with pytest.raises(RuleError) as caught:
        load(site)
    assert caught.value.problems[0].startswith(f"{site}:5: [pipeline] in a site file")


@pytest.mark.parametrize("stages, message", [
    ('[{name = "decode"},\n  {name = "furniture", max_share = "half"}]', ':7: stage "furniture": option "max_share" must be a number'),
    ('[{name = "furniture", body_min_chars = 1.5}]', ':6: stage "furniture": option "body_min_chars" must be a whole number'),
    ('[{name = "unicode", fold_typography = "yes"}]', ':6: stage "unicode": option "fold_typography" must be true or false'),
    ('[{name = "furniture", max_shar = 0.4}]', ':6: stage "furniture": unknown option "max_shar" (did you mean "max_share"?)'),
    ('[{name = "furnture"}]', ":6: pipeline: unknown stage 'furnture'"),
    # the right type, a value no document can be cleaned with or that switches the guard off unsaid
    ('[{name = "furniture", time_budget = 0}]', ':6: stage "furniture": option "time_budget" must be at least 0.01, not 0'),
    ('[{name = "furniture", time_budget = -1.0}]', ':6: stage "furniture": option "time_budget" must be at least 0.01'),
    ('[{name = "furniture", max_share = 7}]', ':6: stage "furniture": option "max_share" must be from 0 to 1, not 7'),
    ('[{name = "furniture", max_share = nan}]', ':6: stage "furniture": option "max_share" must be a finite number, not nan'),
    ('[{name = "furniture", time_budget = inf}]', ':6: stage "furniture": option "time_budget" must be a finite number'),
    ('[{name = "furniture", body_min_chars = -5}]', ':6: stage "furniture": option "body_min_chars" must be at least 0, not -5'),
    ('[{name = "ocr", scripts = "Latn"}]', ':6: stage "ocr": option "scripts" must be a list'),
])
def test_pipeline_options_are_checked_when_the_file_loads(tmp_path, stages, message):
    path = write(tmp_path, f'[site]\nname = "mine"\n\n\n[pipeline]\nstages = {stages}\n')
    with pytest.raises(RuleError) as caught:
        load(path)
    assert any(problem.startswith(f"{path}{message}") for problem in caught.value.problems), caught.value.problems


@pytest.mark.parametrize("key, value", [("max_share", 0), ("max_share", 1), ("time_budget", 0.5), ("share_min_chars", 0)])
def test_pipeline_options_at_the_ends_of_their_range_load(tmp_path, key, value):
    path = write(tmp_path, f'[site]\nname = "mine"\n\n\n[pipeline]\nstages = [{{name = "furniture", {key} = {value}}}]\n')
    assert load(path).pipeline == [{"name": "furniture", key: value}]


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(map(_toml_value, value)) + "]"
    return json.dumps(value)


def test_every_stage_option_can_be_written_in_a_rule_file(tmp_path):
    """Each option of the reference, written in TOML as a rule file gives it, loads and reaches
    the stage (a TOML array is a list, never a tuple)."""
    import inspect

    from cleantext.pipeline import Pipeline
    from cleantext.schema import STAGE_OPTIONS
    from cleantext.stages.base import lookup
    for k, (name, key) in enumerate(sorted(STAGE_OPTIONS)):
        default = inspect.signature(lookup(name)).parameters[key].default
        (tmp_path / str(k)).mkdir()
        path = write(tmp_path / str(k), f'[site]\nname = "mine"\n[pipeline]\n'
                     f'stages = [{{name = "{name}", {key} = {_toml_value(default)}}}]\n')
        (spec,) = load(path).pipeline
        assert spec == {"name": name, key: list(default) if isinstance(default, tuple) else default}
    path = write(tmp_path, '[site]\nname = "mine"\n[pipeline]\nstages = [{name = "ocr", scripts = ["Latn", "Cyrl"]}]\n')
    (stage,) = Pipeline.from_names(load(path).pipeline).stages
    assert stage.scripts == ("Latn", "Cyrl")


@pytest.mark.parametrize("pattern", [
    "(?:(?:(?:(?:a{50}){50}){50}){50})",   # 2.9 GB and 14 s to compile
    "(?:a{1000}){1000}",
    "(" * 150 + "a" + ")" * 150,            # deeper than the compiler's recursion
])
def test_a_pattern_too_large_to_compile_is_refused_by_its_text(tmp_path, pattern):
    path = write(tmp_path, f'[site]\nname = "x"\n[[furniture]]\nid = "bomb"\nclass = "banner"\n'
                 f"pattern = '{pattern}'\n")
    with pytest.raises(RuleError) as caught:
        load(path)
    assert caught.value.problems == [caught.value.problems[0]]
    assert caught.value.problems[0].startswith(f'{path}:6: furniture "bomb": pattern \'{pattern[:40]}')
    assert "too large to compile" in caught.value.problems[0]


def test_the_built_in_patterns_are_far_below_the_size_bound():
    from cleantext.patterns import MAX_PATTERN_COPIES, pattern_size
    sizes = [pattern_size(p.pattern)[0] for rules in BUILTIN.files for rule in rules.furniture
             for p in (rule.pattern, rule.start, rule.end) if p is not None]
    assert sizes and max(sizes) < MAX_PATTERN_COPIES / 50


def test_a_deeply_nested_rule_file_is_a_rule_error(tmp_path):
    path = write(tmp_path, "x = " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(RuleError) as caught:
        load(path)
    assert caught.value.problems[0].startswith(f"{path}:1: ")


def test_an_endless_file_is_refused_after_a_bounded_read():
    with pytest.raises(RuleError) as caught:
        load("/dev/zero")
    assert caught.value.problems == ["/dev/zero:1: not a rule file: longer than 1,000,000 bytes"]


def test_a_file_of_rules_without_examples_is_warned_about(tmp_path):
    path = write(tmp_path, '[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "banner"\npattern = "^x$"\n')
    assert load(path).warnings == [f"{path}:3: 1 furniture rules and no [[examples]]: add one that each rule "
                                   "removes and one that comes through unchanged (cleantext rules test runs them)"]


def test_site_file_applies_only_when_it_matches(tmp_path):
    from cleantext import Pipeline
    user = write(tmp_path, '[site]\nname = "harbour"\nmatch = [\'(?m)^harbour\\.example$\']\n'
                 '[[furniture]]\nid = "print-edition"\nclass = "banner"\npattern = "^Read the print edition$"\n')
    pipeline = Pipeline.default([user])
    assert pipeline.run("Read the print edition\nThe ferry sailed.\n").text.startswith("Read the print edition")
    result = pipeline.run("harbour.example\nRead the print edition\nThe ferry sailed.\n")
    assert "Read the print edition" not in result.text
    assert result.report["sites"] == ["harbour"]
    assert result.report["removed"][0]["rule"] == "harbour:print-edition"
    assert Pipeline.default([user], site_rules=False).run(
        "harbour.example\nRead the print edition\nThe ferry sailed.\n").text.count("Read the print") == 1


def test_the_reference_in_the_guide_is_generated_from_the_schema():
    from cleantext.schema import reference
    guide = (RULES.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    inside = guide.split("<!-- reference:start -->\n", 1)[1].split("<!-- reference:end -->", 1)[0]
    assert inside == reference(), "docs/rules.md is out of date: regenerate with python -m cleantext.schema"


def test_the_reference_describes_every_stage_option_and_no_other():
    import inspect

    from cleantext.schema import STAGE_OPTIONS
    from cleantext.stages.base import known, lookup
    options = {(name, key) for name in known() for key in inspect.signature(lookup(name)).parameters}
    assert options == set(STAGE_OPTIONS)
    assert {("furniture", "max_share"), ("unicode", "fold_typography"), ("language", "detector")} <= options


@pytest.mark.parametrize("table, message", [
    ('[language]\ncode = "fa"\n[normalize]\nyeh = "yes"\n', "site.toml:4: normalize \"yeh\": 'yes' is not of type 'boolean'"),
    ('[language]\ncode = "fa"\n[normalize]\nkashidah = true\n', 'site.toml:4: normalize: unknown key "kashidah" (did you mean "kashida"?)'),
    ('[language]\ncodes = "fa"\n', 'site.toml:2: language: unknown key "codes" (did you mean "code"?)'),
])
def test_language_settings_are_checked_by_the_schema(tmp_path, table, message):
    with pytest.raises(RuleError) as caught:
        load(write(tmp_path, table))
    assert any(message in problem for problem in caught.value.problems), caught.value.problems


def test_examples_run_through_every_stage_a_page_from_a_file_does():
    """Decode included: an example is cleaned from bytes, as a page read from a file is (a PDF
    written out in an example, rules/pdf/, is read as a PDF)."""
    assert OUTCOMES and all(o.report["encoding"] == ("pdf" if o.example.input.startswith("%PDF-") else "utf-8")
                            for o in OUTCOMES)
    assert any(o.report["encoding"] == "pdf" for o in OUTCOMES)
