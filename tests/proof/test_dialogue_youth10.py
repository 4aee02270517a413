"""A pupil in year 9 choosing the gymnasium (rater 10, conversation 4, rated 1/5): a boy in Luleå who likes gaming,
computers and drawing and hates reading was told to register at Arbetsförmedlingen and search Platsbanken, was
offered folkhögskola and yrkeshögskola courses for adults, never a gymnasium programme; "which programme? te? el?"
got occupations; "is Teknikprogrammet in Luleå?" got the programme with two of its five orientations and nothing
about Luleå. A pupil hears of the gymnasium programmes (which lead to work, which to further studies), the
school's counsellor and where to check what his town offers; never adult education or the employment service."""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, cited, constraints, route_ids, said_all

PUPIL, WHICH, IN_TOWN = said_all("youth10_pupil_gaming", "youth10_which_programme", "youth10_programme_in_town")
#: Routes for adults (Komvux, yrkeshögskola, folkhögskola, the employment service's programmes, SFI).
ADULT_ROUTES = ("route:komvux", "route:yrkeshogskola", "route:folkhogskola", "route:af_", "route:sfi",
                "route:etablering", "route:kombinationsutbildning", "route:omstallning", "route:yrkesintroduktion")
#: The employment service's steps for job seekers (adults).
JOB_SEEKER = ("platsbanken", "arbetsformedlingen.se", "arbetsförmedlingen")


def _for_a_pupil(body: dict) -> None:
    ids = route_ids(body)
    assert not [r for r in ids if r.startswith(ADULT_ROUTES)], (ids, body["answer"])
    assert not cited(body, "course", "programme"), [c["title"] for c in cited(body, "course", "programme")]
    assert not any(w in body["answer"].casefold() for w in JOB_SEEKER), body["answer"]
    assert constraints(body, "age"), body["profile"]["constraints"]


def _place_kept(body: dict) -> None:
    assert constraints(body, "municipality") or constraints(body, "region"), body["profile"]["constraints"]


@pytest.mark.parametrize("locale", ALL)
def test_a_pupil_asking_what_fits_hears_of_gymnasium_programmes_not_job_seeking(person, locale):
    body = person.say(PUPIL[locale])
    _for_a_pupil(body)
    _place_kept(body)
    assert any(r.startswith("route:gy_") for r in route_ids(body)), (route_ids(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_which_programme_te_or_el_is_answered_with_those_programmes(person, locale):
    body = person.say(PUPIL[locale], WHICH[locale])
    ids = route_ids(body)
    assert body["action"] == "courses", body["answer"]
    assert {"route:gy_teknik", "route:gy_el_energi"} <= set(ids), (ids, body["answer"])
    assert "route:syv_elev" in ids, (ids, body["answer"])  # the school's counsellor as the next step
    _for_a_pupil(body)
    _place_kept(body)


@pytest.mark.parametrize("locale", ALL)
def test_is_the_programme_in_my_town_says_where_to_check_and_all_orientations(person, locale):
    body = person.say(PUPIL[locale], IN_TOWN[locale])
    ids = route_ids(body)
    assert "route:gy_teknik" in ids, (ids, body["answer"])
    assert "teknikvetenskap" in body["answer"], body["answer"]  # all five orientations, not two
    assert "route:syv_elev" in ids, (ids, body["answer"])  # where to check what the town offers
    town = (constraints(body, "municipality") or [{}])[0].get("label")
    assert town and town in body["answer"], (town, body["answer"])  # the town asked about is answered for
    assert "route:hogskola_behorighet" in ids, (ids, body["answer"])  # university: what it takes
    _for_a_pupil(body)
