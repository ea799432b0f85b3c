"""Every value from the organisation file and the site's words is shown as text, attributes
included; and the Content-Security-Policy stops a script that got into a page anyway."""
from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest
import yaml

from conftest import LANGUAGES, built_ok, make_site

PAYLOAD = ' <img src=x onerror=alert(1)> " & \''


def _poison(value, keep=lambda key: True, key=""):
    """Every text in a YAML structure with the payload added (placeholders such as {name} kept)."""
    if isinstance(value, dict):
        return {k: _poison(v, keep, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(v, keep, key) for v in value]
    if isinstance(value, str) and keep(key):
        return value + PAYLOAD
    return value


# Fields whose format is checked (addresses, colours, codes): they cannot hold the payload.
FORMATTED = {"email", "website", "repository", "logo", "colour", "postcode", "phone", "status",
             "reviewed_by"}


@pytest.fixture(scope="module")
def poisoned(tmp_path_factory) -> Path:
    """The base fixture site with the payload added to every text of the organisation file and
    the site's words, built in-process."""
    root = tmp_path_factory.mktemp("poisoned")
    docs = make_site(root)
    org_file = docs / "_data/organisation.yml"
    org = yaml.safe_load(org_file.read_text(encoding="utf-8"))
    org = _poison(org, keep=lambda key: key not in FORMATTED)
    org_file.write_text(yaml.safe_dump(org, allow_unicode=True, sort_keys=False), encoding="utf-8")
    labels_file = docs / "_data/labels.yml"
    labels = yaml.safe_load(labels_file.read_text(encoding="utf-8"))
    for lang in LANGUAGES:
        # The section headings must match the tips' own headings: leave them as they are.
        sections = labels[lang].pop("sections")
        labels[lang] = _poison(labels[lang], keep=lambda key: key not in FORMATTED)
        labels[lang]["sections"] = sections
    labels_file.write_text(yaml.safe_dump(labels, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return built_ok(docs, root / "site")


@pytest.fixture(scope="module")
def poisoned_url(poisoned, tmp_path_factory):
    root = tmp_path_factory.mktemp("www-poisoned")
    (root / "samen-met-ouders").symlink_to(poisoned, target_is_directory=True)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/samen-met-ouders/"
    server.shutdown()


PAGES = ["", "en/", "tips/thema-een/", "tips/thema-een/eerste-tip/", "brief/ar/", "en/brief/nl/",
         "brief/meerdere/", "checklists/intake/", "checklists/kennismakingsgesprek/", "werkbladen/visie/",
         "boekjes/thema-een/", "en/vertalingen/"]


def test_html_in_the_organisation_file_and_the_sites_words_runs_nowhere(poisoned, poisoned_url, browser):
    context = browser.new_context()
    page = context.new_page()
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    for rel in PAGES:
        page.goto(poisoned_url + rel)
        page.wait_for_load_state("load")
        # The organisation's name is shown as the text it is, everywhere it appears.
        assert page.locator("img[src='x']").count() == 0, rel
        assert "<img src=x onerror=alert(1)>" in page.locator("body").inner_text(), rel
    for rel in ("brief/ar/", "werkbladen/samen/"):
        page.goto(poisoned_url + rel)
        page.locator("[data-print], [data-sheet-print]").first.click()
    context.close()
    assert dialogs == [] and errors == []
    # No attribute was broken out of: no element has an attribute named after the payload.
    for rel in PAGES:
        html = (poisoned / rel / "index.html").read_text(encoding="utf-8")
        assert "<img src=x" not in html, rel
        assert " onerror=alert(1)>" not in html.replace("&lt;img src=x onerror=alert(1)&gt;", ""), rel


def test_an_inline_script_that_got_into_a_page_does_not_run(page, site_url, site_dir):
    """The Content-Security-Policy (script-src 'self'), tested on a copy of a real page with an
    inline script and an inline event handler added."""
    html = (site_dir / "bronnen/index.html").read_text(encoding="utf-8")
    assert 'http-equiv="Content-Security-Policy"' in html and "script-src 'self'" in html
    probe = html.replace("</body>", "<script>window.__ran = true</script>"
                                    "<img src=x onerror=\"window.__ran = true\"></body>")
    url = site_url + "csp-probe/"
    page.route(url, lambda route: route.fulfill(status=200, content_type="text/html", body=probe))
    violations = []
    page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
    page.goto(url)
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__ran === undefined")
    assert violations, "the browser reports the blocked script"
    # The site's own scripts still run: Material's search box works.
    assert page.evaluate("typeof __md_scope") == "object"


def test_no_page_has_an_inline_script(site_dir):
    import re
    inline = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.I)
    found = [str(p.relative_to(site_dir)) for p in site_dir.rglob("*.html")
             if inline.search(p.read_text(encoding="utf-8"))]
    assert found == []
