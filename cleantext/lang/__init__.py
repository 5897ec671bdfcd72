"""Name the language and script of every block, short and odd lines included.

Statistical detectors guess wildly on short text: plain langdetect calls
"Jason Melanovski" Slovenian, "www.afgazad.com" Polish on one run and Welsh
on the next, and short Persian lines Arabic ("من و تو") or Urdu ("جستجو").
So the characters speak first. The script of the letters narrows the
candidates, characteristic letters settle Arabic-script languages, lines
without words (URLs, e-mail addresses, dates, initials) are ``und``, and a
short line takes the language of its neighbours. langdetect, made
deterministic, is asked only where those leave a real question.

It is also asked as little as that allows, because it is slow: once per
document and script for a quick first guess on a few paragraphs (not at
all when their function words plainly say English), which a long block
takes when its function words plainly agree, and once for each long block
that does not agree (cached by text). The per-line work is kept
to a few passes in C over each line.
"""

from .labels import BlockLanguage, detect_language, label_blocks, main_language
from .scripts import script_of

__all__ = ["BlockLanguage", "script_of", "detect_language", "label_blocks", "main_language"]
