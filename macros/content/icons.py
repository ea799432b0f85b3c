"""The icons the data names (themes and tasks): each one Material bundles, so the emoji
extension writes it inline (no request, no missing picture)."""
from __future__ import annotations

from pathlib import Path

import material

from ._common import located

ICONS = Path(material.__file__).resolve().parent / "templates" / ".icons"


def check_icons(themes, tasks, problems: list[str]) -> None:
    named = [("_data/themes.yml", f"themes[{i + 1}].icon", t.icon) for i, t in enumerate(themes or [])]
    named += [("_data/tasks.yml", f"tasks[{i + 1}].icon", t.icon) for i, t in enumerate(tasks or [])]
    for rel, field, name in named:
        if name and not (ICONS / f"{name}.svg").is_file():
            problems.append(located(
                rel, None,
                f"veld '{field}' is '{name}', een pictogram dat Material niet meelevert; kies een naam "
                "zoals material/handshake (zoek op squidfunk.github.io/mkdocs-material/reference/icons-emojis/)",
                f"field '{field}' is '{name}', an icon Material does not bundle; expected a name such "
                "as material/handshake (search the icons on "
                "squidfunk.github.io/mkdocs-material/reference/icons-emojis/)"))
