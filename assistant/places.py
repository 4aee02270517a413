"""The place a turn is about: named in the message, kept in the profile, or chosen in the UI.

Names are matched by the core geography (:mod:`vagledning.domain.geography`) built from the
relations store (``rt.relations.geography()``): any case, any of our languages and scripts.
"""
from __future__ import annotations

from assistant.state import PlaceRef
from vagledning.domain.geography import Place
from vagledning.domain.profile import Profile


def _ref(place: Place, label: str | None = None) -> PlaceRef:
    return PlaceRef(label=label or place.label, region_id=place.region_id, municipality_id=place.municipality_id)


def place_in_text(text: str, rt) -> PlaceRef | None:
    """The first municipality or region named in ``text`` (labelled with its Swedish name)."""
    found = rt.relations.geography().first(text or "")
    return _ref(found.place) if found else None


def resolve(name: str, rt) -> PlaceRef | None:
    """Ids for a place name (any spelling the core knows); None when nothing matches."""
    m = rt.relations.resolve_place(name)
    if not m.found:
        return None
    return PlaceRef(label=name, region_id=m.region_ids[0] if m.region_ids else None,
                    municipality_id=m.municipality_ids[0] if len(m.municipality_ids) == 1 else None)


def place_from_profile(profile: Profile | None, rt) -> PlaceRef | None:
    """The municipality (else region) the profile holds, as a place."""
    if profile is None:
        return None
    geo = rt.relations.geography()
    for kind in ("municipality", "region"):
        for c in profile.constraints:
            place = geo.place(c.value) if c.kind == kind else None
            if place is not None:
                return _ref(place)
    return None


def region_label(region_id: str | None, rt) -> str | None:
    """The Swedish name of a region id (e.g. 'Skåne län')."""
    return rt.relations.geography().region_label(region_id)
