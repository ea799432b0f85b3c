"""What is typed is not lost by accident, and kept nowhere it was not asked to be: on every kind
of page with a form, what is typed stays in the tab's session storage (a reload, back and
forward, the page opened again in the same tab bring it back), is gone in another tab or a new
browser, and is kept on the device (local storage) only with the opt-in; erase empties both.

Playwright cannot do the browser's "reopen closed tab" (it restores the closed tab's session
storage): what is checked instead is that the data lives in the tab's session storage, under
the page's own path, which is what that restore brings back, and that a new tab does not get
it. Pages are named from the content and the route table, never by a tip id."""
from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from browser_helpers import origin_of
from conftest import LANGUAGES
from macros.render.vision_draft import VISION_SHEET

TEXT = "Sanne belt vrijdag"
STORAGE = ("() => ({local: Object.assign({}, localStorage), session: Object.assign({}, sessionStorage)})")


@dataclass
class Form:
    kind: str  # how the test names it
    path: str
    field: str  # a text field of the form (CSS), the first of its kind
    store: str  # the opt-in's label
    erase: str  # the erase button's name


def forms(content, routes) -> list[Form]:
    """One page of every kind with a form, in alternating site languages."""
    def lang(n):
        return LANGUAGES[n % len(LANGUAGES)]

    sheets = [content.labels[lang(n)].sheets for n in range(5)]
    guide = routes.of_kind("guide")[0]
    batch = routes.of_kind("letter-batch")[0]
    letter = routes.of_kind("letter")[-1]
    return [
        Form("worksheet", routes.path_of("worksheet", content.worksheets[0].id, lang(0)),
             ".sheet-paper textarea", sheets[0].store, sheets[0].erase),
        Form("vision template", routes.path_of("worksheet", VISION_SHEET, lang(1)),
             ".sheet-paper textarea", sheets[1].store, sheets[1].erase),
        Form("checklist", routes.path_of("checklist", content.themes[0].id, lang(2)),
             ".sheet-paper input[type=text]", sheets[2].store, sheets[2].erase),
        Form("guide", routes.path_of("guide", guide.name, lang(3)),
             ".sheet-paper textarea", sheets[3].store, sheets[3].erase),
        Form("letter", routes.path_of("letter", letter.name, lang(4)),
             ".letter-form input[type=text]", content.labels[lang(4)].letter.store,
             content.labels[lang(4)].letter.erase),
        Form("batch", routes.path_of("letter-batch", batch.name, lang(5)),
             "tbody.letter-batch__family input[type=text]",
             content.labels[lang(5)].letter_batch.store, content.labels[lang(5)].letter_batch.erase),
    ]


def storage(page) -> dict:
    return page.evaluate(STORAGE)


def value(page, form: Form) -> str:
    return page.locator(form.field).first.input_value()


def open_page(context, url):
    page = context.new_page()
    page.on("dialog", lambda d: d.accept())  # the leave warning (test_leave_warning.py)
    page.goto(url)
    return page


@pytest.fixture(scope="module")
def all_forms(content, routes):
    return forms(content, routes)


@pytest.fixture(scope="module")
def new_browser(browser, site_url):
    """A browser context of its own, as another browser or a new profile: nothing typed in it."""
    context = browser.new_context()
    context.route(lambda url: not url.startswith(origin_of(site_url)), lambda route: route.abort())
    yield context
    context.close()


@pytest.mark.parametrize("n", range(6), ids=["worksheet", "vision", "checklist", "guide", "letter", "batch"])
def test_what_is_typed_is_kept_in_the_tab_and_on_the_device_only_when_asked(n, all_forms, page, new_browser,
                                                                            site_url):
    form = all_forms[n]
    url = site_url + form.path
    context = page.context
    page.on("dialog", lambda d: d.accept())
    page.goto(url)
    assert storage(page) == {"local": {}, "session": {}}  # nothing before something is typed
    page.locator(form.field).first.fill(TEXT)
    kept = storage(page)
    assert kept["local"] == {}
    assert list(kept["session"]) == ["samen-met-ouders:" + page.evaluate("location.pathname")]
    assert TEXT in json.dumps(kept["session"], ensure_ascii=False)

    page.reload()
    assert value(page, form) == TEXT, f"{form.kind}: lost on a reload"
    page.goto(site_url)
    page.go_back()
    assert value(page, form) == TEXT, f"{form.kind}: lost going back"

    # The tab closed and the page opened in a new tab, or in a new browser: gone without the opt-in.
    page.close()
    page = open_page(context, url)
    assert value(page, form) == "", f"{form.kind}: in a new tab without the opt-in"
    assert storage(page) == {"local": {}, "session": {}}
    stranger = open_page(new_browser, url)
    assert value(stranger, form) == ""
    assert storage(stranger) == {"local": {}, "session": {}}
    stranger.close()

    # With the opt-in: kept on this device, so a new tab has it.
    page.locator(form.field).first.fill(TEXT)
    page.get_by_label(form.store, exact=True).check()
    assert TEXT in json.dumps(storage(page)["local"], ensure_ascii=False)
    page.close()
    again = open_page(context, url)
    assert value(again, form) == TEXT, f"{form.kind}: not kept on the device with the opt-in"
    assert again.get_by_label(form.store, exact=True).is_checked()

    # Erase: both emptied, the form too, and a reload brings nothing back.
    again.get_by_role("button", name=form.erase, exact=True).click()
    assert storage(again) == {"local": {}, "session": {}}
    assert value(again, form) == ""
    assert not again.get_by_label(form.store, exact=True).is_checked()
    again.reload()
    assert value(again, form) == ""
    assert storage(again) == {"local": {}, "session": {}}
    assert context.cookies() == []
    assert again.evaluate("indexedDB.databases().then(d => d.length)") == 0


def test_unticking_the_opt_in_keeps_it_in_the_tab_only(all_forms, page, site_url):
    form = all_forms[4]  # a letter
    page.on("dialog", lambda d: d.accept())
    page.goto(site_url + form.path)
    page.locator(form.field).first.fill(TEXT)
    box = page.get_by_label(form.store, exact=True)
    box.check()
    assert len(storage(page)["local"]) == 1
    box.uncheck()
    assert storage(page)["local"] == {}
    page.reload()
    assert value(page, form) == TEXT
    assert not page.get_by_label(form.store, exact=True).is_checked()


def test_a_copy_the_page_cannot_read_is_dropped_and_said(all_forms, page, site_url):
    form = all_forms[5]  # the batch page keeps a list of rows
    page.goto(site_url + form.path)
    page.evaluate("sessionStorage.setItem('samen-met-ouders:' + location.pathname, '{\"not\": \"rows\"}')")
    warnings = []
    page.on("console", lambda m: m.type == "warning" and warnings.append(m.text))
    page.reload()
    assert value(page, form) == ""
    assert storage(page) == {"local": {}, "session": {}}
    assert any("could not be restored" in w for w in warnings), warnings
    assert page.watch.console_errors == []
