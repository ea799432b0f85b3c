"""The page kinds: one module per kind of page, and the registry of them.

Every module in this package except `base` declares one `KIND` (see base.py for what it
declares). `KINDS` holds them by name, found by looking at the package's modules: a new kind
is a new module here (its template in macros/templates/, its script in
docs/assets/javascripts/), and nothing else needs an edit. An unknown kind raises KindError.
"""
from __future__ import annotations

import importlib
import pkgutil

from ..content import Site
from .base import DECLARED, Kind, KindError, PageContext, Route, RouteError, Routes

__all__ = ["KINDS", "Kind", "KindError", "PageContext", "Route", "RouteError", "Routes", "discover",
           "get", "link_targets", "of_route"]

NOT_KINDS = {"base"}  # modules of this package that hold no kind
# The order of the kinds' routes, which is the order the generated pages are added to the build
# and so the order of the search index's documents: these first, then any other kind by name
# (a new kind needs no entry here).
ORDER = ("home", "fixed", "vision", "theme", "tip", "checklist", "worksheet", "guide", "booklet",
         "letter", "letter_batch", "not_found")


def check_declared(kind: Kind, module: str) -> None:
    """A kind declares every field of base.DECLARED itself (none left to the base class)."""
    missing = []
    for field in DECLARED:
        if isinstance(getattr(Kind, field, None), property):
            continue
        if callable(getattr(Kind, field, None)):
            if getattr(type(kind), field) is getattr(Kind, field):
                missing.append(field)
        elif not any(field in vars(cls) for cls in type(kind).__mro__ if cls is not Kind) \
                and field not in vars(kind):
            missing.append(field)
    if missing:
        raise KindError(f"macros/kinds/{module}.py: KIND does not declare {', '.join(missing)}; "
                        f"expected every one of: {', '.join(DECLARED)} (see macros/kinds/base.py)")
    if kind.name != module:
        raise KindError(f"macros/kinds/{module}.py: KIND.name is '{kind.name}'; expected '{module}', "
                        "the module's name")


def discover(package: str = __name__, path=None) -> dict[str, Kind]:
    """Every kind declared by a module of the package, by name."""
    found: dict[str, Kind] = {}
    for info in sorted(pkgutil.iter_modules(path if path is not None else __path__), key=lambda i: i.name):
        if info.name in NOT_KINDS or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package}.{info.name}")
        kind = getattr(module, "KIND", None)
        if not isinstance(kind, Kind):
            raise KindError(f"macros/kinds/{info.name}.py has no KIND; expected an instance of "
                            "macros.kinds.base.Kind (every module in macros/kinds/ is a page kind)")
        check_declared(kind, info.name)
        found[kind.name] = kind
    rank = {name: i for i, name in enumerate(ORDER)}
    return dict(sorted(found.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0])))


KINDS: dict[str, Kind] = discover()


def get(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise KindError(f"unknown kind of page '{name}'; expected one of: {', '.join(sorted(KINDS))} "
                        "(a module in macros/kinds/)") from None


def of_route(route: Route) -> Kind:
    """The kind that declares a route (its page's renderer, title, scripts, …)."""
    return get(route.owner)


def beside(route_kind: str, name: str) -> list[tuple[Kind, str]]:
    """The pages that stand beside the page (route_kind, name), as (kind, page name). A kind
    whose pages go with pages of another kind declares `beside_kind` (that route kind) and
    `beside` ({its page: the page it goes with}), and how that page links it (`beside_line`):
    the conversation guide beside the intake checklist."""
    return [(kind, page) for kind in KINDS.values() if getattr(kind, "beside_kind", None) == route_kind
            for page, other in kind.beside.items() if other == name]


def all_routes(site: Site) -> list[Route]:
    return [route for kind in KINDS.values() for route in kind.routes(site)]


def link_targets(site: Site) -> dict[str, list[str]]:
    """The names of the pages of each route kind, for the content's checks of links that the
    data writes as kind:name (the home page's tasks)."""
    out: dict[str, list[str]] = {}
    for kind in KINDS.values():
        out.setdefault(kind.route_kind, []).extend(kind.names(site))
    return out


def title(site: Site, routes: Routes, kind: str, name: str, lang: str) -> str:
    """The title of the page at route (kind, name): its kind says it."""
    return of_route(routes.get(kind, name)).title(site, name, lang)
