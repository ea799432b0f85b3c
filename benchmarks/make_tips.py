"""Make a copy of the site with N times as many tips, for the benchmarks.

    .venv/bin/python benchmarks/make_tips.py OUT --factor 10

copies the project into OUT (which must not exist or be empty): every top-level file and folder
except hidden ones (.git, .venv, .github…), node_modules, site and benchmarks, so a folder the
project adds later is copied too. Then it adds synthetic tips, so that each language has FACTOR
times the real number of tips. `--factor 1` makes a plain copy (a snapshot of the real site).

It relies only on the content's files, not on the project's Python code: tips are
docs/tips/<theme>/<id>.<lang>.md with a `tip:` block in the front matter. The synthetic tips are
valid content, like a real contributor's: the id is the file name, the theme is the folder, the
`tip:` block is the model tip's with its own id, order, title, summary and checklist, the Dutch
and English files share theme, order and the number of checklist items, and each body has the
model tip's `## ` headings for its language. Each synthetic tip takes a real tip as its model
(round robin), and is spread over the theme folders round robin. Its texts are made distinct
and of realistic length with a fixed seed, from sentences of the real tips of the same
language: the title is the first words of an item of a "what to do" section, the checklist is
items of those sections, the summary a sentence of a "why" section, and each body section
shuffles sentences of that section of the real tips, plus a sentence of its own. So no
synthetic tip repeats a real tip's title or checklist (a search for a word of those still has
to find the real tip, not thirty copies of it). The copy is
checked by counting the tip files per language; `mkdocs build --strict` of the copy validates
the content (the benchmarks always build it that way).
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# Top-level entries of the project that a copy leaves out (hidden ones are left out too).
NOT_COPIED = {"node_modules", "site", "benchmarks", "__pycache__"}
LANGUAGES = ["nl", "en"]  # default first, as in mkdocs.yml
SEED = 7

# One sentence of its own per synthetic tip and section, so that no two bodies are equal.
OWN = {
    "nl": {
        "why": "Dit is synthetische tip {n} voor de benchmark; de tekst is door elkaar gehusseld.",
        "what": "Bespreek tip {n} in het teamoverleg van week {week} en kies een actie.",
        "example": "Op locatie {n} probeert het team dit een maand lang, in groep {group}.",
        "title": "{title} (variant {n})",
        "item": "{item} (variant {n})",
    },
    "en": {
        "why": "This is synthetic tip {n} for the benchmark; its text is shuffled.",
        "what": "Discuss tip {n} in the team meeting of week {week} and choose one action.",
        "example": "At location {n} the team tries this for a month, in group {group}.",
        "title": "{title} (variant {n})",
        "item": "{item} (variant {n})",
    },
}

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n(.*)\Z", re.S)


def copied(root: Path = ROOT) -> list[str]:
    """The top-level names of the project that a copy holds."""
    return sorted(p.name for p in root.iterdir()
                  if not p.name.startswith(".") and p.name not in NOT_COPIED)


def split_front_matter(text: str) -> tuple[str, str]:
    m = FRONT_MATTER.match(text)
    if not m:
        raise SystemExit("a tip without front matter (--- … ---) at the start")
    return m.group(1), m.group(2)


def copy_project(out: Path, root: Path = ROOT) -> None:
    """Copy the parts of the project that a build may read (see `copied`)."""
    out.mkdir(parents=True, exist_ok=True)
    if any(out.iterdir()):
        raise SystemExit(f"{out}: not empty; expected a new or empty folder")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache")
    for name in copied(root):
        src = root / name
        if src.is_dir():
            shutil.copytree(src, out / name, ignore=ignore)
        else:
            shutil.copy2(src, out / name)


def _sections(body: str) -> tuple[list[str], list[str]]:
    """The '## ' headings of a tip's body and the texts under them, in order."""
    headings = [h.strip() for h in re.findall(r"^##[ \t]+(.*)$", body, flags=re.M)]
    parts = re.split(r"^##[ \t]+.*$", body, flags=re.M)
    return headings, [p.strip() for p in parts[1:]]


def _units(text: str) -> tuple[str, list[str]]:
    """('ul', items) for a bulleted list, else ('p', sentences)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and all(line.startswith("- ") for line in lines):
        return "ul", [line[2:].strip() for line in lines]
    units = []
    for block in re.split(r"\n(?=- )", "\n".join(lines)):  # a paragraph may be followed by a list
        flat = " ".join(block.removeprefix("- ").split())
        units += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])|(?<=[.!?][\"”])\s+", flat) if s]
    return "p", units


def _read_tips(docs: Path) -> list[dict]:
    """The real tips: per id, the front matter and the sections per language."""
    tips = []
    for nl_path in sorted((docs / "tips").glob("*/*.nl.md")):
        tip_id = nl_path.name[: -len(".nl.md")]
        if tip_id == "index" or tip_id.startswith("_"):
            continue
        entry = {"id": tip_id}
        for lang in LANGUAGES:
            text = (nl_path.parent / f"{tip_id}.{lang}.md").read_text(encoding="utf-8")
            fm, body = split_front_matter(text)
            headings, sections = _sections(body)
            entry[lang] = {"tip": yaml.safe_load(fm)["tip"], "headings": headings,
                           "sections": sections}
        tips.append(entry)
    return tips


def _short(sentence: str, words: int = 7) -> str:
    """The first words of a sentence, as a title."""
    return " ".join(sentence.rstrip(".!?").split()[:words])


def _clip(text: str, chars: int) -> str:
    """The text, cut at a word to at most `chars` characters (the content model's limits)."""
    if len(text) <= chars:
        return text
    return text[:chars].rsplit(" ", 1)[0]


def _compose(rng: random.Random, pool: list[str], model: str, own: str) -> str:
    """A section: the model tip's shape (list or paragraph), filled with shuffled sentences of
    the pool of that language and section, with one sentence of its own."""
    kind, units = _units(model)
    count = max(len(units), 2)
    chosen = rng.sample(pool[kind], min(count, len(pool[kind])))
    if kind == "ul":
        return "\n".join(f"- {item}" for item in [*chosen, own])
    return " ".join([*chosen, own])


def add_tips(out: Path, factor: int) -> int:
    """Add synthetic tips so that each language has `factor` times the real number of tips.
    Returns the number of tips per language afterwards."""
    docs = out / "docs"
    real = _read_tips(docs)
    themes = sorted({p.parent.name for p in (docs / "tips").glob("*/*.nl.md")
                     if not p.name.startswith(("_", "index."))})
    wanted = len(real) * factor
    if factor <= 1:
        return len(real)
    rng = random.Random(SEED)
    # Sentence and list-item pools per language and section, from the real tips.
    pools = {lang: [{"p": [], "ul": []} for _ in range(3)] for lang in LANGUAGES}
    for tip in real:
        for lang in LANGUAGES:
            for i, text in enumerate(tip[lang]["sections"]):
                kind, units = _units(text)
                pools[lang][i][kind].extend(units)
                # Either shape can be asked for: a paragraph sentence serves as a list item too.
                pools[lang][i]["ul" if kind == "p" else "p"].extend(
                    u if kind == "p" else u.rstrip(".") + "." for u in units)
    for n in range(1, wanted - len(real) + 1):
        model = real[(n - 1) % len(real)]
        theme = themes[(n - 1) % len(themes)]
        tip_id = f"{model['id']}-{n}"
        folder = docs / "tips" / theme
        # The same shuffle for both languages keeps the structure equal; the texts differ.
        shape_seed = rng.random()
        for lang in LANGUAGES:
            meta = dict(model[lang]["tip"])
            own = OWN[lang]
            lrng = random.Random(f"{shape_seed}-{lang}")
            count = len(meta["checklist"])
            meta.update(
                id=tip_id,
                theme=theme,
                order=1000 + n,
                title=own["title"].format(title=_short(lrng.choice(pools[lang][1]["ul"])), n=n),
                summary=_clip(lrng.choice(pools[lang][0]["p"]), 280),
                checklist=[own["item"].format(item=_clip(item.rstrip("."), 150), n=n)
                           for item in lrng.sample(pools[lang][1]["ul"], count)],
            )
            body = []
            for i, key in enumerate(("why", "what", "example")):
                text = _compose(lrng, pools[lang][i], model[lang]["sections"][i],
                                own[key].format(n=n, week=n % 52 + 1, group=n % 7 + 1))
                body += [f"## {model[lang]['headings'][i]}", "", text, ""]
            front = yaml.safe_dump({"tip": meta}, allow_unicode=True, sort_keys=False, width=1000)
            (folder / f"{tip_id}.{lang}.md").write_text(f"---\n{front}---\n\n" + "\n".join(body),
                                                        encoding="utf-8")
    return wanted


def make(out: Path, factor: int, root: Path = ROOT) -> int:
    """Copy the project into `out` and add tips; validate; return tips per language."""
    copy_project(out, root)
    count = add_tips(out, factor)
    for lang in LANGUAGES:
        found = [p for p in (out / "docs" / "tips").glob(f"*/*.{lang}.md")
                 if not p.name.startswith(("_", "index."))]
        if len(found) != count:
            raise SystemExit(f"expected {count} tips in '{lang}', found {len(found)}")
    return count  # `mkdocs build --strict` of the copy validates the content


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="a new or empty folder")
    parser.add_argument("--factor", type=int, default=10, help="times the real number of tips")
    args = parser.parse_args()
    count = make(args.out, args.factor)
    print(f"{args.out}: {count} tips per language ({args.factor}x)")


if __name__ == "__main__":
    main()
