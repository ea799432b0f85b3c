"""Renderer for the sources page: what the toolkit is based on, further reading, references."""
from __future__ import annotations

from .content import Site
from .tips import escape_md


def _entry(citation: str, url: str | None) -> str:
    text = escape_md(citation)
    return f"- {text} <{url}>" if url else f"- {text}"


def render_sources(site: Site, lang: str) -> str:
    words = site.labels[lang]
    used = []
    for source in site.sources.sources:
        text = source.text(lang)
        year = f" ({source.year})" if source.year else ""
        link = f" <{source.url}>" if source.url else ""
        used.append(f"### {escape_md(text.title)}\n\n**{escape_md(source.author)}**{year}{link}\n\n"
                    f"{escape_md(text.description)}\n")
    parts = [f"## {escape_md(words.sources_used)}\n", *used]
    if site.sources.further_reading:
        parts.append(f"## {escape_md(words.further_reading)}\n")
        parts.append("\n".join(_entry(r.citation, r.url) for r in site.sources.further_reading) + "\n")
    if site.sources.references:
        parts.append(f"## {escape_md(words.references)}\n")
        parts.append("\n".join(_entry(r.citation, r.url) for r in site.sources.references) + "\n")
    return "\n".join(parts)
