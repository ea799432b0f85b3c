"""The kinds of bad content a contributor can write, each a fixture site with the message the
build must give.

Each case is a folder tests/sites/bad/<case>/: the files of the base site (tests/sites/base)
it changes or adds, and a `remove.txt` for the files it takes away. tests/sites/bad/cases.yml
lists, per case, the parts the message must hold (file, line, field, what is expected), and
marks with `build: true` the cases a real build must refuse too (one or more per kind of file),
and with `build_only: true` those only the build checks (icons, the tasks' links).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from conftest import SITES

BAD = SITES / "bad"


@dataclass(frozen=True)
class Case:
    name: str
    expect: list[str]
    build: bool = False
    build_only: bool = False

    @property
    def overlay(self) -> Path:
        return BAD / self.name


def _cases() -> dict[str, Case]:
    data = yaml.safe_load((BAD / "cases.yml").read_text(encoding="utf-8"))
    cases = {name: Case(name, **spec) for name, spec in data.items()}
    folders = {p.name for p in BAD.iterdir() if p.is_dir()}
    assert folders == set(cases), f"cases.yml and the folders of {BAD} differ: {folders ^ set(cases)}"
    return cases


ALL_CASES = _cases()
LOADER_CASES = sorted(name for name, case in ALL_CASES.items() if not case.build_only)
BUILD_CASES = sorted(name for name, case in ALL_CASES.items() if case.build or case.build_only)
