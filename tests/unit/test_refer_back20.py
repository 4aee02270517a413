"""assistant/refer_back.py: which messages refer back and ask nothing of their own (refer20)."""
from __future__ import annotations

import pytest

from assistant.contract import ChatMessage, ChatRequest
from assistant.intents import detect_intent
from assistant.refer_back import kind, question_before
from assistant.state import TurnState

HISTORY = [ChatMessage(role="user", content="I was a cleaner for 10 years"),
           ChatMessage(role="assistant", content="Here are some occupations …"),
           ChatMessage(role="user", content="what does a bus driver earn?"),
           ChatMessage(role="assistant", content="The median salary is 31,300 kronor [1].")]


def _state(text: str, history: list[ChatMessage] = HISTORY) -> TurnState:
    msgs = [*history, ChatMessage(role="user", content=text)]
    return TurnState(request=ChatRequest(messages=msgs), text=text, history=history, intent=detect_intent(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("you didnt answer my question", "again"),
    ("du svarade ju inte på det jag frågade", "again"),
    ("ما جاوبتني على سؤالي", "again"),
    ("so yes or no??", "yes_no"),
    ("آره یا نه؟", "yes_no"),
    ("så går det eller inte?", "yes_no"),
    ("nä inte det, jag menar undersköterska", "instead"),
    ("this is useless", "complaint"),
    ("ти весь час повторюєш одне й те саме", "complaint"),
    # a question of its own is answered as asked; a refusal is no correction
    ("you didn't answer. what does a welder earn?", None),
    ("jag vill inte det", None),
    ("this is useless, what other jobs are there for me?", None),
])
def test_kind(text, expected):
    assert kind(_state(text)) == expected


def test_nothing_refers_back_in_a_first_message():
    assert kind(_state("yes or no?", history=[])) is None


def test_the_question_before_skips_messages_that_ask_nothing():
    history = [*HISTORY, ChatMessage(role="user", content="this is useless"),
               ChatMessage(role="assistant", content="I'm sorry …")]
    assert question_before(_state("you didn't answer", history)) == "what does a bus driver earn?"
