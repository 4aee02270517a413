"""Where the courses of an education answer are, as the person judges it (rater13, fault 9: "short courses in
Västerås?" got a course in Luleå, 700 km away; "Komvux Uppsala" was never named; "Kurser i Stockholms län" headed
distance programmes run from Hässleholm and Norrköping).

- An in-person course farther than :data:`FAR_KM` from the person (as the crow flies, place_coords) is no course
  for them: nobody commutes that far, so it is left out rather than listed with its distance.
- A distance course is said as one ("på distans, från X"), and when it follows courses of the place, under its own
  heading; a heading that names the person's county is only over courses that are there.
- When no course of the person's own county is listed, the person's municipality's Komvux is named as the place
  to ask (its vocational training, yrkesvux), cited with Skolverket's page on Komvux vocational training: the
  kommun decides what it offers, and no link to a municipality's own page can be derived from the data.
- A course whose link is a bare home page whose host names none of its places (CNC in Falköping → lidkoping.se: one
  provider runs it in several towns) says that the link goes to the provider's website, and which (courses19), so
  nobody reads the link as the course being elsewhere.
"""
from __future__ import annotations

import re
from itertools import takewhile
from typing import Any
from urllib.parse import urlsplit

from assistant.state import Fact, TurnState
from vagledning.domain.evidence import Evidence
from vagledning.domain.geography import normalize_place
from vagledning.domain.runtime import Runtime

#: A course within this many km (as the crow flies) is within daily commuting reach, so it comes first in the county;
#: one farther from the municipality the person named is said with how far it is from there (near9: Övertorneå and
#: Trollhättan read as in the person's town under the county's heading).
COMMUTE_KM = 60
#: An in-person course farther than this is left out. Daily commuting is about 60 km (:data:`COMMUTE_KM`); up to
#: here a neighbouring county's town is still reachable (Borlänge–Västerås ~115 km), beyond it the course means moving.
FAR_KM = 150
#: An in-person course of the person's county at least this far from their town (as said, :func:`said_km`) is said
#: with how far it is from there: a district 60 km off (Västra Frölunda for Borås) is no course "in" their town.
MENTION_KM = 30
#: The route cited with the municipality's Komvux (Skolverket's page on its vocational training).
KOMVUX_ROUTE = "komvux_yrke"
#: Route kinds that name one programme or one training into the trade (the gymnasium programme towards it, the
#: police programme, a licensed degree, the Komvux package to a protected title …): listed with the found courses.
#: Every other route (a school form's general description such as Yrkeshögskolan or SFI, support, rights, residence,
#: money, a counsellor) is said apart, never under a heading of found courses (courses16).
NAMED_PROGRAMMES = frozenset({"gymnasium_programme", "introduction_programme", "citizenship_programme",
                              "degree_programme", "licensed_degree", "bridging_programme", "vocational_title",
                              "vocational_package", "trade_certificate", "work_certificate"})


#: A path that is still the provider's home page: none, or one short section ("/yh", "/sv").
_HOME_PATH = re.compile(r"^/?(?:[a-z]{1,3}/?)?$", re.I)


def provider_host(ev: Evidence, places: str) -> str | None:
    """The host of a course's link when the link is a bare home page whose host names none of the course's
    ``places`` (a provider's site, not the course's page nor its town's); None otherwise."""
    parts = urlsplit(ev.url or "")
    if not parts.hostname or parts.query or parts.fragment or not _HOME_PATH.match(parts.path or ""):
        return None
    host = parts.hostname.removeprefix("www.")
    flat = re.sub(r"[^a-z0-9]", "", normalize_place(host))
    names = [re.sub(r"[^a-z0-9]", "", normalize_place(p)) for p in places.replace(" …", "").split(",")]
    return None if any(n and n in flat for n in names) else host


def _is_edu(ev: Evidence) -> bool:
    return ev.type in ("course", "programme")


def near_enough(items: list[Evidence]) -> list[Evidence]:
    """``items`` without the in-person courses and programmes farther than :data:`FAR_KM` from the person: from
    their municipality when it is known (Kiruna is no course for Luleå), else outside their county only (from the
    county's seat, the county's own courses cannot be judged)."""
    def far(ev: Evidence) -> bool:
        km = ev.facts.get("km") if ev.facts.get("km") is not None else ev.facts.get("km_near")
        return _is_edu(ev) and not ev.facts.get("distance") and \
            (not ev.facts.get("in_region") or bool(ev.facts.get("town"))) and km is not None and float(km) > FAR_KM
    return [e for e in items if not far(e)]


def said_km(km: float) -> int:
    """A distance as the answer says it ("about 60 km"): to ten km, to a hundred from 300 km. Reach is judged on this
    same figure, so "nothing within about 60 km" is never followed by a course "about 60 km" away (place24, rater34
    new01: Västra Frölunda, 62 km from Borås, was beyond reach and said as 60)."""
    return int(round(km, -2 if km >= 300 else -1))


def _km_from_town(ev: Evidence) -> float | None:
    """How far an in-person course is from the person's municipality (None: at a distance, or no town known)."""
    km = ev.facts.get("km_near")
    return float(km) if _is_edu(ev) and ev.facts.get("town") and not ev.facts.get("distance") and km is not None \
        else None


def beyond_reach(ev: Evidence) -> bool:
    """An in-person course farther than daily commuting (:data:`COMMUTE_KM`) from the municipality the person
    named: its county's course, but not theirs to attend from home."""
    km = _km_from_town(ev)
    return km is not None and said_km(km) > COMMUTE_KM


def from_town(ev: Evidence) -> bool:
    """An in-person course whose distance from the person's municipality is worth saying (:data:`MENTION_KM`, as
    said): beyond daily reach, or a neighbouring town within it."""
    km = _km_from_town(ev)
    return km is not None and said_km(km) >= MENTION_KM


def in_county(listed: list[Evidence]) -> bool:
    """Some listed course or programme is in the person's county (not only at a distance), near their town or not."""
    return any(e.facts.get("in_region") and not e.facts.get("distance") for e in listed if _is_edu(e))


def local(listed: list[Evidence]) -> bool:
    """Some listed course or programme is in the person's county (not only at a distance) and, when their
    municipality is known, within daily reach of it."""
    return any(e.facts.get("in_region") and not e.facts.get("distance") and not beyond_reach(e)
               for e in listed if _is_edu(e))


def none_near(state: TurnState, listed: list[Evidence]) -> None:
    """The listed courses of the person's county are all beyond daily reach of the municipality they named: said
    before them (near9, rater24 c5: Övertorneå under "Courses in Norrbottens län" for someone in Luleå), so what
    follows reads as what is nearest, not as near."""
    county = [e for e in listed if e.facts.get("in_region") and not e.facts.get("distance")]
    if county and not local(listed):  # its own paragraph, never run on from a route said before it
        state.facts.append(Fact(key="course_place.none_near", paragraph=True,
                                params={"place": str(county[0].facts.get("town") or ""), "km": COMMUTE_KM}))


def all_distance(chosen: list[Evidence]) -> bool:
    """Everything to list is a course or programme at a distance: the distance heading is the answer's heading."""
    return bool(chosen) and all(_is_edu(e) and e.facts.get("distance") for e in chosen)


def is_listed(ev: Evidence) -> bool:
    """A course, a programme or a route that names one programme: what a heading of found courses stands over."""
    return _is_edu(ev) or ev.facts.get("route_kind") in NAMED_PROGRAMMES


def say_listed(state: TurnState, chosen: list[Evidence], intro: str, *, reach: bool = False, **params: Any) -> None:
    """The heading (``intro``, or the distance heading when everything is at a distance), then each course,
    programme and named programme as a bullet; distance courses that follow others get their own heading. The other
    routes (a school form's general description, support, rights, residence, a counsellor) stand outside it, each as
    its own sentence, once: those before the first listed item before the heading, the rest after the bullets; with
    nothing to list, no heading at all (courses16: a residence-permit page under "Courses and programmes I found").
    ``reach``: said right before the heading when none of the county's courses is within daily reach of the
    person's municipality (:func:`none_near`)."""
    from assistant.refused_education import without_refused

    chosen = without_refused(state.profile, chosen)  # (a field turned down leaves every list: refuse14)
    lead = list(takewhile(lambda e: not is_listed(e), chosen))
    _say_apart(state, lead)
    rest = chosen[len(lead):]
    chosen = [e for e in rest if is_listed(e)]
    if chosen:
        if reach:
            none_near(state, chosen)
        _say_listed(state, chosen, intro, **params)
    _say_apart(state, [e for e in rest if not is_listed(e)])


def nearest_first(chosen: list[Evidence]) -> list[Evidence]:
    """The in-person courses and programmes in order of how far they are from the person, each keeping one of their
    places in the list (the routes between them stay where they are): a course 240 km away is never listed before one
    in the person's county (place20, rater33: "nothing within commuting distance" and then the farthest first)."""
    def km(ev: Evidence) -> float:  # from the person's town when known, else from their county (0: in it)
        if ev.facts.get("km_near") is not None:
            return float(ev.facts["km_near"])
        return float(ev.facts["km"]) if ev.facts.get("km") is not None and not ev.facts.get("in_region") else 0.0

    slots = [i for i, e in enumerate(chosen) if _is_edu(e) and not e.facts.get("distance")]
    ordered = sorted((chosen[i] for i in slots), key=km)
    out = list(chosen)
    for i, ev in zip(slots, ordered, strict=True):
        out[i] = ev
    return out


def _say_apart(state: TurnState, routes: list[Evidence]) -> None:
    """Routes said as their own sentences, each once in the answer."""
    from assistant.routes import say_route

    said = {f.source for f in state.facts}
    first = True
    for ev in routes:
        if ev.doc_id not in said:
            at = len(state.facts)
            say_route(state, ev, bullet=False)
            if first and len(state.facts) > at:  # its own paragraph, never run on from the sentence before it
                # ("I found no courses in Gävleborgs län. «Kombinationsutbildning …»", courses19)
                state.facts[at] = state.facts[at].model_copy(update={"paragraph": True})
                first = False


def _say_listed(state: TurnState, chosen: list[Evidence], intro: str, **params: Any) -> None:
    from assistant.course_unplaced import unplaced
    from assistant.evidence import course_where, edu_kind, sv_title
    from assistant.routes import route_gloss, route_wording

    distance_said = all_distance(chosen)
    # in person first, then at a distance under its heading (a distance course may be chosen first: nothing is
    # within daily reach, assistant/education.suitable)
    chosen = nearest_first(sorted(chosen, key=lambda e: bool(_is_edu(e) and e.facts.get("distance"))))
    state.say("course_place.distance_heading" if distance_said else intro, **params)
    before = False
    for ev in chosen:
        ev = state.add_evidence(ev)
        if ev.type == "education_route":
            state.say(route_wording(ev), ev.doc_id, bullet=True, title=sv_title(ev.title, route_gloss(ev)))
            before = True
            continue
        place_txt = course_where(ev)
        if ev.facts.get("distance"):
            if before and not distance_said:  # after courses of the place: not under its heading
                state.say("course_place.distance_heading")
                distance_said = True
            # Where a distance course is given from: a course of a school elsewhere (Tomelilla in Skåne) must not
            # read as being where the person is.
            key, host = "courses.item_distance_place" if place_txt else "courses.item_distance", None
        elif ev.facts.get("km") and place_txt:  # another county: which, and about how far (assistant.education)
            km = int(ev.facts["km"])
            host = provider_host(ev, str(ev.facts.get("place") or ""))
            state.say("courses.item_far_provider" if host else "courses.item_far", ev.doc_id, bullet=True,
                      title=sv_title(ev.title, edu_kind(ev)), place=place_txt, county=ev.facts.get("county") or "",
                      km=said_km(km), host=host or "")
            before = True
            continue
        elif place_txt and from_town(ev):  # the person's county, but how far from their town is said (near9)
            km = int(ev.facts["km_near"])
            host = provider_host(ev, str(ev.facts.get("place") or ""))
            state.say("courses.item_from_provider" if host else "courses.item_from", ev.doc_id, bullet=True,
                      title=sv_title(ev.title, edu_kind(ev)), place=place_txt, town=ev.facts["town"],
                      km=said_km(km), host=host or "")
            before = True
            continue
        else:
            host = provider_host(ev, str(ev.facts.get("place") or "")) if place_txt else None
            key = "courses.item_provider" if host else "courses.item" if place_txt else "courses.item_noplace"
            if place_txt and unplaced(state, ev):  # the person's place not known: not said as near (courses18)
                key, host = "courses.item_unplaced", None
        state.say(key, ev.doc_id, bullet=True, title=sv_title(ev.title, edu_kind(ev)), place=place_txt,
                  host=host or "")
        before = True


def municipality(state: TurnState) -> str | None:
    """The municipality whose Komvux to ask: where the person said they live (Komvux is the home municipality's,
    whichever course town is asked about: place20), else the one asked about, else any the profile holds."""
    from assistant.home_town import told_home

    if (home := told_home(state)) is not None:
        return home
    place = state.place
    if place is not None and place.kind == "municipality" and place.label:
        return place.label
    return next((c.label for c in reversed(state.profile.constraints) if c.kind == "municipality" and c.label), None)


def asked_kommuns(state: TurnState, rt: Runtime) -> str | None:
    """Several municipalities named in the message, joined as alternatives («Västerås or Köping», courses19: two
    towns of one county are one county's search, and the Komvux of each is named); None for one or none."""
    from assistant.course_towns import MAX_TOWNS, either
    from assistant.interpretation.places import places_to_go

    said = [m.content for m in state.request.messages if m.role == "user"]
    try:  # a place said to be too far or refused is none to ask in (local11)
        found = places_to_go(said[-1] if said else state.text or "", rt.relations)
    except Exception:  # noqa: BLE001 - no geography: the one place of the turn stands
        return None
    names = list(dict.fromkeys(m.place.label for m in found if m.place.kind == "municipality" and m.place.label))
    return either(state, names[:MAX_TOWNS]) if len(names) > 1 else None


def say_ask_komvux(state: TurnState, rt: Runtime, listed: list[Evidence], code: str | None, *, youth: bool,
                   degree: bool, kommun: str | None = None) -> None:
    """No course of the person's county listed: their municipality's Komvux, by name, as the place to ask (not for a
    pupil, whose way is the gymnasium, nor for a profession reached only by a degree, nor for work Komvux's
    vocational training does not lead to: its trades are the SSYK major groups the route names, 4-9); ``kommun``:
    the municipalities to name instead (several towns asked, assistant/course_towns.py)."""
    kommun = kommun or asked_kommuns(state, rt) or municipality(state)
    if youth or degree or kommun is None or local(listed):
        return
    from assistant.routes import evidence_of, routes

    table: dict[str, Any] = routes(rt)
    route = table.get(KOMVUX_ROUTE)
    if route is None or not code or not any(code.startswith(p) for p in route.ssyk):
        return
    ev = state.add_evidence(evidence_of(route))
    state.say("course_place.ask_komvux", ev.doc_id, kommun=kommun)


def widen_to_nearest(state: TurnState, rt: Runtime, items: list[Evidence], code: str | None) -> bool:
    """Nothing near (in the county, within reach or at a distance) and no Komvux of the person's own to ask (the work
    is none of the trades of its vocational training, :func:`say_ask_komvux`): the nearest course or programme beyond
    reach is named, with its county and distance, after saying there is none near (rater16 conv4: an accountant in
    Malmö heard only "no courses in Skåne"; the data's nearest is in Göteborg). Not for a pupil (the gymnasium is
    theirs) nor for a profession reached only by a degree (its route is said)."""
    from assistant.education import audience, pick
    from assistant.routes import needs_degree, routes
    from assistant.study_reach import held_home

    if audience(state) == "youth" or not code or needs_degree(rt, code) or any(map(_is_edu, pick(state, items))) \
            or held_home(state):  # "I can't move", a family here: the nearest far away is none for them (yhdist12)
        return False
    route = routes(rt).get(KOMVUX_ROUTE)
    return route is None or not any(code.startswith(p) for p in route.ssyk)
