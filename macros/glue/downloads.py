"""The Word files: written next to their pages once the pages are built, each from the same model
as its page, at the path the route table gives. A letter's file is the same in every site
language, so it is written once."""
from __future__ import annotations

from pathlib import Path

from .. import guide, sheets, word
from . import i18n
from .site import built


def write_word_files(config) -> None:
    state = built(config)
    site, routes = state.content, state.routes
    lang = i18n.current_language(config)
    site_dir = Path(config["site_dir"])
    if i18n.is_default_language(config):
        for letter in site.letters:
            _write(site_dir / routes.path_of("letter-docx", letter.code, lang),
                   word.letter_docx(letter, site.organisation, site.source_letter))
    for route in routes.of_kind("checklist"):
        url = routes.absolute(config["site_url"], "checklist", route.name, lang)
        _write(site_dir / routes.path_of("checklist-docx", route.name, lang),
               word.checklist_docx(sheets.build_checklist(site, lang, route.name, url)))
    for route in routes.of_kind("worksheet"):
        url = routes.absolute(config["site_url"], "worksheet", route.name, lang)
        _write(site_dir / routes.path_of("worksheet-docx", route.name, lang),
               word.worksheet_docx(sheets.build_worksheet(site, lang, route.name, url)))


    for route in routes.of_kind("guide"):
        url = routes.absolute(config["site_url"], "guide", route.name, lang)
        _write(site_dir / routes.path_of("guide-docx", route.name, lang),
               word.guide_docx(guide.build_guide(site, lang, route.name, url)))


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
