"""The course answer: courses and YH programmes for the occupation in focus, in the place asked about.

Split from assistant/evidence.py (which keeps the shared fact helpers it uses) so each stays one responsibility.
"""
from __future__ import annotations

from assistant.course_places import is_listed, local, say_ask_komvux, say_listed, widen_to_nearest
from assistant.course_towns import asked_towns, option_evidence, say_towns, town_evidence
from assistant.earlier_courses import say_earlier_courses
from assistant.education import audience, level_fit, pick
from assistant.evidence import sv_title
from assistant.field_courses import say_field_programmes
from assistant.home_town import course_town
from assistant.places import place_from_profile, place_in_text, region_label
from assistant.refused_education import without_refused
from assistant.route_plan import plan_routes
from assistant.routes import needs_degree
from assistant.state import Focus, TurnState
from assistant.study_reach import (
    asks_distance,
    asks_on_site,
    at_distance,
    can_move,
    reachable,
    say_none_at_distance,
    say_none_on_site,
    say_staying,
)
from assistant.yh_entry import say_yh_entry
from retrieval.education import education_options
from vagledning.domain.evidence import Evidence
from vagledning.domain.geography import Place
from vagledning.domain.runtime import Runtime


def course_place(state: TurnState, rt: Runtime) -> Place | None:
    """The place a course question is about: named now (unless it is a course's town asked about from a home
    elsewhere, home_town.course_town), else the UI choice, else the profile's."""
    place = place_from_profile(state.message_profile, rt) or place_in_text(state.text, rt)
    if place is not None and course_town(state, rt, place):
        place = None
    if place is None and state.request.region:
        region = state.request.region
        place = Place(region, region_label(region, rt) or "", "region", region)
    return place or place_from_profile(state.profile, rt)


def plan_courses(state: TurnState, rt: Runtime, focus: Focus | None) -> None:
    """Courses and YH programmes that fit the focus occupation (retrieval/education.py) and suit the
    person (assistant/education.py), in the place asked about or at a distance; at most three. A field of education
    named instead of an occupation ("yh inom ekonomi eller it") gets that field's programmes (field_courses.py)."""
    place = state.place
    region = place.region_id if place else None
    where = (region_label(region, rt) or place.label) if place and region else (place.label if place else None)
    occ = sv_title(focus.label, "occupation") if focus else None
    items: list[Evidence] = []
    towns = asked_towns(state, rt)  # towns of several counties named: each searched (assistant/course_towns.py)
    if focus is not None:
        ref = rt.relations.occupation(focus.id)
        group = ref.ssyk_label if ref else None
        items = town_evidence(rt, focus.label, group, focus.ssyk_code, towns) if towns else [
            option_evidence(opt) for opt in education_options(rt, focus.label, group, focus.ssyk_code, region,
                                                              elsewhere=True)]
        items = level_fit(state, rt, items, focus.ssyk_code, [x for x in (focus.label, group) if x],
                          degree=needs_degree(rt, focus.ssyk_code))
        items = without_refused(state.profile, items)  # (a form turned down, "forget YH": rights20)
    if say_field_programmes(state, rt, focus, own=items):
        return
    code = focus.ssyk_code if focus is not None else None
    youth, degree = audience(state) == "youth", needs_degree(rt, code)
    # "can I study it at a distance?" (yhdist12); "in Sundsvall or at a distance?" asks for both
    if focus is not None and asks_distance(state.text) and place_in_text(state.text, rt) is None:
        distant = reachable(state, items)
        if not any(map(at_distance, distant)):
            say_none_at_distance(state, occ or "", had=bool(items))
            say_ask_komvux(state, rt, [], code, youth=youth, degree=degree)
            return
        items = distant
    # "not at a distance, I want a classroom" (asked16, rater29 c10): only those given on site, or plainly none
    if focus is not None and asks_on_site(state.text):
        on_site = reachable(state, items)
        if not any(e.type in ("course", "programme") for e in on_site):
            say_none_on_site(state, occ or "")
            say_ask_komvux(state, rt, [], code, youth=youth, degree=degree)
            return
        items = on_site
    say_staying(state, where)  # "I can't move": what the list leaves out, said once
    chosen = without_refused(state.profile, plan_routes(state, rt, focus, pick(state, items, widen=widen_to_nearest(
        state, rt, items, code))))
    if towns:
        say_towns(state, rt, chosen, towns, code, occ or "", youth=youth, degree=degree)
        return
    if not chosen:
        state.say("courses.none_place" if where else "courses.none", place=where or "", occupation=occ or "")
        say_earlier_courses(state, rt, focus, region, where, [])  # the courses named before (rater17 conv4)
        say_ask_komvux(state, rt, [], code, youth=youth, degree=degree)
        return
    listed = [ev for ev in chosen if ev.type in ("course", "programme")]
    far = [ev for ev in listed if not ev.facts.get("in_region") and not ev.facts.get("distance")]
    # None in the place asked about (what follows is elsewhere, each with its place, or general routes): said. A
    # pupil's gymnasium programmes are no courses of a place, and a licensed degree has no course that leads there
    # (its route was said), so nothing is missing there.
    none = (where and len(far) == len(listed) or not any(map(is_listed, chosen))) and (listed or not (youth or degree))
    if none:
        state.say("courses.none_place" if where else "courses.none", place=where or "", occupation=occ or "")
    if far and can_move(state):  # beyond the county because they can move: said so (place24)
        state.say("study_reach.moving")
    # The heading names the place only over courses that are there (distance ones get their own heading); over the
    # county's courses beyond daily reach of the person's town, it says none is near (near9).
    here = where and local(listed) and not far
    say_listed(state, chosen, "courses.intro_place" if here else "courses.intro", reach=not none, place=where or "",
               occupation=occ or "")
    if focus is not None and asks_on_site(state.text):  # said over the list (new even when it was all on site before)
        _say_over_list(state, "study_reach.only_on_site")
    say_yh_entry(state, rt, listed)  # a YH programme for a newcomer: what it asks and the first step (near15)
    say_earlier_courses(state, rt, focus, region, where, listed)
    say_ask_komvux(state, rt, listed, code, youth=youth, degree=degree)


def _say_over_list(state: TurnState, key: str) -> None:
    """``key`` said just before the list of courses (at the end when there is no heading)."""
    state.say(key)
    said = state.facts.pop()
    at = next((i for i, f in enumerate(state.facts) if f.key.startswith(("courses.intro", "courses.none"))),
              len(state.facts))
    state.facts.insert(at, said.model_copy(update={"paragraph": True, "bullet": False}))
