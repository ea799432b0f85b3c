"""The draft vision from the vision template's answers, and the example answers on the sheets:
as a team gets them (type, click, download), and as a fork publishes the downloaded file."""
from __future__ import annotations

import re

import pytest
import yaml
from bs4 import BeautifulSoup
from docx import Document

from conftest import built_ok, make_site
from macros.kinds import worksheet
from macros.render import sheets
from macros.content import ContentError, load_site

LANGUAGES = ["nl", "en"]
PREFIX = {"nl": "", "en": "en/"}
# 24 words; {n} makes each answer findable.
ANSWER = ("Zin {n}: wij praten elke dag met ouders over hoe het gaat met hun kind, en we "
          "luisteren goed naar wat zij ons vertellen.")
PAYLOAD = "Ook dit blijft tekst: <script>alert(1)</script> en {{ 7*7 }} en {% if true %}ja{% endif %} hier."


def vision_sheet(content, lang):
    return worksheet.build_worksheet(content, lang, "visie", "https://example.invalid/")


def answers_of(sheet):
    """(part heading, item heading or None, answer id) of every answer box, in page order."""
    out = []
    for part in sheet.parts:
        for block in part.blocks:
            if isinstance(block, sheets.AnswerGroup):
                out += [(part.heading, a.label, a.id) for a in block.answers]
            else:
                out.append((part.heading, block.label if len(part.blocks) > 1 else None, block.id))
    return out


def type_and_download(page, site_url, lang, values: dict[str, str]):
    page.goto(site_url + PREFIX[lang] + "werkbladen/visie/")
    for answer_id, value in values.items():
        page.fill(f".sheet-paper textarea[data-answer='{answer_id}']", value)
    with page.expect_download() as info:
        page.locator("[data-vision-draft-make]").click()
    download = info.value
    return download.suggested_filename, download.path().read_text(encoding="utf-8")


def sections(soup):
    """The text under each h2 of the article, by heading; and the h3 headings under each."""
    article = soup.select_one("article")
    out, current = {}, None
    for el in article.find_all(["h2", "h3", "p"]):
        if el.name == "h2":
            current = el.get_text(" ", strip=True).rstrip("¶").strip()
            out[current] = {"text": "", "h3": []}
        elif current is not None:
            if el.name == "h3":
                out[current]["h3"].append(el.get_text(" ", strip=True).rstrip("¶").strip())
            out[current]["text"] += " " + el.get_text(" ", strip=True)
    return out


# --- the example answers ---------------------------------------------------------------------

def test_examples_show_on_every_sheet_that_has_them(site_dir, content):
    words = {lang: content.labels[lang].sheets.examples for lang in LANGUAGES}
    shown = 0
    for sheet in content.worksheets:
        for lang in LANGUAGES:
            soup = BeautifulSoup((site_dir / PREFIX[lang] / "werkbladen" / sheet.id / "index.html")
                                 .read_text(encoding="utf-8"), "lxml")
            for section in sheet.text(lang).sections:
                for q in section.questions:
                    if not q.examples:
                        continue
                    box = soup.find(id=(f"{q.id}-examples" if not q.per_theme
                                        else f"{q.id}-{content.themes[0].id}-group-examples"))
                    assert box is not None, (sheet.id, lang, q.id)
                    assert box.select_one(".sheet-examples__label").get_text(strip=True) == words[lang]
                    assert [li.get_text(strip=True) for li in box.select("li")] == q.examples
                    described = soup.find(attrs={"aria-describedby": re.compile(box["id"])})
                    assert described is not None, box["id"]  # read out with the question
                    shown += 1
    assert shown


def _first_question_with_examples(data):
    for i, sheet in enumerate(data["worksheets"]):
        for s, section in enumerate(sheet["nl"]["sections"]):
            for q, question in enumerate(section["questions"]):
                if question.get("examples"):
                    return i, s, q
    pytest.fail("the base fixture site has a question with examples")


def _mutated(tmp_path, change):
    docs = make_site(tmp_path, code=False)
    path = docs / "_data/worksheets.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    i, s, q = _first_question_with_examples(data)
    change(data["worksheets"][i], s, q)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_site(docs, LANGUAGES)
    return str(err.value), data["worksheets"][i]["id"], data["worksheets"][i]["nl"]["sections"][s]["questions"][q]["id"]


def test_more_than_two_examples_are_refused(tmp_path):
    def change(sheet, s, q):
        sheet["nl"]["sections"][s]["questions"][q]["examples"] += ["Een derde.", "Een vierde."]
    message, _, _ = _mutated(tmp_path, change)
    assert "_data/worksheets.yml" in message
    assert "examples" in message and "at most 2 short example answers" in message


def test_a_long_example_is_refused(tmp_path):
    def change(sheet, s, q):
        sheet["en"]["sections"][s]["questions"][q]["examples"][0] = "word " * 40
    message, _, _ = _mutated(tmp_path, change)
    assert "_data/worksheets.yml" in message and "examples" in message
    assert "expected at most 140 characters" in message


def test_examples_in_one_language_only_are_refused(tmp_path):
    def change(sheet, s, q):
        del sheet["en"]["sections"][s]["questions"][q]["examples"]
    message, sheet_id, question_id = _mutated(tmp_path, change)
    assert "_data/worksheets.yml" in message
    assert (f"worksheet '{sheet_id}' question '{question_id}' has 0 example(s) in 'en' and 2 in "
            "'nl'; expected the same number of examples in every language") in message
    assert f"werkblad '{sheet_id}', vraag '{question_id}'" in message  # Dutch first


# --- the draft vision -------------------------------------------------------------------------

def test_nothing_typed_gives_a_message_and_no_file(page, site_url, content):
    page.goto(site_url + "werkbladen/visie/")
    downloads = []
    page.on("download", lambda d: downloads.append(d))
    page.locator("[data-vision-draft-make]").click()
    status = page.locator("[data-vision-draft-status]")
    assert status.inner_text().strip() == content.labels["nl"].vision.draft_nothing
    assert downloads == []


def test_the_draft_in_english_is_visie_en_md_with_its_front_matter(page, site_url, content):
    sheet = vision_sheet(content, "en")
    part, heading, answer_id = answers_of(sheet)[0]
    name, text = type_and_download(page, site_url, "en", {answer_id: ANSWER.format(n=1)})
    assert name == "visie.en.md"
    assert text.startswith(content.vision_heads["en"])
    assert f"\n## {part}\n" in text
    assert ANSWER.format(n=1) in text


def test_typed_answers_become_the_vision_page_of_a_fork(page, site_url, content, tmp_path):
    sheet = vision_sheet(content, "nl")
    boxes = answers_of(sheet)
    # Every other answer box is filled in (one of them twice, on two lines); the rest stay empty.
    typed = {}
    for n, (_, _, answer_id) in enumerate(boxes):
        if n % 2 == 0:
            typed[answer_id] = ANSWER.format(n=n)
    first = boxes[0][2]
    typed[first] += "\n" + ANSWER.format(n="extra")
    payload_box = boxes[2][2]
    typed[payload_box] = PAYLOAD
    name, text = type_and_download(page, site_url, "nl", typed)

    # the file: the front matter of docs/visie.nl.md, then the text; no '# ' heading, no blanks
    assert name == "visie.nl.md"
    head = content.vision_heads["nl"]
    assert text.startswith(head)
    body = text[len(head):]
    assert not re.search(r"^# ", body, re.M)
    blocks = [b for b in body.split("\n\n") if b.strip()]
    for here, after in zip(blocks, blocks[1:] + ["# end"]):
        level = len(here) - len(here.lstrip("#")) if here.startswith("#") else 0
        below = len(after) - len(after.lstrip("#")) if after.startswith("#") else 99
        assert not level or below > level, f"nothing under the heading {here!r}"
    assert "<script>" not in text and "{{" not in text and "{%" not in text
    for answer_id, value in typed.items():
        if value != PAYLOAD:
            for line in value.split("\n"):
                assert f"\n{line}\n" in body, line  # each line typed is a paragraph
    parts_answered = {part for part, _, answer_id in boxes if answer_id in typed}
    assert re.findall(r"^## (.+)$", body, re.M) == [p.heading for p in sheet.parts
                                                    if p.heading in parts_answered]
    # the page says what was left out
    status = page.locator("[data-vision-draft-status]").inner_text()
    assert content.labels["nl"].vision.draft_left_out in status
    assert page.evaluate("localStorage.length") == 0  # nothing kept without the opt-in
    assert page.watch.foreign_requests == []

    # the fork: the file becomes docs/visie.nl.md of a (fixture) site, which builds --strict
    docs = make_site(tmp_path / "fork")
    (docs / "visie.nl.md").write_text(text, encoding="utf-8")
    site = built_ok(docs, tmp_path / "site")
    soup = BeautifulSoup((site / "visie/index.html").read_text(encoding="utf-8"), "lxml")
    article = soup.select_one("article")
    # one title, the site's; the comments of the front matter are not on the page
    assert [h.get_text(strip=True).rstrip("¶") for h in article.find_all("h1")] == [
        content.labels["nl"].vision.title]
    for line in head.splitlines():
        if line.startswith("# ") and len(line) > 10:
            assert line[2:] not in article.get_text(" "), line
    found = sections(soup)
    for part, heading, answer_id in boxes:
        if answer_id not in typed:
            if heading:
                assert heading not in found.get(part, {}).get("h3", []), (part, heading)
            continue
        assert part in found, part
        if heading:
            assert heading in found[part]["h3"], (part, heading)
        for line in typed[answer_id].split("\n"):
            assert line in found[part]["text"], (part, line)  # under its own heading
    for part in sheet.parts:
        if part.heading not in parts_answered:
            assert part.heading not in found
    # the payload is text on the page, never an element or a template's result
    assert PAYLOAD in article.get_text(" ")
    assert not [s for s in soup.find_all("script") if "alert" in (s.string or "")]
    assert "ja hier" not in article.get_text(" ")
    # the home page now links to the vision
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "lxml")
    link = home.find("a", string=content.labels["nl"].vision.read_it)
    assert link is not None and link["href"].rstrip("/").endswith("visie")



def test_the_draft_as_a_word_file_has_the_same_text(page, site_url, content, tmp_path):
    sheet = vision_sheet(content, "nl")
    boxes = answers_of(sheet)
    typed = {boxes[0][2]: ANSWER.format(n=0), boxes[-1][2]: ANSWER.format(n=len(boxes) - 1)}
    page.goto(site_url + "werkbladen/visie/")
    for answer_id, value in typed.items():
        page.fill(f".sheet-paper textarea[data-answer='{answer_id}']", value)
    with page.expect_download() as info:
        page.locator("[data-vision-draft-word]").click()
    download = info.value
    assert re.fullmatch(r"visie-nl-\d{4}-\d{2}-\d{2}\.docx", download.suggested_filename)
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    doc = Document(str(path))
    from test_word_download import assert_layout
    assert_layout(doc, "nl")
    paragraphs = [(p.style.name, p.text) for p in doc.paragraphs if p.text.strip()]
    assert paragraphs[0] == ("Heading 1", content.labels["nl"].vision.title)
    headings = [text for style, text in paragraphs if style == "Heading 2"]
    assert headings == [boxes[0][0], boxes[-1][0]]  # only the parts with an answer
    for value in typed.values():
        assert ("Normal", value) in paragraphs or any(text == value for _, text in paragraphs)
    assert len([1 for _, text in paragraphs if text.startswith("Zin ")]) == 2
    assert page.watch.foreign_requests == []
