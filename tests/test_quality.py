"""Quality gates over every built page of every language, in a real browser: accessibility
(axe-core, WCAG 2.0/2.1 A and AA), valid HTML (Nu Html Checker), links and anchors, privacy
(no other host, no cookies, no storage), search per language, the 404 page, reproducibility.

Each gate prints a line of counts (run pytest with -s to see them)."""
from __future__ import annotations

import collections
import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

import browser_helpers as helpers
from conftest import LANGUAGES, ROOT, PageWatch, mkdocs_build

VNU = ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"
# Nu Html Checker messages that come from Material's own templates, each with its reason.
VNU_FILTERS = {
    "Attribute “autocomplete” is only allowed when the input type is":
        "Material puts autocomplete=off on the checkboxes that open its drawer, search and "
        "sections, so that Firefox does not restore them open after a reload; harmless, and "
        "only changeable by copying Material's templates.",
}


def pages_of(site_dir: Path) -> list[str]:
    return sorted(p.relative_to(site_dir).as_posix().removesuffix("index.html")
                  for p in site_dir.rglob("*.html") if p.name == "index.html")


def language_of(rel: str) -> str:
    return next((x for x in LANGUAGES[1:] if rel.startswith(f"{x}/")), LANGUAGES[0])


# Pages checked at the same time, each in its own browser context (its own renderer process):
# while one page's renderer runs axe, this process loads the next page in the other.
WORKERS = 2


@pytest.fixture(scope="module", autouse=True)
def vnu(request, site_dir, tmp_path_factory):
    """The Nu Html Checker over every built file, started once at the module's start when its
    test is to run, so that Java checks while the browser tests run; the test waits for it."""
    if not any(item.name == "test_every_page_is_valid_html" for item in request.session.items):
        yield None
        return
    files = sorted(str(p) for p in site_dir.rglob("*.html"))
    errors = tmp_path_factory.mktemp("vnu") / "messages.json"
    with errors.open("w", encoding="utf-8") as sink:
        process = subprocess.Popen(["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
                                   stdout=subprocess.DEVNULL, stderr=sink)

    def result() -> tuple[list[str], str]:
        process.wait(timeout=600)
        return files, errors.read_text(encoding="utf-8")

    yield result
    if process.poll() is None:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def axe():
    """Kept for tests elsewhere that pass it to `axe_violations`; axe-core itself comes from
    browser_helpers (loaded once per context, or injected once into a page without it)."""
    from axe_playwright_python.sync_playwright import Axe
    return Axe()


def axe_violations(axe, page) -> list[str]:
    return helpers.axe_violations(page)


def test_every_page_is_accessible_private_and_error_free(browser, site_dir, site_url):
    """Each page once: loads (200), no console error, nothing from another host, no failed
    request, no cookie, nothing in web storage or IndexedDB, and zero axe violations."""
    pages = pages_of(site_dir) + ["404.html"]
    problems, checked = [], collections.Counter()
    origin = helpers.origin_of(site_url)
    slots = []
    for _ in range(WORKERS):
        context = helpers.checked_context(browser, site_url, viewport={"width": 1280, "height": 900},
                                          locale="nl-NL")
        pg = context.new_page()
        pg.watch = PageWatch(pg, origin)
        slots.append([pg, None])  # the page, and the address whose axe run is under way

    def finish(slot):
        pg, rel = slot
        if rel is None:
            return
        problems.extend(f"{rel}: {violation}" for violation in helpers.finish_axe(pg))
        # Loading a page writes nothing: what is typed goes to session storage only once
        # typed (local storage only with the opt-in), and nothing uses IndexedDB.
        storage = pg.evaluate("localStorage.length + sessionStorage.length")
        if storage:
            problems.append(f"{rel}: {storage} item(s) in web storage")
        databases = pg.evaluate("indexedDB.databases().then(d => d.map(x => x.name))")
        if databases:
            problems.append(f"{rel}: IndexedDB {databases}")
        slot[1] = None

    for n, rel in enumerate(pages):
        slot = slots[n % WORKERS]
        finish(slot)
        response = slot[0].goto(site_url + rel, wait_until="load")
        if rel != "404.html":
            assert response.status == 200, rel
        helpers.start_axe(slot[0])
        slot[1] = rel
        checked[language_of(rel)] += 1
    for slot in slots:
        finish(slot)
        slot[0].wait_for_load_state("networkidle")  # whatever the last page still asked for
    watches = [slot[0].watch for slot in slots]
    console = [e for w in watches for e in w.console_errors]
    foreign = [u for w in watches for u in w.foreign_requests]
    failed = [f for w in watches for f in w.failed]
    cookies = [c for slot in slots for c in slot[0].context.cookies()]
    print(f"\naxe/privacy: pages checked per language {dict(checked)}; violations {len(problems)}; "
          f"console errors {len(console)}; requests to other hosts {len(foreign)}; failed requests "
          f"{len(failed)}; cookies {len(cookies)}")
    for slot in slots:
        slot[0].context.close()
    assert problems == []
    assert console == []
    assert foreign == []
    assert [f for f in failed if "/404.html" not in f] == []
    assert cookies == []
    # every language has its pages (a page in each of the route table's kinds at least)
    assert all(checked[lang] > 0 for lang in LANGUAGES), checked
    assert sum(checked.values()) == len(pages)


def test_filled_in_letters_sheets_and_open_search_are_accessible(page, site_url, content, routes):
    """Filled in (long names, a date, every box ticked, the answers kept on this device) and
    with search open, in both site languages: a letter left to right and one right to left,
    the intake checklist, the all-tips checklist and every worksheet's first."""
    problems = []
    letters = [content.source_letter] + [x for x in content.letters if x.meta.direction == "rtl"][:1]
    for n, letter in enumerate(letters):
        lang = LANGUAGES[(n + 1) % len(LANGUAGES)]
        rel = routes.path_of("letter", letter.code, lang)
        page.goto(site_url + rel)
        for field in page.locator(".letter-form input[type=text]").all():
            field.fill("Fatima El Amrani")
        page.fill("#field-meeting_date", "2026-12-03")
        page.fill("#field-meeting_time", "14:30")
        problems += [f"{rel} (filled): {v}" for v in helpers.axe_violations(page)]
    sheets_ = [("checklist", "alle-tips", LANGUAGES[-1]), ("checklist", "intake", LANGUAGES[0])]
    sheets_ += [("worksheet", r.name, LANGUAGES[0]) for r in routes.of_kind("worksheet")][:1]
    for kind, name, lang in sheets_:
        rel = routes.path_of(kind, name, lang)
        page.goto(site_url + rel)
        page.locator(".sheet-paper textarea").evaluate_all("els => els.forEach(e => e.value = 'Ons antwoord')")
        page.locator(".sheet-paper input[type=checkbox]").evaluate_all("els => els.forEach(e => e.checked = true)")
        page.get_by_role("checkbox", name=content.labels[lang].sheets.store).check()
        problems += [f"{rel} (filled): {v}" for v in helpers.axe_violations(page)]
    lang = LANGUAGES[-1]
    page.goto(site_url + routes.path_of("page", "tips", lang))
    word = max(content.tips[lang][0].meta.title.split(), key=len)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill(word)
    page.locator("input.md-search__input").press("End")  # Material searches on key events
    page.locator(".md-search-result__item").first.wait_for()
    page.wait_for_timeout(500)  # let the results finish fading in
    problems += [f"search open: {v}" for v in helpers.axe_violations(page)]
    assert problems == []


def test_the_letter_form_works_with_the_keyboard_alone(page, site_url, content, routes):
    letter = content.letters[-1]
    print_label = content.labels[LANGUAGES[0]].letter.print
    page.goto(site_url + routes.path_of("letter", letter.code, LANGUAGES[0]))
    page.locator("#letter-form-title").click()  # start just before the form, as a reader would
    order = []
    for _ in range(20):
        page.keyboard.press("Tab")
        info = page.evaluate("""() => { const e = document.activeElement; const s = getComputedStyle(e);
            return [e.id || e.textContent.trim(), s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2]; }""")
        order.append(info)
    ids = [name for i, (name, _) in enumerate(order) if i == 0 or order[i - 1][0] != name]
    # (a date or time field takes several Tab presses: day, month, year)
    fields = page.locator(".letter-form input").evaluate_all("els => els.map(e => e.id)")
    assert len(fields) >= 5
    assert ids[:len(fields)] == fields
    # each control shows a clear focus ring when Tab reaches it (a date field's last stop is
    # Chromium's own calendar button, which draws its own ring)
    first = {name: visible for name, visible in reversed(order)}
    assert all(first[name] for name in fields + [print_label]), order
    assert print_label in ids
    # type with the keyboard only
    page.focus("#field-child_name")
    page.keyboard.type("Elif")
    assert page.locator('.letter [data-field="child_name"]').first.inner_text() == "Elif"
    page.evaluate("window.print = () => { window.__printed = document.body.dataset.print; }")
    page.focus("button[data-print=letter]")
    page.keyboard.press("Enter")
    assert page.evaluate("window.__printed") == "letter"


def test_every_page_is_valid_html(vnu, site_dir):
    files, result = vnu()
    messages = json.loads(result)["messages"]
    errors = [m for m in messages if not any(m["message"].startswith(f) for f in VNU_FILTERS)]
    filtered = len(messages) - len(errors)
    print(f"\nvnu: {len(files)} files checked; errors {len(errors)}; filtered (Material, see "
          f"VNU_FILTERS) {filtered}")
    assert files == sorted(str(p) for p in site_dir.rglob("*.html"))
    assert [f"{m['url']}: {m['message']}" for m in errors] == []


def test_no_broken_links_or_anchors(site_dir, site_url):
    """Follow every internal link from every page, under the site's path, as a browser would."""
    import urllib.error
    import urllib.request

    import lxml.html

    base = urlparse(site_url)
    ids: dict[str, set[str]] = {}  # address: the ids on that page (parsed once, with lxml)

    def fetch(url: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(url, timeout=10) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as err:
            return err.code, b""

    def parse(url: str, body: bytes):
        doc = lxml.html.fromstring(body) if body.strip() else None
        ids[url] = set(doc.xpath("//@id")) if doc is not None else set()
        return doc

    todo = [site_url + rel for rel in pages_of(site_dir)]
    seen, broken, anchors, checked = set(todo), [], [], 0
    while todo:
        url = todo.pop()
        status, body = fetch(url)
        if status != 200:
            broken.append(f"{url}: {status}")
            continue
        if not url.endswith("/") and not url.endswith(".html"):
            continue
        doc = parse(url, body)
        if doc is None:
            continue
        for tag in doc.xpath("//a[@href] | //link[@href] | //script[@src] | //img[@src]"):
            target = urljoin(url, tag.get("href") or tag.get("src"))
            if urlparse(target).netloc != base.netloc or target.startswith(("mailto:", "javascript:")):
                continue
            checked += 1
            assert urlparse(target).path.startswith(base.path), f"{url} leaves the site's path: {target}"
            page_url, fragment = urldefrag(target)
            if page_url not in seen:
                seen.add(page_url)
                todo.append(page_url)
            if fragment:
                anchors.append((url, page_url, fragment))
    for url, page_url, fragment in anchors:  # every page is fetched (and parsed) by now
        if page_url not in ids:
            status, body = fetch(page_url)
            parse(page_url, body if status == 200 else b"")
        if fragment not in ids[page_url]:
            broken.append(f"{url}: no #{fragment} in {page_url}")
    print(f"\nlinks: {checked} internal links followed over {len(seen)} addresses; broken {len(broken)}")
    assert broken == []


def search_results(page, query: str) -> list[str]:
    return helpers.search(page, query)


def _index_words(site_dir, lang) -> set[str]:
    path = site_dir / ("" if lang == LANGUAGES[0] else lang) / "search/search_index.json"
    docs = json.loads(path.read_text(encoding="utf-8"))["docs"]
    return {w.lower() for d in docs for w in re.findall(r"[^\W\d_]+", d["title"] + " " + d["text"])}


def test_search_results_come_only_from_the_readers_language(page, site_url, site_dir, content):
    """A word of a tip's title finds pages in the reader's language only; a word only the
    default language's pages have finds no page of another language's."""
    words = {lang: _index_words(site_dir, lang) for lang in LANGUAGES}
    for lang in LANGUAGES:
        prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
        word = max(re.findall(r"[^\W\d_]+", content.tips[lang][0].meta.title), key=len)
        page.goto(site_url + prefix + "tips/")
        found = search_results(page, word)
        assert found, (lang, word)
        others = [h for h in found if language_of(h.removeprefix(site_url)) != lang]
        assert others == [], (lang, word, found)
    for lang in LANGUAGES[1:]:
        own_only = sorted((w for w in words[LANGUAGES[0]] - words[lang] if len(w) >= 8), key=len)
        assert own_only, "no word that only the default language's pages have"
        page.goto(site_url + f"{lang}/tips/")
        found = helpers.search(page, own_only[-1])
        assert all(h.startswith(f"{site_url}{lang}/") for h in found), (own_only[-1], found)


def test_the_404_page_is_in_the_default_language(site_dir):
    soup = BeautifulSoup((site_dir / "404.html").read_text(encoding="utf-8"), "lxml")
    assert soup.html["lang"] == LANGUAGES[0]


def test_each_language_has_its_own_search_index(site_dir):
    for lang in LANGUAGES:
        path = site_dir / ("" if lang == LANGUAGES[0] else lang) / "search/search_index.json"
        index = json.loads(path.read_text(encoding="utf-8"))
        assert index["config"]["lang"] == [lang]
        assert index["docs"] and not any(d["location"].startswith("en/") for d in index["docs"])


def test_two_builds_of_the_same_commit_are_identical(site_dir, tmp_path):
    second = tmp_path / "second"
    result = mkdocs_build(ROOT, second)
    assert result.returncode == 0, result.stderr

    files = [p for p in site_dir.rglob("*") if p.is_file()]
    mismatched = [str(p.relative_to(site_dir)) for p in files
                  if not (second / p.relative_to(site_dir)).is_file()
                  or p.read_bytes() != (second / p.relative_to(site_dir)).read_bytes()]
    extra = [str(p.relative_to(second)) for p in second.rglob("*") if p.is_file()
             and not (site_dir / p.relative_to(second)).exists()]
    print(f"\nreproducible: {len(files)} files compared; different {len(mismatched)}; extra {len(extra)}")
    assert mismatched == [] and extra == []
    shutil.rmtree(second)
