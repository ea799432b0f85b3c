"""Issue 23's phone view (390 × 844) and the build without SITE_URL, on fixture sites.

The phone checks measure the built pages in Chromium at a phone's viewport: the banners at most
one line each, the site's name not cut, the drawer open at the page's own section, and one order
for every list (themes, booklets, letter languages), read from the content."""
from __future__ import annotations

import functools
import logging
import threading
import unicodedata
from pathlib import Path

import pytest

from browser_helpers import axe_violations, checked_context
from bs4 import BeautifulSoup

from conftest import LANGUAGES, _QuietHandler, _QuietServer, build_site, log_records, make_site

ADDRESS_NOTICE = "SITE_URL="
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True,
         "device_scale_factor": 1}
PREFIX = {lang: "" if i == 0 else f"{lang}/" for i, lang in enumerate(LANGUAGES)}
# The fixture site: a third theme whose title and id sort before the others (the themes' order
# is not the alphabet's), and letters in two more languages whose names sort differently in
# Dutch and in English ("Oekraïens" before "Pools", "Polish" before "Ukrainian") and by code.
SCENARIOS = ("fork_theme_added", "letter_languages")


# --- one build of the fixture site, without SITE_URL -------------------------------------------

@pytest.fixture(scope="module")
def no_address(tmp_path_factory):
    """The fixture site built with mkdocs.yml's default address (SITE_URL not set), and what it
    logged. The phone view is looked at on the same build (it needs no address)."""
    dest = tmp_path_factory.mktemp("phone")
    docs = make_site(dest, *SCENARIOS)
    mp = pytest.MonkeyPatch()
    mp.delenv("SITE_URL", raising=False)
    try:
        with log_records() as records:
            result = build_site(docs, dest / "www" / "samen-met-ouders", site_url=None)
    finally:
        mp.undo()
    assert result.ok, result.messages
    return result.site, records, docs


def _sheet_pages(site: Path) -> list[Path]:
    """Every built page that carries a sheet's or booklet's foot."""
    pages = [p for p in site.rglob("*.html") if 'class="sheet-foot' in p.read_text(encoding="utf-8")
             or 'class="booklet-head' in p.read_text(encoding="utf-8")]
    assert pages, "no sheet in the fixture site"
    return pages


def test_a_build_without_site_url_prints_no_address_and_says_how_to_set_it(no_address):
    site, records, _ = no_address
    for page in _sheet_pages(site):
        html = page.read_text(encoding="utf-8")
        assert "sheet-foot__qr" not in html, page
        assert "127.0.0.1" not in html.split("<article", 1)[-1].split("</article>", 1)[0], page
    notices = [r for r in records if ADDRESS_NOTICE in r.getMessage()]
    assert len(notices) == 1, [r.getMessage() for r in records]
    assert notices[0].levelno == logging.INFO  # a notice, not a warning: --strict passes


def test_only_the_env_default_of_mkdocs_yml_counts_as_no_address(tmp_path, monkeypatch):
    from macros.glue import address
    monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.setattr(address, "_command", "build")
    config = tmp_path / "mkdocs.yml"
    config.write_text('site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/x/"]\n'
                      "x: !!python/name:os.sep\n", encoding="utf-8")
    assert address.published({"site_url": "http://127.0.0.1:8000/x/", "config_file_path": str(config)}) is None
    config.write_text('site_url: "https://example.org/x/"\n', encoding="utf-8")  # written out by a fork
    assert address.published({"site_url": "https://example.org/x/", "config_file_path": str(config)}) \
        == "https://example.org/x/"


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


# --- the phone view ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def phone_site(no_address):
    """The fixture site served under its path, its content and routes."""
    from macros.content import load_site
    from macros.routes import build_routes
    site, _, docs = no_address
    server = _QuietServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site.parent)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    content = load_site(docs, LANGUAGES)
    yield f"http://127.0.0.1:{server.server_address[1]}/{site.name}/", content, build_routes(content), site
    server.shutdown()


@pytest.fixture(scope="module")
def phone(browser, phone_site):
    context = checked_context(browser, phone_site[0], **PHONE)
    yield context.new_page()
    context.close()


def _open(page, url: str):
    page.goto(url)
    page.wait_for_load_state("load")


def _tip_url(phone_site, lang: str, index: int = 0) -> str:
    base, content, routes, _ = phone_site
    return base + routes.path_of("tip", content.tips[lang][index].id, lang)


def test_each_notice_is_one_line_until_opened(phone, phone_site):
    lang = LANGUAGES[-1]  # the example organisation's notice and the draft translation's
    _open(phone, _tip_url(phone_site, lang))
    notices = phone.locator(".md-banner details.site-notice")
    assert notices.count() == 2
    for i in range(notices.count()):
        notice = notices.nth(i)
        line = notice.locator("summary").evaluate("e => parseFloat(getComputedStyle(e).lineHeight)")
        closed = notice.bounding_box()["height"]
        assert closed <= line * 1.2, (i, closed, line)
        assert notice.locator("a").is_hidden()
    bar = phone.locator(".md-banner").bounding_box()["height"]
    assert bar <= 2 * line + 24, bar  # the bar: its two lines and a small margin
    # Opened (by keyboard, no script needed): the whole sentence and its link.
    first = notices.nth(0)
    first.locator("summary").focus()
    phone.keyboard.press("Enter")
    assert first.evaluate("e => e.open")
    assert first.bounding_box()["height"] > closed
    assert first.locator("a").is_visible()
    summary = first.locator("summary")
    # Nothing cut once open: the sentence's text stays within the line box it wraps in.
    assert summary.evaluate("""e => { const r = document.createRange(); r.selectNodeContents(e);
        const text = r.getBoundingClientRect(), box = e.getBoundingClientRect();
        return text.left >= box.left - 1 && text.right <= box.right + 1 && text.bottom <= box.bottom + 1; }""")
    assert axe_violations(phone) == []


def test_the_site_name_fits_on_a_phone(phone, phone_site):
    _, content, _, _ = phone_site
    for lang in LANGUAGES:
        _open(phone, _tip_url(phone_site, lang))
        title = phone.locator(".md-header__topic").first.locator(".md-ellipsis")
        assert title.evaluate("e => e.scrollWidth <= e.clientWidth"), lang
        # Shortened on purpose: the organisation's name is there, and shown where there is room.
        org = title.locator(".site-name__org")
        assert content.organisation.name in org.text_content()
        assert org.is_hidden()
        assert title.locator(".site-name__short").is_visible()
    wide = phone.context.browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = wide.new_page()
        _open(page, _tip_url(phone_site, LANGUAGES[0]))
        assert page.locator(".md-header__topic .site-name__org").first.is_visible()
    finally:
        wide.close()


def test_the_drawer_opens_at_the_current_theme(phone, phone_site):
    _, content, _, _ = phone_site
    for i, theme in enumerate(content.themes):
        lang = LANGUAGES[i % len(LANGUAGES)]  # every theme once, the languages in turn
        tip = next(t for t in content.tips[lang] if t.meta.theme == theme.id)
        _open(phone, _tip_url(phone_site, lang, content.tips[lang].index(tip)))
        phone.click("label.md-header__button[for=__drawer]")
        phone.wait_for_timeout(300)  # Material slides the drawer in
        # The level the drawer shows is the deepest section open on the way to the page.
        deepest = phone.locator(".md-nav--primary .md-nav__toggle:checked").last
        nav = deepest.locator("xpath=following-sibling::nav[1]")
        shown = nav.locator(":scope > .md-nav__title")
        assert shown.text_content().strip() == theme.text(lang).title, (lang, theme.id)
        box = shown.bounding_box()
        assert box and 0 <= box["x"] < 390 and box["width"] > 0, box
        active = nav.locator(".md-nav__link--active").first
        assert active.text_content().strip() == tip.meta.title
        assert active.is_visible()


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def _page(site: Path, rel: str) -> BeautifulSoup:
    return BeautifulSoup((site / rel / "index.html").read_text(encoding="utf-8"), "lxml")


def _open_section(page: BeautifulSoup):
    """The items of the menu's section that holds the page (the deepest open one)."""
    sections = page.select(".md-nav--primary li.md-nav__item--active > nav > ul")
    assert sections, "no open section in the menu"
    return sections[-1].find_all("li", recursive=False)


def _item_link(item):
    return item.find("a", recursive=False) or item.select_one(":scope > .md-nav__container > a")


def test_every_list_has_one_order(phone_site):
    """The menu, the pages' lists and the batch page's languages, read from the built pages."""
    from macros.kinds import booklet
    from macros.render.letters import language_name
    _, content, routes, site = phone_site
    for lang in LANGUAGES:
        p = PREFIX[lang]
        # Themes: the tips' section of the menu, in themes.yml's order.
        tips_page = _page(site, p + "tips")
        menu = [_item_link(li).get_text(strip=True) for li in _open_section(tips_page) if _item_link(li)]
        titles = [t.text(lang).title for t in content.themes]
        assert [m for m in menu if m in titles] == titles, (lang, menu)
        # Booklets: in the menu and on their page, one per theme in the themes' order, then all.
        names = booklet.KIND.names(content)
        assert names[:-1] == [t.id for t in content.themes]
        expected = [booklet.KIND.title(content, n, lang) for n in names]
        page = _page(site, p + "boekjes")
        menu = [_item_link(li).get_text(strip=True) for li in _open_section(page) if _item_link(li)]
        listed = [a.get_text(strip=True) for a in page.select("article li a")]
        assert [m for m in menu if m in expected] == expected, (lang, menu)
        assert [x for x in listed if x in expected] == expected, (lang, listed)
        # Letter languages: the source letter, then the others by their name in this language.
        source = content.source_letter.code
        others = sorted((c.code for c in content.letters if c.code != source),
                        key=lambda code: _plain(language_name(code, lang)))
        order = [source] + others
        assert order != sorted(order) or len(order) < 3  # the fixture tells the orders apart
        page_rel = routes.path_of("page", "letters", lang).rstrip("/")
        page = _page(site, page_rel)
        here = "/" + page_rel + "/"

        def code_of(href: str):
            from posixpath import normpath
            target = normpath(here + href).strip("/") + "/"
            return next((c for c in order if routes.path_of("letter", c, lang) == target), None)
        menu = [code_of(_item_link(li)["href"]) for li in _open_section(page) if _item_link(li)]
        table = [code_of(a["href"]) for a in page.select("article table a")]
        assert [c for c in menu if c] == order, (lang, menu)
        assert [c for c in table if c] == order, (lang, table)
        batch = _page(site, routes.path_of("letter-batch", "families", lang).rstrip("/"))
        assert [o["value"] for o in batch.select("datalist#batch-languages option")] == order, lang
