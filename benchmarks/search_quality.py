"""Search precision@5 and recall@10 of a built site, and the first result of each word.

    .venv/bin/python benchmarks/search_quality.py <site_dir>

The site must be built from this checkout (`mkdocs build --site-dir <site_dir>`). Measured
as tests/test_search.py and benchmarks/run.py do: Material's own search worker in Node,
through the site's worker, with the words of tests/search/words.yml (tests/search/quality.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from run import ROOT, languages_of, read_config, search_quality  # noqa: E402


def main() -> None:
    site = Path(sys.argv[1])
    langs = languages_of(read_config(ROOT))
    result = search_quality(ROOT, site, langs)
    for lang, q in result.items():
        print(f"{lang}: {q['words']} words, precision@5 {q['precision']:.3f}, recall@10 {q['recall']:.3f}")
        for word, first in q["first"].items():
            print(f"  {word!r:26} first: {first}")


if __name__ == "__main__":
    main()
