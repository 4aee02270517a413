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
from tests.dialogue_support import ALL, constraints, listed, said_all

SEWING_KIDS, COOKING_KIDS, LIGHTER, KNEE, HANDS_OUT = said_all(
    "likes8_sewing_and_kids", "likes8_cooking_and_kids", "likes8_lighter_first", "likes8_knee_lighter",
    "likes8_hands_and_outside")

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


#: What is said, the fields that each must lead to (interests and strengths told together), the fewest shown.
BOTH_LEAD = {"sewing_kids": (SEWING_KIDS, (CHILDREN, SEWING), 3), "cooking_kids": (COOKING_KIDS, (CHILDREN, COOKING), 1),
             "hands_outdoors": (HANDS_OUT, (OUTDOORS,), 1)}


@pytest.mark.parametrize("case", list(BOTH_LEAD))
@pytest.mark.parametrize("locale", ALL)
def test_each_interest_or_strength_told_leads_somewhere(person, locale, case):
    phrase, fields, fewest = BOTH_LEAD[case]
    shown = listed(person.say(phrase[locale]))
    assert fewest <= len(shown) <= 5 and _covers(shown, *fields), shown


@pytest.mark.parametrize("locale", ALL)
def test_lighter_work_asked_first_gets_light_suggestions(person, locale):
    shown = listed(person.say(LIGHTER[locale]))
    assert not [g for g in shown if g.startswith(ON_FEET_KNEES)], shown


@pytest.mark.parametrize("locale", ALL)
def test_a_bad_knee_is_named_and_work_on_knees_left_out(person, locale):
    body = person.say(KNEE[locale])
    assert "standing" in {c["value"] for c in constraints(body, "limitation")}, body["profile"]["constraints"]
    assert not [g for g in listed(body) if g.startswith(ON_FEET_KNEES)], body["answer"]
    answer = body["answer"].casefold()
    assert KNEE_WORDS[locale] in answer, body["answer"]
    assert str(lookup(locale, "limitation.standing")).casefold() not in answer, body["answer"]
