"""The second question of a message is never dropped (second21, rater34 class 3; issue 10 item 2).

The counsellor's finding, as a kind of failure: "are there tester jobs in Göteborg? is English enough?" got the demand
twice – a short question without a cue of its own was read as the previous one asked again – and the English question
was never answered; "how long does it take? and do they work nights?" lost its nights. Now, in all 8 languages, a
question whether another language than Swedish will do is the Swedish answer's part (what the work's sources say of
Swedish), beside a demand or a pay question, and a night-work question beside a length question is the conditions'
part: ``parts`` holds both actions, in the order asked.
Through the real app over the shared test store; the sentences live in phrases/dialogue_second21.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all

DEMAND_ENGLISH, SALARY_ENGLISH, BUS_NIGHTS = said_all(
    "second21_demand_english", "second21_salary_english", "second21_bus_nights")


def _both(body: dict, first: str, second: str) -> bool:
    parts = body.get("parts") or []
    return first in parts and second in parts and parts.index(first) < parts.index(second)


@pytest.mark.parametrize("locale", ALL)
def test_demand_and_is_english_enough_both_answered(person, locale):
    body = person.say(DEMAND_ENGLISH[locale])
    assert _both(body, "demand", "swedish"), (locale, body.get("parts"), body["action"], body["answer"][:700])


@pytest.mark.parametrize("locale", ALL)
def test_pay_and_is_english_enough_both_answered(person, locale):
    body = person.say(SALARY_ENGLISH[locale])
    assert _both(body, "salary", "swedish"), (locale, body.get("parts"), body["action"], body["answer"][:700])


@pytest.mark.parametrize("locale", ALL)
def test_how_long_and_nights_both_answered(person, locale):
    body = person.say(BUS_NIGHTS[locale])
    assert _both(body, "courses", "conditions"), (locale, body.get("parts"), body["action"], body["answer"][:700])
