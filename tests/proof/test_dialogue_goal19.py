"""The subject of a question is what the question itself names (rater18, class 1).

Rater18 conv4 (Somali): a former taxi driver asked how to get the C, CE or D licence to drive a lorry or a bus and was
answered with the taxi licence; the rest of the conversation stayed on taxi. A licence class or a vehicle named in the
question (C/CE, lastbil, truck, xamuul, شاحنة …; D, buss, bas, автобус …) names its occupation, before the work done
before. Through the real app over the shared test store; the sentences live in phrases/dialogue_goal19.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all

STORY, LORRY, BUS = said_all("goal19_taxi_story", "goal19_lorry_licence", "goal19_bus_licence")
TAXI = "8321"


def _groups(body) -> list[str]:
    return [o.get("ssyk_code") or "" for o in body["occupations"]]


@pytest.mark.parametrize("locale", ALL)
def test_a_lorry_licence_question_is_about_the_lorry_driver_not_the_taxi(person, locale):
    person.say(STORY[locale])
    body = person.say(LORRY[locale])
    groups = _groups(body)
    assert groups and groups[0] == "8332", (locale, body["action"], body["occupations"], body["answer"])
    assert TAXI not in groups, (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_a_bus_licence_question_is_about_the_bus_driver_not_the_taxi(person, locale):
    person.say(STORY[locale])
    body = person.say(BUS[locale])
    groups = _groups(body)
    assert groups and groups[0] == "8331", (locale, body["action"], body["occupations"], body["answer"])
    assert TAXI not in groups, (locale, body["occupations"])
