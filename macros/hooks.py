"""MkDocs hooks: validate the content before anything is built, decorate tip pages, order the
navigation and name its sections. A small dispatcher; the work is done by the renderers."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.nav import Section

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from macros import letters, organisation, search, sheets, theme_fixes, tips, word  # noqa: E402
from macros import sheet_docx_name  # noqa: E402
from macros.content import ContentError  # noqa: E402
from macros.site import current_language, load_content, site_content  # noqa: E402

_nav = None


@event_priority(-110)  # after mkdocs-static-i18n has set up the language being built
def on_config(config):
    """Validate all content first; then apply the organisation's logo and edit links."""
    _pin_build_date(config)
    try:
        site = load_content(config)
    except ContentError as err:
        raise PluginError(str(err)) from None
    org = site.organisation
    if org.name not in config["site_name"]:
        config["site_name"] = f"{config['site_name']} · {org.name}"
    if org.logo:
        config["theme"]["logo"] = org.logo
    # "Edit this page": the repository named by CI (the GitHub Pages workflow sets EDIT_URI),
    # else the one in organisation.yml, else no link.
    edit_uri = os.environ.get("EDIT_URI") or (
        f"{org.repository.rstrip('/')}/edit/main/docs/" if org.repository else None)
    if edit_uri:
        config["edit_uri"] = edit_uri if edit_uri.endswith("/") else edit_uri + "/"
    return config


def _pin_build_date(config) -> None:
    """Reproducible builds: the build date (sitemap, footers) is the last commit's date unless
    SOURCE_DATE_EPOCH says otherwise, so two builds of one commit give the same bytes."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return
    try:
        stamp = subprocess.run(["git", "log", "-1", "--format=%ct"], capture_output=True, text=True,
                               cwd=Path(config["config_file_path"]).parent, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return
    if stamp.isdigit():
        os.environ["SOURCE_DATE_EPOCH"] = stamp


def _src(page_or_file, config) -> str:
    file = getattr(page_or_file, "file", page_or_file)
    return Path(file.abs_src_path).relative_to(Path(config["docs_dir"]).resolve()).as_posix()


def _sort_key(item, config, position):
    """Index page first; themes in themes.yml order; tips by `order`; top level by extra.nav_order."""
    site = site_content(config)
    page = item.children[0] if isinstance(item, Section) and item.children else item
    file = getattr(page, "file", None)
    if file is None:
        return (2, position)
    src = _src(file, config)
    parts = src.split("/")
    if isinstance(item, Section):
        parts = parts[: len(parts) - 1]
    if not isinstance(item, Section) and file.name == "index":
        return (0, 0)
    if parts[0] == "tips" and len(parts) == 2 and isinstance(item, Section):
        ids = [t.id for t in site.themes]
        return (1, ids.index(parts[1]) if parts[1] in ids else len(ids))
    tip = site.tip_by_path(src)
    if tip is not None:
        return (1, tip.meta.order)
    if len(parts) == 2 and parts[0] in ("checklists", "werkbladen") and not isinstance(item, Section):
        names = sheets.checklist_names(site) if parts[0] == "checklists" else sheets.worksheet_names(site)
        name = parts[1].split(".")[0]
        return (1, names.index(name) if name in names else len(names))
    letter = site.letter_by_path(src)
    if letter is not None:
        source = letter.meta.status == "source"
        return (1, 0 if source else 1, letters.language_name(letter.code, current_language(config)))
    order = config["extra"].get("nav_order", [])
    name = parts[-1] if isinstance(item, Section) else parts[-1].split(".")[0]
    return (1, order.index(name) if name in order else len(order), name)


def _sort(items, config):
    keyed = [(_sort_key(it, config, i), i, it) for i, it in enumerate(items)]
    items[:] = [it for _, _, it in sorted(keyed, key=lambda k: (k[0], k[1]))]
    for item in items:
        if isinstance(item, Section):
            _sort(item.children, config)


def on_nav(nav, config, files):
    global _nav
    _sort(nav.items, config)
    pages = []

    def walk(items):
        for item in items:
            if isinstance(item, Section):
                walk(item.children)
            elif getattr(item, "file", None) is not None:
                pages.append(item)
    walk(nav.items)
    for i, page in enumerate(pages):
        page.previous_page = pages[i - 1] if i else None
        page.next_page = pages[i + 1] if i + 1 < len(pages) else None
    nav.pages = pages
    _nav = nav
    return nav


@event_priority(-50)  # after the macros plugin has rendered the page
def on_page_markdown(markdown, page, config, files):
    site = site_content(config)
    lang = current_language(config)
    src = _src(page, config)
    tip = site.tip_by_path(src)
    if tip is not None:
        markdown = tips.render_tip_page(tip, site, lang, markdown)
    letter = site.letter_by_path(src)
    if letter is not None:  # one file per letter language, shown in every site language
        path = page.url.strip("/")
        to_root = "../" * (path.count("/") + 1 if path else 0)
        return letters.render_letter_page(site, letter, lang, to_root + _docx_path(letter),
                                          site.organisation)
    if src == f"visie.{lang}.md" or src == f"visie.{site.languages[0]}.md":
        markdown = organisation.render_vision_page(site, lang, markdown)
    if getattr(page.file, "locale", lang) != lang:
        markdown = f'!!! note "{site.labels[lang].not_translated}"\n\n{markdown}'
    return markdown


def on_env(env, config, files):
    """Give templates the organisation and the words of the language being built; and, now
    that every page has its title, let a section take the title of its index page."""
    site = site_content(config)
    env.globals["organisation"] = site.organisation
    env.globals["words"] = site.labels[current_language(config)]
    def walk(items):
        for item in items:
            if isinstance(item, Section):
                first = item.children[0] if item.children else None
                if first is not None and getattr(first, "is_index", False) and first.title:
                    item.title = first.title
                walk(item.children)
    if _nav is not None:
        walk(_nav.items)
    return env


def _docx_path(letter) -> str:
    return f"brief/{letter.code}/{letters.docx_name(letter)}"


_default_404: bytes | None = None


def _i18n(config):
    return config["plugins"]["i18n"]


def _write_word_files(config):
    """Write the Word files: every letter next to its Dutch-site page, every checklist and
    worksheet next to its page in the language being built. Same bytes on every build."""
    global _default_404
    site = site_content(config)
    site_dir = Path(config["site_dir"])
    if not _i18n(config).building and current_language(config) == site.languages[0]:
        # The default language's build, before the other languages overwrite its 404 page.
        _default_404 = (site_dir / "404.html").read_bytes()
    lang = current_language(config)
    if lang == site.languages[0]:  # letters do not depend on the site's language
        for letter in site.letters:
            _write(site_dir / _docx_path(letter), word.letter_docx(letter))
    prefix = "" if lang == site.languages[0] else f"{lang}/"
    words = site.labels[lang].sheets
    for name in sheets.checklist_names(site):
        path = f"{prefix}checklists/{name}/"
        checklist = sheets.build_checklist(site, lang, name)
        _write(site_dir / path / sheet_docx_name("checklist", name),
               word.checklist_docx(checklist, words, lang, config["site_url"] + path))
    for name in sheets.worksheet_names(site):
        path = f"{prefix}werkbladen/{name}/"
        sheet = sheets.build_worksheet(site, lang, name)
        _write(site_dir / path / sheet_docx_name("werkblad", name),
               word.worksheet_docx(sheet, words, lang, config["site_url"] + path))


@event_priority(-200)  # after mkdocs-static-i18n has built every language and the search index
def _finish_site(config):
    """Once every language is built: the default language's 404 page back in place, and one
    search index per language, so readers search (and download) only their own language."""
    if _i18n(config).building:
        return  # a language built from within the default one; the site is not finished yet
    site = site_content(config)
    site_dir = Path(config["site_dir"])
    if _default_404 is not None:
        (site_dir / "404.html").write_bytes(_default_404)
    index_path = site_dir / "search/search_index.json"
    if index_path.exists():
        for lang, index in search.split_index(json.loads(index_path.read_text(encoding="utf-8")),
                                              site.languages).items():
            target = site_dir / ("" if lang == site.languages[0] else lang) / "search/search_index.json"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")),
                              encoding="utf-8")


on_post_build = CombinedEvent(_write_word_files, _finish_site)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def on_post_page(output, page, config):
    """Repair Material's HTML (see theme_fixes), and point the page's search at its own
    language's index."""
    output = theme_fixes.repair(output)
    site = site_content(config)
    lang = current_language(config)
    if lang != site.languages[0]:
        output = search.scope_to_language(output, lang)
    return output


def on_post_template(output_content, template_name, config):
    """The same repairs for pages built from a template alone (404.html)."""
    return theme_fixes.repair(output_content) if template_name.endswith(".html") else output_content
