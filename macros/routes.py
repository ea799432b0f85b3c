"""The route table: every page and every download of the site, with its path in each language.

Built once per build from the content model (`build_routes(site)`). Everything that needs a
path or a link asks it: the generated pages, the renderers' links, the Word files, the theme
templates. A name that is not in the table raises `RouteError`, naming what exists.

Paths are relative to the site's root and use directory URLs: a page "checklists/intake/"
in the default language is "en/checklists/intake/" in English. A download that is the same in
every site language (a letter's Word file) has one path for all of them.
"""
from __future__ import annotations

import posixpath
from dataclasses import dataclass

from .content import Site

# The kinds of page whose whole content the site makes from the data: they need no file in
# docs/ (a file at their path may add an introduction; see README, "Own text above a sheet").
GENERATED_KINDS = ("theme", "checklist", "worksheet", "booklet", "guide", "letter-batch")

# The project's own pages, written by hand in docs/ (name: source file without language).
FIXED_PAGES = {
    "home": "index.md",
    "tips": "tips/index.md",
    "letters": "brief/index.md",
    "checklists": "checklists/index.md",
    "worksheets": "werkbladen/index.md",
    "booklets": "boekjes/index.md",
    "sources": "bronnen.md",
    "vision": "visie.md",
    "fork-guide": "eigen-versie.md",
    "translations": "vertalingen.md",
}

# Names of the checklists that are not a theme's, in the order the site lists them.
EXTRA_CHECKLISTS = ("intake", "alle-tips")
# The conversation guides: sheets for the person who leads a conversation, made from the tips
# of that conversation. The intake guide stands beside the intake checklist (checklists/), the
# sheet it goes with: it is printed and filled in like the checklists, and needs no section
# of its own in the navigation.
GUIDES = ("kennismakingsgesprek",)
# The booklet with every theme (the others are named after their theme).
ALL_BOOKLET = "alles"

# Where the theme worksheets stand among the worksheets (which have an `order` in
# worksheets.yml): after "what working together means to us" (10), before the intake (20).
THEME_WORKSHEETS_ORDER = 15


class RouteError(LookupError):
    """A page or download that the route table does not have."""


@dataclass(frozen=True)
class Route:
    kind: str  # "page", "tip", "theme", "checklist", "worksheet", "letter", …
    name: str  # the id within its kind: a tip id, a theme id, "intake", a letter's code
    path: str  # relative to a language's root: "checklists/intake/"
    src: str | None = None  # a page's source file without language suffix: "checklists/intake.md"
    per_language: bool = True  # False: one file for every site language (a letter's Word file)

    @property
    def generated(self) -> bool:
        return self.kind in GENERATED_KINDS

    @property
    def is_page(self) -> bool:
        return self.src is not None


class Routes:
    """Every page and download of one site, looked up by (kind, name) or by source file."""

    def __init__(self, routes: list[Route], languages: list[str]):
        self.languages = list(languages)
        self._by_key: dict[tuple[str, str], Route] = {}
        self._by_src: dict[str, Route] = {}
        paths: dict[tuple[str, bool], Route] = {}
        for route in routes:
            taken = paths.setdefault((route.path, route.per_language), route)
            if taken is not route:
                raise RouteError(f"{route.kind} '{route.name}' and {taken.kind} '{taken.name}' "
                                 f"both want the path {route.path}; expected a name of its own")
            key = (route.kind, route.name)
            if key in self._by_key:
                raise RouteError(f"two routes for {route.kind} '{route.name}': "
                                 f"{self._by_key[key].path} and {route.path}")
            self._by_key[key] = route
            if route.src:
                self._by_src[route.src] = route

    def __iter__(self):
        return iter(self._by_key.values())

    def get(self, kind: str, name: str) -> Route:
        try:
            return self._by_key[(kind, name)]
        except KeyError:
            known = sorted(n for k, n in self._by_key if k == kind)
            if not known:
                kinds = sorted({k for k, _ in self._by_key})
                raise RouteError(f"unknown kind of route '{kind}'; expected one of: "
                                 f"{', '.join(kinds)}") from None
            raise RouteError(f"no {kind} named '{name}'; expected one of: "
                             f"{', '.join(known)}") from None

    def of_kind(self, kind: str) -> list[Route]:
        return [r for r in self._by_key.values() if r.kind == kind]

    def for_src(self, src: str) -> Route | None:
        """The page whose source file is `src` (relative to docs/, with or without its
        language suffix), or None for a page the table does not know."""
        src = strip_language(src, self.languages)
        return self._by_src.get(src)

    def prefix(self, lang: str) -> str:
        return "" if lang == self.languages[0] else f"{lang}/"

    def url(self, route: Route, lang: str) -> str:
        """The route's path from the site's root in site language `lang`."""
        return (self.prefix(lang) if route.per_language else "") + route.path

    def path_of(self, kind: str, name: str, lang: str) -> str:
        return self.url(self.get(kind, name), lang)

    def href(self, from_url: str, kind: str, name: str, lang: str) -> str:
        """A relative link from the page at `from_url` (a path from the site's root, such as
        "en/checklists/intake/") to a route, in site language `lang`."""
        return relative(from_url, self.url(self.get(kind, name), lang))

    def md_href(self, from_src: str, kind: str, name: str) -> str:
        """A Markdown link from the page whose source is `from_src` to a page's source file:
        MkDocs checks it, and mkdocs-static-i18n resolves it to the reader's language."""
        target = self.get(kind, name)
        if not target.is_page:
            raise RouteError(f"{kind} '{name}' is a download, not a page; link it with href()")
        from_src = strip_language(from_src, self.languages)
        return posixpath.relpath(target.src, posixpath.dirname(from_src) or ".")

    def absolute(self, site_url: str, kind: str, name: str, lang: str) -> str:
        """The published address of a route (for QR codes and printed sheets)."""
        return site_url.rstrip("/") + "/" + self.url(self.get(kind, name), lang)


def relative(from_url: str, to_url: str) -> str:
    """A relative link between two paths from the site's root (directory URLs)."""
    base = from_url if from_url.endswith("/") or not from_url else posixpath.dirname(from_url) + "/"
    target = posixpath.relpath("/" + to_url, "/" + base)
    if to_url.endswith("/") and not target.endswith("/"):
        target += "/"
    return "./" if target == "./" or target == "." else target


def strip_language(src: str, languages: list[str]) -> str:
    """"checklists/intake.en.md" -> "checklists/intake.md"."""
    stem, dot, ext = src.rpartition(".")
    if not dot:
        return src
    base, dot2, lang = stem.rpartition(".")
    if dot2 and lang in languages:
        return f"{base}.{ext}"
    return src


def checklist_names(site: Site) -> list[str]:
    return [t.id for t in site.themes] + list(EXTRA_CHECKLISTS)


def booklet_names(site: Site) -> list[str]:
    return [t.id for t in site.themes] + [ALL_BOOKLET]


def worksheet_names(site: Site) -> list[str]:
    """Every worksheet's name, in the order a team uses them."""
    own = [(w.order, i, w.id) for i, w in enumerate(site.worksheets)]
    themed = [(THEME_WORKSHEETS_ORDER, i, t.id) for i, t in enumerate(site.themes)]
    return [name for _, _, name in sorted(own + themed)]


def _page(kind: str, name: str, src: str) -> Route:
    stem = src[:-3]
    if stem == "index":
        path = ""
    elif stem.endswith("/index"):
        path = stem[: -len("index")]
    else:
        path = stem + "/"
    return Route(kind, name, path, src)


def build_routes(site: Site) -> Routes:
    """The route table of a site: built once per build from the validated content."""
    routes = [_page("page", name, src) for name, src in FIXED_PAGES.items()]
    for theme in site.themes:
        routes.append(_page("theme", theme.id, f"tips/{theme.id}/index.md"))
    for tip in site.tips[site.languages[0]]:
        routes.append(_page("tip", tip.id, f"tips/{tip.meta.theme}/{tip.id}.md"))
    for name in checklist_names(site):
        routes.append(_page("checklist", name, f"checklists/{name}.md"))
    for name in worksheet_names(site):
        routes.append(_page("worksheet", name, f"werkbladen/{name}.md"))
    for name in GUIDES:
        routes.append(_page("guide", name, f"checklists/{name}.md"))
    for name in booklet_names(site):
        routes.append(_page("booklet", name, f"boekjes/{name}.md"))
    for letter in site.letters:
        routes.append(_page("letter", letter.code, letter.path))
    # Letters for several families at once, beside the letters (made from the letters' data).
    routes.append(_page("letter-batch", "families", "brief/meerdere.md"))
    return Routes(routes, site.languages)
