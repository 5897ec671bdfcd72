"""Code blocks of Markdown are the text's own: no stage takes their lines for a web page's menus
or a page's running feet (cleantext/markdown.py ``fenced_code``)."""
from __future__ import annotations

from cleantext.markdown import fenced_code
from cleantext.pipeline import Pipeline
from cleantext.stages.boilerplate import default_settings, find_boilerplate
from cleantext.stages.pages import find_page_furniture

PROSE = ("The log holds one line for every request the server answered, with the account that made "
         "it and the time it took, so that counting the accounts tells who uses the service most.")

README = f"""# Counting requests

{PROSE}

```sh
grep -o 'acct=[0-9]+' access.log | cut -d= -f2 | sort | uniq -c | sort -rn
cat hosts | sort | uniq | wc -l
ls -l | awk '{{print $5}}' | sort -n | tail
```

{PROSE} The same pipeline works for any field of the log that a pattern can find.

```sh
cut -f1 access.log | sort | uniq -c | sort -rn | head
```

{PROSE}
"""


def test_fenced_code_lines():
    lines = README.split("\n")
    code = fenced_code(lines)
    assert {i for i, line in enumerate(lines) if "sort" in line} <= code
    assert not any(PROSE[:20] in lines[i] for i in code)


def test_shell_pipelines_are_no_menus():
    lines = README.split("\n")
    assert find_boilerplate(lines, default_settings()) == []
    out = Pipeline.default().run(README).text
    for line in README.split("\n"):
        if "|" in line:
            assert line.strip() in out


def test_closing_fences_are_no_running_feet():
    parts = []
    for n in range(6):
        words = ("ferry", "harbour", "quay", "tide", "storm", "winter")[n]
        parts += [f"Step {n + 1} sets the {words} value that the next step reads,",
                  f"and checks the {words} once more before going on,",
                  f"so that a wrong {words} stops the run", f"where the {words} was made and not later.", "",
                  "```rust", "fn step() {", f"    let value = {n};", "    check(value);", "    keep(value);",
                  "}", "```", ""]
    lines = parts
    assert find_page_furniture(lines) == []
    out = Pipeline.default().run("\n".join(lines)).text
    assert out.count("```") == 12 and out.count("fn step() {") == 6


def test_code_block_cut_by_the_piece_end():
    # A block left open where the text ends is code to the end, where the text has closed blocks.
    lines = ["Text.", "```", "a = 1", "```", "More text.", "```python", "b = 2 | 3", "c = 4 | 5"]
    assert fenced_code(lines) == {1, 2, 3, 5, 6, 7}


# Code pasted into plain text, with no fences: told by its form (cleantext/codeblocks.py) and left
# exactly as it is by every stage that re-cuts, strips or tidies lines.
SCRIPT = """def main(argv):
    # Parse the options
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", help="where to write")
    args = parser.parse_args(argv)
    for i in range(10):
        print(i)   # print the number
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))"""

C_CODE = """static int count_lines(const char *path) {
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        return -1;
    }
    int n = 0;
    while (fgets(buf, sizeof buf, f) != NULL)
        n++;
    fclose(f);
    return n;
}"""

LETTER = (f"Hello Ann,\n\nthe import stopped again last night, so I ran the steps by hand. The\n"
          f"first one failed, the second one worked after I had cleared the cache:\n\n"
          f"    $ cd /srv/import\n    $ ./run.sh --since=2024-05-01\n    error: no such table\n"
          f"    $ rm -rf cache/ && ./run.sh --since=2024-05-01\n    imported 1204 rows\n\n"
          f"Could you have a look at the table when you are back? I think it was\n"
          f"dropped by the clean-up job on Sunday.\n\nThanks,\nBob\n")


def test_plain_code_is_told_by_its_form():
    from cleantext.codeblocks import code_lines
    lines = SCRIPT.split("\n")
    assert code_lines(lines) == set(range(len(lines)))
    assert code_lines(C_CODE.split("\n")) == set(range(len(C_CODE.split("\n"))))
    prose = ("The ferry left the quay at noon (the old one, not the new).\nIt rained; the gulls "
             "followed it all the way.\nNobody said a word: the harbour was quiet.\n")
    assert code_lines(prose.split("\n")) == set()


def test_plain_code_is_left_as_it_is():
    for code in (SCRIPT, C_CODE):
        assert Pipeline.default().run(code + "\n").text == code + "\n"


def test_code_inside_prose_is_left_as_it_is():
    text = f"{PROSE}\nIt is run like this:\n\n" + "\n".join("    " + l if l else l for l in SCRIPT.split("\n")) + f"\n\n{PROSE}\n"
    out = Pipeline.default().run(text).text
    for line in SCRIPT.split("\n"):
        if line:
            assert "\n    " + line + "\n" in out
    # The prose around it is still reflowed.
    assert PROSE + " It is run like this:" in out.replace("\n", " ") or "It is run like this:" in out


def test_shell_session_in_a_letter():
    out = Pipeline.default().run(LETTER).text
    for line in LETTER.split("\n"):
        if line.startswith("    "):
            assert "\n" + line + "\n" in out
    # the wrapped sentences around it are joined
    assert "worked after I had cleared the cache:" in out and "The first one failed" in out
