"""The place a turn is about: named in the message, kept in the profile, or chosen in the UI.

Names are matched by the core geography (:mod:`vagledning.domain.geography`) built from the
relations store (``rt.relations.geography()``): any case, any of our languages and scripts.
"""
from __future__ import annotations

from assistant.interpretation.places import place_constraints, places_to_go
from vagledning.domain.geography import Place
from vagledning.domain.profile import Constraint, Profile


def place_in_text(text: str, rt) -> Place | None:
    """The first municipality or region ``text`` names as a place to be (labelled with its Swedish name): never one
    refused or said to be far ("I don't want to move to Luleå", "I'm in Jönköping, not Luleå": Jönköping; rater26 c5
    got the courses and SFI of Luleå for both)."""
    found = places_to_go(text or "", rt.relations)
    return found[0].place if found else None


def resolve(name: str, rt) -> Place | None:
    """The place a name denotes (any spelling the core knows), labelled as written: the municipality
    when it names exactly one (``region_id`` the first county matched), else the first region;
    None when nothing matches."""
    m = rt.relations.resolve_place(name)
    region = m.region_ids[0] if m.region_ids else None
    if len(m.municipality_ids) == 1:
        return Place(m.municipality_ids[0], name, "municipality", region)
    return Place(region, name, "region", region) if region else None


def place_from_profile(profile: Profile | None, rt) -> Place | None:
    """The municipality (else region) the profile holds, as a place."""
    if profile is None:
        return None
    geo = rt.relations.geography()
    for kind in ("municipality", "region"):
        for c in profile.constraints:
            place = geo.place(c.value) if c.kind == kind else None
            if place is not None:
                return place
    return None


def region_label(region_id: str | None, rt) -> str | None:
    """The Swedish name of a region id (e.g. 'Skåne län')."""
    return rt.relations.geography().region_label(region_id)


def _has_place(profile: Profile) -> bool:
    return any(c.kind in ("region", "municipality") for c in profile.constraints)


def remember_place(state, rt) -> None:
    """Keep the person's place in ``state.profile`` for good (step 3, after the merge).

    A place named in a question ("courses in Uppsala?") is kept too; a municipality brings its
    county (answers are about the county: demand "in Uppsala län"); and when the client's profile
    has no place but an earlier user message named one, that place is taken back, so the
    assistant never asks for it again (the client may have lost the profile).
    """
    profile = state.profile
    message = state.message_profile
    geo = rt.relations.geography()
    if not _has_place(profile) and message is not None and _has_place(message):
        profile.constraints += [c.model_copy(deep=True) for c in message.constraints
                                if c.kind in ("region", "municipality")]
    if not _has_place(profile):
        users = [m.content for m in state.history if m.role == "user"]
        for back, text in enumerate(reversed(users), start=1):
            found = next(iter(places_to_go(text, rt.relations)), None)  # (not a place refused or far; rater26 c5)
            if found is not None:
                profile.constraints += place_constraints(found, geo, max(0, state.user_index - back), 0.85)
                break
    mun = next((c for c in profile.constraints if c.kind == "municipality"), None)
    place = geo.place(mun.value) if mun is not None else None
    if profile.region_id() is None and mun is not None and place is not None and place.region_id:
        profile.constraints.append(Constraint(kind="region", value=place.region_id, span=mun.span.model_copy(),
                                              label=geo.region_label(place.region_id) or mun.label, confidence=0.85))
