"""Build several MkDocs configurations in one process, as `mkdocs build` builds one.

    .venv/bin/python benchmarks/baseline_build.py mkdocs.baseline.nl.yml mkdocs.baseline.en.yml

run.py uses it for the plain MkDocs + Material baseline: one configuration per language,
built one after the other in one Python process, as mkdocs-static-i18n builds every language of
the project within one `mkdocs build`. So both sides pay the start-up of Python, MkDocs and
Material once. Warnings are logged (broken links are expected: the baseline has no downloads).
"""
from __future__ import annotations

import logging
import sys

from mkdocs.commands.build import build
from mkdocs.config import load_config


def main(paths: list[str]) -> None:
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    for path in paths:
        cfg = load_config(config_file=path)
        cfg.plugins.on_startup(command="build", dirty=False)
        try:
            build(cfg, dirty=False)
        finally:
            cfg.plugins.on_shutdown()


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(sys.argv[1:])
