"""Ordinary words in a question are no occupation name (counsellor rating 6).

- "Which level of Swedish is needed for this licence?" after the licence answer never reports
  "needed"/"this" ("потрібен", "цього", "behövs", "لهذا") as an occupation not found.
- "How do I finish the gymnasium as an adult? I'm missing svenska 3" (and "I mean Komvux, can I get a diploma
  there?") gets Komvux, cited from its curated route, and the honest "the sources do not say which courses you
  still need: ask the counsellor at Komvux" — not the Swedish-language answer, nor "no more occupations".
- "Do I need to know good Swedish for the licence and the test?" after the licence answer asks about the
  language (the Swedish answer), not for the licence answer again.
- "Is there care work I can start with a little Swedish?" after suggestions about cooking wishes for care work
  (suggestions), not the Swedish answer about the cook card.
Through the real FastAPI app over the shared test store, as the widget sends it.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import route_ids, said, wording_start

NURSE, LEVEL_FOR_THIS = said("nurse_licence_question"), said("level_needed_for_this_licence")
BUS, SWEDISH_FOR_TEST = said("bus_driver_licence_question"), said("swedish_for_the_licence_test")
COOK, CARE_WORK = said("cook_story_goteborg"), said("care_work_little_swedish")
LEFT_SCHOOL, FINISH_SCHOOL, MEAN_KOMVUX = (said(name) for name in (
    "left_gymnasium_story", "finish_gymnasium_as_adult", "i_mean_komvux_diploma"))


@pytest.mark.parametrize("locale", [loc for loc in LEVEL_FOR_THIS if loc in NURSE])
def test_need_and_this_are_no_occupation_names(person, locale):
    person.say(NURSE[locale])
    body = person.say(LEVEL_FOR_THIS[locale])
    assert body["action"] != "unknown_occupation", body["answer"]
    not_found = wording_start(locale, "unknown_occupation")
    assert not_found not in body["answer"], body["answer"]


def _komvux(body: dict, locale: str, again: bool = False) -> None:
    assert body["action"] == "outside_scope", body["answer"]
    assert "route:komvux" in route_ids(body), body["citations"]
    # Asked again in other words ("I mean Komvux"), the same answer is never resent word for word: its key sentence
    # and "my sources say no more" (assistant/no_repeat.py) answer it – since repeat31 the key fact restated, then the
    # counsellor ("that is what my sources say…"), never the pointer upward alone.
    said = [wording_start(locale, "scope.adult_school", 30)] + ([
        wording_start(locale, k, 30) for k in ("followup.beyond_sources", "followup.restated_counsellor")]
        if again else [])
    assert any(w in body["answer"] for w in said), body["answer"]


@pytest.mark.parametrize("locale", list(FINISH_SCHOOL))
def test_finishing_the_gymnasium_as_an_adult_is_komvux_and_its_counsellor(person, locale):
    person.say(LEFT_SCHOOL[locale])
    _komvux(person.say(FINISH_SCHOOL[locale]), locale)
    _komvux(person.say(MEAN_KOMVUX[locale]), locale, again=True)


@pytest.mark.parametrize("locale", list(CARE_WORK))
def test_care_work_with_little_swedish_is_a_wish_for_care_work(person, locale):
    person.say(COOK[locale])
    body = person.say(CARE_WORK[locale])
    assert body["action"] in ("suggest", "more"), body["answer"]


@pytest.mark.parametrize("locale", list(SWEDISH_FOR_TEST))
def test_knowing_swedish_for_the_licence_is_the_swedish_question(person, locale):
    person.say(BUS[locale])
    body = person.say(SWEDISH_FOR_TEST[locale])
    assert body["action"] == "swedish", body["answer"]
