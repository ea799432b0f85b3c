"""The site's published address, printed on every sheet and booklet ("Online:" and the QR code).

`mkdocs serve` may use the local address of mkdocs.yml's default (`site_url: !ENV [SITE_URL,
…]`); a build knows the published address only when SITE_URL is set (the workflows set it) or
the configuration names another address than that default. Without one, the sheets carry no
address and no QR code (a printed local address leads nowhere), and the build says how to set it
(a log line, not a warning: `--strict` still passes)."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import yaml

from . import i18n

log = logging.getLogger("mkdocs.plugins.samen_met_ouders")

# The command MkDocs runs, from the on_startup event (the command line sends it; a build run
# from Python, as the tests do, sends none and is a build).
_command: str | None = None


def on_startup(command, dirty):
    global _command
    _command = command


class _EnvDefault(str):
    """The default of an `!ENV [NAME, default]` value: what MkDocs uses when NAME is not set."""


class _DefaultsLoader(yaml.SafeLoader):
    """mkdocs.yml read for its defaults: `!ENV [NAME, default]` is its default, any other tag
    (`!!python/name:…`) nothing."""


_DefaultsLoader.add_constructor(
    "!ENV", lambda loader, node: _EnvDefault(loader.construct_sequence(node)[-1])
    if isinstance(node, yaml.SequenceNode) else None)
_DefaultsLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _configured_default(config) -> str | None:
    """The `site_url` mkdocs.yml falls back to when SITE_URL is not set; None when it names an
    address of its own (a fork may write its published address there)."""
    path = config.get("config_file_path")
    if not path or not Path(path).is_file():
        return None
    data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_DefaultsLoader) or {}
    url = data.get("site_url")
    return str(url) if isinstance(url, _EnvDefault) else None


def published(config) -> str | None:
    """The address the sheets print, or None when this build has none to print."""
    url = config.get("site_url")
    if not url:
        return None
    if _command == "serve" or os.environ.get("SITE_URL"):
        return url
    return None if url == _configured_default(config) else url


def announce(config) -> None:
    """Once per build (not again in the other languages' builds): say that the sheets carry no
    address, and how to give them one."""
    if i18n.in_nested_build(config) or published(config) is not None:
        return
    log.info(
        "Geen adres van de site: de werkbladen, checklists en boekjes krijgen geen regel "
        "'Online:' en geen QR-code. Geef het gepubliceerde adres mee, bijvoorbeeld "
        "SITE_URL=https://organisatie.github.io/samen-met-ouders/ mkdocs build "
        "(de workflows doen dat). / No address for the site: worksheets, checklists and "
        "booklets get no 'Online:' line and no QR code. Set the published address, for example "
        "SITE_URL=https://organisation.github.io/samen-met-ouders/ mkdocs build "
        "(the workflows do).")
