"""Browser code the page tests share: axe-core loaded once per browser context, pages checked two
at a time, printing to PDF, and reading a printed page back (text, QR codes)."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import axe_playwright_python
import pypdfium2 as pdfium

AXE_SOURCE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Only the violations come back: asking for passes and incomplete results as well makes axe
# build (and Playwright copy) a result for every node of every rule.
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
_SUMMARY = "r => r.violations.map(v => v.id + ': ' + JSON.stringify(v.nodes.slice(0, 3).map(n => n.target)))"
_START = ("o => { window.__axe = undefined; "
          "axe.run(document, o).then(%s).then(r => { window.__axe = r; }, "
          "e => { window.__axe = ['axe-core failed: ' + e]; }); }" % _SUMMARY)
AXE_TIMEOUT_MS = 120_000  # far more than the longest page takes; a page that hangs fails


def origin_of(url: str) -> str:
    parsed = urlparse(url)
    return f"{parsed.scheme}://{parsed.netloc}"


def checked_context(browser, site_url: str, **options):
    """A browser context that stops every request to another host and has axe-core in every
    page it opens (injected before the page's own scripts, once per context)."""
    context = browser.new_context(**options)
    origin = origin_of(site_url)
    context.route(lambda url: not url.startswith(origin) and not url.startswith("data:"),
                  lambda route: route.abort())
    context.add_init_script(AXE_SOURCE)
    return context


def _ensure_axe(page) -> None:
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SOURCE)  # a page from a context without the init script


def axe_violations(page) -> list[str]:
    """The WCAG 2.0/2.1 A and AA violations on the page as it is now (at most three nodes each)."""
    _ensure_axe(page)
    return page.evaluate("o => axe.run(document, o).then(%s)" % _SUMMARY, AXE_OPTIONS)


def start_axe(page) -> None:
    """Start axe on the page without waiting for it: the page's renderer works while this
    process goes on (with another page); `finish_axe` collects the result."""
    _ensure_axe(page)
    page.evaluate(_START, AXE_OPTIONS)


def finish_axe(page) -> list[str]:
    page.wait_for_function("() => window.__axe !== undefined", timeout=AXE_TIMEOUT_MS, polling=50)
    return page.evaluate("window.__axe")


def print_to_pdf(page, background: bool = True) -> bytes:
    """The page printed as Chromium prints it (print media, A4 unless the page's CSS says)."""
    page.emulate_media(media="print")
    try:
        return page.pdf(format="A4", print_background=background, prefer_css_page_size=True)
    finally:
        page.emulate_media(media="screen")


def pdf_texts(pdf: bytes) -> list[str]:
    """The text of each page of a PDF, as pdfium reads it."""
    doc = pdfium.PdfDocument(pdf)
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]


def rasterise(pdf: bytes, index: int, dpi: float):
    """One page of a PDF as a grey image at the given resolution."""
    doc = pdfium.PdfDocument(pdf)
    return doc[index].render(scale=dpi / 72).to_pil().convert("L")


def qr_codes(pdf: bytes, index: int, dpi: float) -> list:
    """The QR codes a decoder (zxing-cpp) reads on one page of a PDF at that resolution."""
    import zxingcpp
    return list(zxingcpp.read_barcodes(rasterise(pdf, index, dpi), formats=zxingcpp.BarcodeFormat.QRCode))


def search(page, query: str) -> list[str]:
    """Type `query` into Material's search as a reader does and wait until the search has
    answered (the index loads only when search opens: until then the list says that it is
    initialising); the result links."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")  # Material searches on key events
    page.wait_for_function(r"""() => {
        // the count line in Material's words for this language: none, one, or "# …"
        const t = JSON.parse(document.getElementById("__config").textContent).translations;
        const meta = document.querySelector(".md-search-result__meta");
        const text = meta ? meta.textContent.trim() : "";
        const [pre, post] = t["search.result.other"].split("#");
        const counted = text.startsWith(pre) && text.endsWith(post)
            && /^\d+$/.test(text.slice(pre.length, text.length - post.length));
        return text === t["search.result.none"] || text === t["search.result.one"] || counted;
    }""", timeout=20_000)
    page.wait_for_timeout(300)  # let the list finish rendering
    return page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.href)")
