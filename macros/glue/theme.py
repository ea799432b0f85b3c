"""What the theme templates (overrides/) get and what is repaired in Material's output."""
from __future__ import annotations

from jinja2 import BytecodeCache

from ..render import search, theme_fixes
from ..render.word_layout import WORD_LAYOUT
from . import i18n
from .site import built


class _CompiledOnce(BytecodeCache):
    """The theme's templates (Material's and overrides/) compiled once per process, not once
    per language: mkdocs-static-i18n builds each other language with a new Jinja environment of
    the same theme, which would compile every template again. Jinja keys an entry by the
    template's name and file and checks it against the template's source (a checksum), so a
    changed template is compiled anew (`mkdocs serve`) and the output is the same."""

    def __init__(self):
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket):
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket):
        self._code[bucket.key] = bucket.bytecode_to_string()


_THEME_CODE = _CompiledOnce()


def on_env(env, config, files):
    """The organisation, the site's words in the language being built and the paths of the
    pages the theme links to (from the route table), and the Word files' layout, for
    overrides/main.html; the theme's templates compiled once for every language."""
    env.bytecode_cache = _THEME_CODE
    state = built(config)
    lang = i18n.current_language(config)
    env.globals["organisation"] = state.content.organisation
    env.globals["words"] = state.content.labels[lang]
    env.globals["route_paths"] = {name: state.routes.path_of("page", name, lang)
                                  for name in ("fork-guide", "translations")}
    env.globals["word_layout"] = WORD_LAYOUT  # for word-export.js, as a JSON data block
    return env


def on_post_page(output, page, config):
    """Repair Material's HTML (see theme_fixes), and point the page's search at the site's
    worker and its own language's index."""
    output = search.use_site_worker(theme_fixes.repair(output))
    if not i18n.is_default_language(config):
        output = search.scope_to_language(output, i18n.current_language(config))
    return output


def on_post_template(output_content, template_name, config):
    """The same repairs for pages built from a template alone (404.html)."""
    if not template_name.endswith(".html"):
        return output_content
    output = theme_fixes.repair(output_content)
    return search.use_site_worker(output) if '<script id="__config"' in output else output
