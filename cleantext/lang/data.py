"""The tables of rules/lang/detect.toml and inflections.toml, read once, when first imported."""
from __future__ import annotations

import sys

from ..rulefile import builtin_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # tomllib is new in 3.11; tomli is the same parser, a dependency on 3.10
    import tomli as tomllib


def _read(name: str, table: str) -> dict:
    with open(builtin_dir() / "lang" / name, "rb") as f:
        return tomllib.load(f)[table]


DETECT = _read("detect.toml", "detect")
# Inflections by language, for the dehyphenate stage (rules/lang/inflections.toml).
INFLECTIONS = _read("inflections.toml", "inflections")
