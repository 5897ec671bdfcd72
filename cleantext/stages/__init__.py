"""The built-in stages; importing this package registers them with the pipeline."""
from . import decode, furniture, language, markup, mojibake, paragraphs, persian, unicode  # noqa: F401
