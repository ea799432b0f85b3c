"""What every page kind declares (`Kind`), and the route table's types.

A page kind is one module in macros/kinds/ with one `KIND`: an instance of a `Kind` subclass
that declares everything the site needs to know about that kind of page, in one place:

- `name`: the kind's name (the module's), and `route_kind`: the kind its routes have in the
  route table, as links name them (`checklist:intake`, `page:letters`);
- `names(site)`: the names of its pages, in the order the site lists them;
- `src(site, name)`: each page's source file without language suffix, which gives its path
  in every language (`routes(site)` makes the routes from `names` and `src`);
- `title(site, name, lang)`: the page's title, as the page, the navigation and links show it;
- `view(ctx, name)`: the page's view model (plain data), and `template`: the template in
  macros/templates/ that shows it (None: the page's Markdown is written in docs/);
- `render(ctx, route, markdown)`: the page's whole Markdown;
- `word_name`: the name of its Word file without ".docx" ("checklist-{name}"), or None; the
  browser makes every Word file from the page (docs/assets/javascripts/word-export.js);
- `sort_key(site, name, lang)`: its place in the navigation among its neighbours (None: by
  `extra.nav_order` in mkdocs.yml);
- `edit_source`: the data file an "edit this page" link leads to (None: the page's own file);
- `scripts`: the files under docs/assets/javascripts/ its page loads (`page_scripts(name)`);
- `generated`: True when the site makes the page from data (no file in docs/ needed);
- `own_language`: True when the page is in its own language in every site language (a letter).

The registry (macros/kinds/__init__.py) finds every module, checks that its KIND declares all
of these, and is what the route table (macros/routes.py) and the glue are built from.
"""
from __future__ import annotations

import posixpath
from dataclasses import dataclass

from ..content import Site

# Every field a kind declares (the registry refuses a kind that leaves one out).
DECLARED = ("name", "route_kind", "names", "src", "title", "view", "template", "render", "word_name",
            "sort_key", "edit_source", "scripts", "generated", "own_language")


class RouteError(LookupError):
    """A page or download that the route table does not have."""


class KindError(LookupError):
    """A kind of page that no module in macros/kinds/ declares, or one that declares too little."""


@dataclass(frozen=True)
class Route:
    kind: str  # "page", "tip", "theme", "checklist", "worksheet", "letter", …
    name: str  # the id within its kind: a tip id, a theme id, "intake", a letter's code
    path: str  # relative to a language's root: "checklists/intake/"
    src: str | None = None  # a page's source file without language suffix: "checklists/intake.md"
    owner: str = ""  # the page kind (module in macros/kinds/) that declares this route
    generated: bool = False  # made from data: needs no file in docs/

    @property
    def is_page(self) -> bool:
        return self.src is not None


class Routes:
    """Every page and download of one site, looked up by (kind, name) or by source file."""

    def __init__(self, routes: list[Route], languages: list[str]):
        self.languages = list(languages)
        self._by_key: dict[tuple[str, str], Route] = {}
        self._by_src: dict[str, Route] = {}
        paths: dict[str, Route] = {}
        for route in routes:
            taken = paths.setdefault(route.path, route)
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
        return self.prefix(lang) + route.path

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


def page_path(src: str) -> str:
    """A page's path (directory URLs) from its source file: "bronnen.md" -> "bronnen/"."""
    stem = src[:-3]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


@dataclass
class PageContext:
    """What a kind's view and renderer get about the page being built."""

    site: Site
    routes: Routes
    lang: str
    url: str  # the page's path from the site's root, e.g. "en/checklists/intake/"
    site_url: str | None  # None: this build has no published address (glue/address.py)
    meta: dict  # the page's meta data (front matter)

    def href(self, kind: str, name: str) -> str:
        return self.routes.href(self.url, kind, name, self.lang)

    def address(self, kind: str, name: str) -> str | None:
        if self.site_url is None:
            return None
        return self.routes.absolute(self.site_url, kind, name, self.lang)

    def logo_href(self) -> str | None:
        """The organisation's logo relative to this page, if it has one."""
        logo = self.site.organisation.logo
        return relative(self.url, logo) if logo else None


class Kind:
    """A kind of page. Subclasses declare every field in DECLARED (see the module's text)."""

    name: str
    route_kind: str
    template: str | None
    word_name: str | None
    edit_source: str | None
    scripts: tuple[str, ...]
    generated: bool
    own_language: bool

    def names(self, site: Site) -> list[str]:
        raise NotImplementedError

    def src(self, site: Site, name: str) -> str:
        """A page's source file without language suffix ("checklists/intake.md")."""
        raise NotImplementedError

    def routes(self, site: Site) -> list[Route]:
        """One route per page, at its source file's path."""
        return [Route(self.route_kind, name, page_path(self.src(site, name)), self.src(site, name),
                      owner=self.name, generated=self.generated)
                for name in self.names(site)]

    def word_file(self, name: str) -> str:
        """The name of the page's Word file without ".docx" (the browser makes the file; a
        filled one adds the day it was made). A kind without a Word file raises."""
        if not self.word_name:
            raise KindError(f"the page kind '{self.name}' has no Word file")
        return self.word_name.format(name=name)

    def title(self, site: Site, name: str, lang: str) -> str:
        raise NotImplementedError

    def view(self, ctx: PageContext, name: str):
        raise NotImplementedError

    def render(self, ctx: PageContext, route: Route, markdown: str) -> str:
        raise NotImplementedError

    def sort_key(self, site: Site, name: str, lang: str):
        raise NotImplementedError

    def page_scripts(self, name: str) -> list[str]:
        """The scripts of the page `name` (the kind's `scripts`, unless one page needs more)."""
        return list(self.scripts)
