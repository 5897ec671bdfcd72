"""The furniture stage's safety: time limits that name the rule, and the over-deletion guard."""
import pytest

from cleantext import Pipeline
from cleantext.pipeline import make_stage
from cleantext.rulefile import RuleSet, RuleTimeoutError


def rule_file(tmp_path, body, name="slow"):
    path = tmp_path / f"{name}.toml"
    path.write_text(f'[site]\nname = "{name}"\n' + body, encoding="utf-8")
    return path


def furniture_only(path, **options):
    """The furniture stage alone, so that the lines it sees are the lines given."""
    return Pipeline([make_stage({"name": "furniture", **options})], RuleSet.load([path], builtin=False))


def test_a_runaway_pattern_stops_the_document_with_its_file_line_and_rule(tmp_path):
    path = rule_file(tmp_path, "\n[[furniture]]\nid = \"boom\"\nclass = \"widget\"\npattern = '^(a|aa)+$'\n")
    with pytest.raises(RuleTimeoutError) as caught:
        Pipeline.default([path]).run("The ferry sailed at noon.\n\n" + "a" * 5000 + "b\n")
    # Found where the body is looked for (a long line a rule takes is no body start), or on the
    # whole document: either way the rule and its place are named.
    [problem] = caught.value.problems
    assert problem.startswith(f'{path}:4: furniture "boom": the pattern ran longer than 1.0 s on ')
    assert problem.split(" s on ", 1)[1] in (
        "the document; make it simpler (avoid nested repeats such as (a+)+)",
        "input line 3; make it simpler (avoid nested repeats such as (a+)+)")


def test_a_busy_machine_neither_spends_the_budget_nor_blames_an_idle_rule(tmp_path, monkeypatch):
    """The regex module counts its 1 s limit in processor time; on a busy machine wall time runs
    several times faster. A wall-clock budget was spent by one search of all the patterns, and
    the message blamed a rule that had spent nothing."""
    import time
    real = time.monotonic
    began = real()
    monkeypatch.setattr(time, "monotonic", lambda: began + 5 * (real() - began))  # a fifth of a processor
    path = rule_file(tmp_path, "\n[[furniture]]\nid = \"boom\"\nclass = \"widget\"\npattern = '^(a|aa)+$'\n")
    with pytest.raises(RuleTimeoutError) as caught:
        Pipeline.default([path]).run("The ferry sailed at noon.\n\n" + "a" * 5000 + "b\n")
    assert caught.value.problems[0].startswith(f'{path}:4: furniture "boom": the pattern ran longer than 1.0 s')


def test_a_slow_pattern_on_many_lines_spends_the_documents_budget_and_is_named(tmp_path):
    """Each search stays under the 1 s limit (about 0.04 s); together they run past the budget."""
    path = rule_file(tmp_path, "\n[[furniture]]\nid = \"slow-block\"\nclass = \"widget\"\n"
                     "start = '^(a|aa)+$'\nend = '^End$'\n")
    text = "\n".join("a" * 25 + "b" for _ in range(200)) + "\n"
    with pytest.raises(RuleTimeoutError) as caught:
        furniture_only(path, time_budget=0.5).run(text)
    (problem,) = caught.value.problems
    assert problem.startswith(f"{path}:4: furniture \"slow-block\": the rules ran past the document's "
                              "time budget of 0.5 s (slow:slow-block spent 0.")
    assert problem.endswith("; make its pattern simpler, or raise the furniture stage's time_budget")


def test_the_rule_cut_short_by_the_budget_is_named_with_the_time_it_spent(tmp_path):
    """The runaway rule also makes the combined pre-check run out (that time is no rule's, and
    not counted); its own search then runs out of the 0.5 s budget: it is named, not the quick
    rule before it, and with the time it spent."""
    path = rule_file(tmp_path, "\n[[furniture]]\nid = \"quick\"\nclass = \"widget\"\npattern = '^Quick$'\n"
                     "\n[[furniture]]\nid = \"boom\"\nclass = \"widget\"\npattern = '^(a|aa)+$'\n")
    with pytest.raises(RuleTimeoutError) as caught:
        furniture_only(path, time_budget=0.5).run("a" * 5000 + "b\n")
    (problem,) = caught.value.problems
    assert problem.startswith(f'{path}:9: furniture "boom": the rules ran past the document\'s time budget '
                              "of 0.5 s (slow:boom spent ")
    assert "(slow:boom spent 0.0 s" not in problem


def test_the_same_lines_within_the_budget_are_searched(tmp_path):
    path = rule_file(tmp_path, "\n[[furniture]]\nid = \"slow-block\"\nclass = \"widget\"\n"
                     "start = '^(a|aa)+$'\nend = '^End$'\n")
    result = furniture_only(path, time_budget=60.0).run("a" * 20 + "\nEnd\n" + "The ferry sailed at noon. " * 20 + "\n")
    assert [r["rule"] for r in result.report["removed"]] == ["slow:slow-block", "slow:slow-block"]


def test_a_runaway_site_match_is_named_by_file_and_line(tmp_path):
    path = rule_file(tmp_path, "match = ['^(a|aa)+$']\n", name="runaway")
    with pytest.raises(RuleTimeoutError) as caught:
        Pipeline.default([path]).run("a" * 5000 + "b\n")
    assert caught.value.problems == [
        f"{path}:3: site match '^(a|aa)+$': the pattern ran longer than 1.0 s on the document; "
        "make it simpler (a literal line such as '(?m)^www\\.example\\.com$' is fastest)"]


def test_site_match_patterns_share_the_documents_budget_and_the_costliest_file_is_named(tmp_path, monkeypatch):
    """Each match search stays under the 1 s limit (about 0.2 s); the files together run past the budget."""
    from cleantext import rulefile
    monkeypatch.setattr(rulefile, "MATCH_BUDGET", 0.5, raising=False)
    paths = [rule_file(tmp_path, f"match = ['^(a|aa)+{k}$']\n", name=f"slow{k}") for k in range(6)]
    with pytest.raises(RuleTimeoutError) as caught:
        Pipeline.default(paths).run("a" * 28 + "b\n")
    (problem,) = caught.value.problems
    assert problem.startswith(f"{tmp_path}/slow") and ":3: site match: the site files' match patterns ran past " \
        "the document's time budget of 0.5 s (slow" in problem, problem


def test_the_command_line_names_the_runaway_site_match(tmp_path):
    import subprocess
    import sys
    path = rule_file(tmp_path, "match = ['^(a|aa)+$']\n", name="runaway")
    done = subprocess.run([sys.executable, "-m", "cleantext", "--rules", str(path)],
                          input=b"a" * 5000 + b"b\n", capture_output=True)
    assert done.returncode == 1
    assert f"<stdin>: not cleaned: {path}:3: site match '^(a|aa)+$'" in done.stderr.decode()


# The guard: a page of 1,000 characters in ten lines of 100; the rule takes the lines that
# start "PROMO". 45% taken is applied, 55% is refused (the limit is half).
def _page(promo_lines: int, length: int = 100, lines: int = 10) -> str:
    promo = "PROMO " + "x" * (length - 6)
    body = "The ferry sailed at noon" + "." * (length - 24)
    return "".join((promo if k < promo_lines else body) + "\n" for k in range(lines))


PROMO = "\n[[furniture]]\nid = \"promo\"\nclass = \"widget\"\npattern = '^PROMO x+$'\n"


@pytest.mark.parametrize("text, removed, share", [
    (_page(4) + "y" * 45 + "\n", 4, None),     # 400 of 1,045 characters: 38%, applied
    (_page(5, lines=11), 5, None),              # 500 of 1,100: 45%, applied
    (_page(5, lines=9) + "z" * 10 + "\n", 0, "55%"),   # 500 of 910: 55%, refused
    (_page(6), 0, "60%"),                       # 600 of 1,000, refused
])
def test_the_guard_refuses_more_than_half_of_a_document(tmp_path, text, removed, share):
    result = furniture_only(rule_file(tmp_path, PROMO)).run(text)
    assert len(result.report["removed"]) == removed
    assert result.report.get("warnings") == ([f"furniture rules would remove {share} of the text "
                                              "(more than 50%); nothing was removed"] if share else None)


def test_under_the_minimum_size_most_of_a_text_may_go_but_not_all(tmp_path):
    path = rule_file(tmp_path, PROMO)
    short = _page(3, length=99, lines=4) + "\n"  # 396 characters, 297 of them furniture: 75%
    assert len(short.replace("\n", "")) == 396
    assert len(furniture_only(path).run(short).report["removed"]) == 3
    whole = _page(4, length=99, lines=4)          # 396 characters, all furniture
    result = furniture_only(path).run(whole)
    assert result.text.count("PROMO") == 4
    assert result.report["warnings"] == ["furniture rules would remove all of a text under 400 characters; "
                                         "nothing was removed"]


def test_a_whole_document_removed_where_the_guard_allows_it_is_a_warning(tmp_path):
    path = rule_file(tmp_path, PROMO)
    result = furniture_only(path, max_share=1.0).run(_page(10))
    assert result.text.strip() == ""
    assert result.report["warnings"] == ["furniture rules removed the whole document (slow:promo)"]


def test_the_command_line_says_when_a_whole_document_was_removed(tmp_path):
    """A rule file of the user's may allow it (max_share = 1.0); standard error still says it."""
    import json
    import subprocess
    import sys
    stages = [dict(spec, max_share=1.0) if spec["name"] == "furniture" else spec for spec in RuleSet.load().pipeline]
    tables = ", ".join("{" + ", ".join(f"{k} = {json.dumps(v)}" for k, v in spec.items()) + "}" for spec in stages)
    path = rule_file(tmp_path, f"\n[pipeline]\nstages = [{tables}]\n" + PROMO, name="mine")
    done = subprocess.run([sys.executable, "-m", "cleantext", "--rules", str(path)],
                          input=_page(10).replace("\n", "\n\n").encode(), capture_output=True)
    assert done.returncode == 0 and done.stdout.strip() == b""
    assert "cleantext: <stdin>: warning: the whole document was removed (by mine:promo); see --explain" \
        in done.stderr.decode()


def test_a_mark_rule_cuts_its_match_and_keeps_the_line(tmp_path):
    path = rule_file(tmp_path, "\n[[furniture]]\nid = \"edit-mark\"\nclass = \"markup\"\nmark = '\\s*\\[edit\\]$'\n"
                     "where = \"anywhere\"\n", "wiki")
    text = ("History[edit]\n\n" + "The ferry sailed at noon and came back in the evening with the mail. " * 3 +
            "\n\n[edit]\n\nThe word [edit] stays inside a sentence.\n")
    result = Pipeline.default([path]).run(text)
    assert result.text.splitlines()[0] == "History"
    assert "The word [edit] stays inside a sentence." in result.text
    assert "\n[edit]\n" not in f"\n{result.text}"  # a line left with nothing is removed
    assert result.report["changes"]["furniture_marks"] == 1
    assert [r["rule"] for r in result.report["removed"]] == ["wiki:edit-mark"]


def test_a_rule_gives_one_of_pattern_mark_or_a_block(tmp_path):
    path = rule_file(tmp_path, "\n[[furniture]]\nid = \"both\"\nclass = \"markup\"\nmark = 'x$'\npattern = '^y$'\n", "two")
    with pytest.raises(Exception) as caught:
        RuleSet.load([path], builtin=False)
    assert 'furniture "both": give one of pattern, mark, or both start and end' in str(caught.value)
