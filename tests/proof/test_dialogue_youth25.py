"""A young person out of school asks whether they may work, must go to school, or can go back (rater35 new03).

A Swedish boy of 17 in Malmö who had left the gymnasium wrote "e 17 … vill jobba, går det ens?" and got "which
occupation?", then warehouse work with Arbetsförmedlingen's validation ("at least 25 years old") and "ask Komvux".
A person under 20 asking these questions hears, from the curated cards: the rules for minors' work and the
municipalities' summer jobs (may I work?), the gymnasium's routes and its age limit (must I / can I go back?), never
an adult route with an age floor (validation, Komvux) and never "which occupation?".
Through the real app over the shared test store; the sentences live in phrases/dialogue_youth25.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

MAY_WORK, MUST_SCHOOL, BACK = said_all("youth25_may_work", "youth25_must_school", "youth25_back")
#: Routes for adults (Komvux, validation "from 25") that are never a 17-year-old's answer.
ADULT = {"route:komvux", "route:validering", "route:validering_af", "route:yrkeshogskola"}
SCHOOL = {"route:gy_aldersgrans", "route:gy_behorighet", "route:syv_elev", "route:gy_sprakintroduktion"}


def _clean(body, locale):
    ids = route_ids(body)
    assert body["action"] not in ("which_occupation", "unknown_occupation"), (locale, body["action"], body["answer"])
    assert not ADULT & set(ids), (locale, ids, body["answer"])
    return ids


@pytest.mark.parametrize("locale", ALL)
def test_seventeen_out_of_school_asking_may_i_work_gets_the_rules_for_young_workers(person, locale):
    body = person.say(MAY_WORK[locale])
    ids = _clean(body, locale)
    assert "route:minderarig_arbete" in ids, (locale, ids, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_sixteen_asking_must_i_go_to_school_gets_the_gymnasium_routes(person, locale):
    body = person.say(MUST_SCHOOL[locale])
    ids = _clean(body, locale)
    assert SCHOOL & set(ids), (locale, ids, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_eighteen_asking_can_i_go_back_to_the_gymnasium_gets_its_age_limit(person, locale):
    body = person.say(BACK[locale])
    ids = _clean(body, locale)
    assert "route:gy_aldersgrans" in ids, (locale, ids, body["answer"])
