"""The answer keeps the person's language (rater 3): a Swedish occupation name, a place or a «quoted»
title in a message does not switch the reply to Swedish; an explicit request for another language
does, and is acknowledged (never read as an occupation). "What can I work as meanwhile?" asks for
suggestions, and a message with a statement and a question is answered for its question.

The widget's selector is left unset here, as for a person who just writes: the language then comes
from the writing and the conversation alone."""
from __future__ import annotations

import pytest

from tests.dialogue_support import said_all, wording_start

COOK, SWEDISH_WORD, OTHER_LANGUAGE = said_all(
    "cook_abroad_malmo", "swedish_word_in_question", "answer_in_other_language")
ASKED_FOR = {"en": "sv", "so": "en", "uk": "en"}
NURSE, MEANWHILE, SFI_THEN_DEMAND = said_all(
    "nurse_waiting_licence", "work_meanwhile", "sfi_done_then_demand")


def _writing(person):
    person.selector = None
    return person


@pytest.mark.parametrize("locale", list(SWEDISH_WORD))
def test_a_swedish_occupation_name_keeps_the_conversations_language(person, locale):
    _writing(person).say(COOK[locale])
    body = person.say(SWEDISH_WORD[locale])
    assert body["language"] == locale, body["answer"]
    assert body["profile"]["language"] == locale
    assert body["action"] != "unknown_occupation", body["answer"]


@pytest.mark.parametrize("locale", list(OTHER_LANGUAGE))
def test_asking_for_another_language_switches_and_says_so(person, locale):
    _writing(person).say(COOK[locale])
    body = person.say(OTHER_LANGUAGE[locale])
    wanted = ASKED_FOR[locale]
    assert body["language"] == wanted, body["answer"]
    assert body["action"] != "unknown_occupation", body["answer"]
    assert wording_start(wanted, "language.asked") in body["answer"]
    later = person.say(COOK[locale])  # the request holds: the same story in the old language is not a switch back
    assert later["language"] == wanted, later["answer"]


@pytest.mark.parametrize("locale", list(MEANWHILE))
def test_what_can_i_work_as_meanwhile_gets_work_without_a_licence(person, locale, service):
    from retrieval.relations_regulated import licence_route

    _writing(person).say(NURSE[locale])
    person.press("licence")
    body = person.say(MEANWHILE[locale])
    assert body["action"] in ("suggest", "more"), body["answer"]
    assert body["occupations"], body["answer"]
    assert body["language"] == locale
    licensed = [o["label"] for o in body["occupations"] if licence_route(o["id"], service.rt) is not None]
    assert not licensed, body["answer"]


@pytest.mark.parametrize("locale", list(SFI_THEN_DEMAND))
def test_a_statement_then_a_question_is_answered_for_the_question(person, locale):
    _writing(person)
    body = person.say(SFI_THEN_DEMAND[locale])
    assert body["action"] == "demand", body["answer"]
    assert body["language"] == locale
