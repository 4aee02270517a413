"""Routes for some occupations of an SSYK group only, by the words of their titles (routes20).

A group's licence is not every title's: mother-tongue teachers share SSYK 2341 with the compulsory-school teachers
who need Skolverket's licence, but need none themselves (rater32 conv07: «Modersmålslärare i grundskolan» got "a
teaching degree and the licence"). A curated route with ``titles`` (``ingest/data/education_routes.yaml``) is said
for an occupation whose title writes one of those words only, and there stands in for its ``replaces`` routes; the
group's other occupations keep theirs. Read from the curated file, like a programme's orientations."""
from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import TypeVar

R = TypeVar("R")


@lru_cache(maxsize=1)
def _titled() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Route key -> (its title words, lower case; the keys it replaces), for the routes that have title words."""
    from ingest.sources.routes import load

    return {r.key: (tuple(w.lower() for w in r.titles), tuple(r.replaces)) for r in load().routes if r.titles}


def is_titled(key: str) -> bool:
    """The route is for some titles only (never for a whole group by its code)."""
    return key in _titled()


def for_title(title: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The titled routes an occupation ``title`` writes the words of, and the routes they replace there."""
    text = (title or "").lower()
    fits = frozenset(k for k, (words, _) in _titled().items() if text and any(w in text for w in words))
    return fits, frozenset(r for k in fits for r in _titled()[k][1])


def for_occupation(table: Mapping[str, R], title: str | None) -> tuple[dict[str, R], frozenset[str]]:
    """The routes of ``table`` an occupation ``title`` may get (no titled route it does not write, none its titled
    routes replace), and the keys replaced."""
    fits, gone = for_title(title)
    return {k: r for k, r in table.items() if k not in gone and (k in fits or not is_titled(k))}, gone
