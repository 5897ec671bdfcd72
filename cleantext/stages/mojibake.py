"""Undo text that was decoded in the wrong encoding, keeping the author's typography."""
from __future__ import annotations

import ftfy

from ..document import Document
from ..pipeline import stage

# ftfy only undoes encoding damage here; quotes, dashes, ligatures and spaces are other stages' choices.
_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
    fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
    remove_control_chars=False, normalization=None, explain=False,
)


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
        if not line.isascii():
            repaired = ftfy.fix_text(line, _CONFIG)
            if repaired != line:
                lines[i] = repaired
                fixed += 1
    return "\n".join(lines), fixed


@stage("mojibake")
class Mojibake:
    """Fix mojibake on every kept line."""

    def __call__(self, doc: Document) -> Document:
        doc.edit_lines(self.name, lambda line: fix_mojibake(line)[0], counter="mojibake")
        return doc
