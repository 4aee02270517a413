"""Places and distances said right (place24; rater34 class 7: replay_new02, replay05, replay03, replay08, replay_new01).

The counsellor's findings, as kinds of failure (own sentences, not theirs): a woman living in Norrköping who asked
about a distance programme at Uppsala heard "I found nothing in Uppsala län", as if the course town were her home;
"nothing within about 60 km of Borås" was followed by a course "about 60 km from Borås"; parents who cannot move got
on-site programmes hundreds of kilometres away.
Now, in all 8 languages: the county said in "I found nothing in X" is the person's own (their told home's county,
never the county of a course town they ask about); "nothing within N km" is never followed by a course N km away
or nearer (one distance, said the same in both); a parent who cannot move, in a small town, hears of no on-site
course in another county; someone who says they can move and has nothing near hears the far course with its county
and distance, and that it is named because they can move.
Through the real app over the shared test store; the sentences live in phrases/dialogue_place24.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, constraints, said_all, wording_literal

(PHARMACIST, UPPSALA, NURSE, UMEA, MECHANIC, MECHANIC_COURSE, COOK_KIDS, COOK_COURSES, ACCOUNTANT_MOVES,
 ACCOUNTING_COURSES) = said_all(
    "place24_pharmacist_karlstad", "place24_uppsala_distance", "place24_nurse_motala", "place24_umea_distance",
    "place24_mechanic_boras", "place24_mechanic_course", "place24_cook_ljusdal_kids", "place24_cook_courses",
    "place24_accountant_lulea_moves", "place24_accounting_courses")


def _around(locale: str, key: str, name: str) -> tuple[str, str]:
    """The fixed words right before and right after placeholder ``name`` in the locale's wording ``key`` (up to the
    next placeholder, or a closing bracket or semicolon, kept): what stands around that value in every sentence of
    the wording, and tells it from another wording's ("about 60 km)" from "about 60 km from Borås")."""
    parts = re.split(r"(\{[^}]*\})", str(lookup(locale, key)))
    at = parts.index("{" + name + "}")
    before = re.split(r"[(（]", parts[at - 1])[-1].strip()
    after = re.match(r"[^)）;؛]*[)）;؛]?", parts[at + 1]).group(0).strip(" .。።")  # (with its bracket: "km)")
    return before, after


def _values(locale: str, key: str, name: str, answer: str, value: str) -> list[str]:
    before, after = _around(locale, key, name)
    return re.findall(re.escape(before) + r"\s*(" + value + r")\s*" + re.escape(after), answer)


def _counties_said_empty(locale: str, answer: str) -> list[str]:
    """The places named in the answer's "I found no courses or programmes for this in X" sentences."""
    return [p.strip() for p in _values(locale, "courses.none_place", "place", answer, r"[A-ZÅÄÖ][\w -]*?län")]


def _km(locale: str, key: str, answer: str) -> list[int]:
    return [int(k) for k in _values(locale, key, "km", answer, r"\d+")]


def _homes(body: dict) -> list[str]:
    return [c["label"] for c in constraints(body, "municipality")]


@pytest.mark.parametrize("locale", ALL)
def test_nothing_found_names_the_home_county_not_the_course_towns(person, locale):
    person.say(PHARMACIST[locale])
    body = person.say(UPPSALA[locale])
    assert _homes(body) == ["Karlstad"], (locale, body["profile"]["constraints"])
    said = _counties_said_empty(locale, body["answer"])
    assert all(p == "Värmlands län" for p in said), (locale, said)


@pytest.mark.parametrize("locale", ALL)
def test_nothing_found_names_the_home_county_for_a_small_town(person, locale):
    person.say(NURSE[locale])
    body = person.say(UMEA[locale])
    assert _homes(body) == ["Motala"], (locale, body["profile"]["constraints"])
    said = _counties_said_empty(locale, body["answer"])
    assert all(p == "Östergötlands län" for p in said), (locale, said)


@pytest.mark.parametrize("locale", ALL)
def test_nothing_within_n_km_is_never_followed_by_a_course_within_n_km(person, locale):
    person.say(MECHANIC[locale])
    body = person.say(MECHANIC_COURSE[locale])
    assert _homes(body) == ["Borås"], (locale, body["profile"]["constraints"])
    limit = _km(locale, "course_place.none_near", body["answer"])
    away = _km(locale, "courses.item_from", body["answer"]) + _km(locale, "courses.item_from_provider", body["answer"])
    assert not limit or all(k > limit[0] for k in away), (locale, limit, away, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_parent_who_cannot_move_in_a_small_town_hears_no_far_course(person, locale):
    person.say(COOK_KIDS[locale])
    body = person.say(COOK_COURSES[locale])
    assert _homes(body) == ["Ljusdal"], (locale, body["profile"]["constraints"])
    far = [wording_literal(locale, k) for k in ("courses.item_far", "courses.item_far_provider")]
    lines = [s for s in body["answer"].splitlines() if any(f and f in s for f in far)]
    assert not lines, (locale, lines)
    said = _counties_said_empty(locale, body["answer"])
    assert all(p == "Gävleborgs län" for p in said), (locale, said)
    assert wording_literal(locale, "study_reach.moving") not in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_someone_who_can_move_hears_the_far_course_with_its_distance(person, locale):
    person.say(ACCOUNTANT_MOVES[locale])
    body = person.say(ACCOUNTING_COURSES[locale])
    assert _homes(body) == ["Luleå"], (locale, body["profile"]["constraints"])
    said = _counties_said_empty(locale, body["answer"])
    assert all(p == "Norrbottens län" for p in said), (locale, said)
    far = _km(locale, "courses.item_far", body["answer"]) + _km(locale, "courses.item_far_provider", body["answer"])
    assert far and all(k >= 150 for k in far), (locale, far, body["answer"])
    assert wording_literal(locale, "study_reach.moving") in body["answer"], (locale, body["answer"])
