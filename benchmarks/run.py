"""Benchmarks of the site: build time, the macros' share, page weight, search index, Lighthouse.

    .venv/bin/python benchmarks/run.py            # full: 1x, 10x and 30x tips, 3 runs each
    .venv/bin/python benchmarks/run.py --quick    # 1 run each, no 30x

Prints a Markdown report and writes it to benchmarks/RESULTS.md (not with --quick unless
--write is given). Everything is built from copies of the project in a temporary folder (made
by make_tips.py), so the working tree is only read. Lighthouse needs `npm ci --prefix
benchmarks` first; without it that part is reported as skipped. See benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import http.server
import io
import importlib.metadata as md
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import make_tips  # noqa: E402
from one_language import one_language_config  # noqa: E402

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
TARGETS = {
    "ms_per_page": 10.0,  # full build at 30x, ms per page per language
    "macros_share": 0.15,
    "weight": {"tip": 100_000, "letter": 120_000},  # first visit, gzip bytes
    "search_index": 100_000,  # gzip bytes per language at 30x
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


def without_macros(text: str) -> str:
    """mkdocs.yml without the `- macros:` plugin block (the hooks stay)."""
    out = re.sub(r"^(\s*)- macros:[^\n]*\n(?:(?:\1 [^\n]*|[ \t]*)\n)*", "", text, count=1, flags=re.M)
    if out == text or re.search(r"^\s*- macros:", out, re.M):
        raise SystemExit("could not remove the macros plugin from mkdocs.yml")
    return out


def write_configs(copy: Path) -> dict[str, str]:
    """The configurations of a copy: full (mkdocs.yml), nl-only, no-macros."""
    text = (copy / "mkdocs.yml").read_text(encoding="utf-8")
    (copy / "mkdocs.nl-only.yml").write_text(one_language_config(text, "nl"), encoding="utf-8")
    (copy / "mkdocs.no-macros.yml").write_text(without_macros(text), encoding="utf-8")
    return {"full": "mkdocs.yml", "nl-only": "mkdocs.nl-only.yml", "no-macros": "mkdocs.no-macros.yml"}


# --- building ----------------------------------------------------------------------------


def build(copy: Path, config: str, site_dir: Path, site_url: str, strict: bool = True) -> tuple:
    """One `mkdocs build` in a fresh process; returns (wall time, CPU time, load average
    before) in seconds. MkDocs builds on one core: CPU time is close to wall time unless other
    work competes for the cores."""
    if site_dir.exists():
        shutil.rmtree(site_dir)
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", config, "--site-dir", str(site_dir)]
    if strict:
        cmd.insert(4, "--strict")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=copy, env=env, capture_output=True, text=True)
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise BuildFailed(f"{' '.join(cmd)} in {copy} exited {proc.returncode}:\n"
                          f"{proc.stderr[-3000:]}")
    return took, cpu, load


class BuildFailed(RuntimeError):
    pass


def count_pages(site: Path) -> dict[str, int]:
    """HTML pages per language: under en/ is English, the rest Dutch (404.html once, in nl)."""
    pages = {"nl": 0, "en": 0}
    for path in site.rglob("*.html"):
        rel = path.relative_to(site).as_posix()
        pages["en" if rel.startswith("en/") else "nl"] += 1
    return pages


def tip_page(site: Path) -> dict:
    """Size of the benchmark's tip page and the number of navigation links on it."""
    path = site / PAGES["tip"] / "index.html"
    if not path.exists():
        return {}
    html = path.read_bytes()
    return {"bytes": len(html), "gzip": gz(html), "nav_links": html.count(b'class="md-nav__link')}


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


# --- profile ---------------------------------------------------------------------------


def profile(copy: Path, site_dir: Path, site_url: str, out: Path) -> dict:
    """One build under cProfile: the project's own functions (macros/) by cumulative time,
    and a few of MkDocs' and the plugins' for scale. Cumulative times nest."""
    import pstats

    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    cmd = [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "mkdocs", "build", "-q",
           "--strict", "--site-dir", str(site_dir)]
    proc = subprocess.run(cmd, cwd=copy, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        return {"error": proc.stderr[-1500:]}
    stats = pstats.Stats(str(out))
    rows = []
    total = 0.0
    macros_plugin = 0.0  # the macros plugin's events and its import: its own share, noise-free
    for (filename, line, func), (cc, nc, tt, ct, callers) in stats.stats.items():
        if filename.endswith("mkdocs/commands/build.py") and func == "build":
            total = max(total, ct)
        if filename.endswith("mkdocs_macros/plugin.py") and (func.startswith("on_") or func == "<module>"):
            macros_plugin += ct
        where = Path(filename)
        mine = str(where).startswith(str(copy / "macros"))
        known = (filename.endswith("mkdocs_static_i18n/plugin.py") and func == "on_post_build") or \
                (filename.endswith("mkdocs/commands/build.py") and func == "_build_page") or \
                (filename.endswith("markdown/core.py") and func == "convert")
        if mine or known:
            name = f"{where.relative_to(copy) if mine else where.parent.name + '/' + where.name}:{line} {func}"
            rows.append({"function": name, "calls": nc, "cumulative": ct, "own": tt, "project": mine})
    rows.sort(key=lambda r: -r["cumulative"])
    return {"total": total, "process": max(stats.total_tt, total), "macros_plugin": macros_plugin,
            "rows": [r for r in rows if r["project"]][:12] + [r for r in rows if not r["project"]]}


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
                 "pymdown-extensions", "playwright"):
        try:
            versions[dist] = md.version(dist)
        except md.PackageNotFoundError:
            versions[dist] = "not installed"
    for name, cmd in (("chromium", [CHROMIUM, "--version"]), ("node", ["node", "--version"])):
        try:
            versions[name] = subprocess.run(cmd, capture_output=True, text=True, timeout=30).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            versions[name] = "not found"
    versions["lighthouse"] = lighthouse_version() or "not installed"
    git = lambda *a: subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True).stdout.strip()  # noqa: E731
    dirty = bool(git("status", "--porcelain", "--", *make_tips.COPIED))
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gib": round(mem / 1024 / 1024, 1),
            "os": platform.platform(), "versions": versions,
            "commit": git("rev-parse", "--short", "HEAD")
            + (" + uncommitted changes in docs/, macros/, overrides/ or mkdocs.yml" if dirty else "")}


def run(args) -> dict:
    factors = [1, 10] if args.quick else [1, 10, 30]
    runs = 1 if args.quick else 3
    work = Path(tempfile.mkdtemp(prefix="smo-bench-"))
    log(f"working in {work}")
    res = {"date": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "machine": machine(),
           "quick": args.quick, "runs": runs, "factors": factors, "builds": {}}
    served = work / "serve"
    server = Server(served)  # bound now, so that the builds use its address as site_url
    try:
        copies, configs = {}, {}
        for f in factors:
            copies[f] = work / f"x{f}"
            tips = make_tips.make(copies[f], f)  # a snapshot of the tree; validated
            configs = write_configs(copies[f])
            res["builds"][f] = {"tips_per_language": tips}
            log(f"{f}x: {tips} tips per language")
        for f in factors:
            for variant in ("full", "nl-only"):
                site = served / BASE_PATH.strip("/") if (f, variant) == (1, "full") \
                    else work / "sites" / f"x{f}-{variant}"
                res["builds"][f][variant] = []
                for i in range(runs):
                    wall, cpu, load = build(copies[f], configs[variant], site, server.url)
                    res["builds"][f][variant].append({"wall": wall, "cpu": cpu, "load": load})
                    log(f"{f}x {variant} run {i + 1}: {wall:.2f} s (CPU {cpu:.2f} s, load {load:.2f})")
                res["builds"][f][f"{variant}_pages"] = count_pages(site)
                if variant == "full":
                    res["builds"][f]["largest_page"] = largest_page(site)
                    res["builds"][f]["tip_page"] = tip_page(site)
                    res["builds"][f]["search"] = search_indexes(site)
        # The macros' share: the 10x copy with and without the macros plugin, in pairs.
        macros = {"with": [], "without": [], "strict_without": True}
        for i in range(runs):
            wall, cpu, load = build(copies[10], "mkdocs.yml", work / "sites" / "m-with", server.url)
            macros["with"].append({"wall": wall, "cpu": cpu, "load": load})
            try:
                wall, cpu, load = build(copies[10], configs["no-macros"], work / "sites" / "m-without",
                                        server.url, strict=macros["strict_without"])
            except BuildFailed:
                macros["strict_without"] = False
                wall, cpu, load = build(copies[10], configs["no-macros"], work / "sites" / "m-without",
                                        server.url, strict=False)
            macros["without"].append({"wall": wall, "cpu": cpu, "load": load})
            log(f"macros pair {i + 1}: with {macros['with'][-1]['wall']:.2f} s, without {wall:.2f} s")
        res["macros"] = macros
        if args.profile:
            log("profiling one 10x build")
            res["profile"] = profile(copies[10], work / "sites" / "profile", server.url,
                                     work / "profile.out")

        server.start()
        log(f"serving {served} at {server.url}")
        res["weights"] = page_weights(server)
        res["lighthouse"] = {}
        if args.no_lighthouse:
            res["lighthouse"]["gzip"] = {"skipped": "--no-lighthouse"}
        else:
            res["lighthouse"]["gzip"] = lighthouse(server, work, compress=True)
            if not args.quick:
                res["lighthouse"]["plain"] = lighthouse(server, work, compress=False)
    finally:
        server.stop()
        if args.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return res


# --- the report --------------------------------------------------------------------------


def verdict(ok: bool, margin: str) -> str:
    return f"**{'PASS' if ok else 'FAIL'}** ({margin})"


def median(runs: list[dict], key: str = "wall") -> float:
    return statistics.median(r[key] for r in runs)


def report(res: dict, command: str) -> str:
    m, b, factors = res["machine"], res["builds"], res["factors"]
    top = factors[-1]
    loads = [r["load"] for f in factors for v in ("full", "nl-only") for r in b[f][v]]
    loads += [r["load"] for k in ("with", "without") for r in res["macros"][k]]
    lines = [
        "# Benchmark results",
        "",
        f"- Date: {res['date']}" + (" (quick run: 1 run each, no 30x)" if res["quick"] else ""),
        f"- Machine: {m['nproc']} cores (nproc), {m['cpu']}, {m['ram_gib']} GiB RAM, {m['os']}",
        "- Versions: " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()),
        f"- Tree: commit {m['commit']}",
        f"- Reproduce: `{command}` from the project root (first `npm ci --prefix benchmarks` "
        "for Lighthouse)",
        f"- 1-minute load average before the builds: {min(loads):.2f} to {max(loads):.2f}"
        + (" — other work shared the 2 cores during some builds: wall times are noisier than "
           "CPU times" if max(loads) > 1.5 else ""),
        "",
        "## Build time",
        "",
        "`mkdocs build --strict` in a new process on a copy of the project (benchmarks/make_tips.py), "
        f"`--site-dir` in a temporary folder, NO_MKDOCS_2_WARNING=1; median of {res['runs']} run(s). "
        "Pages: the HTML files written (nl: outside en/, with 404.html; en: under en/). "
        "ms/page = median wall time / pages of that build (all its languages). "
        "The Dutch-only build uses a copy of mkdocs.yml with `build: false` for en "
        "(benchmarks/one_language.py).",
        "",
        "| tips per language | languages | wall times (s) | median wall (s) | median CPU (s) "
        "| pages nl | pages en | ms/page | vs 1x |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    med = {}
    for f in factors:
        for variant in ("full", "nl-only"):
            runs = b[f][variant]
            med[(f, variant)] = median(runs)
            pages = b[f][f"{variant}_pages"]
            total = pages["nl"] + pages["en"]
            ratio = med[(f, variant)] / median(b[1][variant])
            lines.append(
                f"| {b[f]['tips_per_language']} ({f}x) | {'nl + en' if variant == 'full' else 'nl only'} "
                f"| {', '.join(format(r['wall'], '.2f') for r in runs)} "
                f"| {med[(f, variant)]:.2f} | {median(runs, 'cpu'):.2f} | {pages['nl']} | {pages['en']} "
                f"| {med[(f, variant)] / total * 1000:.1f} | {ratio:.2f}x |")
    pages_of = {f: sum(b[f]["full_pages"].values()) for f in factors}
    p1, ptop = pages_of[1], pages_of[top]
    steps = list(zip(factors, factors[1:]))
    marginal = {(a, c): (med[(c, "full")] - med[(a, "full")]) / (pages_of[c] - pages_of[a]) * 1000
                for a, c in steps}
    first, last = marginal[steps[0]], marginal[steps[-1]]
    lines += [
        "",
        f"- Growth with tips: {top}x the tips gives {ptop / p1:.1f}x the pages and "
        f"{med[(top, 'full')] / med[(1, 'full')]:.2f}x the build time (nl + en). Each extra page "
        "costs " + ", ".join(f"{v:.0f} ms from {a}x to {c}x" for (a, c), v in marginal.items())
        + " ((t − t') / (pages − pages'), nl + en): "
        + (f"the cost per page grows with the site ({last / first:.1f}x): part of each page's "
           "work grows with the site, see the tip page below and the profile."
           if len(steps) > 1 and last > 1.3 * first else "the cost per page stays about the same."),
        "- Growth with languages: nl + en takes " + ", ".join(
            f"{med[(f, 'full')] / med[(f, 'nl-only')]:.2f}x" for f in factors)
        + " the time of nl only at " + ", ".join(f"{f}x" for f in factors) + " tips.",
        "- The tip page `" + PAGES["tip"] + "` (its navigation lists every tip of its theme; "
        "`navigation.prune` keeps only the current section): " + "; ".join(
            f"{f}x {kb(b[f]['tip_page']['bytes'])} ({kb(b[f]['tip_page']['gzip'])} gzip), "
            f"{b[f]['tip_page']['nav_links']} `md-nav__link` links (menu and table of contents)"
            for f in factors if b[f].get("tip_page")) + ".",
        "- Largest page: " + "; ".join(
            f"{f}x `{b[f]['largest_page'][0]}` {kb(b[f]['largest_page'][1])} "
            f"({kb(b[f]['largest_page'][2])} gzip)" for f in factors) + ".",
    ]

    mac = res["macros"]
    pairs = list(zip(mac["with"], mac["without"]))
    pair_share = {k: [(w[k] - wo[k]) / w[k] for w, wo in pairs] for k in ("wall", "cpu")}
    share = {k: statistics.median(v) for k, v in pair_share.items()}
    lines += [
        "",
        "## The macros' share",
        "",
        f"The 10x copy ({b[10]['tips_per_language']} tips per language) built with and without the "
        f"macros plugin, {res['runs']} pair(s) one after the other; the share is the median of the pairs' shares. Without the plugin, pages that "
        "call macros show the raw `{{ … }}` text, so the Markdown the macros would have made "
        "(theme pages, tip index, checklists, worksheets) is not rendered either: the share "
        "includes rendering the macros' output. The hooks (macros/hooks.py) stay. "
        + ("Both built with --strict." if mac["strict_without"] else
           "**The build without macros ran without --strict**: strict failed without macros."),
        "",
        "| pair | with macros: wall / CPU (s) | without: wall / CPU (s) | share of wall | share of CPU | load before |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for i, (w, wo) in enumerate(pairs):
        lines.append(f"| {i + 1} | {w['wall']:.2f} / {w['cpu']:.2f} | {wo['wall']:.2f} / {wo['cpu']:.2f} "
                     f"| {pair_share['wall'][i]:.1%} | {pair_share['cpu'][i]:.1%} | "
                     f"{w['load']:.2f}, {wo['load']:.2f} |")
    lines += ["", f"Macros' share, median of the pairs: {share['wall']:.1%} of the wall time, "
              f"{share['cpu']:.1%} of the CPU time."]
    spread = max(pair_share["wall"]) - min(pair_share["wall"])
    if len(pairs) > 1 and spread > 0.10:
        lines.append(f"The pairs disagree by {spread * 100:.0f} points: the difference is of the same "
                     "size as the noise of other work on the machine; see the profile below for "
                     "a figure that does not depend on it.")

    prof = res.get("profile")
    if prof:
        lines += ["", "## Where a 10x build spends its time (cProfile)", ""]
        if "error" in prof:
            lines.append(f"The profiled build failed: {prof['error']!r}")
        else:
            lines += [f"One build of the 10x copy under cProfile (slower than without): "
                      f"{prof['total']:.1f} s in `mkdocs.commands.build.build`, {prof['process']:.1f} s "
                      "for the whole process. Cumulative times include the functions called, so "
                      "they overlap; shares are of the build.", "",
                      f"The macros plugin itself (its events, with the project's macros they call, "
                      f"and its import) took {prof['macros_plugin']:.2f} s, "
                      f"{prof['macros_plugin'] / prof['process']:.1%} of the process: that is its "
                      "own share, unaffected by other work on the machine. The with/without "
                      "comparison above also counts rendering the Markdown the macros return.", "",
                      "| function | calls | cumulative (s) | share | own (s) |", "| --- | --- | --- | --- | --- |"]
            for r in prof["rows"]:
                lines.append(f"| `{r['function']}` | {r['calls']} | {r['cumulative']:.2f} | "
                             f"{r['cumulative'] / prof['total']:.0%} | {r['own']:.2f} |")

    lines += ["", "## Page weight, first visit", "",
              "A fresh browser context (empty cache) in Debian's Chromium driven by Playwright, "
              f"the real site (1x) served by http.server under {BASE_PATH}; network idle, then "
              "1.5 s without a new request, so the search index (fetched by a web worker) is "
              "counted. Every response body as the server sent it (uncompressed: http.server "
              "does not compress), and the sum of each body gzip-compressed at level 6.", "",
              "| page | requests | uncompressed | gzip | html | css | js | search index | images | fonts | other |",
              "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, wgt in res["weights"].items():
        k = wgt["by_kind"]
        cell = lambda n: kb(k[n]["gzip"]) if n in k else "–"  # noqa: E731
        lines.append(f"| {name} `{wgt['url']}` | {wgt['requests']} | {kb(wgt['bytes'])} | "
                     f"**{kb(wgt['gzip'])}** | {cell('html')} | {cell('css')} | {cell('js')} | "
                     f"{cell('search index')} | {cell('images')} | {cell('fonts')} | {cell('other')} |")
    tip_files = {f["path"] for f in res["weights"]["tip"]["files"]}
    lines += ["", "What the tip page loads (gzip): " + ", ".join(
        f"`{f['path'].removeprefix(BASE_PATH)}` {kb(f['gzip'])}"
        for f in sorted(res["weights"]["tip"]["files"], key=lambda f: -f["gzip"])) + "."]
    for name in ("letter", "worksheet"):
        more = [f for f in res["weights"][name]["files"] if f["path"] not in tip_files
                and f["kind"] != "html"]
        if more:
            lines.append(f"The {name} page also loads: " + ", ".join(
                f"`{f['path'].removeprefix(BASE_PATH)}` {kb(f['gzip'])}" for f in more) + ".")
    extra = []
    for name, wgt in res["weights"].items():
        if wgt["not_ok"]:
            extra.append(f"- {name}: responses other than 200: {wgt['not_ok']}")
        if wgt["foreign"]:
            extra.append(f"- {name}: requests to other hosts: {wgt['foreign']}")
        if wgt["console_errors"]:
            extra.append(f"- {name}: console errors: {wgt['console_errors']}")
    lines += [""] + (extra or ["No request to another host, no response other than 200, no console error."])

    lines += ["", "## Search index", "",
              "| tips per language | file | lunr lang | entries (nl / en) | uncompressed | gzip |",
              "| --- | --- | --- | --- | --- | --- |"]
    for f in factors:
        for rel, info in b[f]["search"]["files"].items():
            s = info["share"]
            lines.append(f"| {b[f]['tips_per_language']} ({f}x) | `{rel}` | {info['lang']} | {info['entries']} "
                         f"({s['nl']['entries']} / {s['en']['entries']}) | {kb(info['bytes'])} | "
                         f"**{kb(info['gzip'])}** |")
    loads_idx = b[top]["search"]["by_lang"]
    for f in dict.fromkeys([1, top]):
        info = b[f]["search"]["files"].get(loads_idx["nl"])
        if info:
            total = sum(info["parts"].values())
            lines += ["", f"What the Dutch index holds at {f}x (share of its entries' bytes): " + ", ".join(
                f"{k} {v / total:.0%}" for k, v in info["parts"].items()) + "."]
    lines += ["", "The index each language's pages load (from Material's `__config.base`): "
              + ", ".join(f"{lang} `{p}`" for lang, p in loads_idx.items()) + "."]
    if len(set(loads_idx.values())) == 1:
        info = b[top]["search"]["files"].get(loads_idx["nl"], {})
        lines.append("**One index serves all languages**: a reader of either language downloads "
                     "both languages' entries. On its own, each language would weigh "
                     + ", ".join(f"{lang} {kb(v['alone_gzip'])} gzip ({v['entries']} entries)"
                                 for lang, v in info.get("share", {}).items()) + f" at {top}x.")
    else:
        lines.append("One index per language: each reader downloads only their own language's entries.")

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
                         "1000+; below that it warns the CPU is slower than expected).")
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

    t = TARGETS
    lines += ["", "## Targets", "", "| target | measured | result |", "| --- | --- | --- |"]
    ms = med[(top, "full")] / ptop * 1000
    ms_cpu = median(b[top]["full"], "cpu") / ptop * 1000
    limit = t["ms_per_page"]
    lines.append(f"| full build ≤ {limit:.0f} ms per page per language at {top}x tips "
                 f"({b[top]['tips_per_language']} per language, {ptop} pages) | {ms:.1f} ms "
                 f"(CPU {ms_cpu:.1f} ms) | " + verdict(ms <= limit, f"margin {limit - ms:+.1f} ms") + " |")
    limit = t["macros_share"]
    lines.append(f"| macros' share ≤ {limit:.0%} | {share['wall']:.1%} (CPU {share['cpu']:.1%}) | "
                 + verdict(share["wall"] <= limit, f"margin {(limit - share['wall']) * 100:+.1f} points") + " |")
    for name, limit in t["weight"].items():
        g = res["weights"][name]["gzip"]
        lines.append(f"| first visit, {name} page ≤ {kb(limit)} gzip | {kb(g)} | "
                     + verdict(g <= limit, f"margin {(limit - g) / KB:+.1f} KB") + " |")
    limit = t["search_index"]
    for lang, rel in loads_idx.items():
        info = b[top]["search"]["files"].get(rel)
        if info is None:
            lines.append(f"| search index of {lang} ≤ {kb(limit)} gzip at {top}x | `{rel}` not found | **FAIL** |")
            continue
        g = info["gzip"]
        lines.append(f"| search index loaded by {lang} pages ≤ {kb(limit)} gzip at {top}x | {kb(g)} | "
                     + verdict(g <= limit, f"margin {(limit - g) / KB:+.1f} KB") + " |")
    if "skipped" not in main:
        for name in PAGES:
            r = main.get(name, {})
            for cat, limit in t["lighthouse"].items():
                score = r.get("scores", {}).get(cat)
                ok = score is not None and score >= limit
                margin = f"margin {score - limit:+d}" if score is not None else "no score"
                lines.append(f"| Lighthouse {name}: {cat} ≥ {limit} | {score} | {verdict(ok, margin)} |")
    if res["quick"]:
        lines += ["", f"Quick run: the 30x targets are checked at {top}x."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 run each, skip 30x")
    parser.add_argument("--no-lighthouse", action="store_true", help="skip Lighthouse")
    parser.add_argument("--profile", action="store_true",
                        help="also profile one 10x build (cProfile) and list the slowest functions")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--write", action="store_true", help="write RESULTS.md after --quick too")
    parser.add_argument("--json", type=Path, help="also write the raw results to this file")
    parser.add_argument("--report-from", type=Path, metavar="JSON",
                        help="measure nothing: make the report from a file written by --json")
    args = parser.parse_args()
    if args.report_from:
        res = json.loads(args.report_from.read_text())
        res["builds"] = {int(k): v for k, v in res["builds"].items()}
        args.quick = res["quick"]
    else:
        flags = [a for a in sys.argv[1:] if a in ("--quick", "--no-lighthouse", "--profile")]
        res = run(args)
        res["command"] = " ".join([".venv/bin/python benchmarks/run.py", *flags])
        if args.json:
            args.json.write_text(json.dumps(res, indent=1, default=str))
    command = res.get("command", ".venv/bin/python benchmarks/run.py")
    text = report(res, command)
    print(text)
    if not args.quick or args.write:
        (HERE / "RESULTS.md").write_text(text, encoding="utf-8")
        log(f"wrote {HERE / 'RESULTS.md'}")


if __name__ == "__main__":
    main()
