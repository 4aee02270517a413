"""Someone who turned university down hears the ways into work without it, cited (compound13; wishnot12v).

"Which jobs need NO university?", «ዩኒቨርሲቲ ኣይደልን። … ሓጺር ትምህርቲ ኣሎ ድዩ?», "University is not for me, what short
training is there?": ``no_university`` (assistant/alternatives.py) keeps the work of long university studies out of
the suggestions, but when nothing was left to list the answer was "I have no other occupation" (ti, nothing_more), and
a question for a short training in a field got a list of YH programmes with no word of the other ways. Beside the
first list of work after university was turned down (suggestions, more, nothing more), or the courses answer of the
message that turned it down, the answer now names the curated ways in that need no university, each from the page of
the authority that decides: vocational training for adults at Komvux (yrkesvux), a higher vocational programme (YH),
an apprenticeship at Komvux, and a paid job that teaches the trade (yrkesintroduktion) – those open to the person
(the route's ``audience``), said once per conversation, worded as the routes are elsewhere. Not to the young (their
gymnasium's ways are assistant/youth_routes.py's), not beside the short routes of someone who will not study long
(assistant/short_routes.py says those) nor beside a family's block (assistant/family.py).
"""
from __future__ import annotations

from assistant.alternatives import UNIVERSITY_LEVEL, no_university
from assistant.education import audience
from assistant.route_list import say_route_list
from assistant.routes import routes
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime

#: The routes named, in order: Komvux vocational training, a YH programme, an apprenticeship at Komvux, a paid job
#: that teaches the trade.
WAYS_IN = ("komvux_yrke", "yrkeshogskola", "komvux_larling", "yrkesintroduktion")
#: The sentence of each, as the route answers and the paid-learning answer word it.
_WORDING = {"komvux_yrke": "route.adult_vocational", "yrkeshogskola": "route.higher_vocational",
            "komvux_larling": "route.apprenticeship", "yrkesintroduktion": "rights.yrkesintroduktion"}
#: The answers beside which the ways in are said: what work or training there is.
_ACTIONS = ("suggest", "more", "nothing_more", "explore", "courses")
LEAD = "short_routes.lead_no_university"


def _said_before(state: TurnState) -> bool:
    from assistant.locales import text

    lead = text(state.locale, LEAD).split(".")[0][:40]
    return any(lead in (m.content or "") for m in state.history if m.role == "assistant")


def _turned_down_now(state: TurnState) -> bool:
    mp = state.message_profile
    return mp is not None and mp.wants_no_university()


def say_ways_without_university(state: TurnState, rt: Runtime) -> None:
    """The lead and the ways in without university open to this person, cited (see the module docstring)."""
    if state.action not in _ACTIONS or not no_university(state) or _said_before(state):
        return
    # (a list of work after a question about one's past: the ways in follow the first list; a training asked about a
    # named trade later is answered on its own)
    if state.action == "courses" and not _turned_down_now(state):
        return
    if any(f.key in ("family.lead", "short_routes.lead", LEAD) for f in state.facts):
        return
    _no_degree_guess(state)
    who = audience(state)
    if who == "youth":
        return
    table = routes(rt)
    found = [table[k] for k in WAYS_IN if k in table and who in (table[k].audience or ())]
    if not found:
        return
    # (the question to the person, "where do you live?", stays the last thing said)
    asks = [f for f in state.facts if f.key.startswith("ask.")]
    state.facts[:] = [f for f in state.facts if f not in asks]
    say_route_list(state, LEAD, found, _WORDING)
    state.facts.extend(asks)


def _no_degree_guess(state: TurnState) -> None:
    """A field's training asked ("a short training to work in health care?") is no card of long university work the
    words were guessed to stand for (Sjuksköterska beside the YH programmes, sv-easy/ti/fa/uk): one turned down with
    the university; an occupation named, wished for or said in the answer stays."""
    wished = {w.concept.id for w in state.profile.wishes if w.concept is not None}
    named = state.focus.id if state.focus is not None and state.focus.named else None
    said = " ".join(str(v) for f in state.facts for v in f.params.values())
    state.presented = [f for f in state.presented if not (
        (f.ssyk_code or "").startswith(UNIVERSITY_LEVEL) and f.id not in wished and f.id != named
        and f.label not in said)]
