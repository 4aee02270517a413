"""Yrkeshögskola asked for in a field of education: the granted programmes of the education areas a course question
names, in the person's place first and then at a distance (rater25 class 4).

A warehouse worker in Sundsvall asked three times for YH programmes "inom ekonomi eller it, i sundsvall eller på
distans" and was told the sources had nothing (rater25 c3 T2–T5): the course answer looked only for the occupation in
focus (Administratör, with no programme of its own), while the MYH decisions hold granted distance programmes in both
areas. Myndigheten för yrkeshögskolan files every programme under an education area (``Utbildningsområde``, kept as
the programme's ``area``); the words people use for the areas, in every language, are in
locales/education_areas.yaml. A field named in a course question that names no occupation of its own is answered
with that area's programmes — at most three, the asked areas taking turns — each cited to its programme document.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any

from assistant.evidence import store_doc
from assistant.intent_cues import cue_pattern, normalize
from assistant.state import Focus, TurnState
from retrieval.education import search_one
from vagledning.domain.evidence import Evidence
from vagledning.domain.geography import Place
from vagledning.domain.runtime import Runtime
from vagledning.yaml_data import load_yaml

MAX_PROGRAMMES = 3
#: The bare "IT" as written (English "it" is a pronoun); lower-case "it" counts outside English ("eller it").
_IT_UPPER = re.compile(r"(?<![\w-])IT(?!\w)")
_IT_LOWER = re.compile(r"(?<![\w-])it(?![\w-])")
IT_AREA = "Data/IT"


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    raw = resources.files("assistant").joinpath("locales/education_areas.yaml").read_text(encoding="utf-8")
    return dict(load_yaml(raw) or {})


def area_specs() -> dict[str, dict[str, Any]]:
    return dict(_data().get("areas") or {})


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """Compiled once per process: one pattern per area over all its cues."""
    return {area: re.compile("|".join(cue_pattern(str(c)) for c in spec.get("cues") or ()))
            for area, spec in area_specs().items()}


def asked(text: str, locale: str) -> list[tuple[str, str]]:
    """The MYH education areas ``text`` names, each with the words that named it, in the order written."""
    t = normalize(text)
    found: list[tuple[int, str, str]] = []
    for area, pat in _patterns().items():
        m = pat.search(t)
        if m:
            found.append((m.start(), area, m.group(0)))
    if IT_AREA not in {a for _, a, _ in found}:
        m = _IT_UPPER.search(text or "") or (None if locale == "en" else _IT_LOWER.search(t))
        if m:
            found.append((m.start(), IT_AREA, "IT"))
    return [(area, words) for _, area, words in sorted(found)]


def asked_areas(text: str, locale: str) -> list[str]:
    """The MYH education areas ``text`` names, in the order written."""
    return [area for area, _ in asked(text, locale)]


def area_name(area: str, locale: str) -> str:
    """The area in the person's language (the Swedish name where none is written)."""
    names = area_specs().get(area, {}).get("names") or {}
    return str(names.get(locale) or names.get("sv") or area)


def or_word(locale: str) -> str:
    """The word between two fields ("ekonomi eller IT"), with its spaces."""
    words = _data().get("or") or {}
    return f" {words.get(locale) or words.get('sv') or 'eller'} "


def _rank(programme: Any, place: Place | None) -> int | None:
    """0 in the municipality, 1 in its county, 2 at a distance; None: none of these where a place is known."""
    distance = programme.study_form == "Distans"
    if place is None:
        return 0 if distance else 1
    if place.kind == "municipality" and place.id in programme.municipality_ids:
        return 0
    if place.region_id and place.region_id in programme.region_ids:
        return 1
    return 2 if distance else None


def _closeness(rt: Runtime, words: str, wish: str | None) -> dict[str, float]:
    """doc id -> how close a programme is in meaning to the words that named the area (a cue of
    education_areas.yaml) and the occupation the person wants, when known: "ekonomi" for someone who wants office
    work puts accounting before key account management. Searched in memory only, never kept."""
    query = " ".join(x for x in (wish, words) if x)
    try:
        hits = search_one(rt, query, "programme", 100)
    except Exception:  # noqa: BLE001 - no search: the nearest come first, by title
        return {}
    return {hit.doc_id: float(hit.similarity) for hit in hits}


def _where(rt: Runtime, programme: Any, place: Place | None, rank: int) -> list[str]:
    """The programme's towns to name: only those in the person's municipality or county when it is given there
    (a programme of three towns, Sundsvall among them, is not "Jönköping, Malmö …" for someone in Sundsvall)."""
    towns = list(programme.municipalities)
    if place is None or rank >= 2:
        return towns
    if rank == 0 and place.label in towns:
        return [place.label]
    try:
        geo = rt.relations.geography()
        here = [t for t in towns if (m := geo.resolve(t)) is not None and place.region_id in m.region_ids]
    except Exception:  # noqa: BLE001 - no geography: every town is named
        return towns
    return here or towns


def _one_of_each_title(ranked: list[tuple[int, float, str, Any]]) -> list[tuple[int, float, str, Any]]:
    """The first of each title (three towns giving "Socialpedagog" at a distance are one choice, the nearest)."""
    first: dict[str, tuple[int, float, str, Any]] = {}
    for x in ranked:
        first.setdefault(x[2].casefold(), x)
    return list(first.values())


def field_programmes(rt: Runtime, areas: list[tuple[str, str]], place: Place | None,
                     wish: str | None = None, refused: Callable[[str], bool] | None = None) -> list[Evidence]:
    """At most three granted programmes of ``areas``: the nearest first, then the closest in meaning, the areas taking
    turns so each asked field is shown; each as programme evidence read from the store (its text is what the
    citation shows). ``refused``: a title the person turned down is never chosen (refused_education.py)."""
    per_area: dict[str, list[tuple[int, float, str, Any]]] = {a: [] for a, _ in areas}
    close = {a: _closeness(rt, words, wish) for a, words in areas}
    for p in rt.relations.programmes():
        if p.area in per_area and (rank := _rank(p, place)) is not None and not (refused and refused(p.title)):
            per_area[p.area].append((rank, -close[p.area].get(p.doc_id, 0.0), p.title, p))
    queues = [_one_of_each_title(sorted(v, key=lambda x: x[:3])) for v in per_area.values() if v]
    chosen: list[tuple[int, Any]] = []
    while queues and len(chosen) < MAX_PROGRAMMES:
        for q in list(queues):
            if len(chosen) < MAX_PROGRAMMES and q:
                rank, _, _, p = q.pop(0)
                chosen.append((rank, p))
            if not q:
                queues.remove(q)
    out: list[Evidence] = []
    for rank, p in sorted(chosen, key=lambda x: x[0]):
        ev = store_doc(rt, "programme", p.doc_id, "programme")
        if ev is None:
            continue
        ev.facts.update({"place": ", ".join(_where(rt, p, place, rank)) or None, "in_region": rank < 2 and place is not None,
                         "distance": p.study_form == "Distans", "education_type": "yrkeshögskola", "area": p.area})
        out.append(ev)
    return out


def own_of_field(rt: Runtime, area: str, occupation: str, own: list[Evidence]) -> bool:
    """The occupation in focus has education of its own, in the place or at a distance, and it is of the asked field:
    a programme of that area, a course or the occupation named with the area's words (a Komvux «Vård- och
    omsorgsutbildning»: care), or the area of the programme closest to the occupation in meaning (Undersköterska:
    care). After a lorry driver's list, "YH in economics near me?" is another field: its programmes, not the
    driver's lorry courses (place10)."""
    # Relevance before distance (near15, rater28 c02 T3): with none in the place or at a distance, the occupation's
    # own programme in another town («Ekonomi- och redovisningskonsult», Stockholm) answers "accounting courses near
    # Norrköping?" before another field's nearby ones (logistics, procurement)
    near = [ev for ev in own if ev.facts.get("in_region") or ev.facts.get("distance")] or own
    if not near:
        return False
    pat = _patterns().get(area)
    by_id = {p.doc_id: p.area for p in rt.relations.programmes()}
    titles = (occupation, *(ev.title or "" for ev in near))
    if any(by_id.get(ev.doc_id) == area for ev in near) or pat is not None and any(
            pat.search(normalize(t)) for t in titles) or area == IT_AREA and any(_IT_UPPER.search(t) for t in titles):
        return True
    try:
        closest = search_one(rt, occupation, "programme", 1)
    except Exception:  # noqa: BLE001 - no search: the occupation's own courses stand, as before
        return True
    return any(by_id.get(h.doc_id) == area for h in closest)


def _not_own_schooling(state: TurnState) -> str:
    """The words a field may be asked in: the question alone when the message also tells the person's own schooling
    (courses18, rater30 en c04 T2: "do I need a degree for that? I only have gymnasium (teknik programme)" after a
    wish to work with animals got YH programmes in engineering – his school's programme read as the field asked)."""
    from assistant.intents import question_part

    told = state.message_profile.education if state.message_profile else []
    return question_part(state.text) if told else state.text


def say_field_programmes(state: TurnState, rt: Runtime, focus: Focus | None, *, own: list[Evidence]) -> bool:
    """Answer a course question that names an education area with that area's programmes, unless it names one area
    and an occupation too ("courses for accountants?": its own answer says where the nearest are) or the occupation
    in focus has education of its own in the place or at a distance (``own``: "courses in care?" for a future
    undersköterska are hers). True when said; False leaves the occupation's course answer to the caller. Two fields
    are the person's own frame ("محاسبة أو IT" names Redovisningsekonom and IT): the fields are answered. The focus's
    own education answers only a field it is of (:func:`own_of_field`): after a lorry driver's list, "YH in
    economy near me?" got the driver's lorry courses (place10)."""
    from assistant.course_places import say_listed
    from assistant.education import age, audience
    from assistant.places import region_label
    from assistant.refused_education import areas_left, refused_title, without_refused
    from assistant.yh_entry import say_yh_entry

    # Yrkeshögskola is adult education: a pupil's field is a gymnasium programme, and a newcomer of 16–19 has
    # Språkintroduktion first (youth8: "I'm 17, I like computers, what should I study?" is no YH question).
    if audience(state) == "youth" or (years := age(state)) is not None and years < 20:
        return False
    # (refusals' spans are of the whole message: refuse14)
    areas = areas_left(state.profile, state.text, asked(_not_own_schooling(state), state.locale), state.user_index)
    if not areas or focus is not None and len(areas) == 1 and (focus.named or own_of_field(rt, areas[0][0],
                                                                                          focus.label, own)):
        return False
    place = state.place
    items = without_refused(state.profile, field_programmes(rt, areas, place, focus.label if focus else None,
                                                            refused=lambda t: refused_title(state.profile, t)))
    if not items:
        return False
    field = or_word(state.locale).join(area_name(a, state.locale) for a, _ in areas)
    where = (place.label or region_label(place.region_id, rt)) if place else None
    if where and all(ev.facts.get("distance") for ev in items):  # (the list's own heading then says "at a distance")
        state.say("field_courses.none_here", field=field, place=where)
    say_listed(state, items, "field_courses.intro_place" if where else "field_courses.intro", field=field,
               place=where or "")
    say_yh_entry(state, rt, items)  # what YH asks and the first step, for a newcomer (near15)
    return True
