"""The organisation that publishes its copy of the toolkit, and its vision."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, computed_field, field_validator

from ._common import (H1, HTTPS, HTTPS_NL, TITLE_MAX, HttpsUrl, Text, Title, _pydantic_problems,
                      _read_yaml, located, read_text, split_front_matter)


HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


WHITE, BLACK = "#ffffff", "#000000"
TEXT_RATIO = 4.5      # WCAG 1.4.3: text against its background
BOUNDARY_RATIO = 3.0  # WCAG 1.4.11: focus rings and a control's boundary against what is beside it
# The darkest light grey Material puts behind links and accents on a page (a hovered table row
# #f6f6f6, code #f5f5f5, a hovered search result tinted with the accent, luminance 0.85): text
# in the organisation's colour reads on it, and so on white too.
LIGHT_SURFACE = "#ebebeb"


def _channels(hex_colour: str) -> list[int]:
    if not HEX_COLOUR.match(hex_colour):
        raise ValueError(f"expected a colour written as #rrggbb, got {hex_colour!r}")
    return [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]


def luminance(hex_colour: str) -> float:
    """WCAG 2.1 relative luminance of a #rrggbb colour (0 for black, 1 for white)."""
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
           for c in (x / 255 for x in _channels(hex_colour))]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast_ratio(hex_a: str, hex_b: str) -> float:
    """WCAG 2.1 contrast ratio of two #rrggbb colours."""
    hi, lo = sorted((luminance(hex_a), luminance(hex_b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def darken_to_contrast(hex_colour: str, background: str = WHITE, ratio: float = TEXT_RATIO) -> str:
    """The colour itself if it has `ratio` on `background`, else the lightest darker shade
    (the same hue, each channel scaled down) that has it; black at the end of the scale."""
    channels = _channels(hex_colour)
    for step in range(101):
        factor = 1 - step / 100
        shade = "#" + "".join(f"{round(c * factor):02x}" for c in channels)
        if contrast_ratio(shade, background) >= ratio:
            return shade
    return BLACK


def text_on(hex_colour: str) -> str:
    """White or black, whichever has the higher contrast on the colour: at least 4.58:1 for
    any colour (the two ratios multiply to 21, so the larger is at least its square root)."""
    return WHITE if contrast_ratio(hex_colour, WHITE) >= contrast_ratio(hex_colour, BLACK) else BLACK


class Palette(BaseModel):
    """Every colour the site derives from the organisation's colour, worked out once. Written
    as CSS custom properties (--org-…) in overrides/main.html and used in extra.css.

    On white (the page): `text` for links, outline buttons, the active menu entry and accents
    (4.5:1, on the light greys of LIGHT_SURFACE too); `focus` for focus rings (3:1, drawn with a white gap around the control);
    `fill` with `fill_text` for filled buttons (4.5:1), bounded by `fill_border` (3:1 on white).
    On the colour (the header, the menu's title bar): `on_colour` for text and icons (4.5:1),
    `focus_on_colour` for focus rings there (3:1)."""

    model_config = ConfigDict(frozen=True)
    colour: str
    on_colour: str
    text: str
    focus: str
    fill: str
    fill_text: str
    fill_border: str
    focus_on_colour: str


def palette(hex_colour: str) -> Palette:
    """The site's colours for any #rrggbb; raises ValueError for anything else."""
    colour = hex_colour.lower()
    text = darken_to_contrast(colour, LIGHT_SURFACE, TEXT_RATIO)
    border = colour if contrast_ratio(colour, WHITE) >= BOUNDARY_RATIO else text
    return Palette(colour=colour, on_colour=text_on(colour), text=text, focus=text,
                   fill=colour, fill_text=text_on(colour), fill_border=border,
                   focus_on_colour=text_on(colour))


Email = Annotated[str, StringConstraints(strict=True, pattern=r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")]
Phone = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, pattern=r"^\+?[0-9][0-9 ()-]{5,19}$")]
EMAIL = "an e-mail address such as info@example.org"
PHONE = "a phone number of digits and spaces, such as 010 123 45 67 or +31 10 123 45 67"


class Contact(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: Email | None = Field(default=None, description=EMAIL,
                                json_schema_extra={"nl": "een e-mailadres zoals info@example.org"})
    phone: Phone | None = Field(default=None, description=PHONE,
                                json_schema_extra={"nl": "een telefoonnummer, zoals 010 123 45 67"})


class Address(BaseModel):
    """A location's postal address, for the letterhead."""

    model_config = ConfigDict(extra="forbid")
    street: Text = Field(description="the street and house number, e.g. Voorbeeldstraat 12",
                         json_schema_extra={"nl": "straat en huisnummer, zoals Voorbeeldstraat 12"})
    postcode: Annotated[str, StringConstraints(strict=True, strip_whitespace=True,
                                               pattern=r"^[1-9][0-9]{3} ?[A-Z]{2}$")] = Field(
        description="a Dutch postcode: four digits and two capital letters, e.g. 1234 AB",
        json_schema_extra={"nl": "een postcode van vier cijfers en twee hoofdletters, zoals 1234 AB"})
    place: Text = Field(description="the town or city, e.g. Utrecht",
                        json_schema_extra={"nl": "de plaats, zoals Utrecht"})

    @field_validator("postcode")
    @classmethod
    def _one_space(cls, value: str) -> str:
        return f"{value[:4]} {value[-2:]}"  # 1234AB and 1234 AB are both written 1234 AB


class Location(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Text = Field(description="the location's name")
    groups: list[Text] = Field(min_length=1, description="a list of one or more group names",
                               json_schema_extra={"nl": "een lijst van een of meer groepen"})
    address: Address | None = Field(default=None, description="street, postcode and place")
    phone: Phone | None = Field(default=None, description=PHONE,
                                json_schema_extra={"nl": "een telefoonnummer, zoals 010 123 45 67"})
    email: Email | None = Field(default=None, description=EMAIL,
                                json_schema_extra={"nl": "een e-mailadres zoals info@example.org"})


class Organisation(BaseModel):
    """The organisation that publishes this copy of the toolkit (docs/_data/organisation.yml)."""

    model_config = ConfigDict(extra="forbid")
    example: bool = Field(default=False, description="true or false")
    name: Title = Field(description=f"the organisation's name as text (at most {TITLE_MAX} characters)",
                        json_schema_extra={"nl": f"de naam van de organisatie (hoogstens {TITLE_MAX} tekens)"})
    website: HttpsUrl | None = Field(default=None, description=HTTPS, json_schema_extra={"nl": HTTPS_NL})
    contact: Contact = Contact()
    logo: Text | None = Field(default=None, description="the path of an image file under docs/")
    colour: str = Field(default="#00695c", description="a colour written as #rrggbb between quotes, "
                                                      "e.g. \"#00695c\"",
                        json_schema_extra={"nl": "een kleur als #rrggbb tussen aanhalingstekens, "
                                                 "zoals \"#00695c\""})
    locations: list[Location] = []
    meeting_minutes: int = Field(default=45, ge=10, le=240, strict=True,
                                 description="how long a kennismakingsgesprek takes, in minutes (10 to 240), "
                                             "for the calendar file of the letter",
                                 json_schema_extra={"nl": "hoe lang een kennismakingsgesprek duurt, in minuten "
                                                          "(10 tot 240), voor het agendabestand bij de brief"})
    repository: HttpsUrl | None = Field(
        default=None, description="the repository's address, e.g. https://github.com/account/name",
        json_schema_extra={"nl": "het adres van de repository, zoals https://github.com/account/naam"})

    @property
    def palette(self) -> Palette:
        """The colours derived from `colour` (see Palette); the colour is checked at loading."""
        return palette(self.colour)

    @computed_field
    @property
    def header_text(self) -> str:
        """White or black, whichever has the higher contrast (WCAG) on the colour."""
        if not HEX_COLOUR.match(self.colour):
            return WHITE  # only while loading reports the bad colour (see _load_organisation)
        return self.palette.on_colour

    @computed_field
    @property
    def link_colour(self) -> str:
        """The colour for links on white: the colour if it has 4.5:1 there, else darkened until it has."""
        if not HEX_COLOUR.match(self.colour):
            return BLACK  # only while loading reports the bad colour (see _load_organisation)
        return self.palette.text


class OrganisationFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    organisation: Organisation


def _load_organisation(docs: Path, problems: list[str]) -> Organisation | None:
    rel = "_data/organisation.yml"
    lines: dict = {}
    data = _read_yaml(docs / rel, rel, problems, lines)
    if data is None:
        return None
    raw = data.get("organisation") if isinstance(data, dict) else None
    colour_line = lines.get(("organisation", "colour"))
    if isinstance(raw, dict) and "colour" in raw and raw["colour"] is None:
        # `colour: #00695c` without quotes: YAML reads everything after # as a comment.
        problems.append(located(rel, colour_line,
                                "veld 'organisation.colour' is leeg: zet de kleur tussen aanhalingstekens, "
                                "zoals colour: \"#00695c\" (zonder aanhalingstekens is alles na # uitleg)",
                                "field 'organisation.colour' is empty; expected a colour between quotes, "
                                "e.g. colour: \"#00695c\" (without them YAML reads # as a comment)"))
        return None
    try:
        org = OrganisationFile.model_validate(data).organisation
    except ValidationError as err:
        problems.extend(_pydantic_problems(rel, "", OrganisationFile, err, data, lines))
        return None
    before = len(problems)
    if not HEX_COLOUR.match(org.colour):
        problems.append(located(rel, colour_line,
                                f"veld 'organisation.colour' is {org.colour!r}; schrijf een kleur als "
                                "#rrggbb tussen aanhalingstekens, zoals \"#00695c\"",
                                f"field 'organisation.colour' is {org.colour!r}; expected a colour "
                                "written as #rrggbb, for example \"#00695c\" (with the quotes)"))
    logo_line = lines.get(("organisation", "logo"))
    if org.logo is not None and (re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", org.logo) or org.logo.startswith("//")):
        problems.append(located(rel, logo_line,
                                f"veld 'organisation.logo' is een webadres ('{org.logo[:60]}'); zet het "
                                "logo in docs/assets/organisation/ en schrijf het pad, zoals "
                                "assets/organisation/logo.svg",
                                f"field 'organisation.logo' is a web address; expected the path of an "
                                "image file under docs/, e.g. assets/organisation/logo.svg"))
    elif org.logo is not None and (".." in Path(org.logo).parts or not (docs / org.logo).is_file()):
        problems.append(located(rel, logo_line,
                                f"veld 'organisation.logo' is '{org.logo}', maar het bestand docs/{org.logo} "
                                "bestaat niet",
                                f"field 'organisation.logo' is '{org.logo}', but there is no file "
                                f"docs/{org.logo}; expected the path of an image file under docs/"))
    return org if len(problems) == before else None


HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


def _load_vision(docs: Path, languages: list[str], problems: list[str]) -> dict[str, str]:
    """The organisation's vision per language: the text of visie.<lang>.md without its front
    matter and comments ('' while it is not written)."""
    vision = {}
    for lang in languages:
        path = docs / f"visie.{lang}.md"
        if not path.exists():
            problems.append(located(f"visie.{lang}.md", None,
                                    f"bestand ontbreekt: de visie van de organisatie in '{lang}' (het mag "
                                    "leeg zijn zolang de visie niet geschreven is)",
                                    f"file is missing; expected the organisation's vision "
                                    f"in '{lang}' (it may be empty until it is written)"))
            continue
        _, body, before = split_front_matter(read_text(path))
        text = HTML_COMMENT.sub("", body).strip()
        if H1.search(text):
            m = H1.search(body)
            problems.append(located(f"visie.{lang}.md", before + 1 + body[:m.start()].count("\n") if m else None,
                                    "de tekst heeft een kop met één '#'; haal die weg (de site zet de titel erboven)",
                                    "body has a '# ' heading; expected none (the site adds the title)"))
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
            text = read_text(path)
            _, body, _ = split_front_matter(text)
            heads[lang] = text[: len(text) - len(body)]
    return heads
