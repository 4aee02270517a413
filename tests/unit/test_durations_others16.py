"""A duration answer never gives a course named for another occupation as the length of the one in focus (named16;
rater29 c11: "Så lång tid tar det att bli «Verktygssmed»: «Yrkesförare Lastbil … C-behörighet»: ungefär 96 dagar", the
lorry course the courses answer had named for «Vägassistansförare», suggested before)."""
from __future__ import annotations

from assistant.contract import ChatMessage, ChatRequest
from assistant.durations import _for_others
from assistant.state import Fact, TurnState


def _state(*facts: Fact) -> TurnState:
    req = ChatRequest(messages=[ChatMessage(role="user", content="x")], language="sv")
    state = TurnState(request=req, language="sv", text="x")
    state.facts.extend(facts)
    return state


def test_courses_named_for_another_occupation_are_others():
    state = _state(Fact(key="courses.item", source="own1"),
                   Fact(key="course_place.earlier_other"),
                   Fact(key="courses.item", source="lorry"),
                   Fact(key="courses.item_noplace", source="lorry2"),
                   Fact(key="courses.ask_komvux"),
                   Fact(key="courses.item", source="own2"))
    assert _for_others(state) == {"lorry", "lorry2"}


def test_no_earlier_occupation_no_others():
    assert _for_others(_state(Fact(key="courses.item", source="own1"))) == set()
