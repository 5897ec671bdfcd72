"""The tables of rules/lang/detect.toml, read once, when the language modules are imported."""
from __future__ import annotations

import sys

from ..rulefile import builtin_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # tomllib is new in 3.11; tomli is the same parser, a dependency on 3.10
    import tomli as tomllib


def _read() -> dict:
    with open(builtin_dir() / "lang" / "detect.toml", "rb") as f:
        return tomllib.load(f)["detect"]


DETECT = _read()
