"""Renderers for what makes the toolkit an organisation's own: its vision page, its line on the
home page, and the translation status of every tip, page and letter."""
from __future__ import annotations

import posixpath
from html import escape

from .content import Site
from .letters import language_name, status_text
from .routes import Routes
from .tips import escape_md


def vision_written(site: Site, lang: str) -> bool:
    return bool(site.vision.get(lang))


def render_vision_page(site: Site, routes: Routes, lang: str, body: str) -> str:
    """The vision as the organisation wrote it, or, while it is empty, where to start.
    The text is the one the content loader read (front matter and comments removed): MkDocs
    keeps a front matter of comments only in `body`, and would show its lines as headings."""
    words = site.labels[lang].vision
    title = f"# {escape_md(words.title)}\n\n"
    if vision_written(site, lang):
        return title + site.vision[lang].strip() + "\n"
    name = site.organisation.name
    sheet = site.worksheet("visie")
    link = (f"[{escape_md(sheet.text(lang).title)}]({routes.md_href('visie.md', 'worksheet', 'visie')})"
            if sheet else "")
    return (title + f'!!! info "{escape(words.not_written.format(name=name))}"\n\n'
            f"    {escape_md(words.write_it)} {link}\n")


def render_home_organisation(site: Site, routes: Routes, lang: str, from_src: str = "index.md") -> str:
    """Whose toolkit this is, and a link to its vision once it is written."""
    org = site.organisation
    words = site.labels[lang]
    out = f"{escape_md(words.organisation.published_by.format(name=org.name))}"
    if vision_written(site, lang):
        out += f" **[{escape_md(words.vision.read_it)}]({routes.md_href(from_src, 'page', 'vision')})**"
    return out + "\n"


def _status(site: Site, reader: str, lang: str, present: bool) -> str:
    """The status of the `lang` version, in the reader's words."""
    words = site.labels[reader].status_page
    if not present:
        return escape_md(words.missing)
    return escape_md(getattr(words, site.labels[lang].translation.status))


def render_translation_status(site: Site, routes: Routes, lang: str, from_src: str = "vertalingen.md") -> str:
    """For every tip, page and letter: which languages have it, and with which status."""
    words = site.labels[lang].status_page
    langs = site.languages
    head = "| " + " | ".join(escape_md(x) for x in [words.part] + [language_name(x, lang) for x in langs]) + " |\n"
    head += "| " + " | ".join(["---"] * (len(langs) + 1)) + " |\n"
    out = [f"## {escape_md(words.tips)}\n\n{head}"]
    for tip in site.tips[langs[0]]:
        cells = [_status(site, lang, x, any(t.id == tip.id for t in site.tips[x])) for x in langs]
        out.append(f"| [{escape_md(tip.meta.title)}]({routes.md_href(from_src, 'tip', tip.id)}) | "
                   + " | ".join(cells) + " |\n")
    out.append(f"\n## {escape_md(words.pages)}\n\n{head}")
    for page, present in sorted(site.pages.items()):
        if page.startswith("tips/") and not page.endswith("index.md"):
            continue
        cells = [_status(site, lang, x, x in present) for x in langs]
        href = posixpath.relpath(page, posixpath.dirname(from_src) or ".")
        out.append(f"| [`{page}`]({href}) | " + " | ".join(cells) + " |\n")
    out.append(f"\n## {escape_md(words.letters)}\n\n| {escape_md(words.part)} | "
               f"{escape_md(site.labels[lang].letter.status)} |\n| --- | --- |\n")
    for letter in site.letters:
        out.append(f"| [{escape_md(language_name(letter.code, lang))}]({routes.md_href(from_src, 'letter', letter.code)}) | "
                   f"{escape_md(status_text(site, letter, lang))} |\n")
    return "".join(out)
