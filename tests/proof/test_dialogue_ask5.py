"""The question the person asked is the one answered (counsellor rating 7, issue 10 item 2).

- "What else could I do?", "دیگه چه کاری میتونم بکنم؟" after suggestions asks for other suggestions: never the
  demand figures of the job just shown, never an "unknown occupation" made of a verb or a common word.
- A limitation told with "what can I do for now?" ("Мені важко довго стояти. Що я можу робити зараз?") asks for
  suggestions that honour it, not for the working conditions of the job shown before.
- "What can I work as while I learn Swedish?" asks for suggestions, not for the Swedish-language answer.
- "How much do they pay?" ("Immisa lacag ah ayay bixiyaan?") after an answer about one occupation is its salary.
- "How about accounting?" after suggestions leads with accounting occupations.
Through the real FastAPI app over the shared test store, as the widget sends it.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import constraints, groups, said

STORY, WHAT_ELSE, CANNOT_STAND = said("ask5_tailor_story"), said("ask5_what_else_work"), said("ask5_cannot_stand_what_now")
WHILE_SWEDISH = said("ask5_work_while_learning_swedish")
BUS, PAY, ACCOUNTING = said("ask5_bus_driver_what"), said("ask5_how_much_they_pay"), said("ask5_and_accounting")
SUGGESTING = ("suggest", "more")
#: SSYK groups of accounting and bookkeeping work (redovisningsekonomer, ekonomiassistenter, löne-, bokförings-).
ACCOUNTING_GROUPS = ("2412", "3313", "4111", "4112", "4113", "3312", "3311", "3314", "3315", "3319")


def _suggestions(body: dict) -> None:
    assert body["action"] in SUGGESTING and body["occupations"], (body["action"], body["answer"])


@pytest.mark.parametrize("locale", list(WHAT_ELSE))
def test_what_else_after_suggestions_is_other_suggestions(person, locale):
    first = person.tell(STORY[locale])
    body = person.say(WHAT_ELSE[locale])
    _suggestions(body)
    assert {o["id"] for o in body["occupations"]} - {o["id"] for o in first["occupations"]}, body["occupations"]


@pytest.mark.parametrize("locale", list(CANNOT_STAND))
def test_a_limitation_and_what_can_i_do_is_suggestions_that_honour_it(person, locale):
    person.tell(STORY[locale])
    body = person.say(CANNOT_STAND[locale])
    _suggestions(body)
    assert constraints(body, "limitation"), body["profile"]["constraints"]


@pytest.mark.parametrize("locale", list(WHILE_SWEDISH))
def test_what_to_work_as_while_learning_swedish_is_suggestions(person, locale):
    person.tell(STORY[locale])
    _suggestions(person.say(WHILE_SWEDISH[locale]))


@pytest.mark.parametrize("locale", list(PAY))
def test_how_much_they_pay_after_one_occupation_is_its_salary(person, locale):
    first = person.say(BUS[locale])
    assert first["occupations"], first["answer"]
    body = person.say(PAY[locale])
    assert body["action"] == "salary", body["answer"]
    assert groups(body)[:1] == groups(first)[:1], (groups(body), groups(first))


@pytest.mark.parametrize("locale", list(ACCOUNTING))
def test_a_field_asked_after_suggestions_leads_with_it(person, locale):
    person.tell(STORY[locale])
    body = person.say(ACCOUNTING[locale])
    assert body["occupations"] and groups(body)[0].startswith(ACCOUNTING_GROUPS), (groups(body), body["answer"])


#: Assistant nurses and nurse aides (SSYK 532x).
NURSE_AIDES = ("532",)


@pytest.mark.parametrize(("name", "action"), [("ask5_ti_short_name_heavy", "conditions"),
                                              ("ask5_ti_short_name_salary", "salary")])
def test_a_short_tigrinya_name_is_the_occupation_asked_about(client, name, action):
    from tests.dialogue_support import Person

    body = Person(client, "ti").say(said(name)["ti"])
    assert body["action"] == action, body["answer"]
    assert groups(body)[:1] and groups(body)[0].startswith(NURSE_AIDES), (groups(body), body["answer"])


ENOUGH, ENOUGH_BAKER = said("ask5_is_sfi_level_enough"), said("ask5_sfi_enough_for_baker")


@pytest.mark.parametrize("locale", list(ENOUGH))
def test_is_a_swedish_level_enough_is_the_swedish_answer_about_the_focus(person, locale):
    first = person.tell(STORY[locale])
    body = person.say(ENOUGH[locale])
    assert body["action"] == "swedish", (body["action"], body["answer"])
    assert len(body["occupations"]) == 1 and body["occupations"][0]["id"] in {
        o["id"] for o in first["occupations"]}, (body["occupations"], first["occupations"])


@pytest.mark.parametrize("locale", list(ENOUGH_BAKER))
def test_is_a_swedish_level_enough_for_a_named_occupation_is_about_it(person, locale):
    body = person.say(ENOUGH_BAKER[locale])
    assert body["action"] == "swedish", (body["action"], body["answer"])
    assert groups(body)[:1] == ["7612"], (groups(body), body["answer"])
