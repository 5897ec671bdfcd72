"""What a stage is, and the registry a pipeline finds stages in by name."""
from __future__ import annotations

import importlib
import pkgutil
from typing import Callable, Protocol

from ..document import Document


class Stage(Protocol):
    """One step of a pipeline: takes the document, records what it did, hands it on."""

    name: str

    def __call__(self, doc: Document) -> Document: ...


STAGES: dict[str, type] = {}


def stage(name: str) -> Callable[[type], type]:
    """Register a stage class under the name a pipeline declaration uses."""

    def register(cls: type) -> type:
        cls.name = name
        STAGES[name] = cls
        return cls

    return register


def lookup(name: str) -> type | None:
    """The stage class registered as ``name``, or None.

    The built-in stages register themselves when their module is imported; every module of
    this package is imported on the first look-up, so a new stage is one new file here.
    """
    if name not in STAGES:
        _import_builtin()
    return STAGES.get(name)


def known() -> list[str]:
    """The names of all registered stages, sorted."""
    _import_builtin()
    return sorted(STAGES)


_imported = False


def _import_builtin() -> None:
    global _imported
    if _imported:
        return
    package = importlib.import_module(__package__)
    for module in pkgutil.iter_modules(package.__path__):
        if not module.name.startswith("_") and module.name != "base":
            importlib.import_module(f"{__package__}.{module.name}")
    _imported = True
