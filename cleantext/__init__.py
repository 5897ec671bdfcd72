"""cleantext: turn damaged text back into clean text, with every change accounted for."""
from __future__ import annotations

from .pipeline import Pipeline, Result
from .rulefile import RuleError

__version__ = "0.1.0"
__all__ = ["clean", "Pipeline", "Result", "RuleError", "__version__"]

_default: Pipeline | None = None


def clean(data: str | bytes, *, kind: str | None = None) -> str:
    """Clean text or bytes with the default pipeline and the built-in rules; ``kind`` (``"web"``,
    ``"markdown"``, ``"page"``, ``"prose"``) says what kind of text it is instead of telling it
    from the text (``Pipeline.run``).

    >>> clean("Loading\\nThe ferry sailed at noon, as it always did.\\n")
    'The ferry sailed at noon, as it always did.\\n'
    >>> clean(None)
    Traceback (most recent call last):
    TypeError: clean() takes the text as str, or as bytes to be decoded, not NoneType
    """
    global _default
    if not isinstance(data, (str, bytes, bytearray)):
        raise TypeError(f"clean() takes the text as str, or as bytes to be decoded, not {type(data).__name__}")
    if _default is None:
        _default = Pipeline.default()
    return _default.run(data, kind=kind).text
