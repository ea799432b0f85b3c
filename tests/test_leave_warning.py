"""A warning before leaving a page with typed answers that are not kept on this device: only when
something was typed, and not when the user chose to keep it on this device.

What it still protects: the tab keeps what is typed (session storage, test_keeping.py), so a
reload or back and forward loses nothing, but closing the tab does, unless the opt-in is on.
The browser does not tell a page whether it is closed or reloaded, so both ask; with the
opt-in nothing asks."""
from __future__ import annotations

import pytest

from conftest import LANGUAGES


def leave(page) -> list[str]:
    """Close the page as a user closing the tab would; the warnings the browser asked."""
    asked = []

    def answer(dialog):
        asked.append(dialog.type)
        dialog.accept()

    page.on("dialog", answer)
    page.close(run_before_unload=True)
    page.wait_for_event("close", timeout=5000) if not page.is_closed() else None
    return asked


@pytest.fixture
def new_page(browser, site_url):
    context = browser.new_context()
    yield lambda rel: _open(context, site_url + rel)
    context.close()


@pytest.fixture(scope="module")
def sheet(routes, content):
    """The first worksheet, in the default language."""
    return routes.path_of("worksheet", content.worksheets[0].id, LANGUAGES[0])


@pytest.fixture(scope="module")
def words(content):
    return content.labels[LANGUAGES[0]].sheets


def _open(context, url):
    page = context.new_page()
    page.goto(url)
    return page


def test_a_sheet_with_typed_answers_asks_before_it_is_left(new_page, sheet):
    page = new_page(sheet)
    page.locator(".sheet-paper textarea").first.click()
    page.keyboard.type("We bellen de ouders na twee weken")
    assert leave(page) == ["beforeunload"]


def test_a_ticked_box_on_a_checklist_asks_too(new_page, routes):
    page = new_page(routes.path_of("checklist", "intake", LANGUAGES[-1]))
    page.locator("ul.checklist label").first.click()
    assert leave(page) == ["beforeunload"]


def test_an_untouched_sheet_is_left_without_a_question(new_page, sheet):
    page = new_page(sheet)
    page.locator(".sheet-paper textarea").first.click()  # focused, nothing typed
    assert leave(page) == []


def test_answers_kept_on_this_device_are_left_without_a_question(new_page, sheet, words):
    page = new_page(sheet)
    page.locator(".sheet-paper textarea").first.click()
    page.keyboard.type("We bellen de ouders na twee weken")
    page.get_by_label(words.store, exact=True).check()
    assert leave(page) == []


def test_answers_typed_and_erased_again_are_left_without_a_question(new_page, sheet, words):
    page = new_page(sheet)
    page.locator(".sheet-paper textarea").first.click()
    page.keyboard.type("Weg ermee")
    page.get_by_role("button", name=words.erase, exact=True).click()
    assert leave(page) == []


def test_the_letter_asks_only_when_something_was_typed(new_page, content):
    rel = f"brief/{content.letters[-1].code}/"
    page = new_page(rel)
    page.locator("#field-child_name").click()
    assert leave(page) == []
    page = new_page(rel)
    page.locator("#field-child_name").click()
    page.keyboard.type("Noor")
    assert leave(page) == ["beforeunload"]


def test_a_letter_kept_on_this_device_is_left_without_a_question(new_page, content):
    lang = LANGUAGES[0]
    words = content.labels[lang].letter
    page = new_page(f"brief/{content.letters[0].code}/")
    page.locator("#field-child_name").click()
    page.keyboard.type("Noor")
    page.get_by_label(words.store, exact=True).check()
    assert leave(page) == []


def test_the_batch_page_asks_only_when_a_row_was_typed(new_page, routes, content):
    batch = routes.of_kind("letter-batch")[0]
    rel = routes.path_of("letter-batch", batch.name, LANGUAGES[-1])
    page = new_page(rel)
    assert leave(page) == []
    page = new_page(rel)
    page.locator('tbody.letter-batch__family input[type="text"]').first.click()
    page.keyboard.type("Noor")
    assert leave(page) == ["beforeunload"]
    page = new_page(rel)
    page.locator('tbody.letter-batch__family input[type="text"]').first.click()
    page.keyboard.type("Noor")
    page.get_by_label(content.labels[LANGUAGES[-1]].letter_batch.store, exact=True).check()
    assert leave(page) == []


def test_unticking_keep_on_this_device_makes_it_ask_again(new_page, sheet, words):
    page = new_page(sheet)
    page.locator(".sheet-paper textarea").first.click()
    page.keyboard.type("We bellen de ouders na twee weken")
    box = page.get_by_label(words.store, exact=True)
    box.check()
    box.uncheck()  # the answers are no longer kept
    assert leave(page) == ["beforeunload"]
