"""Places in a self-assessment: the municipality/region a person lives in or wants to work in.

Names are found by the core matcher (:mod:`vagledning.domain.geography`) over the geography of
the relations store (``rel.geography()``), so any case, any of our languages and scripts count.
One place is kept per message: a "where I live/want to work" statement first, else the first
place named anywhere but in a refusal ("not in Stockholm").
"""
from __future__ import annotations

from vagledning.domain.geography import Geography, PlaceMention
from vagledning.domain.profile import Constraint, Profile, Span


def chosen_place(text: str, statements, rel) -> PlaceMention | None:
    """The place of this message (see module docstring); ``statements`` are the segmented ones."""
    mentions = rel.geography().find(text)
    if not mentions:
        return None

    def kind_of(m: PlaceMention) -> str:
        return next((st.kind for st in statements if st.start <= m.start < st.end), "other")

    usable = [m for m in mentions if kind_of(m) != "negation"]
    preferred = [m for m in usable if kind_of(m) == "place"]
    return (preferred or usable or [None])[0]


def place_constraints(found: PlaceMention, geo: Geography, message_index: int,
                      confidence: float = 0.9) -> list[Constraint]:
    """A found place as profile constraints: the municipality (if it is one) and its county."""
    place = found.place
    span = Span(start=found.start, end=found.end, quote=found.text, message=message_index)
    out = []
    if place.kind == "municipality":
        out.append(Constraint(kind="municipality", value=place.id, label=place.label, span=span,
                              confidence=confidence))
    if place.region_id:
        out.append(Constraint(kind="region", value=place.region_id, span=span.model_copy(),
                              label=geo.region_label(place.region_id) or place.label, confidence=confidence))
    return out


def add_place(profile: Profile, text: str, statements, rel, message_index: int) -> None:
    """Add the message's place to ``profile`` (a municipality once; a county only if none yet)."""
    found = chosen_place(text, statements, rel)
    if found is None:
        return
    for c in place_constraints(found, rel.geography(), message_index):
        if c.kind == "municipality" and not any(x.value == c.value for x in profile.constraints):
            profile.constraints.append(c)
        elif c.kind == "region" and not any(x.kind == "region" for x in profile.constraints):
            profile.constraints.append(c)
