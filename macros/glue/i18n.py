"""Everything that knows mkdocs-static-i18n's (1.3.1) internals, and nothing else: which
language is being built, whether this is one of the builds it runs from within the default
language's build, generated pages made the way it makes its own files, the 404 page.

Facts this relies on (what to check on an upgrade: README, "Upgrading"): the plugin
builds the default language, then runs a whole extra build per other language from its
on_post_build (`building` is true during those); its on_files (priority -100) turns each
`name.<lang>.md` into the file of the language being built and records the pages for the
sitemap in `i18n_files_per_language`; the language switcher reads `file.alternates`.
"""
from __future__ import annotations

from mkdocs.structure.files import File
from mkdocs_static_i18n.suffix import create_i18n_file


def _plugin(config):
    return config["plugins"]["i18n"]


def languages(config) -> list[str]:
    """The site's languages, default first."""
    i18n = _plugin(config)
    default = i18n.default_language
    return [default] + [lang.locale for lang in i18n.config.languages if lang.locale != default]


def current_language(config) -> str:
    """The language being built. (Values copied into Jinja's globals lag one language behind.)"""
    i18n = _plugin(config)
    return i18n.current_language or i18n.default_language


def is_default_language(config) -> bool:
    return current_language(config) == _plugin(config).default_language


def in_nested_build(config) -> bool:
    """True in the builds of the other languages that the plugin runs from within the default
    language's build (nothing in the content can change in between)."""
    return bool(_plugin(config).building)


def page_locale(page, config) -> str:
    """The language of the file a page was built from: on a page that falls back to the
    default language, that is not the language being built."""
    return getattr(page.file, "locale", current_language(config))


def generated_page(config, src: str, content: str, edit_uri: str | None) -> File:
    """A page made from data, as the plugin would have made it from a file `src` (without
    language suffix, e.g. "checklists/intake.md") in the language being built: its address in
    that language, its alternates for the language switcher, its place in the sitemap."""
    i18n = _plugin(config)
    langs = languages(config)
    current = current_language(config)
    stem = src[: -len(".md")]

    def make(lang: str) -> File:
        file = File.generated(config, f"{stem}.{lang}.md", content="")
        return create_i18n_file(file, lang, i18n.default_language, i18n.all_languages, config)

    page = make(current)
    page.content_string = content
    page.edit_uri = edit_uri
    page.generated_by = "samen-met-ouders"
    page.alternates = {lang: (page if lang == current else make(lang)) for lang in langs}
    i18n.i18n_files_per_language.setdefault(current, []).append(page)
    return page


def keep_404_to_default_language(config, template: str) -> None:
    """Only the default language's build writes the 404 page's `template` (404.html): the
    plugin's builds of the other languages would overwrite it at the site's root (the last one
    built would win)."""
    templates = config["theme"].static_templates
    if is_default_language(config):
        templates.add(template)
    else:
        templates.discard(template)
