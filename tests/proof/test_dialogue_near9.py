"""The place is the municipality the person named, not only its county (rater24 class 7).

The counsellor's finding: the courses offered were 70–200 km from the person's town (Trollhättan for Göteborg,
Övertorneå for Luleå, Väddö for Stockholm city), listed under the county's heading as if they were there, and
"where do I learn Swedish in Luleå?" got "sign up with your municipality" without naming it (c5 T6, uk). Now, with
the town told in the first message (in lower case or in the person's script) and a later question that names no
place: SFI (or, for someone who writes Swedish, Swedish as a second language) is pointed to at that municipality's
Komvux (cited with the general source: the data has no municipality's own SFI page); a course beyond daily commuting
distance of the town is said with how far it is from the town, the answer says nothing is within commuting distance,
the county's heading does not stand over it, and the town's own Komvux is named as the place to ask. Through the real
app over the shared test store; the sentences live in phrases/dialogue_near9.yaml.
"""
from __future__ import annotations

import pytest

from assistant.education import COMMUTE_KM
from assistant.locales import lookup
from retrieval.education import is_distance
from tests.dialogue_support import ALL, cited, line_citing, route_ids, said_all, wording_start
from vagledning.domain.place_coords import coordinates, km_apart

STORY, SWEDISH, COURSES = said_all("near9_lulea_electrician", "near9_where_learn_swedish", "near9_electrician_courses")
TOWN, COUNTY = "Luleå", "Norrbottens län"


#: Where Swedish is learnt: SFI, or Swedish as a second language at Komvux for someone who writes Swedish already.
SWEDISH_STEPS = ("route:sfi", "route:komvux_sas")


@pytest.mark.parametrize("locale", ALL)
def test_where_to_learn_swedish_names_the_town_told_before(person, locale):
    body = person.say(STORY[locale], SWEDISH[locale])
    step = next((r for r in route_ids(body) if r in SWEDISH_STEPS), None)
    assert step, (locale, body["action"], body["citations"], body["answer"])
    assert TOWN in line_citing(body, step), (locale, body["answer"])


def _km_from_town(rt, c: dict) -> int | None:
    """How far the nearest place of a cited in-person course or programme is from the town (None: at a distance
    or no place known)."""
    doc = rt.store.get_docs(c["kind"], [c["id"]])[c["id"]]
    meta = doc["metadata"]
    if is_distance(c["title"], doc.get("text") or "", meta.get("study_form")):
        return None
    places = list(meta.get("municipalities") or []) or ([meta["place"]] if meta.get("place") else [])
    home = coordinates(TOWN)
    found = [km_apart(home, at) for p in places if (at := coordinates(p)) is not None] if home else []
    return min(found) if found else None


def _far_said_with_distance(rt, body: dict, locale: str) -> None:
    """Every cited in-person course beyond daily reach of the town is said with how far it is from the town."""
    far = [(c, km) for c in cited(body, "course", "programme")
           if (km := _km_from_town(rt, c)) is not None and km > COMMUTE_KM]
    assert far, (locale, body["citations"])  # the store's electrician courses in Norrbotten are all far from Luleå
    for c, km in far:
        line = line_citing(body, c["id"])
        assert TOWN in line and str(round(km, -2 if km >= 300 else -1)) in line.replace(" ", ""), (locale, line)


@pytest.mark.parametrize("locale", ALL)
def test_a_suggested_course_far_from_the_town_says_how_far(person, locale, real_runtime):
    body = person.say(STORY[locale])
    _far_said_with_distance(real_runtime, body, locale)


@pytest.mark.parametrize("locale", ALL)
def test_courses_beyond_commuting_distance_say_how_far_from_the_town(person, locale, real_runtime):
    body = person.say(STORY[locale], COURSES[locale])
    assert body["action"] == "courses", (locale, body["action"], body["answer"])
    _far_said_with_distance(real_runtime, body, locale)
    assert wording_start(locale, "course_place.none_near", 20) in body["answer"], (locale, body["answer"])
    heading = str(lookup(locale, "courses.intro_place")).format(place=COUNTY, occupation="")
    assert heading not in body["answer"], (locale, body["answer"])  # no county heading over courses far away
    assert TOWN in line_citing(body, "route:komvux_yrke"), (locale, body["answer"])  # the town's Komvux to ask
