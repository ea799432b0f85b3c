"""Shared fixtures: one build of the real site, one local server, one browser for all tests."""
from __future__ import annotations

import contextlib
import functools
import http.server
import logging
import os
import shutil
import struct
import subprocess
import sys
import threading
import zlib
from dataclasses import dataclass
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
    """Build a project folder with `mkdocs build --strict` in a subprocess, as a user or CI
    would. Only for tests that prove what the command line does; the others use build_site."""
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=project, env=env, capture_output=True, text=True, timeout=600,
    )


# --- in-process builds ------------------------------------------------------------------------

class _Collect(logging.Handler):
    """The warnings and errors MkDocs and its plugins log: what a user sees in the terminal."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(f"{record.levelname} - {record.getMessage()}")


@contextlib.contextmanager
def log_records(level: int = logging.INFO):
    """Every record MkDocs and the project's glue log at `level` or above while the block runs
    (notices the build prints at INFO, which `messages` leaves out)."""
    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record)
    records: list[logging.LogRecord] = []
    handler, logger = Keep(level), logging.getLogger("mkdocs")
    saved = logger.level
    logger.addHandler(handler)
    logger.setLevel(level)
    try:
        yield records
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved)


@dataclass
class Built:
    """The outcome of build_site: the built folder, or the messages of a failed build."""
    site: Path
    ok: bool
    messages: str  # every warning and error logged, and the error the build stopped with


def build_site(docs: Path, out: Path, site_url: str = SITE_URL, config_file: Path = ROOT / "mkdocs.yml") -> Built:
    """Build a docs folder in this process, `--strict`, with the project's mkdocs.yml, macros,
    hooks and overrides (they are found from the config file's folder), the way
    mkdocs-static-i18n and mkdocs-macros-plugin test themselves: mkdocs-static-i18n runs its
    other languages' builds from within this one, and macros/glue/site.py loads the content
    once per docs folder and build. Never raises for a build error (a PluginError or an
    Abort, as `mkdocs build` reports them): look at `ok` and `messages`."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, BuildError, ConfigurationError

    handler = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    saved = {k: os.environ.get(k) for k in ("SOURCE_DATE_EPOCH", "SITE_URL")}
    error = None
    try:
        config = load_config(config_file=str(config_file), docs_dir=str(docs), site_dir=str(out),
                             site_url=site_url, strict=True)
        build(config)
    except (Abort, BuildError, ConfigurationError) as err:
        error = str(err)
    finally:
        logger.removeHandler(handler)
        for key, value in saved.items():  # a build pins SOURCE_DATE_EPOCH for itself only
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    messages = "\n".join(handler.lines + ([error] if error else []))
    return Built(out, error is None, messages)


def built_ok(docs: Path, out: Path, **kwargs) -> Path:
    """build_site that must succeed; the built folder."""
    result = build_site(docs, out, **kwargs)
    assert result.ok, result.messages
    return result.site


def build_error(docs: Path, out: Path, **kwargs) -> str:
    """build_site that must fail; the messages the user would see."""
    result = build_site(docs, out, **kwargs)
    assert not result.ok, f"the build succeeded: {result.messages}"
    return result.messages


# --- fixture sites ---------------------------------------------------------------------------

SITES = Path(__file__).resolve().parent / "sites"
# What a fixture site takes from the project's docs/: the site's own code (scripts, styles,
# vendored libraries, favicon), not content; and the site's words (labels.yml), whose keys are
# the model's: every fixture site uses the real words unless it brings its own labels.yml.
SHARED = ("assets/javascripts", "assets/stylesheets", "assets/vendor", "assets/favicon.svg",
          "_data/labels.yml")


def overlay(docs: Path, scenario: str | Path) -> Path:
    """Apply a scenario to a docs folder: its files (tests/sites/<scenario>/docs/) replace or
    join the folder's, and the paths listed in its `remove.txt` are deleted."""
    folder = scenario if isinstance(scenario, Path) else SITES / scenario
    assert folder.is_dir(), f"no fixture site {folder}"
    if (folder / "docs").is_dir():
        shutil.copytree(folder / "docs", docs, dirs_exist_ok=True)
    remove = folder / "remove.txt"
    if remove.is_file():
        for rel in remove.read_text(encoding="utf-8").split():
            target = docs / rel
            assert target.exists(), f"{remove}: {rel} is not in the site"
            shutil.rmtree(target) if target.is_dir() else target.unlink()
    return docs


def make_site(dest: Path, *scenarios: str | Path, code: bool = True) -> Path:
    """A fixture site's docs folder in `dest`: the base site (tests/sites/base), then each
    scenario's overlay in turn. Returns the docs folder. `code=False` leaves out the site's
    scripts and styles (enough for the content loader, not for a build)."""
    docs = dest / "docs"
    for rel in SHARED if code else [r for r in SHARED if r.startswith("_data/")]:
        src = ROOT / "docs" / rel
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(src, docs / rel) if src.is_dir() else shutil.copy(src, docs / rel)
    overlay(docs, "base")
    for scenario in scenarios:
        overlay(docs, scenario)
    return docs


def make_project(dest: Path, *scenarios: str | Path) -> Path:
    """A project folder around a fixture site: its docs (make_site), a copy of mkdocs.yml to
    change, and the project's macros/ and overrides/ linked in. For a test that edits the
    configuration or runs the command line; build it with
    build_site(project / "docs", out, config_file=project / "mkdocs.yml")."""
    make_site(dest, *scenarios)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    for name in ("macros", "overrides"):
        (dest / name).symlink_to(ROOT / name, target_is_directory=True)
    return dest


def write_png(path: Path, width: int = 64, height: int = 64, rgb: tuple[int, int, int] = (46, 125, 50)) -> Path:
    """A small valid PNG of one colour (a stand-in for an organisation's logo)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


# A fork that did everything the guide (docs/eigen-versie.nl.md) and the README describe: its
# own organisation (a name with ' and &, a light colour, a PNG logo, three locations,
# example: false), its vision as the vision-draft download writes it, a tip added and one
# removed, a theme and a worksheet added, a letter language removed.
FORK = ("fork_organisation", "fork_vision", "fork_tip_added", "fork_tip_removed", "fork_theme_added",
        "worksheet_added", "fork_letter_removed")


@pytest.fixture(scope="session")
def fork_project(tmp_path_factory) -> Path:
    return make_project(tmp_path_factory.mktemp("fork") / "project", *FORK)


@pytest.fixture(scope="session")
def fork_site(fork_project, tmp_path_factory) -> Path:
    """The fork, built with `mkdocs build --strict` on the command line, as its workflows do."""
    out = tmp_path_factory.mktemp("fork-site") / "site"
    result = mkdocs_build(fork_project, out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


# Additions a fork makes that need no other change, built together in one site: a page only
# in Dutch, its own introduction above a sheet, a worksheet added, a tip added.
ADDITIONS = ("page_only_in_dutch", "own_intro", "worksheet_added", "fork_tip_added")


@pytest.fixture(scope="session")
def additions_site(tmp_path_factory) -> Path:
    """The base site with ADDITIONS, built once (in-process); its docs are beside it."""
    root = tmp_path_factory.mktemp("additions")
    return built_ok(make_site(root, *ADDITIONS), root / "site")


@pytest.fixture(scope="session")
def base_site(tmp_path_factory) -> Path:
    """The base fixture site, built once for the session (in-process)."""
    root = tmp_path_factory.mktemp("base-site")
    return built_ok(make_site(root), root / "site")


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    """The real site, built once for the whole session (in-process, as `mkdocs build --strict`)."""
    return built_ok(ROOT / "docs", tmp_path_factory.mktemp("site") / "site")


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
