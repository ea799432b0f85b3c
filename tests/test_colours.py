"""Every organisation colour keeps every text and control readable.

The colours the site derives from the organisation's one colour (macros/content/organisation.py,
Palette) are checked for their contrast ratios over a spread of colours; then sites with a
very light, a mid and a very dark colour are built and every kind of page that shows the
colour is checked with axe (WCAG 2 A/AA) and for focus rings and button boundaries of 3:1 in
the browser.

The sites are the base fixture site (tests/sites/base) with only the colour changed, built
in-process (see `colour_site`)."""
from __future__ import annotations

import functools
import re
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest import LANGUAGES, _QuietHandler, _QuietServer, built_ok, make_site
from macros.content.organisation import (BLACK, BOUNDARY_RATIO, LIGHT_SURFACE, TEXT_RATIO, WHITE,
                                         Palette, contrast_ratio, darken_to_contrast, palette, text_on)
from macros.kinds.booklet import EVERYTHING as ALL_BOOKLET

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SPREAD = ["#ffffff", "#fff176", "#ffeb3b", "#fafafa", "#808080", "#777777", "#767676", "#595959",
          "#ff0000", "#f44336", "#0000ff", "#2196f3", "#00ff00", "#4caf50", "#00ffff", "#ff00ff",
          "#bf360c", "#00695c", "#0d0d0d", "#000000", "#FFF176"]


# ---- The colour functions -----------------------------------------------------------------

@pytest.mark.parametrize("colour", SPREAD)
def test_every_derived_colour_has_the_contrast_it_needs(colour):
    p = palette(colour)
    assert p.colour == colour.lower()
    # The header: text and icons on the colour, and focus rings there.
    assert contrast_ratio(p.on_colour, p.colour) >= TEXT_RATIO
    assert contrast_ratio(p.focus_on_colour, p.colour) >= BOUNDARY_RATIO
    # On white and the light greys behind links: links and outline buttons' text; focus rings.
    assert contrast_ratio(p.text, WHITE) >= TEXT_RATIO
    for grey in ("#f5f5f5", "#f6f6f6", "#f9ebe7", LIGHT_SURFACE):  # code, table row, search result
        assert contrast_ratio(p.text, grey) >= TEXT_RATIO
    assert contrast_ratio(p.focus, WHITE) >= BOUNDARY_RATIO
    # Filled buttons: their text on the fill, and their boundary on white.
    assert contrast_ratio(p.fill_text, p.fill) >= TEXT_RATIO
    assert contrast_ratio(p.fill_border, WHITE) >= BOUNDARY_RATIO
    for value in p.model_dump().values():
        assert re.fullmatch(r"#[0-9a-f]{6}", value)


@pytest.mark.parametrize("colour", ["#000000", "#0d0d0d", "#00695c", "#0000ff", "#595959"])
def test_a_colour_that_reads_on_white_is_used_as_it_is(colour):
    p = palette(colour)
    assert (p.text, p.fill, p.fill_border) == (colour, colour, colour)


@pytest.mark.parametrize("colour", ["#ffffff", "#fff176", "#ffeb3b", "#00ff00", "#808080"])
def test_a_light_colour_is_darkened_for_text_only_as_far_as_needed(colour):
    p = palette(colour)
    assert p.text != colour
    assert contrast_ratio(p.text, LIGHT_SURFACE) >= TEXT_RATIO
    # One step lighter (1 % less darkening) would not be enough: the lightest shade that reads.
    channels = [int(p.text[i:i + 2], 16) for i in (1, 3, 5)]
    original = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    factor = max(zip(original, channels))[1] / max(original)  # from the strongest channel
    lighter = "#" + "".join(f"{min(255, round(o * (factor + 0.01))):02x}" for o in original)
    assert contrast_ratio(lighter, LIGHT_SURFACE) < TEXT_RATIO
    # The same hue: every channel scaled by about the same factor.
    assert all(abs(c - o * factor) <= 1 for c, o in zip(channels, original))


def test_the_fill_keeps_the_colour_and_a_light_fill_gets_a_darker_border():
    light, mid = palette("#fff176"), palette("#2196f3")
    assert (light.fill, light.fill_text, light.fill_border) == ("#fff176", BLACK, light.text)
    assert (mid.fill, mid.fill_border) == ("#2196f3", "#2196f3")  # 3.1:1 on white already


def test_text_on_a_colour_is_black_or_white_whichever_reads_better():
    assert text_on("#ffffff") == BLACK and text_on("#000000") == WHITE
    assert text_on("#808080") == BLACK  # 5.3:1 against 3.9:1 for white
    assert text_on("#0d0d0d") == WHITE


def test_contrast_ratio_matches_known_values():
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < TEXT_RATIO
    assert darken_to_contrast("#ffffff", WHITE, 21) == BLACK


@pytest.mark.parametrize("bad", ["#fff", "fff176", "#ggg000", "#fff1761", "", "red"])
def test_anything_but_rrggbb_is_refused(bad):
    with pytest.raises(ValueError, match="#rrggbb"):
        palette(bad)


def test_the_organisation_exposes_the_palette():
    from macros.content import Organisation
    org = Organisation(name="Test", colour="#FFF176")
    assert org.palette == palette("#fff176")
    assert isinstance(org.palette, Palette)
    assert (org.header_text, org.link_colour) == (org.palette.on_colour, org.palette.text)


# ---- Built sites in a browser -------------------------------------------------------------

COLOURS = {"light": "#fff176", "mid": "#808080", "dark": "#0d0d0d"}
SITE_PATH = "/samen-met-ouders/"


def colour_site(tmp: Path, colour: str) -> Path:
    """The base fixture site (tests/sites/base: one page of every kind) with only the
    organisation's colour changed, built in-process. Returns the site folder."""
    docs = make_site(tmp)
    org_file = docs / "_data/organisation.yml"
    text = org_file.read_text(encoding="utf-8")
    changed, count = re.subn(r'(?m)^(\s*colour:\s*)"#[0-9a-fA-F]{6}"', rf'\g<1>"{colour}"', text)
    assert count == 1, "organisation.yml has no `colour: \"#rrggbb\"` line to change"
    org_file.write_text(changed, encoding="utf-8")
    return built_ok(docs, tmp / "site", site_url="http://127.0.0.1:8765" + SITE_PATH)


@pytest.fixture(scope="module", params=list(COLOURS), ids=list(COLOURS))
def coloured(request, tmp_path_factory):
    """(colour, base address, routes) of a built site with one of COLOURS, served locally."""
    from macros.content import load_site
    from macros.routes import build_routes

    colour = COLOURS[request.param]
    tmp = tmp_path_factory.mktemp(f"colour-{request.param}")
    site = colour_site(tmp, colour)
    routes = build_routes(load_site(tmp / "docs", LANGUAGES))
    root = tmp / "www"
    mount = root / SITE_PATH.strip("/")
    mount.parent.mkdir(parents=True, exist_ok=True)
    mount.symlink_to(site, target_is_directory=True)
    server = _QuietServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield colour, f"http://127.0.0.1:{server.server_address[1]}{SITE_PATH}", routes
    server.shutdown()


@pytest.fixture
def tab(browser, coloured):
    base = coloured[1]
    origin = f"{urlparse(base).scheme}://{urlparse(base).netloc}"
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    context.route(lambda url: not url.startswith(origin) and not url.startswith("data:"),
                  lambda route: route.abort())
    yield context.new_page()
    context.close()


def open_page(tab, url: str) -> None:
    """Open a page with transitions and animations off, so that what the browser computes
    is each state's end (Material fades colours over 125 ms to 250 ms)."""
    tab.goto(url, wait_until="load")
    tab.add_style_tag(content="*, *::before, *::after { transition: none !important; "
                              "animation: none !important; }")


def kinds_of_page(routes) -> dict[str, str]:
    """One page of each kind that shows the colour, in the first language: kind -> path."""
    lang = LANGUAGES[0]
    wanted = {"home": ("page", "home")}
    for kind in ("theme", "tip", "checklist", "worksheet", "letter", "letter-batch", "booklet"):
        of_kind = routes.of_kind(kind)
        assert of_kind, f"the site has no page of kind {kind}"
        # A theme's booklet rather than the one with every theme: the same parts, less to check.
        wanted[kind] = (kind, next((r.name for r in of_kind if r.name != ALL_BOOKLET), of_kind[0].name))
    return {label: routes.path_of(kind, name, lang) for label, (kind, name) in wanted.items()}


def axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe
    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in result.response["violations"]]


def fill_letter(page):
    for field in page.locator(".letter-form input").all():
        kind = field.get_attribute("type")
        field.fill({"date": "2026-12-03", "time": "14:30"}.get(kind, "Fatima El Amrani"))


def test_every_kind_of_page_passes_axe_in_the_colour(coloured, tab):
    colour, base, routes = coloured
    problems = []
    for kind, path in kinds_of_page(routes).items():
        open_page(tab, base + path)
        if kind == "letter":
            fill_letter(tab)
        problems += [f"{colour} {kind} {path}: {v}" for v in axe_violations(tab)]
        if kind in ("home", "letter"):  # the menu as a phone shows it: the drawer open
            tab.set_viewport_size({"width": 390, "height": 844})
            tab.locator(".md-header label[for=__drawer]").click()
            problems += [f"{colour} {kind} {path} (390 px, menu open): {v}" for v in axe_violations(tab)]
            tab.set_viewport_size({"width": 1280, "height": 900})
        if kind == "theme":  # search open, a result under the pointer (its words highlighted)
            word = max(re.findall(r"\w+", tab.locator("h1").first.inner_text()), key=len)
            search = tab.locator("input.md-search__input")
            search.click()
            search.fill(word)
            search.press("End")  # Material searches on key events
            tab.locator(".md-search-result__item").first.wait_for()
            tab.locator(".md-search-result__link").first.hover()
            problems += [f"{colour} search for {word!r}: {v}" for v in axe_violations(tab)]
    assert problems == []


# What the browser computes, with the colour behind each element (semi-transparent layers
# laid over what is under them, up to the page).
STYLES_JS = """el => {
  const rgba = s => { const m = s.match(/rgba?\\(([^)]+)\\)/); if (!m) return [0, 0, 0, 0];
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const layers = [];
  for (let n = el.parentElement; n; n = n.parentElement) layers.push(rgba(getComputedStyle(n).backgroundColor));
  const cs = getComputedStyle(el);
  let opacity = 1;
  for (let n = el; n; n = n.parentElement) opacity *= parseFloat(getComputedStyle(n).opacity);
  const text = rgba(cs.color); text[3] *= opacity;
  return {own: rgba(cs.backgroundColor), text: text, border: rgba(cs.borderTopColor),
          borderWidth: parseFloat(cs.borderTopWidth), outline: rgba(cs.outlineColor),
          outlineStyle: cs.outlineStyle, outlineWidth: parseFloat(cs.outlineWidth),
          outlineOffset: parseFloat(cs.outlineOffset), behind: layers,
          focusVisible: el.matches(':focus-visible'), label: el.textContent.trim().slice(0, 40)};
}"""


def _rgba(css: str) -> list:
    numbers = [float(x) for x in re.findall(r"[\d.]+", css)]
    return numbers[:3] + [numbers[3] if len(numbers) > 3 else 1]


def _blend(top, below):
    a = top[3]
    return [round(top[i] * a + below[i] * (1 - a)) for i in range(3)] + [1]


def _hex(rgba) -> str:
    return "#" + "".join(f"{round(c):02x}" for c in rgba[:3])


def _behind(layers) -> list:
    colour = [255, 255, 255, 1]  # the canvas
    for layer in reversed(layers):
        colour = _blend(layer, colour)
    return colour


def control_problems(page, selector: str, state: str, boundary: bool = True) -> list[str]:
    """Text 4.5:1 on the control, its boundary 3:1 on what is behind it (a border, or its fill
    where it has no border; not for links in text), and when focused a focus ring of 3:1
    against what is beside it. A disabled control is checked at rest only."""
    problems = []
    for control in page.locator(selector).all():
        if not control.is_visible() or (state != "rest" and not control.is_enabled()):
            continue
        if state == "focus":
            control.evaluate("el => el.focus({focusVisible: true})")  # as the keyboard does
        elif state == "hover":
            control.hover()
        s = control.evaluate(STYLES_JS)
        behind = _behind(s["behind"])
        fill = _blend(s["own"], behind)
        name = f"{selector} {s['label']!r} ({state})"
        text = contrast_ratio(_hex(_blend(s["text"], fill)), _hex(fill))
        if text < TEXT_RATIO:
            problems.append(f"{name}: text {text:.2f}:1 on {_hex(fill)}")
        edge = _hex(_blend(s["border"], behind)) if s["borderWidth"] >= 1 else _hex(fill)
        if boundary and max(contrast_ratio(edge, _hex(behind)), contrast_ratio(_hex(fill), _hex(behind))) < BOUNDARY_RATIO:
            problems.append(f"{name}: boundary {contrast_ratio(edge, _hex(behind)):.2f}:1 on {_hex(behind)}")
        if state == "focus":
            if not s["focusVisible"] or s["outlineStyle"] == "none" or s["outlineWidth"] < 2:
                problems.append(f"{name}: no focus ring ({s['outlineStyle']} {s['outlineWidth']}px)")
                continue
            ring = _hex(_blend(s["outline"], behind))
            beside = [_hex(behind)] if s["outlineOffset"] > 0 else [_hex(behind), _hex(fill)]
            for other in beside:
                if contrast_ratio(ring, other) < BOUNDARY_RATIO:
                    problems.append(f"{name}: focus ring {ring} is {contrast_ratio(ring, other):.2f}:1 "
                                    f"beside {other}")
    return problems


BUTTONS = ".md-typeset .md-button"


def test_buttons_and_focus_rings_reach_their_contrast_in_every_state(coloured, tab):
    colour, base, routes = coloured
    pages = kinds_of_page(routes)
    problems = []
    for kind in ("letter", "worksheet", "checklist", "letter-batch", "booklet"):
        open_page(tab, base + pages[kind])
        for state in ("rest", "hover", "focus"):
            problems += [f"{colour} {kind}: {p}" for p in control_problems(tab, BUTTONS, state)]
        problems += [f"{colour} {kind}: {p}"
                     for p in control_problems(tab, ".md-typeset a:not(.md-button, .headerlink)", "focus",
                                              boundary=False)[:5]]
    # The header's buttons (menu, search) and the letter's disabled buttons on the batch page.
    open_page(tab, base + pages["home"])
    problems += [f"{colour} header: {p}"
                 for p in control_problems(tab, ".md-header label.md-header__button", "focus")]
    problems += [f"{colour} header: {p}" for state in ("rest", "hover", "focus")
                 for p in control_problems(tab, ".md-header .md-select__button", state, boundary=False)]
    open_page(tab, base + pages["letter-batch"])
    disabled = tab.locator(f"{BUTTONS}:disabled")
    assert disabled.count() > 0, "the batch page has no disabled button to check"
    problems += [f"{colour} disabled: {p}" for p in control_problems(tab, f"{BUTTONS}:disabled", "rest")]
    assert problems == []


def test_the_header_and_links_use_the_derived_colours(coloured, tab):
    colour, base, routes = coloured
    p = palette(colour)
    pages = kinds_of_page(routes)
    open_page(tab, base + pages["tip"])
    header = tab.locator(".md-header").evaluate(STYLES_JS)
    assert (_hex(header["own"]), _hex(header["text"])) == (p.colour, p.on_colour)
    # The search box in the header: its words in the header's text colour, on the header's colour.
    box = tab.locator(".md-header .md-search__form").evaluate(STYLES_JS)
    placeholder = tab.locator(".md-header .md-search__input").evaluate(
        "el => getComputedStyle(el, '::placeholder').color")
    behind = _blend(box["own"], _behind(box["behind"]))
    assert contrast_ratio(_hex(_blend(_rgba(placeholder), behind)), _hex(behind)) >= TEXT_RATIO
    link = tab.locator(".md-content .md-typeset a:not(.md-button, .headerlink)").first.evaluate(STYLES_JS)
    assert _hex(link["text"]) == p.text
    open_page(tab, base + pages["theme"])
    active = tab.locator(".md-nav--primary .md-nav__link--active").first
    assert _hex(active.evaluate(STYLES_JS)["text"]) == p.text
    assert int(active.evaluate("el => getComputedStyle(el).fontWeight")) >= 700  # not colour alone
