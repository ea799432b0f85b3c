"""The renderers, called directly: content in, Markdown out."""
from __future__ import annotations

from macros.kinds.fixed import render_sources, render_tip_index
from macros.kinds.theme import render_theme_page
from macros.kinds.tip import render_tip_page
from macros.render.markdown import escape_md


def test_tip_page_has_title_summary_facts_body_checklist_and_source(content, routes):
    tip = next(t for t in content.tips["en"] if t.id == "intake-informatie-geven")
    md = render_tip_page(tip, content, routes, "en", tip.body)
    assert md.startswith(f"# {escape_md(tip.meta.title)}\n")
    assert tip.meta.summary in md
    assert "[Get to know each other](index.md)" in md
    assert md.index("## Why it matters") < md.index("## Checklist") < md.index("## Source")
    for item in tip.meta.checklist:
        assert f"- {escape_md(item)}" in md
    assert escape_md(content.source(tip.meta.source).author) in md
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
        assert f"*({count} tip{'s' if count != 1 else ''})*" in md
    assert md.count("- [**") == len(content.tips["nl"])


def test_sources_page_lists_sources_reading_and_references(content):
    md = render_sources(content, "en")
    assert md.index("## What this toolkit is based on") < md.index("## Further reading") < md.index("## References")
    for source in content.sources.sources:
        assert escape_md(source.author) in md
    for reference in content.sources.further_reading:
        if reference.url:
            assert f"<{reference.url}>" in md
