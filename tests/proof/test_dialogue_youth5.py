"""A pupil choosing the gymnasium (rater 7, conversation 3, rated 1/5): a 15-year-old in year 9 who likes games
and drawing, whose parents want university, was told a school education consultant job "is like work you have
done" (read from "plugga på universitet sen"), heard of a teacher's degree from the page for foreign degrees,
and never had "estet or teknik for games?", "university after estet?" or "which schools?" answered."""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, cited, constraints, route_ids, said_all

PUPIL, ESTET_TEKNIK, SCHOOLS, NO_TEACHER = said_all(
    "youth5_pupil_games_drawing", "youth5_estet_or_teknik_for_games", "youth5_which_schools", "youth5_no_teacher")
#: SSYK groups of teachers and school education (a pupil's refusal of teaching leaves them out).
SCHOOL_GROUPS = ("23",)


@pytest.mark.parametrize("locale", ALL)
def test_a_pupil_who_names_university_to_come_has_done_no_work(person, locale):
    body = person.say(PUPIL[locale])
    assert constraints(body, "age"), body["profile"]["constraints"]
    assert not body["profile"]["experiences"], body["profile"]["experiences"]
    # directions, or (asked "what should I choose?") the gymnasium programmes: not only eligibility facts
    assert body["occupations"] or any(r.startswith("route:gy_") for r in route_ids(body)), body["answer"]
    assert not cited(body, "statistics"), body["answer"]  # no adult ads and salaries for a pupil
    assert "route:hogskola_larare" not in route_ids(body), body["citations"]


@pytest.mark.parametrize("locale", ALL)
def test_estet_or_teknik_for_games_and_university_after_estet_are_answered(person, locale):
    body = person.say(PUPIL[locale], ESTET_TEKNIK[locale])
    ids = route_ids(body)
    assert body["action"] == "courses", body["answer"]
    assert {"route:gy_estetiska", "route:gy_teknik"} <= set(ids), (ids, body["answer"])
    assert "route:hogskola_behorighet" in ids, (ids, body["answer"])  # what eligibility for university is
    assert not cited(body, "statistics"), body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_which_schools_is_answered_with_where_pupils_look_and_their_counsellor(person, locale):
    body = person.say(PUPIL[locale], SCHOOLS[locale])
    ids = route_ids(body)
    assert "route:syv_elev" in ids, (ids, body["answer"])
    urls = [c["url"] for c in cited(body, "education_route")]
    assert not any("vuxna" in u for u in urls), urls  # a pupil's counsellor, not the page on adult education


@pytest.mark.parametrize("locale", ALL)
def test_a_pupil_who_refuses_teaching_hears_of_no_school_occupation(person, locale):
    body = person.say(PUPIL[locale], NO_TEACHER[locale])
    shown = [o["ssyk_code"] for o in body["occupations"]]
    assert not any(c.startswith(SCHOOL_GROUPS) for c in shown if c), (shown, body["answer"])
    assert "route:hogskola_larare" not in route_ids(body), body["citations"]
