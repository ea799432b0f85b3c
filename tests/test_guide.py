"""The intake conversation guide as users get it: made from the tips and the letter, filled in
on screen, printed, downloaded as a Word file, and reached from the letter and the checklist."""
from __future__ import annotations

import dataclasses
import io
import posixpath
import shutil

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from conftest import LANGUAGES, ROOT, SITE_URL
from macros.kinds import guide
from macros.content import ContentError, load_site
from macros.render.letters import plain_text
from macros.routes import Route, RouteError, Routes

PREFIX = {"nl": "", "en": "en/"}
PAGE = "checklists/kennismakingsgesprek/"
# A long answer: 20 to 30 words in every field.
LONG = {"nl": "Moeder brengt Noor op maandag en donderdag. Ze wil graag horen hoe Noor eet en slaapt, "
              "en of ze al met andere kinderen speelt. Vader haalt haar op.",
        "en": "Mother brings Noor on Mondays and Thursdays. She would like to hear how Noor eats and "
              "sleeps, and whether she already plays with other children. Father picks her up."}


def html(site_dir, rel):
    return BeautifulSoup((site_dir / rel / "index.html").read_text(encoding="utf-8"), "lxml")


def intake_items(content, lang, phase):
    return [(t.meta.title, list(t.meta.checklist)) for t in content.tips[lang]
            if t.meta.intake_phase == phase]


def words_of(text: str) -> int:
    return len(text.split())


# --- the built page ------------------------------------------------------------------------

def test_the_guide_holds_exactly_the_intake_tips_items_by_phase(site_dir, content):
    for lang in LANGUAGES:
        page = html(site_dir, PREFIX[lang] + PAGE)
        assert page.html["lang"] == lang
        phases = content.labels[lang].sheets.phases
        for phase in guide.PHASES:
            part = page.select_one(f".guide-part--{phase}")
            assert part.find("h2").get_text(strip=True) == getattr(phases, phase)
            found = [(tip.find("h3").get_text(strip=True),
                      [label.get_text() for label in tip.select("ul.checklist label")])
                     for tip in part.select(".checklist-tip")]
            assert found == intake_items(content, lang, phase), (lang, phase)
            assert found, f"no tip has intake_phase '{phase}'"
        # every action is in one phase only, and nothing else is to tick
        total = sum(len(items) for p in guide.PHASES for _, items in intake_items(content, lang, p))
        assert len(page.select(".sheet-paper ul.checklist input[type=checkbox]")) == total


def test_the_guide_asks_the_letters_three_questions_in_the_sites_language(site_dir, content):
    for lang in LANGUAGES:
        letter = next(x for x in content.letters if x.code == lang)  # nl.md, en.md
        page = html(site_dir, PREFIX[lang] + PAGE)
        block = page.select_one(".guide-part--during .guide-questions")
        labels = [label.get_text() for label in block.select("label")]
        assert labels == [plain_text(q, letter) for q in letter.questions]
        assert len(labels) == 3
        assert all(label.get("lang") is None for label in block.select("label"))  # the page's language
        for label in block.select("label"):
            area = page.find(id=label["for"])
            assert area.name == "textarea" and area["data-answer"].startswith("guide-question-")
        wishes = content.labels[lang].guide.wishes
        assert wishes in page.select_one(".guide-part--during").get_text()


def test_without_a_letter_in_the_sites_language_the_dutch_questions_are_marked_as_dutch(content):
    """A site language without a letter file (a fork adds Turkish to the site but has no
    tr.md) gets the source letter's questions, with their own lang and dir."""
    site = dataclasses.replace(content, letters=[x for x in content.letters if x.code != "en"])
    view = guide.build_guide(site, "en", "kennismakingsgesprek", SITE_URL + "en/" + PAGE)
    questions = view.parts[1].blocks[0]
    source = next(x for x in content.letters if x.meta.status == "source")
    assert [a.label for a in questions.answers] == [plain_text(q, source) for q in source.questions]
    assert (questions.lang, questions.dir) == (source.code, source.meta.direction)
    page = guide.render_guide_page(view, "x.docx")
    soup = BeautifulSoup(page, "lxml")
    assert all(label["lang"] == source.code for label in soup.select(".guide-questions label"))


def test_the_agreements_are_a_table_with_empty_rows_to_fill_in(site_dir, content):
    for lang in LANGUAGES:
        w = content.labels[lang].guide
        page = html(site_dir, PREFIX[lang] + PAGE)
        part = page.select_one(".guide-part--agreements")
        assert part.find("h2").get_text(strip=True) == w.agreements
        table = part.select_one("table.guide-agreements")
        assert [th.get_text(strip=True) for th in table.select("thead th")] == [w.who, w.what, w.when]
        rows = table.select("tbody tr")
        assert len(rows) == guide.AGREEMENT_ROWS
        for n, row in enumerate(rows, 1):
            areas = row.select("td > textarea")
            assert len(areas) == 3 and all(a.get_text() == "" for a in areas)
            assert [a["aria-label"] for a in areas] == [
                f"{w.agreement.format(number=n)}: {c}" for c in (w.who, w.what, w.when)]


def test_every_field_has_a_label_and_a_place_in_what_is_kept(site_dir):
    for lang in LANGUAGES:
        page = html(site_dir, PREFIX[lang] + PAGE)
        fields = page.select(".sheet-paper textarea, .sheet-paper input")
        assert len(fields) > 20
        answers = [f["data-answer"] for f in fields]
        assert len(answers) == len(set(answers))  # sheet.js keeps each under its own key
        for f in fields:
            label = page.select_one(f'label[for="{f["id"]}"]')
            name = label.get_text(strip=True) if label else f.get("aria-label", "")
            assert name.strip(), (lang, f["id"])


def test_the_guide_has_the_qr_code_and_sources_of_its_own_page(site_dir, content):
    for lang in LANGUAGES:
        page = html(site_dir, PREFIX[lang] + PAGE)
        url = SITE_URL + PREFIX[lang] + PAGE
        assert page.select_one(".sheet-foot a")["href"] == url
        assert page.select_one(".sheet-foot__qr svg") is not None
        sources = page.select_one(".sheet-foot__text").get_text()
        used = {ref for t in content.tips[lang] if t.meta.intake_phase for ref in t.meta.sources}
        for source in content.sources.sources:
            assert (source.text(lang).title in sources) == (source.id in used), source.id


# --- the Word file -------------------------------------------------------------------------

def test_the_empty_word_file_holds_the_same_sections_as_the_page(page, site_url, routes, content, tmp_path):
    """The "empty" Word file, made in the browser from the page as printed."""
    from test_word_download import assert_layout, clean, download, texts_of
    for lang in LANGUAGES:
        page.goto(site_url + routes.url(routes.of_kind("guide")[0], lang))
        _, doc, _ = download(page, page.locator('[data-word-download="empty"]'), tmp_path)
        assert_layout(doc, lang)
        texts = [p.text for p in doc.paragraphs]
        headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
        page_headings = [clean(h) for h in page.locator("article h1, .sheet-paper h2, .sheet-paper h3").all_inner_texts()]
        assert headings == page_headings
        assert texts[1] == content.organisation.name
        for label in page.locator(".sheet-paper ul.checklist label").all_inner_texts():
            assert f"☐ {label}" in texts
        cleaned = [clean(t) for t in texts]
        for label in page.locator(".sheet-paper .sheet-answer > label").all_inner_texts():
            assert clean(label) in cleaned
        w = content.labels[lang].guide
        agreements = [t for t in doc.tables if t.rows[0].cells[0].text == w.who]
        assert len(agreements) == 1
        table = agreements[0]
        assert [c.text for c in table.rows[0].cells] == [w.who, w.what, w.when]
        assert len(table.rows) == 1 + guide.AGREEMENT_ROWS
        assert all(c.text.strip() == "" for row in table.rows[1:] for c in row.cells)
        assert any(SITE_URL + routes.url(routes.of_kind("guide")[0], lang) in t for t in texts)
        assert doc.inline_shapes, "no QR code"
    assert page.watch.foreign_requests == [] and page.watch.console_errors == []


# --- links to the guide --------------------------------------------------------------------

def _links_to_guide(site_dir, rel, lang):
    page = html(site_dir, rel)
    target = PREFIX[lang] + PAGE
    found = []
    for a in page.select("article a[href]"):
        href = a["href"].split("#")[0]
        if "://" in href or not href:
            continue
        resolved = posixpath.normpath(posixpath.join("/" + rel, href)).lstrip("/") + "/"
        if resolved == target:
            found.append(a)
            assert (site_dir / resolved / "index.html").is_file()
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_letter_page_the_intake_checklist_and_the_overview_link_to_the_guide(site_dir, content, lang):
    title = content.labels[lang].guide.title
    for rel in ("brief/", "checklists/intake/", "checklists/"):
        links = _links_to_guide(site_dir, PREFIX[lang] + rel, lang)
        assert links, (lang, rel)
    checklist = html(site_dir, PREFIX[lang] + "checklists/intake/")
    link = _links_to_guide(site_dir, PREFIX[lang] + "checklists/intake/", lang)[0]
    assert link.get_text(strip=True) == title
    assert link.find_parent(class_="sheet-paper") is None  # on screen, not on the printed sheet
    assert checklist.select_one(".sheet-paper")
    overview = _links_to_guide(site_dir, PREFIX[lang] + "checklists/", lang)[0]
    assert overview.get_text(strip=True) == title
    nav = html(site_dir, PREFIX[lang] + PAGE).select("nav.md-nav a.md-nav__link--active")
    assert any(title in a.get_text() for a in nav)


# --- the route and the content model -------------------------------------------------------

def test_the_guide_has_a_route_for_its_page(routes):
    assert routes.path_of("guide", "kennismakingsgesprek", "en") == "en/" + PAGE
    assert routes.for_src("checklists/kennismakingsgesprek.nl.md").kind == "guide"


def test_two_routes_on_one_path_are_refused():
    with pytest.raises(RouteError, match=r"guide 'kennismakingsgesprek' and checklist "
                                         r"'kennismakingsgesprek' both want the path"):
        Routes([Route("checklist", "kennismakingsgesprek", PAGE, "checklists/kennismakingsgesprek.md"),
                Route("guide", "kennismakingsgesprek", PAGE, "checklists/kennismakingsgesprek.md")],
               LANGUAGES)


@pytest.fixture
def docs(tmp_path):
    dest = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", dest)
    return dest


def _lines_with_key(lines: list[str], key: str) -> list[int]:
    """The lines that give `key` a value, in the order of the file (one per site language)."""
    return [n for n, line in enumerate(lines) if line.strip().startswith(f"{key}:")]


def test_the_guides_words_are_checked(docs):
    path = docs / "_data/labels.yml"
    lines = path.read_text(encoding="utf-8").split("\n")
    first, last = LANGUAGES[0], LANGUAGES[-1]
    missing = list(lines)
    del missing[_lines_with_key(lines, "wishes")[0]]
    path.write_text("\n".join(missing), encoding="utf-8")
    with pytest.raises(ContentError, match=rf"_data/labels.yml.*field '{first}.guide.wishes' is missing"):
        load_site(docs, LANGUAGES)
    wrong = list(lines)
    n = _lines_with_key(lines, "agreement")[-1]
    wrong[n] = wrong[n].split(":", 1)[0] + ": Zonder nummer"
    path.write_text("\n".join(wrong), encoding="utf-8")
    with pytest.raises(ContentError, match=rf"_data/labels.yml.*field '{last}.guide.agreement' expected .*'\{{number\}}'"):
        load_site(docs, LANGUAGES)


def test_an_own_introduction_above_the_guide_is_allowed(docs):
    (docs / "checklists/kennismakingsgesprek.nl.md").write_text("Bij ons duurt het gesprek een uur.\n",
                                                                encoding="utf-8")
    load_site(docs, LANGUAGES)  # no "there is no checklist 'kennismakingsgesprek'"


# --- in the browser ------------------------------------------------------------------------

def fill_in(page, lang):
    page.locator(".sheet-paper textarea").evaluate_all(
        "(areas, text) => areas.forEach(a => { a.value = text; a.dispatchEvent(new Event('input')); })",
        LONG[lang])
    page.fill("#sheet-group", "De Vlinders")
    page.locator(".sheet-paper ul.checklist input").first.check()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_printed_with_long_answers_the_guide_is_at_most_two_pages(page, site_url, content, lang, tmp_path):
    assert 20 <= words_of(LONG[lang]) <= 30
    page.goto(site_url + PREFIX[lang] + PAGE)
    fill_in(page, lang)
    page.emulate_media(media="print")
    data = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    page.emulate_media(media="screen")
    pdf = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
    print(f"\n{lang}: {len(pdf.pages)} pages with long answers")
    assert len(pdf.pages) <= 2, len(pdf.pages)
    assert "De Vlinders" in text
    fields = page.locator(".sheet-paper textarea").count()
    assert text.count(" ".join(LONG[lang].split()[:6])) == fields  # every answer on paper, whole
    w = content.labels[lang].guide
    for heading in (w.agreements, w.questions, content.labels[lang].sheets.phases.after):
        assert heading in text
    words = content.labels[lang].sheets
    chrome = [words.print, words.download_docx, words.download_filled, words.store, words.erase,
              "Zoeken", "Search"]  # (Material's search box, in its own words)
    if content.organisation.contact.email:
        chrome.append(content.organisation.contact.email)
    for item in chrome:
        assert item not in text, item


def test_what_is_typed_is_kept_only_with_the_opt_in_and_erased(page, site_url, content):
    lang = LANGUAGES[-1]
    page.goto(site_url + PREFIX[lang] + PAGE)
    w, sheet_words = content.labels[lang].guide, content.labels[lang].sheets
    label = f"{w.agreement.format(number=2)}: {w.what}"
    cell = page.get_by_label(label, exact=True)
    cell.fill("Daan calls on Friday")
    page.locator(".sheet-paper ul.checklist input").nth(1).check()
    assert page.evaluate("localStorage.length") == 0
    page.get_by_label(sheet_words.store, exact=True).check()
    page.reload()
    assert page.get_by_label(label, exact=True).input_value() == "Daan calls on Friday"
    assert page.locator(".sheet-paper ul.checklist input").nth(1).is_checked()
    page.get_by_role("button", name=sheet_words.erase, exact=True).click()
    assert page.evaluate("localStorage.length") == 0
    assert page.get_by_label(label, exact=True).input_value() == ""
    page.reload()
    assert page.get_by_label(label, exact=True).input_value() == ""


def test_word_with_what_was_typed_holds_the_guides_answers_and_agreements(page, site_url, content, tmp_path):
    """The browser's "Word with what was typed" reads the guide like any sheet: the ticks, the
    answers to the letter's questions and the agreements table come along."""
    from test_word_download import download
    page.goto(site_url + "en/" + PAGE)
    w = content.labels["en"].guide
    page.locator(".sheet-paper ul.checklist input").first.check()
    question = page.locator(".guide-questions textarea").first
    question.fill("By the app every day, and a short talk when picking up")
    first = w.agreement.format(number=1)
    page.get_by_label(f"{first}: {w.who}", exact=True).fill("Daan")
    page.get_by_label(f"{first}: {w.what}", exact=True).fill("Calls the parents after the first morning")
    page.get_by_label(f"{first}: {w.when}", exact=True).fill("Friday")
    button = page.get_by_role("button", name=content.labels["en"].sheets.download_filled, exact=True)
    name, doc, _ = download(page, button, tmp_path)
    assert name.endswith(".docx")
    texts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        texts += [c.text for row in table.rows for c in row.cells]
    whole = "\n".join(texts)
    first = page.locator(".sheet-paper ul.checklist label").first.inner_text()
    assert f"☒ {first}" in texts
    assert "By the app every day, and a short talk when picking up" in whole
    for typed in ("Daan", "Calls the parents after the first morning", "Friday"):
        assert typed in whole
    for heading in (w.agreements, w.questions, content.labels["en"].sheets.phases.after):
        assert heading in texts
