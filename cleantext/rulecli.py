"""`cleantext rules ...`: check, test, list and start rule files."""
from __future__ import annotations


def main(argv: list[str]) -> int:
    raise NotImplementedError
