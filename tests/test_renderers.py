"""The renderers, called directly: content in, Markdown out."""
from __future__ import annotations

from markupsafe import escape

from macros.kinds.fixed import render_sources, render_tip_index
from macros.kinds.theme import render_theme_page
from macros.kinds.tip import render_tip_page
from macros.render.markdown import escape_md
from macros.render.tips import count_tips


def test_tip_page_has_title_summary_facts_body_checklist_and_source(content, routes):
    tip = content.tips["en"][0]
    words = content.labels["en"]
    md = render_tip_page(tip, content, routes, "en", tip.body)
    assert md.startswith(f"# {escape_md(tip.meta.title)}\n")
    assert f'<p class="tip-summary">{escape(tip.meta.summary)}</p>' in md  # raw HTML: escaped for HTML
    assert f"[{escape_md(content.theme(tip.meta.theme).text('en').title)}](index.md)" in md
    first_heading = next(line for line in tip.body.splitlines() if line.startswith("## "))
    assert md.index(first_heading) < md.index(f"## {escape_md(words.checklist)}") < md.index(
        f"## {escape_md(words.source if len(tip.meta.sources) == 1 else words.sources)}")
    for item in tip.meta.checklist:
        assert f"- {escape_md(item)}" in md
    for ref in tip.meta.sources:
        assert escape_md(content.source(ref).author) in md
    assert "](../../bronnen.md)" in md


def test_tip_text_cannot_inject_markdown_or_html(content, routes):
    import copy
    tip = copy.copy(content.tips["nl"][0])
    tip.meta = tip.meta.model_copy(update={"title": "A *b* <script>", "summary": "<b>x</b>"})
    md = render_tip_page(tip, content, routes, "nl", "")
    assert "<script>" not in md and "<b>" not in md
    assert r"A \*b\* &lt;script&gt;" in md


def test_theme_page_lists_its_tips_in_order_and_its_sheets(content, routes):
    theme = content.themes[1]
    md = render_theme_page(content, routes, "nl", theme.id)
    assert md.startswith(f"# {escape_md(theme.text('nl').title)}")
    links = [line.split("](")[1].split(")")[0] for line in md.splitlines() if line.startswith("- [")]
    assert links == [f"{t.id}.md" for t in content.tips_of("nl", theme.id)] + [
        f"../../checklists/{theme.id}.md", f"../../werkbladen/{theme.id}.md", f"../../boekjes/{theme.id}.md"]


def test_tip_index_groups_by_theme_with_plural_counts(content, routes):
    md = render_tip_index(content, routes, "nl")
    for theme in content.themes:
        count = len(content.tips_of("nl", theme.id))
        assert f"## [{escape_md(theme.text('nl').title)}]({theme.id}/index.md)" in md
        assert f"*({escape_md(count_tips(content, 'nl', count))})*" in md
    assert md.count("- [**") == len(content.tips["nl"])


def test_sources_page_lists_sources_reading_and_references(content):
    md = render_sources(content, "en")
    words = content.labels["en"]
    headings = [f"## {escape_md(words.sources_used)}"]
    headings += [f"## {escape_md(words.further_reading)}"] if content.sources.further_reading else []
    headings += [f"## {escape_md(words.references)}"] if content.sources.references else []
    assert [md.index(h) for h in headings] == sorted(md.index(h) for h in headings)
    for source in content.sources.sources:
        assert escape_md(source.author) in md
    for reference in content.sources.further_reading:
        if reference.url:
            assert f"<{reference.url}>" in md


def test_markdown_templates_escape_every_value_and_html_for_raw_html(content, routes):
    import pytest

    from macros.render.jinja import render_md, trusted
    hostile = "<img src=x onerror=alert(1)> *bold* [link](javascript:x) `code` _i_ # h | t"
    md = render_md("not_translated.md", note=hostile, markdown=trusted("body"))
    assert "<img" not in md and "&lt;img" in md and r"\*bold\*" in md and r"\[link\]" in md
    assert md.endswith("\n\nbody")
    tip = content.tips["nl"][0]
    tip = type(tip)(**{**tip.__dict__, "meta": tip.meta.model_copy(update={"summary": hostile, "time": '"x" <y>'})})
    page = render_tip_page(tip, content, routes, "nl", "")
    assert f'<p class="tip-summary">{escape(hostile)}</p>' in page  # raw HTML: escaped for HTML
    assert "<dd>&#34;x&#34; &lt;y&gt;</dd>" in page
    with pytest.raises(ValueError):
        render_md("checklist.html")
