"""Content is data, not code: template code in content never runs, harmless HTML passes and
harmful HTML is refused, the YAML loader refuses duplicate keys, and the organisation's colour
gives readable header text and links whatever it is."""
from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import LANGUAGES, ROOT, SITES, built_ok, make_site, overlay
from macros.content import PAGE_MACROS, ContentError, Organisation, contrast_ratio, load_site
from macros.content._common import ContentLoader, DuplicateKeyError, parse_yaml
from macros.content.markup import check_markup

RCE = "{{ lipsum.__globals__['os'].popen('id').read() }}"
MATH = "{{ 7*7 }}"
STATEMENT = "{% for x in range(3) %}herhaal{% endfor %}"


@pytest.fixture(scope="module")
def payload_build(tmp_path_factory):
    """The fixture site `payload`: template code in a tip, a contributor's page and the
    organisation's name, and files with a byte-order mark; built in-process."""
    root = tmp_path_factory.mktemp("payload")
    docs = make_site(root, "payload")
    site = load_site(docs, LANGUAGES)
    out = built_ok(docs, root / "site")
    tip = site.tip_by_path("tips/thema-een/eerste-tip.nl.md")
    bom_tip = site.tip_by_path("tips/thema-een/tweede-tip.nl.md")
    assert (SITES / "payload/docs" / bom_tip.path).read_bytes().startswith(b"\xef\xbb\xbf")
    return out, tip, bom_tip


def _paragraph(soup: BeautifulSoup, start: str) -> str:
    """The text of the one paragraph that starts with `start`, without underscores (Markdown
    reads `__globals__` as bold: the payload is shown as text, formatted as Markdown)."""
    found = [p.get_text() for p in soup.select("article p") if p.get_text().startswith(start)]
    assert len(found) == 1, (start, [p.get_text() for p in soup.select("article p")])
    return found[0].replace("_", "")


def test_template_code_in_a_tip_shows_as_text_and_never_runs(payload_build):
    out, tip, _ = payload_build
    soup = BeautifulSoup((out / tip.url / "index.html").read_text(encoding="utf-8"), "lxml")
    assert _paragraph(soup, "Code:") == f"Code: {RCE}".replace("_", "")
    assert _paragraph(soup, "Som:") == f"Som: {MATH}"
    assert _paragraph(soup, "Lus:") == f"Lus: {STATEMENT}"
    assert f"Samen {MATH} doen" in soup.select_one("article").get_text()
    article = soup.select_one("article").get_text()
    assert "49" not in article and "herhaalherhaal" not in article


def test_template_code_on_a_contributors_page_and_in_the_data_shows_as_text(payload_build):
    out, _, _ = payload_build
    # the tip's title, shown by a macro on an opted-in page: the macro's output is not a template
    index = BeautifulSoup((out / "tips/index.html").read_text(encoding="utf-8"), "lxml")
    assert f"Titel {MATH}" in [a.get_text(strip=True) for a in index.select("article li a")]
    page = BeautifulSoup((out / "nieuws/index.html").read_text(encoding="utf-8"), "lxml")
    assert _paragraph(page, "Code:") == f"Code: {RCE}".replace("_", "")
    assert _paragraph(page, "Som:") == f"Som: {MATH}"
    home = (out / "index.html").read_text(encoding="utf-8")
    assert f"Testopvang {MATH}" in BeautifulSoup(home, "lxml").get_text()
    assert "Testopvang 49" not in home


def test_files_with_a_byte_order_mark_build_as_usual(payload_build):
    out, _, bom_tip = payload_build
    page = BeautifulSoup((out / bom_tip.url / "index.html").read_text(encoding="utf-8"), "lxml")
    assert page.find("h1").get_text(strip=True).rstrip("¶") == bom_tip.meta.title
    assert "\ufeff" not in page.get_text()


def test_no_page_of_the_payload_build_ran_the_command(payload_build):
    out, _, _ = payload_build
    pages = list(out.rglob("*.html"))
    assert len(pages) > 40
    for path in pages:
        assert "uid=" not in path.read_text(encoding="utf-8"), path


# --- the loader ---------------------------------------------------------------------------

def test_the_loader_uses_the_c_parser_when_pyyaml_has_it():
    from yaml.constructor import FullConstructor, SafeConstructor
    # the parser: libyaml's when PyYAML was built with it, else the pure-Python one
    parser = yaml.cyaml.CParser if yaml.__with_libyaml__ else yaml.parser.Parser
    assert issubclass(ContentLoader, parser)
    # ... and it is that parser's code that reads the text, not another one earlier in the MRO
    reads = next(c for c in ContentLoader.__mro__ if "get_single_node" in vars(c))
    assert reads is parser, reads
    # the constructor: the safe one, nothing that builds Python objects
    assert issubclass(ContentLoader, SafeConstructor) and not issubclass(ContentLoader, FullConstructor)
    for unsafe in (getattr(yaml, "CLoader", None), getattr(yaml, "CFullLoader", None), yaml.Loader, yaml.FullLoader,
                   yaml.UnsafeLoader):
        assert unsafe is None or not issubclass(ContentLoader, unsafe), unsafe


def test_the_loader_refuses_duplicate_keys_at_any_depth_and_keeps_lines():
    data, lines = parse_yaml("a:\n  b: 1\n  c: [x, y]\nd: 2\n")
    assert data == {"a": {"b": 1, "c": ["x", "y"]}, "d": 2}
    assert lines[("a", "c")] == 3 and lines[("d",)] == 4 and lines[("a", "c", 1)] == 3
    for text, key, line in (("a: 1\na: 2\n", "a", 2), ("x:\n  - b: 1\n    c: 2\n    b: 3\n", "b", 4)):
        with pytest.raises(DuplicateKeyError) as err:
            parse_yaml(text)
        assert err.value.key == key and err.value.problem_mark.line + 1 == line


def test_the_loader_is_safe():
    with pytest.raises(yaml.YAMLError):
        parse_yaml("x: !!python/object/apply:os.system ['id']\n")


@pytest.fixture(scope="module")
def base_docs(tmp_path_factory) -> Path:
    return make_site(tmp_path_factory.mktemp("base"), code=False)


@pytest.fixture
def docs(tmp_path, base_docs) -> Path:
    dest = tmp_path / "docs"
    shutil.copytree(base_docs, dest)
    return dest


def test_files_saved_with_a_byte_order_mark_are_read(docs):
    site = load_site(docs, LANGUAGES)
    tip = site.tips["nl"][0]
    letter = site.letters[-1]
    for rel in (tip.path, "_data/organisation.yml", "_data/themes.yml", letter.path, "index.nl.md"):
        path = docs / rel
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    again = load_site(docs, LANGUAGES)
    assert again.tips["nl"][0].meta.title == tip.meta.title
    assert again.organisation.name == site.organisation.name
    assert again.letter_by_path(letter.path).meta.title == letter.meta.title


def test_a_title_with_a_less_than_sign_is_valid(docs):
    tip = load_site(docs, LANGUAGES).tips["nl"][0]
    path = docs / tip.path
    path.write_text(path.read_text(encoding="utf-8").replace(
        f"  title: {tip.meta.title}", '  title: "Kinderen < 4 jaar & hun ouders"', 1), encoding="utf-8")
    site = load_site(docs, LANGUAGES)
    assert site.tip_by_path(tip.path).meta.title == "Kinderen < 4 jaar & hun ouders"


def test_every_bad_input_message_is_dutch_first_with_english_beside_it(docs):
    from bad_input import ALL_CASES
    for case in ("colon_in_title", "org_website_http", "duplicate_key_in_sources", "letter_unknown_status"):
        overlay(docs, ALL_CASES[case].overlay)
    with pytest.raises(ContentError) as err:
        load_site(docs, LANGUAGES)
    assert len(err.value.problems) == 4
    for problem in err.value.problems:
        assert ", regel " in problem and " / line " in problem, problem


# --- pages and their macros -----------------------------------------------------------------

def test_the_list_of_page_macros_is_the_list_in_macros_init():
    tree = ast.parse((ROOT / "macros/__init__.py").read_text(encoding="utf-8"))
    defined = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)
               and any(ast.unparse(d) == "env.macro" for d in node.decorator_list)}
    assert defined == set(PAGE_MACROS)


def test_only_pages_that_call_a_macro_opt_in_to_rendering():
    opted = []
    for path in sorted((ROOT / "docs").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if "render_macros: true" in text.split("\n---", 1)[0]:
            opted.append(path)
            assert "{{" in text, path
    assert opted and not any("/brief/" in str(p) and "index." not in p.name for p in opted)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader)
    macros = next(p["macros"] for p in config["plugins"] if isinstance(p, dict) and "macros" in p)
    assert macros["render_by_default"] is False
    assert macros["on_error_fail"] is True and macros["on_undefined"] == "strict"


class _AnyTagLoader(yaml.SafeLoader):
    """mkdocs.yml has !ENV and !!python/name tags: read them as plain values."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_AnyTagLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


HARMLESS = """\
Een <abbr title="Voor- en vroegschoolse educatie">VVE</abbr>-groep.<br>
<span class="note">Let op</span> en <a href="https://www.example.org/">een link</a>,
<a href="../feedback/">een andere pagina</a> of [een link](https://www.example.org/ "titel").

## Een kop {#een-kop}

Schrijf in code `<script>alert(1)</script>` of `[x](javascript:alert(1))`: dat blijft tekst.

```html
<iframe src="https://example.org"></iframe>
<a href="javascript:alert(1)" onclick="x()">voorbeeld</a>
```

Ouders online = samen; data: de cijfers. Een plaatje: ![foto](../foto.png){: width="200" }
"""


def test_harmless_html_and_code_examples_pass_the_markup_check():
    problems: list[str] = []
    check_markup("tips/x/y.nl.md", HARMLESS, 1, problems)
    assert problems == []


def test_the_markup_check_names_the_line_in_the_file():
    problems: list[str] = []
    check_markup("tips/x/y.nl.md", "Regel een.\n\nRegel drie <script>x</script>\n", 20, problems)
    assert problems == ["tips/x/y.nl.md, regel 22: het HTML-element <script> mag niet in de tekst / "
                        "line 22: the HTML element <script> is not allowed in content"]


# --- the organisation's colours ----------------------------------------------------------------

def _org(colour: str) -> Organisation:
    return Organisation(name="Test", colour=colour)


@pytest.mark.parametrize("colour", ["#00695c", "#1565c0", "#000000", "#4a148c", "#b71c1c"])
def test_a_dark_colour_gets_white_header_text_and_is_its_own_link_colour(colour):
    org = _org(colour)
    assert org.header_text == "#ffffff"
    assert org.link_colour == colour
    assert contrast_ratio(org.link_colour, "#ffffff") >= 4.5


@pytest.mark.parametrize("colour", ["#ffeb3b", "#ffffff", "#80deea", "#ffc107", "#8bc34a"])
def test_a_light_colour_gets_black_header_text_and_a_darker_link_colour(colour):
    org = _org(colour)
    assert org.header_text == "#000000"
    assert contrast_ratio(colour, org.header_text) > contrast_ratio(colour, "#ffffff")
    link = org.link_colour
    assert link != colour and contrast_ratio(link, "#ffffff") >= 4.5
    # the same hue, not simply black: each channel is scaled by about the same factor
    channels = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    darker = [int(link[i:i + 2], 16) for i in (1, 3, 5)]
    assert all(d <= c for d, c in zip(darker, channels))
    assert link != "#000000" or colour == "#000000"


def test_the_header_text_is_the_one_with_the_higher_contrast_for_every_grey():
    for level in range(0, 256, 5):
        colour = f"#{level:02x}{level:02x}{level:02x}"
        org = _org(colour)
        other = "#000000" if org.header_text == "#ffffff" else "#ffffff"
        assert contrast_ratio(colour, org.header_text) >= contrast_ratio(colour, other)
        assert contrast_ratio(colour, org.header_text) >= 4.5  # black or white always reaches 4.58:1


def test_a_light_colour_is_accepted_by_the_build_check(docs):
    overlay(docs, "fork_organisation")  # a fork's light colour
    org = load_site(docs, LANGUAGES).organisation
    assert contrast_ratio(org.colour, "#ffffff") < 4.5  # light indeed
    assert (org.header_text, contrast_ratio(org.link_colour, "#ffffff") >= 4.5) == ("#000000", True)


def test_code_that_markdown_does_not_treat_as_code_is_still_checked():
    # Inside a raw HTML block Markdown leaves backticks alone: this script would run.
    problems: list[str] = []
    check_markup("tips/x/y.nl.md", "<div>`</div>\n<script>alert(1)</script>\n<div>`</div>\n", 5, problems)
    assert problems == ["tips/x/y.nl.md, regel 6: het HTML-element <script> mag niet in de tekst / "
                        "line 6: the HTML element <script> is not allowed in content"]
