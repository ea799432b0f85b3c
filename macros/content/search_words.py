"""The abbreviations staff type in search (docs/_data/search.yml), per site language."""
from __future__ import annotations

from pathlib import Path

import yaml

from ._common import ContentError

FILE = "_data/search.yml"


def load_abbreviations(docs: str | Path, languages: list[str]) -> dict[str, dict[str, list[str]]]:
    """{language: {abbreviation: [the words it stands for]}}; raises ContentError naming the
    field and what is expected."""
    path = Path(docs) / FILE
    if not path.exists():
        return {lang: {} for lang in languages}
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    problems: list[str] = []
    if not isinstance(data, dict) or set(data) != {"abbreviations"}:
        raise ContentError([f"{FILE}: verwacht één veld 'abbreviations' / expected one field "
                            f"'abbreviations', with a list per site language ({', '.join(languages)})"])
    per_lang = data["abbreviations"]
    if not isinstance(per_lang, dict) or set(per_lang) != set(languages):
        found = ", ".join(map(str, per_lang)) if isinstance(per_lang, dict) else repr(per_lang)
        raise ContentError([f"{FILE}: veld 'abbreviations' heeft per taal van de site een lijst nodig "
                            f"({', '.join(languages)}), gevonden: {found} / field 'abbreviations' "
                            f"needs one mapping per site language ({', '.join(languages)}); found: {found}"])
    out: dict[str, dict[str, list[str]]] = {}
    for lang in languages:
        entries = per_lang[lang] or {}
        if not isinstance(entries, dict):
            problems.append(f"{FILE}: veld 'abbreviations.{lang}' moet afkortingen met hun woorden "
                            f"zijn / field 'abbreviations.{lang}': expected abbreviation: [words]")
            continue
        out[lang] = {}
        for short, longs in entries.items():
            key = f"abbreviations.{lang}.{short}"
            if not isinstance(short, str) or not short.strip():
                problems.append(f"{FILE}: veld '{key}': de afkorting moet tekst zijn / field "
                                f"'{key}': the abbreviation must be text")
            elif (not isinstance(longs, list) or not longs
                  or not all(isinstance(x, str) and x.strip() for x in longs)):
                problems.append(f"{FILE}: veld '{key}' moet een lijst met de woorden zijn, zoals "
                                f"[buitenschoolse opvang] / field '{key}': expected a list of the "
                                f"words it stands for, e.g. [out-of-school care]")
            else:
                out[lang][short.strip()] = [x.strip() for x in longs]
    if problems:
        raise ContentError(problems)
    return out
