"""How well the site's search finds tips by the words a team types, measured with Material's
own search worker (tests/search/material_search.js, run in Node on the built site).

For each word of tests/search/words.yml the tips it should find are computed from the content:
a tip whose title, summary, checklist or body has a word that begins with the typed word or
has its stem (the index language's lunr stemmer), or, for an abbreviation in
docs/_data/search.yml, uses one of the words it stands for. A word no tip uses is skipped.

- precision@5: of the first min(5, expected) results, the share that are expected tips (any
  other page there, a letter or an overview, counts against it);
- recall@10: of the expected tips (at most 10), the share among the first ten results.
"""
from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
HARNESS = HERE / "material_search.js"
TOKEN = re.compile(r"[\s\-]+")  # Material's default separator, as in the index
TRIM = re.compile(r"^\W+|\W+$")


def typed_words() -> dict[str, list[str]]:
    return yaml.safe_load((HERE / "words.yml").read_text(encoding="utf-8"))


def run_worker(site_dir: Path, lang_root: str, queries: list[str], stem: list[str]) -> dict:
    result = subprocess.run(["node", str(HARNESS), str(site_dir), lang_root],
                            input=json.dumps({"queries": queries, "stem": stem}),
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _plain(markdown: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)  # links: their text
    return re.sub(r"[*_`#>|]", " ", text)


def tip_texts(site, lang: str) -> dict[str, str]:
    """{tip page location: all the words of its title, summary, checklist and body}."""
    return {tip.url: " ".join([tip.meta.title, tip.meta.summary, *tip.meta.checklist, _plain(tip.body)])
            for tip in site.tips[lang]}


def _tokens(text: str) -> set[str]:
    return {t for t in (TRIM.sub("", w.lower()) for w in TOKEN.split(text)) if t}


@dataclass
class Word:
    word: str
    expected: set[str]
    results: list[str]  # page locations, in order
    about: set[str]  # pages other than tips whose title has the word (a theme, its checklist)

    @property
    def ranked(self) -> list[str]:
        """The results without the overviews about the word, which are right but not tips."""
        return [p for p in self.results if p not in self.about]

    @property
    def precision(self) -> float:
        k = min(5, len(self.expected))
        return len([p for p in self.ranked[:k] if p in self.expected]) / k

    @property
    def recall(self) -> float:
        k = min(10, len(self.expected))
        return len(self.expected & set(self.results[:10])) / k


def measure(site_dir: Path, site, lang: str, lang_root: str, abbreviations: dict[str, list[str]]) -> list[Word]:
    words = typed_words()[lang]
    texts = tip_texts(site, lang)
    tokens = {url: _tokens(text) for url, text in texts.items()}
    every = sorted(set().union(*tokens.values()) | {w.lower() for word in words for w in _tokens(word)})
    first = run_worker(site_dir, lang_root, words, every)
    stems = first["stems"]
    by_short = {short.lower(): longs for short, longs in abbreviations.items()}
    out = []
    for word in words:
        parts = [p for p in (TRIM.sub("", w) for w in TOKEN.split(word.lower())) if p]
        if word.lower() in by_short:
            longs = by_short[word.lower()]
            expected = {url for url, text in texts.items()
                        if any(re.search(rf"(?<!\w){re.escape(x)}(?!\w)", text, re.I) for x in [word, *longs])}
        else:
            def uses(url: str, part: str) -> bool:
                return any(t.startswith(part) or stems.get(t) == stems.get(part) for t in tokens[url])
            expected = {url for url in texts if all(uses(url, p) for p in parts)}
        if expected:
            results = first["results"][word]
            about = {r["page"] for r in results if r["page"] not in texts
                     and any(_title_has(r["title"], p, stems) for p in parts)}
            out.append(Word(word, expected, [r["page"] for r in results], about))
    return out


def _title_has(title: str, part: str, stems: dict[str, str]) -> bool:
    title = re.sub(r"<[^>]*>", "", title)  # Material marks the matches
    return any(t.startswith(part) or (t in stems and stems[t] == stems.get(part)) for t in _tokens(title))


def summary(measured: list[Word]) -> tuple[float, float]:
    return (sum(w.precision for w in measured) / len(measured),
            sum(w.recall for w in measured) / len(measured))
