"""The page kinds' registry (macros/kinds/): every kind declares every field, an unknown kind
raises, a new module is picked up, and the route table is made of the kinds' declarations.
Nothing here names a tip, a theme or a sentence of the content."""
from __future__ import annotations

import sys
import textwrap

import pytest

from conftest import ROOT
from macros import kinds
from macros.kinds.base import DECLARED, Kind, KindError, Route

TEMPLATES = ROOT / "macros" / "templates"
SCRIPTS = ROOT / "docs" / "assets" / "javascripts"


def test_every_kind_declares_every_field_with_a_value_of_its_type():
    assert kinds.KINDS, "no kinds found"
    for name, kind in kinds.KINDS.items():
        kinds.check_declared(kind, name)  # raises naming the missing field
        assert kind.name == name and kind.route_kind
        assert kind.template is None or (TEMPLATES / kind.template).is_file() or kind.template == "404.html"
        # the name of the Word file the browser makes from the page, without ".docx"
        assert kind.word_name is None or (kind.word_name.strip() and not kind.word_name.endswith(".docx"))
        assert kind.edit_source is None or (ROOT / "docs" / kind.edit_source).is_file()
        assert isinstance(kind.scripts, tuple)
        assert all((SCRIPTS / script).is_file() for script in kind.scripts), (name, kind.scripts)
        assert isinstance(kind.generated, bool) and isinstance(kind.own_language, bool)


def test_every_kind_gives_each_of_its_pages_a_route_title_and_scripts(content, routes):
    for name, kind in kinds.KINDS.items():
        for page in kind.names(content):
            route = routes.get(kind.route_kind, page)
            assert route.owner == name and route.src == kind.src(content, page)
            assert kinds.of_route(route) is kind
            for lang in content.languages:
                assert kind.title(content, page, lang).strip()
            assert all((SCRIPTS / s).is_file() for s in kind.page_scripts(page))
            if kind.word_name:  # each page of a kind with Word files has a name of its own
                assert len({kind.word_file(p) for p in kind.names(content)}) == len(kind.names(content))


def test_the_route_table_is_the_kinds_declarations(content, routes):
    declared = {(r.kind, r.name) for kind in kinds.KINDS.values() for r in kind.routes(content)}
    assert {(r.kind, r.name) for r in routes} == declared
    assert all(r.owner in kinds.KINDS for r in routes)
    targets = kinds.link_targets(content)
    assert {(k, n) for k, names in targets.items() for n in names} == {(r.kind, r.name) for r in routes if r.is_page}


def test_an_unknown_kind_raises_naming_the_known_ones():
    with pytest.raises(KindError) as err:
        kinds.get("no-such-kind")
    assert "no-such-kind" in str(err.value) and "checklist" in str(err.value)
    with pytest.raises(KindError):
        kinds.of_route(Route("page", "x", "x/", "x.md", owner="no-such-kind"))


def test_a_page_of_an_unknown_kind_fails_the_build_instead_of_passing_through(content, routes, monkeypatch):
    from types import SimpleNamespace

    from macros.glue import pages
    route = next(iter(routes))
    stray = Route(route.kind, route.name, route.path, route.src, owner="no-such-kind")
    state = SimpleNamespace(content=content, routes=SimpleNamespace(for_src=lambda src: stray))
    monkeypatch.setattr(pages, "built", lambda config: state)
    monkeypatch.setattr(pages.i18n, "current_language", lambda config: content.languages[0])
    page = SimpleNamespace(file=SimpleNamespace(src_uri=route.src), url=route.path, meta={})
    with pytest.raises(KindError):
        pages.on_page_markdown("", page, {"site_url": "http://x/"}, None)


def _package(tmp_path, name: str, modules: dict[str, str]):
    folder = tmp_path / name
    folder.mkdir()
    (folder / "__init__.py").write_text("", encoding="utf-8")
    for module, text in modules.items():
        (folder / f"{module}.py").write_text(textwrap.dedent(text), encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    return folder


NEW_KIND = '''
    from macros.kinds.base import Kind

    class AdminKind(Kind):
        name = "admin"
        route_kind = "page"
        template = None
        word_name = None
        edit_source = None
        scripts = ()
        generated = True
        own_language = False

        def names(self, site):
            return ["admin"]

        def src(self, site, name):
            return "admin.md"

        def title(self, site, name, lang):
            return "Admin"

        def view(self, ctx, name):
            return None

        def render(self, ctx, route, markdown):
            return markdown

        def sort_key(self, site, name, lang):
            return None

    KIND = AdminKind()
'''


def test_a_new_kind_module_is_picked_up(tmp_path, monkeypatch):
    folder = _package(tmp_path, "kinds_with_admin", {"admin": NEW_KIND})
    try:
        found = kinds.discover("kinds_with_admin", [str(folder)])
    finally:
        sys.path.remove(str(tmp_path))
    assert list(found) == ["admin"] and isinstance(found["admin"], Kind)
    route, = found["admin"].routes(None)
    assert (route.kind, route.name, route.path, route.owner, route.generated) == ("page", "admin", "admin/", "admin", True)


def test_a_kind_that_leaves_a_field_out_is_refused_naming_it(tmp_path):
    without = NEW_KIND.replace("        scripts = ()\n", "").replace(
        "        def sort_key(self, site, name, lang):\n            return None\n", "")
    folder = _package(tmp_path, "kinds_without", {"admin": without, "other": "X = 1\n"})
    try:
        with pytest.raises(KindError) as err:
            kinds.discover("kinds_without", [str(folder)])
    finally:
        sys.path.remove(str(tmp_path))
    assert "macros/kinds/admin.py" in str(err.value)
    assert "scripts" in str(err.value) and "sort_key" in str(err.value)
    assert set(DECLARED) >= {"scripts", "sort_key"}


def test_a_module_without_a_kind_is_refused(tmp_path):
    folder = _package(tmp_path, "kinds_stray", {"helper": "X = 1\n"})
    try:
        with pytest.raises(KindError, match="has no KIND"):
            kinds.discover("kinds_stray", [str(folder)])
    finally:
        sys.path.remove(str(tmp_path))


def test_a_page_beside_another_is_found_from_the_kinds_declarations(content, routes):
    for kind in kinds.KINDS.values():
        for page, other in getattr(kind, "beside", {}).items():
            assert (kind, page) in kinds.beside(kind.beside_kind, other)
            routes.get(kind.beside_kind, other)  # the page it stands beside exists
            lead, title = kind.beside_line(content, page, content.languages[0])
            assert lead.strip() and title == kind.title(content, page, content.languages[0])
    assert kinds.beside("checklist", "no-such-checklist") == []
