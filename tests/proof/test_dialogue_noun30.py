"""The occupation or term the person names in the CURRENT message leads the answer (noun30; rater38 class 1).

The counsellor's finding, as a kind of failure (own words): "I want to be a police officer, is it possible?" from a
young man who works nights in a warehouse got "the sources say nothing about night work as «Lagerarbetare»"; "what is
gesällbrev, how do I get it?" asked after a first turn about his trade got validering, never the gesällbrev card.
Now, in all 8 languages:
- a wish to become something closed by "is it possible / can I?" asks the way in, as "can I become X?" does (the
  police route, Polisutbildningen) – the night work told of one's own job is no question about conditions;
- "someone said gesällbrev, what is it and how do I get it?", the one question of a longer message, gets the
  gesällbrev card (Sveriges Hantverksråd), whatever turn came before (fa's spoken «چیه» too);
- a second occupation named in a follow-up ("but I want to be an electrician, what does it need?") leads that turn.
Through the real app over the shared test store; the sentences live in phrases/dialogue_noun30.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

POLICE, GESALL, SECOND = said_all("noun30_police_beside_job", "noun30_gesall_after_trade", "noun30_second_named")


def _labels(body: dict) -> list[str]:
    return [o["label"] for o in body.get("occupations") or []]


def _talk(person, messages: list[str]) -> dict:
    body: dict = {}
    for m in messages:
        body = person.say(m)
    return body


@pytest.mark.parametrize("locale", ALL)
def test_a_wish_asked_possible_gets_its_way_in_not_the_told_jobs_nights(person, locale):
    body = _talk(person, POLICE[locale])
    assert body.get("action") == "courses", (locale, body.get("action"), body["answer"])
    assert _labels(body)[:1] == ["Polisassistent"], (locale, _labels(body), body["answer"])
    assert "route:polisutbildning" in route_ids(body), (locale, route_ids(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_gesallbrev_asked_after_another_turn_gets_its_card(person, locale):
    body = _talk(person, GESALL[locale])
    ids = route_ids(body)
    assert ids[:1] == ["route:gesallbrev"], (locale, body.get("action"), ids, body["answer"])
    assert "Hantverksråd" in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_second_occupation_named_in_a_follow_up_leads(person, locale):
    body = _talk(person, SECOND[locale])
    assert _labels(body)[:1] == ["Installationselektriker"], (locale, _labels(body), body["answer"])
    assert not any("städ" in x.lower() for x in _labels(body)), (locale, _labels(body))
