"""The site builds with ProperDocs (the continuation of MkDocs 1.x) as it does with MkDocs,
and the built files are the same: a fork can switch engines without its pages changing.

One extra build of the real site, compared with the session's MkDocs build (`site_dir`).
The only difference allowed is named here with its reason."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SITE_URL

# The generator meta names the engine that built the page ("mkdocs-1.6.1, …" or
# "mkdocs-ProperDocs 1.6.7, …"): the only line that may differ, in every HTML page.
_GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def _normalised(path: Path) -> bytes:
    data = path.read_bytes()
    return _GENERATOR.sub(b'<meta name="generator" content="">', data) if path.suffix == ".html" else data


def _files(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.is_file()}


def test_properdocs_builds_the_same_site(site_dir, tmp_path):
    out = tmp_path / "properdocs-site"
    env = dict(os.environ, SITE_URL=SITE_URL, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr

    mkdocs, properdocs = _files(site_dir), _files(out)
    assert sorted(mkdocs) == sorted(properdocs), (
        f"only MkDocs: {sorted(set(mkdocs) - set(properdocs))}; "
        f"only ProperDocs: {sorted(set(properdocs) - set(mkdocs))}")
    differ = [name for name in sorted(mkdocs) if _normalised(mkdocs[name]) != _normalised(properdocs[name])]
    assert not differ, f"{len(differ)} files differ beyond the generator meta: {differ[:20]}"
    generators = {m.group(0) for name in mkdocs if name.endswith(".html")
                  for m in [_GENERATOR.search(properdocs[name].read_bytes())] if m}
    assert generators and all(b"ProperDocs" in g for g in generators), generators
