"""Told limits honoured where the sources are silent (rater33 replay01, replay04, new01, new03; issue 10, item 4).

Hard limits were kept only where a source named the conflict: after "I can't lift more than 10 kilos" a miner got
Bussmekaniker, Lastbilsmekaniker and Fordonsmontör with "the sources say nothing about heavy lifting"; a father who
asked for day work got Fjärrbilsförare; "away from care entirely" was stored and Stödpedagog and LSS work still came;
a man without a driving licence got Vägassistansförare. Now, in all 8 languages:

- a lifting limit puts no craft or machine work (SSYK 7, 8) first, and never "the sources say nothing about heavy
  lifting" beside craft, machine or elementary work (SSYK 6-9) it lists (retrieval/limit_fit.fitting_first);
- day work only leaves out bus, tram, taxi and train driving and long-haul driving;
- a refused field of care leaves out every occupation of it (health care, social care and care work);
- no driving licence leaves out the drivers' work (SSYK 83);
- bad knees put no kneeling, site or standing-all-day work first.
Through the real app over the shared test store; the sentences live in phrases/dialogue_silent20.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import text
from tests.dialogue_support import ALL, LIST_ACTIONS, constraint_values, first_groups, groups, said_all

(MECHANIC, TEN_KILOS, DRIVER, DAY_WORK, USK, NO_CARE, WAREHOUSE, NO_LICENCE, TILER, KNEES) = said_all(
    "silent20_mechanic_story", "silent20_max_ten_kilos", "silent20_driver_story", "silent20_day_work",
    "silent20_usk_story", "silent20_away_from_care", "silent20_warehouse_story", "silent20_no_licence",
    "silent20_tiler_story", "silent20_bad_knees")
#: Craft and machine work (SSYK major groups 7 and 8); with farming and elementary work (6, 9) the bodily work whose
#: sources are mostly silent on lifting.
CRAFT_MACHINE = ("7", "8")
MANUAL = ("6", "7", "8", "9")
#: Bus and tram (8331), taxi (8321) and train (831) drivers; long-haul lorry driving by its name.
SHIFT_DRIVING = ("8331", "8321", "831")
LONG_HAUL = re.compile(r"fjärrbil|långtradar", re.I)
#: JobTech's fields "Hälso- och sjukvård" and "Yrken med social inriktning": doctors, nurses and therapists (22),
#: health associates (323-325; not the medical-equipment technicians of 321, filed as technical work), assistant
#: nurses, care aides, personal assistants and care staff (532-535),
#: social educators and treatment assistants (3411), social workers (2661).
CARE = ("22", "323", "324", "325", "532", "533", "534", "535", "3411", "2661")
#: Drivers of vehicles and mobile machines.
DRIVING = ("83",)
#: Kneeling and squatting work (building trades 711-713, childcare 5311, cleaning 911) and standing all day
#: (cooks 5120, hairdressers 5141).
KNEELING = ("711", "712", "713", "5311", "911", "5120", "5141")


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
def test_a_lifting_limit_puts_no_silent_manual_work_first(person, locale):
    body = _listed(person, person.say(MECHANIC[locale], TEN_KILOS[locale]))
    assert "lifting" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    assert not groups(body)[0].startswith(CRAFT_MACHINE), (locale, body["occupations"])
    assert not _silent_beside(locale, body, MANUAL), (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_day_work_only_gets_no_shift_or_long_haul_driving(person, locale):
    body = _listed(person, person.say(DRIVER[locale], DAY_WORK[locale]))
    assert "daytime" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    assert not [g for g in groups(body) if g.startswith(SHIFT_DRIVING)], (locale, body["occupations"])
    assert not [o["label"] for o in body["occupations"] if LONG_HAUL.search(o["label"])], (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_away_from_care_entirely_leaves_out_every_care_occupation(person, locale):
    body = _listed(person, person.say(USK[locale], NO_CARE[locale]))
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    assert not [g for g in groups(body) if g.startswith(CARE)], (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_no_driving_licence_gets_no_driving_work(person, locale):
    body = _listed(person, person.say(WAREHOUSE[locale], NO_LICENCE[locale]))
    assert "driving_licence" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    assert not [g for g in groups(body) if g.startswith(DRIVING)], (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_bad_knees_put_no_kneeling_or_standing_work_first(person, locale):
    body = _listed(person, person.say(TILER[locale], KNEES[locale]))
    assert "knees" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    assert body["action"] in LIST_ACTIONS and body["occupations"], (locale, body["action"], body["answer"])
    assert not [g for g in first_groups(body) if g.startswith(KNEELING)], (locale, body["occupations"])
