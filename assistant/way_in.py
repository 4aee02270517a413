""""How can I work as X here?" from someone who did X abroad: the way into a regulated X is its licence route
(licence21; issue 10 items 2 and 6).

A Syrian nurse's «كيف بقدر اشتغل ممرضة هون؟» and «hur kan jag jobba som sjuksköterska här?» got a list of jobs with the
route as one line, while "how do I work as a nurse in Sweden?" (``work_here``) got Socialstyrelsen's steps: the
intent cues read "how can I work as", "how do I become", "what do I need to work as" each in some languages and word
orders only, and a first story beside a yes/no "can I work as X?" is answered with suggestions
(:func:`assistant.can_work_as.story_first`). Whatever the phrasing, the question asks the way into an occupation
(:func:`asks_way_in`: a "how" beside "can I work as", a "become", "what is needed", or "work as X here / in Sweden");
when that occupation is a regulated profession the person has done abroad (their experience falls under the same
licence route) and their route is not the Swedish one, the answer is the licence route for the foreign-trained,
with the authority and its page (:mod:`assistant.licence_answer`). Anyone else is answered as before: a Swedish
pupil asking how to become a nurse gets the programme, an unregulated trade its routes.
"""
from __future__ import annotations

from typing import Any

from assistant.intent_cues import has
from assistant.intents import may_work_as, question_part
from assistant.regulated import licence_route_or_none
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

#: Cue groups (locales/intents.yaml) that, on their own, ask the way into an occupation.
_WAY_GROUPS = ("work_here", "way_in", "requirements")
#: The answers the way in is read over: a list for the story told beside it, or the courses of "how do I become X?"
#: (a salary, demand or Swedish question keeps its own answer).
_OVER = ("suggest", "more", "explore", "ask", "greet", "courses")


def asks_way_in(text: str) -> bool:
    """The question part asks the way into an occupation: "how can I work as X (here)?", "how do I become X?", "what
    do I need to work as X?", "can I work as X here?", in any of the 8 languages. Not the first steps, nor work for
    meanwhile (their own answers)."""
    asked = question_part(text)
    if has("meanwhile", asked) or has("first_step", asked):
        return False
    how = has("how_ask", asked) and (has("can_work_as", asked) or has("become_verb", asked))
    return how or may_work_as(asked) or any(has(group, asked) for group in _WAY_GROUPS)


def _done_under(state: TurnState, rt: Runtime, route: Any) -> bool:
    """The person told work (or an education) under the same licence route, done abroad or by a newcomer."""
    from assistant.first_steps import done_abroad

    if done_abroad(state, rt, route):
        return True
    abroad = any(e.abroad for e in state.profile.education) or state.language != "sv"
    return abroad and any((r := licence_route_or_none(e.occupation.id, rt)) is not None and r.doc_id == route.doc_id
                          for e in state.profile.experiences)


def way_in(state: TurnState, rt: Runtime) -> bool:
    """Answer "how can I work as X here?" with X's licence route when X is a regulated profession the person did
    abroad (module docstring); sets the action and returns True, else leaves the turn as planned."""
    if state.action not in _OVER or not asks_way_in(state.text):
        return False
    from assistant.focus import named_in_message
    from assistant.licence_answer import trained_route

    # (only what the question names: «чи можу я тут працювати ekonomiassistent?» beside "I was an accountant" asks of
    # the work it names, never of the regulated work told beside it – ask10)
    named = named_in_message(state, rt, guess=False)
    if named is None:
        return False
    route = licence_route_or_none(named.id, rt)
    if route is None or not _done_under(state, rt, route) or trained_route(state, named.ssyk_code) == "sweden":
        return False
    state.action = "licence"
    state.ask = None
    state.focus = named
    return True
