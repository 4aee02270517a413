"""Negations, corrections and asides are never stored as their opposite (negation19; rater32, issue 10 items 3/4).

The counsellor's findings, as kinds of sentence (own sentences, not theirs): a correction of what was answered ("I
asked about an apprentice's pay, not the carpenter's pay") was stored as a refusal of the person's trade and answered
"you want to leave carpentry"; "forget the salary" was looked up as the occupation «forget»; "I live in <town>" became
an interest; "it's not a restaurant" became restaurant work; "you're not listening" became a refusal of work with
listening; "machine operator means vibrations" became machine-operator work done.
Now, in all 8 languages, on the profile (experiences, interests, constraints) and on the answer. Through the real app
over the shared test store; the sentences live in phrases/dialogue_negation19.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import (
    ALL,
    LIST_ACTIONS,
    constraint_values,
    groups,
    occupation_ids,
    quotes,
    said_all,
    wording_literal,
    wording_start,
    work_done,
)

(PAY, NOT_THAT_PAY, FORGET_PAY, LIVE_IN, KITCHEN, NOT_RESTAURANT, CLEANER, NOT_LISTENING, MINER,
 MEANS_HAZARD) = said_all("neg19_carpenter_pay", "neg19_not_that_pay", "neg19_forget_pay", "neg19_live_in",
                          "neg19_kitchen_wish", "neg19_not_restaurant", "neg19_cleaner_back", "neg19_not_listening",
                          "neg19_miner", "neg19_means_hazard")
#: Mobile plant and machine operators (SSYK 2012 834x and 81xx/82xx machine operators): the work the reason was against.
MACHINE_OPERATORS = ("834",)


def _leave(locale: str) -> str:
    return wording_start(locale, "heard.leave_own", 12)


@pytest.mark.parametrize("locale", ALL)
def test_not_that_pay_corrects_the_question_and_refuses_no_trade(person, locale):
    told = person.say(PAY[locale])
    body = person.say(NOT_THAT_PAY[locale])
    assert work_done(body) == work_done(told) and work_done(body), (locale, quotes(body["profile"]))
    assert constraint_values(body, "avoid") == [], (locale, constraint_values(body, "avoid"))
    assert _leave(locale) not in body["answer"], (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_forget_the_salary_names_no_occupation_and_refuses_nothing(person, locale):
    told = person.say(PAY[locale])
    body = person.say(FORGET_PAY[locale])
    assert body["action"] != "unknown_occupation", (locale, body["answer"])
    assert wording_literal(locale, "unknown_occupation") not in body["answer"], (locale, body["answer"])
    assert constraint_values(body, "avoid") == [], (locale, constraint_values(body, "avoid"))
    assert work_done(body) == work_done(told), (locale, quotes(body["profile"]))


@pytest.mark.parametrize("locale", ALL)
def test_where_one_lives_is_a_place_never_an_interest(person, locale):
    body = person.say(LIVE_IN[locale])
    profile = body["profile"]
    assert profile["interests"] == [], (locale, quotes(profile))
    assert not occupation_ids(profile), (locale, quotes(profile))


@pytest.mark.parametrize("locale", ALL)
def test_not_a_restaurant_is_no_work_done(person, locale):
    person.say(KITCHEN[locale])
    body = person.say(NOT_RESTAURANT[locale])
    assert work_done(body) == [], (locale, quotes(body["profile"]))


@pytest.mark.parametrize("locale", [pytest.param(x, marks=pytest.mark.xfail(
    strict=False, reason="intents: Somali 'shaqooyin fudud maxaa jira?' (what light jobs are there?) is read as a demand "
                         "question even without the complaint; the complaint itself is stored as nothing"))
    if x == "so" else x for x in ALL])
def test_you_are_not_listening_is_stored_as_nothing(person, locale):
    person.say(CLEANER[locale])
    body = person.say(NOT_LISTENING[locale])
    assert constraint_values(body, "avoid") == [], (locale, constraint_values(body, "avoid"))
    assert body["action"] in LIST_ACTIONS, (locale, body["action"], body["answer"])


@pytest.mark.parametrize("locale", [pytest.param(x, marks=pytest.mark.xfail(
    strict=False, reason="limits: the Ukrainian «ніяких вібрацій» (no vibrations) of the first turn is no vibration "
                         "limitation yet (cues.yaml), so machine operators are still shown; the reason against is no "
                         "work done"))
    if x == "uk" else x for x in ALL])
def test_occupation_means_a_hazard_is_a_reason_against_never_work_done(person, locale):
    told = person.say(MINER[locale])
    body = person.say(MEANS_HAZARD[locale])
    new = [q for q in quotes(body["profile"]) if q not in quotes(told["profile"])]
    assert set(work_done(body)) <= set(work_done(told)), (locale, new)
    assert not [g for g in groups(body) if g.startswith(MACHINE_OPERATORS)], (locale, groups(body), body["answer"])
