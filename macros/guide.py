"""Kept only for macros/glue/downloads.py until the `browser` branch removes it: delete with
it. New code imports macros.kinds.guide."""
from .kinds.guide import build_guide  # noqa: F401
