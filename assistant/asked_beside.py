"""A question asked beside "apprenticeship?" is answered, and a plain driving-licence question is no licence to
practise (ask14, rater14 faults 3 and 8).

"Is there an apprenticeship as a mechanic here? What do you do at work?" got the paid-learning block alone (action
rights), and "do you need a körkort?" got it again, or "no licence is needed" from the regulated-professions table.
Now:

- the paid-learning routes are the whole question only when nothing else about the occupation is asked: beside a
  question the turn answered (what the job involves, a licence), they follow that answer; said in an earlier
  answer, they are not said again beside another question;
- "do you need a driving licence?" about an occupation whose licence is not built on driving is a question about the
  B licence: what the occupation's sources and ads say of it, else plainly that they do not and that the employer's ad
  says it (Platsbanken), never "no" – then how one takes a B licence (parts19: :mod:`assistant.driving_need`).
"""
from __future__ import annotations

import re

from assistant.driving_need import need_focus, say_driving_need
from assistant.focus import question_part
from assistant.intent_cues import has
from assistant.interpretation.short_refusal import tells_lack
from assistant.regulated import licence_route_or_none
from assistant.routes import routes
from assistant.state import Focus, TurnState
from retrieval.licence_demands import DRIVING_AUTHORITIES
from vagledning.domain.runtime import Runtime

_ASKS = re.compile(r"[?؟፧]")
_SENTENCE = re.compile(r"(?<=[.!?።؟])\s*|\n")
#: Answers about the occupation that the paid-learning routes follow instead of replacing.
ANSWERED_BESIDE = ("describe", "licence")
#: The route that names the paid-learning block in an earlier answer (its Swedish title is said in every locale).
BLOCK_MARK = "yrkesintroduktion"


def asks_driving_licence(text: str) -> bool:
    """A plain question about a driving licence ("behövs körkort?", "رخصة سياقة لازم؟"), not about a category step
    ("only B, straight to D?": assistant/driving_licence.py) nor about a category ("C-körkort?": the occupation's licence)."""
    asked = question_part(text)
    if has("drive_step", asked) or has("drive_heavy", asked):  # (parts19: "B-körkort", «водійські права» are the car's)
        return False
    return has("drive_plain", asked) or (_ASKS.search(asked) is not None and tells_no_driving_licence(text))


def tells_no_driving_licence(text: str) -> bool:
    """A sentence says one has no driving licence ("Jag har inget körkort.", «መንጃ ፍቓድ የብለይን።»): with a question
    after it ("is that a problem for construction?", rater22 ti/sv/en/so) the question is about that licence, not
    about a licence to practise the work named."""
    return any(has("drive_plain", s) and tells_lack(s) for s in _SENTENCE.split(text))


def paid_learning_beside(state: TurnState, rt: Runtime) -> bool:
    """The paid-learning routes are not the whole question: the turn answered another question about the
    occupation, or they were said before and the message asks something else too."""
    if state.action in ANSWERED_BESIDE or asks_driving_licence(state.text):
        return True
    if state.action == "courses" and has("describe", state.text):  # "apprenticeship here? what do they do?": both parts
        return True
    return said_before(state, rt) and (has("describe", state.text) or has("salary", question_part(state.text)))


def said_before(state: TurnState, rt: Runtime) -> bool:
    """An earlier answer of this conversation said the paid-learning block (its first route's title)."""
    route = routes(rt).get(BLOCK_MARK)
    if route is None:
        return False
    title = route.title.split(" (")[0].strip().lower()
    return bool(title) and any(m.role == "assistant" and title in m.content.lower() for m in state.history)


def answer_driving_licence(state: TurnState, rt: Runtime, before: Focus | None = None) -> None:
    """A driving-licence question answered as a licence to practise ("no licence needed", the protected title's
    steps) is answered from what the sources say of the driving licence (:mod:`assistant.driving_need`). ``before``:
    the occupation the message's previous question was about (one part of several: assistant/turn_plan.py)."""
    if state.action not in ("licence", "what_is") or not asks_driving_licence(state.text) or len(state.parts) > 1:
        return  # (what_is: "körkort?" read as a term gave the licence steps of bus and taxi drivers; parts: each its own)
    focus = need_focus(state, rt, before)
    route = licence_route_or_none(focus.id, rt) if focus is not None else None
    if focus is state.focus and route is not None and route.authority in DRIVING_AUTHORITIES:
        return  # a licence built on driving (a bus driver's D licence and YKB …): the licence answer is the answer
    # parts19: the assistant nurse's protected title or the electrician's authorisation is no answer to "do I need a
    # driving licence?": what the occupation's sources and ads say of it, then how one takes a B licence
    state.facts.clear()
    if focus is not None and focus is not state.focus:
        state.focus = focus
        state.presented[:] = [focus]
    say_driving_need(state, rt, focus)
