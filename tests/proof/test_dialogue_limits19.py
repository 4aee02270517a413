"""A told health or time limit honoured even where the sources are silent (rater32 conv01, conv04; issue 10, item 4).

A miner whose doctor forbade vibration and heavy lifting was offered Grävmaskinförare, Lastmaskinförare and
Hjullastarförare ("the sources say nothing about a heavy load on the back for Grävmaskinförare"), the vibration never
used; after "I can't lift more than 10 kilos" he got three sheet-metal workers; a taxi driver who wants daytime work
only got Bussförare again, and a mother who can only work daytime got Diskare ("nothing is said of evening work").
Now, in all 8 languages:

- "no vibration" is a limitation of its own: no machine operator, miner, rock driller, lorry driver or forestry worker
  (whole-body and hand-arm vibration: their SSYK groups, ESCO skills and texts; retrieval/group_demands.py) is listed;
- a lifting limit told as a weight ("max 10 kg") is a lifting limitation: no building, sheet-metal, labouring,
  landscaping or forestry work is listed;
- "daytime only" from a taxi driver leaves out bus, tram, taxi and train driving (early, late and weekend shifts);
- "only while the kids are at school" from a kitchen worker leaves out restaurant, kitchen and dishwashing work;
- and "the sources say nothing about …" is never said beside such an occupation.
Through the real app over the shared test store; the sentences live in phrases/dialogue_limits19.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import text
from tests.dialogue_support import ALL, LIST_ACTIONS, constraint_values, groups, said_all

MINER, NO_VIBRATION, BUILDER, MAX_KILOS, TAXI, DRIVE_DAYS, KITCHEN, SCHOOL_HOURS = said_all(
    "limits19_miner_story", "limits19_no_vibration", "limits19_builder_story", "limits19_max_kilos",
    "limits19_taxi_story", "limits19_drive_days", "limits19_kitchen_story", "limits19_school_hours")
#: Mobile machine operators (834), miners, well drillers, blasters and stone cutters (8111, 8113, 8115, 8116), lorry
#: drivers (8332), forestry workers (6210); not the ore-dressing process operators (8112), who run a control room.
VIBRATING = ("834", "8111", "8113", "8115", "8116", "8332", "6210")
#: Building and civil-works workers and trades (711, 712), sheet-metal workers (7213-7215), labourers (931),
#: landscapers (6113), forestry (6210), refuse collection (961).
HEAVY = ("711", "712", "7213", "7214", "7215", "931", "6113", "6210", "961")
#: Bus and tram (8331), taxi (8321) and train (831) drivers.
SHIFT_DRIVING = ("8331", "8321", "831")
#: Cooks (512), waiters (513), fast food (9411) and kitchen help and dishwashers (9412).
EVENING_KITCHEN = ("512", "513", "9411", "9412")


def _literal(locale: str, key: str) -> str:
    """The longest fixed part of a locale's template (the words around its placeholders)."""
    return max(re.split(r"\{[^}]*\}", text(locale, key)), key=len).strip(" .።").casefold()


def _listed(person, body: dict) -> dict:
    if body["action"] not in LIST_ACTIONS:  # ("noted": the list comes with the next question)
        body = person.press("more")
    return body


def _silent_beside(locale: str, body: dict, bad: tuple[str, ...]) -> list[str]:
    """Occupations of ``bad`` groups the answer names after "the sources say nothing about …"."""
    answer = body["answer"].casefold()
    lead = _literal(locale, "constraint.unknown")
    return [o["label"] for o in body["occupations"] if (o.get("ssyk_code") or "").startswith(bad)
            and lead in answer and o["label"].split("/")[0].casefold() in answer[answer.find(lead) - 200:]]


@pytest.mark.parametrize("locale", ALL)
def test_no_vibration_leaves_out_machine_and_heavy_vehicle_work(person, locale):
    body = _listed(person, person.say(MINER[locale], NO_VIBRATION[locale]))
    assert "vibration" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    assert not [g for g in groups(body) if g.startswith(VIBRATING)], (locale, body["occupations"])
    assert _literal(locale, "constraint.excluded") in body["answer"].casefold(), (locale, body["answer"])
    assert not _silent_beside(locale, body, VIBRATING), (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_lifting_limit_in_kilos_leaves_out_heavy_work(person, locale):
    body = _listed(person, person.say(BUILDER[locale], MAX_KILOS[locale]))
    assert "lifting" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    assert not [g for g in groups(body) if g.startswith(HEAVY)], (locale, body["occupations"])
    assert not _silent_beside(locale, body, HEAVY), (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_taxi_driver_who_wants_days_gets_no_shift_bound_driving(person, locale):
    body = _listed(person, person.say(TAXI[locale], DRIVE_DAYS[locale]))
    assert "daytime" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    assert not [g for g in groups(body) if g.startswith(SHIFT_DRIVING)], (locale, body["occupations"])
    assert not _silent_beside(locale, body, SHIFT_DRIVING), (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_school_hours_leave_out_restaurant_and_kitchen_work(person, locale):
    body = _listed(person, person.say(KITCHEN[locale], SCHOOL_HOURS[locale]))
    assert "daytime" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    assert not [g for g in groups(body) if g.startswith(EVENING_KITCHEN)], (locale, body["occupations"])
    assert not _silent_beside(locale, body, EVENING_KITCHEN), (locale, body["answer"])
