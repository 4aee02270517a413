"""Where a named programme is given, when the person asks where ("is it in Malmö or Lund? I can't move").

rater28 c05 T3: a pharmacist in Malmö asked «هل يوجد التعليم التكميلي للصيادلة في مالمو أو لوند؟ لا أستطيع الانتقال
إلى أوبسالا» and got "«Kompletteringsutbildning för apotekare …» – see my earlier answer": the places were in the route
cited a turn before (Uppsala universitet, largely at a distance, and Göteborgs universitet), but no sentence said them.

When the message asks about a place – something near or in a place ("finns den i Malmö?", "is any of them in Lund?"),
studying at a distance, or that the person cannot move (interpretation/nearer_cues.yaml) – each curated route the
answer cites whose own cited passage names the towns it is given in (a supplementary programme's universities) is
said with those towns, whether it is given at a distance (the passage says "distans"), and whether any of the towns is
in the person's county. Only towns the cited passage names are said; nothing is said of a route whose passage names
none.
"""
from __future__ import annotations

import re

from assistant.evidence import region_of, sv_title
from assistant.intent_cues import normalize
from assistant.nearer import asks_distance, asks_nearer, cue_pattern
from assistant.places import region_label, resolve
from assistant.routes import route_gloss
from assistant.state import TurnState
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

#: Answers that cite routes the question about places may be about.
_ACTIONS = ("courses", "licence", "steps", "recognition")
#: A capitalised word of a passage that may be a town ("Uppsala", "Göteborgs" universitet, "Lund").
_WORD = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]{2,}\b")
#: Words of the passages that are no town even where a place of the same spelling exists.
_NOT_TOWNS = frozenset({"Sverige", "Sveriges", "Svenska", "Engelska", "Man", "Kräver", "Schweiz"})


def asks_place(text: str) -> bool:
    """The message asks about places: near or in a place, at a distance, or the person cannot move (any language)."""
    t = normalize(text or "")
    return asks_nearer(text) or asks_distance(text) or bool(cue_pattern("in_place").search(t))


def _towns(ev: Evidence, rt: Runtime) -> list[tuple[str, str | None]]:
    """(town, county id) of each municipality the route's cited passage names, in order, once."""
    out: list[tuple[str, str | None]] = []
    for word in _WORD.findall(ev.snippet or ""):
        if word in _NOT_TOWNS:
            continue
        place = None
        for name in (word[:-1] if word.endswith("s") else "", word):  # (genitive first: «Göteborgs universitet»)
            found = resolve(name, rt) if name else None
            if found is not None and found.kind == "municipality":
                place = found
                break
        if place is not None and all(place.label != t for t, _ in out):
            out.append((place.label, place.region_id))
    return out


def say_route_places(state: TurnState, rt: Runtime) -> None:
    """Where each cited programme route is given (module docstring), after the answer, when the message asks where."""
    if state.user_index == 0 or state.action not in _ACTIONS or not asks_place(state.text):
        return
    if any(f.key.startswith("route_places.") for f in state.facts):
        return
    region = region_of(state)
    county = region_label(region, rt) if region else None
    first = True
    for ev in [e for e in state.evidence if e.type == "education_route"]:
        towns = _towns(ev, rt)
        if not towns:
            continue
        title = sv_title(ev.title, route_gloss(ev))
        names = ", ".join(t for t, _ in towns)
        state.say("route_places.given", ev.doc_id, title=title, towns=names)
        if first:  # (a paragraph of its own after the answer)
            state.facts[-1] = state.facts[-1].model_copy(update={"paragraph": True})
        first = False
        if re.search(r"distans", ev.snippet or "", re.I):
            state.say("route_places.distance", ev.doc_id)
        if county:
            near = [t for t, r in towns if r == region]
            if near:
                state.say("route_places.in_county", towns=", ".join(near), county=county)
            else:
                state.say("route_places.none_in_county", county=county)
