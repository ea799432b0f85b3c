"""A fork that follows the guide (docs/eigen-versie.nl.md) keeps a green Test workflow.

In a temporary copy of the project this does what the guide tells an organisation to do:
its own name, contact details, colour, logo, locations and groups in
docs/_data/organisation.yml, and its own vision in docs/visie.*.md. Then it runs there the
tests a fork's CI runs that need no browser, and builds the site as the workflows do.
"""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from conftest import LANGUAGES, ROOT, copy_project, mkdocs_build

# What the guide's step 3 shows, with every field it names filled in; a light colour,
# because the guide says every colour works.
FORK_ORG = """# YOUR ORGANISATION: filled in as docs/eigen-versie.nl.md says.
organisation:
  example: false
  name: Kinderopvang 't Klavertje & Co
  website: https://klavertje.example.nl/
  contact:
    email: info@klavertje.example.nl
    phone: 030 765 43 21
  logo: assets/organisation/klavertje.png
  colour: "#ffd54f"
  locations:
    - name: Locatie De Linde
      groups: [De Egeltjes, De Vosjes, De Mussen]
      address:
        street: Lindeweg 4
        postcode: 3511AB
        place: Utrecht
    - name: BSO De Sprong
      groups: [De Avonturiers]
      phone: 030 765 43 22
      email: sprong@klavertje.example.nl
  repository: null
"""
VISION = {"nl": "Bij 't Klavertje zijn ouders onze partners. We praten elke dag even bij de deur.",
          "en": "At 't Klavertje, parents are our partners. We talk briefly at the door every day."}

# The tests a fork's CI runs that need no browser (the browser tests need Chromium and take
# minutes; the Test workflow runs them too, and they read the organisation from its file).
FAST_TESTS = ["tests/test_content.py", "tests/test_renderers.py", "tests/test_letter_renderers.py",
              "tests/test_sheets.py", "tests/test_site_fixes.py", "tests/test_safety.py",
              "tests/test_workflows.py"]
# test_safety's one full build (template code in content) is left out to stay under a minute;
# it does not read the organisation, and this file builds the fork itself.
SKIP_BUILDS = "not (shows_as_text or never_runs or build_as_usual or ran_the_command)"


def _png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small valid PNG of one colour (a stand-in for the organisation's logo)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def fork(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("guide-fork"))
    shutil.copytree(ROOT / "tests", project / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / ".github", project / ".github")
    for name in ("pytest.ini", "requirements.txt", "requirements-test.txt"):
        shutil.copy(ROOT / name, project / name)
    # Step 3: the organisation's details and logo.
    (project / "docs/assets/organisation/klavertje.png").write_bytes(_png(64, 64, (46, 125, 50)))
    (project / "docs/_data/organisation.yml").write_text(FORK_ORG, encoding="utf-8")
    # Step 4: the vision, under the front matter, as plain paragraphs.
    for lang in LANGUAGES:
        path = project / f"docs/visie.{lang}.md"
        path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + VISION[lang] + "\n",
                        encoding="utf-8")
    return project


def test_the_forks_content_is_valid(fork):
    from macros.content import load_site
    site = load_site(fork / "docs", LANGUAGES)
    org = site.organisation
    assert (org.name, org.example, org.header_text) == ("Kinderopvang 't Klavertje & Co", False, "#000000")
    assert [loc.name for loc in org.locations] == ["Locatie De Linde", "BSO De Sprong"]
    assert org.locations[0].address.postcode == "3511 AB"
    assert site.vision == VISION


def test_the_fast_tests_pass_in_the_fork(fork):
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("PYTEST_ADDOPTS", None)
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", SKIP_BUILDS,
                             *FAST_TESTS],
                            cwd=fork, env=env, capture_output=True, text=True, timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    assert " passed" in output and " failed" not in output


def test_the_fork_builds_with_its_own_name_colour_and_logo(fork, tmp_path):
    out = tmp_path / "site"
    result = mkdocs_build(fork, out)
    assert result.returncode == 0, result.stdout + result.stderr
    home = (out / "index.html").read_text(encoding="utf-8")
    assert "Klavertje" in home and "#ffd54f" in home
    assert (out / "assets/organisation/klavertje.png").is_file()
    assert "assets/organisation/klavertje.png" in home
    assert VISION["nl"] in (out / "visie/index.html").read_text(encoding="utf-8")
