"""Shared fixtures: one build of the real site, one local server, one browser for all tests."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# The site is built for this address and served under the same path, like on GitHub Pages.
SITE_URL = "http://127.0.0.1:8765/samen-met-ouders/"
LANGUAGES = ["nl", "en"]


def mkdocs_build(project: Path, out: Path, site_url: str = SITE_URL) -> subprocess.CompletedProcess:
    """Build a project folder with `mkdocs build --strict`, as a user or CI would."""
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=project, env=env, capture_output=True, text=True, timeout=600,
    )


def copy_project(dest: Path) -> Path:
    """A copy of what a build needs, to change in a test without touching the repository."""
    for name in ("docs", "macros", "overrides"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    return dest


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    """The real site, built once for the whole session."""
    out = tmp_path_factory.mktemp("site") / "site"
    result = mkdocs_build(ROOT, out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="session")
def content():
    from macros.content import load_site
    return load_site(ROOT / "docs", LANGUAGES)


@pytest.fixture(scope="session")
def routes(content):
    from macros.routes import build_routes
    return build_routes(content)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a browser that navigates away mid-response (BrokenPipe) is not a test failure


@pytest.fixture(scope="session")
def site_url(site_dir, tmp_path_factory) -> str:
    """The built site served on localhost under the path of its site_url."""
    parsed = urlparse(SITE_URL)
    root = tmp_path_factory.mktemp("www")
    mount = root / parsed.path.strip("/")
    mount.parent.mkdir(parents=True, exist_ok=True)
    mount.symlink_to(site_dir, target_is_directory=True)
    handler = functools.partial(_QuietHandler, directory=str(root))
    # Any free port: the pages link root-absolute (by path), so the port need not match.
    server = _QuietServer((parsed.hostname, 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"{parsed.scheme}://{parsed.hostname}:{server.server_address[1]}{parsed.path}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run"],
        )
        yield b
        b.close()


class PageWatch:
    """What a page did: console errors, uncaught errors, requests to other hosts, failures."""

    def __init__(self, page, own_origin: str):
        self.page = page
        self.console_errors: list[str] = []
        self.foreign_requests: list[str] = []
        self.failed: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        page.on("pageerror", lambda e: self.console_errors.append(str(e)))
        page.on("request", self._request)
        page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.status} {r.url}"))
        self._origin = own_origin

    def _request(self, request):
        url = request.url
        if url.startswith(("data:", "blob:", "about:")):
            return
        if not url.startswith(self._origin):
            self.foreign_requests.append(url)


@pytest.fixture
def page(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    # Anything that tries to leave this machine is stopped here (and recorded by PageWatch).
    origin = f"{urlparse(site_url).scheme}://{urlparse(site_url).netloc}"
    context.route(lambda url: not url.startswith(origin) and not url.startswith("data:"),
                  lambda route: route.abort())
    pg = context.new_page()
    pg.watch = PageWatch(pg, origin)
    yield pg
    context.close()
