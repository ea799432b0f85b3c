"""The organisation that publishes its copy of the toolkit, and its vision."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from ._common import H1, Text, _pydantic_problems, _read_yaml, split_front_matter


HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def contrast_ratio(hex_a: str, hex_b: str) -> float:
    """WCAG 2.1 contrast ratio of two #rrggbb colours."""
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((luminance(hex_a), luminance(hex_b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


class Contact(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: Annotated[str, StringConstraints(strict=True, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")] | None = Field(
        default=None, description="an e-mail address such as info@example.org")
    phone: Text | None = None


class Location(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Text = Field(description="the location's name")
    groups: list[Text] = Field(min_length=1, description="a list of one or more group names")


class Organisation(BaseModel):
    """The organisation that publishes this copy of the toolkit (docs/_data/organisation.yml)."""

    model_config = ConfigDict(extra="forbid")
    example: bool = Field(default=False, description="true or false")
    name: Text = Field(description="the organisation's name as text")
    website: Annotated[str, StringConstraints(strict=True, pattern=r"^https?://\S+$")] | None = Field(
        default=None, description="a web address starting with https://")
    contact: Contact = Contact()
    logo: Text | None = Field(default=None, description="the path of an image file under docs/")
    colour: str = Field(default="#00695c", description="a colour written as #rrggbb, e.g. #00695c")
    locations: list[Location] = []
    repository: Annotated[str, StringConstraints(strict=True, pattern=r"^https://\S+$")] | None = Field(
        default=None, description="the repository's address, e.g. https://github.com/account/name")


class OrganisationFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    organisation: Organisation


def _load_organisation(docs: Path, problems: list[str]) -> Organisation | None:
    rel = "_data/organisation.yml"
    data = _read_yaml(docs / rel, rel, problems)
    if data is None:
        return None
    try:
        org = OrganisationFile.model_validate(data).organisation
    except ValidationError as err:
        problems.extend(_pydantic_problems(rel, "", OrganisationFile, err, data))
        return None
    before = len(problems)
    if not HEX_COLOUR.match(org.colour):
        problems.append(f"{rel}: field 'organisation.colour' is {org.colour!r}; expected a colour "
                        "written as #rrggbb, for example \"#00695c\" (with the quotes)")
    elif contrast_ratio(org.colour, "#ffffff") < 4.5:
        problems.append(f"{rel}: field 'organisation.colour' {org.colour} is too light: white text "
                        f"on it has a contrast of {contrast_ratio(org.colour, '#ffffff'):.1f}:1; "
                        "expected a darker colour with at least 4.5:1 (WCAG AA)")
    if org.logo is not None and not (docs / org.logo).is_file():
        problems.append(f"{rel}: field 'organisation.logo' is '{org.logo}', but there is no file "
                        f"docs/{org.logo}; expected the path of an image file under docs/")
    return org if len(problems) == before else None


HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


def _load_vision(docs: Path, languages: list[str], problems: list[str]) -> dict[str, str]:
    """The organisation's vision per language: the text of visie.<lang>.md without its front
    matter and comments ('' while it is not written)."""
    vision = {}
    for lang in languages:
        path = docs / f"visie.{lang}.md"
        if not path.exists():
            problems.append(f"visie.{lang}.md: file is missing; expected the organisation's vision "
                            f"in '{lang}' (it may be empty until it is written)")
            continue
        _, body, _ = split_front_matter(path.read_text(encoding="utf-8"))
        text = HTML_COMMENT.sub("", body).strip()
        if H1.search(text):
            problems.append(f"visie.{lang}.md: body has a '# ' heading; expected none (the site "
                            "adds the title)")
        vision[lang] = text
    return vision


def _load_vision_heads(docs: Path, languages: list[str]) -> dict[str, str]:
    """What stands above the vision's text in visie.<lang>.md (its front matter with the
    comments for the editor, dashes included): a draft vision made for download starts with
    it, so the file it gives can replace the fork's own."""
    heads = {}
    for lang in languages:
        path = docs / f"visie.{lang}.md"
        if path.exists():
            text = path.read_text(encoding="utf-8")
            _, body, _ = split_front_matter(text)
            heads[lang] = text[: len(text) - len(body)]
    return heads
