"""The content and the route table of the build in progress, loaded once per build."""
from __future__ import annotations

from dataclasses import dataclass

from ..content import Site, load_site
from ..kinds import link_targets
from ..routes import Routes, build_routes
from . import i18n


@dataclass
class Built:
    content: Site
    routes: Routes


# Per docs_dir: mkdocs-static-i18n runs one build per language (from within the default
# language's build, when nothing can change); `mkdocs serve` one per change.
_loaded: dict[str, Built] = {}


def load(config) -> Built:
    """Read and validate all content (raises ContentError) and build the route table, once
    per `mkdocs build`."""
    docs = config["docs_dir"]
    if not (i18n.in_nested_build(config) and docs in _loaded):
        content = load_site(docs, i18n.languages(config), link_targets)
        _loaded[docs] = Built(content, build_routes(content))
    return _loaded[docs]


def built(config) -> Built:
    """The content and routes of the build in progress."""
    return _loaded.get(config["docs_dir"]) or load(config)
