"""Benchmarks of the site against plain MkDocs + Material on the same pages (issue 11).

    .venv/bin/python benchmarks/run.py            # full: 3 interleaved runs each at 1x and 30x
    .venv/bin/python benchmarks/run.py --quick    # 1 run each, no Lighthouse on plain http.server

Builds copies of the project (make_tips.py) with 1x and 30x the tips, and for each a
baseline: plain MkDocs + Material with only the search plugin, on each page's final Markdown
as the project leaves it (captured by capture_markdown.py), one build per language in one
process (baseline_build.py). Project and baseline are built interleaved and compared by the CPU
time of the build process. Also: the navigation on a tip page, the search index and whether a
tip is still found, the first visit of a tip page, the QR codes and YAML loads (from
instrument_build.py; the build makes no Word files: the browser makes every .docx), Lighthouse.
Prints a Markdown report and writes it to benchmarks/RESULTS.md (not with --quick unless
--write is given). The working tree is only read. See benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import http.server
import importlib.metadata as md
import io
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import make_tips  # noqa: E402

BASE_PATH = "/samen-met-ouders/"  # the path of the default site_url
CHROMIUM = "/usr/bin/chromium"
CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
PAGES = {  # what a reader opens first; the tip and the letter have weight targets
    "home": "",
    "tip": "tips/leer-elkaar-kennen/wenbeleid/",
    "letter": "brief/ar/",
    "worksheet": "werkbladen/samenwerken/",
}
FACTORS = (1, 30)  # each timed against the baseline
TARGETS = {
    "ratio": 1.15,  # project CPU ms/page ÷ baseline CPU ms/page at 30x
    "ratio_1x": 1.3,  # the same at 1x (the real content; issue 20)
    "growth": 1.10,  # project CPU ms/page at 30x ÷ at 1x
    # Search: precision@5 and recall@10 over tests/search/words.yml, per language, at 1x (the
    # index size has no target of its own: this floor and the first-visit weight decide it).
    "search_quality": 0.9,
    "weight": {1: {"tip": 100_000, "letter": 120_000}, 30: {"tip": 130_000}},  # first visit, gzip
    "lighthouse": {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100},
}
KB = 1000


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def kb(n: float) -> str:
    return f"{n / KB:.1f} KB"


# --- configurations ----------------------------------------------------------------------


def read_config(copy: Path) -> dict:
    """mkdocs.yml as MkDocs reads it (!ENV resolved, !!python/name imported)."""
    from mkdocs.utils.yaml import yaml_load

    with open(copy / "mkdocs.yml", encoding="utf-8") as f:
        return yaml_load(f)


def languages_of(cfg: dict) -> list[str]:
    """The site's languages, default first: mkdocs-static-i18n's if it is there, else the
    theme's language."""
    for plugin in cfg.get("plugins") or []:
        if isinstance(plugin, dict) and "i18n" in plugin:
            langs = plugin["i18n"].get("languages") or []
            default = [x["locale"] for x in langs if x.get("default")]
            return default + [x["locale"] for x in langs
                              if x["locale"] not in default and x.get("build", True)]
    return [(cfg.get("theme") or {}).get("language", "en")]


def write_instrumented_config(copy: Path) -> str:
    """mkdocs.capture.yml: mkdocs.yml (INHERIT) with the benchmark's two hooks appended after
    the project's own. MkDocs replaces lists of a child config, so the project's hooks are
    listed again, as mkdocs.yml has them."""
    hooks = list(read_config(copy).get("hooks") or [])
    hooks += [str(HERE / "capture_markdown.py"), str(HERE / "instrument_build.py")]
    text = yaml.safe_dump({"INHERIT": "mkdocs.yml", "hooks": hooks}, sort_keys=False)
    (copy / "mkdocs.capture.yml").write_text(text, encoding="utf-8")
    return "mkdocs.capture.yml"


class FunctionDumper(yaml.Dumper):
    """Writes functions as !!python/name tags (the emoji extension's options), like mkdocs.yml."""


def _baseline_docs_path(rel_url: str, urls: set[str], use_directory_urls: bool) -> str:
    """Where a page with this URL (relative to its language's root) lives in a docs folder, so
    that MkDocs gives it the same URL: `a/b/` is `a/b/index.md` when other pages are under it,
    else `a/b.md`."""
    if rel_url in ("", "."):
        return "index.md"
    if rel_url.endswith(".html"):
        return rel_url[:-5] + ".md"
    if any(u != rel_url and u.startswith(rel_url) for u in urls):
        return rel_url + "index.md"
    return rel_url.rstrip("/") + ".md"


def make_baseline(copy: Path, captured: Path, out: Path, site_url: str) -> dict:
    """The baseline from captured pages: per language a docs folder with each page's final
    Markdown at the path that gives it the project's URL, front matter `title` (and `hide`,
    `search`, `description` if the page had them), the static files of docs/ (not `_*`), and a
    plain mkdocs.yml: Material with the project's theme options but no custom_dir, the same
    markdown_extensions, extra_css, extra_javascript and use_directory_urls, and only the
    search plugin. Returns {"configs": [...], "pages": {lang: n}}."""
    cfg = read_config(copy)
    langs = languages_of(cfg)
    udu = cfg.get("use_directory_urls", True)
    records = [json.loads(line) for line in (captured / "pages.jsonl").read_text("utf-8").splitlines()]
    by_lang: dict[str, dict[str, dict]] = {lang: {} for lang in langs}
    for r in records:
        first = r["url"].split("/", 1)[0]
        lang = first if first in langs[1:] else langs[0]
        rel = r["url"][len(lang) + 1:] if lang != langs[0] else r["url"]
        by_lang[lang][rel] = r  # a page captured twice keeps its last Markdown
    theme = {k: v for k, v in (cfg.get("theme") or {}).items() if k != "custom_dir"}
    configs = []
    static = [p for p in (copy / "docs").rglob("*") if p.is_file() and p.suffix != ".md"
              and not any(part.startswith("_") for part in p.relative_to(copy / "docs").parts)]
    for lang in langs:
        docs = out / f"docs-{lang}"
        for p in static:
            dest = docs / p.relative_to(copy / "docs")
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(p, dest)
        urls = set(by_lang[lang])
        for rel, r in by_lang[lang].items():
            path = docs / _baseline_docs_path(rel, urls, udu)
            path.parent.mkdir(parents=True, exist_ok=True)
            meta = {"title": r["title"]} if r.get("title") else {}
            meta.update({k: r["meta"][k] for k in ("description", "hide", "search")
                         if k in (r.get("meta") or {})})
            front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) if meta else ""
            path.write_text((f"---\n{front}---\n\n" if front else "") + r["markdown"],
                            encoding="utf-8")
        base = {
            "site_name": cfg.get("site_name", "baseline"),
            "site_url": site_url + ("" if lang == langs[0] else f"{lang}/"),
            "docs_dir": str(docs),
            "site_dir": str(out / "site") + ("" if lang == langs[0] else f"/{lang}"),
            "use_directory_urls": udu,
            "theme": {**theme, "language": lang},
            "plugins": [{"search": {"lang": [lang]}}],
        }
        for key in ("markdown_extensions", "extra_css", "extra_javascript", "extra"):
            if cfg.get(key):
                base[key] = cfg[key]
        path = out / f"mkdocs.baseline.{lang}.yml"
        path.write_text(yaml.dump(base, Dumper=FunctionDumper, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
        configs.append(str(path))
    return {"configs": configs, "pages": {lang: len(v) for lang, v in by_lang.items()},
            "site": str(out / "site")}


# --- building ----------------------------------------------------------------------------


class BuildFailed(RuntimeError):
    pass


def run_child(cmd: list[str], cwd: Path, env: dict) -> dict:
    """Run a command; its own CPU time (user + system, with the processes it waited for) from
    os.wait4, the wall time and the 1-minute load average before it."""
    load = os.getloadavg()[0]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise BuildFailed(f"{' '.join(cmd)} in {cwd} exited {proc.returncode}:\n"
                              f"{err.read().decode(errors='replace')[-3000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "load": load,
            "maxrss_mb": usage.ru_maxrss / 1024}


def build_env(site_url: str, **extra: str) -> dict:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url, **extra}


def build_project(copy: Path, site_dir: Path, site_url: str, config: str = "mkdocs.yml",
                  **env: str) -> dict:
    """`mkdocs build --strict` of a copy in a fresh process."""
    if site_dir.exists():
        shutil.rmtree(site_dir)
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "--strict", "-f", config,
           "--site-dir", str(site_dir)]
    return run_child(cmd, copy, build_env(site_url, **env))


def build_baseline(baseline: dict, site_url: str) -> dict:
    """Every language of the baseline in one process (baseline_build.py), as
    mkdocs-static-i18n builds every language of the project in one process."""
    site = Path(baseline["site"])
    if site.exists():
        shutil.rmtree(site)
    cmd = [sys.executable, str(HERE / "baseline_build.py"), *baseline["configs"]]
    return run_child(cmd, site.parent, build_env(site_url))


def count_pages(site: Path) -> int:
    """HTML files written (every language, 404 pages included)."""
    return sum(1 for _ in site.rglob("*.html"))


def nav_links(site: Path, rel: str) -> dict:
    """Size of a page and its `md-nav__link` links (the menu, and the table of contents,
    which does not grow with the tips)."""
    path = site / rel / "index.html"
    if not path.exists():
        return {}
    html = path.read_bytes()
    toc = html.split(b'data-md-component="toc"', 1)
    return {"bytes": len(html), "gzip": gz(html), "nav_links": html.count(b'class="md-nav__link'),
            "toc_links": toc[1].count(b'class="md-nav__link') if len(toc) == 2 else 0}


def largest_page(site: Path) -> tuple[str, int, int]:
    path = max(site.rglob("*.html"), key=lambda p: p.stat().st_size)
    data = path.read_bytes()
    return path.relative_to(site).as_posix(), len(data), gz(data)


# --- search index ------------------------------------------------------------------------


def section_of(location: str) -> str:
    """The part of the site a page belongs to, for the search index's composition."""
    parts = location.split("#")[0].strip("/").split("/")
    if parts == [""]:
        return "home"
    if parts[0] == "tips":
        return "tips: tip pages" if len(parts) >= 3 else "tips: theme and index pages"
    return {"brief": "letters (brief/)"}.get(parts[0], parts[0] + "/")


def search_quality(copy: Path, site: Path, langs: list[str]) -> dict:
    """Precision and recall of the site's search (Material's worker in Node, through the
    site's own), measured as tests/test_search.py does, with the first result of each word."""
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT))
    from macros.content import load_site
    from macros.content.search_words import load_abbreviations
    from search import quality
    content = load_site(copy / "docs", langs)
    abbreviations = load_abbreviations(copy / "docs", langs)
    out = {}
    for lang in langs:
        measured = quality.measure(site, content, lang, "" if lang == langs[0] else lang, abbreviations[lang])
        precision, recall = quality.summary(measured)
        out[lang] = {"words": len(measured), "precision": precision, "recall": recall,
                     "first": {w.word: (w.results[:1] or [None])[0] for w in measured}}
    return out


def search_indexes(site: Path) -> dict:
    """Every search index of the site: size, gzip, entries per language (an entry is English
    when the index is under en/ or its location starts with en/), what each language alone
    would weigh, and which index each language's pages load (from Material's __config base)."""
    result = {"files": {}, "by_lang": {}}
    for path in sorted(site.rglob("search_index.json")):
        rel = path.relative_to(site).as_posix()
        data = path.read_bytes()
        index = json.loads(data)
        docs = index.get("docs", [])
        under_en = rel.startswith("en/")
        share = {}
        for lang in ("nl", "en"):
            mine = [d for d in docs if (under_en or d["location"].startswith("en/")) == (lang == "en")]
            alone = json.dumps({"config": index.get("config"), "docs": mine}, ensure_ascii=False,
                               separators=(",", ":")).encode()
            share[lang] = {"entries": len(mine), "alone_gzip": gz(alone) if mine else 0}
        parts: dict[str, int] = {}
        for d in docs:
            part = section_of(d["location"].removeprefix("en/"))
            parts[part] = parts.get(part, 0) + len(json.dumps(d, ensure_ascii=False).encode())
        result["files"][rel] = {"bytes": len(data), "gzip": gz(data), "entries": len(docs),
                                "lang": index.get("config", {}).get("lang"), "share": share,
                                "parts": dict(sorted(parts.items(), key=lambda kv: -kv[1]))}
    for lang, page in (("nl", "index.html"), ("en", "en/index.html")):
        html = (site / page).read_text(encoding="utf-8")
        m = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S)
        base = json.loads(m.group(1))["base"] if m else "."
        target = os.path.normpath(os.path.join(os.path.dirname(page), base, "search/search_index.json"))
        result["by_lang"][lang] = Path(target).as_posix()
    return result



# --- serving and page weight -------------------------------------------------------------

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml",
                "application/xml")


class Recorder(http.server.SimpleHTTPRequestHandler):
    """Serves the built site and records every response: path, status and body as sent.
    With `compress` on, text is sent gzip-encoded (level 6) to clients that accept it, as the
    host that publishes the site (GitHub Pages) does; http.server alone never compresses."""

    records: list = []
    lock = threading.Lock()
    compress = False

    def send_head(self):
        if not self.compress or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not urlsplit(self.path).path.endswith("/"):
                return super().send_head()  # the redirect to the folder's address
            path = os.path.join(path, "index.html")
        ctype = self.guess_type(path)
        if not os.path.isfile(path) or not ctype.startswith(COMPRESSIBLE):
            return super().send_head()
        data = gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        return io.BytesIO(data)

    def copyfile(self, source, outputfile):
        data = source.read()
        outputfile.write(data)
        with self.lock:
            self.records.append((self.path, 200, data))

    def log_request(self, code="-", size="-"):
        if str(code) != "200":
            with self.lock:
                self.records.append((self.path, int(code) if str(code).isdigit() else 0, b""))

    def log_message(self, *args):
        pass


class Server:
    """http.server on a free port of 127.0.0.1, in a thread, serving `root`; the site lives
    under root/samen-met-ouders/, the path of site_url."""

    def __init__(self, root: Path):
        handler = lambda *a, **k: Recorder(*a, directory=str(root), **k)  # noqa: E731
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}{BASE_PATH}"
        self.thread = None

    def start(self):
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        if self.thread is not None:  # shutdown() waits forever for a loop that never started
            self.httpd.shutdown()
        self.httpd.server_close()

    @staticmethod
    def take() -> list:
        with Recorder.lock:
            out = list(Recorder.records)
            Recorder.records.clear()
        return out


def kind_of(path: str) -> str:
    ext = os.path.splitext(urlsplit(path).path)[1].lower()
    if "search_index" in path:
        return "search index"
    if path.endswith("/") or ext == ".html":
        return "html"
    return {".css": "css", ".js": "js", ".json": "other", ".svg": "images", ".png": "images",
            ".jpg": "images", ".webp": "images", ".ico": "images", ".woff": "fonts",
            ".woff2": "fonts", ".ttf": "fonts", ".otf": "fonts"}.get(ext, "other")


def page_weights(server: Server) -> dict:
    """First visit of each page in a fresh browser context (empty cache): every response the
    server sent, uncompressed and gzip level 6."""
    from playwright.sync_api import sync_playwright

    Recorder.compress = False
    results = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS)
        for name, rel in PAGES.items():
            context = browser.new_context()
            page = context.new_page()
            seen, foreign, errors = [], [], []
            page.on("response", lambda r: seen.append(r.url))
            page.on("request", lambda r: foreign.append(r.url)
                    if not r.url.startswith(("http://127.0.0.1", "data:", "blob:")) else None)
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            Server.take()
            page.goto(server.url + rel, wait_until="networkidle")
            # The search index comes from a web worker: wait until nothing new arrives for 1.5 s.
            last, quiet = -1, 0.0
            while quiet < 1.5:
                time.sleep(0.25)
                with Recorder.lock:
                    n = len(Recorder.records)
                quiet = quiet + 0.25 if n == last else 0.0
                last = n
            records = Server.take()
            context.close()
            files = [{"path": unquote(urlsplit(path).path), "status": status, "bytes": len(body),
                      "gzip": gz(body) if body else 0, "kind": kind_of(unquote(path))}
                     for path, status, body in records]
            by_kind: dict[str, dict[str, int]] = {}
            for f in files:
                entry = by_kind.setdefault(f["kind"], {"count": 0, "bytes": 0, "gzip": 0})
                entry["count"] += 1
                entry["bytes"] += f["bytes"]
                entry["gzip"] += f["gzip"]
            results[name] = {
                "url": BASE_PATH + rel, "requests": len(files),
                "bytes": sum(f["bytes"] for f in files), "gzip": sum(f["gzip"] for f in files),
                "by_kind": by_kind, "files": files,
                "not_ok": [(f["path"], f["status"]) for f in files if f["status"] != 200],
                "foreign": foreign, "console_errors": errors,
                "browser_responses": len(seen),
            }
        browser.close()
    return results


# --- Lighthouse --------------------------------------------------------------------------


def lighthouse_version() -> str | None:
    pkg = HERE / "node_modules" / "lighthouse" / "package.json"
    return json.loads(pkg.read_text())["version"] if pkg.exists() else None


def lighthouse(server: Server, out: Path, compress: bool) -> dict:
    """Lighthouse (mobile, its default) on each page; scores, metrics and the audits below
    full score that count (weighted, or performance insights)."""
    if not LIGHTHOUSE.exists():
        return {"skipped": "benchmarks/node_modules has no lighthouse: run `npm ci --prefix benchmarks`"}
    Recorder.compress = compress
    results = {}
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    for name, rel in PAGES.items():
        report = out / f"lighthouse-{name}-{'gzip' if compress else 'plain'}.json"
        cmd = [str(LIGHTHOUSE), server.url + rel, "--output=json", f"--output-path={report}",
               "--only-categories=performance,accessibility,best-practices,seo", "--quiet",
               "--chrome-flags=--headless=new " + " ".join(CHROME_ARGS)]
        log(f"lighthouse {name} ({'gzip' if compress else 'plain http.server'})")
        try:
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
        except subprocess.TimeoutExpired:
            results[name] = {"error": "timed out after 300 s"}
            continue
        if proc.returncode != 0 or not report.exists():
            results[name] = {"error": f"exit {proc.returncode}: {(proc.stderr or proc.stdout)[-1500:]}"}
            continue
        lhr = json.loads(report.read_text())
        scores = {k: round(v["score"] * 100) if v["score"] is not None else None
                  for k, v in lhr["categories"].items()}
        failing = []
        for cat_id, cat in lhr["categories"].items():
            for ref in cat["auditRefs"]:
                audit = lhr["audits"][ref["id"]]
                counts = ref.get("weight", 0) > 0 or audit["scoreDisplayMode"] == "metricSavings"
                if counts and audit["score"] is not None and audit["score"] < 1 \
                        and audit["scoreDisplayMode"] in ("binary", "numeric", "metricSavings"):
                    failing.append({"category": cat_id, "id": ref["id"], "score": audit["score"],
                                    "weight": ref.get("weight", 0), "title": audit["title"],
                                    "display": audit.get("displayValue", "")})
        metrics = {m: lhr["audits"][m].get("displayValue", "") for m in (
            "first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
            "cumulative-layout-shift", "speed-index", "total-byte-weight") if m in lhr["audits"]}
        results[name] = {"scores": scores, "failing": failing, "metrics": metrics,
                         "warnings": lhr.get("runWarnings", []),
                         "benchmark_index": lhr.get("environment", {}).get("benchmarkIndex")}
    Recorder.compress = False
    return results




# --- finding a tip with Material's search ------------------------------------------------


TAG = re.compile(r"<[^>]+>")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]{4,}", str(text).lower())


def _field_texts(meta: dict) -> dict[str, str]:
    tip = meta.get("tip") if isinstance(meta.get("tip"), dict) else {}
    checklist = tip.get("checklist") or []
    return {"title": tip.get("title", ""), "summary": tip.get("summary", ""),
            "checklist": " ".join(map(str, checklist)) if isinstance(checklist, list) else str(checklist)}


def search_queries(site: Path, captured: Path, langs: list[str], loads: dict[str, str],
                   tip_rel: str) -> list[dict]:
    """For the benchmark's tip in each language: from its title, its summary and its
    checklist (its front matter, as captured), the word that the fewest other pages of the
    search index that language's pages load contain (as a prefix of one of their words:
    Material searches `word*`), and the tip's address the search should lead to. A word the
    index lacks is taken only if no word of the field is in it (the search then cannot find
    the tip: a failure)."""
    records = [json.loads(line) for line in (captured / "pages.jsonl").read_text("utf-8").splitlines()]
    queries = []
    for lang in langs:
        prefix = "" if lang == langs[0] else f"{lang}/"
        rec = next((r for r in records if r["url"] == prefix + tip_rel), None)
        index_path = site / loads.get(lang, "search/search_index.json")
        if rec is None or not index_path.exists():
            queries.append({"lang": lang, "error": f"no page {prefix + tip_rel} or no {index_path}"})
            continue
        # Locations in an index are relative to the folder that holds search/.
        base = index_path.parent.parent.relative_to(site).as_posix()
        target = (prefix + tip_rel)[len(base) + 1:] if base not in ("", ".") else prefix + tip_rel
        index = json.loads(index_path.read_text(encoding="utf-8"))
        sep = re.compile(index.get("config", {}).get("separator") or r"[\s\-]+")
        pages: dict[str, set[str]] = {}
        for doc in index["docs"]:
            page = doc["location"].split("#")[0]
            text = TAG.sub(" ", f"{doc.get('title', '')} {doc.get('text', '')}").lower()
            pages.setdefault(page, set()).update(w for w in sep.split(text) if w)
        for field, text in _field_texts(rec.get("meta") or {}).items():
            best = None
            for word in dict.fromkeys(_words(text)):
                holders = {p for p, ws in pages.items() if any(w.startswith(word) for w in ws)}
                key = (target not in holders, len(holders - {target}), -len(word))
                if best is None or key < best[0]:
                    best = (key, word, len(holders - {target}), target in holders)
            if best is None:
                queries.append({"lang": lang, "field": field, "error": "the field is empty"})
                continue
            queries.append({"lang": lang, "field": field, "word": best[1], "others": best[2],
                            "in_index": best[3], "home": prefix,
                            "expected": BASE_PATH + prefix + tip_rel})
    return queries


def run_searches(server: Server, queries: list[dict]) -> list[dict]:
    """Type each word into Material's search on the home page of its language, in Chromium,
    as a reader would, and read the results: Material's own worker runs lunr on the index."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS)
        for q in queries:
            if "error" in q:
                continue
            page = browser.new_page()
            page.goto(server.url + q["home"], wait_until="networkidle")
            box = page.locator("input.md-search__input")
            box.click()
            start = time.perf_counter()
            box.fill(q["word"])
            box.press("End")
            try:
                page.wait_for_selector(".md-search-result__item", timeout=60_000)
            except Exception:  # noqa: BLE001 - no result within a minute
                q.update(results=[], first=None, rank=None, found_first=False)
                page.close()
                continue
            q["seconds_to_results"] = round(time.perf_counter() - start, 1)
            hrefs = page.eval_on_selector_all(
                ".md-search-result__item > a.md-search-result__link",
                "els => els.map(e => e.href)")
            paths = [urlsplit(h).path for h in hrefs]
            q["results"] = paths[:5]
            q["count"] = len(paths)
            q["first"] = paths[0] if paths else None
            q["rank"] = paths.index(q["expected"]) + 1 if q["expected"] in paths else None
            q["found_first"] = q["first"] == q["expected"]
            page.close()
        browser.close()
    return queries


# --- QR codes and YAML loads ---------------------------------------------------------------


def build_outputs(outputs: Path, site: Path, root: Path) -> dict:
    """The QR codes and YAML loads of one instrumented build: QR codes made more than once with
    the same arguments, YAML loads by caller (the project's files under `root`, or the package)
    and loader; and the .docx files the build wrote (none: the browser makes them)."""
    lines = (outputs / "outputs.jsonl").read_text("utf-8").splitlines() \
        if (outputs / "outputs.jsonl").exists() else []
    records = [json.loads(line) for line in lines]
    qr = [r for r in records if r["kind"] == "qr"]
    qr_keys: dict[str, int] = {}
    for r in qr:
        qr_keys[r["key"]] = qr_keys.get(r["key"], 0) + 1
    yaml_by: dict[str, dict] = {}
    for r in (r for r in records if r["kind"] == "yaml"):
        caller = r["caller"]
        if "site-packages/" in caller:
            where = Path(caller.split("site-packages/", 1)[1]).parts[0]
        elif caller.startswith(str(root)):
            where = "project"
        else:
            where = caller
        entry = yaml_by.setdefault(where, {"calls": 0, "cpu": 0.0, "loaders": {}})
        entry["calls"] += 1
        entry["cpu"] += r["cpu"]
        entry["loaders"][r["loader"]] = entry["loaders"].get(r["loader"], 0) + 1
    return {"yaml": yaml_by, "qr_made": len(qr), "qr_distinct": len(qr_keys),
            "qr_cpu": sum(r["cpu"] for r in qr), "docx_in_site": sum(1 for _ in site.rglob("*.docx"))}


# --- profile -----------------------------------------------------------------------------


# Packages that do not call back into other Python code (so their time is not counted twice).
PACKAGES = {"segno (QR codes)": "/segno/", "PyYAML": "/yaml/"}


def _inclusive(stats, marker: str) -> float:
    """Time spent inside a package, callees included: the cumulative time of every call into
    it from outside it (pstats' caller edges), so nested calls are not counted twice."""
    total = 0.0
    for func, (_cc, _nc, _tt, _ct, callers) in stats.stats.items():
        if marker in func[0]:
            for caller, edge in callers.items():
                if marker not in caller[0]:
                    total += edge[3]
    return total


def profile(copy: Path, site_dir: Path, site_url: str, out: Path) -> dict:
    """One build under cProfile: time inside segno and PyYAML, whether
    PyYAML's pure-Python scanner ran, and the project's slowest functions."""
    import pstats

    cmd = [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "mkdocs", "build", "-q",
           "--strict", "--site-dir", str(site_dir)]
    try:
        child = run_child(cmd, copy, build_env(site_url))
    except BuildFailed as err:
        return {"error": str(err)[-1500:]}
    stats = pstats.Stats(str(out))
    total = max((ct for (fn, _l, func), (_c, _n, _t, ct, _) in stats.stats.items()
                 if fn.endswith("mkdocs/commands/build.py") and func == "build"), default=0.0)
    process = max(stats.total_tt, total)
    packages = {name: _inclusive(stats, marker) for name, marker in PACKAGES.items()}
    pure_yaml = sum(nc for (fn, _l, _f), (_c, nc, _t, _ct, _) in stats.stats.items()
                    if fn.endswith("yaml/scanner.py"))
    c_yaml = sum(nc for (fn, _l, func), (_c, nc, _t, _ct, _) in stats.stats.items()
                 if fn.endswith("yaml/cyaml.py") or "_yaml" in func)
    rows = []
    for (filename, line, func), (_cc, nc, tt, ct, _callers) in stats.stats.items():
        where = Path(filename)
        if str(where).startswith(str(copy)) and "site-packages" not in filename:
            rows.append({"function": f"{where.relative_to(copy)}:{line} {func}", "calls": nc,
                         "cumulative": ct, "own": tt})
    rows.sort(key=lambda r: -r["cumulative"])
    return {"total": total, "process": process, "cpu": child["cpu"], "packages": packages,
            "yaml_pure_python_scanner_calls": pure_yaml, "yaml_c_calls": c_yaml,
            "rows": rows[:15]}


# --- the run -----------------------------------------------------------------------------


def machine() -> dict:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    versions = {"python": platform.python_version()}
    for dist in ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "mkdocs-macros-plugin",
                 "pymdown-extensions", "segno", "PyYAML", "playwright"):
        try:
            versions[dist] = md.version(dist)
        except md.PackageNotFoundError:
            versions[dist] = "not installed"
    try:
        versions["PyYAML"] += " (C loader)" if yaml.CSafeLoader else ""
    except AttributeError:
        versions["PyYAML"] += " (no C loader)"
    for name, cmd in (("chromium", [CHROMIUM, "--version"]), ("node", ["node", "--version"])):
        try:
            versions[name] = subprocess.run(cmd, capture_output=True, text=True, timeout=30).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            versions[name] = "not found"
    versions["lighthouse"] = lighthouse_version() or "not installed"
    git = lambda *a: subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True).stdout.strip()  # noqa: E731
    dirty = bool(git("status", "--porcelain", "--", *make_tips.copied(ROOT)))
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gib": round(mem / 1024 / 1024, 1),
            "os": platform.platform(), "versions": versions,
            "commit": git("rev-parse", "--short", "HEAD"),
            "branch": git("rev-parse", "--abbrev-ref", "HEAD"), "dirty": dirty}


def run(args) -> dict:
    runs = 1 if args.quick else 3
    work = Path(tempfile.mkdtemp(prefix="smo-bench-"))
    log(f"working in {work}")
    res = {"date": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "machine": machine(),
           "quick": args.quick, "runs": runs, "factors": list(FACTORS), "builds": {}, "outputs": {},
           "loads": []}
    servers = {f: Server(work / f"serve{f}") for f in FACTORS}  # bound now: the builds use the URL
    url = {f: servers[f].url for f in FACTORS}
    site = {f: work / f"serve{f}" / BASE_PATH.strip("/") for f in FACTORS}
    try:
        copies, baselines, captured = {}, {}, {}
        langs = languages_of(read_config(ROOT))
        res["languages"] = langs
        for f in FACTORS:
            copies[f] = work / f"x{f}"
            tips = make_tips.make(copies[f], f)
            res["builds"][f] = {"tips_per_language": tips}
            config = write_instrumented_config(copies[f])
            captured[f] = work / f"captured{f}"
            outputs = work / f"outputs{f}"
            captured[f].mkdir()
            outputs.mkdir()
            log(f"{f}x: {tips} tips per language; instrumented build (capture, QR codes, YAML)")
            instr_site = work / "sites" / f"instrumented{f}"
            child = build_project(copies[f], instr_site, url[f], config=config,
                                  SMO_BENCH_CAPTURE=str(captured[f]), SMO_BENCH_OUTPUTS=str(outputs))
            res["outputs"][f] = build_outputs(outputs, instr_site, copies[f])
            res["outputs"][f]["build_cpu"] = child["cpu"]
            baselines[f] = make_baseline(copies[f], captured[f], work / f"baseline{f}", url[f])
            res["builds"][f]["captured_pages"] = baselines[f]["pages"]
            res["builds"][f]["baseline_configs"] = [Path(c).name for c in baselines[f]["configs"]]
        for f in FACTORS:
            pairs = []
            for i in range(runs):
                proj = build_project(copies[f], site[f], url[f])
                base = build_baseline(baselines[f], url[f])
                pairs.append({"project": proj, "baseline": base})
                log(f"{f}x run {i + 1}: project CPU {proj['cpu']:.2f} s (wall {proj['wall']:.2f}, "
                    f"load {proj['load']:.2f}); baseline CPU {base['cpu']:.2f} s "
                    f"(wall {base['wall']:.2f}, load {base['load']:.2f})")
            b = res["builds"][f]
            bsite = Path(baselines[f]["site"])
            b["pairs"] = pairs
            b["pages"] = {"project": count_pages(site[f]), "baseline": count_pages(bsite)}
            b["tip_page"] = {"project": nav_links(site[f], PAGES["tip"]),
                             "baseline": nav_links(bsite, PAGES["tip"])}
            b["largest_page"] = largest_page(site[f])
            b["search"] = search_indexes(site[f])
            b["baseline_search"] = search_indexes(bsite)
        if args.profile:
            log("profiling one 30x build (cProfile)")
            res["profile"] = profile(copies[30], work / "sites" / "profile", url[30],
                                     work / "profile.out")
        for server in servers.values():
            server.start()
        res["weights"] = {}
        for f in FACTORS:
            log(f"first visits at {f}x")
            res["weights"][f] = page_weights(servers[f])
        log("search precision and recall at 1x (Material's worker in Node)")
        try:
            res["search_quality"] = search_quality(copies[1], site[1], langs)
        except Exception as e:  # reported as NOT MET, with the reason
            res["search_quality"] = {"error": f"{type(e).__name__}: {e}"}
        log("searching the 30x site in Chromium")
        queries = search_queries(site[30], captured[30], langs, res["builds"][30]["search"]["by_lang"],
                                 PAGES["tip"])
        res["searches"] = run_searches(servers[30], queries)
        res["lighthouse"] = {}
        if args.no_lighthouse:
            res["lighthouse"]["gzip"] = {"skipped": "--no-lighthouse"}
        else:
            res["lighthouse"]["gzip"] = lighthouse(servers[1], work, compress=True)
            if not args.quick:
                res["lighthouse"]["plain"] = lighthouse(servers[1], work, compress=False)
    finally:
        for server in servers.values():
            server.stop()
        if args.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return res


# --- the report --------------------------------------------------------------------------


def verdict(ok: bool, margin: str) -> str:
    return f"**{'met' if ok else 'NOT MET'}** ({margin})"


def med(values) -> float:
    return statistics.median(list(values))


def summary(b: dict) -> dict:
    """Medians of an interleaved series: CPU ms per page of each side, and the ratio (the
    median of the pairs' ratios, so slow phases of the machine hit both sides of a pair)."""
    pp, bp = b["pages"]["project"], b["pages"]["baseline"]
    pairs = b["pairs"]
    proj = [p["project"]["cpu"] / pp * 1000 for p in pairs]
    base = [p["baseline"]["cpu"] / bp * 1000 for p in pairs]
    return {"project_ms": med(proj), "baseline_ms": med(base),
            "ratio": med(x / y for x, y in zip(proj, base)),
            "ratio_of_medians": med(proj) / med(base)}


def weight_rows(weights: dict) -> list[str]:
    lines = ["| page | requests | uncompressed | gzip | html | css | js | search index | images | other |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, wgt in weights.items():
        k = wgt["by_kind"]
        cell = lambda n: kb(k[n]["gzip"]) if n in k else "–"  # noqa: E731
        lines.append(f"| {name} `{wgt['url']}` | {wgt['requests']} | {kb(wgt['bytes'])} | "
                     f"**{kb(wgt['gzip'])}** | {cell('html')} | {cell('css')} | {cell('js')} | "
                     f"{cell('search index')} | {cell('images')} | {cell('other')} |")
    return lines


def report(res: dict, command: str) -> str:
    m, b = res["machine"], res["builds"]
    lo, hi = FACTORS
    s = {f: summary(b[f]) for f in FACTORS}
    loads = [r[side]["load"] for f in FACTORS for r in b[f]["pairs"] for side in ("project", "baseline")]
    tree = f"commit {m['commit']} (branch {m['branch']})"
    if m["dirty"]:
        tree += ", **with uncommitted changes** in the copied files"
    lines = [
        "# Benchmark results",
        "",
        f"- Date: {res['date']}" + (" (quick run: 1 run each)" if res["quick"] else ""),
        f"- Tree measured: {tree}",
        f"- Machine: {m['nproc']} cores (nproc), {m['cpu']}, {m['ram_gib']} GiB RAM, {m['os']}",
        "- Versions: " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()),
        f"- Reproduce: `{command}` from the project root (`npm ci --prefix benchmarks` first for "
        "Lighthouse)",
        f"- Load: the 1-minute load average before the timed builds was {min(loads):.2f} to "
        f"{max(loads):.2f} (median {med(loads):.2f}) on {m['nproc']} cores"
        + (": other work shared the machine; CPU times (what the figures use) are much less "
           "affected than wall times, but a busy machine still slows CPU-bound work somewhat "
           "(caches, frequency)" if max(loads) > 1.0 else "") + ".",
        "",
        "## Targets (issues 11 and 20)",
        "",
        "| target | measured | result |",
        "| --- | --- | --- |",
    ]
    t = TARGETS
    r = s[hi]["ratio"]
    lines.append(f"| project ≤ {t['ratio']}× plain MkDocs + Material, CPU per page, at {hi}x | "
                 f"{r:.2f}× ({s[hi]['project_ms']:.1f} vs {s[hi]['baseline_ms']:.1f} ms/page) | "
                 + verdict(r <= t["ratio"], f"margin {t['ratio'] - r:+.2f}") + " |")
    r = s[lo]["ratio"]
    lines.append(f"| project ≤ {t['ratio_1x']}× plain MkDocs + Material, CPU per page, at {lo}x | "
                 f"{r:.2f}× ({s[lo]['project_ms']:.1f} vs {s[lo]['baseline_ms']:.1f} ms/page) | "
                 + verdict(r <= t["ratio_1x"], f"margin {t['ratio_1x'] - r:+.2f}") + " |")
    g = s[hi]["project_ms"] / s[lo]["project_ms"]
    lines.append(f"| per-page cost at {hi}x ≤ {t['growth']}× that at {lo}x (project, CPU) | {g:.2f}× "
                 f"({s[hi]['project_ms']:.1f} vs {s[lo]['project_ms']:.1f} ms/page) | "
                 + verdict(g <= t["growth"], f"margin {t['growth'] - g:+.2f}") + " |")
    n_lo = b[lo]["tip_page"]["project"].get("nav_links")
    n_hi = b[hi]["tip_page"]["project"].get("nav_links")
    lines.append(f"| navigation on a tip page the same at {lo}x and {hi}x (`md-nav__link` in "
                 f"`{PAGES['tip']}`) | {n_lo} → {n_hi} | "
                 + verdict(n_lo is not None and n_lo == n_hi, f"{(n_hi or 0) - (n_lo or 0):+d} links") + " |")
    for lang, rel in b[hi]["search"]["by_lang"].items():
        info = b[hi]["search"]["files"].get(rel)
        size = kb(info["gzip"]) + " gzip" if info else f"`{rel}` not found"
        lines.append(f"| search index loaded by {lang} pages at {hi}x (no target of its own) | {size} | "
                     + ("measured" if info else "**NOT MET**") + " |")
    quality = res.get("search_quality") or {"error": "not measured"}
    floor = t["search_quality"]
    if "error" in quality:
        lines.append(f"| search precision@5 and recall@10 ≥ {floor} | {quality['error']} | **NOT MET** |")
    for lang, q in ({} if "error" in quality else quality).items():
        lines.append(f"| search ({lang}, {q['words']} words of `tests/search/words.yml`) precision@5 "
                     f"and recall@10 ≥ {floor} at {lo}x | {q['precision']:.3f} / {q['recall']:.3f} | "
                     + verdict(min(q["precision"], q["recall"]) >= floor,
                               f"margin {min(q['precision'], q['recall']) - floor:+.3f}") + " |")
    for q in res.get("searches", []):
        if "error" in q:
            lines.append(f"| search ({q['lang']}, {q.get('field', '?')}) finds the tip first | "
                         f"{q['error']} | **NOT MET** |")
            continue
        got = q.get("first") or "no result"
        lines.append(f"| search ({q['lang']}) for a word of the tip's {q['field']}, "
                     f"“{q['word']}”, finds the tip first at {hi}x | first: `{got}`"
                     + (f" (the tip is result {q['rank']})" if q.get("rank") and q["rank"] > 1 else "")
                     + " | " + verdict(q["found_first"], f"{q['others']} other page(s) hold the word") + " |")
    for f, limits in t["weight"].items():
        for name, limit in limits.items():
            wgt = res["weights"][f][name]["gzip"]
            lines.append(f"| first visit, {name} page, at {f}x ≤ {kb(limit)} gzip | {kb(wgt)} | "
                         + verdict(wgt <= limit, f"margin {(limit - wgt) / KB:+.1f} KB") + " |")
    w_hi = res["outputs"][30]
    lines.append(f"| each QR code made once per build and input (30x) | {w_hi['qr_made']} made, "
                 f"{w_hi['qr_distinct']} distinct | "
                 + verdict(w_hi["qr_made"] == w_hi["qr_distinct"],
                           f"{w_hi['qr_made'] - w_hi['qr_distinct']} made again") + " |")
    mine = w_hi.get("yaml", {}).get("project")
    if mine:
        pure = {k: v for k, v in mine["loaders"].items() if not k.startswith("C")}
        lines.append(f"| the project's YAML through the C loader (30x, instrumented build) | "
                     f"{mine['calls']} loads: " + ", ".join(f"{v} {k}" for k, v in mine["loaders"].items())
                     + f"; {mine['cpu']:.2f} s CPU | "
                     + verdict(not pure, f"{sum(pure.values())} loads with a pure-Python loader") + " |")
    main = res["lighthouse"].get("gzip", {})
    bench = [rr.get("benchmark_index") for rr in main.values() if isinstance(rr, dict)
             and rr.get("benchmark_index")] if "skipped" not in main else []
    busy = f" (machine busy: Lighthouse's CPU index {min(bench):.0f})" if bench and min(bench) < 1000 else ""
    if "skipped" not in main:
        for name in PAGES:
            rr = main.get(name, {})
            for cat, limit in t["lighthouse"].items():
                score = rr.get("scores", {}).get(cat)
                ok = score is not None and score >= limit
                lines.append(f"| Lighthouse {name}: {cat} ≥ {limit} | {score}"
                             + (busy if cat == "performance" else "") + " | "
                             + verdict(ok, f"margin {score - limit:+d}" if score is not None else "no score") + " |")
    else:
        lines.append(f"| Lighthouse | skipped: {main['skipped']} | – |")

    # --- build time against the baseline
    lines += [
        "", "## Build time: the project against plain MkDocs + Material on the same pages", "",
        "The **project**: `mkdocs build --strict -q` of a copy (benchmarks/make_tips.py) in a new "
        "process. The **baseline**: plain MkDocs + Material with only the `search` plugin (no "
        "i18n, no macros, no hooks, no `custom_dir`) on the same pages: each page's final "
        "Markdown, as the project's plugins and hooks hand it to MkDocs, recorded by "
        "benchmarks/capture_markdown.py in an untimed build (generated pages included), written "
        "per language at the path that gives the project's URL, with its title; the same "
        "`theme` options, `markdown_extensions`, `extra_css`, `use_directory_urls`; static files "
        "of docs/ copied; both languages built in one process (benchmarks/baseline_build.py), "
        "as mkdocs-static-i18n builds both in one. Runs alternate project, baseline, project, "
        f"baseline… ({res['runs']} pair(s) per size). **CPU** = user + system time of the build "
        "process (os.wait4). ms/page = CPU / HTML files written by that build (each side's own "
        "count). The ratio is the median of the pairs' ratios.", "",
        "| tips per language | pair | project CPU (s) | project wall (s) | baseline CPU (s) | "
        "baseline wall (s) | load before (project, baseline) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for f in FACTORS:
        for i, p in enumerate(b[f]["pairs"]):
            lines.append(f"| {b[f]['tips_per_language']} ({f}x) | {i + 1} | {p['project']['cpu']:.2f} | "
                         f"{p['project']['wall']:.2f} | {p['baseline']['cpu']:.2f} | "
                         f"{p['baseline']['wall']:.2f} | {p['project']['load']:.2f}, {p['baseline']['load']:.2f} |")
    lines += ["", "| tips per language | HTML pages (project / baseline) | captured pages per "
              "language | project ms/page | baseline ms/page | ratio (median of pairs) | ratio of medians |",
              "| --- | --- | --- | --- | --- | --- | --- |"]
    for f in FACTORS:
        pg = b[f]["pages"]
        cap = ", ".join(f"{k} {v}" for k, v in b[f]["captured_pages"].items())
        lines.append(f"| {b[f]['tips_per_language']} ({f}x) | {pg['project']} / {pg['baseline']} | {cap} | "
                     f"{s[f]['project_ms']:.1f} | {s[f]['baseline_ms']:.1f} | **{s[f]['ratio']:.2f}×** | "
                     f"{s[f]['ratio_of_medians']:.2f}× |")
    base_g = s[hi]["baseline_ms"] / s[lo]["baseline_ms"]

    def marginal(side: str) -> float:
        cpu = {f: med(p[side]["cpu"] for p in b[f]["pairs"]) for f in FACTORS}
        return (cpu[hi] - cpu[lo]) / (b[hi]["pages"][side] - b[lo]["pages"][side]) * 1000

    lines += ["", f"Per-page cost growth from {lo}x to {hi}x (the target's measure): project "
              f"{g:.2f}×, baseline {base_g:.2f}×. At {lo}x the start-up (imports, reading the "
              "content, the theme) is shared by fewer pages, so this falls below 1 even if part "
              "of each page's work grows with the site; the navigation count below is the direct "
              f"check. Cost of each extra page from {lo}x to {hi}x, (CPU − CPU′) / (pages − "
              f"pages′): project {marginal('project'):.1f} ms, baseline {marginal('baseline'):.1f} ms "
              f"(ratio {marginal('project') / marginal('baseline'):.2f}×)."]
    if any(abs(b[f]["pages"]["project"] - b[f]["pages"]["baseline"]) > 2 for f in FACTORS):
        lines.append("**The two sides wrote different numbers of pages**: see the table; ms/page "
                     "uses each side's own count.")

    # --- navigation
    lines += ["", "## Navigation on a tip page", "",
              f"`{PAGES['tip']}`: `md-nav__link` elements in its HTML (the menu and the table of "
              "contents; the table of contents does not grow with the tips).", "",
              "| tips per language | project: links (of them table of contents) | project page, gzip "
              "| baseline: links (of them table of contents) | baseline page, gzip |",
              "| --- | --- | --- | --- | --- |"]
    for f in FACTORS:
        tp, tb = b[f]["tip_page"]["project"], b[f]["tip_page"]["baseline"]
        cell = lambda d: f"{d.get('nav_links')} ({d.get('toc_links')})" if d else "page not found"  # noqa: E731
        lines.append(f"| {b[f]['tips_per_language']} ({f}x) | {cell(tp)} | {kb(tp.get('gzip', 0))} | "
                     f"{cell(tb)} | {kb(tb.get('gzip', 0))} |")
    lines.append("")
    lines.append("Largest page: " + "; ".join(
        f"{f}x `{b[f]['largest_page'][0]}` {kb(b[f]['largest_page'][1])} "
        f"({kb(b[f]['largest_page'][2])} gzip)" for f in FACTORS) + ".")

    # --- search
    lines += ["", "## Search index", "",
              "| tips per language | site | file | lunr lang | entries | uncompressed | gzip |",
              "| --- | --- | --- | --- | --- | --- | --- |"]
    for f in FACTORS:
        for who, key in (("project", "search"), ("baseline", "baseline_search")):
            for rel, info in b[f][key]["files"].items():
                lines.append(f"| {b[f]['tips_per_language']} ({f}x) | {who} | `{rel}` | {info['lang']} | "
                             f"{info['entries']} | {kb(info['bytes'])} | **{kb(info['gzip'])}** |")
    loads_idx = b[hi]["search"]["by_lang"]
    for f in FACTORS:
        info = b[f]["search"]["files"].get(loads_idx.get(res["languages"][0], ""))
        if info:
            total = sum(info["parts"].values()) or 1
            lines += ["", f"What the {res['languages'][0]} index of the project holds at {f}x (share of "
                      "its entries' bytes): " + ", ".join(
                          f"{k} {v / total:.0%}" for k, v in info["parts"].items()) + "."]
    lines += ["", "The index each language's pages load (Material's `__config.base`): "
              + ", ".join(f"{lang} `{p}`" for lang, p in loads_idx.items()) + "."]
    lines += ["", f"**Finding the tip** at {hi}x: for the tip `{PAGES['tip']}` in each language, "
              "from its title, its summary and its checklist (its front matter), the word the "
              "fewest other pages of the loaded index contain, typed into Material's search box "
              "on the home page in Chromium (Playwright), as a reader does; Material's worker runs "
              "lunr on the built index (`word*`). The first result is read from the list.", "",
              "| language | field | word | other pages with the word | first result | the tip's rank | results | seconds to results |",
              "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for q in res.get("searches", []):
        if "error" in q:
            lines.append(f"| {q['lang']} | {q.get('field', '')} | – | – | {q['error']} | – | – | – |")
            continue
        lines.append(f"| {q['lang']} | {q['field']} | {q['word']} | {q['others']}"
                     + ("" if q["in_index"] else " (**not in the index**)")
                     + f" | `{q.get('first')}` | {q.get('rank') or 'not listed'} | {q.get('count', 0)} | "
                     f"{q.get('seconds_to_results', '–')} |")

    # --- first visit
    lines += ["", "## First visit", "",
              "A fresh browser context (empty cache) in Debian's Chromium driven by Playwright, the "
              f"built project served by http.server under {BASE_PATH}; network idle, then 1.5 s "
              "without a new request, so the search index (fetched by a web worker) is counted. "
              "Every response body, summed uncompressed and gzip-compressed at level 6 (what a "
              "compressing host sends)."]
    for f in FACTORS:
        lines += ["", f"At {f}x ({b[f]['tips_per_language']} tips per language):", ""]
        lines += weight_rows(res["weights"][f])
    tipw = res["weights"][hi]["tip"]
    lines += ["", f"What the tip page loads at {hi}x (gzip): " + ", ".join(
        f"`{x['path'].removeprefix(BASE_PATH)}` {kb(x['gzip'])}"
        for x in sorted(tipw["files"], key=lambda x: -x["gzip"])) + "."]
    extra = []
    for f in FACTORS:
        for name, wgt in res["weights"][f].items():
            for key, what in (("not_ok", "responses other than 200"), ("foreign", "requests to other hosts"),
                              ("console_errors", "console errors")):
                if wgt[key]:
                    extra.append(f"- {f}x {name}: {what}: {wgt[key]}")
    lines += [""] + (extra or ["No request to another host, no response other than 200, no console error."])

    # --- QR codes and YAML
    lines += ["", "## QR codes and YAML", "",
              "From the untimed instrumented builds (benchmarks/instrument_build.py wraps "
              "`segno.make` and `yaml.load`). The build makes no Word files: every .docx is made "
              "in the browser, from the page, when the reader asks for it.", "",
              "| tips per language | QR codes made | distinct | CPU in `segno.make` (s) | build CPU (s) | QR share | .docx files in the site |",
              "| --- | --- | --- | --- | --- | --- | --- |"]
    for f, w in sorted(res["outputs"].items(), key=lambda kv: int(kv[0])):
        share = w["qr_cpu"] / w["build_cpu"] if w.get("build_cpu") else None
        lines.append(f"| {b[f]['tips_per_language']} ({f}x) | {w['qr_made']} | {w['qr_distinct']} | "
                     f"{w['qr_cpu']:.2f} | {w.get('build_cpu', 0):.2f} | "
                     + (f"**{share:.1%}**" if share is not None else "–")
                     + f" | {w.get('docx_in_site', '–')} |")
    lines += ["", "QR share = CPU in `segno.make` ÷ CPU of that whole instrumented build (the "
              "QR codes' rendering to SVG after `segno.make` is not included; `--profile` gives "
              "segno's full time)."]
    ymap = res["outputs"][30].get("yaml", {})
    if ymap:
        lines += ["", "YAML loads at 30x by caller (`yaml.load`, which `safe_load` calls): " + "; ".join(
            f"{who}: {v['calls']} loads, {v['cpu']:.2f} s CPU, " + ", ".join(
                f"{n} {loader}" for loader, n in v["loaders"].items())
            for who, v in sorted(ymap.items(), key=lambda kv: -kv[1]["cpu"])) + ". Loaders "
            "whose name starts with C are PyYAML's C (libyaml) ones; MkDocs' own loads (each "
            "page's front matter) are there for comparison: the baseline pays those too."]
    prof = res.get("profile")
    if prof:
        lines += ["", f"## Where a {hi}x build spends its time (cProfile)", ""]
        if "error" in prof:
            lines.append(f"The profiled build failed: {prof['error']!r}")
        else:
            lines += [f"One build of the {hi}x copy under cProfile (slower than without it): "
                      f"{prof['total']:.1f} s in `mkdocs.commands.build.build`. Time inside a package "
                      "counts every call into it from outside, with what it calls (C code of lxml "
                      "included).", "",
                      "| package | time (s) | share of the build |", "| --- | --- | --- |"]
            for name, sec in prof["packages"].items():
                lines.append(f"| {name} | {sec:.2f} | {sec / prof['total']:.1%} |")
            wq = prof["packages"]["segno (QR codes)"]
            lines += ["", f"QR codes (segno): {wq:.2f} s, "
                      f"**{wq / prof['total']:.1%}** of the build under cProfile (which slows "
                      "pure-Python code with many small calls, like segno's and PyYAML's, more "
                      "than the rest; the instrumented build above gives segno's CPU time "
                      f"without it). PyYAML's pure-Python scanner ran {prof['yaml_pure_python_scanner_calls']} "
                      "calls (from anyone, MkDocs included).", "",
                      "The project's slowest functions (cumulative times nest):", "",
                      "| function | calls | cumulative (s) | share | own (s) |", "| --- | --- | --- | --- | --- |"]
            for row in prof["rows"]:
                lines.append(f"| `{row['function']}` | {row['calls']} | {row['cumulative']:.2f} | "
                             f"{row['cumulative'] / prof['total']:.0%} | {row['own']:.2f} |")
    lines += ["", "## Lighthouse (mobile, default simulated throttling)", ""]
    lh_all = res["lighthouse"]
    main = lh_all.get("gzip", {})
    if "skipped" in main:
        lines.append(f"Skipped: {main['skipped']}.")
    else:
        lines += ["Lighthouse " + m["versions"]["lighthouse"] + " with Debian's Chromium "
                  "(`--headless=new --no-sandbox --disable-gpu --disable-background-networking`), "
                  "one run per page. **gzip**: the test server compresses text responses "
                  "(gzip level 6), as the published host (GitHub Pages) does; this row is the "
                  "one compared with the targets. **plain**: http.server as it is, without "
                  "compression.", "",
                  "| page | server | performance | accessibility | best practices | SEO | FCP | LCP "
                  "| TBT | CLS | transfer |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for name in PAGES:
            for mode, lh in lh_all.items():
                r = lh.get(name, {})
                if "error" in r:
                    lines.append(f"| {name} | {mode} | error: {r['error'][:300]!r} | | | | | | | | |")
                    continue
                if "scores" not in r:
                    continue
                s, mt = r["scores"], r["metrics"]
                lines.append(
                    f"| {name} `{BASE_PATH}{PAGES[name]}` | {mode} | {s.get('performance')} | "
                    f"{s.get('accessibility')} | {s.get('best-practices')} | {s.get('seo')} | "
                    f"{mt.get('first-contentful-paint', '')} | {mt.get('largest-contentful-paint', '')} | "
                    f"{mt.get('total-blocking-time', '')} | {mt.get('cumulative-layout-shift', '')} | "
                    f"{mt.get('total-byte-weight', '').replace('Total size was ', '')} |")
        idx = [r.get("benchmark_index") for lh in lh_all.values() for r in lh.values()
               if isinstance(r, dict) and r.get("benchmark_index")]
        if idx:
            lines.append(f"\nLighthouse's CPU benchmark index on this machine: {min(idx):.0f} to "
                         f"{max(idx):.0f} (Lighthouse expects a mid-range desktop at about "
                         "1000+; below that it warns the CPU is slower than expected)."
                         + (" **Other work loaded the machine during these runs, so the "
                            "performance scores (total blocking time above all) say more about "
                            "the machine than about the site; rerun on a quiet machine to "
                            "compare them with the target.**" if min(idx) < 1000 else ""))
        grouped: dict[str, dict] = {}
        for mode, lh in lh_all.items():
            for name, r in lh.items():
                for a in r.get("failing", []) if isinstance(r, dict) else []:
                    g = grouped.setdefault(a["id"], {"title": a["title"], "category": a["category"],
                                                     "weight": a["weight"], "where": []})
                    g["where"].append(f"{name}/{mode} {a['score']:.2f}"
                                      + (f" ({a['display']})" if a["display"] else ""))
        if grouped:
            lines += ["", "Audits below full score that count for the score (id, category, weight "
                      "in its category; page/server score and value):", ""]
            weighted = {k: g for k, g in grouped.items() if g["weight"] > 0}
            for aid, g in sorted(weighted.items(), key=lambda kv: (kv[1]["category"], -kv[1]["weight"], kv[0])):
                lines.append(f"- `{aid}` ({g['category']}, weight {g['weight']}): {g['title']} — "
                             + "; ".join(g["where"]))
            if not weighted:
                lines.append("- none")
            hints = {k: [w for w in g["where"] if "/gzip " in w] for k, g in grouped.items() if g["weight"] == 0}
            lines += ["", "Insights (weight 0: they explain the metrics) with the compressing server: "
                      + "; ".join(f"`{k}` " + (w[0].split(" ", 1)[1] if w else "")
                                  + f" on {len(w)} page(s)" for k, w in sorted(hints.items()) if w) + "."]
            plain_only = sorted(k for k, w in hints.items() if not w)
            if plain_only:
                lines.append("Only with plain http.server (no compression): "
                             + ", ".join(f"`{k}`" for k in plain_only) + ".")
        else:
            lines.append("\nEvery audit that counts is at full score.")
        warns = sorted({w for lh in lh_all.values() for r in lh.values() if isinstance(r, dict)
                        for w in r.get("warnings", [])})
        if warns:
            lines += ["", "Lighthouse warnings: " + " ".join(warns)]

    return "\n".join(lines) + "\n"



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 run each; Lighthouse only with compression")
    parser.add_argument("--no-lighthouse", action="store_true", help="skip Lighthouse")
    parser.add_argument("--profile", action="store_true",
                        help="also profile one 30x build with cProfile (several minutes)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--write", action="store_true", help="write RESULTS.md after --quick too")
    parser.add_argument("--json", type=Path, help="also write the raw results to this file")
    parser.add_argument("--report-from", type=Path, metavar="JSON",
                        help="measure nothing: make the report from a file written by --json")
    args = parser.parse_args()
    if args.report_from:
        res = json.loads(args.report_from.read_text())
        for key in ("builds", "outputs", "weights"):
            res[key] = {int(k): v for k, v in res[key].items()}
        args.quick = res["quick"]
    else:
        flags = [a for a in sys.argv[1:] if a in ("--quick", "--no-lighthouse", "--profile")]
        res = run(args)
        res["command"] = " ".join([".venv/bin/python benchmarks/run.py", *flags])
        if args.json:
            args.json.write_text(json.dumps(res, indent=1, default=str))
    text = report(res, res.get("command", ".venv/bin/python benchmarks/run.py"))
    print(text)
    if not args.quick or args.write:
        (HERE / "RESULTS.md").write_text(text, encoding="utf-8")
        log(f"wrote {HERE / 'RESULTS.md'}")


if __name__ == "__main__":
    main()
