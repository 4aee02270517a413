"""Which question was asked, and about which occupation (counsellor rating 5).

- "What does it take / how do I work as X in Sweden / is an authorisation needed?", typed, gets the
  licence answer for X (not more suggestions), and so does a correction ("no, I asked about the taxi"), also
  one that names only the occupation of a question asked before the last.
- An ordinary word in a question ("which level?", "мова") is never reported as an occupation not found, and
  "which level?" gets the level itself, not a pointer to an earlier answer.
- An occupation named by its Swedish title is the one answered about, also when no answer showed it; a
  protected title is never called a licence.
- A question the course answer cannot answer (how long, from what age) never gets that answer again.
- Pay and work in a place asked in one sentence ("… and is there work in Malmö?") are both answered.
Through the real FastAPI app over the shared test store, as the widget sends it.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import cited, groups, said, wording_start

TAXI, ELECTRICIAN, STORY, CORRECTION, LEVEL, NURSE, CARE_AIDE = (said(name) for name in (
    "taxi_what_it_takes", "electrician_authorisation", "tailor_then_taxi_story", "taxi_correction",
    "swedish_what_level", "nurse_licence_question", "asks_about_care_aide_title"))
CARS, HOW_LONG, PAY_AND_WORK, TITLE_SWEDISH = (said(name) for name in (
    "car_repair_story", "training_how_long_what_age", "welder_pay_and_work_here", "assistant_nurse_swedish"))
TAILOR_PAY, ABOUT_TAXI = said("tailor_pay"), said("asked_about_taxi")
TAXI_DRIVERS, ELECTRICIANS, CARE_AIDES = "8321", ("7411", "7412", "7413"), "5330"


def _licence(body: dict, codes: tuple[str, ...]) -> None:
    assert body["action"] == "licence", body["answer"]
    assert groups(body) and groups(body)[0] in codes, body["occupations"]
    assert cited(body, "regulated_profession"), body["citations"]


@pytest.mark.parametrize("locale", list(TAXI))
def test_what_it_takes_to_drive_a_taxi_gets_the_licence_answer(person, locale):
    _licence(person.say(TAXI[locale]), (TAXI_DRIVERS,))


@pytest.mark.parametrize("locale", list(ELECTRICIAN))
def test_an_authorisation_question_gets_the_electricians_authorisation(person, locale):
    _licence(person.say(ELECTRICIAN[locale]), ELECTRICIANS)


@pytest.mark.parametrize("locale", list(CORRECTION))
def test_a_correction_answers_the_question_asked(person, locale):
    person.tell(STORY[locale])
    _licence(person.say(CORRECTION[locale]), (TAXI_DRIVERS,))


@pytest.mark.parametrize("locale", list(LEVEL))
def test_an_ordinary_word_is_never_an_occupation_not_found(person, locale):
    first = person.say(NURSE[locale])
    assert first["action"] == "licence", first["answer"]
    body = person.say(LEVEL[locale])
    assert body["action"] == "swedish", body["answer"]
    assert wording_start(locale, "unknown_occupation") not in body["answer"], body["answer"]
    assert groups(body) == groups(first), body["occupations"]
    pointer = str(lookup(locale, "swedish.licence_said")).rsplit("}", 1)[-1].strip()
    assert pointer not in body["answer"], body["answer"]  # the level asked for is said, not pointed to


@pytest.mark.parametrize("locale", list(CARE_AIDE))
def test_the_occupation_named_by_its_title_is_answered_about(person, locale):
    body = person.say(CARE_AIDE[locale])
    assert body["action"] == "swedish", body["answer"]
    assert groups(body) == [CARE_AIDES], body["occupations"]


@pytest.mark.parametrize("locale", list(HOW_LONG))
def test_a_different_question_never_gets_the_same_answer_again(person, locale):
    person.tell(CARS[locale])
    courses = person.press("courses")
    body = person.say(HOW_LONG[locale])
    assert body["answer"] != courses["answer"], body["answer"]
    assert body["suggestions"], body


@pytest.mark.parametrize("locale", list(PAY_AND_WORK))
def test_pay_and_work_in_a_place_are_both_answered(person, locale):
    body = person.say(PAY_AND_WORK[locale])
    assert body["action"] == "salary", body["answer"]
    titles = [c["title"] for c in cited(body, "statistics")]
    assert any(t.startswith("Lönestatistik") for t in titles), titles
    assert any(t.startswith("Platsannonser") for t in titles), titles


@pytest.mark.parametrize("locale", list(TITLE_SWEDISH))
def test_a_protected_title_is_never_called_a_licence(person, locale):
    body = person.say(TITLE_SWEDISH[locale])
    assert body["action"] == "swedish", body["answer"]
    assert wording_start(locale, "swedish.title") in body["answer"], body["answer"]
    assert wording_start(locale, "swedish.licence") not in body["answer"], body["answer"]


@pytest.mark.parametrize("locale", list(ABOUT_TAXI))
def test_a_correction_asks_the_earlier_question_again(person, locale):
    person.say(TAXI[locale], TAILOR_PAY[locale])
    _licence(person.say(ABOUT_TAXI[locale]), (TAXI_DRIVERS,))
