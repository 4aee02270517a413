"""A correction of the answer before is acknowledged first (facts15, rater28 class 5).

rater28 en c06 T4: "Wait, the Piteå one is for specialist assistant nurses. I have no healthcare background at all. What
is the basic route from zero?" got a list of funding with no word about the correction. A counsellor says "you are
right" first and then redoes the route from what the person now said; the route itself is the answer this message
plans ("from zero", "from scratch": the courses intent, intents.yaml ``courses``).

A message corrects the answer before when it says so (cue group ``corrects_answer``: "that's for people who …",
"that is not what I asked", "no, I said …") or begins with a "wait" (``wait_word``: «Зачекайте, …», «ጽናሕ፣ …»), and an
answer came before it. The acknowledgement (``correction.from_zero``) is put first in an answer that says something
(never before a question back or a greeting).
"""
from __future__ import annotations

import re

from assistant.intent_cues import has
from assistant.state import Fact, TurnState
from vagledning.domain.profile import Profile

KEY = "correction.from_zero"
#: The first words of a message, where "wait" corrects (not "I can't wait to start").
_OPENING = re.compile(r"^[^,.!?،؟።፣:;\-–]{1,24}")


def corrects_answer(state: TurnState) -> bool:
    """The message corrects the assistant's answer before it (see the module docstring)."""
    if not any(m.role == "assistant" for m in state.history):
        return False
    return says_correction(state.text)


def says_correction(text: str) -> bool:
    """``text`` says the answer before was wrong or for someone else, or opens with a "wait"."""
    text = text.strip()
    opening = _OPENING.match(text)
    return has("corrects_answer", text) or opening is not None and has("wait_word", opening.group())


def acknowledge_correction(state: TurnState) -> None:
    """Put the acknowledgement first in an answer to a correction (once, and only before what the answer says)."""
    if state.action in ("clarify", "greet", "ask") or not state.facts or any(f.key == KEY for f in state.facts):
        return
    if not corrects_answer(state):
        return
    state.facts.insert(0, Fact(key=KEY))


def drop_others_work(base: Profile, message: Profile, text: str) -> None:
    """A correction that says who an answer was for ("the specialist one is for people who are already assistant
    nurses") tells no work of the person's own: work read from it that the person wishes to do is dropped (rater28 en
    c06: the IT worker became an assistant nurse, and the route offered validation of work he never did)."""
    if not message.experiences or not says_correction(text):
        return
    wished = {w.concept.id for w in base.wishes if w.concept is not None}
    message.experiences = [e for e in message.experiences if e.occupation.id not in wished]
