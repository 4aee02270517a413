"""Every part of a question answered from what is at hand (the independent counsellor's 28th rating, class 4).

- "How many months / weeks does that training take?" after the route was named is answered with the length the cited
  route states (the Komvux child-care package: its full-time weeks), never "the sources say nothing more" (rater28 c01:
  «meeqa bil» twice got that, «waqti intee le'eg» got the 65 weeks).
- "Can I study while I work?" is answered from the routes that let one learn while working, cited: lärlingsvux or
  yrkesintroduktionsanställning (rater28 c03: "my sources say no more", though the first answer had offered both).
- "Is it in Malmö or Lund? I can't move" after a programme list is answered with the places: what is there (Skåne) or
  at a distance, or that there is none there, and no programme on site elsewhere (rater28 c05: "see my earlier answer").
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_partial14.yaml.
"""
from __future__ import annotations

import json
import re

import pytest

from tests.dialogue_support import ALL, cited, route_ids, said_all, wording_literal

(CHILDCARE, MONTHS, WEEKS, ELECTRICIAN, STUDY_WORK, SECRETARY, X_OR_Y) = said_all(
    "partial14_childcare", "partial14_months", "partial14_weeks", "partial14_electrician",
    "partial14_study_while_working", "partial14_secretary", "partial14_x_or_y")
#: Skåne län (Malmö's and Lund's county) in the JobTech taxonomy.
SKANE = "CaRE_1nn_cSU"
#: Answers that answer another question, or nothing.
_MISREAD = ("unknown_occupation", "which_occupation", "more", "nothing_more", "salary", "suggest", "demand")
#: The routes that let one learn a trade while working (ingest/data/education_routes.yaml).
_WHILE_WORKING = {"route:komvux_larling", "route:yrkesintroduktion"}


def _length_of_package(body: dict, locale: str) -> None:
    assert body["action"] not in _MISREAD, (locale, body["action"], body["answer"][:500])
    assert "route:komvux_barnskotare" in route_ids(body), (locale, route_ids(body), body["answer"][:500])
    assert re.search(r"\b65\b", body["answer"]), (locale, body["answer"][:500])  # the weeks its page states


@pytest.mark.parametrize("locale", ALL)
def test_how_many_months_after_the_route_is_its_stated_length(person, locale):
    person.say(CHILDCARE[locale])
    _length_of_package(person.say(MONTHS[locale]), locale)


@pytest.mark.parametrize("locale", ALL)
def test_how_many_weeks_after_the_route_is_its_stated_length(person, locale):
    person.say(CHILDCARE[locale])
    _length_of_package(person.say(WEEKS[locale]), locale)


@pytest.mark.parametrize("locale", ALL)
def test_study_while_working_is_answered_from_the_routes_that_allow_it(person, locale):
    person.say(ELECTRICIAN[locale])
    body = person.say(STUDY_WORK[locale])
    assert body["action"] not in _MISREAD, (locale, body["action"], body["answer"][:500])
    assert _WHILE_WORKING & set(route_ids(body)), (
        locale, route_ids(body), body["answer"][:600])


def _meta(rt, citation: dict) -> dict:
    doc = rt.store.get_docs(citation["kind"], [citation["id"]]).get(citation["id"]) or {}
    return doc.get("metadata") or {}


def _ids(value) -> list[str]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            value = [value]
    return [str(v) for v in value or []]


def _at_distance(rt, citation: dict) -> bool:
    return _meta(rt, citation).get("study_form") == "Distans" or bool(
        re.search(r"distans|distance", f"{citation['title']} {citation.get('snippet') or ''}", re.I))


@pytest.mark.parametrize("locale", ALL)
def test_in_x_or_y_i_cant_move_is_answered_with_the_places(person, locale, real_runtime):
    first = person.say(SECRETARY[locale])
    assert cited(first, "course", "programme"), (locale, first["action"], first["answer"][:500])
    body = person.say(X_OR_Y[locale])
    assert body["action"] not in _MISREAD, (locale, body["action"], body["answer"][:500])
    education = cited(body, "course", "programme")
    far = [c["title"] for c in education if not _at_distance(real_runtime, c)
           and SKANE not in _ids(_meta(real_runtime, c).get("region_ids"))]
    assert not far, (locale, far, body["answer"][:600])
    # what is in Skåne or at a distance, or that there is none there
    assert education or wording_literal(locale, "courses.none_place") in body["answer"], (
        locale, body["action"], body["answer"][:600])


@pytest.mark.parametrize("locale", ALL)
def test_in_x_or_y_after_the_licence_route_says_where_the_programme_is_given(person, locale):
    pharmacist, where = said_all("partial14_pharmacist", "partial14_bridging_where")
    first = person.say(pharmacist[locale])
    assert "route:komplettering_apotekare" in route_ids(first), (locale, route_ids(first), first["answer"][:500])
    body = person.say(where[locale])
    assert "route:komplettering_apotekare" in route_ids(body), (locale, route_ids(body), body["answer"][:500])
    # the towns its cited passage names (Uppsala universitet, largely at a distance, and Göteborgs universitet)
    assert "Uppsala" in body["answer"] and "Göteborg" in body["answer"], (locale, body["answer"][:900])


@pytest.mark.parametrize("locale", ALL)
def test_how_long_beside_study_while_working_keeps_both_answers(person, locale):
    # (hand conversation, fa: «چند سال طول میکشه؟ میتوانم در حالی که کار میکنم درس بخوانم؟» got only the routes)
    person.say(ELECTRICIAN[locale])
    body = person.say(said_all("partial14_years_and_study_work")[0][locale])
    # the lengths part is answered: the lengths the sources state, or that they state none and whom to ask
    lengths = [wording_literal(locale, key) for key in ("duration.intro", "duration.unknown")]
    assert any(w in body["answer"] for w in lengths), (locale, body["action"], body["answer"][:700])
    assert _WHILE_WORKING & set(route_ids(body)), (locale, route_ids(body), body["answer"][:700])
