""""Does CSN pay someone my age?", answered for the person's own age (csn20, rater18 conv2 T4: a 42-year-old got
"there are age limits" beside an occupation's salary).

The limits are CSN's (the curated route ``csn_aldersgranser``, CSN's "Vad har CSN för åldersgränser?"): studiemedel's
grant until the year one turns 60, fewer weeks with a loan from the year one turns 51. With an age told, the answer
says where that age stands (within the limits; fewer loan weeks; past the grant's limit), then the limits, cited; with
none told, the limits alone. The figures below are the route's (tests/unit/test_csn_age.py keeps them in line).
"""
from __future__ import annotations

from assistant.education import age
from assistant.intent_cues import has
from assistant.routes import evidence_of, routes
from assistant.said_before import said_before
from assistant.state import Fact, TurnState
from vagledning.domain.runtime import Runtime

#: CSN's age limits (route ``csn_aldersgranser``).
CSN_AGES = "csn_aldersgranser"
#: Studiemedel's grant until the year one turns this; fewer weeks with a loan from the year one turns FEWER_LOAN_FROM.
GRANT_UNTIL, FEWER_LOAN_FROM = 60, 51


def asks_at_age(asked: str) -> bool:
    """The question asks about the person's age ("i min ålder", "my age", «بعمري», «ዕድመይ», «мого віку»)."""
    return has("age_worry", asked)


def say_csn_for_age(state: TurnState, rt: Runtime) -> bool:
    """Where the person's age stands against CSN's limits, then the limits, cited; False without the route, or when an
    earlier answer said the limits (the question goes on to the supports themselves)."""
    route = routes(rt).get(CSN_AGES)
    if route is None or said_before(state, Fact(key=f"age.{CSN_AGES}")):
        return False  # (said before: the supports and what they pay follow instead, youth21; never "CSN decides" again)
    ev = state.add_evidence(evidence_of(route))
    old = age(state)
    if old is not None:
        key = "within" if old < FEWER_LOAN_FROM else "fewer_loan" if old <= GRANT_UNTIL else "over"
        state.say(f"age.csn_yours_{key}", ev.doc_id, age=old, until=GRANT_UNTIL, loan=FEWER_LOAN_FROM)
    state.say(f"age.{CSN_AGES}", ev.doc_id)
    return True


def age_told_now(state: TurnState) -> bool:
    """An age told in this message beside the question ("can I get a CSN loan? I'm 46": rights20, rater33 new02 – a
    46-year-old heard nothing of where his age stands against CSN's limits)."""
    return any(c.kind == "age" and c.value.isdigit() and c.span is not None and c.span.message == state.user_index
               for c in state.profile.constraints)

