"""Places in a message: municipality/region names resolved to taxonomy ids.

Resolution goes through ``rt.relations.resolve_place`` (the same rules the ingest used); this
module only finds which words of the message name a place.
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.intents import normalize
from vagledning.domain.profile import Profile
from assistant.state import PlaceRef

_SUFFIX = re.compile(r"\s+(län|kommun)$")


def _labels(rt) -> list[tuple[str, str, str]]:
    """(folded name, display label, 'region'|'municipality'), longest first."""
    cached = getattr(rt, "_assistant_place_labels", None)
    if cached is not None:
        return cached
    rel = rt.relations
    out: list[tuple[str, str, str]] = []
    muns = {normalize(p.label): p.label for p in rel.municipalities()}
    for p in rel.regions():
        out.append((normalize(p.label), p.label, "region"))
        # "Skåne län" -> "Skåne", "Dalarnas län" -> "Dalarna" (genitive s); a municipality of
        # the same name ("Stockholm", "Uppsala") wins over the county.
        short = re.sub(r"s$", "", _SUFFIX.sub("", p.label))
        if short != p.label and normalize(short) not in muns:
            out.append((normalize(short), p.label, "region"))
    out += [(folded, label, "municipality") for folded, label in muns.items()]
    out.sort(key=lambda t: -len(t[0]))
    try:
        rt._assistant_place_labels = out
    except AttributeError:  # frozen runtime: recompute next time
        pass
    return out


@lru_cache(maxsize=512)
def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


def place_in_text(text: str, rt) -> PlaceRef | None:
    """The first (longest) municipality or region named in ``text``, resolved to ids."""
    t = normalize(text)
    for folded, label, _kind in _labels(rt):
        if len(folded) >= 3 and _pattern(folded).search(t):
            return resolve(label, rt)
    return None


def resolve(name: str, rt) -> PlaceRef | None:
    """Ids for a place name via ``rt.relations.resolve_place``; None when nothing matches."""
    m = rt.relations.resolve_place(name)
    regions = list(getattr(m, "region_ids", []) or [])
    muns = list(getattr(m, "municipality_ids", []) or [])
    if not regions and not muns:
        return None
    return PlaceRef(label=name, region_id=regions[0] if regions else None,
                    municipality_id=muns[0] if len(muns) == 1 else None)


def place_from_profile(profile: Profile | None, rt) -> PlaceRef | None:
    """A region/municipality constraint of a profile as a place."""
    if profile is None:
        return None
    for c in profile.constraints:
        if c.kind == "municipality" and c.value:
            region = rt.relations.region_of_municipality(c.value)
            return PlaceRef(label=c.label, region_id=region, municipality_id=c.value)
        if c.kind == "region" and c.value:
            return PlaceRef(label=region_label(c.value, rt) or c.label, region_id=c.value)
    return None


def region_label(region_id: str | None, rt) -> str | None:
    """The Swedish name of a region id (e.g. 'Skåne län')."""
    if not region_id:
        return None
    for p in rt.relations.regions():
        if p.id == region_id:
            return p.label
    return None
