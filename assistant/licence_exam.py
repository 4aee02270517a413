""""Is there an exam?" and "what must I do, how long?" beside a licence question (rater 11, conv 1: a midwife
trained in Herat asked what to do for the legitimation, how long it takes and whether there is an exam, and got only
"my sources state no length").

The answer comes from the curated route of the regulated profession (``ingest/data/regulated_professions.yaml``): the
exam is answered yes or no first, from whether a step of the person's route is a test (Socialstyrelsen's
kunskapsprov, Trafikverket's, a lämplighetsprov); and a question about the way there, its length or its test gets the
whole route, every step, not only the first ones. The person asks in any words: the cues are data
(``licence_exam``, ``duration``, ``how_ask`` in locales/intents.yaml).
"""
from __future__ import annotations

import re
from typing import Any

from assistant.intent_cues import has
from assistant.intents import question_part
from assistant.state import TurnState

#: A step of a route that is a test the person takes (kunskapsprov, lämplighetsprov, körprov, delprov …).
_TEST_STEP = re.compile(r"prov\b|prov[ae]t\b|provet|delprov|lämplighetsprov", re.I)


def _whole_question(state: TurnState) -> str:
    """The question part of the person's whole message: a part of a message that asks several things
    (assistant/parts.py) sees only its own words, but "how long? is there an exam?" asked beside it is about
    the same route."""
    messages = getattr(state.request, "messages", None) or []
    last = next((m.content for m in reversed(messages) if m.role == "user"), "")
    return question_part(" ".join(filter(None, (last, state.text))))


def asks_exam(state: TurnState) -> bool:
    """The message asks whether there is a test on the way ("blir det prov?", "امتحان داره؟", "є іспит?")."""
    return has("licence_exam", _whole_question(state))


def wants_whole_route(state: TurnState) -> bool:
    """The message asks for the way itself (how, how long, which test): every step is shown."""
    asked = _whole_question(state)
    return asks_exam(state) or has("duration", asked) or has("how_ask", asked)


def test_step(steps: list[str]) -> str | None:
    """The step of a route that is a test, if any."""
    return next((s for s in steps if _TEST_STEP.search(s)), None)


def say_exam(state: TurnState, route: Any, steps: list[str], doc_id: str) -> bool:
    """"Is there an exam?": yes (a step of the route is a test) or "my sources name none", first, cited to the
    route; False when the message asks no such thing."""
    if not asks_exam(state):
        return False
    key = "licence_exam.found" if test_step(steps) else "licence_exam.not_found"
    state.say(key, doc_id, authority=getattr(route, "authority", ""))
    return True
