"""The built-in stages, one module each; stages/base.py imports them all when a pipeline first
looks a stage up, and each registers itself under its name."""
