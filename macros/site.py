"""Finding the content and the language being built from MkDocs' configuration."""
from __future__ import annotations

from .content import Site, cached_site


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


def site_content(config) -> Site:
    return cached_site(config["docs_dir"], languages(config))
