"""Kept only for macros/word.py until the `browser` branch removes it: delete with it. New
code imports macros.render.letters."""
from .render.letters import plain_text  # noqa: F401
