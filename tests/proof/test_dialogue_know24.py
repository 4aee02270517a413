"""Knowledge a counsellor has that the sources lacked (know24; rater34 class 6).

The counsellor's finding, as a kind of failure (own words): "what is nystartsjobb?" got «Personlig tränare/PT» in
Swedish and "my sources say nothing about it" in Somali; a counsellor names Arbetsförmedlingen's supports to an
employer who hires someone long out of work or newly arrived. Now, in all 8 languages:
- nystartsjobb asked by name, spelt as people spell it, or asked "can I get it?": the curated route (Arbetsförmedlingen's
  page) cited, saying the employer gets the money, registration with Arbetsförmedlingen, and who decides;
- introduktionsjobb asked: its own route cited, nystartsjobb not (not asked);
- a near question ("a fresh start, a new job in a shop") never gets the support.
Through the real app over the shared test store (ingest adds the new route documents to it); the sentences live in
phrases/dialogue_know24.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all, wording_literal

NYSTARTS_WHAT, NYSTARTS_ME, INTRO_WHAT, NEAR = said_all(
    "know24_nystarts_what", "know24_nystarts_me", "know24_intro_what", "know24_near_new_job")
NYSTARTS, INTRO = "route:nystartsjobb", "route:introduktionsjobb"


def _says_route(body: dict, locale: str, key: str) -> None:
    """The route cited, and its sentence (past the title) in the answer: the employer gets the money and
    Arbetsförmedlingen decides, in the person's language."""
    assert f"route:{key}" in route_ids(body), (locale, route_ids(body), body["answer"])
    body_of = wording_literal(locale, f"rights.{key}").lstrip(": ")[:30]
    assert body_of in body["answer"], (locale, body_of, body["answer"])
    assert "Arbetsförmedlingen" in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_nystartsjobb_asked_by_name_is_explained_from_arbetsformedlingens_page(person, locale):
    body = person.say(NYSTARTS_WHAT[locale])
    _says_route(body, locale, "nystartsjobb")
    assert INTRO not in route_ids(body), (locale, route_ids(body))
    assert not body.get("occupations"), (locale, [o["label"] for o in body["occupations"]])


@pytest.mark.parametrize("locale", ALL)
def test_can_i_get_nystartsjobb_names_what_it_needs(person, locale):
    body = person.say(NYSTARTS_ME[locale])
    _says_route(body, locale, "nystartsjobb")
    assert "20" in body["answer"] or "۲۰" in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_introduktionsjobb_is_its_own_support(person, locale):
    body = person.say(INTRO_WHAT[locale])
    _says_route(body, locale, "introduktionsjobb")
    assert NYSTARTS not in route_ids(body), (locale, route_ids(body))


@pytest.mark.parametrize("locale", ALL)
def test_a_fresh_start_in_a_new_job_is_no_question_of_the_support(person, locale):
    body = person.say(NEAR[locale])
    assert not {NYSTARTS, INTRO} & set(route_ids(body)), (locale, route_ids(body), body["answer"])


GY_TOO_LATE, GY_FINISHED = said_all("know24_gy_too_late", "know24_gy_finished")
AGE_LIMIT = "route:gy_aldersgrans"


@pytest.mark.parametrize("locale", ALL)
def test_too_late_for_the_gymnasium_gets_the_age_limit_first(person, locale):
    body = person.say(GY_TOO_LATE[locale])
    ids = route_ids(body)
    assert ids and ids[0] == AGE_LIMIT, (locale, ids, body["answer"])
    assert "route:gy_meritvarde" not in ids, (locale, ids)
    assert "1" in body["answer"] and "20" in body["answer"] or "۲۰" in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_gymnasium_finished_abroad_is_no_question_of_the_age_limit(person, locale):
    body = person.say(GY_FINISHED[locale])
    assert AGE_LIMIT not in route_ids(body), (locale, route_ids(body), body["answer"])


UHR_TIME, UHR_WHAT = said_all("know24_uhr_time", "know24_uhr_what")
UHR_CARD = "route:uhr_handlaggningstid"


@pytest.mark.parametrize("locale", ALL)
def test_how_long_uhr_takes_points_to_its_stated_processing_time(person, locale):
    body = person.say(UHR_TIME[locale])
    assert route_ids(body)[:1] == [UHR_CARD], (locale, route_ids(body), body["answer"])
    # (the authority's name gets its gloss where it first stands: a piece between its mentions is said as written)
    body_of = max(wording_literal(locale, "rights.uhr_handlaggningstid").split("UHR"), key=len).strip()[:25]
    assert body_of in body["answer"], (locale, body_of, body["answer"])
    assert "yrkesvux" not in body["answer"].lower(), (locale, body["answer"])  # (not Komvux's length: rater34 03)


@pytest.mark.parametrize("locale", ALL)
def test_what_uhr_does_is_no_question_of_its_processing_time(person, locale):
    body = person.say(UHR_WHAT[locale])
    assert UHR_CARD not in route_ids(body), (locale, route_ids(body), body["answer"])
