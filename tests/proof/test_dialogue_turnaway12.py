"""Turning away from one's own work names the field left, not everything the person can do (rater27).

Rater27 read "Jag vill byta från butik", "jag vill BORT från butiken", "I want to get out of retail": the person's own
work came first again (butikssäljare, kassapersonal …), and the field they named beside it or in the next message
("… jag gillar att jobba med barn") did not lead the list. A counsellor takes "away from X" as a refusal of X's field:
the newly named field comes first; with no new field named, other directions from the person's skills and interests
(or a question of what draws them), never X again. Now, in all 8 languages:

- a shop worker who wants away from the shop and likes children: work with children leads, and no shop or
  checkout work (SSYK 522, 523) is listed;
- a cleaner who wants away from cleaning, naming no new field: no cleaning work (SSYK 911) is listed, and the
  answer lists other work or asks; when they then say they like working with children, that work leads, still
  without cleaning.
"I do NOT want to quit my trade" keeps the trade (test_dialogue_away11). Through the real app over the shared test
store; the sentences live in phrases/dialogue_turnaway12.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, groups, said_all

SHOP_TO_CHILDREN, CLEANER_AWAY, LIKES_CHILDREN = said_all(
    "turnaway12_shop_to_children", "turnaway12_cleaner_away", "turnaway12_likes_children_next")
#: Shop sales (522: butikssäljare, dagligvaror/fackhandel) and checkout staff (523: kassapersonal).
SHOP = ("522", "523")
#: Cleaners (911: städare, hemservicepersonal, fönsterputsare …).
CLEANING = ("911",)
#: Work with children (531: barnskötare, elevassistenter; 234: förskollärare, lärare).
CHILDREN = ("531", "234")


def _none_of(body: dict, family: tuple[str, ...], locale: str) -> None:
    shown = groups(body)
    assert not [g for g in shown if g.startswith(family)], (locale, body["occupations"], body["answer"][:400])


def _children_lead(body: dict, locale: str) -> None:
    shown = [g for g in groups(body) if g]
    assert shown and shown[0].startswith(CHILDREN), (locale, body["occupations"], body["answer"][:400])


@pytest.mark.parametrize("locale", ALL)
def test_away_from_the_shop_towards_children_puts_children_first(person, locale):
    body = person.say(SHOP_TO_CHILDREN[locale])
    _children_lead(body, locale)
    _none_of(body, SHOP, locale)


@pytest.mark.parametrize("locale", ALL)
def test_away_from_cleaning_leaves_cleaning_out_and_the_next_field_leads(person, locale):
    body = person.say(CLEANER_AWAY[locale])
    _none_of(body, CLEANING, locale)
    assert groups(body) or "?" in body["answer"] or "؟" in body["answer"] or "፧" in body["answer"], (
        locale, body["answer"][:400])
    body = person.say(LIKES_CHILDREN[locale])
    _children_lead(body, locale)
    _none_of(body, CLEANING, locale)
