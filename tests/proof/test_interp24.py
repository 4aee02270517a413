"""Work told by its sector and its objects, and two interests each named as the reason (issue 9, interp24).

- Sacks filled in a mill or factory reach packing and factory work; houses built of stone reach masonry and building;
  the dishes cooked for a church's or a mosque's feasts reach cooks (retrieval/lexicon/occupations_tasks_interp24.yaml),
  and the English filler "like" before a number ("like two hundred people") is no wish for care work.
- Two interests told ("animals and drawing"): a suggestion that stands for one of them says which one ("it fits your
  interest in animals", reasons.interest_in, assistant/interest_reason.py), never "all of them fit your interests".
Through the real app over the shared test store; the sentences live in phrases/dialogue_interp24.yaml.
"""
from __future__ import annotations

import pytest

from assistant.composers.topic_names import topic_name
from assistant.locales import lookup
from tests.dialogue_support import ALL, first_groups, said_all

SACKS, STONE, FEASTS, ANIMALS_DRAWING = said_all(
    "interp24_sacks_factory", "interp24_stone_houses", "interp24_festival_cooking", "interp24_animals_and_drawing")
PACKING = {"9320", "8181", "8163", "9332", "4322", "8169"}
BUILDING = {"7112", "9310", "7119", "7114", "7111", "8114", "8116"}
COOKS = {"5120", "3451", "9412", "9411"}
CARE = {"5321", "5323", "5330", "5341", "5342", "5343", "5349"}


@pytest.mark.parametrize("locale", ALL)
def test_sacks_filled_in_a_mill_reach_packing(person, locale):
    body = person.tell(SACKS[locale])
    assert PACKING & set(first_groups(body)), (locale, first_groups(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_houses_built_of_stone_reach_building(person, locale):
    body = person.tell(STONE[locale])
    assert BUILDING & set(first_groups(body)), (locale, first_groups(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_feast_cooking_reaches_cooks_and_no_care(person, locale):
    body = person.tell(FEASTS[locale])
    groups = set(first_groups(body))
    assert COOKS & groups and not CARE & groups, (locale, first_groups(body), body["answer"])
    assert not (body.get("profile") or {}).get("wishes"), (locale, body["profile"]["wishes"])


@pytest.mark.parametrize("locale", ALL)
def test_two_interests_each_named_as_the_reason(person, locale):
    body = person.tell(ANIMALS_DRAWING[locale])
    answer = body["answer"]
    named = [str(lookup(locale, "reasons.interest_in")).format(topic=topic_name(locale, k)) for k in ("animals", "art_drawing")]
    named += [str(lookup(locale, "reasons.all_interest_in")).format(topic=topic_name(locale, k))[:-1]
              for k in ("animals", "art_drawing")]
    assert any(n.casefold() in answer.casefold() for n in named), (locale, first_groups(body), answer)
    assert str(lookup(locale, "reasons.all_interest")) not in answer, (locale, answer)
