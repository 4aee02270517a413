"""A reading of an occupation group's job-ad count that the ads data itself supports (the 2024 counts per
SSYK group and län, ``labour_market/ad_counts_2024_by_ssyk_region.json``):

- **scale**: how the group's national count ranks among all occupation groups (a count alone, "355 ads",
  says nothing to someone who does not know what is usual);
- **region against the country**: the län's share of the group's ads against the län's share of all
  ads. Above one, the group's work is more common in the län than in the country as a whole.

The data has one year, so no trend; and it counts ads, not applicants, so it says nothing about
competition (that is the forecasts' job, and offline no forecast links to SSYK groups).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from retrieval.relations import SWEDEN_ID


@dataclass(frozen=True)
class AdReading:
    """What a group's 2024 ad count means beside all groups' counts."""

    percent_below: int          # share of occupation groups with fewer national ads, in whole percent
    groups: int                 # how many groups have a national count
    region_ratio: float | None  # (län share of the group's ads) / (län share of all ads); None without a län


@functools.lru_cache(maxsize=4)
def _totals(rel: Any) -> tuple[dict[str, int], dict[str, int]]:
    """(national count per SSYK group, all ads per region incl. the country) from the relations DB."""
    national: dict[str, int] = {}
    per_region: dict[str, int] = {}
    for r in rel._all("SELECT ssyk_id, region_id, count FROM ad_counts"):
        if r["region_id"] == SWEDEN_ID:
            national[r["ssyk_id"]] = r["count"]
        per_region[r["region_id"]] = per_region.get(r["region_id"], 0) + r["count"]
    return national, per_region


def ad_reading(rel: Any, ssyk_id: str, region_id: str | None = None) -> AdReading | None:
    """The reading of group ``ssyk_id``'s ad count (in ``region_id`` when given); None without counts."""
    national, per_region = _totals(rel)
    own = national.get(ssyk_id)
    if not own or len(national) < 10:
        return None
    below = sum(1 for n in national.values() if n < own)
    ratio = None
    if region_id:
        regional = rel.ad_counts(ssyk_id).by_region.get(region_id)
        all_region, all_country = per_region.get(region_id), per_region.get(SWEDEN_ID)
        if regional is not None and all_region and all_country:
            ratio = (regional / own) / (all_region / all_country)
    return AdReading(percent_below=round(100 * below / len(national)), groups=len(national), region_ratio=ratio)
