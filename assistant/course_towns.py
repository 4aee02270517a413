"""Courses in each of the towns a person names (rater17 conv3: "what courses is there near me? västerås or
eskilstuna maybe" was answered "no courses in Västmanlands län" alone; Eskilstuna, in Södermanland, was never searched).

When a course question names places of more than one county, each county is searched (the courses and programmes
of each, at a distance as always), each found course says its own place, and what is missing is said per county:
"none in Södermanlands län" beside the courses of Västmanlands län, and the Komvux of each named municipality
without a course of its county is named as the place to ask. Places are those of the one geography
(:mod:`vagledning.domain.geography`), so every spelling and script it reads counts.
"""
from __future__ import annotations

from assistant.course_places import local, say_ask_komvux, say_listed
from assistant.interpretation.places import places_to_go
from assistant.state import TurnState
from retrieval.education import EducationOption, education_options
from vagledning.domain.evidence import Evidence
from vagledning.domain.geography import Place
from vagledning.domain.runtime import Runtime

#: At most this many named places are searched (a list of towns beyond it is no question about each).
MAX_TOWNS = 3


def asked_towns(state: TurnState, rt: Runtime) -> list[Place]:
    """The places the message names to study in, when they lie in more than one county (else none: one county is
    searched as before); one per municipality or region, in the order written, at most :data:`MAX_TOWNS`. A place
    said to be too far or refused ("anything in Borlänge? Stockholm is too far") is none of them (local11)."""
    said = [m.content for m in state.request.messages if m.role == "user"]
    try:  # the whole message: a question told in two sentences ("Courses near me? In Västerås or Eskilstuna?")
        found = places_to_go(said[-1] if said else state.text or "", rt.relations)
    except Exception:  # noqa: BLE001 - no geography: the one place of the turn stands
        return []
    towns: list[Place] = []
    for mention in found:
        place = mention.place
        if place.region_id and all(t.id != place.id for t in towns):
            towns.append(place)
    towns = towns[:MAX_TOWNS]
    return towns if len({t.region_id for t in towns}) > 1 else []


def option_evidence(opt: EducationOption, county: str | None = None) -> Evidence:
    """A fitting course or programme as evidence; ``county``: the asked county it lies in."""
    hit = opt.hit
    facts = {"place": ", ".join(opt.places) or None, "in_region": opt.in_region, "distance": opt.distance,
             "education_type": opt.education_type, "similarity": round(opt.similarity, 3)}
    if county and opt.in_region:
        facts["asked_county"] = county
    return Evidence(doc_id=hit.doc_id, kind=hit.kind, type=opt.kind, title=hit.title, url=hit.url or None,
                    snippet=hit.snippet, facts=facts)


def counties(towns: list[Place], rt: Runtime) -> list[str]:
    """The counties of the towns, by name, each once, in the order written."""
    geo = rt.relations.geography()
    out: list[str] = []
    for t in towns:
        label = geo.region_label(t.region_id) or t.label
        if label not in out:
            out.append(label)
    return out


def town_evidence(rt: Runtime, label: str, group: str | None, code: str | None, towns: list[Place]) -> list[Evidence]:
    """The fitting courses and programmes of every named town's county (each once: one in any of them is local)."""
    geo = rt.relations.geography()
    by_id: dict[str, Evidence] = {}
    for region in dict.fromkeys(t.region_id for t in towns if t.region_id):
        county = geo.region_label(region)
        for opt in education_options(rt, label, group, code, region, elsewhere=True):
            ev = option_evidence(opt, county)
            old = by_id.get(ev.doc_id)
            if old is None or (ev.facts.get("in_region") and not old.facts.get("in_region")):
                by_id[ev.doc_id] = ev
    items = list(by_id.values())
    if any(e.facts.get("in_region") or e.facts.get("distance") for e in items):
        items = [e for e in items if e.facts.get("in_region") or e.facts.get("distance")]
    return items


def either(state: TurnState, names: list[str]) -> str:
    """Names joined as alternatives in the person's language («Västerås or Eskilstuna»)."""
    from assistant.locales import text

    if len(names) < 2:
        return names[0] if names else ""
    return text(state.locale, "course_place.either").format(first=", ".join(names[:-1]), last=names[-1])


def say_towns(state: TurnState, rt: Runtime, chosen: list[Evidence], towns: list[Place], code: str | None,
              occupation: dict[str, str] | str, *, youth: bool, degree: bool) -> None:
    """The answer for several named towns: none said for the counties without a course listed there, the courses
    under a heading that names the counties they are in, then the Komvux of each town whose county had none."""
    names = counties(towns, rt)
    listed = [ev for ev in chosen if ev.type in ("course", "programme")]
    far = [ev for ev in listed if not ev.facts.get("in_region") and not ev.facts.get("distance")]
    found = [c for c in names if any(ev.facts.get("asked_county") == c and not ev.facts.get("distance")
                                     for ev in listed)]
    missing = [c for c in names if c not in found]
    if missing and (listed or not (youth or degree)):
        state.say("courses.none_place", place=either(state, missing), occupation=occupation)
    if chosen:
        here = found and local(listed) and not far
        say_listed(state, chosen, "courses.intro_place" if here else "courses.intro", place=either(state, found),
                   occupation=occupation)
    geo = rt.relations.geography()
    kommuns = [t.label for t in towns if t.kind == "municipality" and (geo.region_label(t.region_id) or "") in missing]
    if kommuns:
        say_ask_komvux(state, rt, [], code, youth=youth, degree=degree, kommun=either(state, kommuns))

