"""Issue 23's phone view (390 × 844) and the build without SITE_URL, on fixture sites.

The phone checks measure the built pages in Chromium at a phone's viewport: the banners at most
one line each, the site's name not cut, the drawer open at the page's own section, and one order
for every list (themes, booklets, letter languages), read from the content."""
from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from conftest import build_site, make_site

ADDRESS_NOTICE = "SITE_URL="


# --- a build without SITE_URL ------------------------------------------------------------------

@pytest.fixture(scope="module")
def no_address(tmp_path_factory):
    """A fixture site built with mkdocs.yml's default address (SITE_URL not set)."""
    dest = tmp_path_factory.mktemp("no-address")
    docs = make_site(dest)
    handler = _Lines()
    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    mp = pytest.MonkeyPatch()
    mp.delenv("SITE_URL", raising=False)
    try:
        result = build_site(docs, dest / "site", site_url=None)
    finally:
        mp.undo()
        logger.removeHandler(handler)
        logger.setLevel(level)
    assert result.ok, result.messages
    return result.site, handler.records


class _Lines(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


def _sheet_pages(site: Path) -> list[Path]:
    """Every built page that carries a sheet's or booklet's foot."""
    pages = [p for p in site.rglob("*.html") if 'class="sheet-foot' in p.read_text(encoding="utf-8")
             or 'class="booklet-head' in p.read_text(encoding="utf-8")]
    assert pages, "no sheet in the fixture site"
    return pages


def test_a_build_without_site_url_prints_no_address_and_says_how_to_set_it(no_address):
    site, records = no_address
    for page in _sheet_pages(site):
        html = page.read_text(encoding="utf-8")
        assert "sheet-foot__qr" not in html, page
        assert "127.0.0.1" not in html.split("<article", 1)[-1].split("</article>", 1)[0], page
    notices = [r for r in records if ADDRESS_NOTICE in r.getMessage()]
    assert len(notices) == 1, [r.getMessage() for r in records]
    assert notices[0].levelno == logging.INFO  # a notice, not a warning: --strict passes


def test_serve_and_a_set_address_keep_the_address(monkeypatch):
    from macros.glue import address
    default = "http://127.0.0.1:8000/x/"
    config = {"site_url": default, "config_file_path": None}
    monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.setattr(address, "_configured_default", lambda config: default)
    monkeypatch.setattr(address, "_command", "build")
    assert address.published(config) is None
    assert address.published(dict(config, site_url="https://example.org/x/")) == "https://example.org/x/"
    monkeypatch.setenv("SITE_URL", default)
    assert address.published(config) == default
    monkeypatch.delenv("SITE_URL")
    monkeypatch.setattr(address, "_command", "serve")
    assert address.published(config) == default
