"""The ways into the site by task, for the home page (docs/_data/tasks.yml): each task names the
pages and tools that help with it, as routes (kind and name) of the route table."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from ._common import Slug, Text, _pydantic_problems, _read_yaml, located

Icon = Annotated[str, StringConstraints(strict=True, pattern=r"^(material|fontawesome/(solid|regular|brands)|octicons|simple)/[a-z0-9-]+$")]
RouteRef = Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z-]+:[a-z0-9-]+$")]


class TaskText(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: Text = Field(description="what the reader wants to do, in their words")
    text: Text = Field(description="one sentence on what helps")


class Task(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: Slug
    icon: Icon = Field(description="an icon Material bundles, e.g. material/handshake")
    links: list[RouteRef] = Field(default=[], description="pages as kind:name, e.g. checklist:intake or page:letters")
    themes: bool = Field(default=False, description="true to list every theme under this task")

    def text(self, lang: str) -> TaskText:
        return TaskText.model_validate(getattr(self, lang))


class TasksFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tasks: list[Task] = Field(min_length=1)


def _load_tasks(docs: Path, languages: list[str], problems: list[str]) -> list[Task]:
    rel = "_data/tasks.yml"
    data = _read_yaml(docs / rel, rel, problems)
    if data is None:
        return []
    try:
        tasks = TasksFile.model_validate(data).tasks
    except ValidationError as err:
        problems.extend(_pydantic_problems(rel, "", TasksFile, err, data))
        return []
    for i, task in enumerate(tasks):
        for lang in languages:
            value = getattr(task, lang, None)
            if value is None:
                problems.append(f"{rel}: field 'tasks[{i}].{lang}' is missing; expected the task's "
                                f"title and text in '{lang}'")
                continue
            try:
                TaskText.model_validate(value)
            except ValidationError as err:
                problems += _pydantic_problems(rel, f"tasks[{i}].{lang}", TaskText, err, value)
    return tasks


def check_task_links(tasks: list[Task], targets: dict[str, list[str]], problems: list[str]) -> None:
    """Every task's links name a page that exists. `targets`: the names of the pages of each
    kind (macros/kinds: `link_targets(site)`), e.g. {"checklist": ["intake", …], "page": […]}."""
    rel = "_data/tasks.yml"
    for i, task in enumerate(tasks):
        for link in task.links:
            kind, _, name = link.partition(":")
            field = f"tasks[{i + 1}].links"
            if kind not in targets:
                kinds = ", ".join(sorted(targets))
                problems.append(located(rel, None,
                                        f"veld '{field}' noemt '{link}': '{kind}' is geen soort pagina; "
                                        f"kies uit: {kinds}",
                                        f"field '{field}' has '{link}': unknown kind of page '{kind}'; "
                                        f"expected one of: {kinds}"))
            elif name not in targets[kind]:
                names = ", ".join(targets[kind])
                problems.append(located(rel, None,
                                        f"veld '{field}' noemt '{link}': er is geen {kind} '{name}'; "
                                        f"kies uit: {names}",
                                        f"field '{field}' has '{link}': no {kind} named '{name}'; "
                                        f"expected one of: {names}"))
