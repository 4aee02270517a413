"""What people like and what lighter work they can do (the independent counsellor's eighth rating: conv1, conv5;
issue 9 interests).

- Two interests in one message ("love sewing n also kids", "آشپزی و کودکان را دوست دارم"): each leads to directions,
  though one of them names an occupation (sewing -> tailor) and the other does not.
- A strength and an interest ("good with my hands and like being outside"): both lead somewhere.
- "Any lighter jobs?" before any work is told: light or seated suggestions and a short question for more, never
  only "what have you done?"; work on the feet and knees is not what is offered.
- A bad knee: the answer speaks of the knee (not of "standing for long periods"), and floor laying, tiling,
  cleaning and warehouse picking are left out.
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_likes8.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, constraints, groups, said_all

SEWING_KIDS, COOKING_KIDS, LIGHTER, KNEE, HANDS_OUT = said_all(
    "likes8_sewing_and_kids", "likes8_cooking_and_kids", "likes8_lighter_first", "likes8_knee_lighter",
    "likes8_hands_and_outside")

LIST_ACTIONS = ("suggest", "more", "explore")
#: SSYK 2012: children (5311 barnskötare, 5312 elevassistenter, 2341/2342/2343 teachers, 3422/3423 fritid/idrott).
CHILDREN = ("5311", "5312", "2341", "2342", "2343", "3422", "3423")
#: Sewing: 7531-7533 skräddare, sömmerskor, tapetserare; 815 textile machine operators.
SEWING = ("7531", "7532", "7533", "815")
#: Cooking: 5120 kockar och kallskänkor, 3451 köksmästare, 7512 bagare och konditorer, 9411/9412 kitchen work.
COOKING = ("5120", "3451", "7512", "9411", "9412")
#: Outdoors: 61 lantbruk och trädgård, 62 skog/fiske, 9214/9215 trädgårds- och skogsarbetare, 7114 anläggning.
OUTDOORS = ("61", "62", "921", "7114", "8341", "8342")
#: Work on the feet and knees (retrieval/group_demands): building sites (711 incl. plattsättare, 712 incl.
#: golvläggare, 713, 931), cleaning and home service, window cleaning, dishwashing, home care and care aides; and
#: warehouse picking and packing (4321/4322, 9320, 9331-9333).
ON_FEET_KNEES = ("711", "712", "713", "931", "911", "912", "9412", "5321", "5330", "4321", "4322", "9320", "933")
#: The knee in the person's language (any inflection: knä/knäet, коліно/колін, ركبة/ركبتي, jilib/jilibka …).
KNEE_WORDS = {"sv": "knä", "sv-easy": "knä", "en": "knee", "ar": "ركب", "so": "jilib", "ti": "ብር", "fa": "زانو",
              "uk": "колін"}


def _covers(shown: list[str], *fields: tuple[str, ...]) -> bool:
    return all(any(g.startswith(f) for g in shown) for f in fields)


@pytest.mark.parametrize("locale", ALL)
def test_two_interests_told_as_a_statement_each_lead_somewhere(person, locale):
    body = person.say(SEWING_KIDS[locale])
    assert body["action"] in LIST_ACTIONS, body["answer"]
    shown = groups(body)
    assert 3 <= len(shown) <= 5, (shown, body["answer"])
    assert _covers(shown, CHILDREN, SEWING), (shown, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_cooking_and_children_each_lead_somewhere(person, locale):
    body = person.say(COOKING_KIDS[locale])
    assert body["action"] in LIST_ACTIONS, body["answer"]
    shown = groups(body)
    assert _covers(shown, CHILDREN, COOKING), (shown, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_good_with_hands_and_likes_outdoors_gets_outdoor_work(person, locale):
    body = person.say(HANDS_OUT[locale])
    assert body["action"] in LIST_ACTIONS, body["answer"]
    shown = groups(body)
    assert _covers(shown, OUTDOORS), (shown, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_lighter_work_asked_first_gets_light_suggestions(person, locale):
    body = person.say(LIGHTER[locale])
    assert body["action"] in LIST_ACTIONS, body["answer"]
    shown = groups(body)
    assert shown, body["answer"]
    assert not [g for g in shown if g.startswith(ON_FEET_KNEES)], (shown, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_bad_knee_is_named_and_work_on_knees_left_out(person, locale):
    body = person.say(KNEE[locale])
    assert "standing" in {c["value"] for c in constraints(body, "limitation")}, body["profile"]["constraints"]
    assert body["action"] in LIST_ACTIONS, body["answer"]
    shown = groups(body)
    assert shown, body["answer"]
    assert not [g for g in shown if g.startswith(ON_FEET_KNEES)], (shown, body["answer"])
    answer = body["answer"].casefold()
    assert KNEE_WORDS[locale] in answer, body["answer"]
    assert str(lookup(locale, "limitation.standing")).casefold() not in answer, body["answer"]
