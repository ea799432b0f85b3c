"""Before anything is built: the content validated (every check is in macros/content/), the build date pinned, and the
organisation's name, logo and repository applied to MkDocs' configuration."""
from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_build_datetime

from .. import kinds
from ..content import ContentError
from ..content.notices import notices
from ..content.search_words import load_abbreviations
from ..render.jinja import as_text
from . import i18n
from .site import load

# Under MkDocs' own logger, so its messages show in the build's output like MkDocs' own.
log = logging.getLogger("mkdocs.plugins.samen_met_ouders")


@event_priority(-110)  # after mkdocs-static-i18n has set up the language being built
def on_config(config):
    pin_build_date(config)
    try:
        state = load(config)
        load_abbreviations(config["docs_dir"], i18n.languages(config))  # checked before the build
    except ContentError as err:
        raise PluginError(str(err)) from None
    if not i18n.in_nested_build(config):  # once per build, not once per language
        # the build date is pinned above (the last commit's date): the same notices on every build of a commit
        for notice in notices(state.content, get_build_datetime().date()):
            log.info(notice)  # INFO, never a warning: --strict must not fail on a notice
    org = state.content.organisation
    if org.name not in config["site_name"]:
        # Material writes the site's name into the page without escaping it in some places and
        # with `| e` in others: as Markup it is escaped once, everywhere.
        config["site_name"] = as_text(f"{config['site_name']} · {org.name}")
    if org.logo:
        config["theme"]["logo"] = org.logo
    # "Edit this page": the repository named by CI (the GitHub Pages workflow sets EDIT_URI),
    # else the one in organisation.yml, else no link.
    edit_uri = os.environ.get("EDIT_URI") or (
        f"{org.repository.rstrip('/')}/edit/main/docs/" if org.repository else None)
    if edit_uri:
        config["edit_uri"] = edit_uri if edit_uri.endswith("/") else edit_uri + "/"
    i18n.keep_404_to_default_language(config, kinds.get("not_found").template)
    return config


def pin_build_date(config) -> None:
    """Reproducible builds: the build date (sitemap, footers) is the last commit's date unless
    SOURCE_DATE_EPOCH says otherwise, so two builds of one commit give the same bytes."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return
    try:
        stamp = subprocess.run(["git", "log", "-1", "--format=%ct"], capture_output=True, text=True,
                               cwd=Path(config["config_file_path"]).parent, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return
    if stamp.isdigit():
        os.environ["SOURCE_DATE_EPOCH"] = stamp
