"""Normalise Persian spelling: Persian yeh and kaf, no kashida, the ZWNJ in place.

Persian text copied from the web often carries Arabic letters typed on an
Arabic keyboard (ي ك look the same as ی ک in the middle of a word but are
other characters, so search and counting break), decorative kashida
stretching ("سلـــام"), and a space or nothing where the zero-width
non-joiner belongs ("می شود" for "می‌شود"). Only the well-known cases are
repaired; Persian spelling varies and the author's choices stay.
Meant for blocks labelled "fa" or "prs"; Arabic text must not pass here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import regex

if sys.version_info >= (3, 11):
    import tomllib
else:  # tomllib is new in 3.11; tomli is the same parser, a dependency on 3.10
    import tomli as tomllib

from ..document import Document
from .base import LineFixer, Mending, stage

__all__ = ["normalize_persian", "persian_settings", "PERSIAN_TAGS"]

# Languages whose blocks this normalisation is for.
PERSIAN_TAGS = ("fa", "prs")

ZWNJ = "\N{ZERO WIDTH NON-JOINER}"
KASHIDA = "\N{ARABIC TATWEEL}"

# Arabic letters that Persian writes with its own code points.
_YEH = str.maketrans({"\N{ARABIC LETTER YEH}": "\N{ARABIC LETTER FARSI YEH}",
                      "\N{ARABIC LETTER ALEF MAKSURA}": "\N{ARABIC LETTER FARSI YEH}"})
_KAF = str.maketrans({"\N{ARABIC LETTER KAF}": "\N{ARABIC LETTER KEHEH}"})

# Digits: Persian (U+06F0..), Arabic-Indic (U+0660..) and European.
_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_LATIN_DIGITS = "0123456789"
_TO_PERSIAN = str.maketrans(_LATIN_DIGITS + _ARABIC_DIGITS, _PERSIAN_DIGITS * 2)
_TO_LATIN = str.maketrans(_PERSIAN_DIGITS + _ARABIC_DIGITS, _LATIN_DIGITS * 2)

_AR = r"[\p{Script=Arabic}&&\p{L}]"

# A ZWNJ with a space beside it joins nothing: the space is the mistake.
_ZWNJ_SPACE = regex.compile(rf"(?<={_AR}) *{ZWNJ} +(?={_AR})|(?<={_AR}) +{ZWNJ} *(?={_AR})")

# The continuous prefix mi-/nemi- written apart: "می شود". The next word
# must end like a conjugated verb (-د -م -ی -یم -ید -ند -ت), which leaves
# "می ناب" (pure wine) and the like alone.
_MI_SPACED = regex.compile(rf"(?<!{_AR})(ن?می) +({_AR}+(?:د|م|ی|یم|ید|ند|ت))(?!{_AR})")

# The prefix glued on ("میشود"): only with verbs listed here, because "میز",
# "میدان" and "میوه" start the same way and are nouns.
_VERBS = (
    "شود شوند شوم شویم شد شدند کند کنند کنم کنیم کنید کرد کردند رود روند "
    "روم رفت رفتند گوید گویند گویم گفت گفتند دهد دهند دهم داد دادند تواند "
    "توانند توانم خواهد خواهند خواهم آید آیند آمد آمدند بیند بینند بینم "
    "داند دانند دانم دانیم نویسد نویسند خواند خوانند"
).split()
_MI_JOINED = regex.compile(
    rf"(?<!{_AR})(ن?می)({'|'.join(sorted(_VERBS, key=len, reverse=True))})(?!{_AR})"
)

# The plural suffix -ha (and -haye, -hayam, ...) written apart: "کتاب ها".
# Written joined ("کتابها") it is an accepted older spelling and is kept;
# telling "کتابها" from "تنها" (alone) would need a dictionary.
_HA_SPACED = regex.compile(
    rf"(?<={_AR}{{2}}) +(ها(?:ی(?:ی|م|ت|ش|مان|تان|شان)?)?)(?!{_AR})"
)


def normalize_persian(text: str, *, yeh: bool = True, kaf: bool = True,
                      kashida: bool = True, zwnj: bool = True,
                      digits: str | None = None) -> tuple[str, int]:
    """Return (normalised text, number of changes) for Persian text.

    Each setting can be turned off. Digits are left as written by default
    because numbers in Persian text are written both ways by choice;
    ``digits="persian"`` or ``digits="latin"`` makes them uniform.

    >>> normalize_persian("علي و كتاب")                 # Arabic yeh and kaf
    ('علی و کتاب', 2)
    >>> normalize_persian("سلـــام")                     # kashida stretching
    ('سلام', 3)
    >>> normalize_persian("این کار می شود")             # prefix written apart
    ('این کار می\u200cشود', 1)
    >>> normalize_persian("نمیشود")                     # prefix glued on
    ('نمی\u200cشود', 1)
    >>> normalize_persian("کتاب ها و دفتر های من")      # plural suffix apart
    ('کتاب\u200cها و دفتر\u200cهای من', 2)
    >>> normalize_persian("میز و میدان و تنها")          # nouns: left alone
    ('میز و میدان و تنها', 0)
    >>> normalize_persian("جام می ناب")                 # "wine", not a prefix
    ('جام می ناب', 0)
    >>> normalize_persian("سال ۱۴۰۲ و 2024")             # digits kept by default
    ('سال ۱۴۰۲ و 2024', 0)
    >>> normalize_persian("سال ۱۴۰۲", digits="latin")
    ('سال 1402', 4)
    >>> normalize_persian("كتاب", kaf=False)
    ('كتاب', 0)
    """
    changes = 0

    def apply(new: str) -> None:
        nonlocal text, changes
        if new != text:
            changes += sum(a != b for a, b in zip(text, new)) if len(new) == len(text) else 0
            text = new

    if yeh:
        apply(text.translate(_YEH))
    if kaf:
        apply(text.translate(_KAF))
    if kashida:
        changes += text.count(KASHIDA)
        text = text.replace(KASHIDA, "")
    if zwnj:
        text, n = _ZWNJ_SPACE.subn(ZWNJ, text)
        changes += n
        text, n = _MI_SPACED.subn(rf"\1{ZWNJ}\2", text)
        changes += n
        text, n = _MI_JOINED.subn(rf"\1{ZWNJ}\2", text)
        changes += n
        text, n = _HA_SPACED.subn(rf"{ZWNJ}\1", text)
        changes += n
    if digits == "persian":
        apply(text.translate(_TO_PERSIAN))
    elif digits == "latin":
        apply(text.translate(_TO_LATIN))
    elif digits is not None:
        raise ValueError(f"digits={digits!r}: use None, 'persian' or 'latin'")
    return text, changes


_SETTINGS = ("yeh", "kaf", "kashida", "zwnj", "digits")


def _rule_path() -> Path:
    from ..rulefile import builtin_dir

    return builtin_dir() / "lang" / "fa.toml"


def persian_settings(path: str | Path | None = None) -> dict:
    """Read the [normalize] table of a Persian rule file as keyword arguments.

    >>> persian_settings()["yeh"]
    True
    >>> "digits" in persian_settings()     # absent means: leave digits alone
    False
    """
    path = Path(path) if path else _rule_path()
    with open(path, "rb") as f:
        data = tomllib.load(f)
    settings = data.get("normalize", {})
    unknown = sorted(set(settings) - set(_SETTINGS))
    if unknown:
        raise ValueError(
            f"{path}: [normalize] has unknown key(s) {', '.join(unknown)}; "
            f"known keys are {', '.join(_SETTINGS)}"
        )
    return dict(settings)


# --- the stage -------------------------------------------------------------


@stage("persian")
class Persian(LineFixer):
    """Normalise the spelling of Persian and Dari blocks, as the loaded rules/lang/fa.toml says."""

    counter = "persian_normalised"  # the repairs, not the lines

    def fix(self, line: str) -> str:
        return normalize_persian(line, **persian_settings())[0]

    def prepare(self, doc: Document) -> Mending:
        settings, tags = None, PERSIAN_TAGS
        for rules in (doc.rules.files if doc.rules is not None else []):
            language = rules.data.get("language", {})
            if language.get("code") == "fa" and "normalize" in rules.data:
                settings = rules.data["normalize"]  # a later file (the user's) wins
                tags = (language["code"], *language.get("also", ()))  # the codes it serves: fa, prs
        if settings is None:
            settings = persian_settings()

        def mend(text: str) -> tuple[str, int, str]:
            return (*normalize_persian(text, **settings), "")

        return Mending(fix_for=lambda line: mend if line.lang in tags and not line.blank else None)
