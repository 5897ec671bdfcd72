"""Every rule file's examples, and the messages a broken rule file gets."""
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
     'site.toml:3: furniture "a": pattern: bad regex'),
    ('[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "bannr"\npattern = "^x$"\n',
     "site.toml:5: furniture \"a\" \"class\": 'bannr' is not one of"),
    ('[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "banner"\npattern = "^x$"\nwhere = "top"\n',
     "site.toml:7: furniture \"a\" \"where\": 'top' is not one of"),
    ('[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "banner"\npattern = "x"\n'
     '[[furniture]]\nid = "a"\nclass = "banner"\npattern = "y"\n',
     'site.toml:7: furniture "a": duplicate id (first at line 3)'),
    ('[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "banner"\n',
     'site.toml:3: furniture "a": give either pattern, or both start and end'),
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


def test_user_rule_overrides_and_disables_builtin_by_id(tmp_path):
    from cleantext import Pipeline
    user = write(tmp_path, '[site]\nname = "mine"\n[[furniture]]\nid = "loading"\nclass = "widget"\nenabled = false\n')
    text = "The ferry sailed at noon.\n\nLoading\n"
    assert Pipeline.default().run(text).text == "The ferry sailed at noon.\n"
    assert Pipeline.default([user]).run(text).text == "The ferry sailed at noon.\n\nLoading\n"


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
