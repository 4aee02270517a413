"""An insisting follow-up never gets a contentless "my sources say no more, ask X" (empty25; issue 10, rater35
class 1: after insist24, "a-kassa and part time, yes or no? and what is omställningsstudiestöd?" got only "I don't
know more than that … a-kassan decides", the new question lost; admission questions were sent to CSN because CSN's
page had been cited).

In all 8 languages:
- the same question asked again, nothing new: the earlier verdict and its key fact (the route's own sentence, cited)
  again, then who decides – never the bare "ask them";
- a new question beside the insisting one (a support the question before never named) is answered itself, its card;
- who decides comes from what the message asks (its rights topic), never from whichever route was cited.
Through the real app over the shared test store; the sentences live in phrases/dialogue_empty25.yaml.
"""
from __future__ import annotations

import pytest

from assistant.contract import ChatMessage, ChatRequest
from assistant.state import TurnState
from tests.dialogue_support import ALL, route_ids, said, said_all, wording_start

SAME_AGAIN, YES_NO_AGAIN, NEW_BESIDE, ADMISSION = said_all(
    "empty25_same_again", "empty25_yes_no_again", "empty25_new_beside", "empty25_admission_again")
PART_TIME, AKASSA_PART = said("lead21_part_time"), said("lead21_akassa_part")
CSN_BEFORE = said("empty25_csn_before")
#: The route's title, as every locale quotes it: the key fact of the earlier answer.
PART_TIME_RULE = "A-kassa när man arbetar deltid"


def _decider_only(locale: str, answer: str) -> bool:
    """The answer is the "ask them" sentence and nothing of the route's own facts."""
    return wording_start(locale, "insist.ask_decider", 12) in answer and PART_TIME_RULE not in answer


@pytest.mark.parametrize("locale", ALL)
@pytest.mark.parametrize("again", ["same", "yes_no"])
def test_the_same_question_again_gets_the_verdict_and_key_fact_again(person, locale, again):
    person.say(PART_TIME[locale])
    person.say(AKASSA_PART[locale])
    body = person.say((SAME_AGAIN if again == "same" else YES_NO_AGAIN)[locale])
    assert body["action"] == "rights", (locale, body["action"], body["answer"])
    assert "route:akassa_deltid" in route_ids(body), (locale, route_ids(body), body["answer"])
    assert PART_TIME_RULE in body["answer"], (locale, body["answer"])
    assert not _decider_only(locale, body["answer"]), (locale, body["answer"])
    assert not body["occupations"], (locale, body["occupations"])


@pytest.mark.parametrize("locale", ALL)
def test_a_new_question_beside_the_insisting_one_is_answered(person, locale):
    person.say(PART_TIME[locale])
    person.say(AKASSA_PART[locale])
    body = person.say(NEW_BESIDE[locale])
    assert "route:omstallningsstudiestod" in route_ids(body), (locale, route_ids(body), body["answer"])
    assert wording_start(locale, "insist.ask_decider", 12) not in body["answer"], (locale, body["answer"])


def _state(own: str, before: str) -> TurnState:
    """The turn as no_repeat sees it: the message read as the question asked before (assistant/insist.py)."""
    messages = [ChatMessage(role="user", content=before), ChatMessage(role="assistant", content="…"),
                ChatMessage(role="user", content=own)]
    state = TurnState(request=ChatRequest(messages=messages))
    state.text = before
    return state


@pytest.mark.parametrize("locale", ALL)
def test_who_decides_comes_from_what_is_asked(locale):
    from assistant.no_repeat import _asked_of

    # an admission question asked again is never sent to CSN, whose page the answer before cited ...
    state = _state(ADMISSION[locale], CSN_BEFORE[locale])
    assert not _asked_of(state, "route:studiemedel"), (locale, ADMISSION[locale])
    # ... and the a-kassa asked again is the a-kassa's
    state = _state(YES_NO_AGAIN[locale], AKASSA_PART[locale])
    assert _asked_of(state, "route:akassa_deltid"), (locale, YES_NO_AGAIN[locale])
