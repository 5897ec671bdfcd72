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
