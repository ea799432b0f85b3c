"""Markdown that shows text as it is: the one escape for Markdown (every value in a Markdown
template goes through it, see macros/render/jinja.py), and Material's icon shortcodes."""
from __future__ import annotations

from markupsafe import Markup


def escape_md(text: str) -> str:
    """Plain text as Markdown that shows exactly that text: HTML's special characters become
    entities (Markdown has no backslash escape for "<"), Markdown's become backslash escapes."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "\\`*_[]|#":
        text = text.replace(ch, "\\" + ch)
    return text


def icon(name: str | None) -> Markup:
    """Material's shortcode for a bundled icon (material/handshake -> :material-handshake:),
    with its attributes; the emoji extension writes it inline. The name is checked at load
    (macros/content/icons.py) and matches [a-z0-9/-]: nothing in it to escape."""
    return Markup(f":{name.replace('/', '-')}:{{ .lg .middle aria-hidden=\"true\" }} ") if name else Markup("")
