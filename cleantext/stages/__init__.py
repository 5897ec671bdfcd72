"""The built-in stages; importing this package registers them with the pipeline."""
from . import (  # noqa: F401
    decode, dehyphenate, furniture, language, markup, mojibake, pages, paragraphs, persian, reflow, unicode,
)
