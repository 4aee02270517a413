"""Swedish regions (län) and municipalities (kommuner) for the ingest, read from the taxonomy files.

Ids and names come from taxonomy/regions.json and taxonomy/municipalities.json; which county a
municipality lies in comes from the static table in ``_sweden_geo`` (no data file has it). The
place type, the name normaliser and the matching rules are the core's
(:mod:`vagledning.domain.geography`); the running service builds the same
:class:`~vagledning.domain.geography.Geography` from the relations store instead of these files.
"""
from __future__ import annotations

from pathlib import Path

from ingest.sources._common import load_json
from ingest.sources._sweden_geo import COUNTY_MUNICIPALITIES
from vagledning.domain.geography import Geography, geography_from_rows, place_key

__all__ = ["Geography", "load_geography"]


def load_geography(data_dir: Path) -> Geography:
    """Read the taxonomy region and municipality files under ``data_dir`` (ingest only)."""
    regions_by_name = load_json(Path(data_dir) / "taxonomy" / "regions.json")
    municipalities = load_json(Path(data_dir) / "taxonomy" / "municipalities.json")
    regions = {rid: name for name, rid in regions_by_name.items() if isinstance(rid, str)}
    region_by_key = {place_key(name): rid for rid, name in regions.items()}
    county_of: dict[str, str] = {}
    for county, names in COUNTY_MUNICIPALITIES.items():
        rid = region_by_key.get(place_key(county))
        for name in names:
            if rid:
                county_of[name.casefold()] = rid
    muns = [(mid, name, county_of.get(name.casefold())) for mid, name in municipalities.items() if isinstance(name, str)]
    return geography_from_rows(regions.items(), muns)
