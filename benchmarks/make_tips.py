"""Make a copy of the site with N times as many tips, for the benchmarks.

    .venv/bin/python benchmarks/make_tips.py OUT --factor 10

copies docs/, macros/, overrides/ and mkdocs.yml of the project into OUT (which must not exist
or be empty) and adds synthetic tips, so that each language has FACTOR times the real number of
tips. `--factor 1` makes a plain copy (a snapshot of the real site).

The synthetic tips are valid content, like a real contributor's (see macros/content.py and
docs/tips/_template.md): the id is the file name, the theme is the folder, the `tip:` block has
every required field, the Dutch and English files share theme, order, moment, intake phase,
audience, source and the number of checklist items, and each body has exactly the three `## `
headings of docs/_data/labels.yml for its language. Each synthetic tip takes a real tip as its
model (round robin) for those fields, and is spread over the themes round robin. Its title,
summary, checklist and body are made distinct and of realistic length by shuffling sentences
of the real tips of the same language and section with a fixed seed, plus a sentence of its
own. The copy is validated with macros.content.load_site before it is returned.
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("docs", "macros", "overrides", "mkdocs.yml")
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

sys.path.insert(0, str(ROOT))
from macros.content import load_site, split_front_matter  # noqa: E402


def copy_project(out: Path, root: Path = ROOT) -> None:
    """Copy the parts of the project that a build reads."""
    out.mkdir(parents=True, exist_ok=True)
    if any(out.iterdir()):
        raise SystemExit(f"{out}: not empty; expected a new or empty folder")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in COPIED:
        src = root / name
        if src.is_dir():
            shutil.copytree(src, out / name, ignore=ignore)
        else:
            shutil.copy2(src, out / name)


def _sections(body: str) -> list[str]:
    """The texts under the three '## ' headings, in order."""
    parts = re.split(r"^##[ \t]+.*$", body, flags=re.M)
    return [p.strip() for p in parts[1:]]


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
            fm, body, _ = split_front_matter(text)
            entry[lang] = {"tip": yaml.safe_load(fm)["tip"], "sections": _sections(body)}
        tips.append(entry)
    return tips


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
    themes = [t["id"] for t in yaml.safe_load((docs / "_data/themes.yml").read_text("utf-8"))["themes"]]
    labels = yaml.safe_load((docs / "_data/labels.yml").read_text(encoding="utf-8"))
    wanted = len(real) * factor
    if factor <= 1:
        return len(real)
    rng = random.Random(SEED)
    # Sentence and list-item pools per language and section, from the real tips.
    pools = {lang: [{"p": [], "ul": []} for _ in range(3)] for lang in LANGUAGES}
    items = {lang: [] for lang in LANGUAGES}
    for tip in real:
        for lang in LANGUAGES:
            for i, text in enumerate(tip[lang]["sections"]):
                kind, units = _units(text)
                pools[lang][i][kind].extend(units)
                # Either shape can be asked for: a paragraph sentence serves as a list item too.
                pools[lang][i]["ul" if kind == "p" else "p"].extend(
                    u if kind == "p" else u.rstrip(".") + "." for u in units)
            items[lang].extend(tip[lang]["tip"]["checklist"])
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
                title=own["title"].format(title=meta["title"], n=n),
                summary=lrng.choice(pools[lang][0]["p"]),
                checklist=[own["item"].format(item=item, n=n)
                           for item in lrng.sample(items[lang], count)],
            )
            words = labels[lang]["sections"]
            body = []
            for i, key in enumerate(("why", "what", "example")):
                text = _compose(lrng, pools[lang][i], model[lang]["sections"][i],
                                own[key].format(n=n, week=n % 52 + 1, group=n % 7 + 1))
                body += [f"## {words[key]}", "", text, ""]
            front = yaml.safe_dump({"tip": meta}, allow_unicode=True, sort_keys=False, width=1000)
            (folder / f"{tip_id}.{lang}.md").write_text(f"---\n{front}---\n\n" + "\n".join(body),
                                                        encoding="utf-8")
    return wanted


def make(out: Path, factor: int, root: Path = ROOT) -> int:
    """Copy the project into `out` and add tips; validate; return tips per language."""
    copy_project(out, root)
    count = add_tips(out, factor)
    site = load_site(out / "docs", LANGUAGES)  # raises ContentError if a tip is invalid
    for lang in LANGUAGES:
        if len(site.tips[lang]) != count:
            raise SystemExit(f"expected {count} tips in '{lang}', found {len(site.tips[lang])}")
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="a new or empty folder")
    parser.add_argument("--factor", type=int, default=10, help="times the real number of tips")
    args = parser.parse_args()
    count = make(args.out, args.factor)
    print(f"{args.out}: {count} tips per language ({args.factor}x)")


if __name__ == "__main__":
    main()
