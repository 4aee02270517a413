"""Proof: a statement is not a question, and a clear question is never "I'm not sure what you are asking" (intent17;
the independent counsellor's 30th rating, classes 1 and 4).

- "… my knees have started to act up and I don't know how long I can keep going" tells strain, it asks nothing: the
  story is answered with suggestions, never with how long an education takes (rater30 sv c02 T1 got «Veterinär»'s
  length).
- After a trade from abroad, "my certificates are all back home, no copy here – what do I do?" is answered with how what
  one knows can be assessed without the papers at hand (validering, cited), never "I'm not sure what you are asking"
  (rater30 ar c05 T2).
- After a lorry driver's story, "does my Somali licence work here? what do I need?" gets the rule for a licence from
  outside the EEA, cited (rater30 so c08 T2, where "Liisanka Somalia halkan" was redacted as a name).
- After 20 years in care, "I can't be without pay for three years, is there something shorter?" is no salary question:
  it gets the study support that replaces pay (omställningsstudiestöd), cited (rater30 sv c02 T4).
Through the real FastAPI app over the shared test store; the sentences live in phrases/dialogue_intent17.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import LIST_ACTIONS, route_ids, said_all, wording_literal

STRAIN, TRADE, PAPERS, DRIVER, LICENCE, CARE, KEEP_PAY = said_all(
    "intent17_strain_told", "intent17_trade_story", "intent17_papers_home", "intent17_driver_story",
    "intent17_licence_home", "intent17_care_story", "intent17_keep_pay")
#: The answers that say the question was not understood, or answer another one.
_NOT_UNDERSTOOD = ("clarify", "unknown_occupation", "which_occupation", "more", "nothing_more", "salary", "provide")
_VALIDATION = {"route:komvux_validering", "route:af_validering", "route:validering", "route:uhr_bedomning"}
_FOREIGN_LICENCE = {"route:utlandskt_korkort"}
_PAID_STUDY = {"route:omstallningsstudiestod", "route:omstallning_belopp"}


@pytest.mark.parametrize("locale", ["sv", "en", "ar", "uk"])
def test_not_knowing_how_long_one_can_keep_going_is_no_duration_question(person, locale):
    body = person.say(STRAIN[locale])
    assert body["action"] in LIST_ACTIONS, (locale, body["action"], body["answer"][:500])
    assert wording_literal(locale, "duration.intro") not in body["answer"], (locale, body["answer"][:500])


@pytest.mark.parametrize("locale", ["ar", "so", "ti", "fa"])
def test_papers_left_back_home_get_the_way_to_be_assessed(person, locale):
    person.say(TRADE[locale])
    body = person.say(PAPERS[locale])
    assert body["action"] not in _NOT_UNDERSTOOD, (locale, body["action"], body["answer"][:500])
    assert _VALIDATION & set(route_ids(body)), (locale, route_ids(body), body["answer"][:500])


@pytest.mark.parametrize("locale", ["so", "sv-easy"])
def test_does_my_licence_from_home_work_here_gets_the_foreign_licence_rule(person, locale):
    person.say(DRIVER[locale])
    body = person.say(LICENCE[locale])
    assert body["action"] not in _NOT_UNDERSTOOD, (locale, body["action"], body["answer"][:500])
    assert _FOREIGN_LICENCE & set(route_ids(body)), (locale, route_ids(body), body["answer"][:500])


@pytest.mark.parametrize("locale", ["sv", "en"])
def test_cannot_be_without_pay_while_retraining_is_no_salary_question(person, locale):
    person.say(CARE[locale])
    body = person.say(KEEP_PAY[locale])
    assert body["action"] != "salary", (locale, body["answer"][:500])
    assert _PAID_STUDY & set(route_ids(body)), (locale, route_ids(body), body["answer"][:500])
