"""Notices about content that is valid but may need a look: printed during the build at INFO
level, never as warnings (`mkdocs build --strict` turns warnings into a failure, and a fork
that deletes a tip, or time passing, must not turn its build red)."""
from __future__ import annotations

import datetime

from . import Site


def unused_sources(site: Site) -> list[str]:
    """One notice per source in docs/_data/sources.yml that no tip, letter or worksheet cites."""
    cited = {ref for tips in site.tips.values() for tip in tips for ref in tip.meta.sources}
    cited |= {letter.meta.source for letter in site.letters if letter.meta.source}
    cited |= {ref for sheet in site.worksheets for ref in sheet.sources}
    return [f"_data/sources.yml: bron '{s.id}' wordt door geen pagina genoemd (hij staat wel op de "
            f"bronnenpagina) / source '{s.id}' is cited by no page (it is still listed on the sources page)"
            for s in site.sources.sources if s.id not in cited]


def year_before(day: datetime.date) -> datetime.date:
    """The same day a year earlier (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def stale_checks(site: Site, build_date: datetime.date) -> list[str]:
    """One notice per tip that states rules and whose facts were checked more than a year
    before the build date (the last commit's date, so the notice is the same on every build
    of one commit)."""
    limit = year_before(build_date)
    return [f"{tip.path}: de regels in deze tip zijn nagekeken op {tip.meta.checked.isoformat()}, meer dan "
            f"een jaar voor {build_date.isoformat()}; vergelijk ze opnieuw met de bronnen en zet de nieuwe "
            f"datum in 'tip.checked' / the rules in this tip were checked on {tip.meta.checked.isoformat()}, "
            f"more than a year before {build_date.isoformat()}; check them against their sources again "
            "and set the new date in 'tip.checked'"
            for tips in site.tips.values() for tip in tips
            if tip.meta.rules and tip.meta.checked is not None and tip.meta.checked < limit]


def notices(site: Site, build_date: datetime.date) -> list[str]:
    """Every notice about the content, in a stable order."""
    return unused_sources(site) + sorted(stale_checks(site, build_date))
