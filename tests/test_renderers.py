"""The renderers, called directly: content in, Markdown out."""
from __future__ import annotations

from macros import sources, tips


def test_tip_page_has_title_summary_facts_body_checklist_and_source(content):
    tip = next(t for t in content.tips["en"] if t.id == "intake-informatie-geven")
    md = tips.render_tip_page(tip, content, "en", tip.body)
    assert md.startswith(f"# {tips.escape_md(tip.meta.title)}\n")
    assert tip.meta.summary in md
    assert "[Get to know each other](index.md)" in md
    assert md.index("## Why it matters") < md.index("## Checklist") < md.index("## Source")
    for item in tip.meta.checklist:
        assert f"- {tips.escape_md(item)}" in md
    assert "Landelijke Kwaliteitsmonitor Kinderopvang (LKK)" in md
    assert "](../../bronnen.md)" in md


def test_tip_text_cannot_inject_markdown_or_html(content):
    tip = content.tips["nl"][0]
    tip.meta = tip.meta.model_copy(update={"title": "A *b* <script>", "summary": "<b>x</b>"})
    md = tips.render_tip_page(tip, content, "nl", "")
    assert "<script>" not in md and "<b>" not in md
    assert r"A \*b\* \<script\>" in md


def test_theme_page_lists_its_tips_in_order(content):
    md = tips.render_theme_page(content, "nl", "ouders-in-de-groep")
    assert md.startswith("# Betrek ouders bij de groep")
    links = [line for line in md.splitlines() if line.startswith("- [")]
    in_theme = sorted((t for t in content.tips["nl"] if t.meta.theme == "ouders-in-de-groep"),
                      key=lambda t: t.meta.order)
    assert [line.split("](")[1].split(")")[0] for line in links] == [f"{t.id}.md" for t in in_theme]


def test_tip_index_groups_by_theme_with_plural_counts(content):
    md = tips.render_tip_index(content, "nl")
    assert "## [Vraag om feedback](feedback/index.md)" in md
    for theme in content.themes:
        n = sum(t.meta.theme == theme.id for t in content.tips["nl"])
        assert (f"*({n} tip)*" if n == 1 else f"*({n} tips)*") in md, theme.id
    assert md.count("- [**") == len(content.tips["nl"])


def test_md_link_is_relative_to_the_page():
    assert tips.md_link("tips/a/b.md", "bronnen.md") == "../../bronnen.md"
    assert tips.md_link("index.md", "tips/a/index.md") == "tips/a/index.md"


def test_sources_page_lists_sources_reading_and_references(content):
    md = sources.render_sources(content, "en")
    assert md.index("## What this toolkit is based on") < md.index("## Further reading") < md.index("## References")
    assert "Expertisecentrum Kinderopvang" in md
    assert "<https://goab.eu/media/2j2dvemi/handreiking-ouders-vve-goab.pdf>" in md
