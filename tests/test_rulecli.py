"""`cleantext rules check|test|list|new`, as a user runs them."""
from pathlib import Path

from cleantext.cli import main

ROOT = Path(__file__).resolve().parent.parent
AFGAZAD = next((ROOT / "samples").glob("003_*.txt"))


def test_new_writes_a_starter_that_passes_its_own_examples(tmp_path, capsys):
    path = tmp_path / "harbour-gazette.toml"
    assert main(["rules", "new", "harbour-gazette", "--out", str(path)]) == 0
    assert 'name = "harbour-gazette"' in path.read_text(encoding="utf-8")
    assert main(["rules", "check", str(path)]) == 0
    assert main(["rules", "test", str(path)]) == 0
    assert "2 passed, 0 failed" in capsys.readouterr().out
    assert main(["rules", "new", "harbour-gazette", "--out", str(path)]) == 2  # never overwritten
    assert "exists; not overwritten" in capsys.readouterr().err


def test_check_lists_every_problem_with_file_and_line(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text('[site]\nname = "bad"\n[[furniture]]\nid = "x"\nclass = "bannr"\npatern = "^x$"\n',
                   encoding="utf-8")
    assert main(["rules", "check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f'{bad}:6: furniture "x": unknown key "patern" (did you mean "pattern"?)' in err
    assert f"{bad}:5: furniture \"x\" \"class\": 'bannr' is not one of" in err


def test_test_shows_a_diff_for_a_failing_example(tmp_path, capsys):
    rules = tmp_path / "r.toml"
    rules.write_text('[site]\nname = "r"\n[[furniture]]\nid = "box"\nclass = "widget"\npattern = "^Box$"\n'
                     '[[examples]]\ninput = "Box\\nText.\\n"\noutput = "Box\\nText.\\n"\n', encoding="utf-8")
    assert main(["rules", "test", str(rules)]) == 1
    out = capsys.readouterr().out
    assert "r:example-1: output differs" in out and "-Box" in out and "0 passed, 1 failed" in out


def test_a_known_gap_is_a_strict_expected_failure(tmp_path, capsys):
    rules = tmp_path / "r.toml"
    rules.write_text('[site]\nname = "r"\n[[examples]]\ninput = "Text.\\n"\noutput = "Other.\\n"\nexpect = "fail"\n'
                     '[[examples]]\ninput = "Text.\\n"\noutput = "Text.\\n"\nexpect = "fail"\n', encoding="utf-8")
    assert main(["rules", "test", str(rules)]) == 1  # the second one passes although marked
    assert 'marked expect = "fail" but passes now' in capsys.readouterr().out


def test_list_for_a_document_names_the_match_that_fired(capsys):
    assert main(["rules", "list", "--for", str(AFGAZAD)]) == 0
    out = capsys.readouterr().out
    assert "[afgazad]  match 'www.afgazad.com'" in out
    assert "afgazad:header-verse" in out and "[wsws]  match 'WSWS'" in out


def test_builtin_rules_all_pass(capsys):
    assert main(["rules", "test"]) == 0
    assert ", 0 failed" in capsys.readouterr().out


def test_new_makes_a_valid_name_of_a_site_name_with_spaces(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["rules", "new", "Harbour Daily"]) == 0
    path = tmp_path / "harbour-daily.toml"
    assert 'name = "harbour-daily"' in path.read_text(encoding="utf-8")
    assert main(["rules", "check", str(path)]) == 0
    assert main(["rules", "test", str(path)]) == 0
    assert "2 passed, 0 failed" in capsys.readouterr().out


def test_the_guide_shows_the_starter_that_new_writes(tmp_path):
    from cleantext.rulecli import guide_text
    path = tmp_path / "harbour-gazette.toml"
    main(["rules", "new", "Harbour Gazette", "--out", str(path)])
    written = path.read_text(encoding="utf-8").replace(str(path), "harbour-gazette.toml")
    shown = guide_text().split("<!-- starter:start -->\n```toml\n", 1)[1].split("```\n<!-- starter:end -->", 1)[0]
    assert shown == written


def test_guide_prints_the_guide_with_its_reference(capsys):
    assert main(["rules", "guide"]) == 0
    out = capsys.readouterr().out
    assert out == (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert out.startswith("# Writing rule files") and "### `[[furniture]]`" in out


def test_check_warns_of_a_file_without_examples_and_still_passes(tmp_path, capsys):
    path = tmp_path / "x.toml"
    path.write_text('[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "banner"\npattern = "^x$"\n',
                    encoding="utf-8")
    assert main(["rules", "check", str(path)]) == 0
    assert f"{path}:3: 1 furniture rules and no [[examples]]" in capsys.readouterr().err


def test_check_finds_an_override_of_no_rule(tmp_path, capsys):
    path = tmp_path / "x.toml"
    path.write_text('[site]\nname = "x"\n[[furniture]]\nid = "a"\nclass = "widget"\n'
                    'overrides = "generic:share"\nenabled = false\n', encoding="utf-8")
    assert main(["rules", "check", str(path)]) == 2
    said = capsys.readouterr()
    assert f'{path}:6: overrides "generic:share": no such rule' in said.err
    assert "ok" not in said.out  # the file is not said to be ok beside its error


def test_list_shows_what_a_rule_overrides(tmp_path, capsys):
    path = tmp_path / "x.toml"
    path.write_text('[site]\nname = "x"\n[[furniture]]\nid = "share"\nclass = "widget"\n'
                    'pattern = "^Share$"\noverrides = "generic:share-prompt"\n', encoding="utf-8")
    assert main(["rules", "list", "--rules", str(path)]) == 0
    out = capsys.readouterr().out
    assert "x:share" in out and "overrides generic:share-prompt" in out


def _console_blocks(markdown: str):
    """Each ``$ command`` of the guide's console blocks, with the output shown under it."""
    for block in markdown.split("```console\n")[1:]:
        for part in block.split("\n```", 1)[0].split("$ ")[1:]:
            command, _, output = part.partition("\n")
            yield command, output


def test_every_command_in_the_guide_gives_the_output_shown(tmp_path):
    """Run from a folder that has the checkout's samples/ and rules/, one command after another."""
    import os
    import subprocess
    import sys
    guide = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    commands = list(_console_blocks(guide))
    assert len(commands) >= 8 and any("rules list --for" in c for c, _ in commands)
    for name in ("samples", "rules"):
        (tmp_path / name).symlink_to(ROOT / name)
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    for command, shown in commands:
        done = subprocess.run(["bash", "-c", command + " 2>&1"], cwd=tmp_path, env=env, capture_output=True)
        assert done.stdout.decode().rstrip("\n") == shown.rstrip("\n"), command
