"""Undo text that was decoded in the wrong encoding, keeping the author's typography."""
from __future__ import annotations

import ftfy

from ..chars import CONTROLS, INVISIBLE, SPACES
from ..document import Document
from ..pipeline import stage

# ftfy only undoes encoding damage here; quotes, dashes, ligatures and spaces are other stages' choices.
_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
    fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
    remove_control_chars=False, normalization=None, explain=False,
)


def _fix(text: str) -> str:
    """ftfy until nothing changes (text damaged twice needs two passes)."""
    for _ in range(3):
        fixed = ftfy.fix_text(text, _CONFIG)
        if fixed == text:
            break
        text = fixed
    return text


def fix_line(line: str) -> str:
    """Fix one line's mojibake, leaving its outer white space alone.

    >>> fix_line("sailed\N{NO-BREAK SPACE}Ã©tÃ©")
    'sailed été'
    """
    core = line.strip()
    if not core or core.isascii():
        return line
    fixed = _fix(core)
    plain = INVISIBLE.sub("", CONTROLS.sub("", SPACES.sub(" ", fixed)))
    if plain != fixed and _fix(plain) != plain:
        # A no-break space, a soft hyphen or a control character inside mojibake can hide it
        # from ftfy; the unicode stage turns them into plain spaces or nothing anyway, so fix the text
        # as that stage will leave it.
        fixed = _fix(plain)
    return line.replace(core, fixed, 1)


def fix_mojibake(text: str) -> tuple[str, int]:
    """Fix mojibake line by line; return the text and how many lines changed.

    >>> fix_mojibake("Ukraineâ€™s army")
    ('Ukraine’s army', 1)
    >>> fix_mojibake("“curly” stays curly")
    ('“curly” stays curly', 0)
    """
    if text.isascii():
        return text, 0
    lines = text.split("\n")
    fixed = 0
    for i, line in enumerate(lines):
        repaired = fix_line(line)
        if repaired != line:
            lines[i] = repaired
            fixed += 1
    return "\n".join(lines), fixed


@stage("mojibake")
class Mojibake:
    """Fix mojibake on every kept line."""

    def __call__(self, doc: Document) -> Document:
        doc.edit_lines(self.name, fix_line, counter="mojibake")
        return doc
