"""Quality gates over every built page of every language, in a real browser: accessibility
(axe-core, WCAG 2.0/2.1 A and AA), valid HTML (Nu Html Checker), links and anchors, privacy
(no other host, no cookies, no storage), search per language, the 404 page, reproducibility.

Each gate prints a line of counts (run pytest with -s to see them)."""
from __future__ import annotations

import collections
import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

from conftest import LANGUAGES, ROOT, mkdocs_build

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
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


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe
    return Axe()


def axe_violations(axe, page) -> list[str]:
    result = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in result.response["violations"]]


def test_every_page_is_accessible_private_and_error_free(page, site_dir, site_url, axe):
    """Each page once: loads (200), no console error, nothing from another host, no failed
    request, no cookie, nothing in storage, and zero axe violations."""
    pages = pages_of(site_dir) + ["404.html"]
    problems, checked = [], collections.Counter()
    for rel in pages:
        response = page.goto(site_url + rel, wait_until="load")
        page.wait_for_load_state("networkidle")
        if rel != "404.html":
            assert response.status == 200, rel
        for violation in axe_violations(axe, page):
            problems.append(f"{rel}: {violation}")
        storage = page.evaluate("localStorage.length + sessionStorage.length")
        if storage:
            problems.append(f"{rel}: {storage} item(s) in web storage")
        checked[language_of(rel)] += 1
    watch = page.watch
    print(f"\naxe/privacy: pages checked per language {dict(checked)}; violations {len(problems)}; "
          f"console errors {len(watch.console_errors)}; requests to other hosts "
          f"{len(watch.foreign_requests)}; failed requests {len(watch.failed)}; "
          f"cookies {len(page.context.cookies())}")
    assert problems == []
    assert watch.console_errors == []
    assert watch.foreign_requests == []
    assert [f for f in watch.failed if "/404.html" not in f] == []
    assert page.context.cookies() == []
    assert all(checked[lang] > 50 for lang in LANGUAGES)


def test_filled_in_letters_sheets_and_open_search_are_accessible(page, site_url, axe):
    problems = []
    for rel in ("brief/ar/", "en/brief/nl/", "brief/uk/"):
        page.goto(site_url + rel)
        for field in ("parent_names", "child_name", "group_name", "professional_names", "location_name"):
            page.fill(f"#field-{field}", "Fatima El Amrani")
        page.fill("#field-meeting_date", "2026-12-03")
        page.fill("#field-meeting_time", "14:30")
        problems += [f"{rel} (filled): {v}" for v in axe_violations(axe, page)]
    for rel in ("werkbladen/visie/", "en/checklists/alle-tips/"):
        page.goto(site_url + rel)
        page.locator(".sheet-paper textarea").evaluate_all("els => els.forEach(e => e.value = 'Ons antwoord')")
        page.locator(".sheet-paper input[type=checkbox]").evaluate_all("els => els.forEach(e => e.checked = true)")
        page.get_by_role("checkbox", name="Keep my answers on this device").or_(
            page.get_by_role("checkbox", name="Bewaar mijn antwoorden op dit apparaat")).check()
        problems += [f"{rel} (filled): {v}" for v in axe_violations(axe, page)]
    page.goto(site_url + "en/tips/")
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill("parents")
    page.locator("input.md-search__input").press("End")  # Material searches on key events
    page.locator(".md-search-result__item").first.wait_for()
    page.wait_for_timeout(500)  # let the results finish fading in
    problems += [f"search open: {v}" for v in axe_violations(axe, page)]
    assert problems == []


def test_the_letter_form_works_with_the_keyboard_alone(page, site_url):
    page.goto(site_url + "brief/tr/")
    page.locator("#letter-form-title").click()  # start just before the form, as a reader would
    order = []
    for _ in range(20):
        page.keyboard.press("Tab")
        info = page.evaluate("""() => { const e = document.activeElement; const s = getComputedStyle(e);
            return [e.id || e.textContent.trim(), s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2]; }""")
        order.append(info)
    ids = [name for i, (name, _) in enumerate(order) if i == 0 or order[i - 1][0] != name]
    # (a date or time field takes several Tab presses: day, month, year)
    fields = ["field-parent_names", "field-child_name", "field-group_name", "field-meeting_date",
              "field-meeting_time", "field-professional_names", "field-location_name"]
    assert ids[:len(fields)] == fields
    # each control shows a clear focus ring when Tab reaches it (a date field's last stop is
    # Chromium's own calendar button, which draws its own ring)
    first = {name: visible for name, visible in reversed(order)}
    assert all(first[name] for name in fields + ["Print de brief"]), order
    assert "Print de brief" in ids
    # type with the keyboard only
    page.focus("#field-child_name")
    page.keyboard.type("Elif")
    assert page.locator('.letter [data-field="child_name"]').first.inner_text() == "Elif"
    page.evaluate("window.print = () => { window.__printed = document.body.dataset.print; }")
    page.focus("button[data-print=letter]")
    page.keyboard.press("Enter")
    assert page.evaluate("window.__printed") == "letter"


def test_every_page_is_valid_html(site_dir):
    files = sorted(str(p) for p in site_dir.rglob("*.html"))
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
                            capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr)["messages"]
    errors = [m for m in messages if not any(m["message"].startswith(f) for f in VNU_FILTERS)]
    filtered = len(messages) - len(errors)
    print(f"\nvnu: {len(files)} files checked; errors {len(errors)}; filtered (Material, see "
          f"VNU_FILTERS) {filtered}")
    assert [f"{m['url']}: {m['message']}" for m in errors] == []


def test_no_broken_links_or_anchors(site_dir, site_url):
    """Follow every internal link from every page, under the site's path, as a browser would."""
    import urllib.request
    import urllib.error

    base = urlparse(site_url)
    ids_cache: dict[str, set[str]] = {}

    def fetch(url: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(url, timeout=10) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as err:
            return err.code, b""

    def ids_of(url: str, body: bytes) -> set[str]:
        if url not in ids_cache:
            ids_cache[url] = {t["id"] for t in BeautifulSoup(body, "lxml").select("[id]")}
        return ids_cache[url]

    todo = [site_url + rel for rel in pages_of(site_dir)]
    seen, bodies, broken, checked = set(todo), {}, [], 0
    while todo:
        url = todo.pop()
        status, body = fetch(url)
        if status != 200:
            broken.append(f"{url}: {status}")
            continue
        bodies[url] = body
        if not url.endswith("/") and not url.endswith(".html"):
            continue
        soup = BeautifulSoup(body, "lxml")
        for tag in soup.select("a[href], link[href], script[src], img[src]"):
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
                status, target_body = fetch(page_url) if page_url not in bodies else (200, bodies[page_url])
                if fragment not in ids_of(page_url, target_body):
                    broken.append(f"{url}: no #{fragment} in {page_url}")
    print(f"\nlinks: {checked} internal links followed over {len(seen)} addresses; broken {len(broken)}")
    assert broken == []


def search_results(page, query: str) -> list[str]:
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")
    page.locator(".md-search-result__meta").wait_for()
    page.wait_for_timeout(300)
    return page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.href)")


def test_search_results_come_only_from_the_readers_language(page, site_url):
    # "ouders" (parents) is Dutch, but English pages quote Dutch names: search both ways.
    cases = {"nl": ("", "kinderopvang"), "en": ("en/", "childcare")}
    for lang, (prefix, word) in cases.items():
        page.goto(site_url + prefix + "tips/")
        found = search_results(page, word)
        assert found, lang
        english = [h for h in found if h.startswith(site_url + "en/")]
        assert english == (found if lang == "en" else []), (lang, found)
    page.goto(site_url + "en/tips/")
    found = search_results(page, "kennismakingsgesprek")  # Dutch word, only in Dutch pages and letter names
    assert all(h.startswith(site_url + "en/") for h in found), found


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
