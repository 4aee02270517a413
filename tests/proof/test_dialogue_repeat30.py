"""A question asked again gets its short answer restated, never "my sources say nothing more than above" alone
(repeat30; issue 10, rater38 class 2: r33-3 T5 "Allt mina källor säger om det här har jag redan skrivit ovan… fråga
Försäkringskassan", replay37_new03 T4 "Jag har inte mer om det än det jag skrev ovan").

In all 8 languages, after the sick-leave question was answered (insist24's scene: Försäkringskassan's card
"Studier när man är sjukskriven"):
- the same question asked again ("yes or no?") and asked a third time ("you never answered: …", boiler29's scene)
  restates the verdict's key fact – the card's first sentence, cited – then who decides (Försäkringskassan); never the
  pointer upward alone, never an earlier answer word for word;
- asked again with a sub-question the earlier answer did not cover (how much studiemedel from CSN), that is answered
  (CSN's card cited), not treated as a repeat.
Through the real app over the shared test store; the sentences live in phrases/dialogue_repeat30.yaml.
"""
from __future__ import annotations

import re

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

YES_NO, PLUS_MONEY = said_all("repeat30_sick_yes_no", "repeat30_sick_plus_money")
SICK_STORY, SICK_STUDY = said_all("insist24_sick_story", "insist24_sick_study")
SICK_AGAIN, SICK_THIRD = said_all("boiler29_sick_again", "boiler29_sick_third")
#: The sick-leave card's title, as every locale quotes it: its key fact said again.
SICK_CARD = "Studier när man är sjukskriven"
SICK_ROUTE = "route:sjukpenning_studier"


def _plain(text: str) -> str:
    return " ".join(re.sub(r"\[\d+\]", "", text or "").split())


def _restated(locale: str, body: dict, earlier: list[str]) -> None:
    answer = body["answer"]
    assert SICK_ROUTE in route_ids(body), (locale, route_ids(body), answer)
    assert SICK_CARD in answer or "SGI" in answer, (locale, answer)  # the key fact, not a pointer upward
    assert re.search(r"\[\d+\]", answer), (locale, answer)  # cited
    assert "Försäkringskassan" in answer, (locale, answer)  # who decides
    assert all(_plain(answer) != _plain(e) for e in earlier), (locale, answer)


@pytest.mark.parametrize("locale", ALL)
def test_the_same_question_asked_again_restates_the_key_fact(person, locale):
    person.say(SICK_STORY[locale])
    first = person.say(SICK_STUDY[locale])["answer"]
    _restated(locale, person.say(YES_NO[locale]), [first])


@pytest.mark.parametrize("locale", ALL)
def test_a_third_ask_restates_the_key_fact_then_who_decides(person, locale):
    person.say(SICK_STORY[locale])
    earlier = [person.say(SICK_STUDY[locale])["answer"], person.say(SICK_AGAIN[locale])["answer"]]
    _restated(locale, person.say(SICK_THIRD[locale]), earlier)


@pytest.mark.parametrize("locale", ALL)
def test_a_re_ask_with_a_new_sub_question_answers_it(person, locale):
    person.say(SICK_STORY[locale])
    person.say(SICK_STUDY[locale])
    body = person.say(PLUS_MONEY[locale])
    assert "route:studiemedel" in route_ids(body), (locale, route_ids(body), body["answer"])
    assert SICK_ROUTE in route_ids(body), (locale, route_ids(body), body["answer"])
