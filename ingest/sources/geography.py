"""Swedish regions (län) and municipalities (kommuner): ids, names and name resolution.

Ids and names come from taxonomy/regions.json and taxonomy/municipalities.json; which county
a municipality lies in comes from the static table in ``_sweden_geo`` (no data file has it).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ingest.sources._common import SWEDEN_ID, load_json
from ingest.sources._sweden_geo import COUNTY_MUNICIPALITIES

_SWEDEN_NAMES = {"sverige", "hela sverige", "sweden", "riket", "hela landet", "landet"}


def place_key(name: str) -> str:
    """Normalised place name: case-folded, without ' län'/' kommun' and a genitive -s.

    "Skåne län", "Skåne", "skåne" -> "skåne"; "Västra Götalands län" -> "västra götaland";
    "Stockholms län" -> "stockholm" (so it also matches the municipality Stockholm).
    """
    key = " ".join(name.casefold().replace("-", " - ").split()).replace(" - ", "-")
    for suffix in (" län", " kommun", " region"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
            if key.endswith("s") and suffix == " län":
                key = key[:-1]
    if key.startswith("region "):
        key = key[len("region "):]
    return key


def _county_key(county_name: str) -> str:
    return place_key(county_name if county_name.casefold().endswith(" län") else county_name + " län")


@dataclass(frozen=True)
class PlaceMatch:
    """Result of resolving a place name.

    ``region_ids`` holds the regions named directly and the regions of the matched municipalities;
    ``direct_region_ids`` only the former.
    """

    name: str
    region_ids: list[str] = field(default_factory=list)
    municipality_ids: list[str] = field(default_factory=list)
    direct_region_ids: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        """True when anything matched."""
        return bool(self.region_ids or self.municipality_ids)


class Geography:
    """In-memory lookup of regions and municipalities."""

    def __init__(self, regions: dict[str, str], municipalities: dict[str, str]) -> None:
        # regions: id -> name ("Skåne län"); municipalities: id -> name ("Malmö")
        self.regions = dict(regions)
        self.municipalities = dict(municipalities)
        region_by_key = {place_key(n): rid for rid, n in self.regions.items()}
        self.region_of: dict[str, str] = {}
        mun_by_name = {n.casefold(): mid for mid, n in self.municipalities.items()}
        for county, names in COUNTY_MUNICIPALITIES.items():
            rid = region_by_key.get(_county_key(county))
            for name in names:
                mid = mun_by_name.get(name.casefold())
                if rid and mid:
                    self.region_of[mid] = rid
        self._region_by_key = region_by_key
        self._mun_by_key: dict[str, list[str]] = {}
        for mid, name in self.municipalities.items():
            self._mun_by_key.setdefault(place_key(name), []).append(mid)

    @classmethod
    def load(cls, data_dir: Path) -> "Geography":
        """Read the taxonomy region and municipality files under ``data_dir``."""
        regions_by_name = load_json(data_dir / "taxonomy" / "regions.json")
        municipalities = load_json(data_dir / "taxonomy" / "municipalities.json")
        regions = {rid: name for name, rid in regions_by_name.items() if isinstance(rid, str)}
        muns = {mid: name for mid, name in municipalities.items() if isinstance(name, str)}
        return cls(regions, muns)

    def resolve(self, name: str | None) -> PlaceMatch:
        """Match a region or municipality name (case-insensitive; 'Skåne', 'Skåne län', 'Malmö')."""
        if not name or not name.strip():
            return PlaceMatch(name or "")
        key = place_key(name)
        if key in _SWEDEN_NAMES:
            return PlaceMatch(name, [SWEDEN_ID], [], [SWEDEN_ID])
        direct = [self._region_by_key[key]] if key in self._region_by_key else []
        # "Stockholms län" names only the county, not the municipality Stockholm.
        county_only = name.casefold().strip().endswith(" län")
        muns = [] if county_only else list(self._mun_by_key.get(key, []))
        # "Stockholms stad", "Göteborgs stad" and "Malmö stad" name the municipality.
        if not muns and not county_only and key.endswith(" stad"):
            base = key[: -len(" stad")]
            muns = list(self._mun_by_key.get(base, []) or self._mun_by_key.get(base.rstrip("s"), []))
        regions = list(direct)
        for mid in muns:
            rid = self.region_of.get(mid)
            if rid and rid not in regions:
                regions.append(rid)
        return PlaceMatch(name, regions, muns, direct)

    def region_name(self, region_id: str) -> str | None:
        """Name of a region id (or None)."""
        return self.regions.get(region_id)
