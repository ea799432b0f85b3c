"""Finding the content and the language being built from MkDocs' configuration."""
from __future__ import annotations

from .content import Site, load_site

# The content of the build in progress, per docs_dir: loaded and validated once per build
# (mkdocs-static-i18n runs one build per language; `mkdocs serve` one per change).
_loaded: dict[str, Site] = {}


def languages(config) -> list[str]:
    """The site's languages, default first, from the i18n plugin's configuration."""
    i18n = config["plugins"]["i18n"]
    langs = [lang.locale for lang in i18n.config.languages]
    default = i18n.default_language
    return [default] + [lang for lang in langs if lang != default]


def current_language(config) -> str:
    """The language being built. (Values copied into Jinja's globals lag one language behind.)"""
    i18n = config["plugins"]["i18n"]
    return i18n.current_language or i18n.default_language


def load_content(config) -> Site:
    """Read and validate all content (raises ContentError), once per `mkdocs build`: the
    builds mkdocs-static-i18n runs for the other languages, from within the default
    language's build, reuse it (nothing can change in between)."""
    docs = config["docs_dir"]
    if not (config["plugins"]["i18n"].building and docs in _loaded):
        _loaded[docs] = load_site(docs, languages(config))
    return _loaded[docs]


def site_content(config) -> Site:
    """The content of the build in progress."""
    return _loaded.get(config["docs_dir"]) or load_content(config)
