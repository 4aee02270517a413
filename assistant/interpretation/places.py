"""Places in a self-assessment: the municipality/region a person lives in or wants to work in.

Names are found by the core matcher (:mod:`vagledning.domain.geography`) over the geography of
the relations store (``rel.geography()``), so any case, any of our languages and scripts count.
One place is kept per message: a "where I live/want to work" statement first, else the first
place named anywhere but in a refusal ("not in Stockholm").
"""
from __future__ import annotations

from vagledning.domain.geography import PlaceMention
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


def add_place(profile: Profile, text: str, statements, rel, message_index: int) -> None:
    """Add the message's place to ``profile`` as a municipality and/or region constraint."""
    found = chosen_place(text, statements, rel)
    if found is None:
        return
    place = found.place
    span = Span(start=found.start, end=found.end, quote=text[found.start:found.end], message=message_index)
    if place.kind == "municipality" and not any(c.value == place.id for c in profile.constraints):
        profile.constraints.append(Constraint(kind="municipality", value=place.id, label=place.label, span=span,
                                              confidence=0.9))
    if place.region_id and not any(c.kind == "region" for c in profile.constraints):
        label = place.label if place.kind == "region" else rel.geography().region_label(place.region_id) or place.label
        profile.constraints.append(Constraint(kind="region", value=place.region_id, label=label, span=span,
                                              confidence=0.9 if place.kind == "municipality" else 0.85))
